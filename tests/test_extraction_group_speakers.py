"""Known-answer tests for groups that speak: person nouns news copy uses for sides of a debate
("proponents", "confidants", "forecasters"), groups qualified by "privy to" or "a wide array of",
a group followed by its own relative clause, "they" never read as a place, and content that is
no content ("said the same thing").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.groups import is_group
from tests.test_extraction import voices
from tests.test_extraction_news_verbs import voices_with_roles


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Proponents of the new bylaw, however, say it would keep the harbour safe.",
         [("proponents of the new bylaw", "indirect", "it would keep the harbour safe")]),
        ("Mrs. Ruiz's confidants say it is only fitting that she now runs the harbour.",
         [("Mrs. Ruiz's confidants", "indirect", "it is only fitting that she now runs the harbour")]),
        ("If fares keep rising, forecasters say the ferry will lose half its riders.",
         [("forecasters", "indirect", "the ferry will lose half its riders")]),
        ("But several sources privy to the talks say the board has insisted on a delay.",
         [("several sources privy to the talks", "indirect", "the board has insisted on a delay")]),
        ("Cutting the timetable too soon, a wide array of economists say, hurt the town.",
         [("a wide array of economists", "indirect", "Cutting the timetable too soon, a wide array of economists say, hurt the town")]),
        # must find nothing: a name and its verb before a plural noun is a clause, not a group
        ("A pamphlet lists cases in which Kahl defended people accused of theft.", []),
        # nor is a participle clause, whatever person it names ("echoing a memo from Ms. Vale's campaign"):
        # the subject before it argued the that-clause after it
        ("Mr. Lund argued, echoing a memo from Ms. Vale's campaign, that the count was fair.",
         [("Lund", "indirect", "the count was fair")]),
        ("Visiting scholars said the count was fair.", [("Visiting scholars", "indirect", "the count was fair")]),
        # "general" after a person noun ends the title: "the attorney general" had found nothing
        ("The attorney general of the state said the count was fair.",
         [("the attorney general of the state", "indirect", "the count was fair")]),
        ("The surgeon general said the water was safe.", [("the surgeon general", "indirect", "the water was safe")]),
        # media and outlets report: "state media" had found nothing
        ("Chinese state media reported that the app had been approved.",
         [("Chinese state media", "indirect", "the app had been approved")]),
        ("Several news outlets reported that the ferry had been seized.",
         [("several news outlets", "indirect", "the ferry had been seized")]),
        ("The fund has spent $12 million since May, according to media trackers.",
         [("media trackers", "indirect", "The fund has spent $12 million since May")]),
        ("The Harbor News reports that the ferry was seized.", [("The Harbor News", "indirect", "the ferry was seized")]),
        # must find nothing: "media reports" and "a press release" are documents, not a group and its verb
        ("Though media reports and party sources described the push as hopeless, delegates tried.", []),
        ("Media reports said the app had been approved.", []),
    ],
)
def test_group_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("echoing a memo from Ana Ruiz's campaign manager", False),  # a participle clause, not Ana Ruiz's manager
        ("breaking with the board's chairwoman", False),
        ("Ana Ruiz's campaign manager", True),
        ("visiting scholars", True),
        ("leading economists at the bank", True),
    ],
)
def test_a_participle_clause_is_no_group(phrase, expected):
    assert is_group(phrase) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause after a group is its role: its verb follows "that"
        ("But ferry groups that have endorsed him say the crossing should be free.",
         [("ferry groups", "that have endorsed him", "the crossing should be free")]),
        # must find nothing: "that" opens a clause with a subject of its own
        ("The route was cut, a decision that harbour experts say makes the timetable moot.", []),
        ("The levy drew a charge that the harbour leaders say was unfair.", []),
    ],
)
def test_group_with_its_own_relative_clause(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "they" never stands for a place named before
        ("Rowers from Ohio and Iowa arrived on Monday. They said the crossing was a mistake.",
         [("they", "indirect", "the crossing was a mistake")]),
        # must find nothing: a hedge inside a relative clause is no voice (tests/data/gold/README.md)
        ("She gave a speech which even her critics say was the strongest of her term.", []),
        ("Many riders like the new timetable, which they say leaves time for a coffee.", []),
    ],
)
def test_they_and_relative_hedges(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "said the same (thing)" repeats words said before: no content of its own
        ("A chorus of residents has said the same thing, including the ferry pilot Ana Ruiz.", []),
        ("Residents have said the same.", []),
        ("Critics said the same thing about the pier.", []),
        # a clause that opens with "the same" is a content
        ("Critics said the same pier had failed twice.", [("critics", "indirect", "the same pier had failed twice")]),
        ("Critics said the same thing is true of the harbour.", [("critics", "indirect", "the same thing is true of the harbour")]),
    ],
)
def test_the_same_again_is_no_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Each side said the other would be to blame if the ferry stopped.",
         [("each side", "indirect", "the other would be to blame if the ferry stopped")]),
        ("Both sides said the talks had stalled.", [("both sides", "indirect", "the talks had stalled")]),
        # a degree adverb opening a content that reads as a clause
        ("Nils Aberg said nearly every skipper wanted a later timetable.",
         [("Nils Aberg", "indirect", "nearly every skipper wanted a later timetable")]),
        ("Nils Aberg argued roughly half the skippers would leave.",
         [("Nils Aberg", "indirect", "roughly half the skippers would leave")]),
        # must find nothing: the adverb qualifies a time or an object, no clause follows
        ("Nils Aberg said nearly a week ago.", []),
        ("Nils Aberg said barely a word.", []),
        ("Nils Aberg said only a few words.", []),
    ],
)
def test_sides_and_degree_adverbs(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name inside an anonymous source's post-modifier does not make the source that name's property
        ("Another source familiar with Reyes's thinking said the pier would reopen.",
         [("another source familiar with Reyes's thinking", "the pier would reopen")]),
        ("Several people in Ana Ruiz's orbit said the pier would reopen.",
         [("several people in Ana Ruiz's orbit", "the pier would reopen")]),
        # a person's own staff is still theirs
        ("Ana Ruiz's lawyers said the pier would reopen.", [("Ana Ruiz's lawyers", "the pier would reopen")]),
        # a lower-case word before a titled name belongs to the role
        ('The pier row went on. "I fundamentally disagree," said retired Navy Capt. Lena Marsh.',
         [("Lena Marsh", "I fundamentally disagree")]),
        ('The pier row went on. "I disagree," said retired Army Lt. Gen. Mick Bednar, who led the harbour guard.',
         [("Mick Bednar", "I disagree")]),
        ("Former Harbour Gov. Lena Marsh said the pier would reopen.", [("Lena Marsh", "the pier would reopen")]),
    ],
)
def test_sources_and_titled_names(text, expected):
    assert [(speaker, quote) for speaker, _, quote in voices(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Name, description, who said": the name speaks, the description is its role
        ("Jo Lindqvist, a professor of shipping at the city college, who said the pier was old, left early.",
         [("Jo Lindqvist", "a professor of shipping at the city college", "the pier was old")]),
        ("Help came from the harbour master, Jo Lindqvist, who said the pier was old.",
         [("Jo Lindqvist", "", "the pier was old")]),
        # a comma inside a number splits no role
        ("Li Wei, a captain with 700,000 followers and a ferry, said crews should be careful.",
         [("Li Wei", "a captain with 700,000 followers and a ferry", "crews should be careful")]),
        # a phrase cut after a number is no group
        ("A pollster on Ana Ruiz's 2008 campaign, Geoff Marin, said the vote was close.",
         [("Geoff Marin", "a pollster on Ana Ruiz's 2008 campaign", "the vote was close")]),
    ],
)
def test_names_before_descriptions_and_numbers(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "for instance" and "for example" set off after a group with its relative clause are no role
        ("The judges who ruled that the county could not close the pier, for instance, said the problem was the fee.",
         [("the judges", "who ruled that the county could not close the pier", "the problem was the fee")]),
        ("Ana Ruiz, for example, said the fee was fair.", [("Ana Ruiz", "", "the fee was fair")]),
    ],
)
def test_discourse_asides_after_a_group(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "whose" opens a relative clause about the group, complete before the cue
        ("The state officials whose laws have been struck down say the real change has come in the courts.",
         [("the state officials", "whose laws have been struck down", "the real change has come in the courts")]),
        # "those who …" are people by their relative clause alone
        ("But those who back her opponents say the scandal has damaged her.",
         [("those who back her opponents", "", "the scandal has damaged her")]),
        # a name set off from its ", who said" by its age and home town
        ("Nicky Dunn, 24, from Dover, who said Ruiz is best suited to fix the pier, voted early.",
         [("Nicky Dunn", "24, from Dover", "Ruiz is best suited to fix the pier")]),
        # must find nothing: the cue belongs to the relative clause's own subject, or the relative is the subject
        ("The group includes Pastor Dan Scott, a Dover minister whose plan to announce the endorsements of 100 "
         "clergy imploded.", []),
        ("Those who say the pier is safe are wrong.", []),
    ],
)
def test_relative_clauses_that_name_a_group(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count given roughly is still a count of people
        ("At least a dozen harbour officials told the Kell Gazette the pier would be sold.",
         [("at least a dozen harbour officials", "", "the pier would be sold")]),
        ("More than 40 ferry workers said that the night boat should stay.",
         [("more than 40 ferry workers", "", "the night boat should stay")]),
        ("Almost 30 members of the council said that the pier was safe.",
         [("almost 30 members of the council", "", "the pier was safe")]),
        # must find nothing: a share of those polled is a poll's figure, not a voice
        ("About four in 10 voters said the pier should stay.", []),
        ("Nearly eight of 10 voters said the pier should stay.", []),
        ("About 9 percent said they had no preference.", []),
        ("Nearly a third said they did not know.", []),
    ],
)
def test_a_rough_count_before_the_people_counted(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade or field in -ing before people is a modifier, not a participle
        ("But hacking specialists say the leaked files might not be genuine.",
         [("hacking specialists", "", "the leaked files might not be genuine")]),
        ("Banking executives said the harbour loan would be repaid.",
         [("Banking executives", "", "the harbour loan would be repaid")]),
        ("Voting rights advocates said the new rolls were a mistake.",
         [("Voting rights advocates", "", "the new rolls were a mistake")]),
        # any other -ing word opens a participle clause, whatever it names: the subject after it speaks
        ("Echoing harbour workers, the council said the pier was unsafe.",
         [("the council", "", "the pier was unsafe")]),
    ],
)
def test_a_trade_in_ing_before_people(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's name keeps its capital, as the dashboard counts speakers by their written form
        ("Democrats said the harbour levy was unfair.", [("Democrats", "", "the harbour levy was unfair")]),
        ("Republicans -- including Holt -- said the levy was fair.", [("Republicans", "including Holt", "the levy was fair")]),
        # an "including" aside between dashes is the group's, not its speaker
        ("Some harbour economists — including two of the board's own members — warn that the levy could fail.",
         [("some harbour economists", "including two of the board's own members", "the levy could fail")]),
        ("Some harbour economists - including two board members - warn that the levy could fail.",
         [("some harbour economists", "including two board members", "the levy could fail")]),
        # "As X noted" after a coordinator
        ("But as a Gazette reporter noted, the mayor did not fill the hall.",
         [("a Gazette reporter", "", "the mayor did not fill the hall")]),
        # must find nothing: "as" for a time
        ("And as she spoke, the crowd left the hall.", []),
    ],
)
def test_party_names_dash_asides_and_linked_as(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a people, in the plural, speaks as a group: alone, counted, or with a phrase after it
        ("Canadians said the new rules were too strict.", [("Canadians", "indirect", "the new rules were too strict")]),
        ("Many Brazilians say the fine is unfair.", [("many Brazilians", "indirect", "the fine is unfair")]),
        ("Kenyans on the forum said the outage lasted a week.",
         [("Kenyans on the forum", "indirect", "the outage lasted a week")]),
        ("\u201cWe feel at home,\u201d Filipinos on the app said.", [("Filipinos on the app", "direct", "We feel at home")]),
        # must find nothing: a people that only acts, and adjectives that are no people
        ("Canadians flocked to the ferry. Australians followed in May.", []),
        ("The Chinese said little. French fries sold out.", []),
    ],
)
def test_plural_peoples_are_groups(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize("phrase", ["Chinese", "the Japanese", "Ana French"])
def test_a_people_named_by_an_adjective_is_no_group(phrase):
    assert not is_group(phrase)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural noun for people (-ers, -ists, -ians), first or after a counting word, then where they are
        ("Passengers on the night boat said that the timetable was a joke.",
         [("Passengers on the night boat", "indirect", "the timetable was a joke")]),
        ("Some drummers from the harbour band said the parade would go ahead.",
         [("some drummers from the harbour band", "indirect", "the parade would go ahead")]),
        # must find nothing: a verb in -ists before "to", a thing in -ers
        ("No record exists to show the pier was inspected, and the log says nothing.", []),
        ("Papers on the mayor's desk said the pier was unsafe.", []),
    ],
)
def test_plural_people_with_a_phrase_after_them(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # rivals, challengers and incumbents are people who speak; "rival" before a noun is its modifier
        ("Ruiz and her rivals for the council seat have said they will cut the fares if elected.",
         [("Ruiz and her rivals for the council seat", "indirect", "they will cut the fares if elected")]),
        ("Rival harbour candidates criticized the mayor for the late ferries.",
         [("rival harbour candidates", "indirect", "the mayor for the late ferries")]),
        ("The incumbent said the pier was safe.", [("the incumbent", "indirect", "the pier was safe")]),
        # must find nothing: a rival thing is no speaker
        ("A rival app said nothing about the fares.", []),
        # a participle's subject is never found inside its own content: no speaker rather than "workers"
        # (nor the name before the relative clause: "will answer, saying" has said nothing yet)
        ("Ana Ruiz, who won on Tuesday, will answer Reyes, saying his attacks on riders, workers and rivals "
         "make him unfit to lead.", []),
        ("Ana Ruiz answered Reyes, saying his attacks on riders, workers and rivals make him unfit to lead.",
         [("Ana Ruiz", "indirect", "his attacks on riders, workers and rivals make him unfit to lead")]),
    ],
)
def test_rivals_and_participles_with_people_in_their_content(text, expected):
    assert voices(text) == expected
