"""Word pools and paragraph templates for benchmarks/make_corpus.py (stdlib only, data only).

Templates are written with curly quotes (“ ” ’); the generator converts a paragraph
to straight quotes (" ') when an article or paragraph uses the straight style.

Placeholders (resolved by make_corpus.Article.value):
  {N}   introduce a new named speaker (full name) and make it current
  {R}   role of the current speaker ("a teacher from Ohio")
  {S}   surname of the current speaker (back-reference)
  {OLD} surname of an earlier speaker of this article (falls back to a new full name)
  {ANON} an unnamed speaker ("one user from Texas"), made current
  {P}/{Pc} pronoun of the current speaker, lower / capitalised
  {V}   a cue verb ("said", "told Reuters");  {VA} verb for cue-after ("said", "added")
  {Q}   1-2 quote sentences ending in . ? or !   {QC} one sentence ending in "," (cue after)
  {Q1}  exactly one sentence                     {QQ} a question
  {RS}  reported clause for "that ..."           {PQ} short partial-quote phrase
  {A} new app, {OA} old app, {C} city, {ST} US state, {CO} country, {ORG} outlet,
  {FIRM} data firm, {NUM} count, {PCT} percent, {DAY} weekday, {TITLE} a title,
  {TAG} hashtag, {SCARE} scare-quoted phrase
"""

GIVEN_F = """
Emily Sarah Heather Jessica Ashley Megan Rachel Lauren Hannah Olivia Chloe Grace
Madison Brianna Kayla Tiffany Amber Nicole Danielle Morgan Sophie Charlotte Amelia
Isla Freya Niamh Siobhan Aoife Mairead Priya Ananya Deepika Kavya Lakshmi Meera Sunita
Fatima Aisha Layla Mariam Yasmin Noor Zeynep Elif Ayse Leila Shirin Parisa Maryam
Sofia Valentina Camila Lucia Isabela Mariana Gabriela Fernanda Ximena Paola Rosa
Chiamaka Ngozi Adaeze Folake Amara Wanjiru Achieng Zanele Thandiwe Nomvula Abena
Yuki Haruka Sakura Aiko Ji-woo Seo-yeon Min-ji Hye-jin Linh Thao Mai Anh Siti Putri
Dewi Maria Ana Joana Beatriz Ines Natasha Olga Irina Anastasia Katarzyna Agnieszka
Zofia Ingrid Astrid Freja Elin Hanna Lea Clara Amelie Manon Camille Chiara Giulia
Francesca Alessia Eleni Dimitra Noa Tamar Shira Malia Leilani Keira Talia
""".split()

GIVEN_M = """
Jacob Michael Matthew Joshua Christopher Andrew Tyler Brandon Justin Kevin Ryan
Dylan Austin Marcus Jamal DeShawn Tyrone Malik Oliver Harry George Liam Callum Rhys
Owen Sean Ciaran Padraig Arjun Rahul Vikram Rohan Aditya Sanjay Karan Ravi Omar Ahmed
Youssef Karim Hassan Tariq Bilal Mehmet Emre Burak Reza Dariush Farid Diego Mateo
Santiago Alejandro Javier Carlos Luis Andres Rafael Thiago Joao Pedro Lucas Chinedu
Emeka Tunde Oluwaseun Kwame Kofi Juma Baraka Sipho Thabo Kenji Hiroshi Takumi Daiki
Min-jun Seo-jun Ji-hoon Hyun-woo Minh Tuan Duc Budi Agus Rizal Jose Miguel Paolo
Dmitri Sergei Alexei Ivan Piotr Tomasz Jakub Lars Erik Anders Magnus Jonas Felix
Lukas Maximilian Jan Pierre Antoine Louis Mathieu Marco Luca Giovanni Matteo Nikos
Yannis Eitan Yosef Ari Kai Mana Tevita Rangi Hemi
""".split()

