"""Cue-verb lookups derived from the rule tables in constants.py."""

from __future__ import annotations

import re

from stance.extract.tables import DIRECT_CUE_LEMMAS, REPORTED_CUE_LEMMAS, SPEECH_VERBS

FORM_TO_LEMMA: dict[str, str] = {form: lemma for lemma, forms in SPEECH_VERBS.items() for form in forms}
DIRECT_FORMS: frozenset[str] = frozenset(f for f, lemma in FORM_TO_LEMMA.items() if lemma in DIRECT_CUE_LEMMAS)
REPORTED_FORMS: frozenset[str] = frozenset(f for f, lemma in FORM_TO_LEMMA.items() if lemma in REPORTED_CUE_LEMMAS)

# Verbs whose reported content may follow with no "that" ("said the law was ...").
BARE_CLAUSE_LEMMAS: frozenset[str] = frozenset(
    """say tell believe think argue warn insist claim suggest fear hope contend assert estimate allege
    concede acknowledge admit predict""".split()
)
# Adverbs and auxiliaries allowed between a subject and its cue ("has also warned").
FILLER_WORDS: frozenset[str] = frozenset(
    """has have had is are was were will would could should may might can did does do also just then
    later once previously recently reportedly publicly repeatedly often even already further again
    first once separately privately openly frequently simply only""".split()
)
NEGATIONS: frozenset[str] = frozenset({"not", "never", "n't"})
PASSIVE_AUX: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


DIRECT_FORMS_RE: str = _alternation(DIRECT_FORMS)
REPORTED_FORMS_RE: str = _alternation(REPORTED_FORMS)
FILLER_RE: str = _alternation(FILLER_WORDS)
