"""The cue-verb table (stance/extract/data/cue_verbs.tsv): every cue lemma is a row, every
form belongs to one lemma, known forms give known answers, and a bad table is refused."""

from __future__ import annotations

import re
from collections import Counter
from importlib.resources import files

import pytest

from stance.extract import cues
from stance.extract.cues import CUE_VERBS, FORM_TO_LEMMA, CueTableError, parse_cue_verbs

ROW_LEMMAS = {verb.lemma for verb in CUE_VERBS}
HEADER = "\t".join(cues.COLUMNS)


def row(lemma: str, forms: str, flags: str = "1 1 0 0 0", particle: str = "-", addressee: str = "0") -> str:
    """A table line; flags: direct reported object_content bare_clause participle."""
    return "\t".join([lemma, *flags.split(), particle, addressee, forms])


def test_every_lemma_of_every_derived_set_is_a_row():
    for forms in (cues.DIRECT_FORMS, cues.REPORTED_FORMS, cues.PARTICIPLE_FORMS):
        assert forms and {FORM_TO_LEMMA[form] for form in forms} <= ROW_LEMMAS
    lemma_sets = (cues.OBJECT_CONTENT_LEMMAS, cues.BARE_CLAUSE_LEMMAS, cues.ADDRESSEE_LEMMAS, set(cues.PARTICLE_PATTERNS))
    for lemmas in lemma_sets:
        assert lemmas and lemmas <= ROW_LEMMAS
        # They shape reported content, so each is a reported cue.
        assert lemmas <= {verb.lemma for verb in CUE_VERBS if verb.reported}


def test_every_row_has_forms_and_every_form_one_lemma():
    assert len(CUE_VERBS) == 152
    assert all(verb.forms for verb in CUE_VERBS)
    counts = Counter(form for verb in CUE_VERBS for form in verb.forms)
    assert [form for form, n in counts.items() if n != 1] == []
    assert set(FORM_TO_LEMMA) == set(counts)


@pytest.mark.parametrize(
    "form, lemma, direct, reported",
    [
        ("cautioned", "caution", True, True),
        ("said", "say", True, True),
        ("told", "tell", True, True),
        ("emphasized", "emphasise", True, True),  # both spellings, one lemma
        ("wondered", "wonder", True, False),
        ("asking", "ask", True, True),
        ("cited", "cite", False, True),
        ("feared", "fear", False, True),
        ("pointed", "point", True, True),
        ("clarified", "clarify", True, True),
        ("advised", "advise", True, False),  # "advised on the sale" is a banker's work
    ],
)
def test_known_forms(form, lemma, direct, reported):
    assert FORM_TO_LEMMA[form] == lemma
    assert (form in cues.DIRECT_FORMS) is direct
    assert (form in cues.REPORTED_FORMS) is reported
    assert bool(re.fullmatch(cues.DIRECT_FORMS_RE, form)) is direct
    assert bool(re.fullmatch(cues.REPORTED_FORMS_RE, form)) is reported


def test_known_lemma_properties():
    assert {"say", "tell", "warn", "predict"} <= cues.BARE_CLAUSE_LEMMAS
    assert "cite" not in cues.BARE_CLAUSE_LEMMAS and "add" not in cues.BARE_CLAUSE_LEMMAS
    assert {"urge", "cite", "deny"} <= cues.OBJECT_CONTENT_LEMMAS and "say" not in cues.OBJECT_CONTENT_LEMMAS
    assert cues.ADDRESSEE_LEMMAS == {"tell", "ask", "assure", "reassure", "remind", "inform", "accuse"}
    assert set(cues.PARTICLE_PATTERNS) == {"point", "call"}
    assert cues.PARTICLE_PATTERNS["point"].match(" out that") and not cues.PARTICLE_PATTERNS["point"].match(" outward")
    assert len(cues.PARTICIPLE_FORMS) == 72
    assert {"saying", "arguing", "cautioning", "posting", "asking", "citing", "boasting", "informing", "reminding",
            "contending", "maintaining", "alleging", "countering"} <= cues.PARTICIPLE_FORMS
    assert "hinting" not in cues.PARTICIPLE_FORMS  # "…, hinting the move might fail": often the writer's inference
    assert "whispering" not in cues.PARTICIPLE_FORMS and "whispered" in cues.DIRECT_FORMS  # no -ing form listed
    assert re.fullmatch(cues.PARTICIPLE_RE, "warning") and not re.fullmatch(cues.PARTICIPLE_RE, "warn")


@pytest.mark.parametrize("word", ["unsaid", "Said", "described", "dubbed", "sayings", "", "say "])
def test_words_that_are_no_cue(word):
    assert word not in FORM_TO_LEMMA
    assert not re.fullmatch(cues.DIRECT_FORMS_RE, word) and not re.fullmatch(cues.REPORTED_FORMS_RE, word)


