"""Quoted characterisations: 'called it “a disgrace”', 'described the plan as “reckless”', ', calling him
“…”'. The speaker is the clause's subject; the content is the object and the quote.

Offsets count from the masked sentence's first character (see content.py).
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.asides import SUBJECT_WINDOW, named_before_appositive, speaker_before_relative, subject_before
from stance.extract.content import MASK, LocalCue
from stance.extract.roles import lower_determiner
from stance.extract.speakers import PhraseKind, parse_speaker
from stance.extract.subjects import Subject
from stance.extract.tables import DOCUMENT_NOUNS, PASSIVE_AUX

__all__ = ["CHARACTERISING_FORMS", "characterisation_cues", "may_describe"]

# "called it “…”", "describing the plan as “…”": a verb (its word boundary tested as in asides._PARTICIPLE), its
# object (a pronoun or a short phrase), "as" at most, and an opening quote mark. A longer noun phrase
# ("described the sudden rise in orders as “…”", "called her handling of the accounts “…”") opens with a
# determiner or a possessive and runs at most thirteen words, up to the mark, with no "and" (two phrases).
# A short object may have an article before the mark: "called him a “liar”", "calls Dover the “capital”".
_CHARACTERISATION: Final = re.compile(
    r"(?P<verb>c(?<!\w\w)all(?:s|ed|ing)|d(?<!\w\w)escrib(?:es|ed|ing)|l(?<!\w\w)abel(?:s|ed|led|ing|ling)"
    r"|b(?<!\w\w)rand(?:s|ed|ing)|d(?<!\w\w)eem(?:s|ed|ing))\s+"
    r"(?:(?P<object>it|them|him|her|this|that|(?:the|his|her|their|its|a|an)\s+[\w’'\-]+(?:\s+[\w\-]+)?"
    r"|[A-Z][\w.\-]*[’']s\s+[a-z][\w\-]*|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})"
    r"\s+(?:as\s+(?:an?\s+|the\s+)?|(?:an?|the)\s+)?|(?P<long_object>(?:the|his|her|their|its|a|an|this|that|[A-Z][\w.\-]*[’']s)(?:\s+(?!and\s)[\w’'\-$.%]+){2,12})"
    r"\s+(?:as\s+(?:an?\s+|the\s+)?)?|as\s+(?:an?\s+|the\s+)?)(?:[\u201c\"\u00ab]|'')"
)
_PROGRESSIVE_BEFORE: Final = re.compile(r"\b(?:is|are|was|were|been)\s+$")
_PASSIVE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(PASSIVE_AUX))})\s+$")  # "has been called “…” by"
_CHARACTERISING_STEMS: Final = ("call", "describ", "label", "brand", "deem", "haracteri")
CHARACTERISING_FORMS: Final = frozenset(
    "calls called calling describes described describing labels labeled labelled labeling labelling brands branded branding "
    "deems deemed deeming characterizes characterized characterises characterised".split()
)
# Without quote marks, only "described / characterized X as Y" characterises for sure ("called the police" does
# not): a finite verb, a short object, "as" (not "as well", "as long as"), and Y up to a comma or the end.
DESCRIBING_FORMS: Final = frozenset("""describes described describing characterizes characterized characterizing characterises
    characterised characterising""".split())
_DESCRIBED_AS: Final = re.compile(
    r"\b(?P<verb>describ(?:es|ed|ing)|characteri[sz](?:es|ed|ing))\s+"
    r"(?P<object>it|them|him|her|this|that|herself|himself|themselves|itself"
    r"|(?:the|his|her|their|its|a|an|this|that)\s+[\w’'\-]+(?:\s+(?!as\b)[\w’'\-]+){0,3}?|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})"
    r"\s+as\s+(?!(?:well|much|many|long|soon|far|if|though|of)\b)[^,;:\u201c\"\u00ab]*?[\w\-]+"
    r"(?=\s*(?:[,;:.!?]|$)|\s+(?:and|but)\s+(?:has|have|had|is|was|were|said|says|will|would|did)\b)"  # "… and has said"
)
_MASK_RUN: Final = re.compile(MASK + "*")
# "check out what he called “…”", "what the mayor described as “…”": the subject of a "what" clause stands
# right after "what", inside the clause that the verb ends (up to four words).
_WHAT_CLAUSE_SUBJECT: Final = re.compile(r"\bwhat\s+(?P<subject>[\w’'.\-]+(?:\s+[\w’'.\-]+){0,3})\s+$", re.IGNORECASE)
_WHAT_CLAUSE_REACH: Final = 60


def characterisation_cues(masked: str) -> list[tuple[LocalCue, int]]:
    """'called it “a disgrace”', 'described the plan as “reckless”', ', calling him “…”': a quoted
    characterisation, said by the clause's subject; the content is the object and the quote. Each
    comes with where an earlier content must end (-1: none, for a finite verb)."""
    cues: list[tuple[LocalCue, int]] = []
    if not any(stem in masked for stem in _CHARACTERISING_STEMS):
        return cues  # no verb of _CHARACTERISATION: its scan tries every position
    for found in _CHARACTERISATION.finditer(masked):
        close = _MASK_RUN.match(masked, found.end()).end()  # type: ignore[union-attr]  # the closing mark follows the masked words
        ing = found.group("verb").endswith("ing")  # ("is calling it “…”" is a finite verb, its subject before "is")
        participle = ing and not _PROGRESSIVE_BEFORE.search(masked, max(0, found.start() - 8), found.start())
        if not ing and _PASSIVE_BEFORE.search(masked, max(0, found.start() - 8), found.start()):
            continue  # "has been called “a fraud” by critics": the subject is not the speaker
        begins = masked.rfind(",", max(0, found.start() - SUBJECT_WINDOW), found.start()) if participle else -1
        subject = None if participle else _what_clause_subject(masked, found.start("verb"))
        verb_start = found.start("verb")
        relative = None if participle or subject is not None else \
            _RELATIVE_BEFORE.search(masked, max(0, verb_start - _RELATIVE_REACH), verb_start)
        if relative is not None:
            subject = _relative_speaker(masked, relative)
            if subject is None:
                continue  # ", which calls …" after no named body: a document or a thing characterises nothing
        subject = subject or subject_before(masked, begins if participle and begins >= 0 else found.end("verb"))
        if participle and subject is not None and subject.phrase.kind is PhraseKind.GROUP:
            # '“…,” says Ana Ruiz, a ferry rider, describing …': the name before the appositive, as for other participles
            subject = named_before_appositive(masked, subject, found.start()) or subject
        if subject is None and not participle:
            subject = _opening_name(masked, found.start("verb"))
        if subject is None or subject.phrase.text.endswith(("'s", "\u2019s")):
            continue  # "Gab’s claims …, which calls Gab an “…”": an owner is no clause's subject
        object_start = found.start("object") if found.group("object") else found.start("long_object")
        start = object_start if object_start >= 0 else found.end("verb")
        close += 2 if found.group(0).endswith("''") else 1  # '' closes as it opened: two characters
        cues.append((LocalCue(subject.phrase, found.group("verb"), start, min(close, len(masked)), subject.offset), begins))
    if may_describe(masked):
        cues.extend((cue, -1) for cue in _unquoted_descriptions(masked))
    return cues


_WITH_SUBJECT: Final = re.compile(r"\bwith\s+(?P<who>[\w’'.\-]+(?:\s+[\w’'.\-]+){0,3})\s+$")
_WITH_REACH: Final = 60  # characters before a participle in which "with" and its four words stand
_COORDINATED: Final = re.compile(r"\s(?:and|but|or)\s")


def _describer(masked: str, found: re.Match[str]) -> Subject | None:
    """Who describes: the clause's subject; for a participle, who stands after "with" ("with many describing")
    or the subject before the participle's comma ("Ruiz left, describing")."""
    if not found.group("verb").endswith("ing"):
        return _whole_subject(masked, found.start())
    with_who = _WITH_SUBJECT.search(masked, max(0, found.start() - _WITH_REACH), found.start())
    if with_who is not None:
        phrase = parse_speaker(with_who["who"])
        return Subject(phrase, with_who.start("who")) if phrase is not None else None
    comma = masked.rfind(",", 0, found.start())
    return subject_before(masked, comma) if comma > 0 and not masked[comma + 1 : found.start()].strip() else None


