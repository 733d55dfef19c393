"""Direct quotes: which quote spans are voices, and the cue that attributes each.

A span is a voice when a cue verb stands next to it (before: `Name said, “…`,
`Another asks: “…`; after: `“…,” said Name`, `“…,” she added`), or when it opens
a sentence right after another voice (a continuation). Scare quotes, titles and
glosses have no cue and are left alone.

Offsets: every offset this module returns (`position`, and the spans' own) is absolute,
an index into the article text; callers pass the offset of the text they hand in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Final, NamedTuple

from stance.extract.captions import caption_speaker
from stance.extract.content import MASK, opens_own_clause
from stance.extract.cues import DIRECT_FORMS, DIRECT_FORMS_RE, FORM_TO_LEMMA, verbs_after_subject
from stance.extract.inverted import parse_inverted_speaker
from stance.extract.tables import NAMING_VERBS
from stance.extract.verb_group import FORM_PROBE_CHARS, NOUN_DETERMINERS, NOUN_FORMS
from stance.extract.spans import QuoteSpan
from stance.extract.documents import parse_document
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.pre_cues import DOCUMENT_ONLY_LEMMAS, match_colon_intro, match_in_words, match_inverted_pre_cue, match_pre_cue

# Words right before an opening mark that make the quote a name or gloss.
_GLOSS_BEFORE: Final = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(NAMING_VERBS))})(?:\s+as)?|\bso-called|\bself-identified|\bknown\s+as|\bor|\bthe\s+"
    r"(?:word|words|term|phrase|slogan|hashtag|title|name|nickname|handle|username|motto|label)|#)\s*$",
    re.IGNORECASE,
)
# What every alternative of _GLOSS_BEFORE ends with (lower-cased): most quotes follow none of them.
_GLOSS_ENDINGS: Final = (*sorted(NAMING_VERBS), *"as so-called self-identified or # word words term phrase slogan hashtag title name nickname handle username motto label".split())
_GLOSS_PROBE: Final = max(map(len, _GLOSS_ENDINGS))
# A short capitalised word and its period inside a speaker ("Mr.", "Sen.", "Fla.", "J."):
# the only periods a speaker chunk may hold.
_ABBREVIATION: Final = r"(?<![\w.])[A-Z][a-z]{0,4}\."
_ABBREVIATION_END: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){0,3}[A-Z][a-z]{0,4}$")  # tested on the few characters before a period
# "“…,” as Ana Ruiz put it": the one cue that follows "as".
_AS_PUT_IT: Final = re.compile(rf"^\s*[,;]?\s*as\s+(?P<chunk>(?:[^,.;!?\u201c\u201d\"]|{_ABBREVIATION}){{1,80}}?)\s+(?:(?:has|had)\s+)?puts?\s+it\b")
# "“…,” as Ana Ruiz observed last spring": "as", the speaker and a direct cue verb (the nearest one).
_AS_CUE: Final = re.compile(rf"^\s*[,;]?\s*as\s+(?P<chunk>(?:[^,.;!?\u201c\u201d\"]|{_ABBREVIATION}){{1,80}}?)\s+"
                     rf"(?:(?:has|had)\s+)?(?P<verb>{DIRECT_FORMS_RE})(?=[\s,.;:!?]|$)")
# After a closing mark: `,” said Name, role` (inverted) and `,” Name said` / `,” she added`.
# Linear time by construction: no lazy group is followed by a test that scans to the end
# of the text; match_post_cue finds the trailing `.!?` once, and each run of fillers is read once.
_POST_CUE_LEAD: Final = re.compile(r"\s*[,;]?\s*(?:[\u2014\u2013-]\s*)?")
_POST_CUE_INVERTED: Final = re.compile(rf"(?P<verb>{DIRECT_FORMS_RE})\s+(?=.)", re.DOTALL)
_CHUNK_STOP: Final = re.compile(r"[.?!;]")
_QUOTE_MARK: Final = re.compile('[\u201c\u201d"]')
_DIRECT_FORM: Final = re.compile(DIRECT_FORMS_RE)
_MAX_POST_CUES: Final = 3
# After a quote these open a new clause, so a speaker after them is not this quote's.
_NEW_CLAUSE: Final = re.compile(r"^\s*[,;]?\s*(?:to which|which|and|but|while|whereas|as|before|after|then)\b", re.IGNORECASE)
_WORDS: Final = re.compile(r"[\w’']+")
_TRAILING_QUOTE_PUNCT: Final = ",;:\u2014\u2013- "


class SpanRole(Enum):
    """What a quote span is, as far as its own sentence tells."""

    CUE = "cue"  # a cue verb attributes it: a voice
    GLOSS = "gloss"  # a name or gloss ("dubbed “X”"): never a voice, nor part of one
    CONTINUATION = "continuation"  # opens its sentence with no cue: the previous voice may go on
    NOT_A_VOICE = "not a voice"  # scare quotes, titles: no cue


class SpanAttribution(NamedTuple):
    """One quote span of a sentence and what it is; the cue fields are set for CUE only."""

    span: QuoteSpan
    kind: SpanRole
    speaker: SpeakerPhrase | None = None  # None with a CUE: the sentence's subject speaks (", saying “…”")
    cue: str = ""
    position: int = 0  # where the speaker phrase stands (absolute), for pronoun resolution


class PostCue(NamedTuple):
    """A cue and speaker after a closing mark: `“…,” said Name`."""

    speaker: SpeakerPhrase
    cue: str
    position: int  # of the speaker phrase (absolute)


def is_gloss(before: str) -> bool:
    # A gloss cue ends `before` and spans at most its last two words ("known as"), so
    # the search starts there (the pos argument keeps \b seeing the character before).
    if (tail := (stripped := before.rstrip())[-_GLOSS_PROBE:]).isascii() and not tail.lower().endswith(_GLOSS_ENDINGS):
        return False  # beyond ASCII, case-folding is the pattern's to decide
    head = stripped.rsplit(None, 2)
    return bool(_GLOSS_BEFORE.search(before, len(head[0]) if len(head) == 3 else 0))


# A short quote after "on", "with" or "told" and a channel's possessive, or after a kind of work, is
# the name of a show or a book: "said on Channel 9’s “Morning Talk,”", "wrote in her memoir, “Tides.”"
_TITLE_BEFORE: Final = re.compile(
    r"(?:\b(?:on|with)(?:\s+[\w.&\-]+){0,4}?(?:[\u2019']s|s[\u2019'])|\b(?:on|with|told)|\b(?:show|program|programme|"
    r"podcast|book|memoir|novel|series|film|movie|documentary|column|op-ed|album|song)\s*,)\s*$")
_TITLE_REACH: Final = 60  # characters before the mark that the pattern may span
_TITLE_ENDINGS: Final = ("on", "with", "told", "\u2019s", "'s", "s\u2019", "s'", "show", "program", "programme", "podcast", "book",
                  "memoir", "novel", "series", "film", "movie", "documentary", "column", "op-ed", "album", "song")
_MAX_TITLE_WORDS: Final = 8
_MAX_TITLE_CHARS: Final = 80


def title_before(text: str, mark: int) -> bool:
    """Whether the words before an opening mark at `mark` make the quote a title ("on Channel 9’s “")."""
    # the regex only when the last word may end the pattern: most quotes are passed over by this test
    if not text[max(0, mark - 16) : mark].rstrip(" ,").endswith(_TITLE_ENDINGS):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, mark - _TITLE_REACH), mark))


def names_a_work(before: str, inner: str) -> bool:
    """Whether a quote is the title of a show, book or programme, from the words before it."""
    # the length first: most quotes are longer than any title, and counting their words costs
    return (len(inner) <= _MAX_TITLE_CHARS and inner[:1].isupper() and title_before(before, len(before))
            and _word_count(inner) <= _MAX_TITLE_WORDS)


def quote_text_bounds(text: str, span: QuoteSpan) -> tuple[int, int]:
    """Offsets of the quoted words, trailing ',' or dash dropped."""
    start, end = span.start, span.end
    while end > start and text[end - 1] in _TRAILING_QUOTE_PUNCT:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _trailing_punctuation_start(text: str) -> int:
    """Where the text's trailing run of spaces and `.!?` starts (`\\s*[.!?]*\\s*$`)."""
    return len(text.rstrip().rstrip(".!?").rstrip())


