"""Cue clauses set off by commas after or inside the content, and the quick tests before them.

  CONTENT, officials said.      CONTENT, said Jo Li, a long role.      A, she said, B.
  CONTENT, officials say; MORE.

Offsets count from the masked sentence's first character (see content.py).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from stance.extract.content import MASK, LocalCue, after_spaces, content_after_verb
from stance.extract.cues import ADDRESSEE_LEMMAS, FORM_TO_LEMMA, REPORTED_FORMS, REPORTED_FORMS_RE
from stance.extract.groups import is_group
from stance.extract.inverted import parse_inverted_speaker
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.tables import FILLER_WORDS, FINITE_AUXILIARIES, MODALS, PASSIVE_AUX, SUBJECT_PRONOUNS
from stance.extract.verb_group import last_dash

# Words that may follow a post-posed cue: "..., officials told Reuters on Monday."
_CUE_TRAILERS: Final = frozenset("to in on at during last this earlier later yesterday today recently through via".split())
_WEEKDAY: Final = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_COMMA: Final = re.compile(",")
_MAX_CUE_CLAUSE_CHARS: Final = 80
_MAX_CUE_TRAILER_WORDS: Final = 6
_MAX_TRAILER_PHRASE_WORDS: Final = 10
_WHEN_WORDS: Final = frozenset("as while when after before".split())
_CLAUSE_SUBJECTS: Final = SUBJECT_PRONOUNS - {"it"}  # a person's pronoun: "as the key obstacle" may be no clause
_COORDINATORS: Final = frozenset("and but or yet".split())
_CONTENT_OPENERS: Final = frozenset("that if whether why how what who".split())  # open a content, never a cue's trailer
_OCCASION_OPENINGS: Final = frozenset("during in at on".split())
# "adviser to the mayor", "a source close to him": "to" before these opens no infinitive
_NOT_A_VERB_AFTER_TO: Final = frozenset("the a an his her their its our my your this that these those him them us me it".split())
_CLAUSE_WORDS: Final = frozenset("that who which is are was were has have had and but".split())
MAX_TAIL_CHARS: Final = 240  # "CONTENT, said Jo Li, director of ...": a speaker and role, never a clause this long
_QUOTE_OR_MASK: Final = frozenset("\u201c\u201d\"'\u2018\u00ab" + MASK)
_TWO_WORDS: Final = re.compile(r"\s*\S+\s+\S")
_FINITE_AUXILIARY: Final = rf"(?:{'|'.join(sorted(FINITE_AUXILIARIES))})\s"
_SENTENCE_GOES_ON: Final = re.compile(rf",\s+{_FINITE_AUXILIARY}")  # "…, says Jo Li, a historian, is that …"
_OPENS_WITH_AUXILIARY: Final = re.compile(_FINITE_AUXILIARY)
_INVERTED_TAIL: Final = re.compile(rf",\s+(?P<verb>{REPORTED_FORMS_RE})\s+(?P<rest>[A-Z])")


class _CueClause(NamedTuple):
    subject: str  # the words naming the speaker
    verb: str


def split_cue_clause(clause: str) -> _CueClause | None:
    """'officials said on Monday' -> ('officials', 'said'); 'said the ministry' -> ('the ministry', 'said')."""
    words = clause.split()
    if not words:
        return None
    if words[0] in REPORTED_FORMS and not words[0].endswith("ing"):  # inverted: "said the ministry"
        if FORM_TO_LEMMA[words[0]] == "tell":  # "…, told the Gazette": whom it was told; its subject stands before
            return _CueClause("", words[0])
        end = next((i for i, w in enumerate(words[1:], 1) if w in _CUE_TRAILERS), len(words))
        if not _CONTENT_OPENERS.isdisjoint(words[end:]):
            return None  # "Jo Vargas, an activist, asked the mayor during a chat if …": a clause, no trailer
        return _CueClause(" ".join(words[1:end]), words[0])
    k = next((i for i, w in enumerate(words) if w in REPORTED_FORMS), None)
    if k:  # "…, Holt said as she left the hall", "…, Holt said after touring the pier": a clause of when ends the cue clause
        words = words[: next((m for m in range(k + 1, len(words) - 1) if words[m] in _WHEN_WORDS and (
            words[m + 1].lower() in _CLAUSE_SUBJECTS or words[m] != "as" and words[m + 1].endswith("ing") and words[m + 1].islower())),
            len(words))]
    if not k or (k + 1 < len(words) and words[k + 1] not in _CUE_TRAILERS and not _WEEKDAY.match(words[k + 1])
                 and FORM_TO_LEMMA[words[k]] not in ADDRESSEE_LEMMAS):
        return None
    # "said during his campaign speech to the delegates", "said this week at an event in Dover": a place
    # or occasion, after a time of up to two words, may run longer
    opened = not _OCCASION_OPENINGS.isdisjoint(words[k + 1 : k + 4]) and _CLAUSE_WORDS.isdisjoint(words[k + 1 :])
    if len(words) - k - 1 > (_MAX_TRAILER_PHRASE_WORDS if opened else _MAX_CUE_TRAILER_WORDS) or ":" in clause:
        return None  # "X asked Y a simple question: …" is a clause of its own, not a cue
    j = k
    while j > 0 and words[j - 1].lower() in FILLER_WORDS:
        j -= 1
    between = {word.lower() for word in words[j:k]}
    if not MODALS.isdisjoint(between) or not words[k].endswith("ing") and not PASSIVE_AUX.isdisjoint(between):
        return None  # "…, she would ask the council": nothing said yet; "…, she was told": she heard it
    if any(words[m] == "to" and words[m + 1].islower() and words[m + 1] not in _NOT_A_VERB_AFTER_TO for m in range(j - 1)):
        return None  # "…, went to see Holt speak last week": an infinitive's object, no subject
    return _CueClause(" ".join(words[:j]), words[k])


def _a_thing(phrase: SpeakerPhrase) -> bool:
    """A group phrase headed by no person noun ("its decision to shut down"): after an inverted cue
    verb it is the verb's object, not the speaker."""
    return phrase.kind is PhraseKind.GROUP and not is_group(phrase.text)