_OPENING_PREPOSITIONS: Final = frozenset("among in on at for after before during with without despite unlike like of from by since under over".split())
_BEFORE_VERB: Final = frozenset("has have had also often once repeatedly publicly privately later then".split())


def _whole_subject(masked: str, verb_start: int) -> Subject | None:
    """The speaker that all the words from a clause's start to the verb name, past auxiliaries and adverbs
    ("Ana Ruiz, the harbour master, has repeatedly"); None for a phrase that names no one ("More than 6 in
    10 riders") or runs over another verb ("Reyes wants the board to sack Ruiz and has")."""
    end = verb_start
    while True:
        space = masked.rfind(" ", 0, end - 1)
        word = masked[space + 1 : end].strip()
        if space < 0 or not (word in _BEFORE_VERB or word.endswith("ly") and word.islower()):
            break
        end = space + 1
    window = max(0, end - SUBJECT_WINDOW)  # (a subject stands within reach: linear time on any sentence)
    starts = [0] if not window else []
    starts += [comma + 1 for comma in range(window, end) if masked[comma] == ","]
    if starts[:1] == [0] and masked[: masked.find(" ") + 1].lower().strip() in _OPENING_PREPOSITIONS:
        starts = starts[1:]  # "Among Democrats, two-thirds of voters": a phrase of place or time opens no subject
    for start in starts:
        phrase = parse_speaker(masked[start:end].strip())
        if phrase is not None:
            return Subject(phrase, start + len(masked[start:end]) - len(masked[start:end].lstrip()))
    return None