def _chunk_stop(after: str, start: int) -> re.Match[str] | None:
    """The first `.?!;` after `start` that is no abbreviation's period ("Mr. Diaz said") nor one inside a
    web address ("netblocks.org warned")."""
    for stop in _CHUNK_STOP.finditer(after, start):
        following = after[stop.end() : stop.end() + 1]
        if stop.group() != "." or not _ABBREVIATION_END.search(after, max(start, stop.start() - 6), stop.start()) \
                and not (following.islower() or following.isdigit()):
            return stop
    return None


def _plain_post_cues(after: str, lead_end: int) -> Iterator[tuple[int, int, re.Match[str]]]:
    """`Name [fillers] said` after the lead: (chunk start, chunk end, verb match), shortest chunk
    first, at most _MAX_POST_CUES of them ("the report said": "report" is a cue verb too).

    The chunk is a stretch with no `.?!;` that a run of spaces, fillers and a cue verb follow; the
    verb must end at a comma, a space or the trailing punctuation, and no quote mark may stand
    anywhere after the closing one.
    """
    if _QUOTE_MARK.search(after):
        return
    stop = _chunk_stop(after, lead_end)
    ending = _trailing_punctuation_start(after)
    tried = 0
    for chunk_end, verb in verbs_after_subject(after, lead_end, stop.start() if stop else len(after), _DIRECT_FORM):
        if verb.end() >= ending or after[verb.end()].isspace() or after[verb.end()] == ",":
            yield lead_end, chunk_end, verb
            tried += 1
            if tried == _MAX_POST_CUES:
                return