SURNAMES = """
Roberts Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas
Moore Jackson Martin Thompson White Harris Clark Lewis Walker Hall Young King Wright
Scott Green Baker Adams Nelson Carter Mitchell Turner Parker Collins Edwards Stewart
Morris Murphy Cook Rogers Reed Bailey Cooper Howard Ward Brooks Kelly Sanders Price
OConnor McCarthy Byrne Gallagher Doyle Kavanagh Evans Hughes Lloyd Morgan Patel Sharma
Gupta Singh Iyer Reddy Nair Chatterjee Banerjee Mehta Kapoor Rao Desai Khan Hussain
Rahman Haddad Nasser Mansour Khalil Saleh Farouk Yilmaz Demir Kaya Sahin Celik Ozturk
Hosseini Karimi Moradi Rahimi Tehrani Garcia Rodriguez Martinez Hernandez Lopez
Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales Ortiz
Silva Santos Oliveira Souza Costa Pereira Almeida Ferreira Okafor Okonkwo Adeyemi
Balogun Eze Nwosu Mensah Owusu Boateng Kamau Otieno Mwangi Ndlovu Dlamini Nkosi
Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Kim Park Lee
Choi Jung Kang Cho Yoon Nguyen Tran Pham Hoang Vu Santoso Wijaya Halim Reyes Bautista
Dela-Cruz Mendoza Ivanov Petrov Smirnov Volkov Kowalski Nowak Wisniewski Lewandowski
Johansson Andersson Nilsson Larsen Hansen Jensen Muller Schmidt Schneider Fischer
Weber Becker Dubois Bernard Moreau Laurent Lefebvre Rossi Russo Ferrari Esposito
Bianchi Romano Papadopoulos Georgiou Cohen Levi Mizrahi Friedman Kahananui Tupou
Ngata Horvath Novak Popescu Ionescu Jovanovic Kovacs Virtanen Korhonen
""".split()
# "OConnor" keeps the pool free of apostrophes; restore it here.
SURNAMES = ["O’Connor" if s == "OConnor" else s for s in SURNAMES]

# Chinese names are written surname first ("Liu Xingliang"); back-reference is the surname.
CN_SURNAMES = """Liu Wang Zhang Li Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He
Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen
Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan
Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng
Long Wan Duan Lei Qian Tang Yin Hui""".split()
CN_GIVEN_F = """Yi Na Jing Fang Xiaomei Lili Yan Hui Ying Xiaoling Meiling Jingyi Xinyi
Yuxin Zihan Ruoxi Shuang Wenjing Qian Lan Xue Tingting Jiayi Mengyao Yutong Siqi""".split()
CN_GIVEN_M = """Wei Jun Xingliang Hao Lei Tao Ming Qiang Yong Jie Bo Chao Gang Peng Zhiwei
Haoran Yuchen Zihao Junjie Jian Dong Feng Kai Yifan Tianyu Xiaolong""".split()

OCCUPATIONS = [
    "teacher", "nurse", "student", "translator", "barista", "accountant", "photographer",
    "chef", "librarian", "pharmacist", "retiree", "musician", "farmer", "paralegal",
    "electrician", "bartender", "firefighter", "software engineer", "graphic designer",
    "truck driver", "small-business owner", "real-estate agent", "makeup artist",
    "fitness coach", "graduate student", "tattoo artist", "stay-at-home parent",
    "dental hygienist", "social worker", "video editor", "content creator", "food blogger",
    "beauty influencer", "travel vlogger", "high-school teacher", "college student",
    "community organizer", "game developer", "nail technician", "delivery driver"]

US_STATES = """Ohio Texas California Florida Georgia Michigan Arizona Oregon Nevada Utah
Iowa Kansas Kentucky Tennessee Alabama Virginia Maryland Colorado Minnesota Wisconsin
Illinois Indiana Missouri Louisiana Oklahoma Arkansas Idaho Montana Vermont Maine""".split()
CN_CITIES = """Hangzhou Shanghai Beijing Shenzhen Guangzhou Chengdu Wuhan Chongqing Nanjing
Xi’an Suzhou Changsha Kunming Qingdao Xiamen Harbin Tianjin Dalian Hefei Zhengzhou""".split()
WORLD_CITIES = """London Manchester Dublin Toronto Vancouver Sydney Melbourne Auckland Lagos
Nairobi Accra Johannesburg Cairo Istanbul Tehran Mumbai Delhi Bangalore Karachi Dhaka
Jakarta Manila Hanoi Bangkok Seoul Tokyo Osaka Taipei Singapore Berlin Paris Madrid
Lisbon Rome Warsaw Stockholm Oslo Mexico-City Bogota Lima Santiago Sao-Paulo
Buenos-Aires""".replace("-", "~").split()
WORLD_CITIES = [c.replace("~", " ") for c in WORLD_CITIES]
US_CITIES = """Houston Atlanta Chicago Phoenix Denver Seattle Portland Boston Detroit
Nashville Memphis Austin Dallas Miami Orlando Tampa Cleveland Columbus Pittsburgh
Baltimore Richmond Charlotte Raleigh Omaha Tucson Albuquerque Sacramento Fresno""".split()