def may_describe(masked: str) -> bool:
    """Whether a sentence may hold "described / characterized X as Y" (quick substring tests)."""
    return "escrib" in masked or "haracteri" in masked


def _unquoted_descriptions(masked: str) -> list[LocalCue]:
    """'Many described the move as draconian': the subject said the object is what follows "as"."""
    cues = []
    for found in _DESCRIBED_AS.finditer(masked):
        if MASK in found.group() or _PASSIVE_BEFORE.search(masked, max(0, found.start() - 8), found.start()):
            continue  # a quoted one is read above; "was described as …" names no speaker here
        subject = _describer(masked, found)
        if subject is None or subject.phrase.text.endswith(("'s", "\u2019s")) or _COORDINATED.search(
                masked, subject.offset + len(subject.phrase.text), found.start()):
            continue  # "asked leaders to drop Mr. Trump and has called him …": the subject found is an object
        if not DOCUMENT_NOUNS.isdisjoint(subject.phrase.text.lower().split()):
            continue  # "media reports and party sources described …": a document says nothing without its source
        cues.append(LocalCue(subject.phrase, found.group("verb"), found.start("object"), found.end(), subject.offset))
    return cues


_RELATIVE_BEFORE: Final = re.compile(r",\s*(?P<word>who|which)\s+(?:(?:has|have|had|also|often|once|repeatedly|publicly|later|earlier)\s+){0,3}$")
_RELATIVE_REACH: Final = 60


def _relative_speaker(masked: str, relative: re.Match[str]) -> Subject | None:
    """'…, Ana Ruiz, who calls it “…”': the phrase before ", who" (a _RELATIVE_BEFORE match) speaks; after
    ", which" only a named body. None when nobody does."""
    found = speaker_before_relative(masked, relative.start("word"))
    if found is None or relative["word"] == "which" and found[0].kind is not PhraseKind.NAME:
        return None
    phrase = found[0]._replace(text=lower_determiner(found[0].text))  # "the Harbour Trust", as other voices give it
    return Subject(phrase, found[1])


def _opening_name(masked: str, verb_start: int) -> Subject | None:
    """'Ana Ruiz, who ran the line for years, called her “…”': a name and its appositive or relative clause
    open the sentence and run to the verb."""
    phrase = parse_speaker(masked[:verb_start]) if 0 < masked.find(",", 0, verb_start) else None
    return Subject(phrase, 0) if phrase is not None and phrase.kind is PhraseKind.NAME and phrase.role else None


def _what_clause_subject(masked: str, verb_start: int) -> Subject | None:
    """'… what he called “…”': the speaker between "what" and the verb."""
    clause = _WHAT_CLAUSE_SUBJECT.search(masked, max(0, verb_start - _WHAT_CLAUSE_REACH), verb_start)
    phrase = parse_speaker(clause["subject"]) if clause else None
    return Subject(phrase, clause.start("subject")) if phrase is not None else None  # type: ignore[union-attr]