def postposed_cue(masked: str) -> LocalCue | None:
    """'CONTENT, officials said.' or 'CONTENT, said Ana Silva, a spokeswoman.'; also with an aside
    after a dash ('CONTENT, Tom Reyes said on Monday — a turn from his stance.')."""
    if masked.rstrip().endswith((",", ":")):
        return None  # "In a post, the harbour account said," introduces the next paragraph: no content before it
    body = masked.rstrip(" .!?")
    found = _postposed_in(body)
    if found is None:
        dash = last_dash(body)
        if dash > body.rfind(",", 0, dash) > 0:
            found = _postposed_in(body[:dash].rstrip())
    return found


def _postposed_in(body: str) -> LocalCue | None:
    last = body.rfind(",")
    for comma, role in ((last, ""), (body.rfind(",", 0, last) if last > 0 else -1, body[last + 1 :].strip())):
        if comma <= 0 or MASK in body[comma:] or body[comma - 1 : comma].isdigit() and body[comma + 1 : comma + 2].isdigit():
            continue  # (not the comma of "50,000")
        clause = body[comma + 1 : last if role else len(body)].strip()
        split = split_cue_clause(clause)
        if split is not None and not split.subject and not role:  # "CONTENT, Jo Li, a nurse, said on Monday."
            return _appositive_speaker_cue(body, last, split.verb)
        if split is None or len(body[:comma].split()) < 3 or role and (
                not clause.startswith(split.verb) or _OPENS_WITH_AUXILIARY.match(role)):
            continue  # a role follows only an inverted cue: "CONTENT, said Ana Silva, a spokeswoman" (not ", would be …")
        phrase = parse_speaker(split.subject)
        if phrase is None or phrase.kind is PhraseKind.PRONOUN and role or clause.startswith(split.verb) and _a_thing(phrase):
            continue  # (after the verb, a thing is its object: "Pinbox, a rival, announced its decision to …")
        if role and phrase.kind is PhraseKind.GROUP and (named := parse_inverted_speaker(f"{split.subject}, {role}")) is not None \
                and named.kind is PhraseKind.NAME:  # "CONTENT, said the firm's chief, Jo B. Li": the name after the group
            phrase, role = named, named.role
        phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
        return LocalCue(phrase, split.verb, 0, comma, after_spaces(body, comma + 1))
    return None


