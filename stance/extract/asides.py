"""Reported-speech cues outside a sentence's plain `Subject said CONTENT` clause.

  X did this, saying CONTENT.       Noting that CONTENT, X said ...        Jo Li, who said CONTENT, ...
  and, at the end, each content cut where the next speaker begins (cue clauses after or inside the
  content, 'CONTENT, officials said.', are in cue_clauses.py; characterisations such as
  'X called it “a disgrace”' in characterisation.py).

Offsets: all count from the masked sentence's first character (see content.py). Each pass
reads the sentence once; a speaker is looked for in a bounded window before its cue, so a
sentence with many cues costs no scan of the whole sentence per cue.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.content import LocalCue, clause_content, content_after_verb
from stance.extract.cue_clauses import MAX_TAIL_CHARS, postposed_cue
from stance.extract.cues import DIRECT_FORMS_RE, FORM_TO_LEMMA, PARTICIPLE_FORMS, PARTICIPLE_RE, REPORTED_FORMS
from stance.extract.groups import COUNT_DETERMINERS, DEFINITE_DETERMINERS, PREPOSITIONS, VERBISH, person_noun
from stance.extract.speakers import (
    COMMA_OUTSIDE_NUMBERS, PhraseKind, SpeakerPhrase, names_a_person, parse_speaker)
from stance.extract.names import looks_like_name
from stance.extract.roles import without_predicate
from stance.extract.subjects import Subject, clause_subject, subject_after_and
from stance.extract.registry import given_name_gender
from stance.extract.tables import ORGANISATION_NOUNS, PERSON_NOUNS, TITLES

SUBJECT_WINDOW: Final = 240  # characters before a cue in which its speaker is looked for
# After a comma, or a closing mark whose quote held the comma: "“…,” citing …".
# "was quoted (as) saying": the passive of quoting, whose subject is the speaker.
# Each word's boundary is tested by a lookbehind after its first letter (`\bword` as
# `w(?<!\w\w)ord`): a pattern whose every branch opens with a letter or mark lets re skip
# ahead to those characters instead of trying every position.
# "— saying", " – saying" (a spaced en dash or hyphen as a dash), "while also saying", ", falsely claiming": a
# connector or a dash, and at most one adverb before the participle. After a word of time ("before insisting",
# "after arguing that") only a clause is content: "before announcing her run" is what was done.
_PARTICIPLE: Final = re.compile(r"(?:,|\u201d|\"|(?<=\u2591)''|\u2014|--|\u2013(?<=\s\u2013)|-(?<=\s-)|a(?<!\w\w)nd|b(?<!\w\w)(?:ut|y)|w(?<!\w\w)hile|i(?<!\w\w)n"
                         r"|q(?<!\w\w)uoted(?:\s+as)?|(?P<time>a(?<!\w\w)fter|b(?<!\w\w)efore|w(?<!\w\w)hen))"
                         rf"\s+(?:(?:also|then|later|again|even|still|[a-z]{{2,}}ly)\s+)?(?P<verb>{PARTICIPLE_RE})\b")
# ", with Senator Lina Park telling reporters ...": the words between "with" and the participle speak.
# Only after a comma or at the start, as such a phrase is set off: in "its dispute with the city saying"
# the city is the dispute's object and the participle belongs to the sentence's subject.
_WITH_PARTICIPLE: Final = re.compile(rf"(?:^With|, with)\s+(?P<subject>(?:[\w’'.\-]+\s+){{1,8}}?)(?P<verb>{PARTICIPLE_RE})\b")
_LEADING_NOT_CONTENT: Final = frozenset("for to on about at in with from of by".split())
_LEADING_PARTICIPLE: Final = re.compile(
    rf"(?P<verb>{'|'.join(sorted((form.capitalize() for form in PARTICIPLE_FORMS), key=len, reverse=True))})\b"
)
# "While saying that …, Ana Ruiz …", "After insisting that …, the mayor …": a subordinator before it.
PARTICIPLE_OPENERS: Final = frozenset(("While", "After"))
_OPENER_PARTICIPLE: Final = re.compile(rf"(?P<opener>{'|'.join(sorted(PARTICIPLE_OPENERS))})\s+(?P<verb>{PARTICIPLE_RE})\b")
_WORD_START: Final = re.compile(r"(?<!\S)\S")  # the first character of each space-separated word


def subject_before(masked: str, position: int, nearest_subordinate: bool = False) -> Subject | None:
    """The speaker opening the nearest clause before `position` (clause_subject, latest first),
    looked for in the few hundred characters before it; the offset counts from the sentence."""
    window = max(0, position - SUBJECT_WINDOW)
    found = clause_subject(masked[window:position], latest_first=True, nearest_subordinate=nearest_subordinate)
    return Subject(found.phrase, window + found.offset) if found else None


_CLOSING_NAME_WORDS: Final = 8  # "Deputy Transport Director Ana María de la Cruz" fits


_LOWER_WORD: Final = re.compile(r"(?<![\w’'\-])[a-z][a-z’'\-]*(?![\w’'\-])")
_MORE_PREPOSITIONS: Final = frozenset("among between against like than as".split())
_RESTRICTIVE_WORDS: Final = 4  # words before the plural noun: "conservative pundits and security analysts"


def _name_closing(text: str, start: int) -> tuple[int, SpeakerPhrase | None]:
    """The longest run of the last words of `text` (from `start`) that opens with a capital and
    parses as a person's name, with where it starts: the person a following "who" refers to.
    A person: a known given name or a title before the name; "a researcher at Acme University,
    who" refers to the researcher, not to the university."""
    words = [found.start() for found in _WORD_START.finditer(text, start)][-_CLOSING_NAME_WORDS:]
    for word in words:
        if text[word].isupper():
            phrase = parse_speaker(text[word:])
            if phrase is not None and phrase.kind is PhraseKind.NAME and not _clause_in_role(phrase) and (
                    given_name_gender(phrase.text.split()[0].rstrip(".")) is not None
                    or phrase.role.rsplit(" ", 1)[-1] in TITLES):
                return word, phrase
    return start, None


