"""Sources named by "according to", "per" and their kin, the most specific patterns of reported speech.

  According to X, CONTENT.    CONTENT, according to X[, ROLE].    CONTENT, per X.
  A, according to X[, ROLE], B.  (the whole sentence is the content, as with "A, she said, B")
  According to a report by X.  (alone: its content is the previous sentence)
  As X noted, CONTENT.         As first reported by X, CONTENT.

Works on one masked sentence; positions count from its first character.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final, NamedTuple

from stance.extract.content import LocalCue, after_spaces, looks_like_clause, token_words
from stance.extract.cues import ADDRESSEE_LEMMAS, FORM_TO_LEMMA, PARTICLE_PATTERNS, REPORTED_FORMS, REPORTED_FORMS_RE, verbs_after_subject
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.tables import FINITE_AUXILIARIES, SUBJECT_OF_OBJECT_PRONOUN, WEEKDAYS
from stance.extract.verb_group import may_hold_dash

# "According to X, …" and "According to X: “…”".
_ACCORDING_FRONT: Final = re.compile(r"^[^\w\u2591]*(?:[A-Z][a-z]+,\s+)?[Aa]ccording to (?P<who>[^,:]+?)(?:,(?P<role>\s+an?\s+[^,:]+?))?[,:]\s+(?P<content>\S.*)$", re.DOTALL)
# `CONTENT, according to WHO[, ROLE].` and `According to WHO[, ROLE].` alone: the cue; the
# speaker and role are read by _who_and_role.
_ACCORDING_BACK_CUE: Final = re.compile(r"(?:[,.;\u201d\"]|'')\s+according to ")  # a closing mark too: '“…,” according to X
# A dash sets the source off as a comma does: "… 115 break-ins — mostly sheds — according to X". Its own
# pattern, tried only where a dash may stand: an alternative opening with a space would make re stop at every one.
_ACCORDING_DASH_CUE: Final = re.compile(r"\s*[\u2014\u2013]\s*according to |\s-\s+according to ")
# `CONTENT, per WHO.`, as "according to" in newer copy; a capital must follow ("per the AP", "per
# Acme"), so "per cent", "per day" and "per capita" are no cue.
_PER_BACK_CUE: Final = re.compile(r"(?:[,;\u201d\"]|'')\s+per\s+(?=(?:the\s+|an?\s+)?[A-Z])")
_ACCORDING_INSIDE: Final = re.compile(r",\s+according to ")
_FIRST_WORD_CHARS: Final = 16
# Words that open a description of the source after its comma, not the rest of the sentence.
_DESCRIBING_OPENERS: Final = frozenset("a an another one who which whose whom".split())
# Words that open a clause of its own after "…, according to X,": the content ends before the cue.
_CLAUSE_LINKS: Final = frozenset("and but while although though whereas so yet or".split())
# A verb first: the sentence's own verb, its subject before the cue ("Among the risks, according to X, are …").
_ACCORDING_ALONE_CUE: Final = re.compile(r"\W*according to ", re.IGNORECASE)
_TRAILING_PUNCTUATION: Final = re.compile(r"[\s.!?]*")  # matched on the reversed text
_COMMA: Final = re.compile(",")
# "a report by X", "an email from X", "data released Friday by X", "a report Tuesday from X", "an analysis of
# fare data by X". A document "of" something with no source ("a review of her diary") names no one.
_DOCUMENT_HEAD: Final = (r"^(?:an?|the|one|recent|new|latest)?\s*(?:new\s+|(?:most\s+)?recent\s+|latest\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:court|police|campaign|news|press|internal|official|financial|public)\s+)?(?:report|study|survey|analysis|statement|data|figures|records|"
                  r"research|filings?|review|count|calculations|estimates|tally|email|e-mail|memo|letter|release|documents?|post|tweet|message|complaint|lawsuit|affidavit|declaration)s?")
_REPORT_BY: Final = re.compile(_DOCUMENT_HEAD + r"(?:\s+(?:released|published|issued|compiled|sent|filed|available)(?:\s+in\s+(?:[a-z]+\s+)?court)?)?"
                        r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|last\s+(?:week|month|year)))?"
                        r"(?:\s+of\s+[^,]{1,60}?)?\s+(?:by|from|in)\s+(?P<who>.+)$", re.IGNORECASE)
_DOCUMENT_OF: Final = re.compile(_DOCUMENT_HEAD + r"\s+of\s", re.IGNORECASE)
_DOCUMENT_START: Final = re.compile(_DOCUMENT_HEAD + r"\b", re.IGNORECASE)
# "a memo obtained by the Gazette", "an email from X seen by Reuters": who got hold of a document did not write it.
_OBTAINED_BY: Final = re.compile(r"\s+(?:obtained|seen|reviewed|viewed)\s+by\s+.*$")
# "according to the Tax Policy Center - half a point more": an aside after the source ends it.
_ASIDE_AFTER_SOURCE: Final = re.compile(r"\s+[-\u2013\u2014]\s+|\s*\u2014\s*")
# "Acme data", "Crowdpac figures", "F.A.A. records": a named source's own records.
_NAMED_RECORDS: Final = re.compile(r"^(?:the\s+|an?\s+)?(?:(?:new|recent|latest)\s+)?(?P<who>[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,3})\s+(?:data|figures|records|research|filings|estimates|statistics|report|survey|study|analysis|tally|count)"
                            r"(?:\s+(?:of|on|into)\s+[^,]{1,60})?$")  # "a Gazette analysis of fare filings"
# "a Gazette report at the time", "figures from the board last week": a time after the source is not its name.
_TRAILING_TIME: Final = re.compile(r"\s+(?:at\s+the\s+time|(?:last|this|earlier\s+this)\s+(?:week|month|year)"
                            r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)$")
# "the foundation's tally", "the agency's figures": the body named before, by its own records.
_OWN_RECORDS: Final = re.compile(r"^(?P<who>the\s+[a-z]+)['’]s\s+(?:data|figures|records|estimates|statistics|report|survey|study|analysis|tally|count)$")


_DOTTED_ACRONYM: Final = re.compile(r"(?:[A-Z]\.){2,5}")
_TIME_ENDINGS: Final = ("time", "week", "month", "year", "day", "yesterday", "today")
_MAX_DESCRIPTION_WORDS: Final = 10  # "a journalism professor at a university in Hong Kong"


def who(text: str) -> SpeakerPhrase | None:
    """The source a speaker phrase names: "a report by Reuters" and "Acme data" give the name."""
    text = _ASIDE_AFTER_SOURCE.split(text.strip(), 1)[0]
    # A time after a document is dropped with it ("a Gazette report at the time"); after anything
    # else it stays the speaker's ("a poll released Thursday", "officials involved at the time").
    timeless = _TRAILING_TIME.sub("", text) if text.endswith(_TIME_ENDINGS) else text
    if " by " in timeless and _DOCUMENT_START.match(timeless):
        timeless = _OBTAINED_BY.sub("", timeless)
    report = _REPORT_BY.match(timeless)
    records = (_NAMED_RECORDS.match(timeless) or _OWN_RECORDS.match(timeless)) if not report else None
    if not report and not records and _DOCUMENT_OF.match(timeless):
        return None
    if report or records:
        text = (report or records).group("who")  # type: ignore[union-attr]
        if records and _DOTTED_ACRONYM.fullmatch(text):
            return SpeakerPhrase(text, PhraseKind.NAME)  # "F.A.A. records": the body, as "FAA records" reads
    # "According to him": the object pronoun stands for the person, resolved like "he said".
    return parse_speaker(SUBJECT_OF_OBJECT_PRONOUN.get(text, text))


class _WhoAndRole(NamedTuple):
    """(start, end) of the speaker, and of the role when one is given."""

    who: tuple[int, int]
    role: tuple[int, int] | None


def _trailing_start(text: str) -> int:
    """Where the text's trailing run of spaces and `.!?` starts."""
    return len(text) - _TRAILING_PUNCTUATION.match(text[::-1]).end()  # type: ignore[union-attr]


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
    role_start = after_spaces(text, comma + 1)
    if role_start == comma + 1:  # `,\\s+`: a comma needs a space after it
        return None
    if role_start == len(text):  # only spaces after the comma: the role is the last of them
        if role_start - 1 < comma + 2:
            return None
        role_start -= 1
    return _WhoAndRole((start, comma), (role_start, max(role_start + 1, trailing)))


