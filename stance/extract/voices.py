"""Extract every quoted or reported voice of an article, attributed to a canonical speaker.

Offsets: one frame, the article text. Sentences, quote spans, cue and speaker positions, reported
content and each Voice's start/end index `text`; the masked text has the same length, so the same
offsets. Only the per-sentence `masked` slice counts from the sentence's start (helpers get both).
"""

from __future__ import annotations

from dataclasses import replace
from bisect import bisect_left, bisect_right
from typing import Final

from stance.extract.pre_cues import PreCue, match_colon_intro, match_pre_cue
from stance.extract.quotes import IT, SpanRole, attribute_spans, quote_text_bounds
from stance.records import Voice
from stance.extract.cue_words import cue_words
from stance.extract.characterisation import DESCRIBING_FORMS
from stance.extract.reported import CHARACTERISING_FORMS, according_alone, opens_with_participle, reported_cues
from stance.extract.bylines import byline_after, byline_within, speaker_of_cue_sentence, unquoted_posts
from stance.extract.masking import aliases, blank_datelines, blank_marks, blank_nicknames, mask_quotes, nicknames
from stance.extract.single_quotes import TYPEWRITER, as_double_quotes, restore, single_marks
from stance.extract.spans import QuoteSpan, Sentence, quote_spans, sentences
from stance.extract.references import read_source_before
from stance.extract.state import NOBODY, ArticleState, Attribution
from stance.extract.quoted_content import (
    TOPIC_BEFORE_TITLE, clause_after_quote, is_capitalised_name, only_a_time, quoted_at)
from stance.text.clean import paragraphs
from stance.extract.headline_cues import headline_claim
from stance.extract.content import looks_like_clause
from stance.extract.tables import FINITE_AUXILIARIES, SUBJECT_PRONOUNS
from stance.extract.speakers import PhraseKind, parse_speaker
from stance.extract.subjects import clause_subject
from stance.extract.transcripts import Turn, interview_answers, speaker_name, transcript_turns

_OPENING_MARKS: Final = "\"\u201c'\u2018"
_CLOSING_MARKS: Final = "\"\u201d'\u2019"
_NAME_REACH: Final = 40  # characters before a name's first mention in which its first names and title stand
_SHORT_QUOTE_WORDS: Final = 2
_CUE_REACH: Final = 120  # characters between a cue verb and its content, at most


def _continues_previous(state: ArticleState, sentence: Sentence, sentence_index: int, all_sentences: list[Sentence]) -> bool:
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
    marks = single_marks(text) if "\u2018" in text or TYPEWRITER in text else None
    if marks:  # ‘…’ or '…' as its quote marks: read as “…”
        return [_with_single_marks(voice, marks) for voice in _voices(article_id, as_double_quotes(text, marks))]
    return _voices(article_id, text)


def _with_single_marks(voice: Voice, marks: tuple[str, str]) -> Voice:
    return replace(voice, speaker=restore(voice.speaker, marks), speaker_role=restore(voice.speaker_role, marks),
                   quote=restore(voice.quote, marks))


