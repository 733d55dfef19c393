"""Quick tests that spare extraction work: each must agree with the full analysis it stands before."""

from __future__ import annotations

import random

import pytest

from stance.extract.capitals import one_word_kind
from stance.extract.content import TOKEN, ascii_words, token_words
from stance.extract.cue_clauses import cue_verb_after_comma, interjected_cue, inverted_tail_cue, postposed_cue, verb_between_commas
from stance.extract.cue_positions import cue_verbs, token_starts
from stance.extract.spans import Sentence
from stance.extract.state import ArticleState


@pytest.mark.parametrize(("word", "kind"), [
    ("Americans", "run"),  # a group: registered as one
    ("Okafor's", "run"),  # a possessive: owner and thing owned
    ("Okafor\u2019s", "run"),
    ("Okafor", "word"),  # may name someone, but no person by itself
    ("Marisol", "name"),  # a given name may mark a person
    ("Mr.", "name"),  # an honorific opens a name
    ("Indian", ""),  # a nationality adjective names no one
    ("However", ""),  # a sentence word
    ("", ""),
])
def test_one_word_kind(word: str, kind: str) -> None:
    assert one_word_kind(word) == kind


def test_one_word_runs_register_names_but_not_openers() -> None:
    text = "Funding rose at Brightwell on Tuesday. Analysts expect more from Brightwell."
    state = ArticleState("a", text, text)
    for start, end in ((0, 38), (39, len(text))):
        state.register_mentions(Sentence(start, end, 0), text[start:end])
    names = [mention.name for mention in state.registry.mentions]
    assert names == ["Brightwell", "Brightwell"]  # never the openers "Funding" and "Analysts", nor "Tuesday"


@pytest.mark.parametrize(("masked", "expected"), [
    ("The harbour will reopen in May, officials said.", True),
    ("The harbour, said Tomas Reyes, will reopen in May.", True),
    ("The harbour will reopen, said Tomas Reyes, the port director.", True),
    ("Officials said the harbour will reopen in May.", False),  # the verb stands before any comma
    ("The harbour will reopen in May, and the ferries will return.", False),
    ("The harbour will reopen in May, officials said,", True),
    ("", False),
    (",", False),
])
def testcue_verb_after_comma(masked: str, expected: bool) -> None:
    assert cue_verb_after_comma(masked) is expected


@pytest.mark.parametrize("masked", [
    "Officials said the harbour will reopen in May.",
    "The harbour will reopen in May, and the ferries will return.",
    "Said and done, the harbour will reopen in May.",
    "Reports of the closure spread quickly among the crews.",
])
def test_nocue_verb_after_comma_means_no_tail_cue(masked: str) -> None:
    assert not cue_verb_after_comma(masked)
    assert postposed_cue(masked) is None and interjected_cue(masked) is None and inverted_tail_cue(masked) is None


def testcue_verb_after_comma_keeps_the_tail_cues() -> None:
    assert postposed_cue("The harbour will reopen in May, officials said.") is not None
    assert interjected_cue("The harbour, he said, will reopen in May.") is not None
    assert inverted_tail_cue("The harbour will reopen in May, said Tomas Reyes, the port director.") is not None


@pytest.mark.parametrize("text", [
    "", "The harbour will reopen in May, officials said.", "In 2020s-era towns, 120,000 people -- 9said 'so' _x y-z",
    "“░░░░,” Ana Ruiz said.", "The company’s plan", "Café owners", "a\u00a0b", "’s and 's", "--a 9-9 _ '",
])
def test_ascii_words_are_the_token_words(text: str) -> None:
    words = ascii_words(text)
    assert words is None or words == TOKEN.findall(text)
    assert token_words(text) == TOKEN.findall(text)


def test_ascii_words_on_random_text() -> None:
    rng = random.Random(5)
    alphabet = list("aZq09_'- ,.?!$\t\n\u2591\u201c\u201d\u2019é") + ["said", "2020s", "-based", "'s", "İ", "\u00a0"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert token_words(text) == TOKEN.findall(text), text


def test_token_starts_are_the_token_offsets() -> None:
    rng = random.Random(11)
    alphabet = list("aasid ,.'’-_09é\u2591") + ["said", " said ", "aid", "sai", "unsaid"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
        found = list(TOKEN.finditer(text))
        if not found:
            continue
        indices = sorted(rng.sample(range(len(found)), rng.randint(1, len(found))))
        assert token_starts(text, [m.group() for m in found], indices) == [(i, found[i].start()) for i in indices], text


def _random_cue_text(rng: random.Random) -> str:
    pieces = ["said", "says", " said", "he said", "she told", ",", ", ", " ", "\n", ".", "!", "x", "unsaid", "the plan",
              "Ana Ruiz", "will reopen", "said Jo Li", "\u2591", "’", "officials said", "noted", "9", "-", "\u00a0"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))


def test_the_cue_verbs_answer_the_quick_tests_as_the_text_does() -> None:
    """With a sentence's cue verbs known, the after-comma test reads them instead of splitting the
    text, and an interjected cue is tried only with a cue verb between two commas."""
    rng = random.Random(4)
    for _ in range(20000):
        text = _random_cue_text(rng)
        words = TOKEN.findall(text)
        _, verbs = cue_verbs(text, words, True)
        assert cue_verb_after_comma(text, words, verbs) is cue_verb_after_comma(text), text
        assert interjected_cue(text) is None or verb_between_commas(text, verbs), text
