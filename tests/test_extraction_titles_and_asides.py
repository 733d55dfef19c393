"""Known-answer tests for a title "of" a department with words before it ("former Secretary of State
Ana Ruiz", "Dover Director of Public Health Jo Li"), a title after dotted initials ("U.S. President
Ana Ruiz"), which opens no new sentence, a pair of speakers opened by "both", a reported clause
whose subject runs past the first eight words before its verb, a request after "asked that", and a
speaker phrase read up to a cue verb that holds the subject's own predicate ("Tom Reyes, a pilot,
wrote to us, saying"): the predicate is no part of the role, and a clause inside it ("told us that
Ruiz believes") gives the next verb its own subject.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a modifier, a place or dotted initials before "Title of Department", then a known given name
        ("Former Secretary of State Ana Ruiz said on Monday that the ferry vote was close.",
         [("Ana Ruiz", "Former Secretary of State")]),
        ("The ferry vote was close, former Secretary of State Ana Ruiz said.",
         [("Ana Ruiz", "former Secretary of State")]),
        ("“We counted twice,” said Deputy Secretary of State Tom Reyes.",
         [("Tom Reyes", "Deputy Secretary of State")]),
        ("Maine Secretary of State Jo Li announced Wednesday that turnout was a record.",
         [("Jo Li", "Maine Secretary of State")]),
        ("Dover Director of Public Health Ana Ruiz said the clinic would stay open.",
         [("Ana Ruiz", "Dover Director of Public Health")]),
        # a body "of" what it heads stays one organisation
        ("The Maine Department of Health said the clinic would stay open.",
         [("The Maine Department of Health", "")]),
    ],
)
def test_words_before_a_title_of_a_department(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no known given name ends the title: the whole title speaks, and no name is cut out of it
        ("Dover Director of Public Health said the clinic would stay open.",
         [("Dover Director of Public Health", "")]),
        # must find nothing: lower-case words before the title that are no modifier of a name
        ("Many hopes of the town said nothing.", []),
    ],
)
def test_a_title_of_a_department_without_a_name_or_a_modifier(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title and a name after "U.S." or "U.K." go on the phrase: the quote keeps its speaker
        ("“The vote was close,” U.S. President Ana Ruiz said on Monday.",
         [("Ana Ruiz", "direct", "The vote was close")]),
        ("“The vote was close,” said U.K. Secretary of State Tom Reyes.",
         [("Tom Reyes", "direct", "The vote was close")]),
        ("The vote was close, U.K. Ambassador Tom Reyes told reporters.",
         [("Tom Reyes", "indirect", "The vote was close")]),
        # a sentence that ends with "U.S." before an opener still ends there
        ("She moved back to the U.S. Then Ana Ruiz said the move was worth it.",
         [("Ana Ruiz", "indirect", "the move was worth it")]),
    ],
)
def test_a_title_after_dotted_initials(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "both" before two coordinated speakers: the pair speaks
        ("Both Ruiz and the Dover Ferry Company have long complained that the council ignores the harbour.",
         [("Ruiz and the Dover Ferry Company", "indirect", "the council ignores the harbour")]),
        ("Both the mayor and her deputy said the pier would reopen in May.",
         [("the mayor and her deputy", "indirect", "the pier would reopen in May")]),
        # must find nothing: "both" before one group that does not speak
        ("Both campaigns spent the week in Dover.", []),
    ],
)
def test_both_before_a_pair_of_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause's finite verb stands after the first eight words, before any mark
        ("Ana Ruiz argued the plan to fund the new pier by selling public land would fail.",
         [("Ana Ruiz", "indirect", "the plan to fund the new pier by selling public land would fail")]),
        ("Tom Reyes warned the decision to close the last two ferry routes on the island was a mistake.",
         [("Tom Reyes", "indirect", "the decision to close the last two ferry routes on the island was a mistake")]),
        # must find nothing: the verb belongs to a relative or subordinate clause, or stands after a mark
        ("Tom Reyes posted a video from a harbour meeting at which he was speaking in Dover.", []),
        ("Dock workers think twice before agreeing to the long shifts and rules that they might not need.", []),
        ("Ana Ruiz praised the crews of the old ferry to the island because they were always on time.", []),
        ("Ana Ruiz noted the long delay, the cost to the town and the anger of the crews had hurt her.", []),
    ],
)
def test_a_long_subject_before_the_contents_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz asked that the vote be held again.", [("Ana Ruiz", "indirect", "the vote be held again")]),
        ("Ana Ruiz wrote to the council, asking that all the fees go to the lifeboat crew.",
         [("Ana Ruiz", "indirect", "all the fees go to the lifeboat crew")]),
        ("Tom Reyes asked that Dover pay for the pier.", [("Tom Reyes", "indirect", "Dover pay for the pier")]),
        # must find nothing: "that" as a determiner; "wondered that" is no request
        ("Ana Ruiz asked that question twice.", []),
        ("Ana Ruiz wondered that nobody came.", []),
    ],
)
def test_a_request_after_asked_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after the subject's predicate: the appositive is the role, the predicate is not
        ("Tom Reyes, a pilot, wrote to the council on Friday, saying the fees were too high.", [("Tom Reyes", "a pilot")]),
        ("Tom Reyes, whose father ran the ferry, issued a statement Tuesday saying, “I do not think the vote was fair.”",
         [("Tom Reyes", "whose father ran the ferry")]),
        ("In October, Tom Reyes, who made millions on a bet against the ferry company, told investors that worries "
         "about harbour stocks were overblown, adding that Pierco had real upside.",
         [("Tom Reyes", "who made millions on a bet against the ferry company")] * 2),
        # a cue verb after a predicate with no clause of its own: the speaker's, without the predicate
        ("Jo Li, the harbour’s chief counsel and a board member from Dover, replied later Saturday to suggest "
         "the dispute is a simple mix-up.", [("Jo Li", "the harbour’s chief counsel and a board member from Dover")]),
        # a cue verb inside the clause of an earlier one has that clause's subject, never the first speaker
        ("Tom Reyes, the mayor’s press secretary, told the Gazette that Ruiz believes it was a mistake.",
         [("Tom Reyes", "the mayor’s press secretary")]),
        ("First his wife, the harbour aide Ana Ruiz, announced they were separated after the Dover Gazette revealed "
         "Tom Reyes had been hiding debts.",
         [("Ana Ruiz", "First his wife, the harbour aide"), ("the Dover Gazette", "")]),
        # must find nothing: "thought about" inside the content of "added", whose content has no "that"
        ("Tom Reyes, a retiree who joined the club last week, added the trip had changed how he thought about the sea.", []),
        # must find nothing: "exchanged notes" is no cue, whatever stands before it
        ("Veteran boaters, greeting the newcomers, exchanged notes on tides and moorings.", []),
    ],
)
def test_a_predicate_before_the_cue_is_no_part_of_the_role(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a coordinated verb of the same subject right after "and" stays in the content
        ("Ruiz and her allies argue the rule gives too much power to the harbour board and could let it overrule voters.",
         [("Ruiz and her allies", "indirect",
           "the rule gives too much power to the harbour board and could let it overrule voters")]),
        # a new clause after "and" or "but" is no part of the object before it
        ("Jo Li later posted a photograph of her damaged boat at the pier and said she had been pushed.",
         [("Jo Li", "indirect", "she had been pushed")]),
        ("The Harbour Front claimed responsibility for the banner but town officials have said it broke no rule.",
         [("The Harbour Front", "indirect", "responsibility for the banner"),
          ("town officials", "indirect", "it broke no rule")]),
    ],
)
def test_a_coordinator_in_a_long_subject(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a quote closed by '' (wire copy) or ” ends the content before it, and is one voice
        ("Tom Reyes told investors that worries about harbour stocks were ''overblown,'' adding that Pierco had "
         "real upside.",
         [("Tom Reyes", "partial", "worries about harbour stocks were ''overblown,"),
          ("Tom Reyes", "indirect", "Pierco had real upside")]),
        ("In May, Tom Reyes, who made millions on the ferry company, told investors that the worries were "
         "“overblown,” adding that Pierco had real upside.",
         [("Tom Reyes", "partial", "the worries were “overblown,"),
          ("Tom Reyes", "indirect", "Pierco had real upside")]),
    ],
)
def test_a_participle_after_a_closing_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "appeared to" or "seemed to" hedges what was said, which still was
        ("Tom Reyes appeared to suggest that the pier would close.", [("Tom Reyes", "indirect", "the pier would close")]),
        ("Tom Reyes seemed to say the pier would close.", [("Tom Reyes", "indirect", "the pier would close")]),
        # must find nothing: a hedge on no cue verb, or one that is denied
        ("The mayor seemed to want the pier closed.", []),
        ("Tom Reyes did not appear to say the pier would close.", []),
    ],
)
def test_a_hedge_before_the_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "As WHO noted, CONTENT" with an aside of the subject's own between commas
        ("As Jo Li, a pilot from Dover, has noted, the channel is too shallow.",
         [("Jo Li", "indirect", "the channel is too shallow")]),
        ("As many harbour experts, including Ana Ruiz, have pointed out, the town is free to reopen the pier.",
         [("many harbour experts", "indirect", "the town is free to reopen the pier")]),
        # must find nothing: an aside in a clause of time, with no cue verb
        ("As the boats, a dozen in all, came in, the crowd cheered.", []),
    ],
)
def test_as_noted_with_the_subjects_aside(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "sometimes" between auxiliary and cue verb, as "often" is
        ("The ferry numbers changed over the summer, as Ana Ruiz has sometimes acknowledged.",
         [("Ana Ruiz", "indirect", "The ferry numbers changed over the summer")]),
        # "While" or "After" before an opening participle: the subject after the comma said it
        ("While saying that she respects Tom Reyes, Ana Ruiz continued to question his plan.",
         [("Ana Ruiz", "indirect", "she respects Tom Reyes")]),
        ("After insisting that the pier was safe, Tom Reyes closed it.", [("Tom Reyes", "indirect", "the pier was safe")]),
        # must find nothing: after "After", an object is what was done, not said
        ("After announcing her run, Ana Ruiz went home.", []),
    ],
)
def test_frequency_adverbs_and_opening_participles_after_a_subordinator(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frequency adverb opening the sentence is no title of the name after it
        ("Sometimes Ana Ruiz says the pier is too old.", [("Ana Ruiz", "")]),
        ("Usually Tom Reyes says the pier is too old.", [("Tom Reyes", "")]),
        # a given name that ends in -ly stays the name
        ("Emily Ruiz says the pier is too old.", [("Emily Ruiz", "")]),
        # a discourse word set off by its comma is no speaker, before the name or after it
        ("Further, Ana Ruiz, the harbour master, said the pier was closed.", [("Ana Ruiz", "the harbour master")]),
        ("Ana Ruiz, notably, said the pier was closed.", [("Ana Ruiz", "")]),
    ],
)
def test_an_opening_adverb_is_no_role(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time between subject and cue verb: a month or a year after "in"
        ("Tom Reyes, who in March said the pier was doomed, left the board.",
         [("Tom Reyes", "indirect", "the pier was doomed")]),
        ("Tom Reyes, who in 2010 said the pier was doomed, left the board.",
         [("Tom Reyes", "indirect", "the pier was doomed")]),
        ("Residents in May said the pier was doomed.", [("residents", "indirect", "the pier was doomed")]),
        ("The council on February 4 asked the company to take down its signs.",
         [("the council", "indirect", "to take down its signs")]),
        # must find nothing: "may" before the verb is a modal, and nothing was said
        ("Residents may say the pier was doomed.", []),
        # a place after "in" is no time: it stays with the subject
        ("A group in Dover said the pier was doomed.", [("a group in Dover", "indirect", "the pier was doomed")]),
    ],
)
def test_a_month_or_year_between_subject_and_verb(text, expected):
    assert voices(text) == expected


def test_two_adjectives_before_a_group_with_its_own_coordination():
    text = "Current and former officials at the harbour board and the town hall have said the fees were never checked."
    assert voices(text) == [("Current and former officials at the harbour board and the town hall", "indirect",
                             "the fees were never checked")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an appositive of nine words or more, with its own "and": the name before it speaks
        ("Reyes, a former Dover Harbour Board chairman and mayoral candidate, poked fun at the pier plan during the "
         "debate, tweeting, “The pier is a mess.”",
         [("Reyes", "a former Dover Harbour Board chairman and mayoral candidate")]),
        # a body's name before a person noun after "a" is a modifier of that noun, not the speaker
        ("Jo Li, a Dover Harbour Board member, said the pier is a mess.", [("Jo Li", "a Dover Harbour Board member")]),
    ],
)
def test_a_long_appositive_and_a_name_modifying_a_person_noun(text, expected):
    assert speakers_and_roles(text) == expected
