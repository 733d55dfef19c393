"""Theme tagging: parser (inline fixture) and known answers on the shipped themes.tsv."""

import pytest

from stance.label.themes import load_themes, tag_themes

FIXTURE = """\
# Themes:
# format: not a theme (no rows use it)
# food: eating and cooking
# politics: state power
theme\tterm
politics\tban
politics\tnational security
food\tnoodles
food\tstreet food
politics\tdata
privacy\tdata privacy
"""


@pytest.fixture(scope="module")
def fixture_themes():
    return load_themes(FIXTURE)


def test_parser_keeps_file_order_and_descriptions(fixture_themes):
    assert fixture_themes.ids == ("food", "politics", "privacy")
    assert [t.description for t in fixture_themes] == ["eating and cooking", "state power", ""]
    assert fixture_themes.themes[1].terms == ("ban", "national security", "data")


@pytest.mark.parametrize("text, expected", [
    ("Noodles and a BAN", ("food", "politics")),             # sorted in file order, not text order
    ("a matter of national\nsecurity", ("politics",)),       # phrase across a line break
    ("street food stalls", ("food",)),
    ("data privacy rules", ("politics", "privacy")),         # overlapping terms: both themes
    ("bandwidth and noodle", ()),                            # whole words only
    ("", ()),
])
def test_fixture_known_answers(fixture_themes, text, expected):
    assert tag_themes(text, fixture_themes) == expected


@pytest.mark.parametrize("body, message", [
    ("politics\n", "line 6: expected 'theme<TAB>term'"),
    ("Politics Ban\tban\n", "line 6: bad theme id"),
    ("food\tnoodles\nfood\tNoodles\n", "line 7: duplicate of line 6"),
])
def test_malformed_rows(body, message):
    with pytest.raises(ValueError, match=message):
        load_themes("# food: eating\n\n\n\ntheme\tterm\n" + body)


def test_missing_header():
    with pytest.raises(ValueError, match="line 1: expected header"):
        load_themes("food\tnoodles\n")


# --- the shipped themes.tsv --------------------------------------------------------

SHIPPED_ORDER = ("cultural_exchange", "food_daily_life", "politics_ban", "censorship_moderation",
                 "data_privacy", "platform_algorithm", "creators_business", "language_translation")


def test_shipped_themes_have_descriptions():
    from stance.label.themes import THEMES

    assert tuple(t.id for t in THEMES) == SHIPPED_ORDER
    assert all(t.description and len(t.terms) >= 10 for t in THEMES)


@pytest.mark.parametrize("text, expected", [
    ("Lawmakers passed a ban on national security grounds.", ("politics_ban",)),
    ("We swapped dumpling recipes over a video call.", ("food_daily_life",)),
    ("Where are the servers?", ("data_privacy", "platform_algorithm")),
    ("The app\u2019s privacy policy worries me, and the subtitles are awful.",
     ("data_privacy", "language_translation")),
    ("My income from brand deals dropped.", ("creators_business",)),
    ("Censorship of sensitive topics is common here.", ("censorship_moderation",)),
    ("Exchange students from Ghana cooked dinner for their host family.",
     ("cultural_exchange", "food_daily_life")),
    ("I just think it's lovely.", ()),
    ("The weather was nice and we went for a walk.", ()),
    ("Bananas, blockchain and lawns.", ()),                    # ban/block/law only whole words
])
def test_shipped_known_answers(text, expected):
    assert tag_themes(text) == expected


def test_prefilter_never_drops_a_theme():
    # tag() searches only themes a token could start; it must equal searching all of them.
    import random

    from stance.label.lexicon import fold
    from stance.label.model import load_training_data
    from stance.label.themes import default_themes

    themes = default_themes()

    def every_regex(text):
        norm = fold(text)
        return tuple(t.id for t, rx in zip(themes.themes, themes._regexes) if rx.search(norm))

    texts, _ = load_training_data()
    terms = [term for theme in themes for term in theme.terms]
    rng = random.Random(0)
    samples = list(texts)
    for _ in range(3000):
        words = rng.sample(terms, 2) + rng.choice(texts).split()[:6]
        rng.shuffle(words)
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.upper()
        if rng.random() < 0.3:
            text = text.replace(" ", rng.choice(["-", "", "'s "]), 1)
        if rng.random() < 0.2:
            text = "'" + text
        samples.append(text + rng.choice(["", "s", "es", "ies", "'s", "'", ".", "\u2019s", "'s's"]))
    assert [themes.tag(t) for t in samples] == [every_regex(t) for t in samples]
