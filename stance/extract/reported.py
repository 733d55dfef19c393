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
from itertools import islice
from typing import NamedTuple

from stance.extract.cues import (
    ADDRESSEE_LEMMAS,
    BARE_CLAUSE_LEMMAS,
    FILLER_RE,
    FORM_TO_LEMMA,
    OBJECT_CONTENT_LEMMAS,
    PARTICLE_PATTERNS,
    PARTICIPLE_FORMS,
    PARTICIPLE_RE,
    REPORTED_FORMS,
    REPORTED_FORMS_RE,
)
from stance.extract.tables import CONTENT_PREPOSITIONS, FILLER_WORDS, NEGATIONS, PASSIVE_AUX, QUESTION_LEMMAS, SUBJECT_PRONOUNS
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_inverted_speaker, parse_speaker
from stance.extract.subjects import clause_subject

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


_COORDINATORS = frozenset({"and", "but"})
# "called it “…”", "describing the plan as “…”": a verb, its object (a pronoun or a short phrase),
# "as" at most, and an opening quote mark.
_CHARACTERISATION = re.compile(
    r"\b(?P<verb>call(?:s|ed|ing)|describ(?:es|ed|ing)|label(?:s|ed|led|ing|ling)|brand(?:s|ed|ing)|deem(?:s|ed|ing))\s+"
    r"(?:(?P<object>it|them|him|her|this|that|(?:the|his|her|their|its|a|an)\s+[\w\-]+(?:\s+[\w\-]+)?|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})"
    r"\s+(?:as\s+)?|as\s+)[\u201c\"\u00ab]"
)
CHARACTERISING_FORMS = frozenset(
    "calls called calling describes described describing labels labeled labelled labeling labelling brands branded branding "
    "deems deemed deeming".split()
)
_NOUN_DETERMINERS = frozenset("the a an his her their its our my your this these those two three four five several many".split())
_MODALS = frozenset("will would could can may might should must".split())
_TRAILING_CONNECTOR = re.compile(
    r"(?:[\s,;:\u2014\u2013]+(?:and|but|while|after|before|as|because|since|when|whereas|although|though|so))*[\s,;:\u2014\u2013]*$"
)
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
_COMMA = re.compile(",")
_MAX_CUE_CLAUSE_CHARS = 80
_MAX_CUE_TRAILER_WORDS = 6
_QUOTE_OR_MASK = frozenset("\u201c\u201d\"'\u2018\u00ab" + MASK)
_INVERTED_TAIL = re.compile(rf",\s+(?P<verb>{REPORTED_FORMS_RE})\s+(?P<rest>[A-Z])")
_TOKEN = re.compile(r"[A-Za-z][\w’'\-]*")
_SUBORDINATORS = re.compile(r"^(?:while|whereas|although|though|because|since|as|if|when)\b", re.IGNORECASE)
_ACCORDING_FRONT = re.compile(r"^(?:\W*)(?:[A-Z][a-z]+,\s+)?[Aa]ccording to (?P<who>[^,]+?)(?:,(?P<role>\s+an?\s+[^,]+?))?,\s+(?P<content>\S.*)$", re.DOTALL)
_ACCORDING_BACK = re.compile(r"^(?P<content>.*\S)\s*[,.;]\s+according to (?P<who>[^,]+?)(?:,\s+(?P<role>[^,]+?))?[\s.!?]*$", re.DOTALL)
_ACCORDING_ALONE = re.compile(r"^\W*according to (?P<who>[^,]+?)(?:,\s+(?P<role>[^,]+?))?[\s.!?]*$", re.IGNORECASE)
_AS_NOTED = re.compile(rf"^As (?P<who>[^,]+?)\s+(?:(?:{FILLER_RE})\s+)*(?P<verb>{REPORTED_FORMS_RE}),\s+(?P<content>\S.*)$", re.DOTALL)
# Words that may follow a post-posed cue: "..., officials told Reuters on Monday."
_CUE_TRAILERS = frozenset("to in on at during last this earlier later yesterday today recently".split())
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_REPORT_BY = re.compile(r"^(?:an?|the|one|recent)?\s*(?:report|study|survey|analysis|statement)s?\s+(?:by|from|in)\s+(?P<who>.+)$", re.IGNORECASE)
_THAT = re.compile(r"^\s*(?:,\s*)?that\b\s*", re.IGNORECASE)
_ADDRESSEE = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}|reporters|journalists|lawmakers|the\s+\w+|an?\s+\w+(?:\s+\w+)?|him|her|them|us|me|[a-z]+(?=\s+(?:that|whether|if|to)\s))\b", re.DOTALL)
_CIRCUMSTANCE = re.compile(
    r"^\s*,?\s*(?:(?:(?:in|at|during|via|over|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+)?"
    r"(?:statement|interview|post|posts|video|videos|podcast|letter|email|blog|briefing|conference|hearing|speech|thread|tweet|call)\b"
    r"(?:\s+(?:with|to|on|for)\s+(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))?"
    r"|on\s+(?:\w+day|social media|Twitter|X|Facebook|Instagram|TikTok|Weibo|television|TV|radio)"
    r"|to\s+(?:reporters|journalists|(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier|later|next)\s+(?:week|month|year|morning|afternoon|evening|weekend)"
    r"|(?:yesterday|today|recently|publicly|privately|repeatedly))\s*,?\s*)+",
    re.IGNORECASE,
)
_TO = re.compile(r"^\s*to\s+[a-z]")
_WH = re.compile(r"^\s*(?:whether|how|why|what|if)\b", re.IGNORECASE)
_COLON = re.compile(r"^\s*:\s*")
_CLAUSE_BREAK = re.compile(r"[,;:\u2014(]\s*")
_PARTICIPLE = re.compile(rf"(?:,|\b(?:and|but|by|while|in))\s+(?P<verb>{PARTICIPLE_RE})\b")
_LEADING_NOT_CONTENT = frozenset("for to on about at in with from of by".split())
_LEADING_PARTICIPLE = re.compile(rf"(?P<verb>{'|'.join(sorted((form.capitalize() for form in PARTICIPLE_FORMS), key=len, reverse=True))})\b")


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
    """Where the reported content starts after the cue verb, or None if it has none."""
    rest = masked[verb_end:]
    skipped = 0
    if lemma in PARTICLE_PATTERNS:  # "pointed out", "called for"
        particle = PARTICLE_PATTERNS[lemma].match(rest)
        if not particle:
            return None
        skipped = particle.end()
    elif lemma in ADDRESSEE_LEMMAS:
        addressee = _ADDRESSEE.match(rest)  # "told reporters that", "asked whether"
        if addressee and not _WH.match(rest):
            skipped = addressee.end()
    circumstance = _CIRCUMSTANCE.match(rest[skipped:])
    if circumstance:
        after = rest[skipped + circumstance.end():]
        if not after.strip(" .!?"):
            return None  # "announced on Tuesday.": a circumstance, and nothing said
        # "stressed in an interview that ...": skip the circumstance when a that-clause follows;
        # for object verbs ("highlighted in red") the circumstance may be the content itself.
        if lemma not in OBJECT_CONTENT_LEMMAS or _THAT.match(after) or _COLON.match(after):
            skipped += circumstance.end()
    rest2 = rest[skipped:]
    if lemma in QUESTION_LEMMAS:  # "asked whether ...", "asked them to ...", never "asked for a meeting"
        colon = _COLON.match(rest2)
        if colon:
            return verb_end + skipped + colon.end()
        if not (_WH.match(rest2) or _TO.match(rest2)):
            return None
        return verb_end + skipped + len(rest2) - len(rest2.lstrip())
    for pattern in (_THAT, _COLON):
        found = pattern.match(rest2)
        if found:
            return verb_end + skipped + found.end()
    stripped = rest2.lstrip()
    lead = len(rest2) - len(stripped)
    first = stripped.split(" ", 1)[0].lower() if stripped else ""
    if first in CONTENT_PREPOSITIONS or _WH.match(rest2) or lemma in OBJECT_CONTENT_LEMMAS:
        return verb_end + skipped + lead
    if lemma in BARE_CLAUSE_LEMMAS and stripped[:1] not in ("", ",", ".", MASK) and first not in _NOT_CLAUSE_STARTS and (
        not first.endswith("ly")) and (
        lemma in _ANY_BARE_CONTENT or _looks_like_clause(stripped)
    ):
        return verb_end + skipped + lead
    return None


