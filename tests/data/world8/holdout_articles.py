"""Ten more articles of our own, written after the first world8 fixes and before running the pipeline on them, to
check that those fixes were not fitted to the probe: Welsh, Northern Irish, Canadian, Australian, New Zealand,
Singaporean, Malaysian, Kenyan and Indian styles. Gold by hand as in probe_articles.py."""

from probe_articles import Q

ARTICLES = [
    {"id": "w8h-01-wales", "style": "BBC Wales, MS post-nominal, First Minister, Cllr", "paragraphs": [
        "Plans to close three rural schools in Powys have been paused after a backlash from parents.",
        "Cllr Pete Roberts, the council's cabinet member for education, said: \"We have listened and we will look again at every option.\"",
        "Conservative Senedd member Russell George MS said the proposals had caused \"months of needless worry\".",
        "Headteacher Siân Pugh-Davies told BBC Wales the news was \"a huge relief\" for her pupils.",
        "\"The children can finally stop asking if their school will still be here next year,\" Ms Pugh-Davies said.",
        "Powys County Council said a new consultation would begin in the autumn.",
    ], "quotes": [
        Q("We have listened and we will look again at every option.", "Pete Roberts", "said", "Pete Roberts", "cabinet member for education"),
        Q("the proposals had caused \"months of needless worry\"", "Russell George", "said", "Russell George", "Conservative Senedd member", "mixed"),
        Q("the news was \"a huge relief\" for her pupils", "Siân Pugh-Davies", "told", "Siân Pugh-Davies", "Headteacher", "mixed"),
        Q("The children can finally stop asking if their school will still be here next year,", "Ms Pugh-Davies", "said", "Siân Pugh-Davies", "Headteacher"),
        Q("a new consultation would begin in the autumn", "Powys County Council", "said", "Powys County Council", type="indirect", kind="organization"),
    ]},
    {"id": "w8h-02-belfast", "style": "Belfast Telegraph, MLA, PSNI ranks without full stops", "paragraphs": [
        "A man has been charged after a petrol bomb was thrown at a house in north Belfast on Tuesday night.",
        "Det Ch Insp Louise Magee said it was \"a reckless and cowardly attack\" on a family with young children.",
        "\"It is only by sheer luck that nobody was seriously hurt,\" she added.",
        "Sinn Féin MLA Carál Ní Chuilín condemned the attack. \"There is no place for this in our community,\" she said.",
        "DUP MLA Phillip Brett said those responsible \"must face the full force of the law\".",
    ], "quotes": [
        Q("it was \"a reckless and cowardly attack\" on a family with young children", "Louise Magee", "said", "Louise Magee", "Det Ch Insp", "mixed"),
        Q("It is only by sheer luck that nobody was seriously hurt,", "she", "added", "Louise Magee", "Det Ch Insp"),
        Q("There is no place for this in our community,", "she", "said", "Carál Ní Chuilín", "Sinn Féin MLA"),
        Q("those responsible \"must face the full force of the law\"", "Phillip Brett", "said", "Phillip Brett", "DUP MLA", "mixed"),
    ]},
    {"id": "w8h-03-manitoba", "style": "CBC Manitoba, Grand Chief, MLA, says", "paragraphs": [
        "Manitoba's premier says the province will pay for a new all-weather road to two fly-in First Nations in the north.",
        "\"This road has been promised for 30 years. We're going to build it,\" Premier Wab Kinew told reporters on Monday.",
        "Grand Chief Garrison Settee of Manitoba Keewatinowi Okimakanak welcomed the announcement but said the communities needed a firm start date.",
        "\"Our people have heard promises before,\" Settee said in an interview with CBC News.",
        "Progressive Conservative MLA Wayne Balcaen questioned the cost. \"Where is the money coming from?\" he asked.",
    ], "quotes": [
        Q("the province will pay for a new all-weather road to two fly-in First Nations in the north", "Manitoba's premier", "says", "Wab Kinew", "Premier", "indirect"),
        Q("This road has been promised for 30 years. We're going to build it,", "Wab Kinew", "told", "Wab Kinew", "Premier"),
        Q("the communities needed a firm start date", "Garrison Settee", "said", "Garrison Settee", "Grand Chief", "indirect"),
        Q("Our people have heard promises before,", "Settee", "said", "Garrison Settee", "Grand Chief"),
        Q("Where is the money coming from?", "he", "asked", "Wayne Balcaen", "Progressive Conservative MLA"),
    ]},
    {"id": "w8h-04-brisbane", "style": "ABC Queensland, AO post-nominal, Dr, says, single quote marks", "paragraphs": [
        "Queensland's chief health officer says the state is facing its worst flu season in a decade.",
        "'We are seeing children in intensive care who would not normally be there,' Dr John Gerrard said.",
        "Professor Fiona Stanley AO, a child health researcher, said free vaccines for under-fives should be made permanent.",
        "'It is the cheapest thing we can do to keep kids out of hospital,' Professor Stanley said.",
        "Health Minister Tim Nicholls said the government would consider the advice.",
    ], "quotes": [
        Q("the state is facing its worst flu season in a decade", "Queensland's chief health officer", "says", "John Gerrard", "chief health officer", "indirect"),
        Q("We are seeing children in intensive care who would not normally be there,", "Dr John Gerrard", "said", "John Gerrard", "chief health officer"),
        Q("free vaccines for under-fives should be made permanent", "Fiona Stanley", "said", "Fiona Stanley", "child health researcher", "indirect"),
        Q("It is the cheapest thing we can do to keep kids out of hospital,", "Professor Stanley", "said", "Fiona Stanley", "child health researcher"),
        Q("the government would consider the advice", "Tim Nicholls", "said", "Tim Nicholls", "Health Minister", "indirect"),
    ]},
    {"id": "w8h-05-wellington", "style": "Stuff NZ, Mr without full stop, te reo names, told Stuff", "paragraphs": [
        "Prime Minister Christopher Luxon has ruled out a capital gains tax while he leads the National Party.",
        "\"Not on my watch,\" Mr Luxon told reporters at Parliament.",
        "Labour finance spokesperson Barbara Edmonds said the Government was \"running out of excuses\".",
        "Economist Shamubeel Eaqub told Stuff the tax system relied too heavily on income earners.",
        "\"We tax work and we don't tax wealth, and that's a choice,\" Eaqub said.",
    ], "quotes": [
        Q("Not on my watch,", "Mr Luxon", "told", "Christopher Luxon", "Prime Minister"),
        Q("the Government was \"running out of excuses\"", "Barbara Edmonds", "said", "Barbara Edmonds", "Labour finance spokesperson", "mixed"),
        Q("the tax system relied too heavily on income earners", "Shamubeel Eaqub", "told", "Shamubeel Eaqub", "Economist", "indirect"),
        Q("We tax work and we don't tax wealth, and that's a choice,", "Eaqub", "said", "Shamubeel Eaqub", "Economist"),
    ]},
    {"id": "w8h-06-singapore", "style": "Straits Times, surname-first Chinese names, Mr/Ms, Dr", "paragraphs": [
        "Singapore will raise the retirement age to 65 by 2030, Manpower Minister Tan See Leng said on Wednesday.",
        "Dr Tan said older workers were \"a vital part of our workforce\" and employers had to adapt.",
        "\"We cannot afford to lose their experience,\" he told the Straits Times.",
        "National Trades Union Congress secretary-general Ng Chee Meng said unions supported the move.",
        "Ms Goh Hui Min, who runs a logistics firm in Jurong, said small businesses would need help with retraining costs.",
    ], "quotes": [
        Q("Singapore will raise the retirement age to 65 by 2030", "Tan See Leng", "said", "Tan See Leng", "Manpower Minister", "indirect"),
        Q("older workers were \"a vital part of our workforce\" and employers had to adapt", "Dr Tan", "said", "Tan See Leng", "Manpower Minister", "mixed"),
        Q("We cannot afford to lose their experience,", "he", "told", "Tan See Leng", "Manpower Minister"),
        Q("unions supported the move", "Ng Chee Meng", "said", "Ng Chee Meng", "National Trades Union Congress secretary-general", "indirect"),
        Q("small businesses would need help with retraining costs", "Goh Hui Min", "said", "Goh Hui Min", None, "indirect"),
    ]},
    {"id": "w8h-07-kuala-lumpur", "style": "Reuters, Malay names with bin, Datuk, Tan Sri", "paragraphs": [
        "KUALA LUMPUR (Reuters) - Malaysia will cut fuel subsidies in stages from next year, Prime Minister Anwar Ibrahim said on Friday.",
        "\"The rich should not be enjoying subsidies meant for the poor,\" Anwar told parliament.",
        "Economy Minister Rafizi Ramli said the savings would be used to raise cash handouts to low-income households.",
        "Opposition leader Hamzah bin Zainudin said the government was \"breaking its promises\".",
        "\"Ordinary Malaysians will pay more at the pump,\" Hamzah said.",
    ], "quotes": [
        Q("Malaysia will cut fuel subsidies in stages from next year", "Anwar Ibrahim", "said", "Anwar Ibrahim", "Prime Minister", "indirect"),
        Q("The rich should not be enjoying subsidies meant for the poor,", "Anwar", "told", "Anwar Ibrahim", "Prime Minister"),
        Q("the savings would be used to raise cash handouts to low-income households", "Rafizi Ramli", "said", "Rafizi Ramli", "Economy Minister", "indirect"),
        Q("the government was \"breaking its promises\"", "Hamzah bin Zainudin", "said", "Hamzah bin Zainudin", "Opposition leader", "mixed"),
        Q("Ordinary Malaysians will pay more at the pump,", "Hamzah", "said", "Hamzah bin Zainudin", "Opposition leader"),
    ]},
    {"id": "w8h-08-nairobi", "style": "AP Africa, wire, CS, told The Associated Press", "paragraphs": [
        "NAIROBI, Kenya (AP) — Kenya's government on Thursday withdrew a proposed tax on bread and cooking oil after days of protests.",
        "Finance Cabinet Secretary John Mbadi said the decision showed that \"the government listens to its people.\"",
        "Protest organiser Hanifa Adan told The Associated Press that young Kenyans would keep demonstrating until the whole finance bill was scrapped.",
        "\"This is one small step, not a victory,\" she said.",
    ], "quotes": [
        Q("the decision showed that \"the government listens to its people.\"", "John Mbadi", "said", "John Mbadi", "Finance Cabinet Secretary", "mixed"),
        Q("young Kenyans would keep demonstrating until the whole finance bill was scrapped", "Hanifa Adan", "told", "Hanifa Adan", "Protest organiser", "indirect"),
        Q("This is one small step, not a victory,", "she", "said", "Hanifa Adan", "Protest organiser"),
    ]},
    {"id": "w8h-09-mumbai", "style": "Times of India, initials, Mr. with full stop, according to", "paragraphs": [
        "MUMBAI: The Brihanmumbai Municipal Corporation will demolish 40 illegal hoardings along the Eastern Express Highway, municipal commissioner Bhushan Gagrani said on Monday.",
        "\"Public safety cannot be compromised for advertising revenue,\" Mr. Gagrani said.",
        "According to civic officials, notices were served on the owners in March.",
        "Advertisers' association president R.K. Menon said the civic body had given them \"no time to respond\".",
    ], "quotes": [
        Q("The Brihanmumbai Municipal Corporation will demolish 40 illegal hoardings along the Eastern Express Highway", "Bhushan Gagrani", "said", "Bhushan Gagrani", "municipal commissioner", "indirect"),
        Q("Public safety cannot be compromised for advertising revenue,", "Mr. Gagrani", "said.", "Bhushan Gagrani", "municipal commissioner"),
        Q("notices were served on the owners in March", "civic officials", "According to", "civic officials", type="indirect", kind="group"),
        Q("the civic body had given them \"no time to respond\"", "R.K. Menon", "said", "R.K. Menon", "Advertisers' association president", "mixed"),
    ]},
    {"id": "w8h-10-london-court", "style": "Guardian, KC and QC, Mr Justice, Dame", "paragraphs": [
        "A High Court judge has ruled that the government's decision to cut legal aid for housing cases was unlawful.",
        "Mr Justice Colin Ferris said ministers had failed to consider the impact on \"some of the poorest tenants in the country\".",
        "Dame Victoria Hart KC, representing the Law Society, said the ruling was \"a victory for access to justice\".",
        "The Ministry of Justice said it was disappointed and would consider an appeal.",
        "\"Without a lawyer, a tenant facing eviction is on their own,\" said Marcus Olufemi, a housing solicitor in Lewisham.",
    ], "quotes": [
        Q("ministers had failed to consider the impact on \"some of the poorest tenants in the country\"", "Colin Ferris", "said", "Colin Ferris", None, "mixed"),
        Q("the ruling was \"a victory for access to justice\"", "Victoria Hart", "said", "Victoria Hart", None, "mixed"),
        Q("it was disappointed and would consider an appeal", "The Ministry of Justice", "said", "Ministry of Justice", type="indirect", kind="organization"),
        Q("Without a lawyer, a tenant facing eviction is on their own,", "Marcus Olufemi", "said", "Marcus Olufemi", "housing solicitor in Lewisham"),
    ]},
]
