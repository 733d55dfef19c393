"""What follows a reported-speech cue verb: where its content starts, if it has any.

`X told reporters in a statement on Monday that CONTENT`, `X asked whether CONTENT`,
`X noted the bill would fail`: an addressee, a particle ("pointed out") and circumstances
may stand between the verb and the content; a bare clause counts after say and tell, and
after other verbs only when it reads as a clause.

Offsets: everything here works on one masked sentence (quoted characters replaced by MASK,
same length) and counts from its first character; a LocalCue carries such offsets.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Final, NamedTuple

from stance.extract.cues import ADDRESSEE_LEMMAS, BARE_CLAUSE_LEMMAS, OBJECT_CONTENT_LEMMAS, PARTICLE_PATTERNS
from stance.extract.speakers import SpeakerPhrase
from stance.extract.groups import may_be_past_tense
from stance.extract.addressees import (
    OTHER_WH, PERSON_THEN_OTHER_WH, PERSON_THEN_TO, addressee_and_circumstance, asks_a_person, clause_in_addressee, person_named)
from stance.extract.tables import CONTENT_PREPOSITIONS, QUESTION_LEMMAS, SUBJECT_PRONOUNS, WEEKDAYS
from stance.extract.verb_asides import (ASIDE_REACH, CIRCUMSTANCE, CIRCUMSTANCE_OPENING, CONTENT_THAT, OCCASION_REST_THEN_THAT,
                                        PHRASE_THEN_THAT, content_after_aside)

MASK: Final = "\u2591"  # stands in for quoted characters; never a word character


class LocalCue(NamedTuple):
    """A reported-speech voice being found: offsets count from the sentence's start."""

    speaker: SpeakerPhrase | None  # None: the subject of the sentence
    cue: str
    start: int  # of the content
    end: int
    position: int  # of the speaker phrase


TOKEN: Final = re.compile(r"[A-Za-z][\w’'\-]*")
# TOKEN's words of ASCII text by byte operations: every character outside a word becomes a space,
# and the runs left are the words once any digits, "_", "'" or "-" opening them are dropped. A regex
# search per word costs more. (Beyond ASCII, telling the characters that may stand in a word from
# the rest costs about what the regex does.)
_WORD_BYTES: Final = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_'-") else 32 for c in range(256))
_WORD_CLASSES: Final = bytes(97 if c < 128 and chr(c).isalpha() else 48 if _WORD_BYTES[c] != 32 else 32 for c in range(256))
_NOT_OPENING: Final = "0123456789_'-"
_THAT: Final = re.compile(r"\s*(?:,\s*)?that\b\s*", re.IGNORECASE)
_POSSESSED: Final = (r"(?:his|her|their|its|our|my|your)\s+(?:(?!(?:the|an?|this|that|these|those|as|and|or|is|was|has|to|of|in|on|at)\s)"
              r"[a-z]+\s+){0,2}(?!(?:as|is|was|has|this|us|his|its)\b)")