def _person_closing(text: str, start: int) -> tuple[int, SpeakerPhrase | None]:
    """For a clause that closes on its object ("Trump met the Mexican president, who said"): the
    longest run of its last words that is a determiner's person noun ("the governor of Ohio") or
    a capitalised name, with where it starts; "who" refers to a person. A name after a place's
    preposition, or after a person noun and its preposition, is not who ("voters in Ohio, who")."""
    words = [found.start() for found in _WORD_START.finditer(text, start)][-_CLOSING_NAME_WORDS:]
    for k, word in enumerate(words[1:], 1):
        first = text[word:].split(" ", 1)[0]
        if first.lower() in DEFINITE_DETERMINERS or first in ("a", "an"):
            phrase = parse_speaker(text[word:])
            if phrase is not None and (phrase.kind is PhraseKind.NAME or phrase.kind is PhraseKind.GROUP
                                       and person_noun(_head_noun(phrase.text))):
                return word, phrase
        elif first[:1].isupper():
            preceding = text[words[k - 1] : word].strip().lower()
            if not preceding.isalpha() or preceding in _PLACE_PREPOSITIONS or preceding in PREPOSITIONS and k > 1 \
                    and person_noun(text[words[k - 2] : words[k - 1]].strip().lower()):
                return start, None  # "renters in Dover, who", "voters for Obama, who": the people before, unnamed here
            phrase = parse_speaker(text[word:])
            if phrase is not None and phrase.kind is PhraseKind.NAME and looks_like_name(phrase.text):
                return word, phrase
    return start, None


_PLACE_PREPOSITIONS: Final = frozenset("in at of on near across outside inside around throughout".split())  # a name after them: a place


def _head_noun(group: str) -> str:
    """The noun heading a group phrase: its last word before a preposition ("the governor of Ohio")."""
    head = ""
    for word in group.lower().split()[1:]:
        if word in PREPOSITIONS:
            break
        head = word
    return head


_CAPITALISED_RUN_END: Final = re.compile(r"(?:[A-Z][\w’'.&\-]*\s+){0,3}[A-Z][\w’'.&\-]*$")


def _body_closing(masked: str, comma_after: int) -> tuple[SpeakerPhrase, int] | None:
    """The name of a body closing the clause before ", which" ("flocked to Pinbox, which said"), with
    where it starts: the capitalised words right before the comma, read as one name."""
    window = max(0, comma_after - SUBJECT_WINDOW)
    before = masked[window:comma_after].rstrip()
    if not before.endswith(","):
        return None
    run = _CAPITALISED_RUN_END.search(before[:-1])
    if run and before[: run.start()].rstrip().endswith((" v.", " vs.", " v")):
        return None  # "Walmart Stores v. Dukes, which denied …": a court case, not a body
    phrase = parse_speaker(run.group()) if run else None
    if phrase is None or phrase.kind is not PhraseKind.NAME:
        return None
    return phrase, window + run.start()  # type: ignore[union-attr]


