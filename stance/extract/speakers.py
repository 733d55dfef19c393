"""Speaker phrases: parse a subject chunk ("Jo Li, a nurse", "two officials", "she").

No parser: a speaker phrase is recognised by shape (a run of capitalised words, a
pronoun, or a noun phrase headed by a person noun); registry.py resolves it against
what the article said before it.

Offsets: parse_subject's offset counts from the start of the chunk it was given.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import Final

from stance.extract.verb_group import pronoun_and_auxiliary
from stance.extract.conjoined import conjoined_speakers, pair_with_places
from stance.extract.groups import (
    PREPOSITIONS, RELATIVE, VERBISH, group_words, is_group, is_verb_form, lower_case_description, opens_definite_phrase,
    person_noun)
from stance.extract.leading import OPENING_TIME, TIME_AGO, after_leading_circumstance, after_opening_time
from stance.extract.phrases import ARTICLE_WORDS, PhraseKind, SpeakerPhrase, name_after_adjectives, title_of_department
from stance.extract.names import (
    is_compound_adjective, is_name_token, is_place, is_state_abbreviation, is_state_or_place, joined_names, looks_like_name, name_words, split_title,
    tokens_of, with_places_joined)
from stance.extract.registry import given_name_gender
from stance.extract.roles import (
    AFFILIATION, DISCOURSE_ASIDES, POSSESSED_ROLE, is_role_phrase, is_title, lower_determiner, plausible_role, possessed_title,
    subject_relative)
from stance.extract.sources import named_source
from stance.extract.tables import (
    DEMONYMS, HONORIFICS, NAME_MODIFIERS, NATIONALITY_ADJECTIVES, NO_ROLE_OPENINGS, ORGANISATION_NOUNS, ORGANISATION_WORDS,
    PARTY_ADJECTIVES, PERSON_NOUNS, PRONOUN_GENDER, SPEAKER_DETERMINERS, TITLES)

# Leading words that open a clause but are not part of its subject.
_CLAUSE_OPENERS: Final = re.compile(
    r"^(?:(?:and|but|so|yet|or|while|whereas|although|though|because|since|as|if|when|then|"
    r"however|meanwhile|still|also|instead|indeed|to which|in which|after which|even|after|before|until|once|unless|"
    r"later|earlier|afterwards?|yesterday|previously|recently|separately|initially|finally|eventually|ultimately|"
    r"sometimes|often|usually|typically|generally|frequently|occasionally|always|publicly|privately|repeatedly)\b[\s,]*)+",
    re.IGNORECASE,
)


_ASIDE_DASH: Final = re.compile(r"\s*\u2014\s*|\s+[\u2013-]\s+|\s*--\s*")  # "--" stands for a dash in wire copy
_GROUP_LINKS: Final = frozenset("for to of at with from".split())
_ASIDE_OPENINGS: Final = frozenset("a an the who his her their its one".split())
# The speaker's own "I've", "we're": transcript or quote text, never a name to attribute to.
_SPEAKER_CONTRACTION: Final = re.compile(r"(?:i|we|you)[\u2019'](?:m|re|ve|d|ll)")
# A party and state tag or a short aside after a name: "(R-Ohio)", ", D-Ore.,", "(pictured)".
PARTY_TAG: Final = re.compile(r"\s*\([^()]{0,40}(?:\)|$)|,\s*[RDI]-[A-Z][A-Za-z.]{1,12}(?=\s*,|\s*$)")




_TRAILING_DATE: Final = re.compile(
    r"\s+(?:on|in|last|this|early|late)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|week|month|year)$"
    r"|\s+that\s+(?:night|day|morning|afternoon|evening|week)$"  # "the officer in charge of the base that night"
)
# "a newcomer named Raytoho": the name, with the group as its role.
_NAMED_AS: Final = re.compile(r"(?P<group>[^,]{1,80}?)\s+(?:named|called|known as)\s+(?P<name>[A-Z][^,]{0,60})$")


# A name, then the body it belongs to: "Jo Li of the Harbour Institute".
_NAME_OF: Final = re.compile(r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,4})\s+(?:of|from)\s+(?P<org>[^,;]{2,80})$")


def _is_organisation(text: str) -> bool:
    """'the Harbour Institute', 'consulting firm Acme', 'the New York delegation': a short phrase that
    holds a capitalised word and no verb or relative word (not "the plan that failed")."""
    words = text.split()
    return len(words) <= 10 and any(w[:1].isupper() for w in words) and not any(
        w.lower() in VERBISH or w.lower() in RELATIVE or is_verb_form(w) for w in words)


_MAX_RELATIVE_WORDS: Final = 12
_RELATIVE_ONLY_HEADS: Final = frozenset({"those", "many of those", "some of those"})  # people only by their relative clause


def _dash_aside_as_commas(chunk: str) -> str:
    """"Lina Park — a ferry captain — (said)", "Ana Ruiz — 34 —": an appositive between dashes, read as between commas,
    when a speaker stands before the first dash (not "In May 2013 - after the vote - the State Department")."""
    head, aside = _ASIDE_DASH.split(chunk, 1)
    opening, last = aside.split(" ", 1)[0], aside.rstrip(" -").rsplit(" ", 1)[-1]
    if opening in PREPOSITIONS and aside.split(" ", 2)[1:2] not in (["which"], ["whom"]):
        before = parse_speaker(head)  # "Murphy — after a pause — (told)": a circumstance, the aside dropped
        if before is not None and before.kind is not PhraseKind.PRONOUN and names_a_person(before):
            closed = _ASIDE_DASH.split(aside, 1)
            return head if len(closed) == 1 or not closed[1].strip() else f"{head} {closed[1]}"
    if head.endswith(")") or not (opening in _ASIDE_OPENINGS or opening == "including" or person_noun(opening.lower())
                                  or looks_like_name(opening) or opening[:1].isdigit()) or (
            last.lower() in PRONOUN_GENDER):  # "a group -- a decision they (say …)": a clause, not an appositive
        return chunk  # "Democrats — and some Republicans —", "... - why they did not": no appositive
    before = parse_speaker(head)
    return _ASIDE_DASH.sub(", ", chunk) if before is not None and before.kind is not PhraseKind.PRONOUN else chunk


@lru_cache(maxsize=16384)  # pure in its input; the same chunks ("he", "the company") recur
def parse_speaker(chunk: str) -> SpeakerPhrase | None:
    """Parse the words before a cue verb ("Jacob Hui, a translator from Hangzhou,"), or after an
    opening circumstance ("On Monday she"). None when they are not a speaker (a clause, a document)."""
    last_comma = chunk.rstrip(", ").rfind(",") if "ing" in chunk or "ed " in chunk else -1  # the aside runs to the end: one match
    aside = chunk
    if last_comma > 0 and is_state_or_place(chunk[last_comma + 1 :].strip(" ,")):  # "…, during a visit to Dover, Del.,"
        aside, last_comma = chunk[:last_comma], chunk.rfind(",", 0, last_comma)  # the aside read without its state
    if last_comma > 0 and _PARTICIPLE_ASIDE.match(aside, last_comma):  # "one pilot, speaking on condition ..., (said)"
        return parse_speaker(chunk[:last_comma])
    if ": " in chunk:
        return None  # "Fares: Holt, whose …": a label and its colon open a new clause (the next start is tried)
    if " identified as " in chunk and (identified := _IDENTIFIED_AS.match(chunk.strip(" ,"))):
        named = parse_speaker(identified.group("name"))  # "A woman later identified as Ana Ruiz, an activist,"
        if named is not None and named.kind is PhraseKind.NAME:
            return SpeakerPhrase(named.text, named.kind, ", ".join(filter(None, (lower_determiner(identified.group("who")), named.role))))
    after_time = after_opening_time(chunk, parse_speaker, _is_name_phrase)  # "Last week Ana Ruiz": no role
    if after_time is not None:
        return after_time
    phrase = _parse_subject(chunk) or after_leading_circumstance(chunk, parse_speaker, _is_name_phrase)
    if phrase is None and (source := named_source(chunk.strip(" ,"))) is not None:
        return SpeakerPhrase(source[0], PhraseKind.NAME, role=lower_determiner(source[1]))  # "a report by Reuters"
    if phrase is not None and (phrase.text in NATIONALITY_ADJECTIVES or phrase.kind is PhraseKind.NAME and (
            is_state_abbreviation(phrase.text) or phrase.text in PARTY_ADJECTIVES)):
        return None  # "the prominent Jewish (civil rights group)", "the bill's Republican (architects)": an adjective;
        # "Residents of Dover, Del.": a place
    if phrase is not None and phrase.kind is PhraseKind.NAME and phrase.text.lower() in NAME_MODIFIERS:
        return None  # "Former (prosecutor …)": the word before a title, no name
    if phrase is not None and phrase.kind is PhraseKind.NAME and _names_the_object(phrase, chunk):
        role = phrase.role[0].lower() + phrase.role[1:]  # "A columnist" opening a sentence
        return SpeakerPhrase(f"{role} {phrase.text}", PhraseKind.GROUP)  # "a columnist for the site Pando"
    return phrase


_IDENTIFIED_AS: Final = re.compile(r"(?P<who>(?:[Aa]n?|[Oo]ne|[Tt]he)\s+[a-z]+(?:\s+(?!(?:later|only|since|publicly)\s)[a-z]+)?)\s+"
                            r"(?:(?:later|only|since|publicly)\s+)?"
                            r"identified\s+as\s+(?P<name>[A-Z].*)")
# A participle clause set off by a comma at the end of a speaker phrase ("speaking to reporters").
_BARE_PARTY_TAG: Final = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,12}\)?")
COMMA_OUTSIDE_NUMBERS: Final = re.compile(r",(?!\d{3}\b)")  # a comma, not one inside a number ("700,000 followers")
_PARTICIPLE_ASIDE: Final = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ing|asked|pressed|questioned|reached|contacted)\b[^,]*,?\s*$")
_REFLEXIVE: Final = re.compile(r"(?<=\w)\s+(?:himself|herself|themselves|itself)(?=\s*(?:,|$))")
_AGE_NOMINAL: Final = re.compile(r"[Tt]he (?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")
_THE_DOTTED_ACRONYM: Final = re.compile(r"[Tt]he (?:[A-Z]\.){1,4}[A-Z]\.?")
_OBJECT_PREPOSITIONS: Final = frozenset("for at of with from".split())
_ARTICLES: Final = ("a ", "an ", "the ")  # an appositive describing a named body: "The Gazette, a local paper,"
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)")
_LIST_END: Final = re.compile(r"\band\s+(?:the\s+)?[A-Z]")


def _names_the_object(phrase: SpeakerPhrase, chunk: str) -> bool:
    """Whether a one-word name right after its "role" is that role's object: "a columnist for the news
    site Pando" is the columnist, not Pando (an appositive "Jo Park, a columnist for X," and "Acme
    analyst Jo Park" stay names)."""
    words = phrase.role.split()
    return " " not in phrase.text and len(words) > 2 and words[0].lower() in ("a", "an") \
        and not _OBJECT_PREPOSITIONS.isdisjoint(words) and chunk.strip().lower().endswith(f"{phrase.role} {phrase.text}".lower()) \
        and given_name_gender(phrase.text.rstrip(".")) is None


