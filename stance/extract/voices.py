"""Extract every quoted or reported voice of an article, attributed to a canonical speaker.

Offsets: one frame, the article text. Sentences, quote spans, cue and speaker positions, reported
content and each Voice's start/end index `text`; the masked text has the same length, so the same
offsets. Only the per-sentence `masked` slice counts from the sentence's start (helpers get both).
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from stance.extract.tables import DEMONYMS, NATIONALITY_ADJECTIVES, ORGANISATION_NOUNS, ORGANISATION_WORDS, PLACE_NAMES
from stance.extract.pre_cues import PreCue, match_colon_intro, match_pre_cue
from stance.extract.quotes import SpanRole, attribute_spans, quote_text_bounds
from stance.records import Voice
from stance.extract.reported import CHARACTERISING_FORMS, according_alone, cue_words, reported_cues
from stance.extract.bylines import byline_after, byline_within, speaker_of_cue_sentence
from stance.extract.capitals import HONORIFIC_WORDS as _HONORIFIC_WORDS, one_word_kind as _one_word_kind
from stance.extract.masking import blank_datelines, mask_quotes
from stance.extract.single_quotes import as_double_quotes, quotes_with_single_marks, restore
from stance.extract.mentions import (
    MIDSENTENCE_CAPITAL, after_person_noun, appositive_person, is_title_case, split_at_demonyms, stands_midsentence_in)
from stance.extract.spans import QuoteSpan, Sentence, quote_spans, sentences
from stance.text.clean import paragraphs
from stance.extract.references import (
    SentenceSubject, organisation_before, organisation_ending, person_described_as, previous_subject, refers_to_organisation)
from stance.extract.subjects import clause_subject
from stance.extract.registry import SpeakerRegistry
from stance.extract.speakers import PhraseKind, SpeakerPhrase, Subject, is_name_token, parse_speaker, split_title

# A run of capitalised words, optionally after an honorific ("Mrs. Ana Silva"). It starts
# with [A-Z] (the honorific is checked by lookbehind on that letter) so that re can skip
# ahead to the next capital letter instead of trying the pattern at every position.
_CAPITAL_RUN = re.compile(r"[A-Z](?:(?:(?<=M)(?:r|rs|s)|(?<=D)r|(?<=P)rof)\.?\s+[A-Z])?[\w’'\-&]*(?:\s+(?:(?:de|da|van|von|der|al|bin|le|la|of|for)\s+)?[A-Z][\w’'\-&]*)*")
_SHORT_QUOTE_WORDS = 2
_CUE_REACH = 120  # characters between a cue verb and its content, at most
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by".split())
_POSSESSIVE = re.compile(r"['’]s\b|s['’](?=\s)")
_MIDSENTENCE_SEARCHES = 32  # an article asks about 7 words (median; at most 13 in 3,000 articles)


class Attribution(NamedTuple):
    """Who speaks: the canonical speaker and the role given for them ("" when unknown)."""

    speaker: str
    role: str


_NOBODY = Attribution("", "")


class _ArticleState:
    """What extraction has seen so far in one article."""

    def __init__(self, article_id: str, text: str, masked_text: str) -> None:
        self.article_id = article_id
        self.text = text
        self.masked_text = masked_text  # the text with quoted characters masked (same offsets)
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
            return _NOBODY
        registry = self.registry
        if phrase.kind is PhraseKind.PRONOUN:
            speaker = (previous_subject(self.subjects, registry, phrase.text, self.previous_sentence_start)
                       or registry.resolve_pronoun(phrase.text, position) or phrase.text)
            return Attribution(speaker, registry.role_of(speaker))
        if phrase.kind is PhraseKind.NAME:
            # A speaker with a first and last name and no organisation word is a person,
            # even when the given-names table does not know the first name.
            # "Hoskins said" after "Rosetta Hoskins": the full name counts, known given name or not.
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
        described = person_described_as(registry, speaker) if speaker.startswith("the ") else None
        if described:  # "Jo Li, a lawyer, ..." then "the lawyer said"
            return Attribution(described, registry.role_of(described))
        if refers_to_organisation(speaker):  # "the company said": the organisation named before
            speaker = organisation_before(registry, position, self.speaking_organisations, self.subject_organisations) or speaker
        if speaker != phrase.text:
            return Attribution(speaker, registry.role_of(speaker))
        if speaker.lower() == "another" and self.last_anonymous:
            speaker = "another " + self.last_anonymous.split(" ", 1)[1]
        if speaker.split(" ", 1)[0].lower() in ("one", "a", "an", "another") and " " in speaker:
            self.last_anonymous = speaker
        self.registry.register_group(position, speaker)
        return Attribution(speaker, self.registry.role_of(speaker, phrase.role))

    def register_mentions(self, sentence: Sentence, masked: str) -> None:
        """Names mentioned outside quotes, so later pronouns and surnames resolve. A headline
        in Title Case ("As Users Flee X, Rivals Gain") names nothing to refer back to."""
        if is_title_case(masked):
            return
        base, register_run, register_name = sentence.start, self._register_run, self.registry.register_name
        end = 0
        # Every capital starts a run, so none stands between two runs: each run's first
        # occurrence after the one before is where it was found (no match objects needed).
        for run in _CAPITAL_RUN.findall(masked):
            start = masked.find(run, end)
            end = start + len(run)
            if " " not in run and not (kind := _one_word_kind(run)):
                continue  # "However", "Indian": one word that names no one, appositive or not
            # "Marisol Duarte, a nurse," / "Tiago Mendes, 24,": an appositive marks a person;
            # "Bluesky, a platform ...,": one headed by a thing marks a name that is no person.
            person = appositive_person(masked, end) if masked.startswith(",", end) else None
            if " " not in run:  # most runs are one word
                if kind == "name":  # _register_run's one-word path, inline: it runs for most runs
                    if start:
                        register_name(base + start, run, person=person)
                        continue
                    if self._opener_only(run, True, person):
                        continue
                    name = register_name(base, run, person=person)
                else:
                    name = register_run(base + start, run, start == 0, person)
                if start == 0 and name:
                    self._note_subject(sentence, name)
                continue
            if person is None and start and after_person_noun(masked, start):
                person = True  # "activist Liane Décary-Chen": a job noun before the name marks a person
            for offset, raw in split_at_demonyms(run):
                name = register_run(base + start + offset, raw, start + offset == 0, person)
                if start + offset == 0 and name:
                    self._note_subject(sentence, name)

    def _note_subject(self, sentence: Sentence, name: str) -> None:
        """A name opening a sentence: a person for he/she, an organisation for "the company"."""
        if name in self.registry.persons:
            self.subjects.append(SentenceSubject(sentence.start, name))
        else:
            self.subject_organisations.add(name)

    def _opener_only(self, raw: str, at_start: bool, person: bool | None) -> bool:
        """A capitalised sentence opener ("Grant funding rose", "Musk's") is no name: one word opening
        the sentence, with no appositive, that never stands mid-sentence."""
        return at_start and person is None and " " not in raw and not self.stands_midsentence(raw)

    def _register_run(self, position: int, raw: str, at_start: bool, person: bool | None = None) -> str | None:
        """Register one run of capitalised words; its canonical name, or None."""
        if " " not in raw and (kind := _one_word_kind(raw)) != "run":  # most runs: one word, the path below, short
            if not kind or self._opener_only(raw, at_start, person):
                return None
            return self.registry.register_name(position, raw, person=person)
        if raw.lower() in DEMONYMS:
            self.registry.register_group(position, raw)
            return None
        if self._opener_only(raw, at_start, person):  # "Musk's rocket" opening a sentence
            return None
        if not is_name_token(first := raw.split(" ", 1)[0]) and first.rstrip(".") not in _HONORIFIC_WORDS:
            # "On September 4": the words before the first name go (none may be left), in one pass.
            words = raw.split(" ")
            first_name = next((k for k, word in enumerate(words) if is_name_token(word) or word.rstrip(".") in _HONORIFIC_WORDS),
                              len(words))
            raw = " ".join(words[first_name:])
        if raw in NATIONALITY_ADJECTIVES:
            return None  # "Indian laws": an adjective, no one to refer back to
        possessive = _POSSESSIVE.search(raw) if "'" in raw or "\u2019" in raw else None
        if possessive:  # "Elon Musk's X": the owner and the thing owned are two mentions
            owner, owned = raw[: possessive.start()], raw[possessive.end():].strip()
            self.registry.register_name(position, owner, person=person)
            if not owned or not self.stands_midsentence(owned) and " " not in owned:
                return None  # "People's Daily" stays one name unless its second part stands alone
            position, raw = position + possessive.end(), owned
        if " " in raw:
            raw = split_title(raw)[0]  # "Parler CEO John Matze" is John Matze
        return self.registry.register_name(position, raw, person=person) if raw else None

    def add(self, speaker: str, role: str, start: int, end: int, kind: str, cue: str, sentence: Sentence) -> None:
        if not speaker or end <= start:
            return
        self.voices.append(Voice(self.article_id, speaker, role, self.text[start:end], kind, cue, start, end))
        self.last_voice_sentence = sentence
        if speaker in self.registry.persons and not (self.subjects and self.subjects[-1].sentence_start == sentence.start):
            self.subjects.append(SentenceSubject(sentence.start, speaker))  # '“…,” Hoskins said.' opens no run
        elif speaker[:1].isupper() and speaker not in self.registry.persons:
            self.speaking_organisations.add(speaker)  # "Acme, a data firm, ..., saying ...": "the firm" is Acme now


def _is_capitalised_name(quoted: str) -> bool:
    """'Open Doors', 'The Walking Dead': every word capitalised, as a name or title is."""
    words = [word for word in quoted.split() if word[:1].isalpha() and word.lower() not in _TITLE_SMALL_WORDS]
    return bool(words) and all(word[0].isupper() for word in words)


def _continues_previous(state: _ArticleState, sentence: Sentence, sentence_index: int, all_sentences: list[Sentence]) -> bool:
    last = state.last_voice_sentence
    if last is None:
        return False
    if last.paragraph == sentence.paragraph:
        return True
    # Across paragraphs only when the previous paragraph ended with that voice.
    previous = all_sentences[sentence_index - 1] if sentence_index else None
    return last.paragraph == sentence.paragraph - 1 and previous is last


def extract_voices(article_id: str, text: str) -> list[Voice]:
    """Voices of one cleaned article text, in reading order."""
    if "\u2018" in text and quotes_with_single_marks(text):  # ‘…’ as its quote marks: read as “…”
        return [_with_single_marks(voice) for voice in _voices(article_id, as_double_quotes(text))]
    return _voices(article_id, text)


def _with_single_marks(voice: Voice) -> Voice:
    return replace(voice, speaker=restore(voice.speaker), speaker_role=restore(voice.speaker_role), quote=restore(voice.quote))


def _voices(article_id: str, text: str) -> list[Voice]:
    text_paragraphs = list(paragraphs(text))  # split once, for quote marks, sentences and datelines
    spans = quote_spans(text, text_paragraphs)
    all_sentences = sentences(text, spans, text_paragraphs)
    masked_text = blank_datelines(mask_quotes(text, spans), text_paragraphs)  # "BEIJING (Reuters) -" is no speaker
    state = _ArticleState(article_id, text, masked_text)
    span_index = 0
    for index, sentence in enumerate(all_sentences):
        while span_index < len(spans) and spans[span_index].open < sentence.start:
            span_index += 1
        own_spans = []
        j = span_index
        while j < len(spans) and spans[j].open < sentence.end:
            own_spans.append(spans[j])
            j += 1
        masked = masked_text[sentence.start : sentence.end]
        state.previous_sentence_start = all_sentences[index - 1].start if index else -1
        state.register_mentions(sentence, masked)
        words = cue_words(masked)
        if own_spans or words is not None or "ccording" in masked:
            _extract_sentence(state, sentence, own_spans, masked, words, index, all_sentences)
    return state.voices


def _introduced_by_colon(state: _ArticleState, index: int, all_sentences: list[Sentence]) -> PreCue | None:
    """The cue of a sentence ending in a colon ("Ana Ruiz went on:"), for the quote that follows it."""
    if not index:
        return None
    previous = all_sentences[index - 1]
    before = state.masked_text[previous.start : previous.end]
    if not before.rstrip().endswith(":"):
        return None
    return match_pre_cue(before, previous.start) or match_colon_intro(before, previous.start)


def _speaker_just_before(state: _ArticleState, index: int, all_sentences: list[Sentence]) -> PreCue | None:
    """'Ana Ruiz offered a warning. “…”': the person of the sentence before, in the same paragraph."""
    previous = all_sentences[index - 1] if index else None
    if previous is None or previous.paragraph != all_sentences[index].paragraph:
        return None
    return speaker_of_cue_sentence(state.masked_text[previous.start : previous.end], previous.start)


def _sentence_subject(state: _ArticleState, masked: str, sentence: Sentence) -> Attribution:
    # Found once per sentence: each participle quote may ask again ("X, saying “a”, saying “b”").
    if state.head_subject is None or state.head_subject[0] != sentence.start:
        state.head_subject = (sentence.start, clause_subject(masked))
    subject = state.head_subject[1]
    return state.resolve(subject.phrase, sentence.start + subject.offset) if subject else _NOBODY


def _extract_sentence(state: _ArticleState, sentence: Sentence, own_spans: list[QuoteSpan], masked: str,
                      words: list[str] | None, index: int, all_sentences: list[Sentence]) -> None:
    """Add the voices of one sentence: its direct quotes, then its reported speech.
    `masked` is the sentence's slice of the masked text; `words` is cue_words(masked)."""
    text = state.text
    results = attribute_spans(text, own_spans, sentence.start, sentence.end) if own_spans else []
    direct_spans: list[QuoteSpan] = []
    direct_verbs: set[int] = set()  # where the cue verbs of direct quotes stand (absolute)
    gloss_opens: set[int] = set()
    subject = _NOBODY  # the sentence's first speaker, for participle cues
    subject_at = -1  # where that speaker's voice starts: a participle after it may be theirs
    for result in results:
        span = result.span
        if result.kind is SpanRole.GLOSS:
            gloss_opens.add(span.open)
            continue
        if result.kind is SpanRole.NOT_A_VOICE:  # unless '“…” ― Ana Ruiz' closes the paragraph
            if (byline := byline_within(text, sentence, span)) is None:
                continue
            (speaker, role), cue = state.resolve(byline.speaker, byline.position), "-"
        elif result.kind is SpanRole.CONTINUATION:
            byline = byline_after(text, sentence, all_sentences[index + 1] if index + 1 < len(all_sentences) else None)
            if byline is not None:  # '“…”' then a paragraph '- Ana Ruiz.'
                (speaker, role), cue = state.resolve(byline.speaker, byline.position), "-"
            elif _continues_previous(state, sentence, index, all_sentences) and state.voices:
                previous = state.voices[-1]
                speaker, role, cue = previous.speaker, previous.speaker_role, ""
            else:
                intro = _introduced_by_colon(state, index, all_sentences) or (  # 'Ana Ruiz went on:' ending the sentence before
                    _speaker_just_before(state, index, all_sentences))
                if intro is None or intro.speaker is None:
                    continue
                (speaker, role), cue = state.resolve(intro.speaker, intro.position), intro.cue
        else:
            if result.speaker is None:  # ", saying “...”": the sentence's subject speaks
                speaker, role = subject if subject.speaker else _sentence_subject(state, masked, sentence)
            else:
                speaker, role = state.resolve(result.speaker, result.position)
            cue = result.cue
            if not subject.speaker:
                subject, subject_at = Attribution(speaker, role), span.open
        start, end = quote_text_bounds(text, span)
        if end > start:
            state.add(speaker, role, start, end, "direct", cue, sentence)
            direct_spans.append(span)
            if cue and result.position >= span.outer_end:  # '“…,” Ana said': the verb after the quote
                direct_verbs.add(text.find(cue, span.outer_end, sentence.end))

    # Reported cues come with absolute offsets: compare them with spans and slice the whole masked text.
    # Sorted offsets, so that each reported cue finds the quotes inside its content by bisection.
    masked_text = state.masked_text
    direct_opens = sorted(span.open for span in direct_spans)
    own_opens = [span.open for span in own_spans]
    for cue in reported_cues(masked, sentence.start, words) if words is not None else ():
        # The content is the direct quote itself ("X said, “...”"): already a voice.
        k = bisect_left(direct_opens, cue.start)
        if k < len(direct_opens) and direct_opens[k] <= cue.start + 1:
            continue
        # '“…,” Ana said Monday': the verb that attributed the quote introduces nothing more.
        if direct_verbs and text.rfind(cue.cue, max(cue.position, cue.start - _CUE_REACH), cue.start) in direct_verbs:
            continue
        k = bisect_right(direct_opens, cue.start)
        cut = direct_opens[k] if k < len(direct_opens) and direct_opens[k] < cue.end else None
        if cut is not None and masked_text[cue.start:cut].rstrip().endswith(":"):
            continue  # 'told a rally outside the hall: “…”': the cue of that direct quote
        end = cue.end if cut is None else cue.start + len(masked_text[cue.start:cut].rstrip(" ,:;\u2014"))
        content = masked_text[cue.start : end]
        inner_spans = [s for s in own_spans[bisect_left(own_opens, cue.start) : bisect_left(own_opens, end)]
                       if s.open not in gloss_opens]
        if inner_spans and len(text[inner_spans[0].start : inner_spans[0].end].split()) <= _SHORT_QUOTE_WORDS and masked_text[cue.start] in "\u201c\"":
            continue  # 'saying “hello” to ...': a quoted word, not a statement
        if cue.cue in CHARACTERISING_FORMS and (not inner_spans or _is_capitalised_name(text[inner_spans[0].start : inner_spans[0].end])):
            continue  # 'called it “Open Doors”': a name, not a characterisation
        whole = inner_spans[0] if len(inner_spans) == 1 and inner_spans[0].open == cue.start else None
        if whole is not None and whole.closed and end <= whole.outer_end:
            # 'She vowed that “…”': the content is one quote, a direct voice
            start, end = quote_text_bounds(text, whole)
            if len(text[start:end].split()) <= _SHORT_QUOTE_WORDS:
                continue
            kind = "direct"
        elif len(content.split()) < 2:
            continue
        else:
            start, kind = cue.start, "partial" if inner_spans else "indirect"
        if cue.speaker is None:
            earlier = subject.speaker and subject_at < cue.start
            speaker, role = subject if earlier else _sentence_subject(state, masked, sentence)
        else:
            speaker, role = state.resolve(cue.speaker, cue.position)
        state.add(speaker, role, start, end, kind, cue.cue, sentence)
        if not subject.speaker:
            subject, subject_at = Attribution(speaker, role), cue.start

    alone = according_alone(masked) if "ccording" in masked else None
    if alone and index and all_sentences[index - 1].paragraph == sentence.paragraph:
        previous = all_sentences[index - 1]
        speaker, role = state.resolve(alone, sentence.start)
        start, end = previous.start, previous.end
        while end > start and text[end - 1] in " .":
            end -= 1
        state.add(speaker, role or alone.role, start, end, "indirect", "according to", sentence)
