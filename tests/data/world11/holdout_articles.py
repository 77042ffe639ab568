"""Ten more articles of our own (invented people and events), written half-way, after the first world11 fixes and
before running the pipeline on them, to check that those fixes were not fitted to the probe: a Halifax hospital, a
Winnipeg court, a Newfoundland storm, an Alberta oil-patch layoff, a Quebec school, a Welsh council, a Scottish
football feature, a Bristol science story, a London arts profile and a Sikh family's immigration story in
Brampton. Gold by hand as in probe_articles.py."""

from probe_articles import Q

ARTICLES = [
    {"id": "w11h-01-cbc-ns-hospital", "style": "CBC Nova Scotia health, says, Nova Scotia Health statement, told CBC News, a patient's husband", "paragraphs": [
        "HALIFAX — The Halifax Infirmary's emergency department turned away ambulances for nine hours on Sunday, the longest diversion this year.",
        "\"We had paramedics parked in the bay with patients for five and six hours,\" says Dr. Colin Ferguson-Aucoin, an emergency physician at the hospital.",
        "Ferguson-Aucoin says staff were treating patients in chairs in the waiting room.",
        "Nova Scotia Health said in a statement that a surge of respiratory illness had filled every bed in the building.",
        "Rolande Comeau waited with her husband, Gérard Comeau, for seven hours in the back of an ambulance. Gérard, 79, had broken his hip.",
        "\"He never complained once. I did enough complaining for both of us,\" Rolande told CBC News.",
        "Health Minister Michelle Thompson-Boudreau said the province would open a second urgent care clinic in Dartmouth next month.",
    ], "quotes": [
        Q("We had paramedics parked in the bay with patients for five and six hours,", "Dr. Colin Ferguson-Aucoin", "says", "Colin Ferguson-Aucoin", "emergency physician at the hospital"),
        Q("staff were treating patients in chairs in the waiting room", "Ferguson-Aucoin", "says", "Colin Ferguson-Aucoin", "emergency physician at the hospital", "indirect"),
        Q("a surge of respiratory illness had filled every bed in the building", "Nova Scotia Health", "said", "Nova Scotia Health", type="indirect", kind="organization"),
        Q("He never complained once. I did enough complaining for both of us,", "Rolande", "told", "Rolande Comeau"),
        Q("the province would open a second urgent care clinic in Dartmouth next month", "Michelle Thompson-Boudreau", "said", "Michelle Thompson-Boudreau", "Health Minister", "indirect"),
    ]},
    {"id": "w11h-02-free-press-court", "style": "Winnipeg Free Press court, provincial court judge, Crown attorney, defence lawyer, the accused's mother, Judge", "paragraphs": [
        "A 22-year-old Winnipeg man who stabbed a bus driver on a Route 11 bus was sentenced Thursday to seven years in prison.",
        "Provincial court Judge Lindsay Kuzyk-Mercier said attacks on transit workers had become \"far too common\" in the city.",
        "\"Bus operators are entitled to go to work without fearing for their lives,\" Kuzyk-Mercier said.",
        "Crown attorney Bradley Okafor told the court the driver, a 58-year-old father of three, has not returned to work.",
        "Defence lawyer Renée Blais-Sinclair said her client had been using methamphetamine for days before the attack and had no memory of it.",
        "Amalgamated Transit Union Local 1505 president Chris Schellenberg said outside court that the sentence sent \"a clear message.\"",
    ], "quotes": [
        Q("attacks on transit workers had become \"far too common\" in the city", "Lindsay Kuzyk-Mercier", "said", "Lindsay Kuzyk-Mercier", "Provincial court Judge", "mixed"),
        Q("Bus operators are entitled to go to work without fearing for their lives,", "Kuzyk-Mercier", "said", "Lindsay Kuzyk-Mercier", "Provincial court Judge"),
        Q("the driver, a 58-year-old father of three, has not returned to work", "Bradley Okafor", "told", "Bradley Okafor", "Crown attorney", "indirect"),
        Q("her client had been using methamphetamine for days before the attack and had no memory of it", "Renée Blais-Sinclair", "said", "Renée Blais-Sinclair", "Defence lawyer", "indirect"),
        Q("the sentence sent \"a clear message.\"", "Chris Schellenberg", "said", "Chris Schellenberg", "Amalgamated Transit Union Local 1505 president", "mixed"),
    ]},
    {"id": "w11h-03-cbc-nl-storm", "style": "CBC Newfoundland weather, Environment Canada, mayor, resident, says, according to Newfoundland Power", "paragraphs": [
        "A post-tropical storm knocked out power to more than 60,000 customers on Newfoundland's Avalon Peninsula overnight, according to Newfoundland Power.",
        "Wind gusts reached 150 km/h at Cape Race, says Environment Canada meteorologist Rodney Pardy-Keats.",
        "\"This is about as strong as these storms get by the time they reach us,\" Pardy-Keats said.",
        "In Ferryland, Mayor Adrian O'Driscoll-Hynes says the wharf lost a section of its deck. \"The fishermen were down there at four in the morning tying things down,\" he says.",
        "Bride Walsh, 84, rode out the storm in her kitchen with a kerosene lamp. \"I have seen worse. Not much worse, mind you,\" says Walsh.",
    ], "quotes": [
        Q("Wind gusts reached 150 km/h at Cape Race", "Rodney Pardy-Keats", "says", "Rodney Pardy-Keats", "Environment Canada meteorologist", "indirect"),
        Q("This is about as strong as these storms get by the time they reach us,", "Pardy-Keats", "said", "Rodney Pardy-Keats", "Environment Canada meteorologist"),
        Q("the wharf lost a section of its deck", "Adrian O'Driscoll-Hynes", "says", "Adrian O'Driscoll-Hynes", "Mayor", "indirect"),
        Q("The fishermen were down there at four in the morning tying things down,", "he", "says", "Adrian O'Driscoll-Hynes", "Mayor"),
        Q("I have seen worse. Not much worse, mind you,", "Walsh", "says", "Bride Walsh"),
        Q("A post-tropical storm knocked out power to more than 60,000 customers on Newfoundland's Avalon Peninsula overnight", "Newfoundland Power", "according to", "Newfoundland Power", type="indirect", kind="organization", optional=True),
    ]},
    {"id": "w11h-04-calgary-herald-layoffs", "style": "Calgary Herald business, company statement by email, union, laid-off worker, analyst in an interview", "paragraphs": [
        "Suncor Energy Inc. will cut about 600 jobs at its oilsands operations north of Fort McMurray, the company confirmed Wednesday.",
        "In an email, Suncor spokesperson Erin Rees-Laflamme said the cuts were part of a plan to lower operating costs by $500 million.",
        "Unifor Local 707A president Jesse Tarrant-Beaulieu said the union had not been consulted. \"Our members found out from the news,\" he said.",
        "Heavy equipment operator Kayla Bourassa, who has worked at the base plant for 11 years, said she would look for work in Saskatchewan.",
        "\"This was supposed to be the stable part of the industry,\" said ATB Financial chief economist Mark Pettigrew in an interview.",
    ], "quotes": [
        Q("the cuts were part of a plan to lower operating costs by $500 million", "Erin Rees-Laflamme", "said", "Erin Rees-Laflamme", "Suncor spokesperson", "indirect"),
        Q("the union had not been consulted", "Jesse Tarrant-Beaulieu", "said", "Jesse Tarrant-Beaulieu", "Unifor Local 707A president", "indirect"),
        Q("Our members found out from the news,", "he", "said", "Jesse Tarrant-Beaulieu", "Unifor Local 707A president"),
        Q("she would look for work in Saskatchewan", "Kayla Bourassa", "said", "Kayla Bourassa", "Heavy equipment operator", "indirect"),
        Q("This was supposed to be the stable part of the industry,", "Mark Pettigrew", "said", "Mark Pettigrew", "ATB Financial chief economist"),
    ]},
    {"id": "w11h-05-cbc-quebec-school", "style": "CBC Quebec education, French-Canadian names, school service centre, said in French, parent", "paragraphs": [
        "MONTREAL — Parents at a Laval elementary school say their children have spent two winters in classrooms where the temperature dropped below 15 C.",
        "\"My son wears his coat all morning. He is seven,\" said Marie-Claude Lévesque-D'Anjou, whose son is in Grade 2 at École Sainte-Marguerite.",
        "The Centre de services scolaire de Laval said in a statement that a new boiler would be installed during the Christmas break.",
        "Teacher Jean-Sébastien Tremblay said his students had learned to keep their mittens in their desks. \"We make a game of it, but it is not a game,\" Tremblay said in French.",
        "Education Minister Bertrand Dufour-Côté told reporters in Quebec City that no child should be cold at school.",
    ], "quotes": [
        Q("their children have spent two winters in classrooms where the temperature dropped below 15 C", "Parents at a Laval elementary school", "say", "Parents at a Laval elementary school", type="indirect", kind="group"),
        Q("My son wears his coat all morning. He is seven,", "Marie-Claude Lévesque-D'Anjou", "said", "Marie-Claude Lévesque-D'Anjou"),
        Q("a new boiler would be installed during the Christmas break", "The Centre de services scolaire de Laval", "said", "Centre de services scolaire de Laval", type="indirect", kind="organization"),
        Q("his students had learned to keep their mittens in their desks", "Jean-Sébastien Tremblay", "said", "Jean-Sébastien Tremblay", "Teacher", "indirect"),
        Q("We make a game of it, but it is not a game,", "Tremblay", "said", "Jean-Sébastien Tremblay", "Teacher"),
        Q("no child should be cold at school", "Bertrand Dufour-Côté", "told", "Bertrand Dufour-Côté", "Education Minister", "indirect"),
    ]},
    {"id": "w11h-06-bbc-wales-council", "style": "BBC Wales local council, council leader, Cllr, a council spokesperson, resident, told BBC Wales", "paragraphs": [
        "Swansea council is to close three of its public toilets to save £120,000 a year.",
        "Council leader Rhodri Stewart-Evans said the authority faced \"impossible choices\" after years of cuts.",
        "Opposition councillor Gethin Holley-Price said the decision would hit older people hardest. \"If you cannot find a toilet, you do not go into town. It is as simple as that,\" he said.",
        "Gwen Pritchard, 76, from Sketty, told BBC Wales she now plans her shopping around the toilets at the library.",
        "A council spokesperson said businesses would be paid to open their toilets to the public under a community scheme.",
    ], "quotes": [
        Q("the authority faced \"impossible choices\" after years of cuts", "Rhodri Stewart-Evans", "said", "Rhodri Stewart-Evans", "Council leader", "mixed"),
        Q("the decision would hit older people hardest", "Gethin Holley-Price", "said", "Gethin Holley-Price", "Opposition councillor", "indirect"),
        Q("If you cannot find a toilet, you do not go into town. It is as simple as that,", "he", "said", "Gethin Holley-Price", "Opposition councillor"),
        Q("she now plans her shopping around the toilets at the library", "Gwen Pritchard", "told", "Gwen Pritchard", type="indirect"),
        Q("businesses would be paid to open their toilets to the public under a community scheme", "A council spokesperson", "said", "a council spokesperson", type="indirect"),
    ]},
    {"id": "w11h-07-herald-football-family", "style": "The Herald (Glasgow) football feature, father and daughter of one surname, first names, the 19-year-old", "paragraphs": [
        "Isla McGinley scored twice for Glasgow City on Sunday. Her father, Declan McGinley, watched from the same seat he has used for 30 years at Petershill Park.",
        "\"I used to bring her here when she was four. She would fall asleep on my shoulder by half-time,\" Declan said.",
        "Isla said she had not known her father was in the stand until after the match.",
        "\"He hides. He thinks he is bad luck,\" the 19-year-old said.",
        "Glasgow City manager Leanne Rossiter-Maguire said McGinley was \"the best finisher I have worked with\".",
    ], "quotes": [
        Q("I used to bring her here when she was four. She would fall asleep on my shoulder by half-time,", "Declan", "said", "Declan McGinley", "Her father"),
        Q("she had not known her father was in the stand until after the match", "Isla", "said", "Isla McGinley", type="indirect"),
        Q("He hides. He thinks he is bad luck,", "the 19-year-old", "said", "Isla McGinley"),
        Q("McGinley was \"the best finisher I have worked with\"", "Leanne Rossiter-Maguire", "said", "Leanne Rossiter-Maguire", "Glasgow City manager", "mixed"),
    ]},
    {"id": "w11h-08-bristol-science", "style": "Bristol Post / BBC science, university study, lead researcher, the research found, Prof", "paragraphs": [
        "Hedgehog numbers in Bristol's gardens have risen for the first time in two decades, according to a survey by the University of Bristol.",
        "\"It is a small rise, but it is a rise, and we have not been able to say that for a very long time,\" said Dr Anwen Lloyd-Okoro, who led the survey.",
        "Lloyd-Okoro said the increase was concentrated in neighbourhoods where residents had cut holes in their fences.",
        "Prof Graham Whitcombe, of the British Hedgehog Preservation Society, said the findings were encouraging but should be treated with caution. \"One good year is not a trend,\" he said.",
    ], "quotes": [
        Q("Hedgehog numbers in Bristol's gardens have risen for the first time in two decades", "a survey by the University of Bristol", "according to", "University of Bristol", type="indirect", kind="organization", optional=True),
        Q("It is a small rise, but it is a rise, and we have not been able to say that for a very long time,", "Dr Anwen Lloyd-Okoro", "said", "Anwen Lloyd-Okoro"),
        Q("the increase was concentrated in neighbourhoods where residents had cut holes in their fences", "Lloyd-Okoro", "said", "Anwen Lloyd-Okoro", type="indirect"),
        Q("the findings were encouraging but should be treated with caution", "Prof Graham Whitcombe", "said", "Graham Whitcombe", type="indirect"),
        Q("One good year is not a trend,", "he", "said", "Graham Whitcombe"),
    ]},
    {"id": "w11h-09-standard-arts-profile", "style": "Evening Standard arts profile, named once, the painter, surname, pronoun, a gallery statement", "paragraphs": [
        "Ravi Sandhu-Baptiste paints only at night, in a converted garage in Peckham.",
        "\"The light is honest at night. It does not flatter anything,\" says the painter, whose first solo show opens at the Whitechapel Gallery on Friday.",
        "Sandhu-Baptiste, 41, worked as a night-shift porter at King's College Hospital for 12 years.",
        "He says the hospital taught him to look at faces. \"You see people at their worst at three in the morning, and they are beautiful,\" he says.",
        "The Whitechapel said in a statement that the show had already drawn record advance bookings.",
    ], "quotes": [
        Q("The light is honest at night. It does not flatter anything,", "the painter", "says", "Ravi Sandhu-Baptiste", "painter"),
        Q("the hospital taught him to look at faces", "He", "says", "Ravi Sandhu-Baptiste", "painter", "indirect"),
        Q("You see people at their worst at three in the morning, and they are beautiful,", "he", "says", "Ravi Sandhu-Baptiste", "painter"),
        Q("the show had already drawn record advance bookings", "The Whitechapel", "said", "Whitechapel Gallery", type="indirect", kind="organization"),
    ]},
    {"id": "w11h-10-star-immigration-family", "style": "Toronto Star immigration, a family of one surname, translated by her son, in Punjabi, IRCC email, MP", "paragraphs": [
        "For three years, Gurpreet Kaur Dhillon has waited in Ludhiana for a visa to join her son in Brampton.",
        "\"She calls every night and asks if there is news. I have stopped answering the question,\" said her son, Harjot Dhillon, a truck driver.",
        "Speaking in Punjabi, with her son translating, Gurpreet Kaur Dhillon said she wanted to see her grandchildren before she died.",
        "Harjot says the family has spent $9,000 on applications and lawyers.",
        "Brampton East MP Navdeep Sidhu-Grewal said his office had raised the case with the department twice.",
        "In an email, Immigration, Refugees and Citizenship Canada said it could not comment on a specific case without the applicant's consent.",
    ], "quotes": [
        Q("She calls every night and asks if there is news. I have stopped answering the question,", "Harjot Dhillon", "said", "Harjot Dhillon", "truck driver"),
        Q("she wanted to see her grandchildren before she died", "Gurpreet Kaur Dhillon", "said", "Gurpreet Kaur Dhillon", type="indirect"),
        Q("the family has spent $9,000 on applications and lawyers", "Harjot", "says", "Harjot Dhillon", "truck driver", "indirect"),
        Q("his office had raised the case with the department twice", "Navdeep Sidhu-Grewal", "said", "Navdeep Sidhu-Grewal", "Brampton East MP", "indirect"),
        Q("it could not comment on a specific case without the applicant's consent", "Immigration, Refugees and Citizenship Canada", "said", "Immigration, Refugees and Citizenship Canada", type="indirect", kind="organization"),
    ]},
]