def _voices(article_id: str, text: str) -> list[Voice]:
    text_paragraphs = list(paragraphs(text))  # split once, for quote marks, sentences and datelines
    spans = quote_spans(text, text_paragraphs)
    named = nicknames(text, spans)  # 'Ana “AJ” Ruiz': part of a name, read without its marks
    alias = aliases(text, spans)  # 'a user named “Savannah”': read as words of the speaker phrase
    named_text, named_paragraphs = text, text_paragraphs
    if named or alias:
        spans = [span for span in spans if span not in named and span not in alias]
        named_text = blank_marks(blank_nicknames(text, named), alias)
        named_paragraphs = list(paragraphs(named_text))
    all_sentences = sentences(named_text, spans, named_paragraphs)
    masked_text = blank_datelines(mask_quotes(named_text, spans), named_paragraphs)  # "BEIJING (Reuters) -" is no speaker
    state = ArticleState(article_id, text, masked_text, named_text)
    turns = transcript_turns(text_paragraphs) if ":" in text else []
    interview_at, answers = interview_answers(text_paragraphs) if not turns and "A:" in text else (-1, [])
    turns = turns or answers
    turn_index = 0
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
        while turn_index < len(turns) and turns[turn_index].end <= sentence.start:
            turn_index += 1
        if turn_index < len(turns) and turns[turn_index].label_start <= sentence.start:
            if turns[turn_index].label_start == sentence.start and not _add_turn(state, turns[turn_index], sentence, interview_at):
                turns.pop(turn_index)  # a label that names nobody: the paragraph is read as prose
            else:
                continue  # a transcript turn is one voice, its speaker's own words
        words = cue_words(masked)
        if own_spans or words is not None or "ccording" in masked:
            _extract_sentence(state, sentence, own_spans, masked, words, index, all_sentences)
    if "(@" in text:
        _add_unquoted_posts(state, text_paragraphs)
    if len(text_paragraphs) > 1:
        _add_headline_claim(state, text_paragraphs[0])
    return state.voices


def _add_unquoted_posts(state: ArticleState, text_paragraphs: list[tuple[int, str]]) -> None:
    """Embedded posts printed without quote marks, before a byline with a handle: each a direct voice of
    its poster, in reading order, unless a voice found already covers it."""
    for post in unquoted_posts(state.text, text_paragraphs):
        at = bisect_left([voice.start for voice in state.voices], post.start)
        if any(voice.start < post.end and post.start < voice.end for voice in state.voices[max(0, at - 1) : at + 1]):
            continue
        speaker, role = state.resolve(post.byline.speaker, post.byline.position)
        state.voices.insert(at, Voice(state.article_id, speaker, role, state.text[post.start : post.end], "direct", "-",
                                      post.start, post.end))


_COORDINATED: Final = frozenset("but and yet then".split())  # the first word after a comma, before a colon quote's speaker


def _clause_before_colon(masked_text: str, start: int) -> bool:
    """Whether the words from `start` to a colon are a content ('said that the pier was unsafe:',
    'said it was unsafe:'), not whom or where it was said to ('told a rally outside the hall:')."""
    if masked_text.endswith("that ", max(0, start - 5), start):
        return looks_like_clause(masked_text, start)  # not 'said that much in her letter:'
    first, second = (masked_text[start : start + 24].lower().split(" ", 2) + ["", ""])[:2]
    if first == "it":  # 'said it plainly:': "it" is the object, unless a verb follows it
        return second in FINITE_AUXILIARIES
    if first in ("it's", "it\u2019s"):
        return True
    # 'said he responded:' only introduces the quote: a content has a few words of its own
    return first in SUBJECT_PRONOUNS and looks_like_clause(masked_text, start) and masked_text.count(" ", start, masked_text.find(":", start)) >= 2


def _first_word_after(masked_text: str, position: int) -> str:
    words = masked_text[position : position + 12].split(None, 1)
    return words[0] if words else ""


def _add_headline_claim(state: ArticleState, title: tuple[int, str]) -> None:
    """'Ruiz: Pier will reopen in May' as the article's first line: Ruiz's voice, first in order,
    when the article shows her to be a person ("Ana Ruiz", "Mayor Ruiz"). A headline voice found
    already ("Ruiz: ‘We Will Win’") gets the name as the article first gives it."""
    offset, paragraph = title
    body = offset + len(paragraph)
    if state.voices and state.voices[0].start < body:
        voice = state.voices[0]
        if " " not in voice.speaker and (named := _first_mention(state, voice.speaker, body)) is not None:
            state.voices[0] = replace(voice, speaker=named.speaker, speaker_role=voice.speaker_role or named.role)
        return
    claim = headline_claim(paragraph)
    if claim is None:
        return
    label, start, end = claim
    named = _first_mention(state, label, body)
    if named is None:
        return
    kind = "indirect"
    if paragraph[start] in _OPENING_MARKS and paragraph[end - 1] in _CLOSING_MARKS and end - start > 2:
        kind, start, end = "direct", start + 1, end - 1  # the words inside the marks
    state.voices.insert(0, Voice(state.article_id, named.speaker, named.role, state.text[offset + start : offset + end],
                                 kind, ":", offset + start, offset + end))


