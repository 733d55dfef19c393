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
from bisect import bisect_left, bisect_right
from itertools import islice
from typing import NamedTuple

from stance.extract.cues import (
    ADDRESSEE_LEMMAS,
    BARE_CLAUSE_LEMMAS,
    FORM_TO_LEMMA,
    OBJECT_CONTENT_LEMMAS,
    PARTICLE_PATTERNS,
    PARTICIPLE_FORMS,
    PARTICIPLE_RE,
    REPORTED_FORMS,
    REPORTED_FORMS_RE,
    verbs_after_subject,
)
from stance.extract.tables import CONTENT_PREPOSITIONS, FILLER_WORDS, NEGATIONS, PASSIVE_AUX, QUESTION_LEMMAS, SUBJECT_PRONOUNS
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_inverted_speaker, parse_speaker
from stance.extract.cue_clauses import (  # noqa: F401 (MASK: re-exported for voices)
    MASK,
    LocalCue as _LocalCue,
    who_of as _who,
    according_alone,
    according_back as _according_back,
    end_at_next_speaker as _end_at_next_speaker,
    interjected_cue as _interjected_cue,
    inverted_tail_cue as _inverted_tail_cue,
    postposed_cue as _postposed_cue,
)
from stance.extract.subjects import clause_subject, latest_clause_subject

# The longest subject we look at: a name with a long appositive role fits easily.
_MAX_SUBJECT_CHARS = 160  # stands in for quoted characters; never a word character


class ReportedCue(NamedTuple):
    """A reported-speech voice of one sentence; offsets are absolute (into the article text)."""

    speaker: SpeakerPhrase | None  # None: the subject of the sentence
    cue: str
    start: int  # of the content
    end: int
    position: int  # of the speaker phrase


_COORDINATORS = frozenset({"and", "but"})
_NOUN_DETERMINERS = frozenset("the a an his her their its our my your this these those two three four five several many".split())
_MODALS = frozenset("will would could can may might should must".split())
# "said the plan ...": say and tell take a bare clause as it comes; other verbs only when it reads as one.
_ANY_BARE_CONTENT = frozenset({"say", "tell"})
# A bare clause never opens with these: "said at the time", "said Tuesday in Paris", "told X earlier this week".
_NOT_CLAUSE_STARTS = frozenset("""in on at of for to into from with by after before during about through via while as
    earlier later last next yesterday today tonight recently previously again also then monday tuesday wednesday
    thursday friday saturday sunday""".split())
_AUXILIARIES = frozenset("""is are was were be been has have had do does did will would can could should may might must
    shall won't wasn't isn't""".split())
_ARTICLES = frozenset("the a an his her their its our my your this that these those".split())
_CLAUSE_PROBE_CHARS = 80
_CLAUSE_PROBE_WORDS = 8
_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
_SUBORDINATORS = re.compile(r"^(?:while|whereas|although|though|because|since|as|if|when)\b", re.IGNORECASE)
_ACCORDING_FRONT = re.compile(r"^(?:\W*)(?:[A-Z][a-z]+,\s+)?[Aa]ccording to (?P<who>[^,]+?)(?:,(?P<role>\s+an?\s+[^,]+?))?,\s+(?P<content>\S.*)$", re.DOTALL)
_REPORTED_FORM = re.compile(REPORTED_FORMS_RE)
_COMMA_THEN_CONTENT = re.compile(r",\s+(?=\S)")
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*", re.IGNORECASE)
_ADDRESSEE = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}|reporters|journalists|lawmakers|the\s+\w+|an?\s+\w+(?:\s+\w+)?|him|her|them|us|me|[a-z]+(?=\s+(?:that|whether|if|to)\s))\b", re.DOTALL)
# At most eight in a row ("in a statement on Monday" is two): a long run of them is no
# sentence, and each cue verb after it would read the run again.
_CIRCUMSTANCE = re.compile(
    r"\s*,?\s*(?:(?:(?:in|at|during|via|over|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+)?"
    r"(?:statement|interview|post|posts|video|videos|podcast|letter|email|blog|briefing|conference|hearing|speech|thread|tweet|call)\b"
    r"(?:\s+(?:with|to|on|for)\s+(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))?"
    r"|on\s+(?:\w+day|social media|Twitter|X|Facebook|Instagram|TikTok|Weibo|television|TV|radio)"
    r"|to\s+(?:reporters|journalists|(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier|later|next)\s+(?:week|month|year|morning|afternoon|evening|weekend)"
    r"|(?:yesterday|today|recently|publicly|privately|repeatedly))\s*,?\s*){1,8}",
    re.IGNORECASE,
)
_RELATIVE_COMMA = re.compile(r",\s*\Z")  # searched with an end position: the comma right before "who"
_TO = re.compile(r"\s*to\s+[a-z]")
_WH = re.compile(r"\s*(?:whether|how|why|what|if)\b", re.IGNORECASE)
_COLON = re.compile(r"\s*:\s*")
_SPACES = re.compile(r"\s*")
_NOTHING_AFTER = re.compile(r"[ .!?]*\Z")
# The longest word of CONTENT_PREPOSITIONS: a longer first word is none of them.
_LONGEST_PREPOSITION = max(map(len, CONTENT_PREPOSITIONS))
_FIRST_WORD_CHARS = max(_LONGEST_PREPOSITION, 16)
_CLAUSE_BREAK = re.compile(r"[,;:\u2014(]\s*")
_PARTICIPLE = re.compile(rf"(?:,|\b(?:and|but|by|while|in))\s+(?P<verb>{PARTICIPLE_RE})\b")
_LEADING_NOT_CONTENT = frozenset("for to on about at in with from of by".split())
_LEADING_PARTICIPLE = re.compile(rf"(?P<verb>{'|'.join(sorted((form.capitalize() for form in PARTICIPLE_FORMS), key=len, reverse=True))})\b")


