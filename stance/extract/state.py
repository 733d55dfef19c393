"""What extraction has seen so far in one article: the names mentioned outside quotes, the persons
opening sentences, the organisations that spoke, and how a speaker phrase resolves against them.

Offsets: positions are absolute (into the article text); `masked` is one sentence's slice of the
masked text, counted from the sentence's start.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final, NamedTuple

from stance.extract.capitals import POSSESSIVE, WORD_KINDS, name_in_run, without_leading_words
from stance.extract.content import after_spaces
from stance.extract.mentions import (
    MIDSENTENCE_CAPITAL, after_kinship_noun, after_person_noun, appositive_person, is_title_case, split_at_demonyms, stands_midsentence_in)
from stance.extract.references import (
    SentenceSubject, organisation_before, organisation_ending, person_described_as, person_for_pronoun, person_of_age,
    previous_subject, refers_to_organisation)
from stance.extract.registry import MentionKind, SpeakerRegistry, new_tuple as _new_tuple
from stance.extract.spans import Sentence
from stance.extract.names import split_title
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.subjects import Subject
from stance.extract.tables import DEMONYMS, ORGANISATION_NOUNS, ORGANISATION_WORDS, PLACE_NAMES
from stance.records import Voice

# A run of capitalised words, optionally after an honorific ("Mrs. Ana Silva"). It starts
# with [A-Z] so that re can skip ahead to the next capital letter instead of trying the
# pattern at every position; an honorific's other letters follow, then a lookbehind checks
# the whole word. Each alternative starts with a letter, which re tests before anything else:
# most capitals open no honorific, and most words after a run are neither capitalised nor a
# particle ("de"). Nothing after a word can fail, so no repeat gives anything back: a word's letters
# repeat possessively (*+); the group of further words repeats greedily, which matches the same, since
# Python before 3.11.5 gets a possessive repeat of a group wrong (test_regex_portability).
_CAPITAL_RUN: Final = re.compile(r"[A-Z](?:(?:r(?<=Mr)|rs(?<=Mrs)|s(?<=Ms)|r(?<=Dr)|rof(?<=Prof))\.?\s+[A-Z])?[\w’'\-&]*+"
                          r"(?:\s+(?:[A-Z]|(?:de|da|van|von|der|al|bin|le|la|of|for)\s+[A-Z])[\w’'\-&]*+"
                          r"(?:(?<=\b[A-Z])\.(?=\s+[A-Z]))?)*")  # a middle initial: "Donald J. Trump"
_MIDSENTENCE_SEARCHES: Final = 32  # an article asks about 7 words (median; at most 13 in 3,000 articles)


_TOPIC_OPENERS: Final = frozenset("Of To For About On As With".split())
_LABEL_WORDS: Final = 4  # "FULL TEXT.", "CORRECTION APPENDED.": a label in capitals is this short


def _names_nothing(sentence: Sentence, masked: str) -> bool:
    """A headline in Title Case (a period ends none, but the article's first line may carry one) or a
    short label in capitals: what they name is no antecedent."""
    if masked[-1:] != ".":
        return is_title_case(masked)
    if masked.isupper() and masked.count(" ") < _LABEL_WORDS:
        return True
    # With a period, only a first line whose every longer word is capitalised: "Ana Ruiz and Jo Li met
    # at noon." is a sentence.
    return sentence.paragraph == 0 and is_title_case(masked[:-1]) and not any(
        word[0].islower() for word in masked.split() if len(word) > 3)


class Attribution(NamedTuple):
    """Who speaks: the canonical speaker and the role given for them ("" when unknown)."""

    speaker: str
    role: str


NOBODY: Final = Attribution("", "")


class ArticleState:
    """What extraction has seen so far in one article."""

    def __init__(self, article_id: str, text: str, masked_text: str, named_text: str | None = None) -> None:
        self.article_id = article_id
        self.text = text
        self.masked_text = masked_text  # the text with quoted characters masked (same offsets)
        # The text with nicknames inside names blanked (same offsets), where direct quotes' speakers are read.
        self.named_text = text if named_text is None else named_text
        self.registry = SpeakerRegistry()
        self.voices: list[Voice] = []
        self.last_voice_sentence: Sentence | None = None
        self.last_anonymous: str = ""
        self.subjects: list[SentenceSubject] = []  # persons opening a sentence, for he/she
        self.previous_sentence_start = -1
        self.speaking_organisations: set[str] = set()
        self.subject_organisations: set[str] = set()  # organisations that opened a sentence
        self.head_subject: tuple[int, Subject | None] | None = None  # (sentence start, its subject)
        self._midsentence: dict[str, bool] = {}  # stands_midsentence's answers so far
        self._midsentence_capitals: set[str] | None = None  # every one, once searches would cost more
        self._interviewees: dict[int, str | None] = {}  # interviewee's answers: one count per interview, not per answer

    def stands_midsentence(self, word: str) -> bool:
        """Whether the capitalised `word` stands somewhere in the text after a lower-case word, a comma
        or a semicolon: a name, not just a sentence opener. An article asks about a few words (a text
        search each, remembered); past _MIDSENTENCE_SEARCHES, every such capital is collected in one
        pass, so a long text costs linear time, not a search per word."""
        known = self._midsentence.get(word)
        if known is None:
            if self._midsentence_capitals is None and len(self._midsentence) < _MIDSENTENCE_SEARCHES:
                known = stands_midsentence_in(self.text, word)
            else:
                if self._midsentence_capitals is None:
                    self._midsentence_capitals = set(MIDSENTENCE_CAPITAL.findall(self.text))
                known = word in self._midsentence_capitals
            self._midsentence[word] = known
        return known

    def resolve(self, phrase: SpeakerPhrase | None, position: int) -> Attribution:
        """The canonical speaker of a parsed phrase standing at `position` (absolute)."""
        if phrase is None:
            return NOBODY
        registry = self.registry
        if phrase.kind is PhraseKind.PRONOUN:
            speaker = (self._speaker_of_this_sentence(phrase.text)
                       or previous_subject(self.subjects, registry, phrase.text, self.previous_sentence_start)
                       or registry.resolve_pronoun(phrase.text, position) or phrase.text)
            return Attribution(speaker, registry.role_of(speaker))
        if phrase.kind is PhraseKind.NAME:
            # A speaker with a first and last name and no organisation word is a person,
            # even when the given-names table does not know the first name.
            # "Hoskins said" after "Rosetta Hoskins": the full name counts, known given name or not.
            if phrase.text.endswith(_POSSESSIVE_ENDINGS) and " of " not in phrase.text:
                # "Ana Ruiz's first tweet read": the owner speaks, named without the possessive
                phrase = phrase._replace(text=phrase.text[:-2])
            tokens = registry.canonical(phrase.text).split()
            person = (  # the word tests first: the role is parsed only when they do not settle it
                len(tokens) >= 2 and tokens[0] != "the" and not ORGANISATION_WORDS.intersection(tokens)
                and tokens[0] not in PLACE_NAMES
            ) or (bool(phrase.role) and parse_speaker(phrase.role) is not None  # not "Acme, a data firm"
                  and phrase.role.split()[-1].lower() not in ORGANISATION_NOUNS)
            named_before = organisation_ending(registry, position, phrase.text) if phrase.text.startswith(("the ", "The ")) else None
            speaker = named_before or registry.register_name(position, phrase.text, person=person or None)
            if speaker not in registry.persons:
                self.speaking_organisations.add(speaker)
            return Attribution(speaker, registry.role_of(speaker, phrase.role))
        speaker = phrase.text
        described = None
        if speaker.startswith("the "):  # "the lawyer", "the 46-year-old": a person named before
            described = person_of_age(registry, position) if speaker.endswith("-year-old") else person_described_as(registry, speaker)
        if described:  # "Jo Li, a lawyer, ..." then "the lawyer said"
            return Attribution(described, registry.role_of(described))
        if refers_to_organisation(speaker):  # "the company said": the organisation named before
            speaker = organisation_before(registry, position, self.speaking_organisations, self.subject_organisations,
                                          speaker.rsplit(" ", 1)[-1].lower()) or speaker
        if speaker != phrase.text:
            return Attribution(speaker, registry.role_of(speaker))
        if speaker.lower() == "another" and self.last_anonymous:
            speaker = "another " + self.last_anonymous.split(" ", 1)[1]
        if speaker.split(" ", 1)[0].lower() in ("one", "a", "an", "another") and " " in speaker:
            self.last_anonymous = speaker
        self.registry.register_group(position, speaker)
        return Attribution(speaker, self.registry.role_of(speaker, phrase.role))

    def _speaker_of_this_sentence(self, pronoun: str) -> str | None:
        """"Ruiz said A, but she urged B": a person who spoke earlier in the same sentence, if the
        pronoun's gender fits."""
        if self.last_voice_sentence is None or self.last_voice_sentence.start <= self.previous_sentence_start:
            return None
        return person_for_pronoun(self.registry, self.voices[-1].speaker, pronoun)

    def interviewee(self, before: int) -> str | None:
        """Whom a question-and-answer interview is with: the person named most often before its first
        question (at `before`), when no other is named as often. Counted once: every answer asks."""
        if before not in self._interviewees:
            counts = Counter(mention.name for mention in self.registry.mentions
                             if mention.position < before and mention.kind is MentionKind.PERSON).most_common(2)
            self._interviewees[before] = counts[0][0] if counts and (len(counts) == 1 or counts[1][1] < counts[0][1]) else None
        return self._interviewees[before]

    def register_mentions(self, sentence: Sentence, masked: str) -> None:
        """Names mentioned outside quotes, so later pronouns and surnames resolve. A headline
        in Title Case ("As Users Flee X, Rivals Gain") names nothing to refer back to."""
        base, registry = sentence.start, self.registry
        headline_read = False  # read at the first run to register: most sentences have none
        end = 0
        # Every capital starts a run, so none stands between two runs: each run's first
        # occurrence after the one before is where it was found (no match objects needed),
        # and a first run whose capital opens the sentence starts there (no search needed).
        for run in _CAPITAL_RUN.findall(masked):
            start = 0 if not end and masked[0] == run[0] else masked.find(run, end)
            end = start + len(run)
            one_word = " " not in run  # most runs are one word
            if one_word and not (kind := WORD_KINDS[run]):
                continue  # "However", "Indian": one word that names no one, appositive or not
            if not headline_read:
                if _names_nothing(sentence, masked):
                    return
                headline_read = True
            # "Marisol Duarte, a nurse," / "Tiago Mendes, 24,": an appositive marks a person;
            # "Bluesky, a platform ...,": one headed by a thing marks a name that is no person.
            person = appositive_person(masked, end) if masked[end : end + 1] == "," else None
            if one_word:  # _register_run's one-word path, inline: it runs for most runs
                if start > 1 and masked[start - 2 : start] == ", " and after_kinship_noun(masked, start):
                    registry.relative_given_names.add(run)  # "his wife, Heidi,": "Heidi Cruz" later is the relative
                if kind == "run":  # a group or a possessive
                    name = self._register_run(base + start, run, start == 0, person)
                elif start == 0 and person is None and not self.stands_midsentence(run):
                    continue  # a sentence opener only (see _opener_only)
                elif kind == "word" and not person:
                    name = registry.register_word(base + start, run)
                else:
                    name = registry.register_name(base + start, run, person)
                if start == 0 and name:
                    self._note_subject(sentence, name)
                continue
            if person is None and start and after_person_noun(masked, start):
                person = True  # "activist Liane Décary-Chen": a job noun before the name marks a person
            relative = start > 0 and after_kinship_noun(masked, start)  # "his wife, Jane Ruiz"
            for offset, raw in split_at_demonyms(run):
                if " " in raw:  # _register_run's path for several words, inline: what they name is known
                    name = name_in_run(raw)
                    if name:
                        name = registry.register_name(base + start + offset, name, person or relative, relative)
                    elif name is None:
                        name = self._register_possessive(base + start + offset, without_leading_words(raw), person)
                else:
                    name = self._register_run(base + start + offset, raw, start + offset == 0, person)
                if start + offset == 0 and name and raw.split(" ", 1)[0] not in _TOPIC_OPENERS:
                    self._note_subject(sentence, name)  # not "Of Sanders, Ana Ruiz said": a topic, not the subject

    def _note_subject(self, sentence: Sentence, name: str) -> None:
        """A name opening a sentence: a person for he/she, an organisation for "the company"."""
        if name in self.registry.persons:
            self.subjects.append(_new_tuple(SentenceSubject, (sentence.start, name)))
        else:
            self.subject_organisations.add(name)

    def _opener_only(self, raw: str, at_start: bool, person: bool | None) -> bool:
        """A capitalised sentence opener ("Grant funding rose", "Musk's") is no name: one word opening
        the sentence, with no appositive, that never stands mid-sentence."""
        return at_start and person is None and " " not in raw and not self.stands_midsentence(raw)

    def _register_run(self, position: int, raw: str, at_start: bool, person: bool | None = None) -> str | None:
        """Register one run of capitalised words; its canonical name, or None."""
        if " " not in raw:
            kind = WORD_KINDS[raw]
            if kind != "run":  # most runs: one word, the path below, short
                if not kind or self._opener_only(raw, at_start, person):
                    return None
                return self.registry.register_name(position, raw, person)
            if raw.lower() in DEMONYMS:  # (one word each)
                self.registry.register_group(position, raw)
                return None
            if self._opener_only(raw, at_start, person):  # "Musk's rocket" opening a sentence
                return None
        name = name_in_run(raw)
        if name is None:
            return self._register_possessive(position, without_leading_words(raw), person)
        return self.registry.register_name(position, name, person) if name else None

    def _register_possessive(self, position: int, raw: str, person: bool | None) -> str | None:
        """"Elon Musk's X": the owner and the thing owned are two mentions."""
        possessive = POSSESSIVE.search(raw)
        owner, owned = raw[: possessive.start()], raw[possessive.end():].strip()  # type: ignore[union-attr]
        self.registry.register_name(position, owner, person)
        if not owned or not self.stands_midsentence(owned) and " " not in owned:
            return None  # "People's Daily" stays one name unless its second part stands alone
        if " " in owned:
            owned = split_title(owned)[0]  # "Parler CEO John Matze" is John Matze
        return self.registry.register_name(position + possessive.end(), owned, person) if owned else None  # type: ignore[union-attr]

    def add(self, speaker: str, role: str, start: int, end: int, kind: str, cue: str, sentence: Sentence) -> None:
        if not speaker or end <= start:
            return
        if "  " in role:  # a blanked nickname's or alias's marks: "who posts as  seadad"
            role = " ".join(role.split())
        if role:
            role = role_with_its_quote(self.text, sentence, role, start, end)
        self.voices.append(Voice(self.article_id, speaker, role, self.text[start:end], kind, cue, start, end))
        self.last_voice_sentence = sentence
        if speaker in self.registry.persons and not (self.subjects and self.subjects[-1].sentence_start == sentence.start):
            self.subjects.append(SentenceSubject(sentence.start, speaker))  # '“…,” Hoskins said.' opens no run
        elif speaker[:1].isupper() and speaker not in self.registry.persons:
            self.speaking_organisations.add(speaker)  # "Acme, a data firm, ..., saying ...": "the firm" is Acme now


_POSSESSIVE_ENDINGS: Final = ("'s", "\u2019s")
_ROLE_QUOTE_CLOSE: Final = {"\u201c": "\u201d", '"': '"'}
_ROLE_QUOTE_REACH: Final = 80  # characters: a quoted nickname or phrase, not a quotation
_ROLE_QUOTE_WORDS: Final = 6
_ROLE_REACH: Final = 400  # characters around a voice's words in which its role stands


def role_with_its_quote(text: str, sentence: Sentence, role: str, start: int, end: int) -> str:
    """A role read up to a short quote that goes on it, with the quote: 'the self-styled “harbour queen”',
    'who called the levy “theft”' (roles are read from text whose quoted words are masked). Not the
    voice's own quote (text[start:end]): 'ANA RUIZ Ferry pilot “…”'."""
    # (sought near the voice only: a sentence of many voices stays linear)
    at = text.find(role, max(sentence.start, start - _ROLE_REACH), min(sentence.end, end + _ROLE_REACH))
    if at < 0 or role.endswith(","):
        return role  # 'X, a teacher, “…”': after its comma a quote is more of what was said
    mark = after_spaces(text, at + len(role), sentence.end)
    closing = _ROLE_QUOTE_CLOSE.get(text[mark : mark + 1])
    if closing is None:
        return role
    close = text.find(closing, mark + 1, min(sentence.end, mark + 1 + _ROLE_QUOTE_REACH))
    if close < 0 or mark < end and close >= start:
        return role
    quoted = text[mark + 1 : close].rstrip(" ,")
    if not quoted or len(quoted.split()) > _ROLE_QUOTE_WORDS:
        return role
    return f"{role} {text[mark]}{quoted}{closing}"
