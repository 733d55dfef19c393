"""The speaker that opens a clause, when a cue verb stands far from it.

"Rubio thanked the crowd and said ...", "On Tuesday, the mayor toured the site, saying ...":
the cue's subject is the phrase that opens a clause, right before that clause's own verb. No
parser: the longest run of opening words (up to 8) that parses as a speaker phrase and is
followed by a lower-case word that can be a verb is the subject.

Offsets: Subject.offset counts from the start of the chunk given.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final, NamedTuple

from stance.extract.roles import DISCOURSE_ASIDES
from stance.extract.speakers import PhraseKind, SpeakerPhrase, names_a_person, parse_speaker
from stance.extract.tables import MODALS, PERSON_NOUNS


class Subject(NamedTuple):
    phrase: SpeakerPhrase
    offset: int  # where the phrase starts in the chunk given to parse_subject


def parse_subject(chunk: str) -> Subject | None:
    """parse_speaker, dropping introductory phrases ("After the vote, one resident")."""
    start = 0
    for _ in range(4):
        phrase = parse_speaker(chunk[start:])
        if phrase is not None:
            return Subject(phrase, start)
        comma = chunk.find(",", start)
        if comma < 0:
            return None
        start = comma + 1
    return None


_WORD_END: Final = re.compile(r"[\w’'.\-&)]+")
_NEXT_WORD: Final = re.compile(r"[\s,]*([\w’'\-]+)")
_CLAUSE_BREAK: Final = re.compile(r"[,;:\u2014\u201d\"]")
_MAX_SUBJECT_WORDS: Final = 10
_MAX_CLAUSES: Final = 6
# A discourse aside set off by commas before the chunk's verb and at most two auxiliaries ("Ana Ruiz, however,
# called", "Ana Ruiz, for her part, is calling").
_ASIDE_BEFORE_VERB: Final = re.compile(
    r",\s+(?:" + "|".join(sorted((re.escape(aside).replace(r"\ ", r"\s+") for aside in DISCOURSE_ASIDES), key=len, reverse=True))
    + r"),\s+(?=(?:\S+\s+){0,2}\S+\s*$)")
_WHO_CLAUSE: Final = re.compile(r"\s*who\s")
_SUBORDINATE: Final = re.compile(r"\s*(?:as|when|while|after|before|if|although|though|because|since|once|until|unless)\s", re.IGNORECASE)
# "on Saturday", "last week", "earlier this month" between a subject and its verb.
_TIME_OPENERS: Final = frozenset("on last this earlier".split())
_TIME_THEN_VERB: Final = re.compile(r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this)\s+(?:week|month|year)"
                             r"|earlier\s+this\s+(?:week|month|year))\s+[a-z]")
# "some kind of deal": a quantifier before "kind" is its determiner, no one who speaks.
_QUANTIFIERS: Final = frozenset("some many most few several all both each any".split())
_KINDS: Final = frozenset("kind kinds sort sorts type types".split())
# Lower-case words that follow a subject but are not its verb.
_NOT_VERBS: Final = frozenset("""and or but nor the a an of in on at to for with by from as that which who whose whom where
    before after during about into over under around across through against among between without within""".split())
# "Mara Lind, 70, said": an age set off by commas between a name and its verb.
_AGE_THEN_WORD: Final = re.compile(r"\s*,\s*\d{1,3}\s*,\s*([\w’'\-]+)")


def _verb_follows(clause: str, position: int) -> bool:
    """Whether the next word after `position` (past spaces and commas) can be a verb, or a time
    stands between ("Ana Ruiz (D-Ore.) on Saturday criticized")."""
    found = clause.startswith(",", position) and _AGE_THEN_WORD.match(clause, position) or _NEXT_WORD.match(clause, position)
    word = found.group(1) if found else ""
    return word[:1].islower() and word not in _NOT_VERBS or word in _TIME_OPENERS and bool(_TIME_THEN_VERB.match(clause, position))


_NAME_AFTER_NOUN: Final = re.compile(r"\s+[a-z]+\s+[A-Z]")  # "(Dover Gazette) columnist Ana": a noun, then a name


def _opening_speaker(clause: str) -> tuple[Subject, int] | None:
    """The longest opening run of `clause` that is a speaker phrase followed by a verb, and where it ends."""
    lead = len(clause) - len(clause.lstrip())
    boundary = _CLAUSE_BREAK.search(clause, lead)  # a run never crosses a comma: appositives are joined below
    words = islice(_WORD_END.finditer(clause, lead, boundary.start() if boundary else len(clause)), _MAX_SUBJECT_WORDS)
    # Where a run may end: a verb may follow it ("Ana Ruiz", not "Ana", before "said"). The longest first:
    # the first that is a speaker is the answer, and the shorter ones need no parse.
    ends = [word.end() for word in words if _verb_follows(clause, word.end())]
    for end in reversed(ends):
        phrase = parse_speaker(clause[lead:end])
        if phrase is None:
            continue
        following = _NEXT_WORD.match(clause, end).group(1)  # type: ignore[union-attr]
        if phrase.text in _QUANTIFIERS and following in _KINDS:
            continue
        if phrase.kind is PhraseKind.NAME and following in PERSON_NOUNS and (
                phrase.role.split(" ", 1)[0].lower() in ("the", "a", "an") or _NAME_AFTER_NOUN.match(clause, end)):
            continue  # "the former Dover mayor", "Dover Gazette columnist Ana Ruiz": the name modifies the noun after it
        return Subject(phrase, lead), end
    return None


def clause_subject(chunk: str, latest_first: bool = False, nearest_subordinate: bool = False) -> Subject | None:
    """The speaker opening one of the clauses of `chunk` (its start, then after each comma or
    closing quote mark), right before that clause's verb: the first such clause, or with
    `latest_first` the one nearest the end of `chunk`. Subordinate clauses ("As they met")
    are passed over, but with `nearest_subordinate` a name opening the last one is its subject (a
    participle right after it: "…, as Ana Ruiz echoed it, saying")."""
    if chunk.count(",") >= 2 and (aside := _ASIDE_BEFORE_VERB.search(chunk)) is not None:
        # "Ana Ruiz, for her part, called": the aside as spaces (offsets kept), so the name runs to the verb
        chunk = chunk[: aside.start()] + " " * (aside.end() - aside.start()) + chunk[aside.end() :]
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(chunk)]
    order = range(len(starts) - 1, max(-1, len(starts) - 1 - _MAX_CLAUSES), -1) if latest_first else range(min(len(starts), _MAX_CLAUSES))
    for k in order:
        start = starts[k]
        if k and k + 1 < len(starts) and _WHO_CLAUSE.match(chunk, start) and _verb_follows(chunk, starts[k + 1]) \
                and _NEXT_WORD.match(chunk, starts[k + 1]).group(1) not in MODALS:  # type: ignore[union-attr]  # "…, will answer, saying": not yet said
            # "Alderson, who found flaws in the app, reacted, saying": the person before the relative clause; a name
            # before an appositive or a party tag first ("Tom Reyes, the former mayor, who …", "Ana Ruiz, D-Ore., who …")
            for earlier in (starts[k - 2], starts[k - 1]) if k > 1 else (starts[k - 1],):
                before = chunk[earlier : starts[k + 1] - 1]  # the relative clause too: it is the role's
                named = parse_speaker(before)
                if named is not None and (named.kind is PhraseKind.NAME or earlier == starts[k - 1]
                                          and named.kind is not PhraseKind.PRONOUN and names_a_person(named)):
                    return Subject(named, earlier + len(before) - len(before.lstrip()))
            continue
        if _SUBORDINATE.match(chunk, start):
            if nearest_subordinate and k == len(starts) - 1:  # "…, as Ana Ruiz echoed it, (saying)": the nearest clause's
                nearest = subordinate_subject(chunk[start:])
                if nearest is not None and nearest.phrase.kind is PhraseKind.NAME:
                    return Subject(nearest.phrase, start + nearest.offset)
            continue
        found = _opening_speaker(chunk[start:])
        if found is None:
            continue
        subject, end = found
        if subject.phrase.kind is PhraseKind.GROUP:
            # "Jo Li, the former governor, (proposed)": the name before an appositive
            for earlier in starts[max(0, k - 2) : k]:
                named = parse_speaker(chunk[earlier : start + end])
                if named is not None and named.kind is PhraseKind.NAME:
                    return Subject(named, earlier + len(chunk[earlier:]) - len(chunk[earlier:].lstrip()))
        if k and subject.phrase.kind is PhraseKind.NAME and subject.phrase.role in ("", "Mr", "Ms", "Mrs"):
            # "Commenting on it, a seasoned lawyer, Mr Jo Li, (said)": the description before the name is its role
            earlier = starts[k - 1]
            described = parse_speaker(chunk[earlier : start + end])
            if described is not None and described.kind is PhraseKind.NAME and described.role and \
                    described.text.endswith(subject.phrase.text):
                return Subject(described, earlier + len(chunk[earlier:]) - len(chunk[earlier:].lstrip()))
        return Subject(subject.phrase, start + subject.offset)
    return None


def subject_after_and(masked: str, start: int, end: int) -> Subject | None:
    """A person opening a clause after the last "and" between `start` and `end`, right before its verb:
    "Police charged the driver and Mayor Ana Ruiz fired the chief, (saying)" gives Ana Ruiz. The word
    before "and" ends the earlier clause (lower case: not "Ruiz and Reyes")."""
    conjunction = masked.rfind(" and ", start, end)
    if conjunction <= start or not masked[masked.rfind(" ", start, conjunction) + 1 : conjunction].islower():
        return None
    after = conjunction + len(" and ")
    found = _opening_speaker(masked[after:end])
    if found is None or found[0].phrase.kind is not PhraseKind.NAME:
        return None
    return Subject(found[0].phrase, after + found[0].offset)


def subordinate_subject(chunk: str) -> Subject | None:
    """The speaker right after a subordinator opening `chunk`: "When Reyes mentioned the storm (and
    said ...)" is Reyes's clause when nothing else precedes the cue."""
    opening = _SUBORDINATE.match(chunk)
    if opening is None:
        return None
    found = _opening_speaker(chunk[opening.end():])
    return Subject(found[0].phrase, opening.end() + found[0].offset) if found else None