def _clause_starts(masked: str, limit: int) -> list[int]:
    """Candidate starts of the subject before `limit`: sentence start, then after each comma."""
    return [0] + [m.end() for m in _CLAUSE_BREAK.finditer(masked, 0, limit)]


def _finite_verb_cues(masked: str, words: list[str]) -> list[_LocalCue]:
    cues = []
    hits = [i for i, word in enumerate(words) if word in REPORTED_FORMS]
    if not hits:
        return cues
    # Offsets, only for sentences with a cue verb and only up to the last one.
    tokens = list(islice(_TOKEN.finditer(masked), hits[-1] + 1))
    for index in hits:
        token = tokens[index]
        form = words[index]
        lemma = FORM_TO_LEMMA[form]
        # Walk back over auxiliaries and adverbs to where the subject ends.
        j = index - 1
        skipped: list[str] = []
        while j >= 0 and (tokens[j].group(0).lower() in FILLER_WORDS or tokens[j].group(0).lower() in NEGATIONS
                          or tokens[j].group(0).lower().endswith("ly")) and not masked[tokens[j].end():token.start()].count(","):
            skipped.append(tokens[j].group(0).lower())
            j -= 1
        if any(w in NEGATIONS or w in _MODALS for w in skipped):
            continue  # "did not say", "would announce": nothing was said
        if form.endswith("ing") and not any(w in PASSIVE_AUX for w in skipped):
            continue  # a participle, handled by _participle_cues
        if not form.endswith("ing") and skipped and skipped[0] in PASSIVE_AUX:
            continue  # passive: "it was reported that"
        if j < 0 or tokens[j].group(0).lower() in _NOUN_DETERMINERS or tokens[j].group(0).isdigit():
            continue  # "two tweets of", "her claims": a noun, not a cue verb
        subject_end = tokens[j].end()
        content_start = _content_after_verb(masked, token.end(), lemma)
        if content_start is None:
            continue
        if tokens[j].group(0).lower() in _COORDINATORS:  # "Ana met voters and said ...": the clause's subject
            subject = clause_subject(masked[: tokens[j].start()], latest_first=True)
            if subject is not None:
                joined = tokens[j].start()  # "Ana said A and said B": A ends before "and"
                cues = [c if not c.start < joined < c.end else c._replace(end=joined) for c in cues]
                cues.append(_LocalCue(subject.phrase, form, content_start, len(masked), subject.offset))
            continue
        found = False
        for start in _clause_starts(masked, subject_end):
            if subject_end - start > _MAX_SUBJECT_CHARS:
                continue  # longer than any speaker with its appositive: a clause, not a subject
            phrase = parse_speaker(masked[start:subject_end])
            if phrase is None:
                continue
            end = len(masked)
            if _SUBORDINATORS.match(masked[start:].lstrip()) and start == 0:
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
    if tokens[j].group(0).lower() != "who" or not masked[: tokens[j].start()].rstrip().endswith(","):
        return None
    comma = masked.find(",", content_start)
    before = masked[: tokens[j].start()].rstrip().rstrip(",")
    start = max(_clause_starts(before, len(before)), default=0)
    phrase = parse_speaker(before[start:])
    return _LocalCue(phrase, form, content_start, comma if comma > 0 else len(masked), start) if phrase is not None else None


