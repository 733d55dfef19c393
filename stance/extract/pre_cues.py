"""Cues before an opening quote mark: `Name said, “…`, `…, saying, “…`, `Said Ana Ruiz, “…`, `Ana Ruiz: “…`.

Split from quotes.py, which decides which spans are voices and calls these for the words before each mark.
Offsets: `position` is absolute, an index into the article text; callers pass the offset of the text they hand in.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from stance.extract.asides import speaker_before_relative, subject_before
from stance.extract.cues import ADDRESSEE_LEMMAS, DIRECT_FORMS, FORM_TO_LEMMA, PARTICIPLE_RE
from stance.extract.inverted import parse_inverted_speaker
from stance.extract.tables import ABBREVIATIONS, FILLER_WORDS, OWNED_WORDS_NOUNS, QUOTED_DOCUMENT_NOUNS, SUBJECT_OF_POSSESSIVE
from stance.extract.documents import parse_document
from stance.extract.roles import without_predicate
from stance.extract.speakers import PhraseKind, SpeakerPhrase, names_a_person, parse_speaker
from stance.extract.statements import ISSUED_DOCUMENT_BEFORE_QUOTE
from stance.extract.subjects import Subject, clause_subject, parse_subject
from stance.extract.verb_group import (
    BE_FORMS, CONTINUING_VERBS, GOING_ON_VERBS, MAX_MEDIUM_WORDS, NOUN_DETERMINERS, NOUN_FORMS, READY_ADJECTIVES, TAKING_VERBS)

# Prepositions that may follow a cue before the quote ("said in Beijing: “").
# and the words of a time: "said last week in Oslo, “…"; "it": "as she put it, “…"
_CUE_TAIL_PREPOSITIONS: Final = frozenset("""to in on at during from of it out back before after last this earlier later yesterday today Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_COORDINATORS: Final = frozenset({"and", "but"})
_MEDIUM_PREPOSITIONS: Final = frozenset("in on via through".split())  # "said in a post": where it was said
_MAX_MEDIUM_NAME_WORDS: Final = 3
DOCUMENT_ONLY_LEMMAS: Final = frozenset({"read"})  # "the email read": a person reading aloud is no source of the words
_MAX_CUE_TAIL_CHARS: Final = 80
_WORD_SPAN: Final = re.compile(r"\S+")
_PRE_CUE_WORDS: Final = 9  # a cue verb before an opening mark stands among its last words
# ", saying, “…", ", tweeting at him, “…": a participle, a few words at most, then the quote
# (the comma may be the last character inside the quote before: "“Morning Joe,” adding, “…"), and
# "by saying, “…" after a verb, "a statement saying, “…" after a document. The words after the
# participle (`tail`) are checked by _participle_tail_fits.
_PARTICIPLE_PRE_CUE: Final = re.compile(
    rf"(?:,\s+|^\s*|\b(?:by|before|after|while)\s+|\b(?:statement|message|letter|note|post|tweet|email|video|release)\s+)"
    rf"(?P<verb>{PARTICIPLE_RE})(?P<tail>(?:\s+[\w’'.\-]+){{0,6}}?)\s*(?P<mark>[,:]?)\s*$"
)
_PARTICIPLE_REACH: Final = 240  # characters
_ISSUED_DOCUMENT_REACH: Final = 90  # "put out a two-page statement late on Monday, “…"
_AT_OR_TO: Final = re.compile(r"\s+(?:at|to)\s+[\w’']+$")
# The person a cue addresses, before the cue's time or place: "reporters", "the Times", "Jo Li on Monday".
_ADDRESSEE: Final = re.compile(r"(?:the\s+|[A-Z][\w’'.\-]*\s+)?[\w’'.\-]+(?:\s+(?:[A-Z][\w’'.\-]*|on|in|at|last|this|after|before|during)\b[^,;:]{0,60})?$")
# "He went on to say, “…": the words between a subject and an infinitive cue.
_GOES_ON_TO: Final = re.compile(
    rf"\s(?:(?:{'|'.join(sorted(CONTINUING_VERBS | GOING_ON_VERBS))})(?:\s+on)?"
    rf"|(?:{'|'.join(sorted(BE_FORMS))})\s+(?:{'|'.join(sorted(READY_ADJECTIVES))}|at\s+pains)"
    rf"|(?:{'|'.join(sorted(TAKING_VERBS))})\s+to(?:\s+[^\s,]+){{1,{MAX_MEDIUM_WORDS}}})\s+to$")