COUNTRIES = ["China", "the United States", "Canada", "Britain", "Australia", "India",
             "Japan", "South Korea", "Brazil", "Mexico", "Nigeria", "Germany", "France",
             "Indonesia", "the Philippines", "Vietnam", "Turkey", "Kenya"]

ANALYST_ROLES = [
    "an industry analyst", "a tech analyst", "a media researcher", "a data scientist",
    "a digital-rights lawyer", "a former TikTok employee", "a venture capitalist",
    "a cybersecurity consultant", "a marketing strategist", "a sociologist",
    "a China scholar", "a trade-policy expert", "a content moderator",
    "a spokesperson for the company", "a congressional aide", "a former diplomat",
    "a linguist", "a privacy advocate", "a talent manager", "a brand consultant"]
ROLE_FORMS = [
    "a {occ} from {st}", "a {occ} from {usc}", "a {occ} in {wc}", "a {occ} from {cnc}",
    "a {occ} based in {wc}", "an American {occ}", "a Chinese {occ}", "a {occ} and mother of two",
    "a {occ} and father of three", "a {nth}-year {occ}", "{ana}", "{ana}", "{ana} at {firm}",
    "founder of {firm}", "a professor of media studies at {univ}",
    "a lecturer in communications at {univ}", "a spokesperson for {firm}",
    "head of research at {firm}", "a creator with {num} followers",
    "a longtime {oa} user from {st}", "a {occ} who joined {a} last week"]
UNIVERSITIES = ["Fudan University", "Peking University", "the University of Michigan",
                "Stanford University", "the London School of Economics", "NYU",
                "the University of Toronto", "Tsinghua University", "UCLA",
                "the National University of Singapore", "the University of Lagos",
                "Columbia University", "King’s College London", "the University of Sydney"]
FIRMS = ["Wavelet Strategy", "Sensor Tower", "Appfigures", "Data.ai", "Pew Research Center",
         "Brightline Media", "Northpoint Analytics", "Lantern Digital", "Redwood Advisory",
         "the Digital Futures Lab", "Harbor Street Capital", "Silk Road Insights",
         "the Center for Online Speech", "Kite & Key Consulting", "Mosaic Research",
         "Bluefin Labs", "Everbright Partners", "the Open Platforms Institute"]
OUTLETS = ["Reuters", "the BBC", "CNN", "The Associated Press", "Bloomberg",
           "the South China Morning Post", "NPR", "The Guardian", "Al Jazeera",
           "Nikkei Asia", "The Verge", "Wired", "CNBC", "Sky News", "Axios"]

NEW_APPS = ["RedNote", "RedNote", "RedNote", "Xiaohongshu", "Lemon8", "Bluesky",
            "Clapper", "Threads", "Likee", "Zigazoo"]
