"""Reported speech: voices with no quote marks, or with only a quoted fragment.

Works on one sentence in which quoted text has been masked, so that cue verbs and
commas inside quotes are not seen. Patterns, most specific first:
  According to X, CONTENT. / CONTENT, according to X.    As X noted, CONTENT.
  CONTENT, X said.        X[, role,] (has) warned (that) CONTENT.    X ..., arguing that CONTENT.

Offsets: the patterns work inside the sentence (a _LocalCue counts from the sentence's
first character); reported_cues adds the sentence's start once, so every ReportedCue
that leaves this module is absolute, an index into the article text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from typing import NamedTuple

from stance.extract.cues import (
    ADDRESSEE_LEMMAS,
    BARE_CLAUSE_LEMMAS,
    FORM_TO_LEMMA,
    OBJECT_CONTENT_LEMMAS,
    PARTICLE_PATTERNS,
    PARTICIPLE_RE,
    REPORTED_FORMS,
    REPORTED_FORMS_RE,
    verbs_after_subject,
)
from stance.extract.tables import CONTENT_PREPOSITIONS, FILLER_WORDS, NEGATIONS, PASSIVE_AUX
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker

MASK = "\u2591"
# The longest subject we look at: a name with a long appositive role fits easily.
_MAX_SUBJECT_CHARS = 160  # stands in for quoted characters; never a word character


class ReportedCue(NamedTuple):
    """A reported-speech voice of one sentence; offsets are absolute (into the article text)."""

    speaker: SpeakerPhrase | None  # None: the subject of the sentence
    cue: str
    start: int  # of the content
    end: int
    position: int  # of the speaker phrase


class _LocalCue(NamedTuple):
    """A ReportedCue while it is being found: offsets count from the sentence's start."""

    speaker: SpeakerPhrase | None
    cue: str
    start: int
    end: int
    position: int


_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
_SUBORDINATORS = re.compile(r"^(?:while|whereas|although|though|because|since|as|if|when)\b", re.IGNORECASE)
_ACCORDING_FRONT = re.compile(r"^(?:\W*)(?:[A-Z][a-z]+,\s+)?[Aa]ccording to (?P<who>[^,]+?)(?:,(?P<role>\s+an?\s+[^,]+?))?,\s+(?P<content>\S.*)$", re.DOTALL)
# `CONTENT, according to WHO[, ROLE].` and `According to WHO[, ROLE].` alone: the cue; the
# speaker and role are read by _who_and_role. `As WHO noted, CONTENT.`: _as_noted.
_ACCORDING_BACK_CUE = re.compile(r"[,.;]\s+according to ")
_ACCORDING_ALONE_CUE = re.compile(r"\W*according to ", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[\s.!?]*")  # matched on the reversed text
_COMMA = re.compile(",")
_REPORTED_FORM = re.compile(REPORTED_FORMS_RE)
_COMMA_THEN_CONTENT = re.compile(r",\s+(?=\S)")
# Words that may follow a post-posed cue: "..., officials told Reuters on Monday."
_CUE_TRAILERS = frozenset("to in on at during last this earlier later".split())
_REPORT_BY = re.compile(r"^(?:an?|the|one|recent)?\s*(?:report|study|survey|analysis|statement)s?\s+(?:by|from|in)\s+(?P<who>.+)$", re.IGNORECASE)
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*", re.IGNORECASE)
_ADDRESSEE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}|reporters|journalists|lawmakers|the\s+\w+|an?\s+\w+(?:\s+\w+)?|him|her|them|us|me)\b", re.DOTALL)
# At most eight in a row ("in a statement on Monday" is two): a long run of them is no
# sentence, and each cue verb after it would read the run again.
_CIRCUMSTANCE = re.compile(
    r"\s*,?\s*(?:(?:(?:in|at|during|via|over|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+)?"
    r"(?:statement|interview|post|posts|video|videos|podcast|letter|email|blog|briefing|conference|hearing|speech|thread|tweet|call)"
    r"|on\s+(?:\w+day|social media|Twitter|X|Facebook|Instagram|TikTok|Weibo|television|TV|radio)"
    r"|(?:last|this|earlier|later|next)\s+(?:week|month|year|morning|afternoon|evening|weekend)"
    r"|(?:yesterday|today|recently|publicly|privately|repeatedly))\s*,?\s*){1,8}",
    re.IGNORECASE,
)
_WH = re.compile(r"\s*(?:whether|how|why|what|if)\b", re.IGNORECASE)
_COLON = re.compile(r"\s*:\s*")
_SPACES = re.compile(r"\s*")
# The longest word of CONTENT_PREPOSITIONS: a longer first word is none of them.
_LONGEST_PREPOSITION = max(map(len, CONTENT_PREPOSITIONS))
_CLAUSE_BREAK = re.compile(r"[,;:\u2014(]\s*")
_PARTICIPLE = re.compile(rf",\s+(?P<verb>{PARTICIPLE_RE})\b(?P<that>\s+that\b)?")