_SUBJECT_OPENERS: Final = "he|she|they|it|we|i|you|the|his|her|their|its|this|these|those"
_ADDRESSEE: Final = re.compile(
    # "asked Republican leaders to": a capitalised modifier and a plural noun (tried before a name alone);
    # "told the Gazette's weekly video series it …": a name's possession of a few words, then a subject
    r"\s*(?:the\s+)?(?:(?:former|fellow|then)\s+)?(?:[A-Z][\w’'\-]*\s+[a-z]+s(?=\s+(?:that|whether|if|to)\s)"
    rf"|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}}['’]s(?:\s+[a-z][\w\-]*){{1,4}}(?=\s+(?:{_SUBJECT_OPENERS})\s)"
    r"|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?|reporters|journalists|lawmakers|the\s+\w+|an?\s+\w+(?:\s+\w+)?"
    # "told her closest aides the pier …", "told his wife that": a possessive's noun phrase, not "her" alone
    rf"|{_POSSESSED}[a-z]+s\b(?=\s+(?:that|whether|if|as|while|when|before|after|{_SUBJECT_OPENERS})\s)"
    rf"|{_POSSESSED}[a-z]+(?=\s+(?:that|whether|if)\s)"
    r"|him|her|them|us|me|[a-z]+(?=\s+(?:that|whether|if|to)\s)"
    # "told voters the pier would ...": a plural noun, then a clause opening with its subject
    rf"|[a-z]+s(?=\s+(?:{_SUBJECT_OPENERS})\s))\b"
    r"(?:\s+[a-z]{3,}ly\b(?=\s+(?:that|whether|if|how|why|what|to)\s))?",  # "asked Reyes pointedly to"
    re.DOTALL,
)
_TO: Final = re.compile(r"\s*to\s+[a-z]")
# "told supporters Tuesday night that", "told a crowd in Port Ellis, Maine on Monday that": the addressee
# and when or where it was said, then the content. At most 8 words.
# A number's thousands commas belong to its word ("her 40,000 followers").
_ADDRESSEE_THEN_THAT: Final = re.compile(r"\s+(?:[\w’'.\-]+(?:,\d{3})*,?\s+){1,8}?" + CONTENT_THAT)
# A few words, then a colon; none of them opens a clause ("reminded viewers that he doesn't:").
_ADDRESSEE_THEN_COLON: Final = re.compile(r"\s+(?:(?!(?:that|whether|if|how|what|why)\s)[\w’'.\-]+\s+){0,4}?[\w’'.\-]+\s*:\s*")
_PARTICIPLE_AFTER_COMMA: Final = re.compile(r",\s+[a-z]+ing\b")  # "told the hosts, adding that": the participle's "that"
_WH_WORDS: Final = "whether|how|why|what|if"  # words that open an indirect question
# "asked the veteran harbour master whether": the person asked (a few words), then the question.
_ADDRESSEE_THEN_WH: Final = re.compile(rf"\s+(?:[\w’'.\-]+\s+){{2,6}}?(?=(?:{_WH_WORDS})\s)")
_NOTHING_MORE: Final = re.compile(r"[\s.!?]*$")
_SENTENCE_END: Final = frozenset(("", ".", "!", "?"))
WH: Final = re.compile(rf"\s*(?:{_WH_WORDS})\b", re.IGNORECASE)
_COLON_PATTERN: Final = r"\s*:\s*"
_COLON: Final = re.compile(_COLON_PATTERN)
# Where content opens right after the verb: _THAT, else _COLON, else PHRASE_THEN_THAT, tried in that
# order as one alternation (the first alternative that matches wins, as in a loop): one regex call, not three.
# "said that was a mistake", "said that's why": "that" before a verb is the content's own subject.
# "repeated that claim on Monday", "echoed that view.": "that" before a noun for what was said, with no
# verb after it, is its determiner; the verb had an object, not a content.
_THAT_AS_DETERMINER: Final = (r"\s+(?:view|claim|message|point|idea|argument|position|sentiment|notion|theme|promise|pledge|line|"
                       r"story|approach|call|charge|question|statement|stance|warning|refrain|assessment|assertion|vow)s?"
                       r"(?:\s*[,.;:!?]|\s*$|\s+(?:in|on|at|during|to|with|for|after|before|again|too|as|while|when|and|but"
                       r"|last|this|earlier|later|yesterday|today)\b)")
_THAT_BEFORE_CONTENT: Final = (r"\s*(?:,\s*)?that\b(?!['\u2019]s\b|\s+(?:is|isn't|was|wasn't|were|are|has|had|will|would|could|can|may|"
                        rf"might|should|must)\b|{_THAT_AS_DETERMINER})\s*")