def _restrictive_speaker(before: str) -> tuple[int, SpeakerPhrase | None]:
    """'transport experts who say …', 'parents and engineers who argue …': the people a restrictive
    "who" refers to, a plural noun for people and the lower-case words of its phrase before it,
    with where the phrase starts. Not "those who say" or "a plan which they say works"."""
    words = [(found.start(), found.group()) for found in _LOWER_WORD.finditer(before, max(0, len(before) - 80))]
    if not words or words[-1][0] + len(words[-1][1]) != len(before):
        return 0, None
    last = words[-1][1]
    if last not in PERSON_NOUNS or not last.endswith("s") or last.endswith("ss"):
        return 0, None
    start = words[-1][0]
    for index in range(len(words) - 2, max(-1, len(words) - 2 - _RESTRICTIVE_WORDS), -1):
        position, word = words[index]
        if not before[position + len(word) : words[index + 1][0]].isspace():
            break
        if word in PREPOSITIONS or word in _MORE_PREPOSITIONS or word in VERBISH or word.endswith("ed") or (
                word.endswith("s") and word not in PERSON_NOUNS):
            break  # "criticism from experts", "faces engineers", "rebuked critics": the phrase began after it
        if word == "and" and (index == 0 or words[index - 1][1] not in PERSON_NOUNS):
            break  # "parents and experts": people on both sides
        start = position
        if word in DEFINITE_DETERMINERS or word in COUNT_DETERMINERS:
            break
    phrase = parse_speaker(before[start:])
    return (start, phrase) if phrase is not None and phrase.kind is PhraseKind.GROUP else (0, None)


def _clause_in_role(phrase: SpeakerPhrase) -> bool:
    """'The council ignored Mayor Dana Holt': a verb before the title; those words are the clause, not a role."""
    return any(word.islower() and (word in VERBISH or word.endswith("ed")) for word in phrase.role.split())


def relative_cue(masked: str, who_start: int, form: str, content_start: int, restrictive: bool = True,
                 named_only: bool = False) -> LocalCue | None:
    """'Ana Ruiz, who said the plan failed, …': the speaker is the phrase before "who", the content
    runs to the clause's end; 'experts who say …' (no comma): the people before "who". A hedge inside
    a relative clause ("a plan which they say works") is no voice. `named_only`: only a name before
    the comma speaks (", which said" after a body's name)."""
    window = max(0, who_start - SUBJECT_WINDOW)
    before = masked[window:who_start].rstrip()
    if not before.endswith(","):
        if not restrictive or named_only:
            return None
        start, phrase = _restrictive_speaker(before)
        if phrase is None or postposed_cue(masked) is not None:
            return None  # "Experts who say X were wrong, officials said": the officials' voice
        return LocalCue(phrase, form, content_start, _relative_content_end(masked, content_start), window + start)
    found = speaker_before_relative(masked, who_start)
    if named_only and found is None:
        found = _body_closing(masked, who_start)  # "users flocked to Pinbox, which said"
    if found is None or named_only and found[0].kind is not PhraseKind.NAME and not (  # "the board, which said" speaks too
            found[0].text.startswith("the ") and found[0].text.rsplit(" ", 1)[-1] in ORGANISATION_NOUNS):
        return None
    return LocalCue(found[0], form, content_start, _relative_content_end(masked, content_start), found[1])


def relative_subject(masked: str, position: int) -> Subject | None:
    """'Ruiz, who backed Reyes in May and (said …)': the person before ", who", when `position` (the "and"
    before a second verb) lies in that relative clause, before its closing comma."""
    who = masked.rfind(", who ", 0, position)
    if who < 0 or "," in masked[who + 1 : position]:
        return None
    found = speaker_before_relative(masked, who + 2)
    return Subject(found[0], found[1]) if found is not None else None


def _relative_content_end(masked: str, content_start: int) -> int:
    """Where a relative clause's content ends: its first comma (not one inside a number) within reach."""
    comma = COMMA_OUTSIDE_NUMBERS.search(masked, content_start, content_start + MAX_TAIL_CHARS)
    return comma.start() if comma else len(masked)