_GOES_ON_REACH: Final = 64  # characters before the cue: "took to social media on Sunday night to"
# Words after which a new clause, and so a new subject, begins ("when she said"); a speaker of
# at most _MAX_OPENED_WORDS words may follow one before a pre-cue.
_CLAUSE_OPENERS: Final = frozenset(
    "when as and but while after before because since once until so then later afterwards finally".split())
_MAX_OPENED_WORDS: Final = 4


class PreCue(NamedTuple):
    """A cue right before an opening mark: `Name said, “…`."""

    speaker: SpeakerPhrase | None  # None: a participle cue, the sentence's subject speaks
    cue: str
    position: int  # of the speaker phrase (absolute)
    punctuated: bool  # a comma or colon stands before the mark


def _participle_tail_fits(participle: re.Match[str]) -> bool:
    """What may stand between a participle cue and the quote: nothing, 'at him', or, before a comma,
    a time or place ("saying at one point,") or whom a telling verb addresses ("telling reporters,")."""
    tail = participle.group("tail")
    if not tail or _AT_OR_TO.fullmatch(tail):
        return True
    if not participle.group("mark") or " that " in f"{tail} ":
        return False
    first = tail.split(None, 1)[0]
    return first in _CUE_TAIL_PREPOSITIONS or (
        FORM_TO_LEMMA[participle.group("verb")] in ADDRESSEE_LEMMAS and bool(_ADDRESSEE.match(tail.strip())))


def _subject_after_opener(core: str, words: list[re.Match[str]], chunk_start: int, last: int) -> Subject | None:
    """The person right after a word that opens a clause, when the whole chunk is no speaker:
    "... when she said, “…", "a voter asked for a photo and Ruiz said, “…", "Later he said, “…".
    `last`: index of the subject's last word; the offset counts from `chunk_start`."""
    for m in range(last - 1, max(-1, last - 1 - _MAX_OPENED_WORDS), -1):
        if words[m].start() < chunk_start:
            return None
        if words[m].group(0).lower() in _CLAUSE_OPENERS:
            start = words[m + 1].start()
            phrase = parse_speaker(core[start : words[last].end()])
            if phrase is not None and names_a_person(phrase):
                return Subject(phrase, start - chunk_start)
            return None
    return None


_DOTTED_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "D.C" before their last period


def _clause_starts(core: str, end: int) -> tuple[int, int]:
    """Where the clause holding core[:end] starts: after the last sentence mark outside a closed bracket
    ("(D-Ill.),"), and, reading a period of an abbreviation or initial as none ("Sen.", "J."), where it
    may start earlier (the same when no such period stands in between)."""
    limit, strict = end, None
    while True:
        at = max(core.rfind(mark, 0, limit) for mark in ".?!;")
        opened = core.rfind("(", 0, at) if at >= 0 else -1
        if opened >= 0 and core.rfind(")", opened, at) < 0 and core.find(")", at, end) >= 0:
            limit = opened  # "(D-Ill.)": the bracket's mark ends no clause
            continue
        strict = at + 1 if strict is None else strict
        word = core[core.rfind(" ", 0, at) + 1 : at] if at >= 0 else ""
        if at >= 0 and core[at] == "." and (len(word) == 1 and word.isupper() or word.lower() in ABBREVIATIONS
                                            or core[at + 1 : at + 2].isalnum() or core[at + 1 : at + 2] == "-"
                                            or _DOTTED_INITIALS.fullmatch(word)):
            limit = at  # "Sen. Richard J. Dunn": an abbreviation or an initial; "Data.ai": a name's own period;
            # "the U.S. Harbour Institute", "the D.C.-based institute": initials
            continue
        return strict, at + 1


