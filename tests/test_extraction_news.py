"""Known-answer tests for the shapes of real news copy (wire style, long titles, cue forms).

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # two apostrophes as double quote marks, as some wire copy prints them
        ("''The bridge is safe,'' said Mr. Novak, an engineer.", [("Novak", "direct", "The bridge is safe")]),
        ("Ana Ruiz was angry. ''She told me, 'Go home,''' she recalled. ''I did.''",
         [("Ana Ruiz", "direct", "She told me, 'Go home,'"), ("Ana Ruiz", "direct", "I did.")]),
        ("Ana Ruiz was angry. “She told me, ‘Go home,’” she recalled.",
         [("Ana Ruiz", "direct", "She told me, ‘Go home,’")]),
        # must find nothing: inches, a title in two-apostrophe marks
        ("The board measured 12'' by 8'' and sold well.", []),
        ("The band played ''Blue Harbour'' twice.", []),
    ],
)
def test_two_apostrophe_quote_marks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviated title after the quote ("Mr.", "Sen.") belongs to the speaker
        ("Intro here. ''We are building for the long run,'' Mr. Okafor said.",
         [("Okafor", "direct", "We are building for the long run")]),
        # a quote's own ? or ! does not end the sentence before its named speaker
        ("''Who pays for this?'' Mr. Okafor asked, waving the bill.", [("Okafor", "direct", "Who pays for this?")]),
        ("“Why not?” President Ruiz asked.", [("Ruiz", "direct", "Why not?")]),
        # ... but a new sentence after it is still a new sentence
        ("“Can you tell me?” An answer came from a user.", []),
        # party and state tags are not part of the name, and the cue verb is not used twice
        ("“It matters,” Sen. Marco Lindqvist (R-Fla.) said Saturday night at the debate.",
         [("Marco Lindqvist", "direct", "It matters")]),
        ("“We lost,” said Sen. Jo Lindqvist, D-Ore., after the vote.", [("Jo Lindqvist", "direct", "We lost")]),
        ("Rep. Dan Ortiz (D) said that the bill would fail.", [("Dan Ortiz", "indirect", "the bill would fail")]),
    ],
)
def test_titles_tags_and_question_marks_around_the_speaker(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # noun-phrase speakers: a determiner or possessive and a head noun, compounds of person nouns
        ("The billionaire developer said the tower would rise by spring.",
         [("the billionaire developer", "indirect", "the tower would rise by spring")]),
        ("Her aides and allies say she will tour the coast next month.",
         [("her aides and allies", "indirect", "she will tour the coast next month")]),
        ("Okafor’s advisers say the budget is settled.", [("Okafor’s advisers", "indirect", "the budget is settled")]),
        ("Union officials say the vote was fair.", [("union officials", "indirect", "the vote was fair")]),
        ("“We can do better,” said a person close to the Hallorans.",
         [("a person close to the Hallorans", "direct", "We can do better")]),
        # a name after "named" or after a group and a comma is the speaker
        ("“Trains are cheap there,” said a newcomer named Tavita.", [("Tavita", "direct", "Trains are cheap there")]),
        ("“We have work to do,” said a longtime aide, Pia Lund of Northgate Partners.",
         [("Pia Lund", "direct", "We have work to do")]),
        # an opening connector is no speaker; a participle aside after a name is its role
        ("Instead, sources close to the club say the deal is off.",
         [("sources close to the club", "indirect", "the deal is off")]),
        ("Rather, sources close to the club say the deal is off.",
         [("sources close to the club", "indirect", "the deal is off")]),
        ("Sen. Cora Blix, facing a close race in Maine, said she would welcome the debate.",
         [("Cora Blix", "indirect", "she would welcome the debate")]),
        ("“It felt stifling,” Representative Hal Brenner, Republican of Ohio, said.",
         [("Hal Brenner", "direct", "It felt stifling")]),
        # the subject of a second verb joined by "and"
        ("Mayor Ito thanked the crowd and said the harbour would reopen.",
         [("Ito", "indirect", "the harbour would reopen")]),
        # must find nothing: a phrase headed by a pronoun or "same", a verb taken for a title
        ("The only photo she posted on her account was of a bear.", []),
        ("The same thing happened twice.", []),
    ],
)
def test_noun_phrase_and_clause_subjects(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue clause set off by commas inside the content: the whole sentence is the voice
        ("The ferry, Okafor said, will run again in May.",
         [("Okafor", "indirect", "The ferry, Okafor said, will run again in May")]),
        ("A later start, she said, would help the pupils.",
         [("she", "indirect", "A later start, she said, would help the pupils")]),
        # an inverted cue with a long role after the content
        ("The harbour needs dredging, said Pia Lund, head of the port board at the Institute of Ports, Bergen, Office "
         "for Sea Trade.", [("Pia Lund", "indirect", "The harbour needs dredging")]),
        ("The council will vote again, the mayor told the Coast Courier.",
         [("the mayor", "indirect", "The council will vote again")]),
        # must find nothing: a relative clause between commas, a cue that introduces a quote
        ("The plan, which he said was costly, failed.", []),
        ("Later, Okafor said, “We will see.”", [("Okafor", "direct", "We will see.")]),
    ],
)
def test_cue_clauses_inside_or_after_the_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # questions and requests
        ("The reporter asked whether the ferry would run.", [("the reporter", "indirect", "whether the ferry would run")]),
        ("Ana Ruiz asked the mayor if the bridge was safe.", [("Ana Ruiz", "indirect", "if the bridge was safe")]),
        ("Ana Ruiz asked voters to stay home.", [("Ana Ruiz", "indirect", "to stay home")]),
        # a bare clause after verbs other than say and tell, when it reads as a clause
        ("Okafor noted the levy would fall next year.", [("Okafor", "indirect", "the levy would fall next year")]),
        ("Okafor indicated he was ready to resign.", [("Okafor", "indirect", "he was ready to resign")]),
        ("Okafor claimed the ban “breaks every rule” in the book.",
         [("Okafor", "partial", "the ban “breaks every rule” in the book")]),
        # promises take their object
        ("The governor promised a new bridge for the valley.",
         [("the governor", "indirect", "a new bridge for the valley")]),
        # direct cues of shouting and chanting
        ("“Open the gates!” the fans chanted.", [("the fans", "direct", "Open the gates!")]),
        # must find nothing: an object that is not speech, a request for a thing, "boasts" as "has"
        ("Okafor noted the change.", []),
        ("The group asked for a meeting.", []),
        ("The app boasts around 300 million monthly users.", []),
        ("Users added hashtags to their posts.", []),
        ("A spokesperson declined to comment on the launch.", []),
    ],
)
def test_cue_verbs_and_their_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle without "that", after "but", and its speaker from the clause before it
        ("The judge sided with the city, saying the levy broke the charter.",
         [("the judge", "indirect", "the levy broke the charter")]),
        ("At a town hall in Ames, Iowa, on Sunday, Ana Ruiz tried again, saying that the city should lead.",
         [("Ana Ruiz", "indirect", "the city should lead")]),
        ("Okafor released a statement, praising the crew but insisting that the cost was too high.",
         [("Okafor", "indirect", "the cost was too high")]),
        ("As they met in Oslo, Okafor was away in Bergen, promising to build a new bridge.",
         [("Okafor", "indirect", "to build a new bridge")]),
        ("The club lost its appeal, the Courier reported, citing two people at the hearing.",
         [("the Courier", "indirect", "The club lost its appeal"),
          ("the Courier", "indirect", "two people at the hearing")]),
        ("“I wish him well,” Mr. Okafor told the hosts, adding that his son knows the family.",
         [("Okafor", "direct", "I wish him well"), ("Okafor", "indirect", "his son knows the family")]),
        # a participle opening the sentence: its content runs to the comma, the speaker follows
        ("Noting that only one member voted no, Okafor added: “That is the problem.”",
         [("Okafor", "direct", "That is the problem."), ("Okafor", "indirect", "only one member voted no")]),
        # must find nothing: a participle of circumstance, a quoted word
        ("Writing for the majority, the judge upheld the levy.", []),
        ("Others are just saying “hello” to their new neighbours.", []),
    ],
)
def test_participle_cues(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of "and said, “…”" opens the clause
        ("Years ago, he backed the mayor and said, “She has done nothing for us.”",
         [("he", "direct", "She has done nothing for us.")]),
        ("Asked about the fee, Mrs. Okafor shook her head and said, ''No, never again.''",
         [("Okafor", "direct", "No, never again.")]),
        # an adverb between speaker and cue
        ("Ana Ruiz jokingly said, “I hate to admit it, I like the rain.”",
         [("Ana Ruiz", "direct", "I hate to admit it, I like the rain.")]),
        # a that-clause that is one whole quote is a direct voice
        ("He vowed that “the rich would pay their fair share.”", [("he", "direct", "the rich would pay their fair share.")]),
        ("“We want everyone included,” she said, adding that “the party will unite in July.”",
         [("she", "direct", "We want everyone included"), ("she", "direct", "the party will unite in July.")]),
        # "as X put it", before or after the quote
        ("As the Courier's Dana Holm puts it, “The council is unmoved.”",
         [("the Courier's Dana Holm", "direct", "The council is unmoved.")]),
        ("“We will win,” as Mrs. Okafor put it.", [("Okafor", "direct", "We will win")]),
        # a lower-case title before a name, but not a name after a preposition
        ("“Thanks for coming,” said master of ceremonies Asab Tabchi, an engineer.",
         [("Asab Tabchi", "direct", "Thanks for coming")]),
        ("“Fine,” said an adviser to President Lund.", [("an adviser to President Lund", "direct", "Fine")]),
        # must find nothing: a quoted word after "that"
        ("He said that “fine” was the word.", []),
    ],
)
def test_direct_quotes_after_far_cues(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two voices in one sentence, each content ending where the next speaker begins
        ("After the vote, several members said the mayor had made a good case, while other members said they "
         "had heard nothing new.",
         [("several members", "indirect", "the mayor had made a good case"),
          ("other members", "indirect", "they had heard nothing new")]),
        ("Ana Ruiz said the bridge was safe and said the council would pay.",
         [("Ana Ruiz", "indirect", "the bridge was safe"), ("Ana Ruiz", "indirect", "the council would pay")]),
        ("The site showed the app offline all night, suggesting that its owners had found no host, after Acme "
         "announced that it would end service.",
         [("Acme", "indirect", "it would end service"), ("the site", "indirect", "its owners had found no host")]),
        # coordinated speakers are one group
        ("Exchange students Liza and Sasha believe the move is a way to protest.",
         [("Liza and Sasha", "indirect", "the move is a way to protest")]),
        # circumstances between cue and content
        ("Ana Ruiz said Tuesday that the union would strike.", [("Ana Ruiz", "indirect", "the union would strike")]),
        ("Ana Ruiz said in an interview with Coast Radio on Sunday that the union would strike.",
         [("Ana Ruiz", "indirect", "the union would strike")]),
        ("Ana Ruiz said Sunday in Port Ellis that the union would strike.",
         [("Ana Ruiz", "indirect", "the union would strike")]),
        ("Ana Ruiz said in Port Ellis, Oregon, that the union would strike.",
         [("Ana Ruiz", "indirect", "the union would strike")]),
        # the place's comma does not carry the phrase over a clause: one voice, from "saying"
        ("Ana Ruiz spoke at a rally in Port Ellis, Oregon, saying that the union would strike.",
         [("Ana Ruiz", "indirect", "the union would strike")]),
        ("Ana Ruiz admitted to The Courier she is weighing an offer.",
         [("Ana Ruiz", "indirect", "she is weighing an offer")]),
        ("As Ana Ruiz said last week in Bergen, “The harbour is the city's future.”",
         [("Ana Ruiz", "direct", "The harbour is the city's future.")]),
        ("“They deserve better,” said the man who built the firm.", [("the man", "direct", "They deserve better")]),
        # must find nothing: a time or place after the cue, a modal cue, a verb inside the subject
        ("Lund announced on Tuesday.", []),
        ("The board would announce the dates in October.", []),
        ("Ana Ruiz said at the time.", []),
        # a quantity as the object reports nothing; before a verb it opens a clause
        ("Ana Ruiz has said little about the harbour plan.", []),
        ("Ana Ruiz said nothing on the vote.", []),
        ("Ana Ruiz has said a lot over the years about the port.", []),
        ("Ana Ruiz said something, then left.", []),
        ("Ana Ruiz said much.", []),
        ("Ana Ruiz said little has changed at the port.", [("Ana Ruiz", "indirect", "little has changed at the port")]),
        ("Ana Ruiz said a lot of boats had left.", [("Ana Ruiz", "indirect", "a lot of boats had left")]),
        # a pronoun with "has" run into it is the pronoun; "it's said" names no one
        ("Ana Ruiz runs the port. She's said the harbour will stay open.",
         [("Ana Ruiz", "indirect", "the harbour will stay open")]),
        ("It's said that the harbour is haunted.", []),
        # a time before the subject, with no comma: a pronoun, or a name after a day or month
        ("Ana Ruiz runs the port. On Monday she said the harbour will stay open.",
         [("Ana Ruiz", "indirect", "the harbour will stay open")]),
        ("Ana Ruiz runs the port. Later that day she told reporters the harbour will stay open.",
         [("Ana Ruiz", "indirect", "the harbour will stay open")]),
        ("On Tuesday Ana Ruiz said the harbour will stay open.", [("Ana Ruiz", "indirect", "the harbour will stay open")]),
        ("In London, the ministry said the harbour will stay open.",
         [("the ministry", "indirect", "the harbour will stay open")]),
        # a longer opening is not split: no "Ellis residents", no "an article"
        ("In Port Ellis residents said the harbour will stay open.", []),
        ("In an article the paper said the harbour will stay open.", []),
    ],
)
def test_several_cues_and_circumstances(text, expected):
    assert voices(text) == expected


def test_a_cue_inside_reported_content_is_not_a_second_speaker():
    assert voices("Pryce said organisers would announce the dates in October.") == [
        ("Pryce", "indirect", "organisers would announce the dates in October")
    ]
    assert voices("Ana Ruiz said Bo Lind told him the bridge was safe.") == [
        ("Ana Ruiz", "indirect", "Bo Lind told him the bridge was safe")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon after a clause opened by a person, or after a name alone, introduces that person's words
        ("Okafor resisted: “The province has no such power.”", [("Okafor", "direct", "The province has no such power.")]),
        ("Then she added a caveat: “On the local ballot, I will vote for anyone.”",
         [("she", "direct", "On the local ballot, I will vote for anyone.")]),
        ("Helen Marsden, secretary of the union, told a rally outside the hall: “Nobody wanted to be here today.”",
         [("Helen Marsden", "direct", "Nobody wanted to be here today.")]),
        # more verbs of speaking after a quote
        ("“The market has not failed them,” he mocked.", [("he", "direct", "The market has not failed them")]),
        ("“It is a way to take part,” says a source involved in the talks.",
         [("a source involved in the talks", "direct", "It is a way to take part")]),
        # must find nothing: a colon after a thing, a sign, a rule
        ("The snarky headline reads: “Repeat after me, nothing changes.”", []),
        ("The rules are simple: “No dogs on the beach.”", []),
        ("The sign read “No entry for cars after six.”", []),
    ],
)
def test_colon_introductions_and_more_cue_verbs(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected_speakers",
    [
        # "the company" is the organisation named before it: one that spoke, else one opening a sentence
        ("Bluesky, a platform launched last year, has grown fast in Brazil. The company said on Friday it had "
         "seen 200,000 new users.", ["Bluesky"]),
        ("“We follow the law,” Acme said. Critics in Ohio and Texas disagree. The company said it would appeal.",
         ["Acme", "Acme"]),
        # a title and a possessive before a name, a place before an organisation's name
        ("Multiple outlets shared a post from Parler CEO John Matze. “We will be back,” Matze said.", ["John Matze"]),
        ("Users left Elon Musk's X in droves. X said it had seen record sign-ups.", ["X"]),
        ("Five Montana TikTok creators sued the state. TikTok said the ban breaks the law.", ["TikTok"]),
        # a pronoun prefers the person who opened the previous sentence
        ("Rosetta Hoskins posted a video. Lena Marsh liked it. She said the video was funny.", ["Lena Marsh"]),
        ("“I had to learn the rules,” Rosetta Hoskins said. She said she was not upset.",
         ["Rosetta Hoskins", "Rosetta Hoskins"]),
        # a dateline and a nationality adjective are not speakers or antecedents
        ("BEIJING (Reuters) - Officials said the ban would stand.", ["officials"]),
        ("The ban follows Indian laws. “We disagree,” it said.", ["it"]),
        # two titles of one person
        ("“It is chaos,” entertainment writer and heavy user Chico Barney wrote.", ["Chico Barney"]),
    ],
)
def test_speakers_referred_back_to(text, expected_speakers):
    assert [speaker for speaker, _, _ in voices(text)] == expected_speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        # part of a group, a research firm, a capitalised job title, "reported" with a bare clause
        ("Many of her local supporters say they understand her choice.",
         [("many of her local supporters", "indirect", "they understand her choice")]),
        ("Rents rose by a fifth last year, according to one research firm.",
         [("one research firm", "indirect", "Rents rose by a fifth last year")]),
        ("The plan includes a new ferry, Transport Secretary Lena Brooks told a committee Wednesday.",
         [("Lena Brooks", "indirect", "The plan includes a new ferry")]),
        ("The Harbour Trust also reported the pier has been closing early.",
         [("The Harbour Trust", "indirect", "the pier has been closing early")]),
        # must find nothing: a document with no one named, an adjective opening the sentence
        ("Recent reports reveal that the app is adding translation tools.", []),
    ],
)
def test_groups_titles_and_reports(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Name, who said ...": the name speaks; the content ends with the clause
        ("Podesta, who said the plan was vetted by counsel, said he knew of no dispute.",
         [("Podesta", "indirect", "the plan was vetted by counsel"), ("Podesta", "indirect", "he knew of no dispute")]),
        # the name closing a longer clause: "who" refers to that person
        ("The plan was drafted with help from Transport Director Mina Solberg, who said she expects boats in May.",
         [("Mina Solberg", "indirect", "she expects boats in May")]),
        ("Reporters caught up with Lina Brink, who told them the fares were too high.",
         [("Lina Brink", "indirect", "the fares were too high")]),
        # must find nothing: a hedge inside a relative clause
        ("The town passed rules which residents say favour tourists.", []),
        # must find nothing: "who" after a place or a body refers to a person named before them
        ("We asked a historian at Harrow University, who said little.", []),
        ("It came from a lab in Port Ellis, who said nothing.", []),
        ("The town passed rules that critics say favour tourists.", []),
    ],
)
def test_relative_clauses(text, expected):
    assert [(s, k, q) for s, k, q in voices(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the addressee and when or where it was said stand between the cue and "that"
        ("Mayor Tomas Reyes told supporters Tuesday night that the ferry would run by June.",
         [("Tomas Reyes", "indirect", "the ferry would run by June")]),
        ("Reyes told a crowd in Port Ellis, Maine on Monday that the fares would fall.",
         [("Reyes", "indirect", "the fares would fall")]),
        ("Reyes told the committee at a hearing on Friday that the fares would fall.",
         [("Reyes", "indirect", "the fares would fall")]),
        ("Reyes told the dockers who had waited all night that the fares would fall.",
         [("Reyes", "indirect", "the fares would fall")]),
        # a clause right after the addressee holds its own "that": the content starts at that clause
        ("The harbour master told her it was not that simple.",
         [("the harbour master", "indirect", "it was not that simple")]),
        ("Ana Ruiz told reporters it was clear that the pier would close.",
         [("Ana Ruiz", "indirect", "it was clear that the pier would close")]),
        ("Ana Ruiz told the radio host Tom Reyes she believed that the pier would close.",
         [("Ana Ruiz", "indirect", "she believed that the pier would close")]),
        ("Ana Ruiz told the board the fare was so high that nobody rode.",
         [("Ana Ruiz", "indirect", "the fare was so high that nobody rode")]),
    ],
)
def test_addressee_and_circumstance_before_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", with NAME saying ...": the person between "with" and the participle speaks
        ("The vote split the council, with Councillor Lina Park telling reporters she viewed the plan as reckless.",
         [("Lina Park", "indirect", "she viewed the plan as reckless")]),
        ("With the mayor saying the matter was closed, the debate ended.",
         [("the mayor", "indirect", "the matter was closed")]),
        # must find nothing: things between "with" and a participle, and no participle of speech
        ("Prices kept climbing, with fuel costs rising and fares following.", []),
        ("The ferry left late, with Lina Park waving from the deck.", []),
    ],
)
def test_with_a_speaker_and_a_participle(text, expected):
    assert voices(text) == expected


def test_with_after_a_noun_takes_its_object_not_a_speaker():
    # "its dispute with the city": the city is the dispute's object; the company is the one saying
    found = voices("The company defended its dispute with the city saying that the contract allowed it.")
    assert all(speaker != "the city" for speaker, _, _ in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "boasted that ...": boasting is speech when a that-clause follows
        ("Acme CEO Jo Park boasted that ticket sales were strong.",
         [("Jo Park", "indirect", "ticket sales were strong")]),
        # "was quoted (as) saying": the one quoted speaks
        ("Lina Park was quoted as saying the council had no choice.",
         [("Lina Park", "indirect", "the council had no choice")]),
        # must find nothing: "boasts" with an object is "has"
        ("The island now boasts three ferries and a new pier.", []),
        ("The app boasts 300 million users, most of whom are students.", []),
    ],
)
def test_boasting_and_being_quoted(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize("text, relative", [
    ("Reyes told reporters a joke that he had heard in Boston.", "he had heard in Boston"),
    ("Reyes told voters the rumour that was making the rounds.", "was making the rounds"),
])
def test_relative_that_after_an_object_opens_no_content(text, relative):
    assert all(not quote.startswith(relative) for _, _, quote in voices(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # quoted characterisations: the object and the quote, said by the clause's subject
        ("A reporter for the agency called it “absolute chaos.”",
         [("a reporter for the agency", "partial", "it “absolute chaos.”")]),
        ("The prince urged him to quit, calling him “a disgrace to the party.”",
         [("the prince", "indirect", "him to quit"), ("the prince", "partial", "him “a disgrace to the party.”")]),
        ("He would pay for it through reform, which he described as “making sure firms pay.”",
         [("he", "partial", "as “making sure firms pay.”")]),
        # more direct cues before a quote
        ("But as The Courier pointed out, “The mayor has not released the figures.”",
         [("The Courier", "direct", "The mayor has not released the figures.")]),
        ("Protesters interrupted her speech, shouting “she wins, we lose!”",
         [("protesters", "direct", "she wins, we lose!")]),
        ("Okafor fired back, tweeting at him, “you are wrong and you know it.”",
         [("Okafor", "direct", "you are wrong and you know it.")]),
        # must find nothing: a name in quote marks after "called", with or without an object
        ("They called it “Open Doors” and thousands came.", []),
        ("A user called “Dumpling Dad” gained many followers.", []),
    ],
)
def test_characterisations_and_more_direct_cues(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence ending in a colon introduces the quote that opens the next paragraph
        ("Okafor went on:\n“The council is claiming that it held a meeting in March.”",
         [("Okafor", "direct", "The council is claiming that it held a meeting in March.")]),
        ("Lena Brooks, the head of the trust, said:\n“We will reopen the pier in May.”",
         [("Lena Brooks", "direct", "We will reopen the pier in May.")]),
        # must find nothing: a colon after a thing (a document may be quoted from: "The statement read:")
        ("The old sign by the door read in full:\n“We are sorry for the delay and will fix it.”", []),
    ],
)
def test_colon_at_the_end_of_the_previous_paragraph(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle right after a quote whose own comma ends it, or after "by"
        ("“It is over,” Lund said on Coast Radio's “Morning Show,” adding, “The harbour will close in May.”",
         [("Lund", "direct", "It is over"), ("Lund", "direct", "The harbour will close in May.")]),
        ("She answered one of his posts by saying, “Seriously, stop it now.”",
         [("she", "direct", "Seriously, stop it now.")]),
        # "went on to say", an adverb between the cue and the quote
        ("He went on to say, “She once threw a book at a guard.”", [("he", "direct", "She once threw a book at a guard.")]),
        ("Okafor replied evenly, “I think the mayor knows that.”", [("Okafor", "direct", "I think the mayor knows that.")]),
    ],
)
def test_more_shapes_before_a_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name ending in -ly is no adverb, reflexives and "here" stand between subject and cue
        ("Kelly said she asked for the meeting.", [("Kelly", "indirect", "she asked for the meeting")]),
        ("Acme itself said the deal was on.", [("Acme", "indirect", "the deal was on")]),
        ("Her campaign workers here said they have been busy since spring.",
         [("her campaign workers", "indirect", "they have been busy since spring")]),
        ("Several said they would rather stay.", [("several", "indirect", "they would rather stay")]),
        # the subject after a subordinator, and what an owner has ("Name's campaign")
        ("Okafor was booed when she said the levy was unfair.", [("she", "indirect", "the levy was unfair")]),
        ("Candidate Pia Lund’s campaign says two aldermen back her.",
         [("candidate Pia Lund’s campaign", "indirect", "two aldermen back her")]),
        # must find nothing: a cue noun after a determiner, a thing after a subordinator
        ("Her two tweets said nothing new.", []),
        ("The fee was legal because the leases disclosed it in advance.", []),
    ],
)
def test_subjects_around_the_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document quoted directly speaks; reported speech from one without a name does not
        ("“The nation must act,” the report said.", [("the report", "direct", "The nation must act")]),
        ("“We will keep watching,” said the email.", [("the email", "direct", "We will keep watching")]),
        ("The report said the app was slow.", []),
        ("Recent reports reveal that the app is adding translation tools.", []),
    ],
)
def test_documents_quoted_directly(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a quote that held the comma, fractions of a group, "the two"
        ("The two lawmakers argue that “there is precedent,” citing a case from last year.",
         [("the two lawmakers", "direct", "there is precedent"), ("the two lawmakers", "indirect", "a case from last year")]),
        ("Two-thirds of the members said the deficit meant she would lose.",
         [("Two-thirds of the members", "indirect", "the deficit meant she would lose")]),
        ("Priebus tweeted Tuesday night he considered Lund the nominee.",
         [("Priebus", "indirect", "he considered Lund the nominee")]),
        # must find nothing: an object after "maintain", a thing posted
        ("The app must manage content and maintain user engagement will decide its fate.", []),
        ("Nelson and Liz posted a video of their steamed eggs.", []),
    ],
)
def test_participles_fractions_and_bare_clauses(text, expected):
    assert voices(text) == expected
