"""Known-answer tests for direct quotes whose shape news copy bends: a sentence-opening quote with no comma
before its cue (`“The idea is absurd” Ruiz tweeted`), a quote whose full stop comes before a sentence that
only names its speaker (`“…” Ana Ruiz said.`), and the characterisations (after an aside such as "for her
part", in the progressive, with a possessive object) and "as X put it" forms that carry a long object or a
circumstance.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She was angry.\n\n\u201cThe idea of closing the pier is absurd and cruel\u201d Ruiz tweeted, quoting a reporter.",
         [("Ruiz", "direct", "The idea of closing the pier is absurd and cruel")]),
        ("\u201cWho owns the pier and the boats\u201d Ruiz asked.", [("Ruiz", "direct", "Who owns the pier and the boats")]),
        # the cue verb before the speaker, or a described speaker
        ("\u201cThe ferry runs late every single day\u201d said Tomas Berg, a commuter.",
         [("Tomas Berg", "direct", "The ferry runs late every single day")]),
        ("\u201cWe were never asked about the fares\u201d one commuter told the board.",
         [("one commuter", "direct", "We were never asked about the fares")]),
        ("\u201cThe harbor needs a second pier\u201d the mayor said on Tuesday.",
         [("the mayor", "direct", "The harbor needs a second pier")]),
        ("\u201cThe night boats should run every hour\u201d a long-serving deckhand told the council.",
         [("a long-serving deckhand", "direct", "The night boats should run every hour")]),
        # must find nothing: a number is no described speaker
        ("\u201cThe night boats should run every hour\u201d the 2 deckhands said.", []),
        # must find nothing: a title in Title Case before a group, and a short phrase
        ("\u201cThe Lord of the Rings\u201d fans said the film was long.", []),
        ("\u201cFerry Tales\u201d Ruiz wrote in 2019.", []),
        ("\u201cFerry Tales\u201d said Ruiz in 2019.", []),
        ("\u201cSave Our Harbor Now\u201d the banner said in red letters.", []),
        ("\u201cThe pier at night\u201d the painting is called.", []),
    ],
)
def test_sentence_opening_quote_without_a_comma(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the quote's own full stop, then a sentence that only names its speaker
        ("The ferry was late again.\n\n\u201cWe will rebuild every pier that the storm took.\u201d Ana Ruiz said. The meeting "
         "ended early.", [("Ana Ruiz", "direct", "We will rebuild every pier that the storm took.")]),
        ("\u201cThe fares have doubled since spring.\u201d The harbour master added. \u201cNobody asked us.\u201d",
         [("the harbour master", "direct", "The fares have doubled since spring."),
          ("the harbour master", "direct", "Nobody asked us.")]),
        ("Dana Pike runs the night ferry.\n\n\u201cMost crossings are half empty after ten.\u201d Pike warned. \u201cThat will "
         "not last.\u201d", [("Dana Pike", "direct", "Most crossings are half empty after ten."),
                            ("Dana Pike", "direct", "That will not last.")]),
        # must find nothing new: a verb that answers the quote, a sentence that goes on, a quote inside a sentence
        ("\u201cWe are done,\u201d Lee said. \u201cWe are leaving the valley.\u201d Park agreed.",
         [("Lee", "direct", "We are done"), ("Lee", "direct", "We are leaving the valley.")]),
        ("\u201cWe are leaving the valley.\u201d Park replied.", []),
        ("\u201cWe are leaving the valley.\u201d Park said the move would cost them.",
         [("Park", "indirect", "the move would cost them")]),
        ("The sign read \u201cNo entry.\u201d Ana Ruiz said. Then she left.", []),
    ],
)
def test_a_sentence_that_only_names_the_speaker_after_a_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long object with a sum or a share in it
        ("In April, Reyes called the board's plans to open a $1.6 billion ferry terminal in Dover \u201can absolute "
         "disgrace,\u201d and threatened to sue.",
         [("Reyes", "partial", "the board's plans to open a $1.6 billion ferry terminal in Dover \u201can absolute disgrace,\u201d")]),
        ("Reyes called the 2.5% fee \u201ca tax on the poor.\u201d", [("Reyes", "partial", "the 2.5% fee \u201ca tax on the poor.\u201d")]),
        # a name and its relative clause open the sentence and run to the verb
        ("Ana Ruiz, who ran the ferry line for a decade and founded the union, called her \u201cthe first lady of the "
         "harbor.\u201d", [("Ana Ruiz", "partial", "her \u201cthe first lady of the harbor.\u201d")]),
        # must find nothing: a passive characterisation names no speaker before its verb
        ("The plan, which the board passed in May, was called \u201ca disaster\u201d by critics.", []),
    ],
)
def test_characterisations_with_long_objects_and_subjects(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive name and one noun as the object
        ("Ana Ruiz called Holt\u2019s plan \u201ca disaster.\u201d", [("Ana Ruiz", "partial", "Holt\u2019s plan \u201ca disaster.\u201d")]),
        # a discourse aside between the subject and the verb, and a verb in the progressive
        ("Ana Ruiz, for her part, called the vote \u201ca reckless abuse of power.\u201d",
         [("Ana Ruiz", "partial", "the vote \u201ca reckless abuse of power.\u201d")]),
        ("Former Governor Ana Ruiz, in turn, is labeling Holt\u2019s actions \u201ca reckless abuse of power.\u201d",
         [("Ana Ruiz", "partial", "Holt\u2019s actions \u201ca reckless abuse of power.\u201d")]),
        ("Critics are calling the vote \u201ca reckless abuse of power.\u201d",
         [("critics", "partial", "the vote \u201ca reckless abuse of power.\u201d")]),
        # must find nothing: a passive names no speaker before its verb, and an aside before no cue verb
        ("The vote, however, has been called \u201ca reckless abuse of power\u201d by many.", []),
        ("Ana Ruiz, for her part, is building a \u201cfloating\u201d pier.", []),
    ],
)
def test_characterisations_after_an_aside_or_in_the_progressive(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "described / characterized X as Y" characterises without quote marks too: the object and what it is called
        ("Many dockers described the closure as unfair and rushed.",
         [("many dockers", "indirect", "the closure as unfair and rushed")]),
        ("Ana Ruiz characterized the vote as a turning point for the harbour, and left.",
         [("Ana Ruiz", "indirect", "the vote as a turning point for the harbour")]),
        # a participle: who stands after "with", or the subject before the participle's comma
        ("The order angered the port, with many dockers describing the closure as harsh.",
         [("many dockers", "indirect", "the closure as harsh")]),
        ("Ana Ruiz left the hall early, describing the closure as unfair.", [("Ana Ruiz", "indirect", "the closure as unfair")]),
        # the description ends before a second predicate
        ("Tom Reyes describes himself as a lifelong sailor and has said he would never sell the boat.",
         [("Tom Reyes", "indirect", "he would never sell the boat"), ("Tom Reyes", "indirect", "himself as a lifelong sailor")]),
        # must find nothing: a count of people names no speaker
        ("More than six in ten riders described themselves as regulars.", []),
        ("Among dockers, about two-thirds of the crew described themselves as tired.", []),
        # must find nothing: the name before "and has described" is the object of an earlier verb
        ("Tom Reyes wants the board to sack Ms. Ruiz and has described her as a danger to the port.", []),
        # must find nothing: a passive names no speaker; "as well as" compares; "called" without marks may not characterise
        ("The closure was described as unfair.", []),
        ("Ana Ruiz described the ferry as well as the pier.", []),
        ("Ana Ruiz called the harbour police.", []),
    ],
)
def test_a_description_without_quote_marks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", who declared, “…”": the name before the relative clause says the quote
        ("On Thursday, Reyes won the backing of Mike Lund, who declared in the town hall, \u201cIt is time to unite.\u201d",
         [("Mike Lund", "direct", "It is time to unite.")]),
        ("The ferry board, which met on Monday, said, \u201cThe fares will stay.\u201d",
         [("the ferry board", "direct", "The fares will stay.")]),
        # must find nothing: "which" after a thing opens no speaker
        ("The plan, which critics said, \u201cis dead,\u201d was dropped.", []),
    ],
)
def test_relative_clause_before_a_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cWe can still win on Tuesday,\u201d said Ruiz as she closed the rally.",
         [("Ruiz", "direct", "We can still win on Tuesday")]),
        ("\u201cThe pier stays open,\u201d said Tom Reyes as the crowd cheered.",
         [("Tom Reyes", "direct", "The pier stays open")]),
        ("\u201cThe pier stays open,\u201d said Tom Reyes because he could.", [("Tom Reyes", "direct", "The pier stays open")]),
        # "as" inside a name's description stays part of it
        ("\u201cWe hold the line,\u201d said the harbour chief known as Bob.", [("Bob", "direct", "We hold the line")]),
    ],
)
def test_inverted_speaker_before_a_subordinate_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone else, named after a comma, introduces the colon's quote: the first voice ends at that comma
        ("Ana Ruiz said the hull was sound and safe, but Tom Reyes shot back: \u201cThat is simply false.\u201d",
         [("Tom Reyes", "direct", "That is simply false."), ("Ana Ruiz", "indirect", "the hull was sound and safe")]),
        ("Ana Ruiz said engineers had found the hull sound, to which Tom Reyes interjected: \u201cNot so.\u201d",
         [("Tom Reyes", "direct", "Not so."), ("Ana Ruiz", "indirect", "engineers had found the hull sound")]),
        # the speaker's own colon: the quote is the content, as before
        ("Ana Ruiz told a rally outside the hall, in the rain: \u201cWe stay.\u201d", [("Ana Ruiz", "direct", "We stay.")]),
        ("Ana Ruiz declared the need for calm: \u201cStay home,\u201d she said.", [("Ana Ruiz", "direct", "Stay home")]),
    ],
)
def test_reported_speech_before_another_speakers_colon_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a that-clause or a clause with a pronoun subject before the speaker's own colon is a content too
        ("Tom Reyes argued that the harbour had lost its trade: \u201cNo ship stops here now,\u201d he said.",
         [("Tom Reyes", "direct", "No ship stops here now"), ("Tom Reyes", "indirect", "the harbour had lost its trade")]),
        ("But she said she was too busy to read the report: \u201cI have a ferry to run.\u201d",
         [("she", "direct", "I have a ferry to run."), ("she", "indirect", "she was too busy to read the report")]),
        ("Ana Ruiz said it was a hard winter: \u201cThe nets froze twice.\u201d",
         [("Ana Ruiz", "direct", "The nets froze twice."), ("Ana Ruiz", "indirect", "it was a hard winter")]),
        # must find nothing more: an object, a manner or a demonstrative before the colon says nothing
        ("Ana Ruiz said it plainly: \u201cThe nets froze twice.\u201d", [("Ana Ruiz", "direct", "The nets froze twice.")]),
        ("Ana Ruiz said she answered: \u201cThe nets froze twice.\u201d", [("Ana Ruiz", "direct", "The nets froze twice.")]),
        ("Ana Ruiz said that much in her letter: \u201cThe nets froze.\u201d", [("Ana Ruiz", "direct", "The nets froze.")]),
        ("Ana Ruiz told the crowd gathered outside the old hall: \u201cWe stay.\u201d", [("Ana Ruiz", "direct", "We stay.")]),
    ],
)
def test_a_content_before_the_speakers_own_colon_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # words owned by their speaker, then "was", before a colon: the owner speaks, without the possessive
        ("Dana Holt wrote to the mayor about the fares. The mayor\u2019s reply was short: \u201cWhich fares?\u201d",
         [("the mayor", "direct", "Which fares?")]),
        ("Ana Ruiz has run the pier for years. Her answer was simple: \u201cWe stay open.\u201d",
         [("Ana Ruiz", "direct", "We stay open.")]),
        ("Tom Reyes\u2019s message to the crew was blunt: \u201cNobody sails tonight.\u201d",
         [("Tom Reyes", "direct", "Nobody sails tonight.")]),
        ("Ana Ruiz\u2019s letter makes a plain case: \u201cThe pier must close before it falls.\u201d",
         [("Ana Ruiz", "direct", "The pier must close before it falls.")]),
        ("Harbour consultant Dana Holt\u2019s first impressions: \u201cIt is good, and the old pier is in trouble.\u201d",
         [("Dana Holt", "direct", "It is good, and the old pier is in trouble.")]),
        # must find nothing: the owner is no person, or something else the person owns is the subject
        ("The town\u2019s answer was a new pier: \u201cBuilt in a year.\u201d", []),
        ("Ana Ruiz\u2019s dog barked at the crowd: \u201cQuiet!\u201d", []),
    ],
)
def test_the_owner_of_words_before_a_colon(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The council sent a letter this week. "The delay is costing families dearly and must end now," it read.',
         [("the letter", "direct", "The delay is costing families dearly and must end now")]),
        ("Ana Ruiz sent an email to the board. \u201cThe pier stays open,\u201d it read.",
         [("the email", "direct", "The pier stays open")]),
        # must find nothing: "it" with no document before it (a banner or a sign is no source, see
        # test_extraction_news_sources.py), and a person reading aloud
        ("Marchers held a banner. \u201cStill standing with the workers,\u201d it read.", []),
        ('The council met on Monday. "We will act on the ferry," it read.', []),
        ('Ana Ruiz read the letter aloud. "We will act on the ferry," she read.', []),
    ],
)
def test_it_read_quotes_the_thing_named_before(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ana Ruiz said that if the tide rose, some kind of deal was possible: "We can meet halfway."',
         [("Ana Ruiz", "direct", "We can meet halfway."),
          ("Ana Ruiz", "indirect", "if the tide rose, some kind of deal was possible")]),
        ("Some said the port would close.", [("some", "indirect", "the port would close")]),
        # must find nothing: "some kind of deal" is no one
        ('The port was busy. Some kind of deal was struck: "We can meet halfway."', []),
    ],
)
def test_a_quantifier_before_kind_is_no_speaker(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The fair came to Dover because, in Ruiz\'s words, "it is the most inventive town on the coast."',
         [("Ruiz", "direct", "it is the most inventive town on the coast.")]),
        ('In the words of Ana Ruiz, "it is the most inventive town on the coast."',
         [("Ana Ruiz", "direct", "it is the most inventive town on the coast.")]),
        ('Ana Ruiz spoke last. In her own words, "the pier was a gift."', [("Ana Ruiz", "direct", "the pier was a gift.")]),
        # must find nothing: words that are no one's
        ('In other words, "the pier was a gift."', []),
        ('In the words of the old song, "we shall overcome."', []),
    ],
)
def test_in_someones_words(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The judge interrupted me. "Explain to me why you are here and why you did it."',
         [("the judge", "direct", "Explain to me why you are here and why you did it.")]),
        ("In a video Thursday, Ana Ruiz speculated that the men could be smugglers.",
         [("Ana Ruiz", "indirect", "the men could be smugglers")]),
        ('"The count is wrong," Tom Reyes speculated.', [("Tom Reyes", "direct", "The count is wrong")]),
    ],
)
def test_interrupt_and_speculate_are_verbs_of_speaking(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "what X called “…”": X speaks, not the clause the "what" stands in
        # (", then urged" is Ana Ruiz's second predicate, read as after "and": her urging ends where his words begin)
        ("Ana Ruiz toured the pier, then urged the crowd to read what Tom Reyes called the mayor's \u201cplan for nobody.\u201d",
         [("Ana Ruiz", "indirect", "the crowd to read what"), ("Tom Reyes", "partial", "the mayor's \u201cplan for nobody.\u201d")]),
        ("Skippers were invited to inspect what the harbour master described as the \u201cfinal offer.\u201d",
         [("the harbour master", "partial", "as the \u201cfinal offer.\u201d")]),
        # "as the" before the quote, as "as a" was
        ("The union described the deal as the \u201cworst in a generation.\u201d",
         [("the union", "partial", "the deal as the \u201cworst in a generation.\u201d")]),
        # must find nothing: passive, and "what" with no one who calls it anything
        ("The deal was described as the \u201cfinal offer.\u201d", []),
        ("Nobody knows what the tower was called, or what it was \u201cfor.\u201d", []),
    ],
)
def test_what_clauses_and_as_the_before_a_characterisation(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short object, then an article, then the quote
        ("At the hearing, Ana Ruiz called him a \u201creckless gambler.\u201d",
         [("Ana Ruiz", "partial", "him a \u201creckless gambler.\u201d")]),
        ("Tom Reyes called Dover the \u201ccapital of chowder.\u201d", [("Tom Reyes", "partial", "Dover the \u201ccapital of chowder.\u201d")]),
        ("The mayor toured the pier, calling it an \u201cengineering marvel.\u201d",
         [("the mayor", "partial", "it an \u201cengineering marvel.\u201d")]),
        # must find nothing: a phone call, a passive, an owner before the clause, a modifier with no name
        ("He called a \u201ctown hall\u201d for Friday.", []),
        ("She was called a \u201chero\u201d by the crowd.", []),
        ("Acme\u2019s figures were questioned: the union, which calls Acme a \u201cpaper tiger,\u201d did not comment.", []),
        # (two titles joined by "and" before the name are not read yet: no speaker rather than "Former")
        ("Former harbour master and Dover Mayor Ana Ruiz, who ran twice, toured the \u201cNew Pier,\u201d calling it a "
         "\u201cmarvel.\u201d", []),
    ],
)
def test_characterisation_with_an_article_before_the_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as" and the speaker and a cue verb after the quote, as "as X put it" was
        ("The harbour is \u201cthe town\u2019s front porch,\u201d as Ana Ruiz observed last spring.",
         [("Ana Ruiz", "direct", "the town\u2019s front porch")]),
        ("\u201cThe ferry is late again,\u201d as Tom Reyes noted in his column.", [("Tom Reyes", "direct", "The ferry is late again")]),
        ("Even the vote was \u201ca coin toss,\u201d as the mayor has said more than once.",
         [("the mayor", "direct", "a coin toss")]),
        # must find nothing: "as" opens a clause of time with no cue, or a quoted title is performed
        ("The board approved \u201cphase two\u201d as prices rose across the coast.", []),
        ("The song \u201cHarbour Lights\u201d as performed by the choir was long.", []),
    ],
)
def test_as_someone_said_after_the_quote(text, expected):
    assert voices(text) == expected