def _fuller_name(core: str, start: int, end: int, subject: Subject | None) -> Subject | None:
    """The speaker read from an earlier `start`, when it is a name that ends with the one found
    ("Richard J. Dunn" for "Dunn"), or when none was found; None otherwise."""
    longer = parse_subject(core[start:end])
    if longer is None or longer.phrase.kind is not PhraseKind.NAME or longer.phrase.text.isupper():
        return None  # nor an abbreviation ("Berea, OH, after ..."): a person's name
    if subject is None or longer.phrase.text != subject.phrase.text and (
            longer.phrase.text.endswith(subject.phrase.text) or subject.phrase.text in longer.phrase.role.split(", ")[-1]
            or _inside_aside(core[start:end], longer.phrase.text, subject.phrase.text)):
        return longer  # "Jo Li, an aide to Sen. Ana Ruiz, said": "Ruiz" was read inside Jo Li's role
    return None


def _inside_aside(segment: str, name: str, found: str) -> bool:
    """"Jo Li, asked about Mr. Vale, said": the name found stands after a comma that follows the
    fuller subject's name, in an aside the speaker parse left out."""
    at = segment.find(name)
    comma = segment.find(",", at + len(name)) if at >= 0 else -1
    return comma >= 0 and segment.rfind(found) > comma


def _in_a_medium(words: list[re.Match], k: int) -> bool:
    """Whether word k ends "in a post", "on her blog", "in a Truth Social post": a preposition of the
    medium, a determiner and up to three capitalised words before it ("her answers" may be a verb)."""
    j = k - 1
    while j > 0 and k - j <= _MAX_MEDIUM_NAME_WORDS and words[j].group(0)[:1].isupper():
        j -= 1
    return j > 0 and words[j].group(0).lower() in NOUN_DETERMINERS and words[j - 1].group(0).lower() in _MEDIUM_PREPOSITIONS


