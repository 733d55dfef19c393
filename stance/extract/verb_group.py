"""The words around a cue verb that tell whether, and who, it reports: verbs before "to" ("went on
to say"), cue forms that are nouns too, a speaker phrase that is really a clause, and the dashes
that set an aside off, an auxiliary run into a pronoun ("he's saying"), a time between a subject and its
verb, and cue forms that are nouns or adjectives before a noun ("a news report", "state lawmakers").
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.cues import FORM_TO_LEMMA, REPORTED_FORMS
from stance.extract.tables import (
    CAUSATIVE_VERBS, FINITE_AUXILIARIES, MODALS, NEGATIONS, SUBJECT_OF_OBJECT_PRONOUN, TIME_PHRASES, WEEKDAYS)

# Characters read after a position to see the next word when it may be a cue form: the longest fits.
FORM_PROBE_CHARS: Final = 16
# Words after which a cue form that is a noun too stands as a noun ("a post", "her comment").
NOUN_DETERMINERS: Final = frozenset("a an the another one each every this that his her their its my our your".split())
# Cue forms that are nouns too ("claims", "reports", "tweets"): after a determiner they are nouns.
NOUN_FORMS: Final = frozenset(form for form, lemma in FORM_TO_LEMMA.items() if form in (lemma, lemma + "s", lemma + "es") and lemma not in ("say", "tell"))
# "a say in", "the final say", "more say": "say" as a noun after these ("Many say" and "Two say" speak).
SAY_AS_NOUN_AFTER: Final = frozenset("a an the his her their its our your my final more greater bigger real equal last any".split())
# A dash, and a dash ending the text before a position; " - " and "--" stand for a dash in wire copy.
DASH_FORMS: Final = r"\u2014|\s[-\u2013]\s|--"
DASH: Final = re.compile(rf"\s*(?:{DASH_FORMS})")
DASH_BEFORE: Final = re.compile(r"(?:\u2014|\s[-\u2013]|--)\s*$")
# "… by the Ruiz campaign — a fact the board later confirmed": a dash, then a noun phrase with "a", "an" or
# "one", and no dash after it: the writer's comment on what was said, not its end.
_WRITER_ASIDE: Final = re.compile(rf"(?:{DASH_FORMS})\s*(?:an?|one)\s")


def may_hold_dash(text: str) -> bool:
    """Whether `text` may hold a dash (DASH_FORMS): three one-character scans, no regex."""
    return "-" in text or "\u2014" in text or "\u2013" in text


_NUMBER_AFTER: Final = re.compile(r"\s+\d+(?:[.,]\d+)*%?")


def end_after_number(masked: str, end: int) -> int:
    """`end`, or the end of a number right after it ("harbour master from 2007 to 2013, said"): TOKEN's
    words never open with a digit, so a subject read word by word would stop before it. (The caller
    tests for the digit first: most subjects end in a word.)"""
    found = _NUMBER_AFTER.match(masked, end)
    return found.end() if found else end


def last_dash(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the last dash (an em dash, a spaced hyphen or en dash, "--") in text[start:end] begins, or -1."""
    end = len(text) if end is None else end
    return max(text.rfind("\u2014", start, end), text.rfind(" - ", start, end), text.rfind(" \u2013 ", start, end),
               text.rfind("--", start, end))


def writer_aside_start(masked: str, start: int, end: int, speaker_at: int) -> int:
    """Where a writer's closing aside after a dash begins inside masked[start:end], else `end`. The
    aside runs to the sentence's end: one closed by a second dash is the sentence's own, and one that
    holds the speaker ("- a provision, Ruiz said, that …") is the content."""
    dash = last_dash(masked, start, end)
    if dash <= max(start, speaker_at):
        return end
    found = _WRITER_ASIDE.match(masked, dash)
    return dash if found and DASH.search(masked, found.end()) is None else end