def _according_back(masked: str, back_cue: re.Pattern[str] = _ACCORDING_BACK_CUE) -> tuple[int, _WhoAndRole] | None:
    """`CONTENT, according to WHO[, ROLE].` (or `per WHO`): (where the content ends, the speaker
    and role), for the last cue that has both (the greedy regex's choice)."""
    trailing, commas = _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)]
    for cue in reversed(list(back_cue.finditer(masked))):
        mark = len(cue.group()) - len(cue.group().lstrip("\u201d\"'"))  # a closing mark ends the content
        content_end = cue.start() + mark
        while content_end and masked[content_end - 1].isspace():
            content_end -= 1
        if content_end == 0:
            continue
        found = _who_and_role(masked, cue.end(), trailing, commas)
        if found:
            return content_end, found
    return None


def cites_per(masked: str) -> bool:
    """Whether the sentence names a source with "per" ("…, per the ministry")."""
    return " per " in masked and _PER_BACK_CUE.search(masked) is not None


def according_cue(masked: str) -> LocalCue | None:
    """The cue of "According to X, CONTENT", "CONTENT, according to X[, ROLE]" or "CONTENT, per X"."""
    if "ccording to " not in masked and " per " not in masked:
        return None  # what every pattern below needs
    front = _ACCORDING_FRONT.match(masked) if "ccording to " in masked and (
        masked.lstrip()[:1] in "Aa" or "according" in masked[:40].lower()) else None
    if front and not front.group("role") and "," not in front.group("content") and _describes_the_source(masked, front.start("content")):
        front = None  # "According to X, a pilot.": who X is, nothing said (the previous sentence is X's)
    if front:
        phrase = who(front.group("who"))
        if phrase:
            role = (front.group("role") or "").strip()
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
            return LocalCue(phrase, "according to", front.start("content"), len(masked), front.start("who"))
    cites = "according to" in masked
    back = _according_back(masked) if cites else None
    if back is None and cites and may_hold_dash(masked):
        back = _according_back(masked, _ACCORDING_DASH_CUE)
    if back is None and " per " in masked:
        back = _according_back(masked, _PER_BACK_CUE)
    if back:
        content_end, (source, role) = back
        phrase = who(masked[source[0] : source[1]])
        if phrase and role and _first_word(masked, role[0]) in _CLAUSE_LINKS:
            role = None  # "A, according to X, and B": a new clause, not X's role
        elif phrase and role and _continues_sentence(masked, role[0]):  # "A, according to X, B": no role
            if not _no_cue_before(masked, content_end):
                return None
            return LocalCue(phrase, "according to", 0, len(masked), source[0])
        if phrase:
            role_text = masked[role[0] : role[1]].strip() if role else ""
            phrase = SpeakerPhrase(phrase.text, phrase.kind, role_text or phrase.role)
            return LocalCue(phrase, "according to", 0, content_end, source[0])
    return _according_inside(masked) if cites else None