def match_pre_cue(before: str, offset: int) -> PreCue | None:
    """The cue right before an opening mark, if any. `offset`: where `before` starts in
    the article text."""
    # The participle, at most six words and a mark stand at the end: only the last characters are
    # searched, and only when they hold "ing" (every participle cue ends in -ing: the cue table checks it).
    reach_start = max(0, len(before) - _PARTICIPLE_REACH)
    participle = _PARTICIPLE_PRE_CUE.search(before, reach_start) if before.find("ing", reach_start) >= 0 else None
    if participle is None and before.endswith(",", 0, len(before.rstrip()) or 1):  # 'X issued a statement, “…'
        issued = ISSUED_DOCUMENT_BEFORE_QUOTE.search(before, max(0, len(before) - _ISSUED_DOCUMENT_REACH))
        if issued:
            subject = subject_before(before, before.find(" ", issued.start()))  # the verb after its subject
            return None if subject is None else PreCue(subject.phrase, " ".join(issued["verb"].split()), offset + subject.offset, True)
    if participle and _participle_tail_fits(participle):
        # "..., the mayor said, adding, “…": the speaker opens the clause before the participle
        subject = clause_subject(before[: participle.start()], latest_first=True, nearest_subordinate=True)
        if subject is None:
            return PreCue(None, participle.group("verb"), offset, True)
        return PreCue(subject.phrase, participle.group("verb"), offset + subject.offset, True)
    # Scan back from the opening mark for the cue verb: a set lookup per word, no
    # regex alternation over every position (that was the extraction hot spot).
    stripped = before.rstrip()
    punctuated = stripped.endswith((",", ":"))
    core = stripped.rstrip(",:").rstrip()
    last_words = core.rsplit(None, _PRE_CUE_WORDS)[-_PRE_CUE_WORDS:]
    if DIRECT_FORMS.isdisjoint(last_words) and ("," not in core or DIRECT_FORMS.isdisjoint(w.rstrip(",") for w in last_words)):
        return None  # no cue verb among the last words: spares most quotes the word positions below
    words = list(_WORD_SPAN.finditer(core))
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _PRE_CUE_WORDS), -1):
        form = words[k].group(0)
        if form not in DIRECT_FORMS:
            form = form.rstrip(",")
            if form not in DIRECT_FORMS or k == len(words) - 1:
                continue
            aside = punctuated  # "said, again smiling, “…": an aside between commas after the cue
        else:
            aside = False
            if form in NOUN_FORMS and _in_a_medium(words, k):
                continue  # "she said in a post, “…": the noun of the circumstance, not the cue
        tail = core[words[k].end():].strip()
        # "told Politico, “…", "told reporters in Iowa, “…": the person addressed may come first.
        addressed = tail and punctuated and FORM_TO_LEMMA[form] in ADDRESSEE_LEMMAS and _ADDRESSEE.match(tail)
        if tail and not addressed and (words[k + 1].group(0) not in _CUE_TAIL_PREPOSITIONS and not words[k + 1].group(0).endswith("ly")
                                       and not aside or len(tail) > _MAX_CUE_TAIL_CHARS
                     or " that" in f" {tail} " or re.search(r"[\u201c\u201d\"]", tail)):
            return None
        j = k - 1
        going_on = _GOES_ON_TO.search(core, max(0, words[k].start() - _GOES_ON_REACH), words[k].start() - 1)
        if going_on:  # "He went on to say": the subject ends before "went"
            while j >= 0 and words[j].start() > going_on.start():
                j -= 1
        while j >= 0 and (words[j].group(0).lower() in FILLER_WORDS or words[j].group(0).endswith("ly") and words[j].group(0).islower()):
            j -= 1  # "has also said", "jokingly said"
        if j < 0:
            return None
        chunk_end = words[j].end()
        chunk_start, earliest = _clause_starts(core, chunk_end)
        parenthesis = core.rfind("(", chunk_start, chunk_end)
        if parenthesis >= 0 and core.find(")", parenthesis, chunk_end) < 0:
            chunk_start = parenthesis + 1  # "(Lina Park once said, “…”)": an aside opens a clause
        # "paused, then said, “…": a comma and "then" join a second predicate as "and" does
        # (else the words before the comma are read as a speaker: "Jo Li, who was off camera, then asked")
        joined = j + 1 < k and words[j + 1].group(0) == "then" and words[j].group(0).endswith(",")
        joined_subject = clause_subject(core[chunk_start : words[j].end() - 1], latest_first=True) if joined else None
        if joined_subject is not None:
            subject = joined_subject
        elif words[j].group(0) in _COORDINATORS:  # "shook her head and said, “…": the clause's subject
            subject = clause_subject(core[chunk_start : words[j].start()], latest_first=True)
        elif words[j].group(0) == "who":  # "the backing of Mike Lund, who declared, “…": the name before it
            found = speaker_before_relative(core, words[j].start())
            subject, chunk_start = (Subject(found[0], 0), found[1]) if found else (None, chunk_start)
        elif FORM_TO_LEMMA[form] in DOCUMENT_ONLY_LEMMAS:
            document = parse_document(core[chunk_start:chunk_end])
            subject = Subject(document, 0) if document else None
        else:
            subject = parse_subject(core[chunk_start:chunk_end]) or _subject_after_opener(core, words, chunk_start, j)
            fuller = _fuller_name(core, earliest, chunk_end, subject) if earliest < chunk_start else None
            if fuller is not None:  # "Sen. Richard J. Dunn (D-Ill.), noting ..., said": his whole name
                subject, chunk_start = fuller, earliest
            if subject is None and (document := parse_document(core[chunk_start:chunk_end])):
                subject = Subject(document, 0)  # 'The letter said, “…”'
        if subject is None:
            return None
        phrase = subject.phrase
        if form.endswith("ing") and ", " in phrase.role:  # "Tom Reyes, a pilot, issued a statement saying, “…"
            phrase = phrase._replace(role=without_predicate(phrase.role))
        return PreCue(phrase, form, offset + chunk_start + subject.offset, punctuated)
    return None