def _first_mention(state: ArticleState, label: str, body: int) -> Attribution | None:
    """The person a headline's name stands for, as the body first gives it ("Sen. Bernie Sanders"
    for "Sanders"); None when the body never uses the name or it is no person's."""
    first = state.text.find(label, body)
    if first < 0:
        return None  # a name the article never uses again: a section or a column, not a speaker
    words = state.text[max(body, first - _NAME_REACH) : first + len(label)].split()
    run = len(words) - len(label.split())
    while run > 0 and words[run - 1][:1].isupper() and not words[run - 1].endswith((",", ":", ";")):
        run -= 1
    phrase = parse_speaker(" ".join(words[run:]))
    if phrase is None or phrase.kind is not PhraseKind.NAME:
        return None
    named = state.resolve(phrase, first)
    return named if named.speaker in state.registry.persons else None  # not an outlet or a column


def _add_turn(state: ArticleState, turn: Turn, sentence: Sentence, interview_at: int = -1) -> bool:
    """The voice of a transcript turn ("JAKE TAPPER: ..." or an interview's "A: ..."); False when its
    label names nobody."""
    answered_by = state.interviewee(interview_at) if interview_at >= 0 else None
    phrase = parse_speaker(answered_by or speaker_name(turn.label))
    if phrase is None:
        return False
    speaker, role = state.resolve(phrase, turn.label_start)
    state.add(speaker, turn.role or role, turn.start, turn.end, "direct", ":", sentence)
    return bool(speaker)


def _introduced_by_line_before(state: ArticleState, index: int, all_sentences: list[Sentence]) -> PreCue | None:
    """The cue of a sentence ending in a colon ("Ana Ruiz went on:"), for the quote that follows it; or
    of a paragraph ending in a comma ("One boater wrote,"), the quote standing in the next paragraph."""
    if not index:
        return None
    previous = all_sentences[index - 1]
    before = state.masked_text[previous.start : previous.end]
    if not before.rstrip().endswith((":", ",")):
        return None
    return match_pre_cue(before, previous.start) or match_colon_intro(before, previous.start)


def _speaker_just_before(state: ArticleState, index: int, all_sentences: list[Sentence]) -> PreCue | None:
    """'Ana Ruiz offered a warning. “…”': the person of the sentence before, in the same paragraph."""
    previous = all_sentences[index - 1] if index else None
    if previous is None or previous.paragraph != all_sentences[index].paragraph:
        return None
    return speaker_of_cue_sentence(state.masked_text[previous.start : previous.end], previous.start)


def _sentence_subject(state: ArticleState, masked: str, sentence: Sentence,
                      content: tuple[int, int] | None = None) -> Attribution:
    """The subject of the sentence's first clause that has one; NOBODY when it stands inside
    `content` (absolute start and end): a speaker in a participle's own content is not its subject
    ("…, saying his attacks on voters and rivals were unfair")."""
    # Found once per sentence: each participle quote may ask again ("X, saying “a”, saying “b”").
    if state.head_subject is None or state.head_subject[0] != sentence.start:
        state.head_subject = (sentence.start, clause_subject(masked))
    subject = state.head_subject[1]
    if subject is None or content is not None and content[0] <= sentence.start + subject.offset < content[1]:
        return NOBODY
    return state.resolve(subject.phrase, sentence.start + subject.offset)