def _continues_sentence(masked: str, start: int) -> bool:
    """Whether the words at `start`, after "…, according to X," go on with the sentence ("the pier
    has lost 40 boats", "are 16 trawlers") rather than describe X ("a spokeswoman", "who has …")."""
    first = _first_word(masked, start)
    if first in _DESCRIBING_OPENERS:
        return False
    return first in FINITE_AUXILIARIES or looks_like_clause(masked, start)


def _first_word(masked: str, start: int) -> str:
    return masked[start : start + _FIRST_WORD_CHARS].split(" ", 1)[0].lower()


def _according_inside(masked: str) -> LocalCue | None:
    """`A, according to X, a role, B.` and `A, according to X, B, C.`: a source (with an appositive)
    inside the sentence, which goes on after it; the whole sentence is the content (the forms with more
    commas than _according_back reads)."""
    cue = _ACCORDING_INSIDE.search(masked)
    if cue is None or not masked[: cue.start()].strip():
        return None
    source_end = masked.find(",", cue.end())
    if source_end < 0:
        return None
    role_start = after_spaces(masked, source_end + 1)
    role_end = masked.find(",", role_start)
    if _continues_sentence(masked[:role_end] if role_end > 0 else masked, role_start):
        # "A, according to X, B, which C": the sentence goes on after the source; no role
        phrase = who(masked[cue.end() : source_end]) if _no_cue_before(masked, cue.start()) else None
        return LocalCue(phrase, "according to", 0, len(masked), cue.end()) if phrase else None
    if role_end < 0:
        return None
    if not _continues_sentence(masked, after_spaces(masked, role_end + 1)):
        return _described_at_the_end(masked, cue, source_end, role_start) if _no_cue_before(masked, cue.start()) else None
    phrase = who(masked[cue.end() : source_end])
    if phrase is None or role_start >= role_end:
        return None
    role = masked[role_start:role_end].strip()
    return LocalCue(SpeakerPhrase(phrase.text, phrase.kind, role), "according to", 0, len(masked), cue.end())