def _who(text: str) -> SpeakerPhrase | None:
    text = text.strip()
    report = _REPORT_BY.match(text)
    if report:
        text = report.group("who")
    return parse_speaker(text)


def _trim(masked: str, start: int, end: int) -> tuple[int, int]:
    while start < end and masked[start] in " ,:;\u2014\u2013":
        start += 1
    while end > start and masked[end - 1] in " .,;:!?\u2014\u2013":
        end -= 1
    return start, end


def _content_after_verb(masked: str, verb_end: int, lemma: str) -> int | None:
    """Where the reported content starts after the cue verb, or None if it has none.
    Reads only the few words after the verb (patterns matched in place, no slice of the rest)."""
    position = verb_end
    if lemma in PARTICLE_PATTERNS:  # "pointed out", "called for"
        particle = PARTICLE_PATTERNS[lemma].match(masked, position)
        if not particle:
            return None
        position = particle.end()
    elif lemma in ADDRESSEE_LEMMAS:
        addressee = _ADDRESSEE.match(masked, position)
        if not addressee:
            return None
        position = addressee.end()
    circumstance = _CIRCUMSTANCE.match(masked, position)
    if circumstance:
        after = circumstance.end()
        # "stressed in an interview that ...": skip the circumstance when a that-clause follows;
        # for object verbs ("highlighted in red") the circumstance may be the content itself.
        if lemma not in OBJECT_CONTENT_LEMMAS or _THAT.match(masked, after) or _COLON.match(masked, after):
            position = after
    for pattern in (_THAT, _COLON):
        found = pattern.match(masked, position)
        if found:
            return found.end()
    lead = _SPACES.match(masked, position).end()
    first = masked[lead : lead + _LONGEST_PREPOSITION + 1].split(" ", 1)[0].lower()
    if first in CONTENT_PREPOSITIONS or _WH.match(masked, position) or lemma in OBJECT_CONTENT_LEMMAS:
        return lead
    if lemma in BARE_CLAUSE_LEMMAS and masked[lead : lead + 1] not in ("", ",", ".", MASK):
        return lead
    return None


def _clause_starts(masked: str) -> tuple[list[int], list[int]]:
    """Candidate starts of a subject: the sentence start, then after each comma (or ; : — ( ),
    as (starts, ends of the breaks); a subject ending at `e` may start at 0 or at any break
    end before `e` (a break never runs into the word that ends a subject)."""
    ends = [m.end() for m in _CLAUSE_BREAK.finditer(masked)]
    return [0] + ends, ends


def _finite_verb_cues(masked: str, words: list[str]) -> list[_LocalCue]:
    cues = []
    hits = [i for i, word in enumerate(words) if word in REPORTED_FORMS]
    if not hits:
        return cues
    # Offsets, only for sentences with a cue verb and only up to the last one.
    tokens = list(islice(_TOKEN.finditer(masked), hits[-1] + 1))
    # Per cue verb already walked back from: (where its walk stopped, negated, passive). A walk
    # that reaches an earlier cue verb ("reply" ends in -ly) goes on from where that one stopped.
    walks: dict[int, tuple[int, bool, bool]] = {}
    clause_starts: tuple[list[int], list[int]] | None = None  # built once, for the first verb that needs it
    for index in hits:
        token = tokens[index]
        form = words[index]
        lemma = FORM_TO_LEMMA[form]
        # Walk back over auxiliaries and adverbs (no comma between) to where the subject ends.
        j = index - 1
        negated = passive = False
        first_skipped = tokens[j].group(0).lower() if j >= 0 else ""
        while j >= 0:
            word = tokens[j].group(0).lower()
            if not (word in FILLER_WORDS or word in NEGATIONS or word.endswith("ly")) or "," in masked[tokens[j].end():tokens[j + 1].start()]:
                break
            negated = negated or word in NEGATIONS
            passive = passive or word in PASSIVE_AUX
            if j in walks:
                j, was_negated, was_passive = walks[j]
                negated, passive = negated or was_negated, passive or was_passive
                break
            j -= 1
        walks[index] = (j, negated, passive)
        if negated:
            continue
        if form.endswith("ing") and not passive:
            continue  # a participle, handled by _participle_cues
        if not form.endswith("ing") and j < index - 1 and first_skipped in PASSIVE_AUX:
            continue  # passive: "it was reported that"
        if j < 0:
            continue
        subject_end = tokens[j].end()
        content_start = _content_after_verb(masked, token.end(), lemma)
        if content_start is None:
            continue
        # A subject longer than _MAX_SUBJECT_CHARS is a clause, not a speaker with its appositive:
        # only the starts within that distance of the subject's end are tried, in order.
        starts, break_ends = clause_starts = clause_starts or _clause_starts(masked)
        first = 0 if subject_end <= _MAX_SUBJECT_CHARS else 1 + bisect_left(break_ends, subject_end - _MAX_SUBJECT_CHARS)
        for start in starts[first : 1 + bisect_left(break_ends, subject_end)]:
            phrase = parse_speaker(masked[start:subject_end])
            if phrase is None:
                continue
            end = len(masked)
            if _SUBORDINATORS.match(masked[start:].lstrip()) and start == 0:
                comma = masked.find(",", content_start)
                end = comma if comma > 0 else end
            cues.append(_LocalCue(phrase, form, content_start, end, start))
            break
        if cues:
            break
    return cues