# "went on to say", "continued to insist", "was quick to point out": words before "to" that leave the cue
# verb the clause's own. Verbs standing right before "to", verbs before "on to", and a form of "be" with
# an adjective of readiness (a wish not to speak, "was reluctant to say", is no voice: not listed).
CONTINUING_VERBS: Final = frozenset("continued continues continue continuing proceeded proceeds used".split())  # "used to say": habit
# "appeared to suggest that", "seems to say": a hedge on what was said, which still was
HEDGING_VERBS: Final = frozenset("appeared appears seemed seems".split())
GOING_ON_VERBS: Final = frozenset("went goes go going".split())
# Verbs of aspect before a cue's -ing form: "kept saying that", "began posting that" report speech.
ASPECT_VERBS: Final = frozenset("kept keeps keep began begins begin started starts start continued continues continue".split())
READY_ADJECTIVES: Final = frozenset("quick careful eager keen happy glad willing ready anxious proud".split())
BE_FORMS: Final = frozenset("is are was were be been".split())
# "took to Instagram to say", "took to X on Monday to announce": a medium taken to, then the cue.
TAKING_VERBS: Final = frozenset("took takes take taking".split())
MAX_MEDIUM_WORDS: Final = 6  # "the airwaves", "social media on Sunday night"


def holds_a_cue_clause(speaker: str) -> bool:
    """"members of the board told the Gazette she": a speaker phrase holding a cue verb of its own
    (not in a relative clause: "an aide who asked not to be named") is a clause, not a speaker."""
    words = speaker.split()
    return any(word in _CLAUSE_VERB_FORMS and words[k - 1] not in _RELATIVES for k, word in enumerate(words) if k)


def role_before_predicate(role: str, form: str) -> str | None:
    """The role read with a speaker before cue verb `form`, without the predicate of a cue verb of
    its own that ends it ('an aide, replied on Friday (to suggest)' -> 'an aide'). None when that
    predicate holds a clause, whose subject `form` then has ('an aide, told us that Ruiz (believes)'),
    unless `form` is a participle ('…, told us that A was wrong(,) adding'): the speaker's own."""
    head, _, last = role.rpartition(", ")
    words = last.split()
    if not words or words[0] not in _CLAUSE_VERB_FORMS:
        return role
    if not form.endswith("ing") and not _CLAUSE_IN_PREDICATE.isdisjoint(words[1:]):
        return None
    return head


_CLAUSE_IN_PREDICATE: Final = frozenset("that how why what whether if".split()) | FINITE_AUXILIARIES
_RELATIVES: Final = frozenset("who that which whom".split())
# Cue forms that are verbs only: "state", "claims" or "reports" in a speaker phrase may be nouns.
_CLAUSE_VERB_FORMS: Final = frozenset(form for form in REPORTED_FORMS if form not in NOUN_FORMS and not form.endswith("ing"))


def catenative_start(words: list[str], to: int) -> int:
    """Index of the first word of a catenative before the "to" at `to` ("went on to", "were quick
    to", "was at pains to"), else `to` + 1."""
    before = words[to - 1].lower() if to >= 1 else ""
    if before in CONTINUING_VERBS or before in HEDGING_VERBS:
        return to - 1
    if before == "on" and to >= 2 and words[to - 2].lower() in GOING_ON_VERBS:
        return to - 2
    taken = _taking_to_start(words, to)
    if taken is not None:
        return taken
    occasion = _occasion_to_start(words, to)
    if occasion is not None:
        return occasion
    adjective = to - 2 if before == "pains" and to >= 2 and words[to - 2].lower() == "at" else to - 1
    if (adjective < to - 1 or before in READY_ADJECTIVES) and adjective >= 1 and words[adjective - 1].lower() in BE_FORMS:
        return adjective - 1
    return to + 1


def _taking_to_start(words: list[str], to: int) -> int | None:
    """Index of "took" in "took to Instagram to" (up to MAX_MEDIUM_WORDS words of medium, no comma
    among them) before the "to" at `to`, else None."""
    for medium in range(1, MAX_MEDIUM_WORDS + 1):
        first = to - medium  # the medium's first word; "to" and "took" stand before it
        if first < 2 or words[first].endswith(","):
            return None
        if words[first - 1].lower() == "to" and words[first - 2].lower() in TAKING_VERBS:
            return first - 2
        if words[first - 1].endswith(","):
            return None
    return None


# A verb of going somewhere or taking an occasion, whose subject then speaks: "took the stage to say", "went on
# local radio to say", "called the Gazette to say", "stood up at the meeting to say". Never right before "to"
# ("came to say" may be a plan), and never "called on / for X to say" (others are asked to).
_OCCASION_VERBS: Final = frozenset("took went stood stepped came appeared returned called phoned wrote used turned got rose jumped".split())
_CALLED_ON: Final = frozenset(("on", "upon", "for"))
_NOT_BETWEEN: Final = frozenset("and but or who whom which that if because when while as not never to".split())  # "took the ferry to Dover to tell"


