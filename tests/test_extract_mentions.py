"""Whether a capitalised word stands mid-sentence: a name, not just a sentence opener."""

import pytest

from stance.extract.mentions import MIDSENTENCE_CAPITAL, stands_midsentence_in
from stance.extract.state import ArticleState

TEXT = "Rain fell on Oslo, Bergen; Tromsø stayed dry.\nOslo-based crews said Kiel. Bergen's port left.\nNarvik"


@pytest.mark.parametrize(("word", "expected"), [
    ("Oslo", True),  # "on Oslo"
    ("Bergen", True),  # "Oslo, Bergen"
    ("Tromsø", True),  # "Bergen; Tromsø"
    ("Kiel", True),  # "said Kiel."
    ("Rain", False),  # opens the text only
    ("Narvik", False),  # opens a paragraph only
    ("Osl", False),  # part of a word is not the word
    ("Bergen's", False),  # opens a sentence
    ("Crews", False),  # case counts: "crews" is another word
    ("New York", False),  # never one word
    ("", False),
    ("oslo", False),  # not capitalised
])
def test_stands_midsentence_known_answers(word, expected):
    assert stands_midsentence_in(TEXT, word) is expected
    assert (word in set(MIDSENTENCE_CAPITAL.findall(TEXT))) is expected


def test_word_must_end_where_the_name_ends():
    assert not stands_midsentence_in("met Ana_B and Ana-Maria and Anabel", "Ana")
    assert stands_midsentence_in("met Ana_B and Ana", "Ana")  # at the very end of the text
    assert not stands_midsentence_in("Ana met  Ana", "Ana")  # two spaces: no word right before
    assert not stands_midsentence_in("2 Ana", "Ana")  # a digit is no lower-case word


def test_article_state_answers_the_same_past_its_search_limit():
    words = [f"Name{k}" for k in range(40)]
    text = " ".join(f"met {word}." if k % 2 else f"{word} left." for k, word in enumerate(words))
    state = ArticleState("a", text, text)
    answers = [state.stands_midsentence(word) for word in words]
    assert answers == [bool(k % 2) for k in range(40)]
    assert state._midsentence_capitals is not None  # the one pass took over after the searches
    assert state.stands_midsentence("Name1") and not state.stands_midsentence("Name0")