def _a_noun_here(after: str, chunk_start: int, verb: re.Match) -> bool:
    """Whether a cue form that is a noun too ("comment", "post") stands as a noun: after a determiner,
    or right before another cue form ("critics comment read" cannot be; "one comment read" is)."""
    preceding = after[chunk_start : verb.start()].split()
    following = after[verb.end() : verb.end() + FORM_PROBE_CHARS].split(None, 1)
    return bool(preceding and preceding[-1].lower() in NOUN_DETERMINERS
                or following and following[0].rstrip(".,;:!?") in FORM_TO_LEMMA)


def match_post_cue(after: str, offset: int) -> PostCue | None:
    """Speaker and cue standing after a closing mark, in the same sentence.
    `offset`: where `after` starts in the article text."""
    as_put = _AS_PUT_IT.match(after) if "put" in after else None  # the regex only where its verb stands
    if as_put:
        phrase = parse_speaker(as_put.group("chunk"))
        return PostCue(phrase, "put", offset + as_put.start("chunk")) if phrase else None
    as_cue = _AS_CUE.match(after) if "as " in after[:8] else None
    if as_cue and (phrase := parse_speaker(as_cue.group("chunk"))) is not None:
        return PostCue(phrase, as_cue.group("verb"), offset + as_cue.start("chunk"))
    if not after.strip() or _NEW_CLAUSE.match(after):
        return None
    lead_end = _POST_CUE_LEAD.match(after).end()  # type: ignore[union-attr]
    inverted = _POST_CUE_INVERTED.match(after, lead_end)
    if inverted and FORM_TO_LEMMA[inverted.group("verb")] != "tell":  # '“…,” told the Gazette': whom, not who
        # The speaker runs to the trailing punctuation, and holds at least one character.
        rest_start = inverted.end()
        rest = after[rest_start : max(rest_start + 1, _trailing_punctuation_start(after))]
        phrase = _speaker_or_document(rest, inverted.group("verb"), parse_inverted_speaker)
        if phrase:
            return PostCue(phrase, inverted.group("verb"), offset + rest_start)
    for chunk_start, chunk_end, verb in _plain_post_cues(after, lead_end):
        if verb.group(0) in NOUN_FORMS and _a_noun_here(after, chunk_start, verb):
            continue  # "another comment (on the forum) read", "a post said": a noun, not the verb
        if opens_own_clause(after, verb.end(), FORM_TO_LEMMA[verb.group(0)]):
            return None  # '“been friends,” he claimed they had never met': a new clause, not the quote's cue
        phrase = _speaker_or_document(after[chunk_start:chunk_end], verb.group(0), parse_speaker)
        if phrase:
            return PostCue(phrase, verb.group(0), offset + chunk_start)
    return None


