"""Rule tables for extraction (quote marks, cue-verb context, speakers, sentences). Only data here;
the cue verbs are the table data/cue_verbs.tsv, read by cues.py."""

from __future__ import annotations

from typing import Final

# ---------------------------------------------------------------- quote marks
# Opening mark -> closing mark. Straight double quotes open and close themselves;
# their direction is read from context (see spans.quote_spans).
QUOTE_PAIRS: Final[dict[str, str]] = {
    "\u201c": "\u201d",  # “ ”
    '"': '"',
    "\u00ab": "\u00bb",  # « »
    "\u201e": "\u201c",  # „ “
}
# Marks that may stand for either end in careless typography.
DOUBLE_QUOTE_MARKS: Final[str] = "\u201c\u201d\u201e\""
GUILLEMETS: Final[str] = "\u00ab\u00bb"

# ---------------------------------------------------------------- cue verbs
# The cue verbs themselves are a data table, data/cue_verbs.tsv (see cues.py).

# Prepositions that may open reported content after a verb ("cautioned against").
CONTENT_PREPOSITIONS: Final[tuple[str, ...]] = ("against", "about", "of", "for", "on", "out")

# Cue lemmas whose content is a question or a request: "asked whether ...", "asked them to ...".
QUESTION_LEMMAS: Final[frozenset[str]] = frozenset({"ask", "wonder"})

# Verbs that introduce a name or gloss, never a voice ("dubbed “X”").
NAMING_VERBS: Final[frozenset[str]] = frozenset(
    """dubbed called named nicknamed titled entitled labelled labeled branded known translates
    translated means meaning reads termed coined""".split()
)

# Auxiliaries and adverbs allowed between a subject and its cue ("has also warned").
FILLER_WORDS: Final[frozenset[str]] = frozenset(
    """has have had is are was were been will would could should may might can did does do also just then
    later earlier once previously recently reportedly publicly repeatedly often even already further again
    first separately privately openly frequently simply only here there itself himself herself themselves too
    instead however now still soon always sometimes""".split()
)
# Set phrases of time: between a subject and its verb ("Ana Ruiz at the time said") or set off by commas,
# where they are no role ("Ruiz, in the past, said").
TIME_PHRASES: Final[tuple[str, ...]] = ("at the time", "at first", "in the past", "back then")
# What a voice may speak through, after the verb ("said in a video message") or before it ("Ana Ruiz in
# a statement said"); each also matches its plural.
MEDIUM_NOUNS: Final[tuple[str, ...]] = tuple("""statement interview post tweet letter speech video email op-ed column message
    release call conference briefing appearance filing memo essay podcast broadcast remarks testimony blog hearing
    thread""".split())
# A negated cue reports nothing ("did not say"); a passive one names no speaker ("was reported").
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "never", "n't"})
# Words before "to" and a cue verb that say the speech has not happened: "not authorized to speak",
# "expected to announce", "declined to comment" ("used a luncheon to complain" did speak).
UNSAID_BEFORE_TO: Final[frozenset[str]] = frozenset("""authorized allowed permitted expected scheduled due supposed likely unlikely
    unable reluctant refused declined wanted wants hoped hopes planned plans going poised""".split())
# Verbs that make their object speak: "the vote led critics to say that …", "the delay prompted the mayor to warn …"
# (not "asked", "urged" or "encouraged": the one asked may not have spoken; not "drove": "drove to town to say").
CAUSATIVE_VERBS: Final[tuple[str, ...]] = tuple("""led leads prompted prompts caused causes forced forces compelled
    compels spurred spurs""".split())