LONG_SUBJECT_CHARS: Final = 320  # a name and an appositive of several clauses; beyond this a subject is a clause
_ROLE_PROBE_WORDS: Final = 8


def person_before_long_appositive(masked: str, starts: list[int], speaker_end: int) -> tuple[int, SpeakerPhrase] | None:
    """"Jo Li, spokeswoman for Harbor Watch, or HW - which was set up … and which backs … - said":
    a subject too long for an ordinary speaker phrase is still a person's name when its appositive
    opens with "who" or names a job before its first comma. (start, phrase) of the first such
    start, or None. `starts` lie within LONG_SUBJECT_CHARS of `speaker_end`."""
    for start in starts:
        phrase = parse_speaker(masked[start:speaker_end])
        if phrase is None or phrase.kind is not PhraseKind.NAME or not phrase.role:
            continue
        # The job stands before the role's first comma: "Bluesky, by contrast, offers users …" is a clause.
        head = phrase.role.lower().split(",", 1)[0]
        words = [word.strip(".;:-") for word in head.split(None, _ROLE_PROBE_WORDS)[:_ROLE_PROBE_WORDS]]
        if words and (words[0] == "who" or not PERSON_NOUNS.isdisjoint(words)):
            return start, phrase
    return None


def name_before_long_appositive(masked: str, earlier: list[int], speaker_end: int, start: int,
                                 phrase: SpeakerPhrase) -> tuple[int, SpeakerPhrase]:
    """"Jo Li, director of X, a group that has … and that has …, said": a description found within
    a subject's ordinary reach of the verb gives way to the name one or two commas before it."""
    for earlier_start in earlier:
        named = parse_speaker(masked[earlier_start:speaker_end])
        if named is not None and named.kind is PhraseKind.NAME and names_a_person(named):
            return earlier_start, named
    return start, phrase


# "was asked by a caller why …", "was asked by reporters whether …": the asker, then the question.
_ASKED_BY: Final = re.compile(r"\s+by\s+(?P<asker>(?:(?!(?:whether|if|why|how|what|to|that)\s)[\w’'.\-]+,?\s+){1,6}?)(?=(?:whether|if|why|how|what)\s)")


def asked_by(masked: str, verb_end: int) -> tuple[int, SpeakerPhrase, int] | None:
    """After a passive "asked": (where the asker starts, the asker, where the question starts), or None."""
    found = _ASKED_BY.match(masked, verb_end)
    if found is None:
        return None
    phrase = parse_speaker(found.group("asker").strip(" ,"))
    return (found.start("asker"), phrase, found.end()) if phrase is not None and names_a_person(phrase) else None