_CONTENT_OPENING: Final = re.compile(rf"(?i:{_THAT_BEFORE_CONTENT})|{_COLON_PATTERN}|{PHRASE_THEN_THAT.pattern}")
SPACES: Final = re.compile(r"\s*")
_FIRST_WORD_PROBE: Final = 16  # characters: enough for the longest word a content may not open with
# "said — a turn from his stance": a dash after the verb sets an aside off, never a bare clause.
_DASHES: Final = frozenset("\u2014\u2013-")  # one character each: the empty string is none of them
# After the verb, an aside between dashes, then "that": "said — on the radio, as it happens — that".
_DASH_ASIDE_THEN_THAT: Final = re.compile(r"\s*(?:\u2014|--?|\u2013)\s*[^\u2014\u2013.;:]{1,80}?(?:\u2014|\s--?\s|\s\u2013\s)\s*that\s+")
# "said the plan ...": say and tell take a bare clause as it comes; other verbs only when it reads as one.
_ANY_BARE_CONTENT: Final = frozenset({"say", "tell"})
# A bare clause never opens with these: "said at the time", "said Tuesday in Paris", "told X earlier this week".
_AT_LEAST: Final = ("at least ", "at most ")
_NOT_CLAUSE_STARTS: Final = frozenset("""in on at of for to into from with by after before during about through via while as
    earlier later last next yesterday today tonight recently previously again also then
    goodbye good-bye farewell hello grace amen""".split()) | WEEKDAYS  # "said goodbye to": no content
# "complained when they didn't see …": a subordinate clause says when, not what; "said when she
# arrived the pier was empty" may still report (say and tell take any bare clause).
_SUBORDINATING_STARTS: Final = frozenset("when whenever because since until unless although though once if".split())
# Prepositions that open no content after a verb: "told the story of …" (only "told them about" does),
# "spoke for an hour", "spoke for the union" (for whom or how long, not what), "shared for a while",
# "the data they share with apps" (a thing shared, never words).
# "police reports against him", "claims for damages": a noun's phrase, never what a report or claim says.
_NOT_CONTENT_AFTER: Final = {"tell": frozenset(CONTENT_PREPOSITIONS) - {"about"}, "speak": frozenset({"for"}),
                      "share": frozenset(CONTENT_PREPOSITIONS), "report": frozenset(("against", "for")),
                      "claim": frozenset(("against", "for"))}
_SPOKE_ON_TERMS: Final = re.compile(r"\s*on\s+(?:the\s+)?(?:condition|background|behalf|record|phone|sidelines)\b", re.IGNORECASE)
# "said little about the plan", "said a lot over the years": a quantity as the object, nothing reported;
# "said little has changed" is a clause (no preposition or stop after the quantity).
_QUANTITY_OBJECTS: Final = frozenset("little nothing much something anything plenty".split())
# Adverbs in -ly that open a content by qualifying its subject: "said nearly every skipper wanted ...".
_DEGREE_ADVERBS: Final = frozenset("nearly roughly only approximately barely scarcely hardly fully merely mostly largely exactly virtually".split())
# "said the same (thing)": words said before, not a content, unless a clause goes on ("the same thing is true").
_THE_SAME_AGAIN: Final = re.compile(r"the same(?: things?)?(?:\s*(?:[,.;:]|$)|\s+(?:about|of|on|in|at|for|to|when|after|before|as|again|too)\b)")
# Not "of": "said a lot of riders had left" reports a clause.
_AFTER_QUANTITY_OBJECT: Final = frozenset("about over on for to in at with during since across regarding".split())
_AUXILIARIES: Final = frozenset("""is are was were be been has have had do does did will would can could should may might must
    shall won't wasn't isn't won\u2019t wasn\u2019t isn\u2019t""".split())
_PAST_PROBE_WORDS: Final = 5
_PAST_PROBE_CHARS: Final = 48
_NOT_BEFORE_VERB: Final = frozenset("""the a an his her their its our my your this that these those some any no every each by of to
    for with from in on at as and or newly""".split())