_MIN_UNPUNCTUATED_WORDS: Final = 4
_NAME_THEN_LOWER: Final = re.compile(r"\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}\s+[a-z]")
# '“…” the mayor said', '“…” one resident told us': a described subject of one to three words before the cue verb.
_DESCRIBING_DETERMINERS: Final = frozenset("the a an one another".split())
_MAX_DESCRIBED_WORDS: Final = 3
_CUE_PROBE_CHARS: Final = 120  # enough for a determiner, three words and a cue form
_DESCRIBING_WORD: Final = re.compile(r"[a-z][a-z’'\-]*")  # "mayor", "long-time": not a name, a number or a comma


def _unpunctuated_speech(inner: str, after: str) -> bool:
    """A sentence-opening quote with no comma before its cue: a clause of four words or more (most of them in
    lower case, unlike a title: "The Lord of the Rings" fans), then a name and a lower-case word, a cue verb
    and a capital ('“…” said Ana Ruiz'), or a described subject and its cue verb ('“…” the mayor said')."""
    words = inner.split()
    if len(words) < _MIN_UNPUNCTUATED_WORDS or 2 * sum(word[:1].isupper() for word in words) > len(words):
        return False
    if _NAME_THEN_LOWER.match(after):
        return True
    following = after[:_CUE_PROBE_CHARS].split(None, _MAX_DESCRIBED_WORDS + 2) if after[:1].isspace() else []
    if len(following) >= 2 and following[0] in DIRECT_FORMS and following[1][:1].isupper():
        return True
    if not following or following[0] not in _DESCRIBING_DETERMINERS:
        return False
    for k in range(2, min(len(following), _MAX_DESCRIBED_WORDS + 2)):
        if not _DESCRIBING_WORD.fullmatch(following[k - 1]):
            return False
        if following[k].rstrip(".,;:!?") in DIRECT_FORMS:
            return True
    return False


IT: Final = SpeakerPhrase("it", PhraseKind.PRONOUN)  # '“…,” it read': which document "it" is, the sentences before tell


def _speaker_or_document(chunk: str, verb: str, parse: Callable[[str], SpeakerPhrase | None]) -> SpeakerPhrase | None:
    """The speaker, else a document quoted from ("the letter said"); only a document may "read"."""
    if FORM_TO_LEMMA[verb] in DOCUMENT_ONLY_LEMMAS:  # "the email read"; "it read" is a document named before
        return parse_document(chunk) or (IT if chunk.strip() == "it" else None)
    return parse(chunk) or parse_document(chunk)


_VOICE_ROLES: Final = (SpanRole.CUE, SpanRole.CONTINUATION)
# Verbs whose quote with no comma before it is the thing shared, a title or a list, not words said.
_THING_SHARED_LEMMAS: Final = frozenset({"share"})
_TITLED_SPEAKER_REACH: Final = 300  # characters before a quote in which a speaker phrase holding a quoted title is read


