"""Lexicon loader, matching and negation (tiny inline fixture + the shipped lexicon)."""


import pytest

from stance.label.tables import CONTRAST_WEIGHT_FACTOR, NEGATED_WEIGHT_FACTOR, NEGATORS
from stance.label.lexicon import Lexicon, contrast_start, load_lexicon

FIXTURE = """\
# tiny test lexicon
# second comment line
term\tlabel\tweight
ban\tpolitical\t2.0
government\tpolitical\t1.5
fad\tskeptical\t1.5
won't last\tskeptical\t2.0
not the same\tskeptical\t1.0
short-term\tskeptical\t1.0
welcome\twelcoming\t1.0
cultural exchange\twelcoming\t2.0
ideolog*\tpolitical\t1.0
policy\tpolitical\t1.0
tax\tpolitical\t1.0
"""


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon(FIXTURE)


def test_loads_fixture(lex):
    assert len(lex) == 11
    # Every label has a score column, `none` too (no term carries it: no stance has no cue words).
    assert lex.labels == ("welcoming", "skeptical", "political", "none")


@pytest.mark.parametrize("row, message", [
    ("ban\tpolitical", "line 4: expected 3 tab-separated fields"),
    ("ban\tpolitical\t2\textra", "line 4: expected 3"),
    ("ban\tangry\t2", "line 4: label 'angry'"),
    ("ban\tpolitical\theavy", "line 4: weight 'heavy' is not a number"),
    ("ban\tpolitical\tnan", "line 4: weight 'nan' is not finite"),
    ("\tpolitical\t1", "line 4: empty term"),
    ("fad\tskeptical\t1\nFAD\tskeptical\t2", "line 5: duplicate of line 4"),
])
def test_malformed_row_names_the_line(row, message):
    text = "# c\n\nterm\tlabel\tweight\n" + row + "\n"
    with pytest.raises(ValueError, match=message):
        load_lexicon(text, source="lexicon.tsv")


def test_missing_header_is_an_error():
    with pytest.raises(ValueError, match="line 2: expected header"):
        load_lexicon("# c\nban\tpolitical\t2\n")


@pytest.mark.parametrize("text, expected", [
    ("They want to ban the app", {"political": 2.0}),
    ("THE GOVERNMENT should stay out", {"political": 1.5}),
    ("the ban's timing", {"political": 2.0}),                   # possessive still matches
    ("a banned app, a banner ad", {}),                          # whole words only
    ("Honestly it won't last", {"skeptical": 2.0}),             # multiword phrase
    ("Honestly it won\u2019t last", {"skeptical": 2.0}),        # curly apostrophe
    ("it   won't\n last", {"skeptical": 2.0}),                  # any whitespace inside a phrase
    ("It's not the same", {"skeptical": 1.0}),                  # phrase containing a negator
    ("a short term thing", {"skeptical": 1.0}),                 # hyphen matches a space
    ("a short-term thing", {"skeptical": 1.0}),
    ("A real cultural exchange, welcome!", {"welcoming": 3.0}),
    ("foreign ideologies", {"political": 1.0}),                 # trailing * wildcard
    ("two fads and three bans", {"skeptical": 1.5, "political": 2.0}),  # regular plurals
    ("data policies and new taxes", {"political": 2.0}),        # -y -> -ies, -x -> -es
    ("short-terms", {"skeptical": 1.0}),
    ("policys, taxs, fadss", {}),                               # only the regular plural
    ("it is a fadeout", {}),
    ("nothing relevant here", {}),
    ("", {}),
])
def test_scores_known_answers(lex, text, expected):
    scores = lex.scores(text)
    assert set(scores) == {"welcoming", "skeptical", "political", "none"}
    assert scores == pytest.approx({label: expected.get(label, 0.0) for label in scores})