# "Said Ana Ruiz, a neighbour, “…": the cue opens the sentence (or follows "But,") and the speaker
# stands between it and the quote. Read on the last characters before the mark only.
_INVERTED_PRE_CUE: Final = re.compile(
    r"(?:^|[.;!?]\s+|\b(?:[Bb]ut|[Aa]nd|[Yy]et),?\s+)(?P<verb>[Ss]aid|[Ss]ays|[Aa]dded|[Aa]dds|[Aa]sked|[Ww]rote)\s+"
    r"(?P<who>[^.;!?\u201c\u201d\"]*(?:(?<![\w.])[A-Z][a-z]{0,4}\.[^.;!?\u201c\u201d\"]*)*?)\s*,\s*$")
_INVERTED_PRE_WINDOW: Final = 160


def match_inverted_pre_cue(before: str, offset: int) -> PreCue | None:
    """'Said Ana Ruiz, a neighbour, “…' and 'But, said Ruiz, “…': the speaker after the cue."""
    start = max(0, len(before) - _INVERTED_PRE_WINDOW)
    found = _INVERTED_PRE_CUE.search(before, start)
    if not found:
        return None
    phrase = parse_inverted_speaker(found.group("who"))
    if phrase is None or phrase.kind is not PhraseKind.NAME and not names_a_person(phrase):
        return None
    return PreCue(phrase, found.group("verb").lower(), offset + found.start("who"), True)


_NAME_ON_TOPIC: Final = re.compile(r"\s*(?P<name>[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,4})\s+[Oo]n\s+[^,]{1,80}$")


# "The mayor's reply was short:", "Her answer was simple:", "Ana Ruiz's message to the crew was:": words owned
# by their speaker, then "was" and at most three words before the colon.
_OWNED_WORDS: Final = re.compile(
    r"\s*(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[Tt]he\s+)?[\w.\-]+(?:\s+[\w.\-]+){0,3}?)(?:'s|\u2019s|'|\u2019))"
    rf"\s+(?:[a-z]+\s+)?(?:{'|'.join(OWNED_WORDS_NOUNS)})(?:\s+(?:to|for|on)\s+[^:,]{{1,40}}?)?"
    r"\s+(?:was|is|came|were)(?:\s+[a-z]+){0,3}\s*$")


_POSSESSIVE_THEN_WORD: Final = re.compile(r"(?:'s|\u2019s)\s+([a-z]+)(?:\s+([a-z]+))?")  # "Ruiz's letter", "Ruiz's first thoughts"
_OWNER_SPEAKS_THROUGH: Final = frozenset(OWNED_WORDS_NOUNS) | QUOTED_DOCUMENT_NOUNS


def _owner_of_words(chunk: str, chunk_start: int) -> tuple[SpeakerPhrase, int] | None:
    """The speaker who owns the words before a colon ("The mayor's reply was short"), and where it stands."""
    owned = _OWNED_WORDS.match(chunk, chunk_start)
    if owned is None:
        return None
    group = "pronoun" if owned.group("pronoun") else "owner"
    phrase = parse_speaker(SUBJECT_OF_POSSESSIVE[owned.group(group).lower()] if group == "pronoun" else owned.group(group))
    if phrase is None or phrase.text == "they" or not names_a_person(phrase):
        return None
    return phrase, owned.start(group)


