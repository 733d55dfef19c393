"""Reported speech: voices with no quote marks, or with only a quoted fragment.

Works on one sentence in which quoted text has been masked, so that cue verbs and
commas inside quotes are not seen. Patterns, most specific first:
  According to X, CONTENT. / CONTENT, according to X (according.py).    As X noted, CONTENT.
  CONTENT, X said.        X[, role,] (has) warned (that) CONTENT.    X ..., arguing that CONTENT.

Offsets: the patterns work inside the sentence (a _LocalCue counts from its first character); reported_cues
adds the sentence's start once, so every ReportedCue that leaves this module is absolute (into the article).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final, NamedTuple

from stance.extract.according import according_alone, according_cue, as_noted_cue
from stance.extract.asides import (
    PARTICIPLE_OPENERS, leading_participle_cue, participle_cues, relative_cue, relative_subject,
    subject_before)
from stance.extract.characterisation import CHARACTERISING_FORMS, characterisation_cues, may_describe
from stance.extract.content import MASK, LocalCue, clause_content, content_after_verb
from stance.extract.content_ends import end_at, end_at_next_speaker, to_comma
from stance.extract.cue_clauses import (
    cue_verb_after_comma, earlier_cue_clause, inverted_tail_cue, postposed_before_semicolon, set_off_cue, verb_between_commas,
    who_reported_after)
from stance.extract.cue_positions import cue_verbs
from stance.extract.cues import FORM_TO_LEMMA, PARTICIPLE_FORMS, PARTICLE_PATTERNS, REPORTED_FORMS
from stance.extract.cue_words import cue_words
from stance.extract.headline_cues import HEADLINE_CUE, is_headline, lower_headline_cues, may_hold_headline_cue
from stance.extract.leading import MEDIUM_BEFORE_VERB, MEDIUM_REACH
from stance.extract.relative_speech import relative_hedge
from stance.extract.speakers import COMMA_OUTSIDE_NUMBERS, PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.subjects import (
    LONG_SUBJECT_CHARS, asked_by, name_before_long_appositive, person_before_long_appositive, subordinate_subject)
from stance.extract.statements import CLAIM_NOUNS, ISSUED_PARTICIPLES, possessed_claim_cues, with_issued_document_cues
from stance.extract.subordinate import SUBORDINATOR_AT, SUBORDINATORS, subordinate_speaker
from stance.extract.tables import FILLER_WORDS, FINITE_AUXILIARIES, MODALS, NEGATIONS, PASSIVE_AUX, QUESTION_LEMMAS, UNSAID_BEFORE_TO
from stance.extract.verb_group import (
    ASPECT_VERBS, BARE_NOUNS, DASH, DASH_BEFORE, DASH_FORMS, FORM_PROBE_CHARS, NOUN_FORMS, NOUN_MODIFIERS, SAY_AS_NOUN_AFTER,
    MONTHS, TIME_OPENERS, TIME_PHRASE_WORDS, TIME_WORDS, caused_to_speak, catenative_start, end_after_number,
    holds_a_cue_clause, may_hold_dash, pronoun_and_auxiliary, role_before_predicate, said_only, singular_noun_before,
    time_after_in, time_phrase_start, time_span_after_perfect, writer_aside_start)

__all__ = ["CHARACTERISING_FORMS", "MASK", "ReportedCue", "according_alone", "cue_words", "opens_with_participle", "reported_cues"]

# The longest subject we look at: a name with a long appositive role fits easily.
_MAX_SUBJECT_CHARS: Final = 160
_APPOSITIVE_CLOSE: Final = re.compile(r",|\s[-\u2013\u2014]|--")  # "…, has said", "… - said"


class ReportedCue(NamedTuple):
    """A reported-speech voice of one sentence; offsets are absolute (into the article text)."""

    speaker: SpeakerPhrase | None  # None: the subject of the sentence
    cue: str
    start: int  # of the content
    end: int
    position: int  # of the speaker phrase


_LocalCue = LocalCue
_COORDINATORS: Final = frozenset({"and", "but"})
# "but did not say", "and would not say": the speaker's own unsaid second predicate
_AUXILIARIES_BEFORE_NOT: Final = FINITE_AUXILIARIES | frozenset(("did", "does", "do"))
_NOUN_DETERMINERS: Final = frozenset("the a an his her their its our my your this these those two three four five several many former other".split())
_NOUN_AFTER: Final = re.compile(r"\s+(?:of|where)\b")  # "home state of Vermont", "states where voters …": a noun
_VERBS_AFTER_A_NOUN: Final = REPORTED_FORMS | frozenset("is are was were has have had will would".split())
_NOUN_PREPOSITIONS: Final = frozenset("of in on with by from for about after over under among through during".split())
_MAX_COORDINATED_CHARS: Final = 240  # "X did this and that, and said": the clause opening is this close
# Where a clause may break: a comma, or ; : — ( and a wire-copy dash (" - ", "--"; rarer, tested for
# first), each with the spaces after it. A pattern that opens with the comma itself lets re find each
# by a plain scan, not a class test per character.
_COMMA_BREAK: Final = re.compile(COMMA_OUTSIDE_NUMBERS.pattern + r"\s*")  # not the comma inside "1,051"
_OTHER_BREAK: Final = re.compile(rf"(?:[;:(]|{DASH_FORMS})\s*")
# Participles that may open a sentence and take a quote ("Citing “…,”", "Calling it “…,”").
_OPENING_PARTICIPLES: Final = PARTICIPLE_FORMS | frozenset(form for form in CHARACTERISING_FORMS if form.endswith("ing"))
_QUOTE_NEXT: Final = re.compile(rf"\s*[,:]?\s*[\u201c\"]?{MASK}")  # a cue verb's quote right after it
_NAME_THEN_COMMA: Final = re.compile(r"\s+[A-Z][^,]{0,60},")  # "says Carl Anthony,", "said Doyle and others,"
_QUOTE_CLOSE_THEN_SUBJECT: Final = re.compile(rf"{MASK}(?:[\u201d\"]|'')\s+(?=(?:he|she|they|the|a|an|his|her|their|its)\s|[A-Z]"
                                       r"|(?:(?!(?:in|on|at|of|for|to|by|with|from)\s)[a-z][\w\-]*\s+){1,2}[A-Z][\w’'.\-]*\s+[A-Z])")
# (the last: '“Harbour Hour,” co-host Jo Li asked', a title and a full name, never '“X” community in TikTok')
_QUOTE_CLOSE: Final = re.compile(rf"{MASK}(?:[\u201d\"]|'')\s*")


def _end_last_content_at(cues: list, at: int) -> None:
    """The last cue's content ends at `at` when `at` lies inside it: a coordinated second predicate of the
    speaker begins there ("said A and said B", "said A but added, “…”", "said A but did not say B")."""
    if cues and cues[-1].start < at < cues[-1].end:
        cues[-1] = cues[-1]._replace(end=at)


def _trim(masked: str, start: int, end: int) -> tuple[int, int]:
    while start < end and masked[start] in " ,:;\u2014\u2013":
        start += 1
    while end > start and (masked[end - 1] in " .,;:!?\u2014\u2013" or masked.endswith((" -", "--"), start, end)):
        end -= 1  # " -" and "--" are dashes in wire copy; "well-" in "well-known" is never last
    return start, end


def opens_with_participle(masked: str) -> bool:
    """Whether the sentence opens with a participle that may take a quote ("Citing “…,” …")."""
    return masked[: masked.find(" ")].lower() in _OPENING_PARTICIPLES


def _clause_starts(masked: str) -> tuple[list[int], list[int]]:
    """Candidate starts of a subject: the sentence start, then after each comma (or ; : — ( ),
    as (starts, ends of the breaks); a subject ending at `e` may start at 0 or at any break
    end before `e` (a break never runs into the word that ends a subject)."""
    ends = [m.end() for m in _COMMA_BREAK.finditer(masked)]
    if ";" in masked or ":" in masked or "\u2014" in masked or "(" in masked or " - " in masked or "--" in masked \
            or " \u2013 " in masked:  # no match spans another's mark
        ends = sorted(ends + [m.end() for m in _OTHER_BREAK.finditer(masked)])
    if MASK in masked:
        # 'on Channel 9's “Morning Talk,” Ana Ruiz said', 'had “…,” he claimed they …', 'chants of “…,” the
        # mayor said': a quote's comma is masked; a subject or a capital after its close may open a clause
        closes = [m.end() for m in _QUOTE_CLOSE_THEN_SUBJECT.finditer(masked)]
        if opens_with_participle(masked):  # 'Citing “…,” the aide said'
            closing = _QUOTE_CLOSE.search(masked)
            closes += [closing.end()] if closing else []
        ends = sorted(set(ends + closes)) if closes else ends
    return [0] + ends, ends


_QUOTE_CLOSES: Final = ("\u201d", '"', "'", MASK)
_FLOATING_QUANTIFIERS: Final = frozenset(("both", "all", "each"))  # of the subject, after it: "they have all said"


def _after_a_quote(masked: str, start: int) -> bool:
    """Whether a quote closes right before `start` (a few spaces between): an -ing form there is a participle."""
    return masked[max(0, start - 4) : start].rstrip()[-1:] in _QUOTE_CLOSES


def _finite_verb_cues(masked: str, words: list[str], exact: list[str], verbs: list[tuple[int, int]]) -> list[_LocalCue]:
    """`exact` and `verbs`: cue_verbs(masked, words, …)."""
    cues: list[_LocalCue] = []
    # Offsets only of the cue verbs and of the words walked back over, each found by a search.
    rfind = masked.rfind
    # Per cue verb already walked back from: (where its walk stopped, where the word after that one
    # starts, negated, passive, modal). A walk that reaches an earlier cue verb ("reply" ends in -ly)
    # goes on from where that one stopped.
    walks: dict[int, tuple[int, int, bool, bool, bool]] = {}
    clause_starts: tuple[list[int], list[int]] | None = None  # built once, for the first verb that needs it
    # Whether any dash may open a subject's clause: most sentences hold none, and then no start is searched.
    dashes = may_hold_dash(masked)
    for index, verb_start in verbs:
        form = words[index]
        verb_end = verb_start + len(form)
        lemma = FORM_TO_LEMMA[form]
        # Walk back over auxiliaries and adverbs (no comma between) to where the subject ends.
        j, next_start = index - 1, verb_start  # where the word after word j starts
        negated = passive = modal = False
        first_skipped = words[j].lower() if j >= 0 else ""
        catenative_from = index  # "went on to say": the verbs before "to" are walked over too
        span_from = index  # from here to the verb: a span of time after "has" (time_span_after_perfect)
        aspect = form.endswith("ing") and index > 0 and words[index - 1].lower() in ASPECT_VERBS
        if aspect:
            catenative_from = index - 1  # "kept saying": the aspect verb is walked over, and the -ing form is finite
        while j >= 0:
            word = words[j].lower()
            # "quickly", never "Kelly", nor a noun after a determiner ("the rally", "her family")
            adverb = word.endswith("ly") and words[j].islower() and not (
                j > 0 and (words[j - 1].lower() in _NOUN_DETERMINERS or words[j - 1].endswith(("'s", "’s"))))
            if word == "to" and j == index - 1:
                catenative_from = catenative_start(words, j)
            # "Ana Ruiz Sunday night recounted", "but on Tuesday wrote": a time between subject and verb
            # (not "USA TODAY", nor "a report published Wednesday": a participle's time)
            time = (word in TIME_WORDS and words[j][1:].islower() or words[j] in MONTHS or word in TIME_OPENERS and j + 1 < index
                    and (words[j + 1].lower() in TIME_WORDS or words[j + 1] in MONTHS) or word == "in" and time_after_in(
                        words, j, index, masked, rfind(exact[j], 0, next_start) + 2, next_start)
                    ) and not (j and words[j - 1].endswith("ed") and words[j - 1].islower())  # "who in 2010 said"
            long_ago = words[j] == "long"  # "has long maintained"; "Long said" is a family name
            if not (word in FILLER_WORDS or word in NEGATIONS or adverb or time or long_ago or j >= catenative_from
                    or word in _FLOATING_QUANTIFIERS and words[j].islower()  # "have both argued", "all urged"
                    or j >= span_from):
                span_from = time_span_after_perfect(words, j)  # "has in recent weeks said"; then "at the time said"
                if span_from < 0 and (word not in TIME_PHRASE_WORDS or (span_from := time_phrase_start(words, j, index)) < 0):
                    break
            word_start = rfind(exact[j], 0, next_start)  # word j: the last occurrence before the next word
            if "," in masked[word_start + len(exact[j]) : next_start]:
                break
            negated = negated or word in NEGATIONS
            passive = passive or word in PASSIVE_AUX and j < catenative_from  # not "was quick to say"
            modal = modal or word in MODALS and words[j] != "May"  # "in May said": the month
            if j in walks:
                j, next_start, was_negated, was_passive, was_modal = walks[j]
                negated, passive, modal = negated or was_negated, passive or was_passive, modal or was_modal
                break
            j, next_start = j - 1, word_start
        if modal and not negated and said_only(words, j, index):
            modal = False  # "would only say that", "would say only that": news copy's "said only"
        walks[index] = (j, next_start, negated, passive, modal)
        contracted = pronoun_and_auxiliary(words[j].lower()) if j >= 0 and not passive else None
        auxiliary = contracted[1] if contracted else ""  # the subject's own: "he's", "she'd"
        unsaid = words[j] == "to" and j and words[j - 1] in UNSAID_BEFORE_TO
        # (a walk that stops at the "to" right before the verb has passed no negation or modal: caused_to_speak looks)
        if words[j] == "to" and j == index - 1 and j >= 2 \
                and (caused := caused_to_speak(masked, rfind(exact[j], 0, next_start))) is not None \
                and (phrase := parse_speaker(caused[0])) is not None \
                and (content_start := content_after_verb(masked, verb_end, lemma)) is not None:
            cues.append(_LocalCue(phrase, form, content_start, len(masked), caused[1]))  # "… led critics to say that": they speak
            continue
        if negated or modal or auxiliary == "d" and form == lemma or unsaid:
            # "did not say", "would announce", "she'd say", "(not) authorized to speak": nothing was said
            if negated and cues and j >= 0 and words[j].lower() in _COORDINATORS \
                    and words[j + 1].lower() in _AUXILIARIES_BEFORE_NOT \
                    and all(w.lower() in FILLER_WORDS or w.lower() in NEGATIONS for w in words[j + 1 : index]) \
                    and (lemma not in PARTICLE_PATTERNS or PARTICLE_PATTERNS[lemma].match(masked, verb_end)):
                # "said A but did not say B": A ends before "but" ("he … and never asked" may be A's own)
                _end_last_content_at(cues, rfind(exact[j], 0, next_start))
            elif unsaid and cues and j >= 2 and words[j - 2].lower() in _COORDINATORS:  # "said A and declined to say B"
                verb_start_before_to = rfind(exact[j - 1], 0, rfind(exact[j], 0, next_start))
                _end_last_content_at(cues, rfind(exact[j - 2], 0, verb_start_before_to))
            continue  # ("she'd said" is "had"; "used a luncheon to complain" did say)
        if form.endswith("ing") and (not passive and auxiliary not in ("s", "re") and not aspect
                                     or _after_a_quote(masked, verb_start)):  # 'were “…,” adding'
            continue  # a participle, handled by _participle_cues ("he's saying" is no participle)
        if not form.endswith("ing") and j < index - 1 and (first_skipped in PASSIVE_AUX or passive and "been" in words[j + 1 : index]):
            if lemma in QUESTION_LEMMAS and (asker := asked_by(masked, verb_end)) is not None:
                cues.append(_LocalCue(asker[1], form, asker[2], len(masked), asker[0]))  # "was asked by a caller why …"
            continue  # passive: "it was reported that", "he has been harshly criticised for"
        if j < 0 or form in NOUN_FORMS and (words[j].lower() in _NOUN_DETERMINERS or words[j] in _NOUN_PREPOSITIONS or words[j].isdigit()
                                             or form in BARE_NOUNS and singular_noun_before(words, j)  # "a news report"
                                             or words[j] in NOUN_MODIFIERS  # "media reports", not "CBS News reports"
                                             or words[j].endswith(("'s", "’s")) or _NOUN_AFTER.match(masked, verb_end)) \
                or form == "say" and j == index - 1 and words[j].lower() in SAY_AS_NOUN_AFTER:
            continue  # "two tweets of", "her claims", "in posts", "Editor's note", "the state of Ohio": a noun, not a cue verb
        word_start = rfind(exact[j], 0, next_start)
        word_end = word_start + len(words[j])
        # "the harbour master from 2007 to 2013, said"
        subject_end = end_after_number(masked, word_end) if masked[word_end + 1 : word_end + 2].isdigit() else word_end
        if masked[subject_end:verb_start].lstrip().startswith(",") and "," not in masked[:subject_end] \
                and _NAME_THEN_COMMA.match(masked, verb_end):  # ("Jo Li, a nurse, said Holt, the mayor, was …" speaks)
            continue  # "The paradox, says Carl Anthony, is …": an inverted cue set off by commas, no subject before it
        if relative_hedge(masked, words, index, j, subject_end, verb_end):
            continue  # "the mayor, who aides say was exhausted": a hedge, no voice (and not the mayor's)
        content_start = content_after_verb(masked, verb_end, lemma)
        # (after "kept asking", content_after_verb has found a question already: "kept asking her why …")
        if content_start is not None and aspect and lemma not in QUESTION_LEMMAS and not clause_content(masked, verb_end, content_start):
            continue  # "began posting short lessons on “…”": what was posted, not what was said
        if content_start is None:
            if words[j].lower() in _COORDINATORS and _QUOTE_NEXT.match(masked, verb_end):
                _end_last_content_at(cues, word_start)  # "said A but added, “…”": A ends before "but"
            continue
        if form in NOUN_FORMS and masked[content_start : content_start + FORM_PROBE_CHARS].split(" ", 1)[0] in _VERBS_AFTER_A_NOUN:
            continue  # "her blog post last week said …", "the blog post was deleted": the noun's verb follows it
        # "Ana visited the pier, then said ...": a comma and "then" join a second predicate as "and" does
        joined = word_end if j < index - 1 and words[j + 1] == "then" and "," in masked[word_end:next_start] else -1
        if words[j].lower() in _COORDINATORS or joined >= 0:  # "Ana met voters and said ...": the clause's subject
            clause_end = joined if joined >= 0 else word_start
            # "When Reyes mentioned the storm and said ...": the subordinate clause's own subject
            # "Ruiz, who backed Reyes and said A": a relative clause still open before "and" has the nearer subject
            subject = relative_subject(masked, clause_end) if ", who " in masked else None
            relative = subject is not None
            subject = subject or subject_before(masked, clause_end) or subordinate_subject(masked[:clause_end])
            if subject is not None:
                _end_last_content_at(cues, clause_end)  # "Ana said A and said B": A ends before "and"
                # "Ruiz, who backed Reyes and said A, did not come": A ends with the relative clause
                end = to_comma(masked, content_start) if relative or SUBORDINATORS.match(masked.lstrip()) else len(masked)
                cues.append(_LocalCue(subject.phrase, form, content_start, end, subject.offset))
            if subject is not None or joined < 0:
                continue  # (else the words before the comma may be the speaker: "Jo Li, who was away, then said")
        found = False
        # A subject longer than _MAX_SUBJECT_CHARS is a clause, not a speaker with its appositive:
        # only the starts within that distance of the subject's end are tried, in order.
        starts, break_ends = clause_starts = clause_starts or _clause_starts(masked)
        first = 0 if subject_end <= _MAX_SUBJECT_CHARS else 1 + bisect_left(break_ends, subject_end - _MAX_SUBJECT_CHARS)
        medium = MEDIUM_BEFORE_VERB.search(masked, max(0, subject_end - MEDIUM_REACH), subject_end)
        speaker_end = medium.start() if medium else subject_end  # "Ana Ruiz in a statement said": Ana Ruiz
        for start in starts[first : 1 + bisect_left(break_ends, subject_end)]:
            if start >= speaker_end:
                break
            after_dash = dashes and start and DASH_BEFORE.search(masked, max(0, start - 4), start)
            if after_dash and (DASH.match(masked, speaker_end) or DASH.search(masked, start, speaker_end)):
                continue  # "economists — including two of its members — warn": the aside is no speaker
            phrase = parse_speaker(masked[start:speaker_end])
            if phrase is None and speaker_end > word_end:  # "Police in Precinct 9 said": no name ends with a number
                phrase = parse_speaker(masked[start:word_end])
            if phrase is None or holds_a_cue_clause(phrase.text):
                continue
            if phrase.role and (role := role_before_predicate(phrase.role, form)) != phrase.role:
                if role is None:
                    continue  # "Jo Li, an aide, told us that Ruiz (believes)": no subject of this verb
                phrase = phrase._replace(role=role)  # "Jo Li, an aide, replied on Friday (to suggest)"
            if first and start == starts[first] and phrase.kind is PhraseKind.GROUP:
                start, phrase = name_before_long_appositive(masked, starts[max(0, first - 2) : first], speaker_end, start, phrase)
            end = len(masked)
            if SUBORDINATORS.match(masked.lstrip()) if start == 0 else SUBORDINATOR_AT.match(masked, start):
                end = to_comma(masked, content_start)  # "(…, and) when Reyes said A, B": A ends at the clause's comma
            elif after_dash:  # "A — an aide said B — C": the content ends with the aside
                closing = DASH.search(masked, content_start)
                end = closing.start() if closing else end
            cues.append(_LocalCue(phrase, form, content_start, end, start))
            found = True
            break
        if not found and first and _APPOSITIVE_CLOSE.search(masked, subject_end, verb_start):
            # past an ordinary subject's reach, its appositive closed by a comma or a dash: a person's name
            near = bisect_left(starts, speaker_end - LONG_SUBJECT_CHARS, 0, first)  # a bounded slice: linear time
            named = person_before_long_appositive(masked, starts[near:first], speaker_end)
            if named is not None:
                cues.append(_LocalCue(named[1], form, content_start, len(masked), named[0]))
                found = True
        if not found:  # "… was booed when she said …": the clause after a subordinator
            subordinate = subordinate_speaker(masked, subject_end)
            if subordinate is not None:
                end = to_comma(masked, content_start) if subordinate.opening else len(masked)  # "Although she said A, B"
                cues.append(_LocalCue(subordinate.phrase, form, content_start, end, subordinate.position))
                found = True
        if not found and words[j].lower() in ("who", "which"):
            # After a cue, "experts who say …" lies in that cue's content: only "Ana Ruiz, who said" speaks.
            # "which" only after a named body ("Harbour Watch, which said"): "the report, which said" is a document.
            relative_clause = relative_cue(masked, word_start, form, content_start, restrictive=not cues,
                                    named_only=words[j].lower() == "which")
            if relative_clause is not None:
                cues.append(relative_clause)
    return cues  # several cues: each content ends where the next speaker begins (end_at_next_speaker)


def reported_cues(masked: str, sentence_start: int, words: list[str] | None = None) -> list[ReportedCue]:
    """Reported-speech voices of one masked sentence, which starts at `sentence_start` in
    the article text. `words`: cue_words(masked), when the caller has it already."""
    words = words if words is not None else cue_words(masked)
    if words is None:
        return []
    may_hold_headline = may_hold_headline_cue(masked)  # only then may cue_words have lowered a word of `words`
    if may_hold_headline and HEADLINE_CUE.search(masked) and is_headline(words):
        masked = lower_headline_cues(masked)
    if masked[:1] == "(":  # "(A, Mr. Berg said.)": a sentence in brackets, read without them (same offsets)
        masked = _without_brackets(masked)
    found = []
    cues = _raw_cues(masked, words, words_exact=not may_hold_headline)
    dashed = bool(cues) and may_hold_dash(masked)
    for cue in cues:
        start, end = _trim(masked, cue.start, writer_aside_start(masked, cue.start, cue.end, cue.position) if dashed else cue.end)
        if end > start:
            found.append(ReportedCue(cue.speaker, cue.cue, sentence_start + start, sentence_start + end, sentence_start + cue.position))
    return found


def _without_brackets(masked: str) -> str:
    """A sentence wrapped in one pair of round brackets, with the brackets as spaces."""
    close = len(masked.rstrip(" .!?")) - 1
    if close < 1 or masked[close] != ")" or masked.count("(") != 1 or masked.count(")") != 1:
        return masked
    return " " + masked[1:close] + " " + masked[close + 1 :]


def _raw_cues(masked: str, words: list[str], words_exact: bool = False) -> list[_LocalCue]:
    according = according_cue(masked)
    if according:
        return [according]
    as_noted = as_noted_cue(masked)
    if as_noted:
        return [as_noted]
    exact, verbs = cue_verbs(masked, words, words_exact)
    after_comma = cue_verb_after_comma(masked, words, verbs if words_exact else None)
    inverted = inverted_tail_cue(masked) if after_comma else None  # "CONTENT, said Jo Li, ...": no subject before the verb
    if inverted:  # "…, said Jo Rubel, who noted that B": the relative clause after the speaker reports too
        relative = who_reported_after(masked, inverted) if ", who " in masked else None
        cues = [inverted._replace(end=min(inverted.end, relative.position)), relative] if relative else [inverted]
    else:
        cues = _finite_verb_cues(masked, words, exact, verbs)
    if after_comma and (not cues or (later := min(cue.start for cue in cues)) > masked.find(",")):  # "A, she said, B, though C"
        post = set_off_cue(masked, not words_exact or verb_between_commas(masked, verbs), later if cues else -1)
        if post:
            cues.insert(0, post)  # (it stands before any other cue)
    if after_comma and len(cues) == 1 and not cues[0].start:  # "A, X reported, while B, Y reported."
        cues = list(earlier_cue_clause(masked, cues[0]) or cues)
    if not CLAIM_NOUNS.isdisjoint(words):  # "Ana Ruiz's claim that …": its owner said it
        cues.extend(possessed_claim_cues(masked))
    if not cues and ";" in masked:  # "CONTENT, officials say; MORE": the cue clause ends at the semicolon
        post = postposed_before_semicolon(masked)
        if post:
            cues.append(post)
    ends: list[int] = []  # where a participle's clause begins: any content running over it ends there
    for participle, begins in participle_cues(masked) if not PARTICIPLE_FORMS.isdisjoint(words) else ():
        ends.append(begins)
        cues.append(participle)
    if not ISSUED_PARTICIPLES.isdisjoint(words):  # "issued a statement saying …": its issuer speaks
        cues = with_issued_document_cues(masked, cues)
    if "\u201c" in masked or '"' in masked or "\u00ab" in masked or "''" in masked or may_describe(masked):  # '' is “ in wire copy
        for characterisation, begins in characterisation_cues(masked):
            if begins >= 0:  # ", calling him “…”" ends the content before it
                ends.append(begins)
            cues.append(characterisation)
    if ends:
        cues = end_at(cues, sorted(ends))
    leading = leading_participle_cue(masked) if words and (words[0].lower() in PARTICIPLE_FORMS or words[0] in PARTICIPLE_OPENERS
                                                           and words[1:2] and words[1] in PARTICIPLE_FORMS) else None
    cues = [leading, *cues] if leading else cues
    return end_at_next_speaker(masked, cues) if len(cues) > 1 else cues