def _no_cue_before(masked: str, end: int) -> bool:
    """No cue verb before "according to": in "The AP reported that, according to X, A" the reporter's verb
    speaks first."""
    return REPORTED_FORMS.isdisjoint(token_words(masked[:end]))


def _described_at_the_end(masked: str, cue: re.Match[str], source_end: int, role_start: int) -> LocalCue | None:
    """`CONTENT, according to X, a pilot, who runs the line.`: a description in parts, each describing X,
    runs to the sentence's end; the content ends before the cue."""
    if _first_word(masked, role_start) not in _DESCRIBING_OPENERS:
        return None
    trailing = _trailing_start(masked)
    parts = [after_spaces(masked, comma + 1) for comma in (m.start() for m in _COMMA.finditer(masked, role_start, trailing))]
    if any(_continues_sentence(masked, start) or _first_word(masked, start) in _CLAUSE_LINKS for start in parts):
        return None
    phrase = who(masked[cue.end() : source_end])
    role = masked[role_start:trailing].strip()
    return LocalCue(SpeakerPhrase(phrase.text, phrase.kind, role), "according to", 0, cue.start(), cue.end()) if phrase else None


def according_alone(masked: str) -> SpeakerPhrase | None:
    """'According to a report by Reuters.' standing alone: its content is the previous sentence."""
    cue = _ACCORDING_ALONE_CUE.match(masked)
    if not cue:
        return None
    found = _who_and_role(masked, cue.end(), _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)])
    if found is None or found.role and not _describes_the_source(masked, found.role[0]):
        return None  # "According to X, the harbour opened.": content of its own, not a role
    return who(masked[found.who[0] : found.who[1]])


def _describes_the_source(masked: str, start: int) -> bool:
    """Whether the words after the source's comma describe it ("a pilot", "who runs the line")
    rather than say something ("the harbour opened", "fares rose")."""
    return (_first_word(masked, start) in _DESCRIBING_OPENERS and len(masked[start:].split()) <= _MAX_DESCRIPTION_WORDS
            and not looks_like_clause(masked, start))


_REPORTED_FORM: Final = re.compile(REPORTED_FORMS_RE)
_LINKED_AS: Final = ("But as ", "And as ", "Yet as ")  # "But as a Gazette reporter noted, …"
_REPORTED_BY: Final = r"(?:(?:first|previously|earlier|originally) )?(?P<verb>reported|revealed|disclosed|noted) by "
_AS_REPORTED_BY: Final = re.compile(r"[Aa]s " + _REPORTED_BY)
_COMMA_THEN_CONTENT: Final = re.compile(r",\s+(?=\S)")
_MAX_ADDRESSEE_WORDS: Final = 6  # "As Jo Li told the Harbour Gazette on Monday,"
_WHILE_LEMMAS: Final = frozenset({"speak"})  # "As X spoke," says when, never what
# "noted in a column,", "reported just today,", "wrote Monday,": a circumstance, and the content after its comma
_CIRCUMSTANCE_OPENERS: Final = frozenset(
    "in on at during last this earlier today yesterday recently just first previously".split()) | WEEKDAYS
_MAX_CIRCUMSTANCE_WORDS: Final = 10  # "As Jo Li points out in a column on the Gazette's site,"
_CLAUSE_WORDS: Final = frozenset("that who which whether if and but".split())  # a clause of its own, no circumstance
_ASIDE_COMMAS: Final = 2  # commas of the subject's aside: "As Jo Li, a pilot from Dover, has noted,"
_ASIDE_OPENINGS: Final = ("including ", "like ", "such as ", "a ", "an ")