@pytest.mark.parametrize("text, negated", [
    ("It is not a fad", True),
    ("It is never a fad", True),
    ("It isn't a fad", True),                  # any n't token
    ("It isn\u2019t a fad", True),             # curly apostrophe in the negator
    ("hardly just a fad", True),
    ("not just a fad", True),                 # negator 3 tokens before
    ("not really just a fad", False),         # 4 tokens before: outside the window
    ("No, it is a fad", False),               # clause break stops negation
    ("It is a fad", False),
])
def test_negation_flips_weight(lex, text, negated):
    (match,) = lex.matches(text)
    assert match.term == "fad" and match.negated is negated
    expected = NEGATED_WEIGHT_FACTOR * 1.5 if negated else 1.5
    assert lex.scores(text)["skeptical"] == pytest.approx(expected)
    assert lex.counts(text)["skeptical"] == (0 if negated else 1)


def test_negated_welcoming_is_small_negative(lex):
    assert lex.scores("you are not welcome")["welcoming"] == pytest.approx(-0.5)


def test_political_terms_ignore_negation(lex):
    # "no ban" is still about a ban: political terms are topical.
    assert lex.scores("there should be no ban")["political"] == pytest.approx(2.0)


def test_matches_report_terms_and_offsets(lex):
    text = "Not a fad: the Government wants a ban"
    found = [(m.term, m.label, m.negated, text[m.start:m.end]) for m in lex.matches(text)]
    assert found == [("fad", "skeptical", True, "fad"),
                     ("government", "political", False, "Government"),
                     ("ban", "political", False, "ban")]