class _CueClause(NamedTuple):
    subject: str  # the words naming the speaker
    verb: str


def _split_cue_clause(clause: str) -> _CueClause | None:
    """'officials said on Monday' -> ('officials', 'said'); 'said the ministry' -> ('the ministry', 'said')."""
    words = clause.split()
    if not words:
        return None
    if words[0] in REPORTED_FORMS:  # inverted: "said the ministry"
        end = next((i for i, w in enumerate(words[1:], 1) if w in _CUE_TRAILERS), len(words))
        return _CueClause(" ".join(words[1:end]), words[0])
    k = next((i for i, w in enumerate(words) if w in REPORTED_FORMS), None)
    if not k or (k + 1 < len(words) and words[k + 1] not in _CUE_TRAILERS):
        return None
    j = k
    while j > 0 and words[j - 1].lower() in FILLER_WORDS:
        j -= 1
    return _CueClause(" ".join(words[:j]), words[k])


def _postposed_cue(masked: str) -> _LocalCue | None:
    """'CONTENT, officials said.' or 'CONTENT, said Ana Silva, a spokeswoman.'"""
    body = masked.rstrip(" .!?")
    last = body.rfind(",")
    for comma, role in ((last, ""), (body.rfind(",", 0, last) if last > 0 else -1, body[last + 1 :].strip())):
        if comma <= 0 or MASK in body[comma:]:
            continue
        clause = body[comma + 1 : last if role else len(body)].strip()
        split = _split_cue_clause(clause)
        if split is None or len(body[:comma].split()) < 3:
            continue
        phrase = parse_speaker(split.subject)
        if phrase is None or phrase.kind is PhraseKind.PRONOUN and role:
            continue
        phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
        return _LocalCue(phrase, split.verb, 0, comma, comma + 1 + (len(body[comma + 1 :]) - len(body[comma + 1 :].lstrip())))
    return None


def _participle_cues(masked: str) -> list[_LocalCue]:
    found = _PARTICIPLE.search(masked)
    if not found or not found.group("that"):
        return []
    return [_LocalCue(None, found.group("verb"), found.end(), len(masked), 0)]


def cue_words(masked: str) -> list[str] | None:
    """The words of a masked sentence if it may report speech, else None (most sentences:
    no cue verb and no "according to")."""
    words = _TOKEN.findall(masked)
    if REPORTED_FORMS.isdisjoint(words) and "ccording to" not in masked:
        return None
    return words


def reported_cues(masked: str, sentence_start: int, words: list[str] | None = None) -> list[ReportedCue]:
    """Reported-speech voices of one masked sentence, which starts at `sentence_start` in
    the article text. `words`: cue_words(masked), when the caller has it already."""
    words = words if words is not None else cue_words(masked)
    if words is None:
        return []
    found = []
    for cue in _raw_cues(masked, words):
        start, end = _trim(masked, cue.start, cue.end)
        if end > start:
            found.append(ReportedCue(cue.speaker, cue.cue, sentence_start + start, sentence_start + end, sentence_start + cue.position))
    return found