def _occasion_to_start(words: list[str], to: int) -> int | None:
    """Index of the verb in "took the stage to" (one to MAX_MEDIUM_WORDS words between, none opening a
    clause of its own) before the "to" at `to`, with a word before it for the subject; else None."""
    for between in range(1, MAX_MEDIUM_WORDS + 1):
        verb = to - between - 1
        if verb < 1 or words[to - between].lower() in _NOT_BETWEEN:
            return None
        if words[verb] in _OCCASION_VERBS:
            return None if words[verb] in ("called", "phoned") and words[verb + 1] in _CALLED_ON else verb
    return None


# "He's said", "they've told", "she'd said", "they're saying": the pronoun with an auxiliary run into it
# ("it's" is "it is" here). Whether "'d" is "had" or a modal "would" is the verb's to tell (reported.py).
_PRONOUN_AND_AUXILIARY: Final = re.compile(
    r"(?P<pronoun>he|she)[\u2019'](?P<auxiliary>[sd])|(?P<plural>they)[\u2019'](?P<plural_auxiliary>ve|re|d)")


def pronoun_and_auxiliary(word: str) -> tuple[str, str] | None:
    """("he", "s") for "he's", ("they", "re") for "they're" (a lower-case word), else None."""
    found = _PRONOUN_AND_AUXILIARY.fullmatch(word)
    if found is None:
        return None
    return (found["pronoun"], found["auxiliary"]) if found["pronoun"] else (found["plural"], found["plural_auxiliary"])


# A time between a subject and its verb: "Ana Ruiz Sunday night recounted", "but on Tuesday wrote".
TIME_WORDS: Final = frozenset("""morning afternoon evening night today yesterday tonight week month year weekend""".split()) | WEEKDAYS
TIME_OPENERS: Final = frozenset("on last this late early".split())
MONTHS: Final = frozenset("January February March April May June July August September October November December".split())
_YEAR_GAP: Final = re.compile(r"\s+(?:1[89]|20)\d\d,?\s+")


def time_after_in(words: list[str], j: int, index: int, masked: str, in_end: int, next_start: int) -> bool:
    """Whether the "in" at word j opens a time between subject and cue verb (word `index`): "in
    March" (a month next) or "in 2010" (a year, which is no word, between it and the next word)."""
    if j + 1 < index and words[j + 1] in MONTHS:
        return True
    return bool(_YEAR_GAP.fullmatch(masked, in_end, next_start))
# A span of time between a perfect auxiliary and its verb: "has in recent weeks said", "have for years argued",
# "had over the past few days suggested", "has since said".
_PERFECT: Final = frozenset("has have had".split())
_SPAN_OPENERS: Final = frozenset("in for over during".split())
_SPAN_INNER: Final = frozenset("the past recent last few several many some a long two three four five six ten".split())
_SPAN_ENDS: Final = frozenset("days weeks months years decades time past interim".split())
_SPAN_WORDS: Final = 4  # "over the past few days"


def said_only(words: list[str], j: int, index: int) -> bool:
    """Whether the words walked over between a subject ending at `j` and the cue verb at `index` are
    "would" with "only" beside the verb: "would only say that", news copy's "said only"."""
    walked = [word.lower() for word in words[j + 1 : index]]
    return walked[:1] == ["would"] and walked.count("would") == 1 and (
        "only" in walked or index + 1 < len(words) and words[index + 1] == "only")


def time_span_after_perfect(words: list[str], end: int) -> int:
    """Where a span of time ending at words[end] opens when "has", "have" or "had" stands right before
    it ("has in recent weeks said"); -1 otherwise."""
    last = words[end].lower()
    if last == "since":
        return end if end and words[end - 1].lower() in _PERFECT else -1
    if last not in _SPAN_ENDS:
        return -1
    k = end - 1
    while k >= 0 and end - k < _SPAN_WORDS and words[k].lower() in _SPAN_INNER:
        k -= 1
    return k if k >= 1 and words[k].lower() in _SPAN_OPENERS and words[k - 1].lower() in _PERFECT else -1