_CLAUSE_PROBE_CHARS: Final = 80
_CLAUSE_PROBE_WORDS: Final = 8
_MASK_REACH_WORDS: Final = 4  # a quote this close after the cue holds the clause's verb
# A long subject before its verb: "argued the plan to fund the pier by selling land would fail". Read
# further only up to the first mark, over words that open no clause of their own (a relative or a
# subordinate clause's verb is not the content's: "posted a video at which he was speaking").
_LONG_SUBJECT_WORDS: Final = 13
_LONG_SUBJECT_CHARS: Final = 110
_LONG_SUBJECT_VERBS: Final = frozenset("is are was were has have had will would can could should may might must".split())
_NOT_IN_A_LONG_SUBJECT: Final = frozenset("""which who whom whose where when while before after because if since until unless
    though although as than not twice that""".split())
_COORDINATORS: Final = frozenset(("and", "but", "or"))  # only right before the verb: "the plan … and could"
_LONG_SUBJECT_END: Final = re.compile(r"[,:;()\u2014\u2013\u201c\u201d\"]| - ")


def after_spaces(text: str, position: int, end: int = -1) -> int:
    """Where the white space at `position` ends (at `end` at the latest, when given)."""
    found = SPACES.match(text, position, len(text) if end < 0 else end)
    return position if found is None else found.end()  # `\s*` always matches: None only to the type checker


def token_words(text: str) -> list[str]:
    """TOKEN.findall(text)."""
    words = plain_words(text)
    return TOKEN.findall(text) if words is None else words


def plain_words(text: str) -> list[str] | None:
    """TOKEN.findall(text) for text that is ASCII but for the mask, double quote marks and curly
    apostrophes; None for any other. The marks stand in no word, so as spaces they leave every word as
    it was; a curly apostrophe is read as a straight one, which stands where it may in a word, and put
    back when the text holds no straight one. The sentences beyond ASCII are mostly those with a quote
    or an apostrophe, and so they are read by byte operations too."""
    words = ascii_words(text)
    if words is not None:
        return words
    plain = text.replace(MASK, " ").replace("\u201c", " ").replace("\u201d", " ")
    if "\u2019" not in plain:
        return ascii_words(plain)
    if "'" in plain:
        return None
    words = ascii_words(plain.replace("\u2019", "'"))
    # No word holds a space: one join and split put every apostrophe back.
    return " ".join(words).replace("'", "\u2019").split(" ") if words else words


def ascii_words(text: str) -> list[str] | None:
    """TOKEN.findall(text) for ASCII text; None for any other."""
    if not text.isascii():
        return None
    runs = text.encode().translate(_WORD_BYTES)
    classes = runs.translate(_WORD_CLASSES).decode()  # a: letter, 0: other word character
    words = runs.decode().split()
    if classes.startswith("0") or " 0" in classes:  # some run opens with no letter
        words = list(filter(None, map(str.lstrip, words, repeat(_NOT_OPENING))))
    return words


def looks_like_clause(masked: str, start: int) -> bool:
    """'the bill would fail', 'voters were angry', 'he left': a subject pronoun first or an auxiliary
    after the first word, so the words after the cue are a clause, not its object ("noted the change")."""
    probe = masked[start : start + _CLAUSE_PROBE_CHARS]
    if MASK in "".join(probe.split(None, _MASK_REACH_WORDS)[:_MASK_REACH_WORDS]):
        return True  # 'the ban “breaks the law”': the verb is inside the quoted words
    words = token_words(probe.lower())
    if words and words[0] in SUBJECT_PRONOUNS:
        return True
    if words and words[0].endswith(("'s", "\u2019s")) and words[0][:-2] in _CONTRACTED_SUBJECTS:
        return True  # "that's good news", "it's a mistake": a subject run into "is"
    after_first = words[1:_CLAUSE_PROBE_WORDS]
    negated = " ".join(after_first) + " "
    if not _AUXILIARIES.isdisjoint(after_first) or "n't " in negated or "n\u2019t " in negated:  # a word ending in n't or n’t
        return True
    if len(words) >= _CLAUSE_PROBE_WORDS and _verb_after_long_subject(masked, start):
        return True
    # "the email came hours later", "the firm hid four gifts": a past-tense verb after a subject noun
    # (never right after a determiner or preposition: "the planned merger", "by elected officials").
    words = words[:_PAST_PROBE_WORDS]
    comma = probe.find(",", 0, _PAST_PROBE_CHARS)
    if comma >= 0:  # the subject and its verb stand before any comma
        words = token_words(probe[:comma].lower())[:_PAST_PROBE_WORDS]
    for k in range(1, len(words)):
        word = words[k]
        if may_be_past_tense(word) and words[k - 1] not in _NOT_BEFORE_VERB:
            return words[k + 1 : k + 2] != ["by"]  # "a deal signed by": a participle, no clause
    return False