def _trim(masked: str, start: int, end: int) -> tuple[int, int]:
    while start < end and masked[start] in " ,:;\u2014\u2013":
        start += 1
    while end > start and masked[end - 1] in " .,;:!?\u2014\u2013":
        end -= 1
    return start, end


def _looks_like_clause(text: str) -> bool:
    """'the bill would fail', 'voters were angry': an auxiliary or a past-tense verb after the first
    words, so the words after the cue are a clause, not its object ("noted the change")."""
    probe = text[:_CLAUSE_PROBE_CHARS]
    if MASK in probe:  # 'the ban “breaks the law”': the verb is inside the quoted words
        return True
    words = _TOKEN.findall(probe.lower())
    return bool(words) and words[0] in SUBJECT_PRONOUNS or any(w in _AUXILIARIES or w.endswith("n't") or (i >= 1 and w.endswith("ed") and words[i - 1] not in _ARTICLES)
               for i, w in enumerate(words[1:_CLAUSE_PROBE_WORDS], 1))


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
        addressee = _ADDRESSEE.match(masked, position)  # "told reporters that", "asked whether"
        if addressee and not _WH.match(masked, position):
            position = addressee.end()
    circumstance = _CIRCUMSTANCE.match(masked, position)
    if circumstance:
        after = circumstance.end()
        if _NOTHING_AFTER.match(masked, after):
            return None  # "announced on Tuesday.": a circumstance, and nothing said
        # "stressed in an interview that ...": skip the circumstance when a that-clause follows;
        # for object verbs ("highlighted in red") the circumstance may be the content itself.
        if lemma not in OBJECT_CONTENT_LEMMAS or _THAT.match(masked, after) or _COLON.match(masked, after):
            position = after
    if lemma in QUESTION_LEMMAS:  # "asked whether ...", "asked them to ...", never "asked for a meeting"
        colon = _COLON.match(masked, position)
        if colon:
            return colon.end()
        if not (_WH.match(masked, position) or _TO.match(masked, position)):
            return None
        return _SPACES.match(masked, position).end()
    for pattern in (_THAT, _COLON):
        found = pattern.match(masked, position)
        if found:
            return found.end()
    lead = _SPACES.match(masked, position).end()
    first = masked[lead : lead + _FIRST_WORD_CHARS + 1].split(" ", 1)[0].lower()
    if first in CONTENT_PREPOSITIONS or _WH.match(masked, position) or lemma in OBJECT_CONTENT_LEMMAS:
        return lead
    if lemma in BARE_CLAUSE_LEMMAS and masked[lead : lead + 1] not in ("", ",", ".", MASK) and first not in _NOT_CLAUSE_STARTS and (
        not first.endswith("ly")) and (
        lemma in _ANY_BARE_CONTENT or _looks_like_clause(masked[lead : lead + _CLAUSE_PROBE_CHARS])
    ):
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
    open_from = 0  # cues before this one end before the last coordinator already
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
            negated = negated or word in NEGATIONS or word in _MODALS
            passive = passive or word in PASSIVE_AUX
            if j in walks:
                j, was_negated, was_passive = walks[j]
                negated, passive = negated or was_negated, passive or was_passive
                break
            j -= 1
        walks[index] = (j, negated, passive)
        if negated:
            continue  # "did not say", "would announce": nothing was said
        if form.endswith("ing") and not passive:
            continue  # a participle, handled by _participle_cues
        if not form.endswith("ing") and j < index - 1 and first_skipped in PASSIVE_AUX:
            continue  # passive: "it was reported that"
        if j < 0 or tokens[j].group(0).lower() in _NOUN_DETERMINERS or tokens[j].group(0).isdigit():
            continue  # "two tweets of", "her claims": a noun, not a cue verb
        subject_end = tokens[j].end()
        content_start = _content_after_verb(masked, token.end(), lemma)
        if content_start is None:
            continue
        if tokens[j].group(0).lower() in _COORDINATORS:  # "Ana met voters and said ...": the clause's subject
            subject = latest_clause_subject(masked, tokens[j].start())
            if subject is not None:
                joined = tokens[j].start()  # "Ana said A and said B": A ends before "and"
                cues[open_from:] = [c if not c.start < joined < c.end else c._replace(end=joined) for c in cues[open_from:]]
                open_from = len(cues)  # those end before "and" now: a later "and" needs not look at them
                cues.append(_LocalCue(subject.phrase, form, content_start, len(masked), subject.offset))
            continue
        found = False
        # A subject longer than _MAX_SUBJECT_CHARS is a clause, not a speaker with its appositive:
        # only the starts within that distance of the subject's end are tried, in order.
        starts, break_ends = clause_starts = clause_starts or _clause_starts(masked)
        first = 0 if subject_end <= _MAX_SUBJECT_CHARS else 1 + bisect_left(break_ends, subject_end - _MAX_SUBJECT_CHARS)
        for start in starts[first : 1 + bisect_left(break_ends, subject_end)]:
            phrase = parse_speaker(masked[start:subject_end])
            if phrase is None:
                continue
            end = len(masked)
            if start == 0 and _SUBORDINATORS.match(masked[:_CLAUSE_PROBE_CHARS].lstrip()):
                comma = masked.find(",", content_start)
                end = comma if comma > 0 else end
            cues.append(_LocalCue(phrase, form, content_start, end, start))
            found = True
            break
        if not found:
            relative = _relative_cue(masked, tokens, j, form, content_start)
            if relative is not None:
                cues.append(relative)
    return cues  # several cues: each content ends where the next speaker begins (_end_at_next_speaker)


