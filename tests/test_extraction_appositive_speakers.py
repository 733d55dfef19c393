"""Known-answer tests for speakers set off by commas: a role and a name (or a name and a role)
before a bare cue verb at a sentence's end, a name between a description and a role, a party
affiliation after a titled name, and a pronoun that follows a speaker of the same sentence.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices
from tests.test_extraction_news_verbs import voices_with_roles


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare cue verb after the last comma: the speaker and an appositive stand before it
        ("The cannery will close in March, the company's chief executive, Joan Ferrell, said on Monday.",
         [("Joan Ferrell", "the company's chief executive", "The cannery will close in March")]),
        ("The cannery will close in March, Joan Ferrell, the chief executive, said.",
         [("Joan Ferrell", "the chief executive", "The cannery will close in March")]),
        ("The cannery will close in March, Joan Ferrell, the chief executive, wrote in a memo to staff.",
         [("Joan Ferrell", "the chief executive", "The cannery will close in March")]),
        ("The ferry is running late, the county's governor, Brian Santos, a Republican, said on Monday.",
         [("Brian Santos", "the county's governor, a Republican", "The ferry is running late")]),
        # must find nothing: a list before a bare verb, or a single name set off from its verb
        ("They toured Paris, Rome, Berlin, said.", []),
        ("The ferry is running late, Brian Santos, said.", []),
    ],
)
def test_speaker_with_appositive_before_a_bare_cue_verb(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description, the name, then a role: the name speaks, the two descriptions are its role
        ("The county's treasurer, Paul Okafor, a Democrat, said the audit was overdue.",
         [("Paul Okafor", "the county's treasurer, a Democrat", "the audit was overdue")]),
        ("“The ferry is late,” the harbour's owner, Brian Santos, a former pilot, said.",
         [("Brian Santos", "the harbour's owner, a former pilot", "The ferry is late")]),
        # a party affiliation after a titled name is a role, not the speaker
        ("Senator Lionel Graves, Republican of South Carolina, said the ferry plan was sound.",
         [("Lionel Graves", "Senator, Republican of South Carolina", "the ferry plan was sound")]),
        ("“The plan is sound,” Senator Ada Fenwick, Democrat of Oregon, said.",
         [("Ada Fenwick", "Senator, Democrat of Oregon", "The plan is sound")]),
    ],
)
def test_name_between_description_and_role(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Varga said A, but he urged B": he is Varga, not the man who spoke in the sentence before
        ("Paul Marsh, the harbour master, wrote to the inspector Tom Varga. “The board accepts the plan,” he wrote. "
         "Varga said that the plan was sound, but he urged the board to check every pier.",
         [("Paul Marsh", "direct", "The board accepts the plan"),
          ("Tom Varga", "indirect", "the plan was sound"),
          ("Tom Varga", "indirect", "the board to check every pier")]),
        ("Ines Kahl runs the pier. Omar Reyes said the pier was safe, and he added that the rails were new.",
         [("Omar Reyes", "indirect", "the pier was safe"), ("Omar Reyes", "indirect", "the rails were new")]),
        # the pronoun's gender decides: she is not the man who spoke first in the sentence
        ("Ines Kahl runs the pier. Omar Reyes said the pier was safe, but she said the rails were old.",
         [("Omar Reyes", "indirect", "the pier was safe"), ("Ines Kahl", "indirect", "the rails were old")]),
    ],
)
def test_pronoun_after_a_speaker_of_the_same_sentence(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the period of a title or an initial ends no clause: the whole name speaks
        ('The pier row went on. But Sen. Richard J. Dunn (D-Ill.) said, "Let me tell you, the ferry has a following."',
         [("Richard J. Dunn", "Sen.", "Let me tell you, the ferry has a following.")]),
        # a party tag, then an aside before the cue
        ('The pier row went on. Sen. Richard J. Dunn (D-Ill.), noting the size of the crowd, said, "Let me tell you."',
         [("Richard J. Dunn", "Sen.", "Let me tell you.")]),
        ('The pier row went on. Sen. Richard J. Dunn (D-Ill.), a Democrat, said, "Let me tell you."',
         [("Richard J. Dunn", "Sen., a Democrat", "Let me tell you.")]),
        # the name read inside another person's role belongs to that role
        ('The pier row went on. Mr. Frame, a former speechwriter for Lena W. Marsh, wrote, "The pier will not last."',
         [("Frame", "a former speechwriter for Lena W. Marsh", "The pier will not last.")]),
        # a place's abbreviation earlier in the sentence is no speaker
        ('Tuesday at the college in Berea, OH, after winning the vote, Gov. Tom Kasner (R-OH), said, "I am ready."',
         [("Tom Kasner", "", "I am ready.")]),
    ],
)
def test_title_and_initial_periods_before_a_quote(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party tag read from its bracket on is no speaker: the titled name before it speaks
        ("The row spread to the harbour, where Senate Minority Leader Harry M. Reedy (D-Nev.) told reporters that "
         "the ferry was late.", [("Harry M. Reedy", "Senate Minority Leader", "the ferry was late")]),
        # must find nothing: a party tag alone, or "state" as a noun after "former"
        ("The ferry was late, as members of the panel (R-Calif.) said nothing.", []),
        ("Rex Early, a former state lawmaker, left the pier.", []),
        # a capitalised word after the owner still makes a possessed role; "state" after "former" is a noun
        ("Reyes's Indiana chairman, Rex Dunmore, a former state lawmaker, said the ferry was late.",
         [("Rex Dunmore", "Reyes's Indiana chairman, a former state lawmaker", "the ferry was late")]),
    ],
)
def test_party_tags_and_former_state(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time between a titled name (with its party tag) and its verb: the participle's speaker is that name
        ("Democratic presidential candidate Sen. Bernard Sandor (I-Vt.) on Saturday criticized the ferry accord, saying "
         "the accord goes nowhere.", [("Bernard Sandor", "Democratic presidential candidate", "the ferry accord"),
                                      ("Bernard Sandor", "Democratic presidential candidate", "the accord goes nowhere")]),
        ("Veteran harbour master Sen. Ana Ruiz (D-Ore.) last week toured the pier, saying the rails were sound.",
         [("Ana Ruiz", "Veteran harbour master", "the rails were sound")]),
    ],
)
def test_time_between_subject_and_verb(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an inverted cue, the name and its role speak the participle clause that follows
        ("“We will win,” said Tom Reyes, a spokesman for the Holt campaign, adding that the fair was cancelled.",
         [("Tom Reyes", "a spokesman for the Holt campaign", "We will win"),
          ("Tom Reyes", "a spokesman for the Holt campaign", "the fair was cancelled")]),
        ("The fair was cancelled, said Tom Reyes, a spokesman for the Holt campaign, explaining why the boats still ran.",
         [("Tom Reyes", "a spokesman for the Holt campaign", "The fair was cancelled"),
          ("Tom Reyes", "a spokesman for the Holt campaign", "why the boats still ran")]),
        # an age set off by commas between the name and its verb, after an opening participle clause
        ("Appearing before supporters on Monday at the party office, Mara Lind, 70, said it was too early "
         "to celebrate but added, “I think you all know the results.”",
         [("Mara Lind", "", "I think you all know the results."), ("Mara Lind", "", "it was too early to celebrate")]),
        # a comparison opening the sentence is no speaker
        ("Like most islanders, Dana Holt's campaign aides say the ferry vote will decide the race.",
         [("Dana Holt's campaign aides", "", "the ferry vote will decide the race")]),
        # "critics like X": the named example still speaks
        ("But critics like Ana Ruiz say the ferry vote is rigged.", [("Ana Ruiz", "critics like", "the ferry vote is rigged")]),
        # must find nothing: an interjection before a colon names no one
        ("Wait, it gets better: “The board sets the fares each year.”", []),
        ("Look, the rule is plain: “The board sets the fares each year.”", []),
    ],
)
def test_appositives_participles_and_openers(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a coordinated cue whose quote follows it ends the content before it
        ("Mara Lind said the pier was safe and added, “The ferry will run.”",
         [("Mara Lind", "direct", "The ferry will run."), ("Mara Lind", "indirect", "the pier was safe")]),
        # a coordinated verb with no quote after it stays in the content
        ("A nurse said she was elated but still feared the army.",
         [("a nurse", "indirect", "she was elated but still feared the army")]),
        ("Tom Reyes said he voted for Holt in 2016 and wrote in Ruiz in 2020.",
         [("Tom Reyes", "indirect", "he voted for Holt in 2016 and wrote in Ruiz in 2020")]),
        # a coordinated cue that says nothing ("but did not say", "and declined to say") ends the content too
        ("Mara Lind said the pier was safe but did not say when the ferry would sail.",
         [("Mara Lind", "indirect", "the pier was safe")]),
        ("Mara Lind said the pier was safe but would not say when the ferry would sail.",
         [("Mara Lind", "indirect", "the pier was safe")]),
        ("Mara Lind said the pier was safe and declined to say when the ferry would sail.",
         [("Mara Lind", "indirect", "the pier was safe")]),
        ("Tom Reyes said he would bring “a cake” for the winner but did not suggest who it would be.",
         [("Tom Reyes", "partial", "he would bring “a cake” for the winner")]),
        # ... but not a verb that speaks only with its particle, nor one after other words
        ("Tom Reyes said he held no dinners and never called a donor for a week.",
         [("Tom Reyes", "indirect", "he held no dinners and never called a donor for a week")]),
        ("Tom Reyes said he held no dinners and never asked a donor to pay.",
         [("Tom Reyes", "indirect", "he held no dinners and never asked a donor to pay")]),
        # must find nothing: what was not said is no voice
        ("Mara Lind did not say when the ferry would sail.", []),
    ],
)
def test_a_coordinated_cue_with_its_own_quote_ends_the_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inverted cue set off by commas inside the sentence: the whole sentence is the content
        ("The paradox of the pier, says Carl Anthony, a historian at the harbour museum, is that it was never finished.",
         [("Carl Anthony", "", "The paradox of the pier, says Carl Anthony, a historian at the harbour museum, is that it "
                               "was never finished")]),
        ("The contrast with Holt, said Doyle and others, would be clear at the fair.",
         [("Doyle and others", "", "The contrast with Holt, said Doyle and others, would be clear at the fair")]),
        # a named subject with its appositive still speaks a clause that opens with a name
        ("Jo Li, a nurse, said Holt, the mayor, was right.", [("Jo Li", "a nurse", "Holt, the mayor, was right")]),
        # a label and its colon are no part of the name
        ("Fares: Dana Holt, whose backers include young people, said closed meetings hurt the pier.",
         [("Dana Holt", "whose backers include young people", "closed meetings hurt the pier")]),
        # a party adjective is no speaker
        ("Marty Weston, a professor at Dover who once worked for Sen. Lamar Ames (R-Del.), one of the bill's "
         "Republican authors, called it “a very significant change.”",
         [("Marty Weston", "a professor at Dover who once worked for Sen. Lamar Ames, one of the bill's Republican authors",
           "it “a very significant change.”")]),
    ],
)
def test_inverted_cues_inside_labels_and_party_words(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause that reports, after an inverted speaker, is that speaker's voice and no role
        ("The pier is safe, said Jo Rubel, who added that the ferry would run.",
         [("Jo Rubel", "", "The pier is safe"), ("Jo Rubel", "", "the ferry would run")]),
        ("That is not enough, said Jo Rubel, an analyst at Harbour Bank, who notes that the yard has cut costs.",
         [("Jo Rubel", "an analyst at Harbour Bank", "That is not enough"),
          ("Jo Rubel", "an analyst at Harbour Bank", "the yard has cut costs")]),
        ("“Fares are up,” said Dana Holt, who noted that the pier had been closed for years.",
         [("Dana Holt", "", "Fares are up"), ("Dana Holt", "", "the pier had been closed for years")]),
        # a relative clause that reports nothing stays the role
        ("The pier is safe, said Jo Rubel, who runs the ferry.", [("Jo Rubel", "who runs the ferry", "The pier is safe")]),
    ],
)
def test_a_reporting_relative_clause_after_an_inverted_speaker(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote that ends in ? or ! is the voice of the name after it, an appositive between name and verb
        ("“Where did the ferry go?” Orla Kemp, a deckhand from Cobh, asked.",
         [("Orla Kemp", "direct", "Where did the ferry go?")]),
        ("“Not again!” Tomasz Wrona, 61, said.", [("Tomasz Wrona", "direct", "Not again!")]),
        ("“Who signed this?” Ines Duro, spokeswoman for the port authority, asked reporters.",
         [("Ines Duro", "direct", "Who signed this?")]),
        ("“Can anyone hear the bells?” Ruth Abara, who sings in the choir, asked her neighbours online.",
         [("Ruth Abara", "direct", "Can anyone hear the bells?")]),
        # must find nothing: what follows the ? is a new sentence whose subject has no appositive
        ("“Who knew?” Critics, for their part, said little about it.", []),
        # the question is no one's: only the reported clause after it is a voice
        ("Was it luck? Farmers, in the end, say the rain decided it.", [("farmers", "indirect", "the rain decided it")]),
    ],
)
def test_appositive_speaker_after_a_question_or_exclamation(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after an inverted cue and an appositive: the name after the cue is its subject
        ("\u201cIt is the best view in town,\u201d says Ana Ruiz, a longtime ferry rider, describing the trip as a "
         "\u201cfloating parlour.\u201d",
         [("Ana Ruiz", "direct", "It is the best view in town"),
          ("Ana Ruiz", "partial", "the trip as a \u201cfloating parlour.\u201d")]),
        ("\u201cThe fares are fair,\u201d said Tom Reyes, a deckhand, adding that the boats were old.",
         [("Tom Reyes", "direct", "The fares are fair"), ("Tom Reyes", "indirect", "the boats were old")]),
        # the subject of a plain clause before the participle is still found
        ("The mayor spoke, saying, \u201cWe will rebuild the pier.\u201d", [("the mayor", "direct", "We will rebuild the pier.")]),
    ],
)
def test_participle_after_an_inverted_cue_and_appositive(text, expected):
    assert voices(text) == expected