def _verb_after_long_subject(masked: str, start: int) -> bool:
    """A finite verb after the probe's words and before any mark, with no word before it that opens
    a clause of its own."""
    probe = masked[start : start + _LONG_SUBJECT_CHARS]
    end = _LONG_SUBJECT_END.search(probe)
    words = token_words((probe[: end.start()] if end else probe).lower())[:_LONG_SUBJECT_WORDS]
    for k in range(_CLAUSE_PROBE_WORDS, len(words)):
        if words[k] in _LONG_SUBJECT_VERBS and words[k - 1] != "to":  # not "hoping to have": no finite verb
            return _NOT_IN_A_LONG_SUBJECT.isdisjoint(words[:k]) and _COORDINATORS.isdisjoint(words[: k - 1])
    return False


_DEGREE_BEFORE_QUANTITY: Final = frozenset("very so too relatively comparatively".split())
_CONTRACTED_SUBJECTS: Final = frozenset("that it he she what there here".split())
def _quantity_object(masked: str, lead: int) -> bool:
    """Whether the quantity at `lead` ("little", "a lot") stands alone or before a preposition."""
    words = masked[lead : lead + _FIRST_WORD_PROBE + 24].split()
    skip = 2 if words[:1] == ["a"] else 1
    last = words[skip - 1] if len(words) >= skip else ""
    return last.endswith((",", ".", ";", ":")) or len(words) <= skip or words[skip].lower() in _AFTER_QUANTITY_OBJECT


_REQUEST_SUBJECTS: Final = frozenset("the a an his her their its this these those our my all every no each any".split())


def _opens_request(probe: str) -> bool:
    """Whether the words after "asked that" open a clause: a subject pronoun, a determiner or a name."""
    first = probe.split(" ", 1)[0]
    return first[:1].isupper() or first in SUBJECT_PRONOUNS or first in _REQUEST_SUBJECTS


# After "pointed to", a word that cannot start its object: the object stands before the verb
# ("the trends they point to with alarm").
_NOT_AN_OBJECT: Final = frozenset("with at in by from as and or but when while because".split())


def _no_object_after_particle(masked: str, verb_end: int, position: int) -> bool:
    """Whether a particle's object is not what was said: the -ing form is a gesture ("…, pointing to
    the pier,"; "pointing out that …" still reports), and no object follows the particle."""
    word = masked[position : position + _FIRST_WORD_PROBE].split(" ", 2)[1:2]
    return masked.endswith("ing", 0, verb_end) or not word or word[0].rstrip(",.;:").lower() in _NOT_AN_OBJECT