def test_score_matrix_matches_scores(lex):
    texts = ["not a fad", "ban the government", ""]
    matrix = lex.score_matrix(texts)
    assert matrix.shape == (3, 8)  # scores then counts, labels in LABELS order
    assert matrix[0].tolist() == [0.0, -0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert matrix[1].tolist() == [0.0, 0.0, 3.5, 0.0, 0.0, 0.0, 2.0, 0.0]
    assert matrix[2].tolist() == [0.0] * 8


@pytest.mark.parametrize("text, expected", [
    # The tone cue after the last contrast word is the bottom line and counts double.
    ("A warm welcome, but it won't last", {"welcoming": 1.0, "skeptical": 2.0 * CONTRAST_WEIGHT_FACTOR}),
    ("It's a fad, yet I welcome it", {"skeptical": 1.5, "welcoming": 1.0 * CONTRAST_WEIGHT_FACTOR}),
    ("Odd at first. However, welcome", {"welcoming": CONTRAST_WEIGHT_FACTOR}),
    # Negation still applies inside the emphasised clause.
    ("Fine, but it's not a fad", {"skeptical": NEGATED_WEIGHT_FACTOR * 1.5 * CONTRAST_WEIGHT_FACTOR}),
    # Political cues are topical: a contrast does not weigh them more.
    ("Sad, but the ban stays", {"political": 2.0}),
    # Must weigh nothing more: no contrast word, "not yet", "but also", a contrast that ends the text.
    ("It is not yet a fad", {"skeptical": NEGATED_WEIGHT_FACTOR * 1.5}),
    ("a fad but also a welcome", {"skeptical": 1.5, "welcoming": 1.0}),
    ("a fad, but", {"skeptical": 1.5}),
])
def test_contrast_weighs_the_bottom_line(lex, text, expected):
    scores = lex.scores(text)
    assert scores == pytest.approx({label: expected.get(label, 0.0) for label in scores})


@pytest.mark.parametrize("text, start", [
    ("nice, but odd", len("nice, but")),
    ("nice, but odd, but fun", len("nice, but odd, but")),   # the last contrast wins
    ("big, yet empty", len("big, yet")),
    ("not yet big", 0), ("a butler", 0), ("", 0), ("odd but", 0),
])
def test_contrast_start(text, start):
    assert contrast_start(text) == start


def test_negated_weight_is_a_small_negative():
    assert -1.0 < NEGATED_WEIGHT_FACTOR < 0.0


def test_negators_include_the_basics():
    assert {"not", "no", "never", "n't", "hardly", "without"} <= set(NEGATORS)


def test_shipped_lexicon_loads_and_covers_every_label():
    lex = load_lexicon()
    assert len(lex) >= 30
    assert {e.label for e in lex.entries} == {"welcoming", "skeptical", "political"}


# The audit for real news copy: single words with a common second sense are gone or became
# phrases; the political vocabulary of real coverage is in.
AUDITED_OUT = ("connection", "trend", "kind", "state", "data", "block", "share", "hope", "return", "phase",
               "spike", "servers", "together", "intelligence", "opposition", "understanding", "hello", "vpn")


def test_shipped_lexicon_has_no_polysemous_single_words():
    terms = {e.term for e in load_lexicon().entries}
    assert not terms & set(AUDITED_OUT)
    assert {"just a trend", "the state", "our data", "build bridges", "opposition party"} <= terms


@pytest.mark.parametrize("text, expected", [
    # Must find nothing: everyday senses of the removed words.
    ("a kind of connection to share the trend and the data", []),
    ("downloads spike again as servers return to normal", []),
    # Real political vocabulary.
    ("Lawmakers passed legislation on Tuesday", [("lawmakers", "political", False), ("legislation", "political", False)]),
    ("The Chinese Communist Party", [("chinese communist party", "political", False)]),
    ("the CCP and the far-right", [("ccp", "political", False), ("far-right", "political", False)]),
    # "No. 1" ends its clause at the full stop: not a negation.
    ("It became the No. 1 fad of the winter", [("fad", "skeptical", False)]),
    # A negated worry: the phrase is a welcoming cue, a negated "worried" counts against skeptical.
    ("I'm not worried at all", [("not worried", "welcoming", False)]),
    ("He isn't worried about it", [("worried", "skeptical", True)]),
    # A VPN is logistics, not a frame: must find nothing.
    ("She installed a VPN to reach her old feed", []),
    # News-register hedges and praise.
    ("Whether it lasts remains to be seen", [("remains to be seen", "skeptical", False)]),
    ("It is great to see the square busy again", [("great to see", "welcoming", False)]),
    ("The tram has been a lifeline for night workers", [("lifeline", "welcoming", False)]),
])
def test_shipped_lexicon_known_answers(text, expected):
    assert [(m.term, m.label, m.negated) for m in load_lexicon().matches(text)] == expected


def test_grouped_alternation_finds_what_the_flat_one_finds():
    """compile_terms groups alternatives by first character for speed; the matches must
    be those of the plain alternation (same order of preference within a position)."""
    import re
    from pathlib import Path

    from stance.label.lexicon import compile_terms

    lex = load_lexicon()
    flat = re.compile(rf"(?<!\w)(?<!\w')(?:{'|'.join(lex._patterns)})(?!\w|'(?!s\b)\w)")
    grouped = compile_terms(lex._patterns)
    assert grouped.pattern != flat.pattern
    root = Path(__file__).resolve().parent.parent
    texts = (root / "stance" / "label" / "data" / "train.tsv").read_text(encoding="utf-8").splitlines()
    texts += [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").iterdir()) if p.is_file()]
    texts += ["not the same old ban-free short term pen-pal", "don't ban it", "the bans' effect"]
    for text in texts:
        norm = text.lower()
        assert [m.span() for m in grouped.finditer(norm)] == [m.span() for m in flat.finditer(norm)]


def test_apostrophes_are_normalised_in_place():
    from stance.label.lexicon import fold, normalize

    assert normalize("it\u2019s \u2018x\u2019 \u02bc \u2032") == "it's 'x' ' '"
    assert fold("İt\u2019S") == "İt's"[0] + "t's"  # a character that lowers to two keeps its place


def test_a_lexicon_saved_with_a_byte_order_mark_loads():
    from stance.label.lexicon import parse_lexicon

    entries = parse_lexicon("\ufeffterm\tlabel\tweight\nfad\tskeptical\t2.0\n", "from-excel.tsv")
    assert [(e.term, e.label, e.weight) for e in entries] == [("fad", "skeptical", 2.0)]