def speaker_before_relative(masked: str, who_start: int) -> tuple[SpeakerPhrase, int] | None:
    """The speaker and where it starts, for ", who said": the phrase before the comma, a name before
    its appositive, or the name closing a clause ("help came from Mayor Ana Ruiz, who said")."""
    window = max(0, who_start - SUBJECT_WINDOW)
    before = masked[window:who_start].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1]
    start = _phrase_start(before, len(before))
    phrase = parse_speaker(before[start:])
    if phrase is not None and phrase.kind is PhraseKind.GROUP and start > 1:  # "Jo Li, a professor at X, who said"
        earlier = _phrase_start(before, start - 1)
        named = parse_speaker(before[earlier:])
        if named is not None and named.kind is PhraseKind.NAME:
            start, phrase = earlier, named
    if phrase is None or _clause_in_role(phrase):
        start, phrase = _name_closing(before, start)
    for _ in range(_APPOSITIVE_PARTS if phrase is None else 0):  # "Nicky Dunn, 24, from Dover, who said"
        if len(before[start:].split()) > _SHORT_PART_WORDS:
            break  # only an age or a home town is passed over, not a description
        start = _phrase_start(before, start - 1) if start > 1 else 0
        named = parse_speaker(before[start:])
        if named is not None and named.kind is PhraseKind.NAME and not _clause_in_role(named):
            phrase = named
            break
        if start == 0:
            break
    if phrase is None:  # "Trump met the Mexican president, who said": a person closing the clause
        start, phrase = _person_closing(before, _phrase_start(before, len(before)))
    if phrase is None:  # '“…,” said Mr. Holt, who noted that …': the name after an inverted cue
        inverted = _INVERTED_NAME_THEN_COMMA.search(masked, window, who_start)
        phrase = parse_speaker(inverted.group("name")) if inverted else None
        start = inverted.start("name") - window if phrase is not None else start  # type: ignore[union-attr]
    return (phrase, window + start) if phrase is not None else None


_APPOSITIVE_PARTS: Final = 2  # parts set off by commas between a name and its ", who said"
_SHORT_PART_WORDS: Final = 3  # "24", "from Dover", "of Port Ellis"


def _phrase_start(before: str, end: int) -> int:
    """Where the phrase ending `before[:end]` starts: after its last comma, colon, dash or bracket."""
    return max(before.rfind(mark, 0, end) for mark in ",;:\u2014(") + 1


def participle_cues(masked: str) -> list[tuple[LocalCue, int]]:
    """', saying ...', 'and insisting that ...', 'by promising to ...', each with where its clause
    begins (the content before it ends there). The speaker opens the nearest clause before it
    ("..., the Post reported, citing ..."); None when none does: the sentence's subject speaks."""
    cues: list[tuple[LocalCue, int]] = []
    for found in _PARTICIPLE.finditer(masked):
        verb = found.group("verb")
        start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        if start is None or found.group("time") and not clause_content(masked, found.end("verb"), start):
            continue
        if cues:
            last, begins = cues[-1]
            cues[-1] = (LocalCue(last.speaker, last.cue, last.start, found.start(), last.position), begins)
        subject = subject_before(masked, found.start(), nearest_subordinate=True)
        if subject and " and " in masked[subject.offset : found.start()]:  # "A did X and Ana Ruiz did Y, saying"
            subject = subject_after_and(masked, subject.offset, found.start()) or subject
        if subject and subject.phrase.kind is PhraseKind.GROUP:
            subject = named_before_appositive(masked, subject, found.start()) or subject
        if subject and ", " in subject.phrase.role:  # "Tom Reyes, a pilot, wrote to us, saying"
            subject = subject._replace(phrase=subject.phrase._replace(role=without_predicate(subject.phrase.role)))
        speaker, position = (subject.phrase, subject.offset) if subject else (None, 0)
        end = participle_content_end(masked, start)
        first = masked[start : start + 16].split(" ", 1)[0]
        if end < len(masked) and first in _CIRCUMSTANCE_OPENERS or first in REPORTED_FORMS and masked.endswith(", ", 0, start):
            continue  # "Jo Li, writing for the majority (on her blog,) said that …": where, not what; the clause's verb reports
        cues.append((LocalCue(speaker, verb, start, end, position), found.start()))
    if ", with " in masked or masked.startswith("With "):  # only set-off phrases: _WITH_PARTICIPLE
        cues.extend(_with_subject_participles(masked))
        cues.sort(key=lambda cue: cue[1])
    return cues