def content_after_verb(masked: str, verb_end: int, lemma: str) -> int | None:
    """Where the reported content starts after the cue verb, or None if it has none.
    Reads only the few words after the verb (patterns matched in place, no slice of the rest)."""
    position = verb_end
    if lemma in PARTICLE_PATTERNS:  # "pointed out", "called for"
        particle = PARTICLE_PATTERNS[lemma].match(masked, position)
        if not particle:
            return None
        position = particle.end()
        if lemma in OBJECT_CONTENT_LEMMAS and not _THAT.match(masked, position) and _no_object_after_particle(masked, verb_end, position):
            return None
    elif lemma in ADDRESSEE_LEMMAS:
        then_that = _ADDRESSEE_THEN_THAT.match(masked, position) if lemma not in QUESTION_LEMMAS else None
        if then_that and not _PARTICIPLE_AFTER_COMMA.search(then_that.group()):
            words = then_that.group().split()[:-1]
            clause_at = clause_in_addressee(words)
            if clause_at > 0:  # "told her it was not that simple": the content is the clause from its subject on
                return masked.find(words[clause_at], position + len(" ".join(words[:clause_at])))
            if clause_at < 0 and addressee_and_circumstance(words):
                return then_that.end()
        then_colon = _ADDRESSEE_THEN_COLON.match(masked, position)
        if then_colon:  # "asked his followers: which ferry …?", "told reporters: the pier will close"
            return then_colon.end()
        then_wh = _ADDRESSEE_THEN_WH.match(masked, position) if lemma in QUESTION_LEMMAS else None
        # "asked the harbour master whether", never "asked the board to find out whether" (a request)
        if then_wh and "to" not in then_wh.group().split() and addressee_and_circumstance(then_wh.group().split()):
            return then_wh.end()
        told_to = PERSON_THEN_TO.match(masked, position) if lemma == "tell" else None
        if told_to and person_named(told_to):
            return told_to.end()
        person_wh = PERSON_THEN_OTHER_WH.match(masked, position) if lemma in QUESTION_LEMMAS else None
        if person_wh and asks_a_person(masked, person_wh):
            return person_wh.end()
        addressee = _ADDRESSEE.match(masked, position)  # "told reporters that", "asked whether"
        if addressee and not WH.match(masked, position):
            position = addressee.end()
    circumstance = CIRCUMSTANCE.match(masked, position) if CIRCUMSTANCE_OPENING.match(masked, position) else None
    if circumstance:
        after = circumstance.end()
        if _NOTHING_MORE.match(masked, after):
            return None  # "announced on Tuesday.": a circumstance, and nothing said
        # "stressed in an interview that ...": skip the circumstance when a that-clause follows;
        # for object verbs ("highlighted in red") the circumstance may be the content itself.
        # "said 40 years ago the pier was …": without "that", a time ago may be the content's own.
        if _THAT.match(masked, after) or (lemma not in OBJECT_CONTENT_LEMMAS or _COLON.match(masked, after)) \
                and not masked[position:after].rstrip(" ,").endswith(" ago"):
            position = after
    if lemma in QUESTION_LEMMAS:  # "asked whether ...", "asked them to ...", never "asked for a meeting"
        colon = _COLON.match(masked, position)
        if colon:
            return colon.end()
        request = _THAT.match(masked, position) if lemma == "ask" else None
        if request and _opens_request(masked[request.end() : request.end() + _FIRST_WORD_PROBE]):
            return request.end()  # "asked that the fees go to the crew": a request, not "asked that question"
        # "asked the board which had met": after someone asked, only PERSON_THEN_OTHER_WH reads "which"
        asks = WH.match(masked, position) or _TO.match(masked, position) or (
            position == verb_end and OTHER_WH.match(masked, position))
        return after_spaces(masked, position) if asks else None
    found = _CONTENT_OPENING.match(masked, position)
    if found:
        return found.end()
    occasion = OCCASION_REST_THEN_THAT.match(masked, circumstance.end()) if circumstance else None
    if occasion:
        return occasion.end()
    # (only where a comma follows within reach: most contents have none this close)
    aside = content_after_aside(masked, position, circumstance is not None) if masked.find(",", position, position + ASIDE_REACH) >= 0 else None
    if aside and (aside[1] < 0 or looks_like_clause(masked, aside[1])):
        return aside[0]  # "said, twice, that …", "said, if re-elected, she would …"
    # One space and a word after it, as most cue verbs have: that needs no regex call.
    one_space = masked[position : position + 1] == " " and not masked[position + 1 : position + 2].isspace()
    lead = position + 1 if one_space else after_spaces(masked, position)
    if masked[lead : lead + 1] in _DASHES:  # "said — on the radio, as it happens — that …"
        dash_aside = _DASH_ASIDE_THEN_THAT.match(masked, position)
        return dash_aside.end() if dash_aside else None
    first = masked[lead : lead + _FIRST_WORD_PROBE].split(" ", 1)[0].lower()
    if lemma == "speak" and _SPOKE_ON_TERMS.match(masked, position):
        return None  # "spoke on condition of anonymity", "spoke on behalf of the campaign": how, not what
    if first in CONTENT_PREPOSITIONS and first not in _NOT_CONTENT_AFTER.get(lemma, ()) or WH.match(masked, position) \
            or lemma in OBJECT_CONTENT_LEMMAS:  # "told the story of the harbour": no content, unlike "told them about"
        # (nothing after "…, the ambassador confirmed.": the cue of the clause before it)
        return None if masked[lead : lead + 1] in _SENTENCE_END and _NOTHING_MORE.match(masked, lead) else lead
    bare_word = first.rstrip(",.;:")
    if (bare_word.endswith("ing") or bare_word in _AUXILIARIES) and masked[verb_end:lead].rstrip().endswith(","):
        # "said on Friday, commenting on …": a participle's clause follows, not what was said;
        # "The fees, Ruiz said on Friday, are rising": the sentence's own verb, after a cue set off by commas
        return None
    quantity, quantity_word = lead, bare_word
    if bare_word in _DEGREE_BEFORE_QUANTITY:  # "said very little", "said too much": the quantity after it
        quantity = after_spaces(masked, lead + len(first))
        quantity_word = masked[quantity : quantity + _FIRST_WORD_PROBE].split(" ", 1)[0].rstrip(",.;:").lower()
    if (quantity_word in _QUANTITY_OBJECTS or first == "a" and masked.startswith("a lot", lead)) and _quantity_object(masked, quantity):
        return None
    if first == "the" and _THE_SAME_AGAIN.match(masked, lead):
        return None
    if lemma in BARE_CLAUSE_LEMMAS and masked[lead : lead + 1] not in ("", ",", ".", ";", MASK) and (
        bare_word not in _NOT_CLAUSE_STARTS and (not bare_word.endswith("ly") or bare_word in _DEGREE_ADVERBS)
        or masked.startswith(_AT_LEAST, lead)  # "reported at least six boats sank": a counted subject
    ) and (lemma in _ANY_BARE_CONTENT and bare_word not in _DEGREE_ADVERBS
           or bare_word not in _SUBORDINATING_STARTS and looks_like_clause(masked, lead)):
        return lead
    return None