# "according to him", "led her to say": the object pronoun stands for the speaker, resolved like "she said".
SUBJECT_OF_OBJECT_PRONOUN: Final[dict[str, str]] = {"him": "he", "her": "she", "them": "they"}
SUBJECT_OF_POSSESSIVE: Final[dict[str, str]] = {"his": "he", "her": "she", "their": "they"}  # "his claim": he claims
PASSIVE_AUX: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Before a cue verb: nothing has been said ("would announce", "…, she could tell them").
MODALS: Final[frozenset[str]] = frozenset("will would could can may might should must".split())
# A finite verb of a clause's own: after "…, according to X," or an inverted speaker's comma it goes on
# with the sentence ("Among the risks, according to X, are …", "A, says Jo Li, a historian, is that …").
FINITE_AUXILIARIES: Final[frozenset[str]] = frozenset("is are was were has have had".split()) | MODALS

# ---------------------------------------------------------------- speakers
PRONOUN_GENDER: Final[dict[str, str]] = {
    "he": "m", "him": "m", "his": "m",
    "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "their": "p",
    "it": "n", "its": "n",
    "i": "1", "we": "1p",
}
SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "i", "we"})

# Heads of anonymous or group speakers ("one Chinese user", "two sources").
PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    """user users blogger bloggers observer observers source sources analyst analysts official
    officials resident residents creator creators influencer influencers spokesperson spokesman
    spokeswoman spokespeople representative representatives expert experts critic critics student
    students teacher teachers parent parents worker workers employee employees executive executives
    researcher researchers scholar scholars economist economists lawmaker lawmakers legislator
    legislators senator senators politician politicians minister ministers diplomat diplomats
    ambassador ambassadors envoy envoys secretary secretaries commissioner commissioners admiral admirals
    colonel colonels sergeant sergeants inspector inspectors detective detectives
    activist activists advocate advocates campaigner campaigners supporter supporters opponent
    opponents rival rivals challenger challengers contender contenders hopefuls front-runner front-runners frontrunner frontrunners
    incumbent incumbents fan fans viewer viewers reader readers commenter commenters poster posters member
    members person people man men woman women owner owners founder founders organiser organisers
    organizer organizers voter voters citizen citizens customer customers shopper shoppers
    traveller travellers traveler travelers tourist tourists visitor visitors developer developers
    engineer engineers doctor doctors nurse nurses lawyer lawyers attorney attorneys judge judges
    officer officers police commentator commentators journalist journalists reporter reporters
    editor editors professor professors scientist scientists manager managers leader leaders
    insider insiders investor investors trader traders farmer farmers player players coach coaches
    artist artists musician musicians witness witnesses boss bosses neighbour neighbours neighbor neighbors
    friend friends participant participants attendee attendees protester protesters protestors
    translator translators consumer consumers newcomer newcomers refugee refugees migrant migrants
    tiktoker tiktokers netizen netizens youtuber youtubers streamer streamers gamer gamers
    moderator moderators admin admins host hosts guest guests author authors writer writers
    historian historians sociologist sociologists psychologist psychologists panel panelists
    representative chair chairman chairwoman president ceo director directors mayor governor
    councillor councillors councilor councilors
    observers authorities authority regulator regulators government ministry agency company firm
    companies firms group groups committee council board union unions office department
    service institute association bureau centre center foundation university court commission
    division divisions directorate federation alliance caucus unit units desk desks newsroom newsrooms
    network newspaper broadcaster channel platform campaign coalition party parties army military
    station stations affiliate affiliates
    media outlet outlets press tabloid tabloids newspapers broadcasters
    mother mothers father fathers son sons daughter daughters grandmother grandfather grandparents
    husband wife sister brother aunt uncle cousin child children teenager teenagers pupil pupils
    niece nephew grandson granddaughter widow widower sisters brothers relatives
    aide aides adviser advisers advisor advisors ally allies candidate candidates nominee nominees
    strategist strategists consultant consultants pollster pollsters operative operatives delegate
    delegates donor donors backer backers staffer staffers staff prosecutor prosecutors investigator
    investigators agent agents businessman businesswoman businessmen actor actors actress actresses
    columnist columnists narrator star stars congressman congresswoman congressmen justice justices
    commander commanders soldier soldiers veteran veterans democrat democrats republicans conservatives
    liberals progressives evangelicals immigrants demonstrators counsel crowd audience team
    administration family families community organization organizations organisation organisations
    proponent proponents confidant confidants forecaster forecasters detractor detractors loyalist loyalists
    pundit pundits skeptic skeptics sceptic sceptics defender defenders lobbyist lobbyists negotiator negotiators side sides
    pastor pastors priest priests rabbi rabbis imam imams preacher preachers bishop bishops cleric clerics clergy
    celebrity celebrities singer singers comedian comedians athlete athletes entrepreneur entrepreneurs
    patients victim victims captain captains
    chaplain chaplains volunteer volunteers worshipper worshippers parishioner parishioners
    survivor survivors chief chiefs
    others other some many most several few""".split()
)
# Words that may open an anonymous/group speaker phrase.
SPEAKER_DETERMINERS: Final[frozenset[str]] = frozenset(
    """a an the one two three four five six seven eight nine ten some many several other others
    another most few both all each several dozens hundreds thousands scores numerous various certain
    veteran fellow""".split()
)
# Document heads: a report is not a voice unless someone is named ("a report by X").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """report reports study studies survey surveys data figures statistics poll polls document documents analysis research
    tweet tweets post posts letter letters statement statements email emails memo memos""".split()
)
# What a quote may be read from ("the editorial read"): the documents above and those that are
# group heads elsewhere ("according to the lawsuit" names its source).
QUOTED_DOCUMENT_NOUNS: Final[frozenset[str]] = DOCUMENT_NOUNS | frozenset(
    """editorial editorials message messages release releases lawsuit lawsuits suit complaint ruling
    order opinion filing indictment affidavit transcript announcement announcements comment comments
    reply replies caption captions notice notices""".split()
)
# What someone said, owned by its speaker before a colon: "The mayor's reply was short: “…”".
OWNED_WORDS_NOUNS: Final[tuple[str, ...]] = tuple("""response reply answer retort message verdict advice reaction explanation
    comment words warning plea pitch assessment conclusion instruction instructions view position argument point
    line take reasoning motto mantra slogan promise pledge vow thoughts impressions""".split())
# The days of the week, lower-cased: times in several word lists.
WEEKDAYS: Final[frozenset[str]] = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Capitalised words that start sentences or titles but are not names.
NOT_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """The A An This That These Those It Its In On At For From With By As But And Or If When While
    Although Though However Meanwhile Still Yet So Then Also Now Today Yesterday Tomorrow Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Some Many Most Several Few Other Others Another One
    Two Three Four Five He She They We I You His Her Their Our My Your There Here What Why How Who
    Where Which Despite After Before During Since Until Unlike Like Instead According Even Only Just
    Not No Yes Mr Mrs Ms Dr Prof Sir Dame Lady Lord Rev Sen Rep Gov President Minister Chairman
    Professor Doctor Senator Governor Mayor Judge Justice Officer Chief Director Secretary Ambassador
    Initially Recently Finally First Second Later Earlier Previously Additionally Furthermore Moreover
    Overall Beyond Among Amid Across Over Under Above Below Within Without Through Throughout Upon
    Following Among Also Both All Each Every Any Such Once Twice Perhaps Maybe Indeed Clearly
    Rather Notably Ultimately Already Nonetheless Nevertheless Likewise Similarly Separately Specifically
    Importantly Interestingly Ironically Again Afterward Afterwards Thus Hence Therefore Otherwise Besides
    Regardless Accordingly Consequently Fortunately Unfortunately Surprisingly Elsewhere Alternatively
    Conversely Naturally Obviously Admittedly Apparently Eventually Currently Asked Speaking Multiple
    Sure Having Being To Of See Click Wait Look Listen Remember Consider Imagine
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Recent Latest Early Previous Initial Official
    Outside Nearby Abroad Overseas Upstairs Downstairs Overnight Tonight Outdoors Indoors""".split()
)
HONORIFICS: Final[frozenset[str]] = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Rev Rev. Sen. Rep. Gov. Del.".split()
)
FEMALE_HONORIFICS: Final[frozenset[str]] = frozenset({"Mrs", "Mrs.", "Ms", "Ms.", "Dame", "Lady"})
MALE_HONORIFICS: Final[frozenset[str]] = frozenset({"Mr", "Mr.", "Sir", "Lord"})
# Lower-case particles allowed inside a name ("Ursula von der Leyen").
NAME_PARTICLES: Final[frozenset[str]] = frozenset("de da del della der den di du van von la le al bin bint ibn dos das y".split())

# ---------------------------------------------------------------- sentences
# Abbreviations whose period does not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """mr mrs ms dr prof sr jr st mt vs etc inc ltd co corp gov sen rep gen col lt sgt capt cmdr sens reps govs drs profs
    jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx dept est e.g i.e""".split()
)

# Plural nationality nouns: a group, and a place where a run of capitals splits
# ("Americans TikTok" is two mentions).
DEMONYMS: Final[frozenset[str]] = frozenset(
    """americans chinese britons brits europeans russians indians japanese koreans canadians
    mexicans australians germans french italians spaniards brazilians nigerians kenyans africans
    asians taiwanese ukrainians iranians israelis palestinians turks pakistanis filipinos
    indonesians vietnamese thais egyptians""".split()
)

# Words that make a capitalised name an organisation, not a person.
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    """Society Council Department Ministry Agency Bureau Office Service Institute Institution Association
    University College School Court Commission Committee Board Union Party Group Corp Corporation Inc
    Ltd LLC Co Company Partners Bank Fund Foundation Center Centre Tower Times Post News Network Press
    Club Lab Labs Labs Studio Studios Media Authority Police Army Government Parliament Congress Senate
    Administration Commission Council Embassy Daily Division Directorate Secretariat Inspectorate Federation
    Alliance Coalition Caucus""".split()
)

# Irregular past tenses: after a subject noun they make a clause ("the firm hid four gifts"), and a run ending in one
# is a subject and its verb, not a job title ("Reporters met").
IRREGULAR_PAST: Final[frozenset[str]] = frozenset("""came went rose fell grew hid made took gave found left held knew saw began won lost
    paid sold spent met sent brought kept thought built broke chose drove ran drew stood struck""".split())

# Lower-case words before a titled name: "retired Army Lt. Gen. Ana Ruiz", "former Sen. Jo Li".
NAME_MODIFIERS: Final[frozenset[str]] = frozenset(
    "retired former late longtime veteran acting outgoing incoming embattled disgraced".split())
# Capitalised titles that stand before a name and become its role ("Justice Eleanor Marsh").
TITLES: Final[frozenset[str]] = frozenset(
    """President Minister Chairman Chairwoman Chair Professor Doctor Senator Governor Mayor Judge Justice
    Officer Chief Director Secretary Ambassador Commissioner Councillor Councilor Inspector Detective
    Sergeant Captain Colonel General Admiral Bishop Pope King Queen Prince Princess Coach Manager
    Representative Delegate Rep. Sen. Gov. Del. Dr. Prof. Gen. Lt. Col. Capt. Maj. Sgt. Adm. Cmdr.
    Reps. Sens. Govs.""".split()
)

# "the company said": definite nouns that refer back to the organisation named before.
ORGANISATION_REFERENCES: Final[frozenset[str]] = frozenset(
    """company firm platform app group paper newspaper site website startup network outlet publication
    broadcaster magazine""".split()
)

# Places, which "the company" never refers to: US states, countries, a few regions.
PLACE_NAMES: Final[frozenset[str]] = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia
    Washington Wisconsin Wyoming America US U.S. USA Canada Mexico Brazil Argentina Britain UK U.K. England
    Scotland Wales Ireland France Germany Italy Spain Portugal Netherlands Belgium Switzerland Austria Sweden
    Norway Denmark Finland Poland Ukraine Russia Turkey Greece Israel Iran Iraq Syria Egypt Nigeria Kenya
    Ethiopia Africa Europe Asia China Taiwan Japan Korea India Pakistan Bangladesh Indonesia Vietnam Thailand
    Philippines Australia Beijing Shanghai London Paris Berlin Moscow Tokyo Delhi Chicago Atlanta Boston""".split()
) | frozenset(name.strip() for name in  # names of two words or more
    """United States|United Kingdom|New York|New York City|New Hampshire|New Jersey|New Mexico|North Carolina|
    South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|Saudi Arabia|South Africa|New Zealand|
    Hong Kong|North Korea|South Korea|Los Angeles|San Francisco|Washington D.C.""".split("|")
)
# Words in the names of papers and magazines: "the newspaper" refers to the "Harbor Gazette" named before.
PAPER_WORDS: Final[frozenset[str]] = frozenset(
    """Times Post Journal News Herald Gazette Tribune Register Star Sun Advocate Daily Magazine Chronicle Examiner
    Globe Telegraph Guardian Observer Inquirer Courier Dispatch Record Bee Standard Mirror Express Economist Sentinel
    Bulletin Independent Enquirer Monitor Weekly Mail""".split()
)
# Party adjectives and nouns: "the company" never refers to them.
PARTY_WORDS: Final[frozenset[str]] = frozenset("Democratic Republican Democrat Democrats Republicans GOP".split())
# A party adjective alone is no speaker: "one of the bill's Republican (architects)".
PARTY_ADJECTIVES: Final[frozenset[str]] = frozenset("Democratic Republican Democrat Independent Libertarian".split())
# Asides after a name that are no role: "Ana Ruiz, as well as her aides,", "…, through a spokesman,".
NO_ROLE_OPENINGS: Final[tuple[str, ...]] = ("as well as ", "through ", "via ")