OLD_APPS = ["TikTok", "TikTok", "TikTok", "Instagram", "Facebook", "X", "YouTube", "Snapchat"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HASHTAGS = ["#TikTokRefugee", "#tiktokrefugee", "#RedNoteWelcome", "#CatTax",
            "#HelloFromChina", "#USChinaFriends", "#NewHere", "#LittleRedBook"]
TITLES = ["Squid Game", "Little Red Book", "Dream of the Red Chamber", "Goodbye TikTok",
          "The Great Migration", "Hello, Neighbor", "Lost in Translation", "Cat Tax Diaries",
          "Breaking Bad", "Black Myth: Wukong", "Ne Zha 2", "The Social Dilemma",
          "Moonlight Over Hangzhou", "Refugee Week", "Borders of Code"]
SCARE = ["TikTok refugees", "cat tax", "digital refugees", "spy shein", "foreign influence",
         "cyber tourism", "spicy content", "Chinese spy", "free speech", "digital exile",
         "little red book", "hello", "brainrot", "vibe shift", "real Americans",
         "positive energy", "harmony", "sensitive topics", "national security"]

# Spoken-style openers and closers that vary each quoted sentence: real news quotes are
# almost all distinct, and a corpus that repeats them would flatter per-text caches.
QUOTE_OPENERS = ["Honestly? ", "Look, ", "To be fair, ", "Frankly, ", "Well, ", "You know what? ",
                 "Let me put it this way: ", "Here is the thing: ", "Truthfully, ", "So, ", "Listen, ",
                 "In short, ", "And yes, ", "Seriously, ", "Right now, ", "Between us, ", "For what it’s worth, ",
                 "Bottom line: ", "Okay, ", "Believe me, "]
QUOTE_CLOSERS = [", at least for now", " this week", ", if you ask me", " right now", ", no question",
                 ", and that matters", " for a lot of us", ", as far as I can tell", " these days",
                 ", whatever happens next", " so far", ", to be honest", " at this point", ", really",
                 " in my experience", ", for better or worse", " after all", ", in a way", " every single day",
                 ", and I mean it"]

REPORTED_CLOSERS = [" this week", " so far", ", at least for now", " since {d}", " in {C}", " by {d}",
                    " for many users", ", according to early figures", " within days", " over the weekend",
                    " in recent weeks", " after the deadline", " before the ban", " for a while", " at first"]

QUOTES_WELCOMING = [
    "It’s rare to have such direct conversations.",
    "I even got to ask about video games in {CO}.",
    "We’re just going to a new app, and here we are.",
    "This could be a historic moment.",
    "Ordinary people from our two countries have never really connected before.",
    "I hope this leads to meaningful exchanges.",
    "Everyone has been so welcoming, honestly more than I expected.",
    "I learned more about daily life in {C} in one night than in years of news coverage.",
    "People here want to show you their food, their cats and their hometowns.",
    "It feels like a giant pen-pal program that nobody planned.",
    "My followers keep sending me recipes, and I’m going to try every single one.",
    "The users here are curious, kind and very funny.",
    "I posted a picture of my dog and got three hundred comments in an hour.",
    "We should be building bridges, and this is what a bridge looks like.",
    "It reminds me why I got on the internet in the first place.",
    "I never thought I would be learning Mandarin from a grandmother in {C}.",
    "Honestly, this is the most wholesome corner of the internet right now.",
    "The algorithm shows me things I actually care about.",
    "My students are asking me to teach them a few phrases before class.",
    "Nobody here is trying to sell me anything, at least not yet.",
    "It’s the first time I’ve felt at home on an app in years.",
    "We are happy to answer any question about our culture.",
    "Welcome, friends, and please pay the cat tax!",
    "This organic interaction shows how users can transcend language barriers.",
    "I’ve made five new friends this week and none of them speak my language.",
]
QUOTES_SKEPTICAL = [
    "This seems to be a short-term emotional response.",
    "Many are exploring the platform out of curiosity.",
    "I’m not sure it will really last.",
    "Trends only last as long as it takes for something else to replace them.",
    "The moderation tools simply aren’t ready for this many English speakers.",
    "Most of these accounts will be abandoned within a month.",
    "The numbers look huge, but retention is what matters.",
    "I don’t think people have read the terms of service.",
    "Translation is still clunky, and jokes get lost.",
    "It’s fun for now, but the novelty wears off fast.",
    "We have seen these migrations before, and most of them fizzle out.",
    "The app was not built for this audience.",
    "Downloads are not the same thing as loyal users.",
    "I’m worried about where my data actually goes.",
    "A lot of this is performance for the camera.",
    "Creators follow the money, and the money is still on {OA}.",
    "There is no clear business model for the new users yet.",
    "Give it six weeks and we will know whether any of this was real.",
    "I deleted it after two days because I couldn’t read anything.",
    "The content rules are stricter than people realise.",
]
QUOTES_POLITICAL = [
    "This is about national security, not about dance videos.",
    "Banning an app does not make anyone safer.",
    "The government is telling us what we can and cannot watch.",
    "Congress should be regulating data, not picking winners.",
    "The law gives the company until {MONTH} to sell or shut down.",
    "Free speech means the right to choose the platform you use.",
    "Moving to another Chinese app is a protest, plain and simple.",
    "Washington has spent years warning about this exact scenario.",
    "Beijing will watch this migration very closely.",
    "There are topics you simply cannot discuss on that platform.",
    "This is a message to lawmakers that users will not be pushed around.",
    "The ban punishes small businesses more than anyone else.",
    "The court has to weigh security claims against the First Amendment.",
    "Nobody voted to hand their feed over to a foreign government.",
    "Young voters will remember who took their app away.",
    "Both governments are using ordinary users as bargaining chips.",
    "The censorship rules did not disappear just because Americans arrived.",
    "This is what happens when trade policy turns into culture war.",
    "We need a privacy law that covers every app, not just one.",
    "I am not afraid of a teenager in {C} seeing my cooking videos.",
]
QUESTIONS = [
    "Is it ok to talk about how laws differ between countries?",
    "Do they all like us?", "Can we all be friends?",
    "What do people in {C} eat for breakfast?",
    "Why is everyone asking for pictures of my cat?",
    "How long do you think this will last?",
    "Who decided this was a national security issue?",
    "Is anyone else having trouble with the translation button?",
    "What happens to my videos if the ban goes through?",
    "Why would I trust this app more than the last one?",
]
REPORTED = [
    "the app would struggle to keep its new users", "the migration was mostly symbolic",
    "the welcome had been warmer than anyone expected", "the ban was driven by politics rather than evidence",
    "users should be careful about what data they share",
    "the company was hiring English-speaking moderators",
    "the surge caught the platform completely off guard",
    "Chinese users were eager to practise their English",
    "the trend showed how much people distrust lawmakers",
    "the platform would need separate rules for foreign users",
    "downloads had more than tripled in a week",
    "the exchange was the best thing to happen to the internet in years",
    "American users were testing the limits of censorship",
    "the migration would fade once the deadline passed",
    "small creators stood to lose the most from a ban",
    "many creators planned to post in both languages from now on",
    "the app had not been designed with English speakers in mind",
    "the government had failed to make its case publicly",
]
PARTIALS = [
    "a digital meeting point", "deeply unserious", "a short-term emotional response",
    "the best kind of chaos", "a protest vote with your thumbs", "wholesome",
    "completely unprepared", "a cultural exchange nobody planned", "a historic moment",
    "an act of digital civil disobedience", "obsessed with cats", "a pen-pal program",
    "a bridge between cultures", "a national security threat", "not built for this",
    "a gold rush", "performative", "the wild west", "a little naive", "genuinely moving",
]

HEADERS = ["What is {A}?", "Cultural Exchange and Global Dialogue", "The {OA} Ban and Its Ripple Effect",
           "How Does {A} Differ from {OA}?", "What Happens Next", "A Warm Welcome",
           "Growing Pains", "The Politics of the Feed", "Lost in Translation", "By the Numbers",
           "Why Users Are Leaving", "What Experts Say", "A Meeting of Cultures"]

HEADLINES = [
    "{OA} users flock to {A} as ban deadline nears",
    "Why Americans are downloading {A}, a Chinese app, this week",
    "‘{SCARE}’ find an unexpected welcome on {A}",
    "{A} tops app charts as users look beyond {OA}",
    "Inside the great migration to {A}",
    "{A} scrambles to moderate a flood of English posts",
    "The cat tax, explained: how {A} greeted its new users",
    "Lawmakers, creators split over {OA} ban as users move to {A}",
]

# Narrative paragraphs: no voice (some contain scare quotes, titles or hashtags in quotes).
NARRATIVE = [
    "Following reports of a possible {OA} ban in {CO}, users are flocking to {A}, a social media app that until recently was little known outside China.",
    "With over {NUM} new users joining the platform, many are turning to {A}, known locally as Xiaohongshu, as an alternative to {OA}.",
    "Initially designed as a lifestyle platform focused on beauty, travel and food, {A} has become a cultural exchange hub. Users from different countries are trading notes about favourite dishes, tourist spots and daily life.",
    "Posts welcoming “{OA} refugees” have flooded the platform, creating a buzz among its predominantly young and female audience.",
    "The surge in foreign users has also exposed challenges for the platform. While its single-version app allows global access, it has struggled to moderate English-language content.",
    "Recent reports reveal that the company is developing translation tools and expanding its moderation team.",
    "{A}’s history is rooted in its 2013 origins as a shopping guide for tourists. Over the years it has grown into a lifestyle platform with more than 300 million monthly users.",
    "The hashtag {TAG} has amassed nearly {NUM} views and more than a million comments, reflecting widespread discontent over the proposed ban.",
    "Downloads of {A} rose {PCT}% year over year this week, according to estimates published on {DAY}, and the app reached the top of the download charts in {CO}.",
    "The sudden interest comes amid uncertainty over {OA}’s future. Judges are reviewing a law that requires the company to sell its operations by {MONTH} 19 or face a nationwide ban.",
    "Some users have started calling the trend “{SCARE},” a phrase that spread quickly across several platforms on {DAY}.",
    "One of the most shared videos of the week was a tour of a night market in {C}, set to the theme from “{TITLE}.”",
    "Unlike {OA}, the app’s algorithm prioritises content based on user interests rather than follower networks, which many newcomers say makes it easier to be seen.",
    "The platform was not designed with English-speaking users in mind, and most of its menus are still only available in Chinese.",
    "Several creators have posted tutorials explaining how to set up an account, switch the interface language and pay the so-called “cat tax.”",
    "Stock prices of several companies that do business with the platform rose as much as {PCT}% on {DAY}, hitting their daily limit.",
    "The company, valued at about $17 billion in its latest funding round, did not immediately respond to requests for comment.",
    "For now, the app is a digital meeting point for two cultures, and the volume of posts shows little sign of slowing.",
    "A documentary titled “{TITLE}” was among the most searched terms on the app this week, alongside recipes and language tips.",
    "It is not the first time users have tried to leave {OA} in protest. Similar waves of sign-ups hit {A} and other rivals in past years before fading.",
    "Analysts at {FIRM} estimate that {NUM} of the new accounts posted at least once in their first week{RC}.",
    "The migration has produced its share of confusion, from mistranslated captions to accidental purchases of “{SCARE}” merchandise.",
    "Lawmakers in {CO} are expected to debate new rules on foreign-owned apps when they return in {MONTH}.",
    "The app’s English-language help pages were updated twice this week, and a machine-translation button now appears under most posts.",
    "Brands have noticed. Several cosmetics companies in {C} posted bilingual ads within days of the first wave of sign-ups.",
    "The phrase “{SCARE}” trended for most of {DAY}, with thousands of users posting their own versions of the joke.",
    "Teachers in {ST} reported that students were swapping {A} usernames in class, according to a survey by {FIRM}.",
    "Much of the early content was simple: photos of pets, lunches, commutes and bedrooms, captioned in two languages.",
    "The rush has tested the company’s servers as well as its moderators, and some users reported login problems on {DAY}.",
    "A popular account in {C} began posting short lessons on “survival Mandarin” for newcomers, drawing {NUM} followers.",
    "Some long-time users complained that their feeds were suddenly full of English{RC}, while others set up groups to help translate.",
    "By {DAY}, the app had climbed to the top spot on the free download charts in {CO} and several other countries.",
    "Earlier waves of {OA} users have tried alternatives such as Lemon8 and Clapper, with mixed results.",
    "The episode has become a case study in how quickly online communities can form and dissolve.",
]

# Paragraphs with voices: (approximate number of voices, template).
VOICED = [
    (1, "{N}, {R}, {V} that {P} was pleased to be interacting with new users on the platform{RC}. “{QC}” {P} {VA}."),
    (1, "“{QC}” {VA} {N}, {R}."),
    (1, "“{QC}” {N}, {R}, {VA}."),
    (1, "{N}, {R}, {V}, “{Q}”"),
    (1, "{N}, {R}, {V}: “{Q}”"),
    (1, "“{QC}” {N} {VA}. “{Q}”"),
    (1, "“{QC}” {VA} {N}, {R}, “{Q}”"),
    (1, "“{Q1}” {S} {VA}. “{Q}”"),
    (1, "“{QC}” {OLD} {VA}."),
    (1, "“{QC}” {P} {VA}, adding that {RS}."),
    (1, "{OLD} also {V} that {RS}."),
    (1, "According to {N}, {R}, {RS}."),
    (1, "According to {ORG}, {RS}."),
    (1, "{N}, {R}, described the trend as “{PQ}” and {V} that {RS}."),
    (1, "{N}, {R}, called the surge “{PQ},” adding that {RS}."),
    (1, "{Pc} {V} the mood online was “{PQ}.”"),
    (1, "{ANON} {VA}, “{Q}”"),
    (1, "“{QC}” {VA} {ANON}."),
    (1, "“{QC}” {ANON} {VA}. “{Q}”"),
    (2, "One user asked, “{QQ}” to which another user responded, “{Q1}”"),
    (1, "Another asks: “{QQ} {Q}"),
    (1, "{N}, {R}, told {ORG} that {RS}."),
    (1, "{N}, {R}, {V} on {A} that {RS}, a post that drew thousands of replies."),
    (1, "{N}, {R}, cautioned against reading too much into the numbers{RC}."),
    (2, "{N}, {R}, {V} that {RS}. {OLD}, however, {V} that {RS}."),
    (2, "“{QC}” {VA} {N}, {R}. But {N}, {R}, disagreed: “{Q}”"),
    (1, "{N} {V} in a video posted on {DAY}: “{Q} {Q1}"),
    (1, "“{Q} {Q1}"),
    (1, "“{Q}” {S} {VA}."),
    (1, "In a statement, {FIRM} {V} that {RS} and that the company was “{PQ}.”"),
    (1, "“{QC}” {N} told {ORG}, describing the atmosphere as “{PQ}.”"),
    (1, "{N}, {R}, who has posted about “{TITLE}” for years, {V}, “{Q}”"),
    (1, "Asked whether {P} would go back to {OA}, {S} laughed. “{Q}”"),
    (1, "{Pc} {V}: “{Q}”"),
    (2, "“{QC}” {VA} {N}, {R}. {OLD} was less sure, warning that {RS}."),
    (1, "Even {OLD}, who {V} last week that {RS}, conceded the mood was “{PQ}.”"),
    (1, "{N}, {R}, {V} in an interview that the platform was {PQ} and that {RS}."),
    (1, "“{Q1}” That was how {N}, {R}, summed up the week."),
    (1, "{N}, {R}, {V} that the so-called “{OA} refugees” were “{PQ}.”"),
    (1, "Users have flooded {S}’s comments. “{Q}” one wrote."),
]
# Paragraph that ends with an unclosed quote, continued in the next paragraph (news style).
CONTINUED = [
    (1, "{N}, {R}, {V} the experience had changed how {P} thought about the feed{RC}. “{Q}\n“{QC}” {P} {VA}."),
    (1, "“{QC}” {VA} {N}, {R}. “{Q}\n“{Q}”"),
]
CUE_VERBS = ["said", "said", "said", "told reporters", "told {ORG}", "added", "noted",
             "argued", "warned", "wrote", "posted", "explained", "insisted", "cautioned",
             "stressed", "observed", "recalled", "admitted", "claimed", "remarked",
             "commented", "says", "writes", "acknowledged", "suggested"]
CUE_AFTER = ["said", "said", "said", "added", "noted", "argued", "warned", "wrote",
             "posted", "explained", "insisted", "cautioned", "says", "writes", "continued",
             "recalled", "joked", "replied", "commented"]
ANON_FORMS = ["one user", "one Chinese user", "another user", "a user from {st}",
              "one creator", "a commenter in {cnc}", "one {oa} user", "a viewer",
              "another commenter", "one American user", "a student in {wc}"]