def _takes_an_object(tokens: list[str], k: int) -> bool:
    """"a lawyer representing", "one pastor backing": a person noun's participle, whose object the name after
    it is ("ranking Democrat Jo Li", "a still-struggling Acme" stay speakers)."""
    return k > 0 and tokens[k].endswith("ing") and tokens[k].islower() and tokens[k - 1].lower() in PERSON_NOUNS


_QUOTE_MARK: Final = re.compile(r"\s?[\u201c\u201d\u2018\"]")


def _holds_quote_mark(text: str) -> bool:
    """Whether a quote opens or closes in `text` (\u2018: a single one opens)."""
    return "\u201c" in text or '"' in text or "\u201d" in text or "\u2018" in text


def _name_before_quoting_aside(chunk: str) -> SpeakerPhrase | None:
    """"Tom Reyes, who said he would “shut the pier,” (said)": a name, then an aside that quotes (after an
    appositive at most: "Jo Li, a baker, who wrote “…” for years,"); the name speaks. Any other phrase
    with a quote mark in it is no speaker."""
    parts = COMMA_OUTSIDE_NUMBERS.split(chunk.rstrip(", "))
    head = parts[0]
    openings = [part.split(" ", 2)[1:2] for part in parts[1:]]  # each aside's first word, after its space
    if not 2 <= len(parts) <= 3 or not head[:1].isupper() or _holds_quote_mark(head) \
            or openings[-1][:1] != ["who"] and (len(parts) == 3 or openings[-1][:1] not in [[word] for word in _ASIDE_OPENINGS]):
        return None  # the aside that quotes: a relative clause, or an appositive when it is the only one
    if len(parts) == 3 and (_holds_quote_mark(parts[1]) or not plausible_role(parts[1].strip())):
        return None  # before it, an appositive: "a baker", "founder of Acme"
    first_mark = _QUOTE_MARK.search(chunk, len(head))
    if first_mark is None or first_mark.group() not in (" \u201c", ' "'):
        return None  # 'Harbor Hour,” Rep. Tom Reyes': a quote closes first, the chunk began inside it
    phrase = parse_speaker(head)
    if phrase is None or phrase.kind is not PhraseKind.NAME or not looks_like_name(phrase.text):
        return None
    if len(parts) == 3 and not _holds_quote_mark(parts[1]):  # "Jo Li, a baker, who …": the appositive is her role
        return SpeakerPhrase(phrase.text, phrase.kind, role=", ".join(filter(None, (phrase.role, lower_determiner(parts[1].strip())))))
    return phrase