def _pre_cue_over_title(text: str, title: QuoteSpan, start: int, end: int):
    """match_pre_cue on text[start:end], read with the quoted words of `title` (a quote inside it that
    is no voice) masked: a comma in a title ("“Hello, Neighbor”") splits no speaker phrase."""
    return match_pre_cue(text[start : title.start] + MASK * (title.end - title.start) + text[title.end : end], start)


def attribute_spans(text: str, spans: list[QuoteSpan], sentence_start: int, sentence_end: int) -> list[SpanAttribution]:
    """What each quote span of one sentence is, in order. `text` is the article text and
    the sentence is text[sentence_start:sentence_end]."""
    results: list[SpanAttribution] = []
    for i, span in enumerate(spans):
        before_start = spans[i - 1].outer_end if i else sentence_start
        after_end = spans[i + 1].open if i + 1 < len(spans) else sentence_end
        before = text[before_start : span.open]
        after = text[span.outer_end : after_end] if span.closed else ""
        inner = text[span.start : span.end].rstrip()
        if is_gloss(before) or names_a_work(before, inner):
            results.append(SpanAttribution(span, SpanRole.GLOSS))
            continue
        spoken_end = inner.rstrip("\u2019'")  # a nested quote may close first: “… ‘Go,’”
        ends_like_speech = spoken_end[-1:] in ",?!.\u2026\u2014-" if spoken_end else False
        if not ends_like_speech and not before.strip() and _unpunctuated_speech(inner, after):
            ends_like_speech = True  # '“The idea is absurd” Ruiz tweeted': the comma left out
        post = match_post_cue(after, span.outer_end) if (ends_like_speech or after.lstrip().startswith(",")) else None
        if post:
            results.append(SpanAttribution(span, SpanRole.CUE, post.speaker, post.cue, post.position))
            continue
        comma_before = before.rstrip().endswith(",")
        pre = match_pre_cue(before, before_start) or match_colon_intro(before, before_start) or match_in_words(before, before_start) or (
            match_inverted_pre_cue(before, before_start) if comma_before else None)
        if pre is None and i and results[-1].kind not in _VOICE_ROLES and comma_before:
            # 'Jo Li, who posts about “Title,” said, “…”': the quote before, no voice, may be a title inside the
            # speaker's phrase; read within a bounded reach
            title = spans[i - 1]
            reach_start = max(spans[i - 2].outer_end if i > 1 else sentence_start, span.open - _TITLED_SPEAKER_REACH)
            pre = _pre_cue_over_title(text, title, reach_start, span.open) if reach_start < title.open else None
        if pre and (pre.punctuated or FORM_TO_LEMMA.get(pre.cue) not in _THING_SHARED_LEMMAS and (
                _word_count(inner) >= 3 or inner.rstrip(" ,.")[-1:] in ("!", "?"))):  # 'yelled “Stay there!”', not 'shared “Ten tips”'
            results.append(SpanAttribution(span, SpanRole.CUE, pre.speaker, pre.cue, pre.position))
            continue
        if not i and before[:1].isupper() and (caption := caption_speaker(text, before_start, span)) is not None:
            results.append(SpanAttribution(span, SpanRole.CUE, caption, "", before_start))  # 'ANA RUIZ Ferry pilot “…”'
            continue
        at_sentence_start = not before.strip() or (i and not text[before_start:span.open].strip(" ,;"))
        rest_empty = not after.strip(" .!?,;")
        # A one-word continuation ("Again.") needs its own sentence punctuation.
        if at_sentence_start and rest_empty and (_word_count(inner) >= 2 or inner[-1:] in ".?!"):
            results.append(SpanAttribution(span, SpanRole.CONTINUATION))
        else:
            results.append(SpanAttribution(span, SpanRole.NOT_A_VOICE))
    return results