class _CueClause(NamedTuple):
    subject: str  # the words naming the speaker
    verb: str


def _split_cue_clause(clause: str) -> _CueClause | None:
    """'officials said on Monday' -> ('officials', 'said'); 'said the ministry' -> ('the ministry', 'said')."""
    words = clause.split()
    if not words:
        return None
    if words[0] in REPORTED_FORMS and not words[0].endswith("ing"):  # inverted: "said the ministry"
        end = next((i for i, w in enumerate(words[1:], 1) if w in _CUE_TRAILERS), len(words))
        return _CueClause(" ".join(words[1:end]), words[0])
    k = next((i for i, w in enumerate(words) if w in REPORTED_FORMS), None)
    if not k or (k + 1 < len(words) and words[k + 1] not in _CUE_TRAILERS and not _WEEKDAY.match(words[k + 1])
                 and FORM_TO_LEMMA[words[k]] not in ADDRESSEE_LEMMAS):
        return None
    if len(words) - k - 1 > _MAX_CUE_TRAILER_WORDS or ":" in clause:
        return None  # "X asked Y a simple question: …" is a clause of its own, not a cue
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
        if split is None or len(body[:comma].split()) < 3 or role and not clause.startswith(split.verb):
            continue  # a role follows only an inverted cue: "CONTENT, said Ana Silva, a spokeswoman"
        phrase = parse_speaker(split.subject)
        if phrase is None or phrase.kind is PhraseKind.PRONOUN and role:
            continue
        phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
        return _LocalCue(phrase, split.verb, 0, comma, comma + 1 + (len(body[comma + 1 :]) - len(body[comma + 1 :].lstrip())))
    return None