class _WhoAndRole(NamedTuple):
    """(start, end) of the speaker, and of the role when one is given."""

    who: tuple[int, int]
    role: tuple[int, int] | None


def _trailing_start(text: str) -> int:
    """Where the text's trailing run of spaces and `.!?` starts."""
    return len(text) - _TRAILING_PUNCTUATION.match(text[::-1]).end()


def _who_and_role(text: str, start: int, trailing: int, commas: list[int]) -> _WhoAndRole | None:
    """The regex `(?P<who>[^,]+?)(?:,\\s+(?P<role>[^,]+?))?[\\s.!?]*$` matched at `start`, worked
    out from the commas (sorted positions) and where the trailing punctuation starts, so that no
    position is read twice (the regex re-reads the trailing-punctuation test at every one)."""
    k = bisect_left(commas, start)
    if k == len(commas):  # no comma: the speaker runs to the trailing punctuation
        return _WhoAndRole((start, max(start + 1, trailing)), None) if start < len(text) else None
    comma = commas[k]
    if comma == start or k + 1 < len(commas):  # an empty speaker, or a comma in the role
        return None
    role_start = _SPACES.match(text, comma + 1).end()
    if role_start == comma + 1:  # `,\\s+`: a comma needs a space after it
        return None
    if role_start == len(text):  # only spaces after the comma: the role is the last of them
        if role_start - 1 < comma + 2:
            return None
        role_start -= 1
    return _WhoAndRole((start, comma), (role_start, max(role_start + 1, trailing)))


def _according_back(masked: str) -> tuple[int, _WhoAndRole] | None:
    """`CONTENT, according to WHO[, ROLE].`: (where the content ends, the speaker and role),
    for the last `according to` that has both (the greedy regex's choice)."""
    trailing, commas = _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)]
    for cue in reversed(list(_ACCORDING_BACK_CUE.finditer(masked))):
        content_end = cue.start()
        while content_end and masked[content_end - 1].isspace():
            content_end -= 1
        if content_end == 0:
            continue
        found = _who_and_role(masked, cue.end(), trailing, commas)
        if found:
            return content_end, found
    return None


def _as_noted(masked: str) -> tuple[int, int, str, int] | None:
    """`As WHO [has] noted, CONTENT`: (speaker start, speaker end, cue verb, content start)."""
    if not masked.startswith("As "):
        return None
    comma = masked.find(",", 3)
    for who_end, verb in verbs_after_subject(masked, 3, comma if comma >= 0 else len(masked), _REPORTED_FORM):
        content = _COMMA_THEN_CONTENT.match(masked, verb.end())
        if content:
            return 3, who_end, verb.group(0), content.end()
    return None


def _raw_cues(masked: str, words: list[str]) -> list[_LocalCue]:
    front = _ACCORDING_FRONT.match(masked) if masked.lstrip()[:1] in "Aa" or "according" in masked[:40].lower() else None
    if front:
        phrase = _who(front.group("who"))
        if phrase:
            role = (front.group("role") or "").strip()
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
            return [_LocalCue(phrase, "according to", front.start("content"), len(masked), front.start("who"))]
    back = _according_back(masked) if "according to" in masked else None
    if back:
        content_end, (who, role) = back
        phrase = _who(masked[who[0] : who[1]])
        if phrase:
            role_text = masked[role[0] : role[1]].strip() if role else ""
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role_text or phrase.role)
            return [_LocalCue(phrase, "according to", 0, content_end, who[0])]
    as_noted = _as_noted(masked)
    if as_noted:
        who_start, who_end, verb, content_start = as_noted
        phrase = _who(masked[who_start:who_end])
        if phrase:
            return [_LocalCue(phrase, verb, content_start, len(masked), who_start)]
    cues = _finite_verb_cues(masked, words)
    if not cues:
        post = _postposed_cue(masked)
        if post:
            cues.append(post)
    for participle in _participle_cues(masked):
        # "X has resisted, arguing that ...": the participle's clause ends any earlier content.
        cues = [c if not c.start <= participle.start < c.end else _LocalCue(c.speaker, c.cue, c.start, participle.start, c.position) for c in cues]
        cues.append(participle)
    return cues


def according_alone(masked: str) -> SpeakerPhrase | None:
    """'According to a report by Reuters.' standing alone: its content is the previous sentence."""
    cue = _ACCORDING_ALONE_CUE.match(masked)
    if not cue:
        return None
    found = _who_and_role(masked, cue.end(), _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)])
    return _who(masked[found.who[0] : found.who[1]]) if found else None