def _appositive_speaker_cue(body: str, last: int, verb: str) -> LocalCue | None:
    """'CONTENT, the chief executive, Jo Li, said': a bare cue verb after the last comma has a speaker
    with an appositive before it (two or three comma parts: a name and its role, or a role and a name)."""
    found = None
    comma = body.rfind(",", 0, last)  # "CONTENT, Jo Li, said": no subject is set off from its verb by a lone comma
    for _ in range(2):
        comma = body.rfind(",", 0, comma) if comma > 0 else -1
        if comma <= 0 or MASK in body[comma:last] or len(body[:comma].split()) < 3:
            break
        phrase = parse_speaker(body[comma + 1 : last])
        if phrase is None or phrase.kind is not PhraseKind.NAME or not phrase.role:
            continue
        if found is not None and phrase.text != found.speaker.text:  # type: ignore[union-attr]
            break  # "A, Ana Ruiz, Jo Li, a nurse, said": the longer reading must name the same person
        found = LocalCue(phrase, verb, 0, comma, after_spaces(body, comma + 1))
    return found


# Words after an opening participle that make it a phrase, not an adjective before a noun ("Rising costs").
_PARTICIPLE_OBJECT_OPENERS: Final = frozenset("in on to at for with about from the a an his her their its this that".split())


# A comma or a dash and a word that opens the next clause: where an interjected cue's content ends before
# another cue.
_CLAUSE_BREAK: Final = re.compile(r"(?:,\s+|\s*[\u2013\u2014]\s*|\s-\s+)(?:and|but|though|although|while|whereas|yet)\s")


def set_off_cue(masked: str, between: bool, later_content: int = -1) -> LocalCue | None:
    """A cue clause set off by commas, after the content ('A, officials said.') or inside it ('A, she said, B');
    `between`: whether a cue verb stands between two commas, which an interjected cue needs. With
    `later_content` >= 0, another cue's content starts there: only an interjected cue before it speaks, its
    content ended at the last clause break before that cue ('A, she said, B, though she admitted “…”')."""
    if later_content < 0:
        return postposed_cue(masked) or (interjected_cue(masked) if between else None)
    # (the cue clause's two commas stand before the later content: most sentences have no second one there)
    found = interjected_cue(masked) if between and masked.count(",", 0, later_content) >= 2 else None
    if found is None or found.position >= later_content:
        return None
    end = -1
    for end_match in _CLAUSE_BREAK.finditer(masked, found.position, later_content):
        end = end_match.start()
    return found._replace(end=end) if end > 0 else None


def earlier_cue_clause(masked: str, later: LocalCue) -> tuple[LocalCue, LocalCue] | None:
    """'A, Radio Kell reported, while B, the Post reported.': a cue clause set off by commas inside the
    content of a later one, and a clause break after it. The earlier clause speaks A; the later, B."""
    if later.position < later.end:
        return None  # 'A, he said, and B.': one cue clause inside its own content
    earlier = interjected_cue(masked[: later.end])
    if earlier is None:
        return None
    left, right = masked.rfind(",", 0, earlier.position), masked.find(",", earlier.position, later.end)
    following = _CLAUSE_BREAK.match(masked, right) if right > 0 else None
    if following is None or left <= 0:
        return None
    return earlier._replace(start=later.start, end=left), later._replace(start=following.end())


def interjected_cue(masked: str) -> LocalCue | None:
    """'A, he said, B.' / 'A, said Jo Li, B.': a cue clause set off by commas inside the content,
    which is then the whole sentence."""
    if masked.count(",") < 2:
        return None  # a cue clause needs a comma on each side
    commas = [m.start() for m in _COMMA.finditer(masked)]
    if not masked[: commas[0]].strip():
        return None
    for left, right in zip(commas, commas[1:]):
        if right - left > _MAX_CUE_CLAUSE_CHARS:
            continue
        clause = masked[left + 1 : right]
        after = after_spaces(masked, right + 1)
        if MASK in clause or masked[after : after + 1] in _QUOTE_OR_MASK or not _TWO_WORDS.match(masked, after):
            continue  # 'Later, she said, “…”': the cue of a quote, which is a voice already
        split = split_cue_clause(clause.strip())
        # "A — as experts believe, and critics are alleging, but B denies —" coordinates clauses; "A, and as
        # Ruiz noted, B" sets a cue clause off inside its content
        opening = clause.split(None, 2)
        if split is None or opening[0].lower() in _COORDINATORS and opening[1:2] != ["as"]:
            continue
        phrase = parse_speaker(split.subject)
        if phrase is not None:
            # "A, Ruiz said on Friday, commenting on B": a participle after the cue clause begins a clause of its own
            following = masked[after : after + 20].split(" ", 1)[0]
            end = left if following.endswith("ing") and following.islower() else len(masked)
            opening = masked.lstrip().split(" ", 2)
            if end == left and opening[0].lower().endswith("ing") and opening[1:2] and opening[1] in _PARTICIPLE_OBJECT_OPENERS:
                return None  # "Weighing in on the talks, Ruiz agreed, praising …": an opening phrase, no content
            return LocalCue(phrase, split.verb, 0, end, left + 1 + len(clause) - len(clause.lstrip()))
    return None