def test_a_small_table_parses_to_its_rows():
    text = "# a comment\n\n" + "\n".join([HEADER, row("say", "say said saying", "1 1 0 1 1"),
                                           row("point", "pointed", "0 1 0 0 0", particle="out")]) + "\n"
    say, point = parse_cue_verbs(text)
    assert (say.lemma, say.forms, say.bare_clause, say.participle_form) == ("say", ("say", "said", "saying"), True, "saying")
    assert (point.particle, point.direct, point.addressee) == ("out", False, False)


def test_a_particle_may_be_one_of_several_words():
    text = "\n".join([HEADER, row("point", "point pointed", "0 1 1 0 0", particle="out|to")]) + "\n"
    (point,) = parse_cue_verbs(text)
    assert point.particle == "out|to"
    assert cues.PARTICLE_PATTERNS["point"].match(" to the pier") and cues.PARTICLE_PATTERNS["point"].match(" out that")
    assert not cues.PARTICLE_PATTERNS["point"].match(" toward the pier")


@pytest.mark.parametrize(
    "lines, line, message",
    [
        (["lemma\tforms"], 1, "header"),
        (["# comment", HEADER, "say\t1\t1\t0\t0\t0\t-\t0"], 3, "8 tab-separated cells, expected 9"),
        ([HEADER, row("say", "say said", "1 yes 0 0 0")], 2, "reported must be 1 or 0, not 'yes'"),
        ([HEADER, row("say", "")], 2, "say has no forms"),
        ([HEADER, row("say", "say Said")], 2, "not lower-case words: ['Said']"),
        ([HEADER, row("Say", "say")], 2, "lemma 'Say'"),
        ([HEADER, row("say", "say said"), "", row("state", "state stated said")], 4, "'said' of state is already a form of say"),
        ([HEADER, row("say", "say said said")], 2, "'said' is listed twice"),
        ([HEADER, row("say", "say"), row("say", "says")], 3, "say has a row already"),
        ([HEADER, row("say", "say said", "1 1 0 0 1")], 2, "not exactly one -ing form"),
        ([HEADER, row("say", "say", "0 0 0 0 0")], 2, "cues nothing"),
        ([HEADER, row("cite", "cite", "1 0 1 0 0")], 2, "not a reported cue"),
        ([HEADER, row("point", "pointed", "0 1 0 0 0", particle="Out")], 2, "particle 'Out'"),
        ([HEADER, row("point", "pointed", "0 1 0 0 0", particle="out|")], 2, "particle 'out|'"),
        ([HEADER, row("point", "pointed", "0 1 0 0 0", particle="out to")], 2, "particle 'out to'"),
        ([HEADER, row("tell", "told", "0 1 0 0 0", particle="out", addressee="1")], 2, "both a particle and an addressee"),
    ],
)
def test_a_malformed_table_raises_naming_the_line(lines, line, message):
    with pytest.raises(CueTableError, match=rf"^bad\.tsv line {line}: .*{re.escape(message)}"):
        parse_cue_verbs("\n".join(lines) + "\n", source="bad.tsv")


@pytest.mark.parametrize("text, message", [("", "bad.tsv: no header"), ("# only a comment\n" + HEADER + "\n", "bad.tsv: no rows")])
def test_an_empty_table_raises(text, message):
    with pytest.raises(CueTableError, match=f"^{message}$"):
        parse_cue_verbs(text, source="bad.tsv")


def test_the_table_ships_as_package_data():
    # Read the way an installed package reads it, not through the source tree's path.
    resource = files("stance.extract").joinpath("data", "cue_verbs.tsv")
    assert resource.is_file()
    assert parse_cue_verbs(resource.read_text(encoding="utf-8")) == CUE_VERBS


def test_trie_alternation_finds_what_the_flat_one_finds():
    """The form alternations are tries for speed; in any pattern they must choose as the flat
    alternation sorted longest first does (a longer word before its own prefix)."""
    import random

    words_sets = (cues.DIRECT_FORMS, cues.REPORTED_FORMS, cues.PARTICIPLE_FORMS, cues.FILLER_WORDS)
    pieces = sorted(set().union(*words_sets)) + [" ", " ", ", ", "s", "ed", "ing", "-", "X", "\n"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for words in words_sets:
        flat = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
        for context in ("(?:{})", r"(?:{})\b", r"(?:{})\s+(?P<rest>\w)", r"(?:(?:{})\s+)*"):
            trie, plain = re.compile(context.format(cues._alternation(words))), re.compile(context.format(flat))
            assert trie.pattern != plain.pattern
            for text in texts:
                assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert all(re.fullmatch(cues._alternation(words), word) for word in words)
