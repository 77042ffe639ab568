"""Ten short political and parliamentary articles written for this probe (none is a real report; the people in them
are invented except a few public figures named as their country's news would name them), in Canadian (question period,
Queen's Park, the B.C. and Quebec legislatures, a committee, an auditor general, a campaign stop) and British (PMQs,
shadow ministers, No 10 and Labour sources, Holyrood, the Senedd, the House of Lords) styles, with their gold quotes by
hand following ../shared/eval/FORMAT.md and NAMES.md. Each quote: content pieces (quote marks are added when they
stand next to a piece), the nearest source and cue."""


def Q(content, source, cue, speaker, role=None, type="direct", kind="person", optional=False):
    return {"content": [content] if isinstance(content, str) else content, "source": source, "cue": cue,
            "speaker": speaker, "role": role, "type": type, "kind": kind, "optional": optional}


ARTICLES = [
    {"id": "w10-01-question-period", "style": "CBC politics, question period, shot back, told the Commons, email statement", "paragraphs": [
        "OTTAWA — The Conservatives and the Liberals traded blows over grocery prices on Wednesday as the House of Commons returned from its winter break.",
        "\"Canadians are eating less because this government taxed their food,\" Conservative Leader Pierre Poilievre said in question period.",
        "Finance Minister Héloïse Tremblay-Akande shot back that the Conservatives had voted against every measure to lower costs.",
        "\"The member opposite can shout all he likes, but the facts are on the record,\" Tremblay-Akande told the Commons.",
        "NDP MP Gordon Ashworth, who represents Timmins—James Bay, said both parties were ignoring the grocery chains' profits.",
        "A spokesperson for the minister's office said in an email that new rules on unit pricing would be tabled before the summer.",
    ], "quotes": [
        Q("Canadians are eating less because this government taxed their food,", "Pierre Poilievre", "said", "Pierre Poilievre", "Conservative Leader"),
        Q("the Conservatives had voted against every measure to lower costs", "Héloïse Tremblay-Akande", "shot back", "Héloïse Tremblay-Akande", "Finance Minister", "indirect"),
        Q("The member opposite can shout all he likes, but the facts are on the record,", "Tremblay-Akande", "told", "Héloïse Tremblay-Akande", "Finance Minister"),
        Q("both parties were ignoring the grocery chains' profits", "Gordon Ashworth", "said", "Gordon Ashworth", "NDP MP", "indirect"),
        Q("new rules on unit pricing would be tabled before the summer", "A spokesperson for the minister's office", "said", "a spokesperson for the minister's office", type="indirect"),
    ]},
    {"id": "w10-02-queens-park", "style": "Toronto Star, Queen's Park, MPP, NDP critic for housing, told reporters", "paragraphs": [
        "Ontario's housing minister is facing calls to resign after a report from the province's integrity commissioner found he had discussed a zoning change with a donor.",
        "\"I have done nothing wrong, and I will keep working for the people of this province,\" Housing Minister Randall Keough told reporters at Queen's Park on Monday.",
        "The NDP critic for housing, Anjali Raghunathan, said the minister had \"lost the trust of Ontarians.\"",
        "\"If he will not go, the premier should show him the door,\" said Raghunathan, the MPP for Hamilton Centre.",
        "Green Party Leader Mike Schreiner said the province needed a lobbying registry with real teeth.",
        "The integrity commissioner wrote that Keough had shown \"a serious lapse in judgment\" but had not broken the law.",
    ], "quotes": [
        Q("I have done nothing wrong, and I will keep working for the people of this province,", "Randall Keough", "told", "Randall Keough", "Housing Minister"),
        Q("the minister had \"lost the trust of Ontarians.\"", "Anjali Raghunathan", "said", "Anjali Raghunathan", "NDP critic for housing", "mixed"),
        Q("If he will not go, the premier should show him the door,", "Raghunathan", "said", "Anjali Raghunathan", "MPP for Hamilton Centre"),
        Q("the province needed a lobbying registry with real teeth", "Mike Schreiner", "said", "Mike Schreiner", "Green Party Leader", "indirect"),
        Q("Keough had shown \"a serious lapse in judgment\" but had not broken the law", "The integrity commissioner", "wrote", "integrity commissioner", "integrity commissioner", "mixed"),
    ]},
    {"id": "w10-03-auditor-general", "style": "Global News, auditor general report, the report found, told the committee", "paragraphs": [
        "The federal government paid out $410 million in pandemic wage subsidies to companies that were not eligible, according to a report by Auditor General Karen Hogan released Tuesday.",
        "The report found that the Canada Revenue Agency had not checked most claims before paying them.",
        "\"The agency chose speed over control, and it has not gone back to recover the money,\" Hogan told reporters in Ottawa.",
        "Appearing before the public accounts committee later in the day, CRA commissioner Bob Hamilton said the agency had begun reviewing 12,000 files.",
        "\"We accept the findings and we are acting on them,\" Hamilton told the committee.",
        "Conservative MP Lisette Dufour-Mbeki, the party's critic for ethics, said the report showed \"a culture of carelessness with public money.\"",
    ], "quotes": [
        Q("The federal government paid out $410 million in pandemic wage subsidies to companies that were not eligible", "a report by Auditor General Karen Hogan", "according to", "Karen Hogan", "Auditor General", "indirect", optional=True),
        Q("the Canada Revenue Agency had not checked most claims before paying them", "The report", "found", "Karen Hogan", "Auditor General", "indirect"),
        Q("The agency chose speed over control, and it has not gone back to recover the money,", "Hogan", "told", "Karen Hogan", "Auditor General"),
        Q("the agency had begun reviewing 12,000 files", "Bob Hamilton", "said", "Bob Hamilton", "CRA commissioner", "indirect"),
        Q("We accept the findings and we are acting on them,", "Hamilton", "told", "Bob Hamilton", "CRA commissioner"),
        Q("the report showed \"a culture of carelessness with public money.\"", "Lisette Dufour-Mbeki", "said", "Lisette Dufour-Mbeki", "Conservative MP", "mixed"),
    ]},
    {"id": "w10-04-bc-legislature", "style": "Vancouver Sun, B.C. legislature, MLA, Premier David Eby, Opposition critic", "paragraphs": [
        "VICTORIA — Premier David Eby defended his government's plan to cap rents on Thursday, saying landlords had been warned for two years.",
        "\"Nobody should be surprised by this. We said exactly what we would do,\" Eby said during question period in the legislature.",
        "BC United MLA Trevor Halvorsen, the Opposition critic for housing, said the cap would drive small landlords out of the market.",
        "\"You cannot build your way out of a shortage by punishing the people who build,\" Halvorsen said.",
        "Kelowna West MLA Priyanka Sandhu-Walsh said she had heard from dozens of seniors who rent out basement suites.",
    ], "quotes": [
        Q("landlords had been warned for two years", "David Eby", "saying", "David Eby", "Premier", "indirect"),
        Q("Nobody should be surprised by this. We said exactly what we would do,", "Eby", "said", "David Eby", "Premier"),
        Q("the cap would drive small landlords out of the market", "Trevor Halvorsen", "said", "Trevor Halvorsen", "BC United MLA", "indirect"),
        Q("You cannot build your way out of a shortage by punishing the people who build,", "Halvorsen", "said", "Trevor Halvorsen", "BC United MLA"),
        Q("she had heard from dozens of seniors who rent out basement suites", "Priyanka Sandhu-Walsh", "said", "Priyanka Sandhu-Walsh", "Kelowna West MLA", "indirect"),
    ]},
    {"id": "w10-05-quebec-mna", "style": "Montreal Gazette, National Assembly, MNA, Parti Québécois leader, in French", "paragraphs": [
        "QUEBEC — The Coalition Avenir Québec government will table a bill this fall to limit the number of temporary foreign workers in Montreal, Immigration Minister Jean-François Roberge said Friday.",
        "\"Montreal has reached the limit of what it can absorb,\" Roberge told reporters at the National Assembly.",
        "Parti Québécois Leader Paul St-Pierre Plamondon said the bill did not go far enough.",
        "Liberal MNA Jennifer Maccarone, who represents Westmount–Saint-Louis, accused the government of blaming newcomers for its own failures.",
        "\"This is a government that has run out of ideas,\" Maccarone said.",
    ], "quotes": [
        Q("The Coalition Avenir Québec government will table a bill this fall to limit the number of temporary foreign workers in Montreal", "Jean-François Roberge", "said", "Jean-François Roberge", "Immigration Minister", "indirect"),
        Q("Montreal has reached the limit of what it can absorb,", "Roberge", "told", "Jean-François Roberge", "Immigration Minister"),
        Q("the bill did not go far enough", "Paul St-Pierre Plamondon", "said", "Paul St-Pierre Plamondon", "Parti Québécois Leader", "indirect"),
        Q("This is a government that has run out of ideas,", "Maccarone", "said", "Jennifer Maccarone", "Liberal MNA"),
    ]},
    {"id": "w10-06-campaign-stop", "style": "Canadian Press campaign trail, campaign stop, party leader, spokesperson", "paragraphs": [
        "BRAMPTON, Ont. — On the second day of the federal election campaign, Liberal Leader Mark Carney promised to double the number of apprenticeships in the skilled trades.",
        "\"If you want to build homes, you need people who know how to build them,\" Carney said at a campaign stop at a union training centre.",
        "Speaking in Surrey, B.C., NDP Leader Jagmeet Singh said the promise was \"a copy of what we proposed last spring.\"",
        "Conservative campaign spokesperson Sebastian Skamski said in a statement that the Liberals could not be trusted on jobs.",
    ], "quotes": [
        Q("to double the number of apprenticeships in the skilled trades", "Mark Carney", "promised", "Mark Carney", "Liberal Leader", "indirect", optional=True),
        Q("If you want to build homes, you need people who know how to build them,", "Carney", "said", "Mark Carney", "Liberal Leader"),
        Q("the promise was \"a copy of what we proposed last spring.\"", "Jagmeet Singh", "said", "Jagmeet Singh", "NDP Leader", "mixed"),
        Q("the Liberals could not be trusted on jobs", "Sebastian Skamski", "said", "Sebastian Skamski", "Conservative campaign spokesperson", "indirect"),
    ]},
    {"id": "w10-07-pmqs", "style": "Guardian politics, PMQs, the Tory leader, told MPs, a No 10 source, Labour sources said", "paragraphs": [
        "Keir Starmer and Kemi Badenoch clashed over immigration figures at prime minister's questions, as new data showed net migration had fallen by a third.",
        "The Tory leader said the government had \"lost control of the Channel\" and demanded the prime minister apologise.",
        "Starmer told MPs: ‘The party opposite left us a broken asylum system, and we are fixing it.’",
        "A No 10 source said the prime minister had been \"frustrated\" by the tone of the exchanges.",
        "Labour sources said the whips were worried about a rebellion on the welfare bill next week.",
        "The shadow home secretary, Chris Philp, said the figures were \"spin dressed up as success\".",
    ], "quotes": [
        Q("the government had \"lost control of the Channel\"", "The Tory leader", "said", "Kemi Badenoch", "Tory leader", "mixed"),
        Q("The party opposite left us a broken asylum system, and we are fixing it.", "Starmer", "told", "Keir Starmer", "prime minister"),
        Q("the prime minister had been \"frustrated\" by the tone of the exchanges", "A No 10 source", "said", "a No 10 source", type="mixed"),
        Q("the whips were worried about a rebellion on the welfare bill next week", "Labour sources", "said", "Labour sources", type="indirect", kind="group"),
        Q("the figures were \"spin dressed up as success\"", "Chris Philp", "said", "Chris Philp", "shadow home secretary", "mixed"),
    ]},
    {"id": "w10-08-holyrood", "style": "BBC Scotland, Holyrood, MSP, first minister, Scottish Labour leader", "paragraphs": [
        "The first minister has defended the Scottish government's record on hospital waiting times after figures showed the longest waits for a decade.",
        "John Swinney told MSPs at first minister's questions that the NHS in Scotland was \"recovering faster than anywhere else in the UK\".",
        "Scottish Labour leader Anas Sarwar said: ‘Patients are waiting in pain while this government congratulates itself.’",
        "Conservative MSP Fiona Galbraith-Reid, her party's health spokeswoman, said the figures were \"a damning verdict\".",
        "A Scottish government spokesperson said £30m had been set aside to cut the longest waits.",
    ], "quotes": [
        Q("the NHS in Scotland was \"recovering faster than anywhere else in the UK\"", "John Swinney", "told", "John Swinney", "first minister", "mixed"),
        Q("Patients are waiting in pain while this government congratulates itself.", "Anas Sarwar", "said", "Anas Sarwar", "Scottish Labour leader"),
        Q("the figures were \"a damning verdict\"", "Fiona Galbraith-Reid", "said", "Fiona Galbraith-Reid", "Conservative MSP", "mixed"),
        Q("£30m had been set aside to cut the longest waits", "A Scottish government spokesperson", "said", "a Scottish government spokesperson", type="indirect"),
    ]},
    {"id": "w10-09-senedd-lords", "style": "BBC Wales and the Lords: Senedd Member, peer, Lord, Baroness, told peers", "paragraphs": [
        "A plan to reduce the default speed limit on Welsh roads will be reviewed, the Welsh government has announced.",
        "Transport Secretary Ken Skates told the Senedd the review would look at \"which roads should go back to 30mph\".",
        "Plaid Cymru's transport spokesperson, Delyth Rhys-Morgan, said ministers had \"wasted two years\" defending the policy.",
        "In the House of Lords, Baroness Hale-Osei warned that the government's planning bill would strip councils of their powers.",
        "‘This bill takes power away from the people who know their communities best,’ she told peers.",
        "Lord Pendleford, a former Conservative minister, said the bill was long overdue.",
    ], "quotes": [
        Q("A plan to reduce the default speed limit on Welsh roads will be reviewed", "the Welsh government", "announced", "Welsh government", type="indirect", kind="organization"),
        Q("the review would look at \"which roads should go back to 30mph\"", "Ken Skates", "told", "Ken Skates", "Transport Secretary", "mixed"),
        Q("ministers had \"wasted two years\" defending the policy", "Delyth Rhys-Morgan", "said", "Delyth Rhys-Morgan", "Plaid Cymru's transport spokesperson", "mixed"),
        Q("the government's planning bill would strip councils of their powers", "Baroness Hale-Osei", "warned", "Hale-Osei", "Baroness", "indirect"),
        Q("This bill takes power away from the people who know their communities best,", "she", "told", "Hale-Osei", "Baroness"),
        Q("the bill was long overdue", "Lord Pendleford", "said", "Pendleford", "former Conservative minister", "indirect"),
    ]},
    {"id": "w10-10-telegraph-reshuffle", "style": "Telegraph, reshuffle, the chancellor, shadow chancellor, a Government source, allies of", "paragraphs": [
        "Rachel Reeves will stay on as Chancellor, Downing Street confirmed last night, ending days of speculation about a reshuffle.",
        "Speaking to broadcasters in Leeds, Ms Reeves said she was \"totally focused\" on the Budget.",
        "Mel Stride, the shadow chancellor, said: ‘The Chancellor is a lame duck, and everyone in Westminster knows it.’",
        "A Government source said the Prime Minister had never considered moving her.",
        "Allies of the Home Secretary said she had been told her job was safe.",
        "Sir Ed Davey, the Liberal Democrat leader, said the country needed \"a government, not a soap opera\".",
    ], "quotes": [
        Q("Rachel Reeves will stay on as Chancellor", "Downing Street", "confirmed", "Downing Street", type="indirect", kind="organization"),
        Q("she was \"totally focused\" on the Budget", "Ms Reeves", "said", "Rachel Reeves", "Chancellor", "mixed"),
        Q("The Chancellor is a lame duck, and everyone in Westminster knows it.", "Mel Stride", "said", "Mel Stride", "shadow chancellor"),
        Q("the Prime Minister had never considered moving her", "A Government source", "said", "a Government source", type="indirect"),
        Q("she had been told her job was safe", "Allies of the Home Secretary", "said", "allies of the Home Secretary", type="indirect", kind="group", optional=True),
        Q("the country needed \"a government, not a soap opera\"", "Ed Davey", "said", "Ed Davey", "Liberal Democrat leader", "mixed"),
    ]},
]