def _relative_cue(masked: str, tokens: list[re.Match[str]], j: int, form: str, content_start: int) -> _LocalCue | None:
    """'Ana Ruiz, who said the plan failed, …': the speaker is the phrase before "who", the content
    runs to the clause's end. A hedge inside a relative clause ("a plan which they say works") is
    no voice."""
    if tokens[j].group(0).lower() != "who":
        return None
    before_end = _RELATIVE_COMMA.search(masked, max(0, tokens[j].start() - _MAX_SUBJECT_CHARS), tokens[j].start())
    if before_end is None:
        return None
    # The phrase runs back to the nearest clause break, and no further than a subject may.
    window_start = max(0, before_end.start() - _MAX_SUBJECT_CHARS)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(masked, window_start, before_end.start())]
    start = breaks[-1] if breaks else (0 if window_start == 0 else None)
    if start is None:
        return None
    comma = masked.find(",", content_start)
    phrase = parse_speaker(masked[start : before_end.start()])
    return _LocalCue(phrase, form, content_start, comma if comma > 0 else len(masked), start) if phrase is not None else None


def _participle_cues(masked: str) -> list[tuple[_LocalCue, int]]:
    """', saying ...', 'and insisting that ...', 'by promising to ...', each with where its clause
    begins (the content before it ends there). The speaker opens the nearest clause before it
    ("..., the Post reported, citing ..."); None when none does: the sentence's subject speaks."""
    cues: list[tuple[_LocalCue, int]] = []
    for found in _PARTICIPLE.finditer(masked):
        verb = found.group("verb")
        start = _content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        if start is None:
            continue
        if cues:
            last, begins = cues[-1]
            cues[-1] = (_LocalCue(last.speaker, last.cue, last.start, found.start(), last.position), begins)
        subject = latest_clause_subject(masked, found.start())
        speaker, position = (subject.phrase, subject.offset) if subject else (None, 0)
        cues.append((_LocalCue(speaker, verb, start, len(masked), position), found.start()))
    return cues


def _leading_participle_cue(masked: str) -> _LocalCue | None:
    """'Noting that the vote was close, the mayor said ...': the content runs to the first comma,
    and the speaker opens the clause after it."""
    found = _LEADING_PARTICIPLE.match(masked)
    if not found:
        return None
    verb = found.group("verb").lower()
    start = _content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
    if start is None or masked[start:].split(" ", 1)[0].lower() in _LEADING_NOT_CONTENT:
        return None  # "Writing for the majority, ...": a circumstance, not what was said
    comma = masked.find(",", start)
    subject = clause_subject(masked[comma + 1 :]) if comma > start else None
    if subject is None:
        return None
    return _LocalCue(subject.phrase, verb, start, comma, comma + 1 + subject.offset)


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
    inverted = _inverted_tail_cue(masked)  # "CONTENT, said Jo Li, ...": the verb has no subject before it
    cues = [inverted] if inverted else _finite_verb_cues(masked, words)
    if not cues:
        post = _postposed_cue(masked) or _interjected_cue(masked)
        if post:
            cues.append(post)
    participles = _participle_cues(masked) if not PARTICIPLE_FORMS.isdisjoint(words) else []
    if participles:
        # "X has resisted, arguing that ...": the first participle clause after a content's start ends it
        # (the participles' own contents end at the next one already).
        begins = [found for _, found in participles]
        for k, c in enumerate(cues):
            first = bisect_left(begins, c.start)
            if first < len(begins) and begins[first] < c.end:
                cues[k] = _LocalCue(c.speaker, c.cue, c.start, begins[first], c.position)
        cues.extend(participle for participle, _ in participles)
    leading = _leading_participle_cue(masked) if words and words[0].lower() in PARTICIPLE_FORMS else None
    cues = [leading, *cues] if leading else cues
    return _end_at_next_speaker(masked, cues) if len(cues) > 1 else cues