def inverted_tail_cue(masked: str) -> LocalCue | None:
    """'CONTENT, said Jo Li, director of the institute at the university, Davis.': the speaker and a
    role of any length after an inverted cue."""
    third_word = last_mask = None  # read at the first candidate: most sentences have none
    for found in _INVERTED_TAIL.finditer(masked):
        if last_mask is None:
            third_word = _TWO_WORDS.match(masked)  # the content needs three words: its first two end here
            last_mask = masked.rfind(MASK)
        if not third_word or found.start() <= third_word.end() or last_mask > found.end("verb") or (
            FORM_TO_LEMMA[found.group("verb")] in ADDRESSEE_LEMMAS or len(masked) - found.start("rest") > MAX_TAIL_CHARS
            or found.group("verb").endswith("ing")
        ):
            continue  # "…, told Acme News last week she …": an addressee; "…, highlighting America's …": a participle
        if _SENTENCE_GOES_ON.search(masked, found.start("rest")):
            continue  # "A, says Carl Anthony, a historian, is that B": an interjected cue, not a tail
        phrase = parse_inverted_speaker(masked[found.start("rest") :].rstrip(" .!?"))
        if phrase is not None and not _a_thing(phrase):  # (not "…, announced its decision to …": its object)
            return LocalCue(phrase, found.group("verb"), 0, found.start(), found.start("rest"))
    return None


def postposed_before_semicolon(masked: str) -> LocalCue | None:
    """'CONTENT, officials say; MORE.': a post-posed cue closing the first clause of its sentence."""
    semicolon = masked.find(";")
    while semicolon > 0:
        head = masked[:semicolon]
        if cue_verb_after_comma(head):
            post = postposed_cue(head)
            if post:
                return post
        semicolon = masked.find(";", semicolon + 1)
    return None


def cue_verb_after_comma(masked: str, words: list[str] | None = None, verbs: list[tuple[int, int]] | None = None) -> bool:
    """Whether a cue verb stands as a word after the first comma (set off by spaces, commas or the
    sentence's end), which inverted, post-posed and interjected cue clauses all need: a quick test
    that spares most sentences their clause splitting. `verbs`: the cue verbs among `words`, exactly
    TOKEN's words of `masked` (_cue_verbs), when known; such a word is one of them."""
    first = masked.find(",")
    if first < 0:
        return False
    if verbs is None or words is None:
        return not REPORTED_FORMS.isdisjoint(masked.rstrip(" .!?")[first:].replace(",", " ").split())
    text_end = len(masked.rstrip(" .!?"))  # once: a strip per verb copies the rest of the sentence each time
    for index, start in verbs:
        if start > first and (masked[start - 1] == "," or masked[start - 1].isspace()):
            end = start + len(words[index])
            after = masked[end : end + 1]
            if after == "," or after.isspace() or end >= text_end:
                return True
    return False


def verb_between_commas(masked: str, verbs: list[tuple[int, int]]) -> bool:
    """Whether one of the cue verbs (_cue_verbs) stands between the first comma and the last, as
    the verb of a cue clause set off by commas ("A, he said, B") does."""
    first, last = masked.find(","), masked.rfind(",")
    return any(first < start < last for _, start in verbs)


_WHO_THEN_CUE: Final = re.compile(rf",\s+who\s+(?:also\s+)?(?P<verb>{REPORTED_FORMS_RE})\b")


def who_reported_after(masked: str, inverted: LocalCue) -> LocalCue | None:
    """'A, said Jo Rubel, an analyst, who noted that B': B, in the inverted speaker's voice; its
    position is where ", who" stands (the content of A ends before it)."""
    found = _WHO_THEN_CUE.search(masked, inverted.position)
    if found is None:
        return None
    start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[found.group("verb")])
    return LocalCue(inverted.speaker, found.group("verb"), start, len(masked), found.start()) if start is not None else None