def clause_content(masked: str, verb_end: int, content_start: int) -> bool:
    """Whether a cue's content is a that-clause or a clause opened by a subject pronoun ("kept
    insisting they were right", "after arguing that"): after an aspect verb or a time word, an
    object ("began posting short lessons", "before announcing her run") is what was done."""
    first = masked[content_start : content_start + _FIRST_WORD_PROBE].split(" ", 1)[0].lower()
    return "that" in masked[verb_end:content_start].split() or first in SUBJECT_PRONOUNS


def opens_own_clause(masked: str, verb_end: int, lemma: str) -> bool:
    """Whether a cue verb is followed by a content clause of its own ("he claimed they had never met",
    "said the two cases differ"), so it reports that clause, not a quote before it; "said twice",
    "said at the time, adding …", "urged them, as …" do not."""
    start = content_after_verb(masked, verb_end, lemma)
    if start is None:
        return False
    first = masked[start : start + _FIRST_WORD_PROBE].split(" ", 1)[0].lower()
    # only a bare clause right after the verb: 'Citing “…,” the owner said that …' is the quote's cue
    if masked[verb_end:start].strip() or first not in SUBJECT_PRONOUNS and first not in _CLAUSE_DETERMINERS:
        return False
    return first in SUBJECT_PRONOUNS or looks_like_clause(masked, start)


# Words that open a subject noun phrase after a verb: "said the two cases were different".
_CLAUSE_DETERMINERS: Final = frozenset("the a an his her their its this these those our my".split())
