"""Known-answer tests for the words around a cue verb: a span of time between "has" and the verb, a
modal or a passive in a cue clause after the content, a time opening the sentence before a named
speaker with an appositive, a time between the verb and "that", and a subordinate clause opening the
sentence after a conjunction, "would only say", the person told as a possessive noun phrase, a
clause of when after a cue clause ("…, Holt said as she left", "…, Holt said after touring the pier"), and a
cue clause whose verb may take an object ("…, the ambassador confirmed."), and "earlier" before the verb.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mayor Ana Ruiz has in recent weeks said the night ferry will keep running.",
         [("Ana Ruiz", "indirect", "the night ferry will keep running")]),
        ("The dockworkers have for years argued that the cranes are unsafe.",
         [("the dockworkers", "indirect", "the cranes are unsafe")]),
        ("The harbour board had over the past few days suggested that fees would rise.",
         [("the harbour board", "indirect", "fees would rise")]),
        ("Tom Reyes's oldest friends have in the past said he wanted to stay out of the race.",
         [("Tom Reyes's oldest friends", "indirect", "he wanted to stay out of the race")]),
        # must find nothing: no auxiliary before the span, or a span that ends in no time
        ("The rule in the past years said little about fees.", []),
        ("The council has in its archive said letters from the 1950s.", []),
    ],
)
def test_a_span_of_time_between_has_and_the_cue_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue clause after the content speaks in the past or present, active ...
        ("The pier will close in May, the mayor has said.", [("the mayor", "indirect", "The pier will close in May")]),
        ("The pier will close in May, officials were saying.", [("officials", "indirect", "The pier will close in May")]),
        # ... not with a modal (nothing said yet) or a passive (its subject heard it)
        ("If the grant comes through, she would ask the council for a second boat.", []),
        ("The pier will close in May, she was told.", []),
        ("The pier will close in May, the harbour master would later say.", []),
        ("Before the vote, the clerk could tell them nothing.", []),
    ],
)
def test_a_cue_clause_after_the_content_is_active_and_past(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two years ago, Dana Holt, who runs the bait shop, said the pier was unsafe.",
         [("Dana Holt", "who runs the bait shop")]),
        ("A decade ago, Dana Holt, the harbour master, said the pier was unsafe.", [("Dana Holt", "the harbour master")]),
        ("Years ago, Dana Holt said the pier was unsafe.", [("Dana Holt", "")]),
        ("Not long ago, the mayor, Dana Holt, said the pier was unsafe.", [("Dana Holt", "the mayor")]),
        # the time opening is no speaker, even with no name after it
        ("Two days ago, the ministry said the ferry would be suspended.", [("the ministry", "")]),
    ],
)
def test_a_time_opening_is_never_a_speaker_or_role(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time between the cue verb and "that" is no part of the content
        ("Acme reported last quarter that its users were spending more time on the app.",
         [("Acme", "indirect", "its users were spending more time on the app")]),
        ("The ferry line said this spring that it would add a night crossing.",
         [("the ferry line", "indirect", "it would add a night crossing")]),
        ("Dana Holt told reporters two weeks ago that the pier would reopen.",
         [("Dana Holt", "indirect", "the pier would reopen")]),
        ("The union said late last year that talks had stalled.", [("the union", "indirect", "talks had stalled")]),
        # with no "that", a time ago may belong to what was said: it stays in the content
        ("Ruiz said 40 years ago the pier was the heart of the town.",
         [("Ruiz", "indirect", "40 years ago the pier was the heart of the town")]),
        # must find nothing: a time and nothing said
        ("Acme announced two weeks ago.", []),
    ],
)
def test_a_time_after_the_cue_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subordinate clause opening the sentence after a conjunction ends at its comma
        ('So when Acme hinted last summer that it would sell the ferry line, Dana Holt said, "we were stunned."',
         [("Dana Holt", "direct", "we were stunned."), ("Acme", "indirect", "it would sell the ferry line")]),
        ("But although the mayor said in May that the pier was safe, the council closed it.",
         [("the mayor", "indirect", "the pier was safe")]),
    ],
)
def test_a_subordinate_clause_after_a_conjunction(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "would only say" is news copy's "said only"
        ("Asked about the fees, the harbour master would only say that the board had not decided.",
         [("the harbour master", "indirect", "the board had not decided")]),
        ("The mayor would say only that talks were going well.", [("the mayor", "indirect", "talks were going well")]),
        # must find nothing: a modal alone, or a negated one, says nothing was said
        ("The mayor would say that talks were going well.", []),
        ("The mayor would not only say that talks were going well.", []),
        ("The mayor could only say that talks were going well if they were.", []),
    ],
)
def test_would_only_say_is_said(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person told may be a possessive's noun phrase: it is no part of the content
        ("Holt told her closest aides the pier would close.", [("Holt", "indirect", "the pier would close")]),
        ("Holt told his wife that the pier would close.", [("Holt", "indirect", "the pier would close")]),
        ("The mayor kept the plan quiet after telling her aides she would sign it.",
         [("the mayor", "indirect", "she would sign it")]),
        ("Holt told her the pier would close.", [("Holt", "indirect", "the pier would close")]),
        # must find nothing: the person told, then a time, and nothing said
        ("Holt told her closest aides as she worked on the speech.", []),
    ],
)
def test_the_person_told_is_no_part_of_the_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an aspect verb, a question is a content as after "asked"
        ("Holt kept asking her why the board had tied the closure to the storm.",
         [("Holt", "indirect", "why the board had tied the closure to the storm")]),
        # must find nothing: asking for a thing is a request for it, not a question
        ("Holt kept asking for a second vote.", []),
    ],
)
def test_kept_asking_a_question(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause of when after a cue clause that follows the content ends the cue clause
        ("The pier will close, Holt said as she left the hall.", [("Holt", "indirect", "The pier will close")]),
        ("The pier will close, Mayor Holt told her closest aides while they packed up the last boxes of her term.",
         [("Holt", "indirect", "The pier will close")]),
        # a participle after when-words opens such a clause too
        ("A full repair is years away, Ana Ruiz said after touring the harbour on Monday.",
         [("Ana Ruiz", "indirect", "A full repair is years away")]),
        ("The ferry must stop, the mayor said while visiting the site with two engineers from the port.",
         [("the mayor", "indirect", "The ferry must stop")]),
        # "as" before no pronoun opens no clause: what Holt points to is the whole object
        ("In spite of the vote, Holt still pointed to the board as the main obstacle to a new pier.",
         [("Holt", "indirect", "the board as the main obstacle to a new pier")]),
        ("After the vote, Holt pointed to the board as being the main obstacle to a new pier.",
         [("Holt", "indirect", "the board as being the main obstacle to a new pier")]),
        # must find nothing: the comma of a number opens nothing
        ("The rally drew far fewer than the 50,000 a day officials had hoped for.", []),
    ],
)
def test_a_clause_of_when_after_a_cue_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb whose object may be its content ("confirmed the closure") closes the sentence as its cue clause
        ("The pilot was flying home to see his mother, the ambassador confirmed.",
         [("the ambassador", "indirect", "The pilot was flying home to see his mother")]),
        ("The pilot was flying home to see his mother, Norway\u2019s ambassador confirmed.",
         [("Norway\u2019s ambassador", "indirect", "The pilot was flying home to see his mother")]),
        # its object is still its content
        ("The harbour board confirmed the closure.", [("the harbour board", "indirect", "the closure")]),
        # must find nothing: the verb and nothing after it
        ("The harbour board confirmed.", []),
    ],
)
def test_a_cue_clause_whose_verb_may_take_an_object(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a say" is a noun: the cue clause after the content is the only voice
        ("The Harbour Board, by contrast, offers boat owners a say over the moorings they rent and the fees they pay "
         "each year, through votes and hearings held every spring and autumn, say residents.",
         [("residents", "indirect", "The Harbour Board, by contrast, offers boat owners a say over the moorings they "
           "rent and the fees they pay each year, through votes and hearings held every spring and autumn")]),
        # a determiner right before "say" only: "Many say" and "her on Monday say" speak
        ("Many say the pier should close.", [("many", "indirect", "the pier should close")]),
        ("The crews who met her on Monday say the pier should close.", [("the crews", "indirect", "the pier should close")]),
    ],
)
def test_say_after_a_determiner_is_a_noun(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "that" before a verb is the content's subject, not the word that opens it
        ("Asked about the levy, Holt said that was a natural part of running the port.",
         [("Holt", "indirect", "that was a natural part of running the port")]),
        ("Holt said that's why the pier closed.", [("Holt", "indirect", "that's why the pier closed")]),
        ("Reyes brags that's good news for the port.", [("Reyes", "indirect", "that's good news for the port")]),
        ("Holt said that the pier was unsafe.", [("Holt", "indirect", "the pier was unsafe")]),
        # a subject pronoun run into "is" opens a clause
        ("Reyes claims he's owed $2 million by the harbour board.",
         [("Reyes", "indirect", "he's owed $2 million by the harbour board")]),
        # "As X pointed out, …": the particle before the comma
        ("As Holt has pointed out, the lease was signed in a hurry.",
         [("Holt", "indirect", "the lease was signed in a hurry")]),
        # "As X pointed out the flaws," says when, and has no comma after its particle: not "As X
        # pointed out, …"; what Holt pointed out is the particle's object
        ("As Holt pointed out the flaws in the lease, the board went quiet.",
         [("Holt", "indirect", "the flaws in the lease")]),
    ],
)
def test_that_as_a_subject_and_contracted_subjects(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive "asked by": the asker speaks the question
        ("Recently, Ana Ruiz, who hosts a radio show, was asked by a caller why young crews are leaving the coast.",
         [("a caller", "indirect", "why young crews are leaving the coast")]),
        ("Holt was asked by reporters whether the pier would reopen.",
         [("reporters", "indirect", "whether the pier would reopen")]),
        ("Holt was asked by Tom Reyes, the harbour master, if the pier would reopen.",
         [("Tom Reyes", "indirect", "if the pier would reopen")]),
        # must find nothing: a request ("to find out"), or a topic with no question
        ("Holt was asked by the council to find out whether the pier would reopen.", []),
        ("Holt was asked by a caller about the pier.", []),
    ],
)
def test_the_asker_of_a_passive_question_speaks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb and its degree word between commas before "that"
        ("Reyes even revealed, somewhat stiltedly, that he would vote for Holt.",
         [("Reyes", "indirect", "he would vote for Holt")]),
        # who carried the words, set off by commas or not
        ("Reyes said, per a translator, that the server was open to anyone.",
         [("Reyes", "indirect", "the server was open to anyone")]),
        ("Reyes said per his lawyer that the server was open to anyone.",
         [("Reyes", "indirect", "the server was open to anyone")]),
        # "used to say": said as a habit
        ('He used to say, "The pier will outlast us all."', [("he", "direct", "The pier will outlast us all.")]),
        # must find nothing: a quantity after a degree word is what was said, not a content ...
        ("Reyes said very little about the pier.", []),
        # ... unless a clause goes on
        ("Reyes said too many boats were docked.", [("Reyes", "indirect", "too many boats were docked")]),
    ],
)
def test_degree_words_and_habits_around_the_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must find nothing: "pledged delegates" is a noun phrase; "states where" is a noun, and the comma of
        # "1,051" opens no subject; "spoke on condition of anonymity" says how, not what
        ("The figures include pledged delegates and superdelegates who back Holt.", []),
        ("The poll surveyed 1,051 registered voters in Dover and 1,077 in Kell, states where voters will decide the "
         "race.", []),
        ("Two harbour officials spoke on condition of anonymity because they were not allowed to discuss the lease.", []),
        ("An aide spoke on the phone after the polls closed.", []),
        # the verbs still speak
        ("Holt leads by 300 pledged delegates, and the council pledged that the count would be public.",
         [("the council", "indirect", "the count would be public")]),
        ("Ana Ruiz pledged Congress would act on the pier.", [("Ana Ruiz", "indirect", "Congress would act on the pier")]),
        ("Reyes spoke about the economy of the port.", [("Reyes", "indirect", "about the economy of the port")]),
    ],
)
def test_cue_forms_that_are_adjectives_nouns_or_manners(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "earlier" between the subject and the verb, as "later" and "previously" are
        ("The port authority earlier said the night ferry would keep running.",
         [("the port authority", "indirect", "the night ferry would keep running")]),
        # inside a relative clause, whose content ends with the clause (not "…, quickly replied")
        ("Reyes, who earlier warned that the lease was flawed, quickly replied to the board.",
         [("Reyes", "indirect", "the lease was flawed")]),
        # must find nothing: a negation after "earlier" still means nothing was said
        ("The port authority earlier did not say that the night ferry would keep running.", []),
    ],
)
def test_earlier_between_the_subject_and_the_verb(text, expected):
    assert voices(text) == expected
