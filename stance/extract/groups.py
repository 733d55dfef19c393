"""Group and noun-phrase speakers: "one Chinese user", "two sources familiar with the company",
"many of her supporters", "the billionaire developer", "Jo Li's campaign".

No parser: a phrase is a group when a person noun heads it (data/PERSON_NOUNS in tables.py), or,
read generically, when a determiner or possessive opens it and a lower-case noun ends it.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.cues import FORM_TO_LEMMA
from stance.extract.tables import DEMONYMS, DOCUMENT_NOUNS, IRREGULAR_PAST, PERSON_NOUNS, PRONOUN_GENDER, SPEAKER_DETERMINERS

WORD: Final = re.compile(r"[\w’'.\-&]+")
RELATIVE: Final = frozenset("who whom whose which that what where when why how".split())
VERBISH: Final = frozenset("is are was were be been being has have had do does did will would can could might must should shall".split())
PREPOSITIONS: Final = frozenset("in on at for from with by about to of into over after before during since under".split())
# Words that may follow a speaker's head noun: "two sources familiar with", "a source involved in".
POST_MODIFIERS: Final = frozenset("""familiar close with from at for of in on to based working who involved briefed
    connected linked aligned tied privy knowledgeable""".split())
# Past participles after a head noun, before "by" and who asked them: "economists surveyed by Reuters".
_PARTICIPLES_BEFORE_BY: Final = frozenset("reached contacted interviewed surveyed polled quoted cited consulted questioned".split())


_PART_OF: Final = re.compile(
    r"(?:many|some|most|all|none|several|few|each|both|half|one|two|three|four|five|a few|dozens|hundreds|thousands|scores"
    r"|a\s+(?:(?:large|small|growing|significant|substantial|sizable|sizeable|wide|broad|long)\s+)?"
    r"(?:number|group|handful|minority|majority|array|range|host|chorus|variety|pair|couple|trio|dozen)"
    r"|(?:a|one|two)[\s-](?:third|thirds|quarter|quarters)|three[\s-]quarters|the majority)"
    r"\s+of\s+(?=\S)", re.IGNORECASE)
# "many in the crowd", "some at the rally", "most on the council", "few in the Green party": part of
# a body or of the people at a place or event, named by a collective noun or a capitalised name.
_PART_IN: Final = re.compile(
    r"(?:many|some|most|few|several|others|all|none)\s+(?:in|at|on|among|within|inside)\s+(?:the|his|her|their|its|our)\s+"
    r"(?P<body>[a-z]+|[A-Z][\w’'.\-&]*(?:\s+[A-Z][\w’'.\-&]*)?(?:\s+[a-z]+)?)$", re.IGNORECASE)
_BODIES: Final = frozenset("""crowd room audience hall rally meeting party council chamber town city village region country state
    industry sector field business press media camp church community movement neighbourhood neighborhood
    administration government ministry department office agency military army police senate house congress
    parliament assembly campaign team club league union family group""".split())
_OPENING_PREPOSITIONS: Final = frozenset("like unlike despite amid".split())
# "at least a dozen", "more than 40", "nearly two": a count before the people counted, read as "several".
_ROUGHLY: Final = ("at least", "at most", "more than", "fewer than", "nearly", "almost", "about", "around", "roughly", "up to")
_COUNT_OPENERS: Final = frozenset(phrase.split()[0] + " " for phrase in _ROUGHLY)  # a cheap test before the pattern
_ROUGHLY_RE: Final = "|".join(r"\s+".join(phrase.split()) for phrase in _ROUGHLY)
APPROXIMATE_COUNT: Final = re.compile(
    rf"(?:{_ROUGHLY_RE})\s+"
    r"(?:a\s+(?:dozen|hundred|few)|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|one)\s+"
    r"(?!(?:percent|per\s+cent|percentage|thirds?|quarters?|half|fifths?)\b|(?:in|of|out\s+of)\s+(?:\d|ten\b))(?=[a-z])",
    re.IGNORECASE)  # a share ("nearly eight in 10 voters", "about 9 percent") is a poll's figure, no voice
_PLURAL_PERSON_ENDINGS: Final = ("ists", "ians", "ers")
# "Canadians", "many Brazilians": a people is a group of speakers. Only the plural forms: "Chinese" and
# "French" are adjectives too ("Chinese officials", "the French government") and family names ("Ana French").
_PLURAL_DEMONYMS: Final = frozenset(word for word in DEMONYMS if word.endswith("s"))
_NOT_PERSON_PLURALS: Final = frozenset("""papers numbers orders letters matters headquarters centers computers markets
    answers powers borders chambers waters layers meters filters towers""".split())
_GROUP_PRONOUNS: Final = frozenset("them us those these".split())
# -ing words that modify a noun for people: "striking workers", and trades and fields ("banking executives",
# "hacking specialists", "polling experts"); any other -ing word opening a phrase opens a participle clause.
_ING_MODIFIERS: Final = frozenset("""leading acting visiting striking ruling founding governing working remaining opposing
    banking polling hacking marketing mining shipping housing trucking nursing lobbying fishing farming
    manufacturing engineering accounting advertising publishing broadcasting gaming fundraising voting
    consulting teaching lending trading computing policing""".split())


def rest_ends_open(tokens: list[str], head: int) -> bool:
    """'users on the': a post-modifier cut off after a preposition or determiner."""
    return len(tokens) > head + 1 and (tokens[-1] in PREPOSITIONS or tokens[-1] in ("the", "a", "an"))


_NUMBER_WORDS: Final = frozenset("two three four five six both".split())
# Openings of an anonymous source whose post-modifier may name someone: "a person close to Ana Ruiz's family".
_SOURCE_OPENINGS: Final = frozenset("a an one another two three several some many people".split())
COUNT_DETERMINERS: Final = ("one", "a", "an", "another", "two", "three", "several", "some", "many")
DEFINITE_DETERMINERS: Final = frozenset("the his her their its our".split())
# Heads that make "the ..." a phrase about something else, never a speaker ("the same", "the first").
_NOT_HEADS: Final = frozenset("same first last next other latter former rest most least way thing fact".split())
# What a platform's name may modify and still name who posts: "the official Bluesky account".
_ACCOUNT_HEADS: Final = frozenset("account accounts handle feed channel".split())
# Nouns for a body that also modify the noun after them: "state media", but "a press release", "media trackers".
_MODIFIER_NOUNS: Final = frozenset(("media", "press", "official", "rival", "incumbent"))  # "rival candidates": a modifier
# Prefixes a person noun keeps its meaning after: "the co-founder", "an ex-minister", "the vice-chair".
_PERSON_PREFIXES: Final = frozenset(("co", "ex", "vice"))


def person_noun(token: str) -> bool:
    """A lower-case token that is a person noun, or one after a prefix ("co-host")."""
    if "-" not in token:
        return token in PERSON_NOUNS
    prefix, _, noun = token.partition("-")
    return token in PERSON_NOUNS or prefix in _PERSON_PREFIXES and noun in PERSON_NOUNS


# Heads that are never people after any determiner: "some kind of deal", "a sort of truce", "a little".
# Adjectives cut from their noun ("an early (voice)", "a new (rule)") are no head either.
_NEVER_PEOPLE_HEADS: Final = frozenset("""kind sort type little bit lot early late only likely new old recent similar single
    whole entire further additional major key good great big small large long short full""".split()) | frozenset(
    # what someone says is no one: "tweeted a warning", "sent a reply" (not "line" or "point": "the ferry line";
    # and not a message, comment or remark, which may stand for its author: "the remarks suggest that")
    """response responses reply replies answer answers retort retorts verdict verdicts advice reaction reactions
    explanation explanations warning warnings plea pleas pitch assessment assessments conclusion conclusions
    instruction instructions""".split())


# Cue verbs that open an inverted attribution ("wrote Herald bureau chief Jo Li"), never a group.
_INVERTED_CUES: Final = frozenset("said says told tells wrote writes added adds".split())


def opens_definite_phrase(word: str) -> bool:
    """'the', 'her', or a possessive name ("Acme's", "Sanders’")."""
    return word.lower() in DEFINITE_DETERMINERS or (word[:1].isupper() and word.endswith(("'s", "’s", "s'", "s’")))


def is_group(text: str, generic: bool = False) -> bool:
    """'one Chinese user', 'two sources familiar with the company', 'some', 'users and bloggers'.
    `generic`: also "the"/a possessive and any lower-case head noun ("the billionaire businessman")."""
    part_in = _PART_IN.match(text)
    if part_in:  # "many in the crowd"; not "some at the time", "most in the first round"
        words = part_in.group("body").split()
        return words[-1].lower() in _BODIES or all(word[:1].isupper() for word in words)
    count = APPROXIMATE_COUNT.match(text) if text[:text.find(" ") + 1].lower() in _COUNT_OPENERS else None
    if count:  # "at least a dozen members of the council", never "about four in 10 (voters)": a share
        return is_group("several " + text[count.end():], generic)
    part = _PART_OF.match(text)
    if part:  # "many of her supporters", "one of the lawyers": the group they are part of
        if text[part.end():].strip().lower() in _GROUP_PRONOUNS:
            return True  # "most of them", "some of those": people named before
        return is_group(text[part.end():], generic) or opens_definite_phrase(text[part.end():].split(" ", 1)[0]) and is_group(
            text[part.end():], True)
    return group_words(WORD.findall(text), generic)


def group_words(words: list[str], generic: bool = False) -> bool:
    """_is_group, on the text's words."""
    tokens = [t.lower() for t in words]
    demonstrative = tokens[:1] == ["that"] and len(tokens) > 1 and not tokens[1].endswith("s")  # "That official", never "that officials"
    if not tokens or len(tokens) > 10 or tokens[0] in _INVERTED_CUES and words[0].islower() or any(
            t in RELATIVE - {"who"} or t in VERBISH for t in tokens[demonstrative:]) or tokens[-1].isdigit():
        return False  # nor a phrase cut after a number: "a strategist on Ana Ruiz's 2008 (campaign)"
    if tokens[0] in _OPENING_PREPOSITIONS:
        return False  # "Like most islanders, (her aides say)": a comparison opening the sentence ("critics like X" is a group)
    if tokens[0].endswith("ing") and tokens[0] not in _ING_MODIFIERS and words[0].islower() and len(tokens) > 1:
        return False  # "echoing a memo from Ana Ruiz's campaign": a participle clause, whoever it names
    owner = next((i for i in range(len(words) - 2, 0, -1) if words[i].endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is not None and (words[owner][:1].isupper() or words[owner][:1].isdigit() and words[owner - 1][:1].isupper()) and not (tokens[0] in _SOURCE_OPENINGS and any(
            t in POST_MODIFIERS for t in tokens[1:owner])) and not any(
            words[i][:1].isupper() and words[i + 1].islower() and may_be_past_tense(words[i + 1]) for i in range(owner - 1)):
        # "Mr. Ubben called Acme's chief": a name and its verb, not a group ("a document provided by Jo Li's lawyer" is)
        # "Senator Jo Li’s campaign": what the owner has (not "a source familiar with Jo Li's thinking");
        # "Dover Radio’s new account": a named owner's account posts for it
        owned = tokens[owner + 1 :]
        if owned[-1] in _ACCOUNT_HEADS and len(owned) <= 3 and all(word.islower() for word in words[owner + 1 :]):
            return True
        return group_words(words[owner + 1 :], generic)
    if len(tokens) == 1:
        return person_noun(tokens[0]) or tokens[0] in _PLURAL_DEMONYMS or tokens[0] == "another"
    if len(tokens) == 2 and tokens[0] == "the" and tokens[1] in _NUMBER_WORDS:
        return True  # "the two", "the three": people counted before
    head = next((i for i, t in enumerate(tokens) if (person_noun(t) or t in _PLURAL_DEMONYMS) and t not in SPEAKER_DETERMINERS
                 and not (t in _MODIFIER_NOUNS and i + 1 < len(tokens) and tokens[i + 1] not in POST_MODIFIERS
                          and tokens[i + 1] not in ("and", "or"))), None)
    while head is not None and head + 1 < len(tokens) and (tokens[head + 1] in PERSON_NOUNS or tokens[head + 1] == "general"):
        head += 1  # a compound: "military analysts", "campaign officials", "the attorney general"
    if head is not None:  # "chief political strategist", "patient advocacy groups": a modifier before the head
        head = next((i for i in range(head + 1, min(len(tokens), head + 4)) if person_noun(tokens[i]) and all(
            w.islower() and w not in POST_MODIFIERS and w not in ("and", "or") for w in words[head + 1 : i])), head)
    if head is None and len(tokens) <= 3 and tokens[-1].endswith(_PLURAL_PERSON_ENDINGS) and tokens[-1] not in _NOT_PERSON_PLURALS and (
            words[-1].islower() and all(w.islower() or w[:1].isupper() and i == 0 for i, w in enumerate(words[:-1]))):
        head = len(tokens) - 1  # "security specialists", "Some pollsters": a plural noun for people
    if head is None:  # "Passengers on the night boat", "many riders from Leeds": the same, then a phrase
        cut = next((i for i, t in enumerate(tokens) if t in POST_MODIFIERS or _participle_before_by(tokens, i)), len(tokens))
        if 0 < cut < len(tokens) and cut <= 2 and tokens[cut - 1].endswith(_PLURAL_PERSON_ENDINGS) \
                and tokens[cut - 1] not in _NOT_PERSON_PLURALS and words[cut - 1][1:].islower() \
                and (cut == 1 or tokens[0] in SPEAKER_DETERMINERS and tokens[0] not in DEFINITE_DETERMINERS):
            head = cut - 1  # the noun first, or after a counting word ("some", "many"): never "no technology exists to"
    definite = generic and opens_definite_phrase(words[0])
    if head is None and (tokens[0] in COUNT_DETERMINERS or definite) and len(tokens) <= 6:
        # "one festival-goer from Manchester": an unlisted noun after a determiner; head is before any preposition.
        head = next((i - 1 for i, t in enumerate(tokens) if t in PREPOSITIONS or _participle_before_by(tokens, i)), len(tokens) - 1)
        if head < 1 or tokens[head] in DOCUMENT_NOUNS:
            return False
        if any(w[:1].isupper() for w in words[2:head + 1]) and words[1].islower() and not (
                tokens[head] in _ACCOUNT_HEADS and words[head - 1][:1].isupper()):
            return False  # "the site showed Parler offline": a name after a lower-case word starts a new phrase
        if tokens[head] in PRONOUN_GENDER or tokens[head] in _NEVER_PEOPLE_HEADS or tokens[head] in _NOT_HEADS \
                or tokens[0] not in COUNT_DETERMINERS and not (
            words[head].isalpha() and words[head].islower()
            and tokens[head] not in SPEAKER_DETERMINERS and tokens[head] not in DEFINITE_DETERMINERS
            and not tokens[head].endswith(("ly", "ing", "ed"))
        ):
            return False
    if head is None or tokens[head] in DOCUMENT_NOUNS or any(t in PREPOSITIONS or t == "who" for t in tokens[:head]):
        return False  # "a research firm" is a group, "the research" is not
    if tokens[0].endswith("ing") and tokens[0] not in _ING_MODIFIERS or rest_ends_open(tokens, head):
        return False  # "telling users on the": a participle clause, not a speaker
    if any(t in ("the", "a", "an") or is_verb_form(t) for t in tokens[1:head]):
        return False  # "Ana met the voters", "Lee said organisers": a second phrase or a clause began
    if head > 1 and words[0][:1].isupper() and tokens[0] not in SPEAKER_DETERMINERS and words[1].islower() and may_be_past_tense(tokens[1]):
        return False  # "Kahl defended people": a name and its verb, not "Retired teachers"
    rest = tokens[head + 1 :]
    if not rest:
        return True
    if rest[0] in ("and", "or"):  # "users and nationalist bloggers"
        return is_group(" ".join(rest[1:]), generic)
    # "familiar with", "from Leeds", or a participle: "a woman sitting beside her", "analysts reached by the Gazette"
    return (rest[0] in POST_MODIFIERS or rest[0].endswith("ing") or _participle_before_by(rest, 0)) and rest[0] != "who"


def _participle_before_by(tokens: list[str], i: int) -> bool:
    """"(economists) surveyed by Reuters": tokens[i] is such a participle, and "by" follows it."""
    return tokens[i] in _PARTICIPLES_BEFORE_BY and tokens[i + 1 : i + 2] == ["by"]


def may_be_past_tense(word: str) -> bool:
    """'met', 'arrested': an irregular past, or a word in -ed longer than "shed"."""
    return word in IRREGULAR_PAST or word.endswith("ed") and len(word) > 4


def is_verb_form(word: str) -> bool:
    """A cue verb that cannot be a noun ("said", "announced", "says"); "state", "reports" can."""
    lemma = FORM_TO_LEMMA.get(word)
    if lemma is None:
        return False
    return lemma in ("say", "tell") or word not in (lemma, lemma + "s", lemma + "es")


def bare_singular_title(words: str) -> bool:
    """'Acme co-founder': a singular lower-case noun last, with no determiner first (not "the mayor")."""
    first, last = words.split(" ", 1)[0].lower(), words.rsplit(" ", 1)[-1]
    return last.islower() and not last.endswith("s") and first not in SPEAKER_DETERMINERS  # ("the", "a" are among them)


def lower_case_description(tokens: list[str]) -> bool:
    """'the popular social media app', 'ride-hailing company': lower-case words, a determiner first at most."""
    words = tokens[1:] if tokens[0].lower() in ("the", "a", "an") else tokens
    return bool(words) and all(word.islower() and word.replace("-", "").isalpha() for word in words)