def _interjected_cue(masked: str) -> _LocalCue | None:
    """'A, he said, B.' / 'A, said Jo Li, B.': a cue clause set off by commas inside the content,
    which is then the whole sentence."""
    commas = [m.start() for m in _COMMA.finditer(masked)]
    for left, right in zip(commas, commas[1:]):
        clause = masked[left + 1 : right]
        after = masked[right + 1 :].lstrip()
        if len(clause) > _MAX_CUE_CLAUSE_CHARS or MASK in clause or not masked[:left].strip() or (
            after[:1] in _QUOTE_OR_MASK or len(after.split()) < 2
        ):
            continue  # 'Later, she said, “…”': the cue of a quote, which is a voice already
        split = _split_cue_clause(clause.strip())
        phrase = parse_speaker(split.subject) if split else None
        if phrase is not None:
            return _LocalCue(phrase, split.verb, 0, len(masked), left + 1 + len(clause) - len(clause.lstrip()))
    return None


def _inverted_tail_cue(masked: str) -> _LocalCue | None:
    """'CONTENT, said Jo Li, director of the institute at the university, Davis.': the speaker and a
    role of any length after an inverted cue."""
    for found in _INVERTED_TAIL.finditer(masked):
        if len(masked[: found.start()].split()) < 3 or MASK in masked[found.end("verb"):] or (
            FORM_TO_LEMMA[found.group("verb")] in ADDRESSEE_LEMMAS
        ):
            continue  # "…, told Acme News last week she …": an addressee, not an inverted speaker
        phrase = parse_inverted_speaker(masked[found.start("rest"):].rstrip(" .!?"))
        if phrase is not None:
            return _LocalCue(phrase, found.group("verb"), 0, found.start(), found.start("rest"))
    return None