def _is_name_phrase(phrase: SpeakerPhrase) -> bool:
    return phrase.kind is PhraseKind.NAME


def _parse_subject(chunk: str) -> SpeakerPhrase | None:
    if "(" in chunk or "-" in chunk:
        chunk = PARTY_TAG.sub("", chunk)
    chunk = _CLAUSE_OPENERS.sub("", chunk.strip().strip(",;:—–― ")).strip(",; ")
    if _BARE_PARTY_TAG.fullmatch(chunk):
        return None  # "(D-Nev.)" read from its bracket on: a party, not a speaker
    chunk = chunk[4:] if chunk.startswith("Now ") else chunk  # a sentence's "Now", not "X, now the mayor,"
    if chunk.endswith("-year-old") and _AGE_NOMINAL.fullmatch(chunk):  # "the 46-year-old": a person named before
        return SpeakerPhrase("the" + chunk[3:], PhraseKind.GROUP)
    if "\u2014" in chunk or " - " in chunk or " \u2013 " in chunk or "--" in chunk:
        chunk = _dash_aside_as_commas(chunk)
    if " on " in chunk or " in " in chunk or " last " in chunk or " that " in chunk:
        chunk = _TRAILING_DATE.sub("", chunk)  # "the government on February 4"
    if not chunk or ";" in chunk:
        return None
    if "self" in chunk:  # "Ana Ruiz herself": the name
        chunk = _REFLEXIVE.sub("", chunk)
    if _holds_quote_mark(chunk):
        return _name_before_quoting_aside(chunk)
    head, _, rest = chunk.partition(" ")
    if head[:1].isupper() and head[-1:] == "s" and head.lower() in PERSON_NOUNS and rest.split(" ", 1)[0] in _GROUP_LINKS:
        chunk = head.lower() + " " + rest  # "Lawyers for Ana Ruiz", "Critics of the mayor": the people first named speak
    lowered = chunk.lower()
    if "'" in lowered or "\u2019" in lowered:
        if lowered in ("it's", "it\u2019s") or _SPEAKER_CONTRACTION.fullmatch(lowered):
            return None  # "It's said that ...": "it is said", no one speaks; "I've said": inside a quote
        contracted = pronoun_and_auxiliary(lowered)
        lowered = contracted[0] if contracted else lowered
    if lowered.rsplit(" ", 1)[-1] in RELATIVE:  # "a reef that (had claimed)": a relative clause
        return None
    if lowered in PRONOUN_GENDER:
        return SpeakerPhrase(lowered, PhraseKind.PRONOUN) if lowered in ("he", "she", "they", "it") else None
    if lowered.startswith("the ") and lowered[4:] in DEMONYMS:  # "the Russians said": one side, as a group
        return SpeakerPhrase("the " + chunk[4:], PhraseKind.GROUP)
    parts = with_places_joined([p.strip() for p in COMMA_OUTSIDE_NUMBERS.split(chunk) if p.strip()])
    if len(parts) > 1 and (OPENING_TIME.fullmatch(parts[0]) or TIME_AGO.fullmatch(parts[0])):
        if len(parts) == 2:
            return None  # "Two years ago, Jo Li": the clause after the comma is tried on its own
        parts = parts[1:]  # "Earlier Tuesday, his aide, Jo Li,": no role
        chunk = ", ".join(parts)
    if len(parts) > 1 and any(p.startswith(NO_ROLE_OPENINGS) for p in parts[1:]):  # "Ana Ruiz, as well as her aides,"
        parts = [parts[0]] + [p for p in parts[1:] if not p.startswith(NO_ROLE_OPENINGS)]  # "…, through a spokesman,"
        chunk = ", ".join(parts)
    if len(parts) > 1 and not DISCOURSE_ASIDES.isdisjoint(p.lower() for p in parts):  # "Vale, however,", "The judges who ruled …, for instance,": no role
        parts = [p for p in parts if p.lower() not in DISCOURSE_ASIDES]
        chunk = ", ".join(parts)
    for relative_word in (" who ", " whose ", " that "):  # "supporters who heard him speak": the relative is a role
        if relative_word not in chunk or "," in chunk:
            continue
        head, _, relative = chunk.partition(relative_word)
        if head.lower() in _RELATIVE_ONLY_HEADS and relative_word == " who " and len(relative.split()) <= _MAX_RELATIVE_WORDS:
            return SpeakerPhrase(lower_determiner(chunk), PhraseKind.GROUP)  # "those who back her rivals (say)"
        phrase = parse_speaker(head) if len(relative.split()) <= _MAX_RELATIVE_WORDS else None
        if phrase is None or phrase.kind is PhraseKind.PRONOUN:
            continue
        if relative_word == " whose " and not any(word in VERBISH or word.endswith("ed") for word in relative.split()):
            continue  # "a minister whose plan to (announce)": the cue is the relative clause's own
        if relative_word != " that " or phrase.kind is PhraseKind.GROUP and subject_relative(phrase.text, relative):
            return SpeakerPhrase(phrase.text, phrase.kind, role=phrase.role or f"{relative_word.strip()} {relative}")
    including = next((k for k in range(1, len(parts)) if parts[k].startswith("including ")), 0)
    if including:  # "Three papers, including the Gazette, the Post and the Courier,": the whole group speaks
        phrase = parse_speaker(", ".join(parts[:including]))
        if phrase is None or phrase.kind is PhraseKind.PRONOUN:
            return None
        return SpeakerPhrase(phrase.text, phrase.kind, role=", ".join(filter(None, (phrase.role, *parts[including:]))))
    if len(parts) > 2 and parts[-1].startswith("and ") and any(p.split(" ", 1)[0] in VERBISH for p in parts[1:-1]):
        last = parse_speaker(parts[-1][4:])  # "Jo Li, a senator, has argued for X, and Ana Ruiz (said)": a clause, then her
        return last if last is not None and last.kind is PhraseKind.NAME else None
    if len(parts) > 1 and joined_names(parts[-1]) and all(looks_like_name(p) for p in parts[:-1]):
        return SpeakerPhrase(chunk, PhraseKind.GROUP)  # "Jo Li, Ana Ruiz and Tom Reyes": a list of speakers
    # A place before anything but an appositive ("China, Pyongyang's only ally,") ends a circumstance: "in
    # Casper, Wyo., but on Thursday the party said".
    named = len(parts) > 1 and (looks_like_name(parts[0]) or joined_names(parts[0])) and not (
        is_place(parts[0]) and not opens_definite_phrase(parts[1].split(" ", 1)[0]) and not parts[1].startswith(("a ", "an ", "who ")))
    # After a name, a participle phrase is an aside too: "Ana Ruiz, facing a recount, (said)".
    if len(parts) > 1 and not all(plausible_role(p) or looks_like_name(p) or named and p.split(" ", 1)[0].endswith("ing")
                                  for p in parts[1:]):
        return None
    if len(parts) > 1 and parts[1].startswith("which ") and parts[0][:4] in ("the ", "The ") and looks_like_name(parts[0][4:]):
        body = parse_speaker(parts[0])  # "the Daily Ledger, which once said …,": a named body and its relative clause
        return SpeakerPhrase(lower_determiner(body.text), body.kind, role=", ".join(parts[1:])) if body is not None else None
    if len(parts) > 1:
        head, rest = parts[0], ", ".join(parts[1:])
        if named and (not looks_like_name(rest) or AFFILIATION.match(rest) or possessed_title(rest)):
            if " and " in head and (both := parse_speaker(head)) is not None and both.kind is PhraseKind.GROUP:
                return SpeakerPhrase(both.text, both.kind, role=lower_determiner(rest))  # "Holt and Tom Reyes, two pilots,"
            name, title = split_title(head)
            return SpeakerPhrase(name, PhraseKind.NAME, role=", ".join(filter(None, (title, lower_determiner(rest)))))
        titled = parse_speaker(head) if not looks_like_name(rest) or AFFILIATION.match(rest) else None
        if titled is not None and titled.kind is PhraseKind.NAME and titled.role:  # "Mayor Dennis Whitcomb, who ..."
            return SpeakerPhrase(titled.text, PhraseKind.NAME, role=f"{titled.role}, {rest}")
        if titled is not None and titled.kind is PhraseKind.NAME and head[:4] in ("the ", "The ") and rest.startswith(_ARTICLES) \
                and not _LIST_END.search(rest):  # not "The Gazette, the Post and the Courier": a list
            return SpeakerPhrase(lower_determiner(titled.text), PhraseKind.NAME, role=lower_determiner(rest))  # "The Gazette, a local paper,"
        if looks_like_name(parts[-1]) and (is_group(", ".join(parts[:-1])) or is_role_phrase(", ".join(parts[:-1]))):
            # "A user, Ren Yi", "the White House press secretary, Jo Li"
            return SpeakerPhrase(parts[-1], PhraseKind.NAME, role=lower_determiner(", ".join(parts[:-1])))
        if is_group(head) or is_role_phrase(head) or POSSESSED_ROLE.match(head):
            second = parse_speaker(parts[1])  # "one early supporter, Representative Lee Zeldin, ..."
            described = second is not None and (second.role or parts[2:] and (
                parts[2].startswith(("who ", "whose ")) or not looks_like_name(parts[2])
                and parts[2].split(" ", 1)[0] not in PREPOSITIONS))  # "…, Tom Reyes, a Republican," (not "…, to")
            if described and second.kind is PhraseKind.NAME and looks_like_name(second.text):  # type: ignore[union-attr]  # or "…, Tom Reyes, who …"
                role = ", ".join(filter(None, (lower_determiner(head), second.role, *parts[2:])))  # type: ignore[union-attr]
                return SpeakerPhrase(second.text, PhraseKind.NAME, role=role)  # type: ignore[union-attr]
            if len(parts) == 2 and second is not None and second.kind is PhraseKind.GROUP and joined_names(second.text):
                role = ", ".join(filter(None, (lower_determiner(head), second.role)))  # "her rivals, Sens. Jo Li and Tom Reyes"
                return SpeakerPhrase(second.text, PhraseKind.GROUP, role=role)
        if is_group(head) and not looks_like_name(rest):
            return SpeakerPhrase(lower_determiner(head), PhraseKind.GROUP, role=lower_determiner(rest))
        return None
    description, the_name, name = chunk.rpartition(" the ")
    if the_name and description.rsplit(" ", 1)[-1].lower() in ORGANISATION_NOUNS and looks_like_name(name):
        return SpeakerPhrase(name, PhraseKind.NAME, role=lower_determiner(description))  # "the rights group the Harbor League"
    if " of " in chunk and (title_of := title_of_department(chunk)) is not None:
        return title_of
    outlet, _, after_outlet = chunk.partition(" ")
    if outlet[:1].isdigit() and not outlet.isdigit() and outlet.isupper() and after_outlet[:1].isupper():
        in_outlet = parse_speaker(after_outlet)  # "7NEWS Tech Editor Ana Ruiz": an outlet whose name opens with a digit
        if in_outlet is not None and in_outlet.kind is PhraseKind.NAME and in_outlet.role:
            return SpeakerPhrase(in_outlet.text, PhraseKind.NAME, role=f"{outlet} {in_outlet.role}")
    if looks_like_name(chunk):
        name, title = split_title(chunk)
        return SpeakerPhrase(name, PhraseKind.NAME, role=title)
    if chunk[:4] in ("the ", "The ") and _THE_DOTTED_ACRONYM.fullmatch(chunk):
        return SpeakerPhrase(chunk.rstrip(".") + ".", PhraseKind.NAME)  # "the F.B.I.", "the F.A.A" (its last period the sentence's)
    modifier, _, modified = chunk.partition(" ")
    if (modifier in NAME_MODIFIERS or is_compound_adjective(modifier)) and looks_like_name(modified):
        # "retired Navy Capt. Lena Marsh", "Texas-based Matt Mack"
        name, title = split_title(modified)
        return SpeakerPhrase(name, PhraseKind.NAME, role=f"{modifier} {title}".rstrip())
    name_of = _NAME_OF.match(chunk) if " of " in chunk or " from " in chunk else None
    if name_of and looks_like_name(name_of.group("name")) and _is_organisation(name_of.group("org")):
        if " and " in name_of.group("org") and (pair := pair_with_places(name_of.group("name"), name_of.group("org"), parse_speaker)):
            return pair
        # "Jo Li of the Harbour Institute", "Jo Li from consulting firm Acme": the person, the body a role
        name, title = split_title(name_of.group("name"))
        return SpeakerPhrase(name, PhraseKind.NAME, role=" ".join(filter(None, (title, name_of.group(0)[len(name_of.group("name")):].strip()))))
    located_body, located, place = chunk.rpartition(" in ")
    if located and looks_like_name(place) and not ORGANISATION_WORDS.isdisjoint(located_body.split()) and parse_speaker(located_body) is not None:
        return SpeakerPhrase(chunk, PhraseKind.NAME)  # "the Chinese Embassy in New Delhi": one body, where it is
    if " and " in chunk and (conjoined := conjoined_speakers(chunk, parse_speaker)) is not None:
        return conjoined
    named_as = _NAMED_AS.match(chunk)
    if named_as and looks_like_name(named_as.group("name")) and is_group(named_as.group("group")):
        return SpeakerPhrase(named_as.group("name"), PhraseKind.NAME, role=lower_determiner(named_as.group("group")))
    # "industry analyst Liu Xingliang", "City planner Marisol Duarte": a title or group, then a name.
    # Linear in the chunk: the name has at most 6 words, a group at most 10 and a title at most 4
    # tokens, so each cut is judged on word counts first and on at most 16 words.
    tokens = chunk.split()
    words = tokens_of(chunk)  # no word spans a space, so these are the tokens' words in order
    if words == tokens:  # most chunks: each token one word, found by one regex call, not one per token
        words_before = list(range(len(tokens) + 1))  # words in tokens[:cut]
    else:
        words_of = [tokens_of(token) for token in tokens]
        words_before = list(accumulate(map(len, words_of), initial=0))
    for cut in range(1, len(tokens)):
        before = tokens[cut - 1].lower()
        if before in PREPOSITIONS or before[:1].isdigit() and _ORDINAL.fullmatch(before) and not (
                tokens[cut] in TITLES or tokens[cut] in HONORIFICS):  # (not "1st Lt. Jo Li")
            continue  # "one festival-goer from Manchester" is a group, not a title and a name; "the 6th Circuit" one name
        head_words = words_before[cut]
        if not 1 <= len(words) - head_words <= 6 or cut > 4 and not 1 <= head_words <= 10:
            continue  # the tail is too long for a name, or the head for a title or a group
        if not name_words(words[head_words:]):
            continue
        if cut == 1 and before == "the":
            return SpeakerPhrase(chunk, PhraseKind.NAME)
        if before in SPEAKER_DETERMINERS or cut > 1 and (_takes_an_object(tokens, cut - 1) or (tokens[cut - 1] in TITLES or tokens[cut - 1] in HONORIFICS)
                                                          and (tokens[cut - 2].lower() in PREPOSITIONS or _takes_an_object(tokens, cut - 2))):
            continue  # "a person close to the Clintons", "an adviser to President Lee", "a pastor backing Mr. Cruz": an object
        if cut > 1 and before in ORGANISATION_NOUNS and lower_case_description(tokens[:cut]):
            return SpeakerPhrase(" ".join(tokens[cut:]), PhraseKind.NAME, role=lower_determiner(" ".join(tokens[:cut])))  # "the app Pinbox"
        if not is_name_token(tokens[cut - 1]) and (group_words(words[:head_words]) or cut <= 4 and is_title(" ".join(tokens[:cut]))):
            return SpeakerPhrase(" ".join(tokens[cut:]), PhraseKind.NAME, role=" ".join(tokens[:cut]))
    if 2 < len(tokens) <= 6 and tokens[0] in ARTICLE_WORDS and (after_adjectives := name_after_adjectives(tokens)) is not None:
        return after_adjectives
    if is_group(chunk, generic=True):  # "many users’ (first thought was)": the possessor, without its mark
        return SpeakerPhrase(lower_determiner(chunk[:-1] if chunk.endswith(("s\u2019", "s'")) else chunk), PhraseKind.GROUP)
    return None


def names_a_person(phrase: SpeakerPhrase) -> bool:
    """A name, a pronoun for a person, or a group headed by a person noun ("two officials"),
    not a phrase about a thing ("the snarky headline")."""
    if phrase.kind is PhraseKind.GROUP:
        return is_group(phrase.text)
    return phrase.kind is PhraseKind.NAME or phrase.text in ("he", "she", "they")