# "CONTENT, as first reported by the Gazette on Tuesday.": the source in the sentence's last clause.
_AS_REPORTED_AFTER: Final = re.compile(r",\s+as " + _REPORTED_BY + r"(?P<who>[^,;:]{2,80}?)[\s.!?]*$")


def _as_reported_after(masked: str) -> LocalCue | None:
    """`CONTENT, as [first] reported by WHO.`, when the content holds no cue verb of its own (then
    that verb's speaker said it: "Jo Li said A, as first reported by the Gazette")."""
    found = _AS_REPORTED_AFTER.search(masked)
    if found is None or not REPORTED_FORMS.isdisjoint(token_words(masked[: found.start()])):
        return None
    phrase = who(found.group("who"))
    return LocalCue(phrase, found.group("verb"), 0, found.start(), found.start("who")) if phrase else None


def _noted_before(masked: str, after_as: int, comma: int) -> tuple[int, int, str, int] | None:
    """(who start, who end, verb, content start) of `As WHO noted, CONTENT` with WHO's clause ending at
    `comma` (-1: none)."""
    for who_end, verb in verbs_after_subject(masked, after_as, comma if comma >= 0 else len(masked), _REPORTED_FORM):
        if FORM_TO_LEMMA[verb.group(0)] in _WHILE_LEMMAS:
            break  # "As Dunn spoke, the union …": a time, not a citation
        lemma = FORM_TO_LEMMA[verb.group(0)]
        particle = PARTICLE_PATTERNS[lemma].match(masked, verb.end()) if lemma in PARTICLE_PATTERNS else None
        verb_end = particle.end() if particle else verb.end()
        content = _COMMA_THEN_CONTENT.match(masked, verb_end)  # "As X pointed out, …"
        between = masked[verb_end:comma].split() if content is None and comma > verb_end else []
        if between and (lemma in ADDRESSEE_LEMMAS and len(between) <= _MAX_ADDRESSEE_WORDS
                        or between[0].lower() in _CIRCUMSTANCE_OPENERS and len(between) <= _MAX_CIRCUMSTANCE_WORDS
                        and _CLAUSE_WORDS.isdisjoint(between)):
            # "As Jo Li told the Gazette, …", "As Jo Li noted in a column on Monday, …"
            content = _COMMA_THEN_CONTENT.match(masked, comma)
        if content:
            return after_as, who_end, verb.group(0), content.end()
    return None


def as_noted_cue(masked: str) -> LocalCue | None:
    """`As WHO [has] noted, CONTENT` and `As [first] reported by WHO, CONTENT` (also after "But", "And", "Yet");
    `CONTENT, as [first] reported by WHO.`"""
    lead = 1 if masked[:1] in " (" else 0  # "(As the Gazette reported, …)": a sentence in brackets
    if ", as " in masked and not masked.startswith("As ", lead) and not masked.startswith(_LINKED_AS):
        return _as_reported_after(masked)  # (a sentence opening "But as X noted," is read as before)
    if masked.startswith("As ", lead):
        after_as = lead + 3
    elif masked.startswith(_LINKED_AS):
        after_as = masked.index(" as ") + 4
    else:
        return None
    comma = masked.find(",", after_as)
    passive = _AS_REPORTED_BY.match(masked, after_as - 3)
    if passive and comma > passive.end():
        content = _COMMA_THEN_CONTENT.match(masked, comma)
        found = (passive.end(), comma, passive.group("verb"), content.end()) if content else None
    else:
        found = _noted_before(masked, after_as, comma)
        if found is None and comma > 0 and masked.startswith(_ASIDE_OPENINGS, comma + 2):
            for _ in range(_ASIDE_COMMAS):  # "As many experts, including Jo Li, have noted,": the subject's own aside
                comma = masked.find(",", comma + 1)
                found = _noted_before(masked, after_as, comma) if comma > 0 else None
                if found is not None or comma < 0:
                    break
    if found is None:
        return None
    who_start, who_end, verb, content_start = found
    phrase = who(masked[who_start:who_end])
    return LocalCue(phrase, verb, content_start, len(masked), who_start) if phrase else None