def _characterisation_cues(masked: str) -> list[_LocalCue]:
    """'called it “a disgrace”', 'described the plan as “reckless”', 'which she described as “…”':
    a quoted characterisation, said by the clause's subject. The content is the object and the quote."""
    cues = []
    for found in _CHARACTERISATION.finditer(masked):
        close = masked.find(MASK, found.end())
        close = len(masked) if close < 0 else close + len(masked[close:]) - len(masked[close:].lstrip(MASK))
        head = masked[: found.start("verb")] if found.group("verb").endswith("ing") else masked[: found.end("verb")]
        if found.group("verb").endswith("ing"):
            head = head.rstrip().rstrip(",")
        subject = clause_subject(head, latest_first=True)
        if subject is None:
            continue
        start = found.start("object") if found.group("object") else found.end("verb")
        cues.append(_LocalCue(subject.phrase, found.group("verb"), start, min(close + 1, len(masked)), subject.offset))
    return cues


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
        subject = clause_subject(masked[: found.start()], latest_first=True)
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
    if REPORTED_FORMS.isdisjoint(words) and "ccording to" not in masked and CHARACTERISING_FORMS.isdisjoint(words):
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


def _raw_cues(masked: str, words: list[str]) -> list[_LocalCue]:
    front = _ACCORDING_FRONT.match(masked) if masked.lstrip()[:1] in "Aa" or "according" in masked[:40].lower() else None
    if front:
        phrase = _who(front.group("who"))
        if phrase:
            role = (front.group("role") or "").strip()
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
            return [_LocalCue(phrase, "according to", front.start("content"), len(masked), front.start("who"))]
    lowered = masked.lower()
    back = _ACCORDING_BACK.match(masked) if "according to" in lowered else None
    if back:
        phrase = _who(back.group("who"))
        if phrase:
            role = (back.group("role") or "").strip()
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
            return [_LocalCue(phrase, "according to", 0, back.end("content"), back.start("who"))]
    as_noted = _AS_NOTED.match(masked)
    if as_noted:
        phrase = _who(as_noted.group("who"))
        if phrase:
            return [_LocalCue(phrase, as_noted.group("verb"), as_noted.start("content"), len(masked), as_noted.start("who"))]
    inverted = _inverted_tail_cue(masked)  # "CONTENT, said Jo Li, ...": the verb has no subject before it
    cues = [inverted] if inverted else _finite_verb_cues(masked, words)
    if not cues:
        post = _postposed_cue(masked) or _interjected_cue(masked)
        if post:
            cues.append(post)
    for participle, begins in _participle_cues(masked) if not PARTICIPLE_FORMS.isdisjoint(words) else ():
        # "X has resisted, arguing that ...": the participle's clause ends any earlier content.
        cues = [c if not c.start <= begins < c.end else _LocalCue(c.speaker, c.cue, c.start, begins, c.position) for c in cues]
        cues.append(participle)
    if "\u201c" in masked or '"' in masked or "\u00ab" in masked:
        for characterisation in _characterisation_cues(masked):
            if characterisation.cue.endswith("ing"):  # ", calling him “…”" ends the content before it
                begins = masked.rfind(",", 0, characterisation.start)
                cues = [c if not c.start < begins < c.end else _LocalCue(c.speaker, c.cue, c.start, begins, c.position) for c in cues]
            cues.append(characterisation)
    leading = _leading_participle_cue(masked) if words and words[0].lower() in PARTICIPLE_FORMS else None
    cues = [leading, *cues] if leading else cues
    return _end_at_next_speaker(masked, cues) if len(cues) > 1 else cues


def _end_at_next_speaker(masked: str, cues: list[_LocalCue]) -> list[_LocalCue]:
    """'…, suggesting that the host left, after Acme announced that …': a content ends where another
    cue's speaker begins inside it, without the connecting word."""
    ended = []
    for cue in cues:
        cut = min((other.position for other in cues if other is not cue and other.speaker is not None
                   and cue.start < other.position < cue.end), default=None)
        if cut is not None:
            head = _TRAILING_CONNECTOR.sub("", masked[cue.start : cut])
            cue = _LocalCue(cue.speaker, cue.cue, cue.start, cue.start + len(head), cue.position)
        ended.append(cue)
    return ended


def according_alone(masked: str) -> SpeakerPhrase | None:
    """'According to a report by Reuters.' standing alone: its content is the previous sentence."""
    match = _ACCORDING_ALONE.match(masked)
    return _who(match.group("who")) if match else None