def _extract_sentence(state: ArticleState, sentence: Sentence, own_spans: list[QuoteSpan], masked: str,
                      words: list[str] | None, index: int, all_sentences: list[Sentence]) -> None:
    """Add the voices of one sentence: its direct quotes, then its reported speech.
    `masked` is the sentence's slice of the masked text; `words` is cue_words(masked)."""
    text = state.text
    results = attribute_spans(state.named_text, own_spans, sentence.start, sentence.end) if own_spans else []
    direct_spans: list[QuoteSpan] = []
    direct_verbs: set[int] = set()  # where the cue verbs of direct quotes stand (absolute)
    named_before: dict[int, tuple[int, str, str]] = {}  # quote open -> (where its speaker stands before it, who, cue)
    gloss_opens: set[int] = set()
    subject = NOBODY  # the sentence's first speaker, for participle cues
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
                intro = _introduced_by_line_before(state, index, all_sentences) or (  # 'Ana Ruiz went on:' ending the sentence before
                    _speaker_just_before(state, index, all_sentences))
                if intro is None or intro.speaker is None:
                    continue
                (speaker, role), cue = state.resolve(intro.speaker, intro.position), intro.cue
        else:
            if result.speaker is None:  # ", saying “...”": the sentence's subject speaks
                speaker, role = subject if subject.speaker else _sentence_subject(state, masked, sentence)
            elif result.speaker is IT:  # '“…,” it read': the letter or email named before
                if (source := read_source_before(state.masked_text, span.open)) is None:
                    continue
                speaker, role = source, ""
            else:
                speaker, role = state.resolve(result.speaker, result.position)
                if result.position < span.open:
                    named_before[span.open] = (result.position, speaker, result.cue)
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
    # Sorted offsets, so that each reported cue finds the quotes inside its content by bisection (the
    # spans come in text order, so their offsets do too); only built when the cues are looked for.
    cues = reported_cues(masked, sentence.start, words) if words is not None else ()
    if cues:
        masked_text = state.masked_text
        direct_opens = [span.open for span in direct_spans]
        own_opens = [span.open for span in own_spans]
        participle_opens = bool(direct_verbs) and opens_with_participle(masked)
    for reported in cues:
        # The content is the direct quote itself ("X said, “...”"): already a voice.
        k = bisect_left(direct_opens, reported.start)
        if k < len(direct_opens) and direct_opens[k] <= reported.start + 1:
            continue
        # '“…,” Ana said Monday': the verb that attributed the quote introduces nothing more, unless the
        # quote was an opening participle's ('Calling it “…,” Ana said the …') or a that-clause follows.
        if direct_verbs and text.rfind(reported.cue, max(reported.position, reported.start - _CUE_REACH), reported.start) in direct_verbs and not (
                masked_text.endswith("that ", max(0, reported.start - 5), reported.start) or participle_opens):
            continue
        k = bisect_right(direct_opens, reported.start)
        cut = direct_opens[k] if k < len(direct_opens) and direct_opens[k] < reported.end else None
        before_cut = masked_text[reported.start:cut] if cut is not None else ""  # the content up to that quote
        end = reported.end if cut is None else reported.start + len(before_cut.rstrip(" ,:;\u2014"))
        closing_mark = before_cut.rstrip()[-1:]
        if cut is not None and named_before.get(cut, (0, "", ""))[2] == reported.cue and closing_mark == "," \
                and reported.cue not in before_cut.replace(",", " ").split():  # ('said A, and … he said, “…”': A is a content)
            continue  # 'telling the class of 2014, “…”': whom that quote was told, not a content of its own
        if cut is not None and closing_mark == ":":
            # 'told a rally outside the hall: “…”': the cue of that direct quote, unless a speaker after a
            # comma introduces it ('said A, but Tom Reyes shot back: “…”'): A ends at that comma. After a
            # coordinator the same speaker may go on ('said A, but he added: “…”'): A is a voice too.
            named_at, other, _ = named_before.get(cut, (reported.start, "", ""))
            comma = masked_text.rfind(",", reported.start, named_at) if reported.position < reported.start else -1
            if comma < 0 and reported.position < reported.start:  # 'said A is “…,” but he added:': the quote held the comma
                closing = max(masked_text.rfind("\u201d", reported.start, named_at), masked_text.rfind('"', reported.start, named_at))
                comma = closing + 1 if closing >= 0 and _first_word_after(masked_text, closing + 1) in _COORDINATED else -1
            if comma >= 0:
                end = comma
                if _first_word_after(masked_text, comma + 1) in _COORDINATED:
                    other = ""
            elif _clause_before_colon(masked_text, reported.start):
                other = ""  # 'asserted that the pier was unsafe: “…”': a content of its own, then the quote
            else:
                continue
        else:
            other = ""
        content = masked_text[reported.start : end]
        if cut is not None and only_a_time(content):
            continue  # 'had written in a post two months ago, “…”': the time of that direct quote, not a content
        spans_inside = own_spans[bisect_left(own_opens, reported.start) : bisect_left(own_opens, end)]
        inner_spans = [s for s in spans_inside if s.open not in gloss_opens]
        quoted_words = len(text[inner_spans[0].start : inner_spans[0].end].split()) if inner_spans else 0
        if inner_spans and quoted_words <= _SHORT_QUOTE_WORDS and masked_text[reported.start] in "\u201c\"" \
                and not ((reported.position < reported.start or reported.position >= end) and clause_after_quote(masked_text, inner_spans[0].outer_end, end, quoted_words)):
            continue  # 'saying “hello” to ...': a quoted word, not a statement ('said “zero” voters would' is one)
        if masked_text.startswith(TOPIC_BEFORE_TITLE, reported.start) and is_capitalised_name(
                quoted_at(text, own_spans, own_opens, masked_text.find(" ", reported.start) + 1)):
            continue  # 'has posted about “Cat Tax Diaries” for years': a title as the topic, not a statement
        if reported.cue in CHARACTERISING_FORMS:
            # 'called it “Open Doors”': a name, not a characterisation; only 'described it as unfair' has no marks at all
            if inner_spans and is_capitalised_name(text[inner_spans[0].start : inner_spans[0].end]):
                continue
            if not inner_spans and (reported.cue not in DESCRIBING_FORMS or spans_inside):
                continue
        whole = inner_spans[0] if len(inner_spans) == 1 and inner_spans[0].open == reported.start else None
        if whole is not None and whole.closed and end <= whole.outer_end:
            # 'She vowed that “…”': the content is one quote, a direct voice
            start, end = quote_text_bounds(text, whole)
            if len(text[start:end].split()) <= _SHORT_QUOTE_WORDS:
                continue
            kind = "direct"
        elif len(content.split()) < 2:
            continue
        else:
            start, kind = reported.start, "partial" if inner_spans else "indirect"
        if reported.speaker is None:
            earlier = subject.speaker and subject_at < reported.start
            speaker, role = subject if earlier else _sentence_subject(state, masked, sentence, (start, end))
        else:
            speaker, role = state.resolve(reported.speaker, reported.position)
        if speaker == other:
            continue  # 'X said A, he added: “…”': one speaker, whose quote the colon introduces
        state.add(speaker, role, start, end, kind, reported.cue, sentence)
        if not subject.speaker:
            subject, subject_at = Attribution(speaker, role), reported.start

    alone = according_alone(masked) if "ccording" in masked else None
    if alone and index and all_sentences[index - 1].paragraph == sentence.paragraph:
        prev_sentence = all_sentences[index - 1]
        speaker, role = state.resolve(alone, sentence.start)
        start, end = prev_sentence.start, prev_sentence.end
        while end > start and text[end - 1] in " .":
            end -= 1
        state.add(speaker, role or alone.role, start, end, "indirect", "according to", sentence)