# Set phrases of time that may stand between a subject and its verb: "Ana Ruiz at the time said".
_TIME_PHRASES: Final = tuple(tuple(phrase.split()) for phrase in TIME_PHRASES)
TIME_PHRASE_WORDS: Final = frozenset(word for phrase in _TIME_PHRASES for word in phrase)  # a cheap test before the call


def time_phrase_start(words: list[str], j: int, verb: int) -> int:
    """Where a set phrase of time ("at the time", "at first", "in the past", "back then") holding
    words[j] opens, when it ends before the cue verb at `verb` and a word stands before it; -1 otherwise."""
    word = words[j].lower()
    for phrase in _TIME_PHRASES:
        for offset, part in enumerate(phrase):
            start, end = j - offset, j - offset + len(phrase)
            if part == word and start >= 1 and end <= verb and tuple(w.lower() for w in words[start:end]) == phrase:
                return start
    return -1


# Cue forms that are also adjectives: "state Sen. Jo Li", "state lawmakers" name people, and state nothing.
ADJECTIVE_FORMS: Final = frozenset(("state", "pledged"))
# "pledged delegates": a cue form that is an adjective only before these nouns
_MODIFIED_ONLY: Final = {"pledged": frozenset("delegate delegates superdelegate superdelegates".split())}


# What follows "state" as a verb ("state that", "state the obvious", "state in a filing"); before any
# other word it is the adjective ("most state laws", "state budget").
_AFTER_STATE_AS_VERB: Final = frozenset("""that the a an his her their its our my your this these those what whether how why
    in on at to as clearly publicly explicitly otherwise flatly plainly simply""".split())


def adjective_before(form: str, word: str) -> bool:
    """Whether the word after such a form is one it modifies ("state Sen.", "state lawmakers", "state
    laws", "pledged delegates")."""
    if form in _MODIFIED_ONLY:
        return word in _MODIFIED_ONLY[form]
    return word.lower() not in _AFTER_STATE_AS_VERB


# Cue forms read as nouns after "a news", "the final" ("the island believe" keeps its verb).
BARE_NOUNS: Final = frozenset("report claim tweet post comment remark note reply answer promise pledge request statement "
                       "warning complaint response quote think vow state".split())


_NAME_WORDS: Final = 6
# Nouns before a cue form that is a noun too: "media reports", "news release", "press statement".
NOUN_MODIFIERS: Final = frozenset(("media", "news", "press"))


def singular_noun_before(words: list[str], j: int) -> bool:
    """'a news report', 'the new statement', 'a 2014 House committee report': a singular noun or adjective
    after an article (or a name after "a"), before a cue form that is a bare noun too; a singular subject
    would take "reports"."""
    if words[j].endswith("s") and words[j] != "news":
        return False
    if words[j].islower():
        return j > 0 and words[j - 1].lower() in ("a", "an", "the")
    k = j  # "A 2014 House Intelligence Committee report": a name's words and numbers back to the article
    while k > 0 and (words[k][:1].isupper() or words[k].isdigit()) and j - k < _NAME_WORDS:
        k -= 1
    return k < j and words[k].lower() in ("a", "an")  # "The Harbor Committee reports": "the" may open a subject


# "… led critics to": a causative verb, then its object (no comma, colon, bracket or quote mark) right before "to".
_CAUSED_BEFORE_TO: Final = re.compile(rf"\b(?P<verb>{'|'.join(CAUSATIVE_VERBS)})\s+(?P<object>[^\s,;:()\u201c\u201d\"][^,;:()\u201c\u201d\"]{{0,59}}?)\s+$")
_CAUSATIVE_REACH: Final = 90  # characters before "to": a causative verb and an object of up to 60 characters


def caused_to_speak(masked: str, to_start: int) -> tuple[str, int] | None:
    """(speaker, offset) when a causative verb and its object stand right before the "to" at `to_start`
    ("the ruling led some judges to say"): the object speaks, "her" as "she". None when the causing is
    negated or only possible ("never prompted them to", "would have led them to")."""
    window_start = max(0, to_start - _CAUSATIVE_REACH)
    found = _CAUSED_BEFORE_TO.search(masked, window_start, to_start)
    if found is None:
        return None
    for word in masked[window_start : found.start()].lower().split()[-2:]:
        if word in NEGATIONS or word in MODALS or word.endswith("n't"):
            return None
    caused = found.group("object")
    return SUBJECT_OF_OBJECT_PRONOUN.get(caused, caused), found.start("object")  # "led her to say": she speaks
