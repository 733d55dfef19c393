"""What may stand between a cue verb and its content: circumstances of time, place and medium ("said
in a statement on Monday that …"), and asides set off by commas ("said, twice, that …", "said on
Tuesday, in a speech to dock workers, that …", "said, if re-elected, she would …").

Offsets count from the start of one masked sentence, as in content.py.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.leading import COUNT_WORDS, TIME_UNIT
from stance.extract.tables import IRREGULAR_PAST, MEDIUM_NOUNS

# At most eight in a row ("in a statement on Monday" is two): a long run of them is no
# sentence, and each cue verb after it would read the run again.
CIRCUMSTANCE: Final = re.compile(
    r"\s*,?\s*(?:(?:(?:in|at|during|via|over|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+)?"
    rf"(?:{'|'.join(MEDIUM_NOUNS)})s?\b"
    r"(?:\s+(?:with|to|on|for)\s+(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))?"
    r"|on\s+(?:\w+day|social media|Twitter|X|Facebook|Instagram|TikTok|Weibo|television|TV|radio)"
    # "said through a spokesman that": who carried the words, not who spoke them
    r"|(?:through|via)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-]+\s+)?(?:spokes(?:man|woman|person|people)|lawyers?"
    r"|attorneys?|representatives?|aides?|publicists?|agents?|translators?|interpreters?)\b"
    r"|to\s+(?:reporters|journalists|me|us|him|them|(?:the\s+)?(?-i:[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}))"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:(?:early|late)\s+)?(?:last|this|earlier\s+this|later|next)\s+(?:week|month|year|morning|afternoon|evening|weekend"
    r"|quarter|spring|summer|fall|autumn|winter|season|term)"
    # "two weeks ago", "a few months ago", "years ago"
    rf"|(?:(?:{COUNT_WORDS}|a\s+few)\s+)?{TIME_UNIT}s?\s+ago"
    r"|for\s+(?:(?:many|several|some|a\s+few|the\s+past(?:\s+few)?|two|three|four|five|six|ten)\s+)?(?:days|weeks|months|years|decades)"
    r"|for\s+(?:some|a\s+long)\s+time|since\s+(?:19|20)\d\d"
    r"|for\s+the\s+(?:first|second|third|fourth|fifth|last|final|umpteenth|\d+(?:st|nd|rd|th))\s+time"
    r"|(?:early|late|last)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|night)|earlier\s+(?:this|in\s+the)\s+(?:week|month|year|day)"
    r"|at\s+(?:the|that)\s+time|at\s+one\s+point|in\s+the\s+past|in\s+(?:19|20)\d\d"
    r"|(?:among\s+other\s+things|for\s+(?:example|instance)|in\s+(?:particular|part|effect|essence)|(?:once\s+)?again)\b"
    # "claimed without evidence that", "noted without comment that": a hedge on the saying, not its content
    r"|without\s+(?:elaborating|(?:(?:offering|providing|giving|citing|presenting)\s+)?(?:any\s+|a\s+shred\s+of\s+|further\s+)?"
    r"(?:evidence|proof|comment|explanation|details))\b"
    r"|per\s+(?:an?|the|his|her|their|its)\s+(?:interpreter|translator|spokes(?:man|woman|person)|lawyer|statement)\b"
    r"|(?:in|on)\s+(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)"
    r"|(?:yesterday|today|tonight|earlier|later|recently|publicly|privately|repeatedly|however)"
    r"|(?-i:(?:(?:somewhat|rather|quite|very|fairly|almost)\s+)?[a-z]{3,}ly|only|just)(?=\s*,?\s*that\b))\s*,?\s*){1,8}",
    re.IGNORECASE,
)
# Every alternative of CIRCUMSTANCE opens with one of these or is a lower-case "-ly" word before
# "that", after spaces and a comma: a match of this short pattern spares most cue verbs the long one.
CIRCUMSTANCE_OPENING: Final = re.compile(
    r"[\s,]*+(?:in|at|on|to|for|since|during|via|through|over|among|once|again|per|without|mon|tues|wednes|thurs|fri|satur|sun|last|this|earl|late|next|yesterday"
    rf"|(?:{COUNT_WORDS})\s+(?:few\s+)?{TIME_UNIT}s?\s+ago|{TIME_UNIT}s\s+ago"
    r"|recently|publicly|privately|repeatedly|however|(?-i:[a-z]{3,}ly|only|just|somewhat|rather|quite|very|fairly|almost))",
    re.IGNORECASE,
)

# "that" opening content: the word after it is no verb ("at the event that was held", "at a rally that
# drew 200 people": a relative clause).
CONTENT_THAT: Final = (r"that\s+(?!(?:is|are|was|were|has|had|have|will|would|could|can|may|might|"
                       + "|".join(sorted(IRREGULAR_PAST)) + r")\b|\w+ed\b)(?=\S)")
_WORD: Final = r"[\w’'.\-]+"  # no quote mark and no mask: an aside is the writer's own words
# "said, twice, that", "said, as she has before, that": a comma right after the verb, a few words, a comma, "that".
_COMMA_ASIDE_THEN_THAT: Final = re.compile(rf"\s*,\s*(?:{_WORD}\s+){{0,7}}?{_WORD},\s+{CONTENT_THAT}")
# After a circumstance already read ("said on Tuesday, in a speech"), the rest of its phrase, then ", that":
# "… to dock workers, that". It opens with a preposition: an object ("said the plan, that …") stays out.
_PHRASE_THEN_COMMA_THAT: Final = re.compile(
    rf"(?:to|in|at|on|with|before|after|during|from|near|outside|inside|among)\s+(?:{_WORD}\s+){{0,6}}?{_WORD},\s+{CONTENT_THAT}")
# "said, if re-elected, she would …": a subordinate clause set off by commas, then the content's own
# clause. The content opens with the subordinator (what would happen is said on that condition).
_CONDITION_ASIDE: Final = re.compile(rf"\s*,\s*((?:if|unless|once|when|whenever|until)\s+(?:{_WORD}\s+){{0,7}}?{_WORD},\s+)")
ASIDE_REACH: Final = 100  # characters after the verb in which the comma closing an aside may stand
# "told a crowd in West Virginia that", "said at a rally in Ohio that", "said Sunday in Port Ellis, Maine,
# that", "announced shortly after the ban that", "has said from the start that": a place or occasion of a
# few words (after a circumstance already read, or not), then "that".
# At most 9 words ("during a visit to a flooded depot in Marlow that"), then perhaps a place of one or
# two words set off by commas ("in Marlow, New Hampshire, that").
_PLACE_SET_OFF: Final = r"(?:,\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?,)?"
PHRASE_THEN_THAT: Final = re.compile(
    r"\s*(?:[a-z]{3,}ly\s+)?(?:in|at|on|during|after|before|from|over|throughout|since)\s+(?:[\w’'.\-]+\s+){0,8}?[\w’'.\-]+"
    + _PLACE_SET_OFF + r"\s+" + CONTENT_THAT)
# After a circumstance already read ("in an interview", "at a hearing"), the rest of its phrase, then
# "that": "in an interview with the museum that", "at a hearing of the committee on Monday that".
OCCASION_REST_THEN_THAT: Final = re.compile(
    r"\s*(?:of|to|with|for|about|by|on)\s+(?:[\w’'.\-]+\s+){0,7}?[\w’'.\-]+" + _PLACE_SET_OFF + r"\s+" + CONTENT_THAT)


def content_after_aside(masked: str, position: int, circumstance_read: bool) -> tuple[int, int] | None:
    """Where the content starts after an aside at `position` (right after the verb, or after a
    circumstance when `circumstance_read`), and where a clause must open for it to count (-1: no
    check; a condition's content opens with its subordinator); None when no such aside stands there."""
    comma_first = masked.startswith(",", position) or masked.startswith(" ,", position)
    if masked.find(", that ", position, position + ASIDE_REACH) >= 0:
        found = _COMMA_ASIDE_THEN_THAT.match(masked, position) if comma_first else (
            _PHRASE_THEN_COMMA_THAT.match(masked, position) if circumstance_read else None)
        if found:
            return found.end(), -1
    if comma_first:
        condition = _CONDITION_ASIDE.match(masked, position)
        if condition:
            return condition.start(1), condition.end(1)
    return None
