"""Ten more articles of our own (invented people and events), written after the first world9 fixes and before
running the pipeline on them, to check that those fixes were not fitted to the probe: Nunavut, Bank of Canada,
Winnipeg police, Nova Scotia legislature, Home Office, High Court, a FTSE company, Premier League, London transport
and a Canadian Press feature. Gold by hand as in probe_articles.py."""

from probe_articles import Q

ARTICLES = [
    {"id": "w9h-01-nunavut", "style": "CBC North, MLA for a riding, Inuktitut names, in an interview with CBC Nunavut", "paragraphs": [
        "IQALUIT — Nunavut will build 300 new public housing units over the next three years, Housing Minister Lorne Kusugak announced Wednesday.",
        "\"Families are living three generations to a house. That is not acceptable in 2025,\" Kusugak said in the legislative assembly.",
        "Adam Arreak Lightstone, the MLA for Iqaluit-Manirajak, said the plan did not go far enough.",
        "\"Three hundred units is a start, but the wait list is more than 3,000 names long,\" he said in an interview with CBC Nunavut.",
        "Elisapee Ootoova, who has waited six years for a unit in Pond Inlet, says she will believe it when she sees it.",
    ], "quotes": [
        Q("Nunavut will build 300 new public housing units over the next three years", "Lorne Kusugak", "announced", "Lorne Kusugak", "Housing Minister", "indirect"),
        Q("Families are living three generations to a house. That is not acceptable in 2025,", "Kusugak", "said", "Lorne Kusugak", "Housing Minister"),
        Q("the plan did not go far enough", "Adam Arreak Lightstone", "said", "Adam Arreak Lightstone", "MLA for Iqaluit-Manirajak", "indirect"),
        Q("Three hundred units is a start, but the wait list is more than 3,000 names long,", "he", "said", "Adam Arreak Lightstone", "MLA for Iqaluit-Manirajak"),
        Q("she will believe it when she sees it", "Elisapee Ootoova", "says", "Elisapee Ootoova", type="indirect"),
    ]},
    {"id": "w9h-02-bank-of-canada", "style": "Globe and Mail business, Governor, economists at a bank, in a speech", "paragraphs": [
        "The Bank of Canada held its key interest rate at 2.75 per cent on Wednesday and signalled that further cuts were possible if tariffs hit the economy harder than expected.",
        "\"We are prepared to act decisively if the outlook deteriorates,\" Governor Martine Leduc-Dubois told reporters in Ottawa.",
        "Ms. Leduc-Dubois said inflation had stayed close to the bank's 2-per-cent target for most of the year.",
        "Economists at Desjardins said they expected one more cut before Christmas.",
        "\"The bank is keeping its powder dry,\" said Omar Haddad-Singh, chief economist at Meridian Credit Union. \"It wants to see the trade numbers first.\"",
    ], "quotes": [
        Q("further cuts were possible if tariffs hit the economy harder than expected", "The Bank of Canada", "signalled", "Bank of Canada", type="indirect", kind="organization", optional=True),
        Q("We are prepared to act decisively if the outlook deteriorates,", "Martine Leduc-Dubois", "told", "Martine Leduc-Dubois", "Governor"),
        Q("inflation had stayed close to the bank's 2-per-cent target for most of the year", "Ms. Leduc-Dubois", "said", "Martine Leduc-Dubois", "Governor", "indirect"),
        Q("they expected one more cut before Christmas", "Economists at Desjardins", "said", "Economists at Desjardins", type="indirect", kind="group"),
        Q(["The bank is keeping its powder dry,", "It wants to see the trade numbers first."], "Omar Haddad-Singh", "said", "Omar Haddad-Singh", "chief economist at Meridian Credit Union"),
    ]},
    {"id": "w9h-03-winnipeg-police", "style": "Winnipeg Free Press, police Const./Sgt., the 31-year-old, told reporters", "paragraphs": [
        "A Winnipeg man has been charged with arson after a fire destroyed a vacant rooming house on Furby Street early Saturday.",
        "Const. Dani McKinnon said no one was inside the building when crews arrived, but two neighbouring homes were damaged.",
        "\"We're very lucky this didn't end in a tragedy,\" Sgt. Wayne Kaminski told reporters on Sunday.",
        "Kaminski said the accused, a 31-year-old man, was arrested a block away.",
        "Neighbour Priya Ramdial, 44, said she woke up to the sound of windows breaking. \"The whole sky was orange,\" the mother of three said.",
    ], "quotes": [
        Q("no one was inside the building when crews arrived, but two neighbouring homes were damaged", "Dani McKinnon", "said", "Dani McKinnon", "Const.", "indirect"),
        Q("We're very lucky this didn't end in a tragedy,", "Wayne Kaminski", "told", "Wayne Kaminski", "Sgt."),
        Q("the accused, a 31-year-old man, was arrested a block away", "Kaminski", "said", "Wayne Kaminski", "Sgt.", "indirect"),
        Q("she woke up to the sound of windows breaking", "Priya Ramdial", "said", "Priya Ramdial", "Neighbour", "indirect"),
        Q("The whole sky was orange,", "the mother of three", "said", "Priya Ramdial", "Neighbour"),
    ]},
    {"id": "w9h-04-ns-legislature", "style": "Chronicle Herald, Premier, Liberal Leader, MLA, N.S.", "paragraphs": [
        "Nova Scotia Premier Colin Fraser-MacLean says the province will not sell its stake in the Trans Cabot Energy line, despite a $2-billion offer from a Calgary company.",
        "\"This line belongs to Nova Scotians, and it is going to stay that way,\" Fraser-MacLean told the legislature on Thursday.",
        "Liberal Leader Yvonne d'Entremont said the premier should have put the offer to a public vote.",
        "NDP MLA Kendra Coombes-Fitzgerald, who represents Cape Breton Centre-Whitney Pier, called the offer \"a fire sale.\"",
        "Energy Minister Tory Rushton said in a statement that the government would release the offer's details next week.",
    ], "quotes": [
        Q("the province will not sell its stake in the Trans Cabot Energy line", "Colin Fraser-MacLean", "says", "Colin Fraser-MacLean", "Nova Scotia Premier", "indirect"),
        Q("This line belongs to Nova Scotians, and it is going to stay that way,", "Fraser-MacLean", "told", "Colin Fraser-MacLean", "Nova Scotia Premier"),
        Q("the premier should have put the offer to a public vote", "Yvonne d'Entremont", "said", "Yvonne d'Entremont", "Liberal Leader", "indirect"),
        Q("the offer \"a fire sale.\"", "Kendra Coombes-Fitzgerald", "called", "Kendra Coombes-Fitzgerald", "NDP MLA", "mixed"),
        Q("the government would release the offer's details next week", "Tory Rushton", "said", "Tory Rushton", "Energy Minister", "indirect"),
    ]},
    {"id": "w9h-05-home-office", "style": "ITV News, a Home Office spokesperson, the former minister, told ITV News, Sir", "paragraphs": [
        "The Home Secretary has said that asylum hotels will close by the end of next year, as the government faces pressure over the cost of housing migrants.",
        "Speaking in Dover, Shabana Mahmood-Clarke said: ‘We inherited a broken system and we are fixing it, one hotel at a time.’",
        "A Home Office spokesperson said more than 40 hotels had already been returned to normal use.",
        "The former immigration minister Sir Robert Goodwill-Hayes told ITV News the target was ‘wildly optimistic’.",
        "‘Every home secretary for ten years has promised this,’ the Conservative peer said.",
    ], "quotes": [
        Q("asylum hotels will close by the end of next year", "The Home Secretary", "has said", "Shabana Mahmood-Clarke", "Home Secretary", "indirect"),
        Q("We inherited a broken system and we are fixing it, one hotel at a time.", "Shabana Mahmood-Clarke", "said", "Shabana Mahmood-Clarke", "Home Secretary"),
        Q("more than 40 hotels had already been returned to normal use", "A Home Office spokesperson", "said", "a Home Office spokesperson", type="indirect"),
        Q("the target was ‘wildly optimistic’", "Sir Robert Goodwill-Hayes", "told", "Robert Goodwill-Hayes", "former immigration minister", "mixed"),
        Q("Every home secretary for ten years has promised this,", "the Conservative peer", "said", "Robert Goodwill-Hayes", "former immigration minister"),
    ]},
    {"id": "w9h-06-high-court", "style": "Guardian law, Mr Justice, KC counsel told the court, the judge said", "paragraphs": [
        "A property developer has lost a high court bid to stop a council from seizing land for a new school in Birmingham.",
        "Mr Justice Andrew Fenwick said the council had acted lawfully and that the need for school places was ‘pressing and obvious’.",
        "Counsel for the developer, Nadia Rahimi KC, told the court her client had been offered ‘a fraction of the land’s true value’.",
        "The judge said compensation would be decided separately by the lands tribunal.",
        "Birmingham city council said it was pleased with the ruling and building work would start in the spring.",
    ], "quotes": [
        Q("the council had acted lawfully and that the need for school places was ‘pressing and obvious’", "Andrew Fenwick", "said", "Andrew Fenwick", "Mr Justice", "mixed"),
        Q("her client had been offered ‘a fraction of the land’s true value’", "Nadia Rahimi", "told", "Nadia Rahimi", "Counsel for the developer", "mixed"),
        Q("compensation would be decided separately by the lands tribunal", "The judge", "said", "Andrew Fenwick", "Mr Justice", "indirect"),
        Q("it was pleased with the ruling and building work would start in the spring", "Birmingham city council", "said", "Birmingham city council", type="indirect", kind="organization"),
    ]},
    {"id": "w9h-07-ftse", "style": "The Times business, the FTSE 100 company said, chief executive, analysts at", "paragraphs": [
        "Shares in Harrowgate Foods fell 12 per cent after the supermarket supplier warned that profits would be lower than expected this year.",
        "The FTSE 100 company said in a statement that higher wage costs and a wet summer had hit sales of salads and soft fruit.",
        "Its chief executive, Fiona McAllister-Grant, said: ‘This has been a difficult six months, but the business is fundamentally strong.’",
        "Analysts at Peel Hunt said the warning was ‘the third in eighteen months’ and cut their price target.",
        "‘Investors have run out of patience,’ said Tom Okonedo, a fund manager at Aberdeen.",
    ], "quotes": [
        Q("profits would be lower than expected this year", "the supermarket supplier", "warned", "Harrowgate Foods", type="indirect", kind="organization"),
        Q("higher wage costs and a wet summer had hit sales of salads and soft fruit", "The FTSE 100 company", "said", "Harrowgate Foods", type="indirect", kind="organization"),
        Q("This has been a difficult six months, but the business is fundamentally strong.", "Fiona McAllister-Grant", "said", "Fiona McAllister-Grant", "chief executive"),
        Q("the warning was ‘the third in eighteen months’", "Analysts at Peel Hunt", "said", "Analysts at Peel Hunt", type="mixed", kind="group"),
        Q("Investors have run out of patience,", "Tom Okonedo", "said", "Tom Okonedo", "fund manager at Aberdeen"),
    ]},
    {"id": "w9h-08-premier-league", "style": "Guardian football, the Dutchman, the Liverpool manager, speaking to Match of the Day", "paragraphs": [
        "Liverpool head coach Ruud Vermeulen insisted his side were ‘still in the race’ after a 2-2 draw with Aston Villa left them six points off the top.",
        "‘We conceded two goals from set pieces, and that cannot happen at this level,’ the Dutchman said.",
        "Villa manager Óscar Benítez-Lara praised his players’ character. ‘To come back twice at Anfield says everything about this group,’ he told Match of the Day.",
        "The former Liverpool captain Jordan Henley, speaking on Sky Sports, said the title was ‘slipping away’.",
    ], "quotes": [
        Q("his side were ‘still in the race’", "Ruud Vermeulen", "insisted", "Ruud Vermeulen", "Liverpool head coach", "mixed"),
        Q("We conceded two goals from set pieces, and that cannot happen at this level,", "the Dutchman", "said", "Ruud Vermeulen", "Liverpool head coach"),
        Q("To come back twice at Anfield says everything about this group,", "he", "told", "Óscar Benítez-Lara", "Villa manager"),
        Q("the title was ‘slipping away’", "Jordan Henley", "said", "Jordan Henley", "former Liverpool captain", "mixed"),
    ]},
    {"id": "w9h-09-london-transport", "style": "Evening Standard, Mayor of London, a TfL spokesperson, RMT general secretary", "paragraphs": [
        "Tube drivers on four lines will walk out for 24 hours next Thursday in a row over weekend rosters, the RMT union has announced.",
        "RMT general secretary Eddie Dempsey-Ward said: ‘Our members have been left with no choice. Management has refused to talk.’",
        "A TfL spokesperson said the strike was ‘completely unnecessary’ and urged the union to return to talks.",
        "The Mayor of London, Sadia Qureshi, said she was ‘deeply disappointed’ and that Londoners deserved better.",
    ], "quotes": [
        Q("Tube drivers on four lines will walk out for 24 hours next Thursday in a row over weekend rosters", "the RMT union", "has announced", "RMT", type="indirect", kind="organization"),
        Q("Our members have been left with no choice. Management has refused to talk.", "Eddie Dempsey-Ward", "said", "Eddie Dempsey-Ward", "RMT general secretary"),
        Q("the strike was ‘completely unnecessary’", "A TfL spokesperson", "said", "a TfL spokesperson", type="mixed"),
        Q("she was ‘deeply disappointed’ and that Londoners deserved better", "Sadia Qureshi", "said", "Sadia Qureshi", "Mayor of London", "mixed"),
    ]},
    {"id": "w9h-10-cp-feature", "style": "Canadian Press feature, says, Ont., multi-paragraph quote, told The Canadian Press", "paragraphs": [
        "KINGSTON, Ont. — Marguerite Osei-Lambert has taught French immersion for 27 years, and she says she has never seen a shortage like this one.",
        "\"We have classes with no teacher at all for weeks at a time,\" says Osei-Lambert, who teaches Grade 5 at a school in Kingston, Ont. \"The kids notice. They notice everything.",
        "\"Some of them are starting to think French just isn't important.\"",
        "The Ontario English Catholic Teachers' Association says about one in ten immersion positions in the province is unfilled.",
        "Education Minister Paul Calandra-Ricci told The Canadian Press the government was recruiting teachers from France and Belgium.",
    ], "quotes": [
        Q("she has never seen a shortage like this one", "she", "says", "Marguerite Osei-Lambert", type="indirect"),
        Q(["We have classes with no teacher at all for weeks at a time,", "The kids notice. They notice everything.\n\n\"Some of them are starting to think French just isn't important."], "Osei-Lambert", "says", "Marguerite Osei-Lambert"),
        Q("about one in ten immersion positions in the province is unfilled", "The Ontario English Catholic Teachers' Association", "says", "Ontario English Catholic Teachers' Association", type="indirect", kind="organization"),
        Q("the government was recruiting teachers from France and Belgium", "Paul Calandra-Ricci", "told", "Paul Calandra-Ricci", "Education Minister", "indirect"),
    ]},
]