_CIRCUMSTANCE_OPENERS: Final = frozenset("for on in at from".split())
_JOINED_VERB: Final = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?P<verb>[a-z]+)\b")
_JOINED_REACH: Final = 300  # characters of a participle's content in which a joined verb is looked for


def _main_verb(word: str) -> bool:
    """A cue verb's past or third-person form, as a clause's verb after an aside ("said", "argued",
    "says"); not a form that is also a noun ("stress", "claims")."""
    return word in REPORTED_FORMS and FORM_TO_LEMMA[word] != word and (not word.endswith("s") or word == "says")


def participle_content_end(masked: str, start: int) -> int:
    """Where a participle's content ends: at the comma closing it as an aside, before the clause's
    own "that" or cue verb ("reported, citing two officials, that …"; "The Gazette, citing two officials,
    reported that …"), else at the sentence's end."""
    comma = masked.find(", ", start)
    while comma >= 0:
        after = masked[comma + 2 : comma + 40].split(" ", 2)
        if after[0] == "that" or _main_verb(after[0]) and after[1:2] != ["to"]:
            break
        comma = masked.find(", ", comma + 2)
    end = comma if comma >= 0 else len(masked)  # "saying A and said B": the subject's own next verb ends A too
    joined = next((m.start() for m in _JOINED_VERB.finditer(masked, start, min(end, start + _JOINED_REACH)) if _main_verb(m["verb"])), end)
    return joined


# "said Tom Reyes, a spokesman for the campaign, adding …": the name after an inverted cue, before its appositive.
_INVERTED_NAME_THEN_COMMA: Final = re.compile(
    rf"\b(?:{DIRECT_FORMS_RE})\s+(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){{0,3}}),\s*$")
_APPOSITIVE_REACH: Final = 60  # characters before the appositive in which the cue and name are looked for


def named_before_appositive(masked: str, subject: Subject, end: int) -> Subject | None:
    """The named speaker of an inverted cue whose appositive `subject` is, running to `end` ("…,” said
    Tom Reyes, a spokesman, adding …": Tom Reyes adds, not "a spokesman")."""
    found = _INVERTED_NAME_THEN_COMMA.search(masked, max(0, subject.offset - _APPOSITIVE_REACH), subject.offset)
    if found is None or not looks_like_name(found.group("name")):
        return None
    role = masked[subject.offset : end].strip(" ,")
    return Subject(SpeakerPhrase(found.group("name"), PhraseKind.NAME, role), found.start("name"))


def _with_subject_participles(masked: str) -> list[tuple[LocalCue, int]]:
    """'..., with Councillor Lina Park telling reporters she viewed it as reckless': a person named
    between "with" and the participle says the content ("with prices rising" names no one)."""
    cues = []
    for found in _WITH_PARTICIPLE.finditer(masked):
        speaker = parse_speaker(found.group("subject").strip())
        if speaker is None or not names_a_person(speaker) or speaker.kind is PhraseKind.PRONOUN:
            continue
        verb = found.group("verb")
        start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        if start is None:
            continue
        # "With the mayor saying X, the debate ended": an opening phrase ends at its comma.
        comma = masked.find(",", start) if found.start() == 0 else -1
        cues.append((LocalCue(speaker, verb, start, comma if comma > 0 else len(masked), found.start("subject")),
                     found.start()))
    return cues


def leading_participle_cue(masked: str) -> LocalCue | None:
    """'Noting that the vote was close, the mayor said ...': the content runs to the first comma,
    and the speaker opens the clause after it."""
    found = _LEADING_PARTICIPLE.match(masked) or _OPENER_PARTICIPLE.match(masked)
    if not found:
        return None
    verb = found.group("verb").lower()
    start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
    if start is None or masked[start : start + 16].split(" ", 1)[0].lower() in _LEADING_NOT_CONTENT:
        return None  # "Writing for the majority, ...": a circumstance, not what was said
    if found.re is _OPENER_PARTICIPLE and found["opener"] == "After" and not clause_content(masked, found.end("verb"), start):
        return None  # "After announcing her run, she …": what was done; "After insisting that …" says
    comma = masked.find(",", start)
    subject = clause_subject(masked[comma + 1 : comma + 1 + SUBJECT_WINDOW]) if comma > start else None
    if subject is None:
        return None
    return LocalCue(subject.phrase, verb, start, comma, comma + 1 + subject.offset)