def match_colon_intro(before: str, offset: int) -> PreCue | None:
    """'Kasich resisted: “…', 'Ana Ruiz, the mayor: “…': a colon after a clause opened by a
    person, or after a name alone, introduces that person's words."""
    stripped = before.rstrip()
    if not stripped.endswith(":"):
        return None
    chunk = stripped[:-1]
    # A dash between spaces also starts the chunk: "News of the day - Ana Ruiz: “…"
    chunk_start = max(chunk.rfind(mark) for mark in ".?!;\u201d\"") + 1
    for dash in (" - ", " \u2014 "):
        chunk_start = max(chunk_start, chunk.rfind(dash) + 3 if dash in chunk else 0)
    owned_words = _owner_of_words(chunk, chunk_start) if "was" in chunk or "is" in chunk or "came" in chunk else None
    if owned_words is not None:
        return PreCue(owned_words[0], ":", offset + owned_words[1], True)
    alone = parse_speaker(chunk[chunk_start:])
    topic = _NAME_ON_TOPIC.match(chunk, chunk_start) if (
        alone is None and " on " in chunk or " On " in chunk) else None
    if topic:  # headline copy: "Ana Ruiz on the Vote: “…"
        named = parse_speaker(topic.group("name"))
        if named is not None and named.kind is PhraseKind.NAME:
            return PreCue(named, ":", offset + topic.start("name"), True)
    if alone is not None and names_a_person(alone) and alone.text != "they":
        return PreCue(alone, ":", offset + chunk_start + len(chunk[chunk_start:]) - len(chunk[chunk_start:].lstrip()), True)
    subject = clause_subject(chunk[chunk_start:], latest_first=True)
    if subject is None or not names_a_person(subject.phrase) or subject.phrase.text == "they":
        return None  # "they found a page with a message: “…”": no one in particular speaks
    if subject.phrase.text.endswith(("'s", "\u2019s")):
        # "Ana Ruiz's letter makes a case: “…”": her words speak for her; "Ana Ruiz's dog barked: “…”" does not
        owned = _POSSESSIVE_THEN_WORD.search(chunk, chunk_start + subject.offset)
        speaks = owned is not None and not _OWNER_SPEAKS_THROUGH.isdisjoint(owned.groups())
        possessor = parse_speaker(subject.phrase.text[:-2]) if speaks else None
        if possessor is None or not names_a_person(possessor):
            return None
        return PreCue(possessor, ":", offset + chunk_start + subject.offset, True)
    return PreCue(subject.phrase, ":", offset + chunk_start + subject.offset, True)


# "in Ruiz's words," / "in the words of Ana Ruiz," / "in her own words," right before the quote mark.
_IN_WORDS: Final = re.compile(
    r"(?:^|[\s,;:(])[Ii]n\s+(?:(?P<pronoun>his|her|their)(?:\s+own)?|(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})(?:'s|’s|'|’))"
    r"\s+words,?\s*$|(?:^|[\s,;:(])[Ii]n\s+the\s+words\s+of\s+(?P<name>[^,;:.]{2,60}?),?\s*$")
_IN_WORDS_WINDOW: Final = 90


def match_in_words(before: str, offset: int) -> PreCue | None:
    """'in Ruiz's words, “…' and 'in the words of Ana Ruiz, “…': the owner of the words speaks."""
    start = max(0, len(before) - _IN_WORDS_WINDOW)
    if "words" not in before[start:]:
        return None
    found = _IN_WORDS.search(before, start)
    if found is None:
        return None
    group = "pronoun" if found.group("pronoun") else "owner" if found.group("owner") else "name"
    phrase = parse_speaker(SUBJECT_OF_POSSESSIVE[found.group(group)] if group == "pronoun" else found.group(group))
    if phrase is None or phrase.kind is PhraseKind.PRONOUN and phrase.text == "they" or not names_a_person(phrase):
        return None
    return PreCue(phrase, "words", offset + found.start(group), True)

