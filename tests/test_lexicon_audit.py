"""Known answers for the audit of the lexicon against general news vocabulary (docs/model.md).

Each new category has a sentence where its term matches; each single word left out or turned into
a phrase because of a common second sense has a sentence in that sense that must find nothing.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from stance.label.lexicon import default_lexicon


def found(text: str) -> list[tuple[str, str, bool]]:
    return [(m.term, m.label, m.negated) for m in default_lexicon().matches(text)]


@pytest.mark.parametrize("text, expected", [
    # Rights, democracy and government power.
    ("Rights groups called the decree undemocratic",
     [("rights groups", "political", False), ("undemocratic", "political", False)]),
    ("It is overreach, plain and simple, and a step toward a police state",
     [("overreach", "political", False), ("police state", "political", False)]),
    ("Dissidents abroad fear the repression will reach them",
     [("dissident", "political", False), ("repression", "political", False)]),
    ("The clampdown on reporters is about state control",
     [("clampdown", "political", False), ("state control", "political", False)]),
    # Propaganda, elections, national security and trade.
    ("Analysts called it an influence campaign timed for the midterm elections",
     [("influence campaign", "political", False), ("midterm elections", "political", False)]),
    ("Voters in swing states were the target", [("voters", "political", False)]),
    ("A new tariff would deepen the trade dispute", [("tariff", "political", False), ("trade dispute", "political", False)]),
    ("The Commerce Department added the firm to its export controls list",
     [("commerce department", "political", False), ("export controls", "political", False)]),
    # Plural forms of existing terms that only matched the plural before.
    ("One politician and one protester spoke", [("politician", "political", False), ("protester", "political", False)]),
    # Doubt, disappointment, annoyance, decline, risk, mockery.
    ("Honestly that sounds like wishful thinking", [("wishful thinking", "skeptical", False)]),
    ("The launch was a let-down and many users felt let down",
     [("a let-down", "skeptical", False), ("felt let down", "skeptical", False)]),
    ("People are fed up with the endless pop-ups", [("fed up", "skeptical", False)]),
    ("The buzz is losing steam and the group chats are dwindling",
     [("losing steam", "skeptical", False), ("dwindling", "skeptical", False)]),
    ("Moving your savings there is risky, a real red flag",
     [("risky", "skeptical", False), ("red flag", "skeptical", False)]),
    ("It is a publicity stunt for people with fear of missing out",
     [("publicity stunt", "skeptical", False), ("fear of missing out", "skeptical", False)]),
    # Enthusiasm, delight, belonging, curiosity, relief, hope.
    ("I was blown away and honestly pleasantly surprised",
     [("blown away", "welcoming", False), ("pleasantly surprised", "welcoming", False)]),
    ("There is a real sense of community here; I found my people",
     [("sense of community", "welcoming", False), ("found my people", "welcoming", False)]),
    ("The tour was eye-opening and I am eager to learn more",
     [("eye-opening", "welcoming", False), ("eager to learn", "welcoming", False)]),
    ("We were so relieved, and I am optimistic about spring",
     [("so relieved", "welcoming", False), ("optimistic", "welcoming", False)]),
    # Negation still flips a tone cue.
    ("I'm not optimistic about it", [("optimistic", "welcoming", True)]),
])
def test_audited_terms_match(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # Second senses of words left out or kept only in a phrase: must find nothing.
    "The firm declined to comment on Tuesday.",
    "Her big brother drove her to the airport.",
    "The students sat their midterms on Friday.",
    "The city set up a relief fund after the floods.",
    "He was relieved of his duties in March.",
    "Let down the ladder slowly.",
    "The update is encouraging users to add a second password.",
    "She uses a VPN to connect with the office network.",
    "The influencer campaign reached two million views.",
    "The sofa would not fit in the lift.",
    "We heard a blast from the quarry at noon.",
    "The firm has the clout to negotiate lower prices.",
    "The road crashes fell by a tenth and the new build fixed the bugs.",
    "The excitement of the final carried into the night.",
])
def test_second_senses_find_nothing(text: str) -> None:
    assert found(text) == []


def test_words_with_a_second_sense_stay_out() -> None:
    terms = {entry.term for entry in default_lexicon().entries}
    assert not terms & {"relief", "relieved", "let down", "midterms", "big brother", "clout", "connect with",
                        "encouraging", "fit in", "hyped", "excitement", "funny", "cute", "statute", "bugs"}