# Relatives: "his wife, Jane Ruiz" introduces a relative, who leaves the family name to the person named first.
KINSHIP_NOUNS: Final[frozenset[str]] = frozenset(
    """wife husband son daughter father mother brother sister niece nephew cousin grandson granddaughter grandfather
    grandmother uncle aunt stepfather stepmother stepson stepdaughter widow sons daughters brothers sisters children
    parents""".split()
)

# Nationality and language adjectives: "Indian laws", "English posts" name no one.
NATIONALITY_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """American British English French German Italian Spanish Portuguese Dutch Belgian Swiss Austrian Swedish
    Norwegian Danish Finnish Polish Ukrainian Russian Turkish Greek Israeli Iranian Iraqi Syrian Egyptian
    Nigerian Kenyan African European Asian Chinese Taiwanese Japanese Korean Indian Pakistani Indonesian
    Vietnamese Thai Filipino Australian Canadian Mexican Brazilian Argentine Irish Scottish Welsh Arab Arabic
    Hindi Mandarin Cantonese Latin Western Eastern Northern Southern Muslim Christian Jewish Catholic""".split()
)

# Heads of an organisation's appositive ("Acme, a platform for ..."): the name is no person.
ORGANISATION_NOUNS: Final[frozenset[str]] = ORGANISATION_REFERENCES | frozenset(
    """government ministry agency service union party council board committee office department institute
    association bureau centre center foundation university court commission channel campaign coalition army
    military authority authorities regulator organization organisation nonprofit charity tool""".split()
)

# Words after which ‘16 or ‘08 is a year with its century elided ("in ‘16", "the class of ‘12", "spring ‘19"),
# the mark an apostrophe typed the wrong way round, not a quote opening on a number ("‘20 of us stayed,’ …").
YEAR_ELISION_AFTER: Final[frozenset[str]] = frozenset(
    """in of since from by until till through circa and or class spring summer fall autumn winter early late mid
    january february march april may june july august september october november december""".split()
)
