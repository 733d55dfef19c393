"""The speaker that opens a clause, when a cue verb stands far from it.

"Rubio thanked the crowd and said ...", "On Tuesday, the mayor toured the site, saying ...":
the cue's subject is the phrase that opens the clause, before its own verb. No parser: the
longest run of opening words that parses as a speaker phrase, followed by a lower-case word
or a comma, is the subject.

Offsets: Subject.offset counts from the start of the chunk given.
"""

from __future__ import annotations

import re

from stance.extract.speakers import Subject, parse_speaker

_WORD_END = re.compile(r"[\w’'.\-&)]+")
_MAX_SUBJECT_WORDS = 8
_MAX_CLAUSES = 4


def _opening_speaker(clause: str) -> Subject | None:
    """The longest opening run of `clause` (up to 8 words) that is a speaker phrase."""
    lead = len(clause) - len(clause.lstrip())
    best = None
    for k, word in enumerate(_WORD_END.finditer(clause, lead)):
        if k >= _MAX_SUBJECT_WORDS:
            break
        following = clause[word.end():].lstrip()[:1]
        if following and not (following.islower() or following in ",(—–-"):
            continue  # the run goes on: "Ana Ruiz", not "Ana"
        phrase = parse_speaker(clause[lead:word.end()])
        if phrase is not None:
            best = Subject(phrase, lead)
    return best


def clause_subject(chunk: str, latest_first: bool = False) -> Subject | None:
    """The speaker opening one of the first clauses of `chunk` (sentence start, then after each
    comma): the earliest one, or with `latest_first` the one nearest the end of `chunk`."""
    starts = [0] + [m.end() for m in re.finditer(r"[,;:\u2014]", chunk)]
    starts = starts[-_MAX_CLAUSES:][::-1] if latest_first else starts[:_MAX_CLAUSES]
    for start in starts:
        found = _opening_speaker(chunk[start:])
        if found is not None:
            return Subject(found.phrase, start + found.offset)
    return None
