"""Ten more articles of our own in the styles of probe_articles.py (every person, company, agency and event
invented), written half-way through the outlets11 work and measured before their failures were looked at: an AP
national story, Reuters markets copy, an NPR interview transcript, a local TV weather story, climate science, an FDA
approval, a university's press release rewritten, a missing-person police appeal, a profile of a family business,
and an investigation quoting texts and a deposition. Gold by hand as in probe_articles.py."""

from probe_articles import Q

ARTICLES = [
    {"id": "o11h-01-ap-national", "style": "AP national: dateline, the agency said in a statement, told The Associated Press, contributor line", "paragraphs": [
        "DENVER (AP) — The U.S. Forest Service will close more than 200 miles of trails in Colorado's White River National Forest this summer to repair damage from last year's floods, the agency said Tuesday.",
        "\"We know how much people love these trails, and we did not make this decision lightly,\" Forest Supervisor Karen Oyelowo said in a statement.",
        "Outfitters in the area said the closures could cost them most of their season. \"July and August are 70 percent of my year,\" Dale Whitmer, who runs horseback trips out of Meeker, told The Associated Press. \"I don't know how I make that up.\"",
        "Colorado Gov. Luis Ferrante said the state would ask Congress for emergency money to speed up the repairs.",
        "Associated Press writer Jesse Bedayn contributed to this report.",
    ], "quotes": [
        Q("The U.S. Forest Service will close more than 200 miles of trails in Colorado's White River National Forest this summer to repair damage from last year's floods", "the agency", "said", "the U.S. Forest Service", type="indirect", kind="organization"),
        Q("We know how much people love these trails, and we did not make this decision lightly,", "Karen Oyelowo", "said", "Karen Oyelowo", "Forest Supervisor"),
        Q("the closures could cost them most of their season", "Outfitters in the area", "said", "outfitters in the area", type="indirect", kind="group"),
        Q(["July and August are 70 percent of my year,", "I don't know how I make that up."], "Dale Whitmer", "told", "Dale Whitmer"),
        Q("the state would ask Congress for emergency money to speed up the repairs", "Luis Ferrante", "said", "Luis Ferrante", "Colorado Gov.", "indirect"),
    ]},
    {"id": "o11h-02-reuters-markets", "style": "Reuters markets: date dateline, said X, chief strategist at, sources said, credits", "paragraphs": [
        "NEW YORK, June 3 (Reuters) - Oil prices fell more than 3% on Monday after two OPEC+ members signalled they would raise output in July, sources said.",
        "\"The market was priced for discipline and it got the opposite,\" said Ingrid Solberg, chief commodities strategist at Nordhavn Bank. \"That's a tough combination with demand looking soft.\"",
        "Two sources with knowledge of the talks told Reuters the increase could be as large as 200,000 barrels per day.",
        "Brent crude futures settled at $78.12 a barrel, according to exchange data.",
        "(Reporting by Laila Kearney; Additional reporting by Ahmad Ghaddar in London; Editing by Marguerita Choy)",
    ], "quotes": [
        Q("Oil prices fell more than 3% on Monday after two OPEC+ members signalled they would raise output in July", "sources", "said", "sources", type="indirect", kind="group"),
        Q(["The market was priced for discipline and it got the opposite,", "That's a tough combination with demand looking soft."], "Ingrid Solberg", "said", "Ingrid Solberg", "chief commodities strategist at Nordhavn Bank"),
        Q("the increase could be as large as 200,000 barrels per day", "Two sources with knowledge of the talks", "told", "two sources with knowledge of the talks", type="indirect", kind="group"),
        Q("Brent crude futures settled at $78.12 a barrel", "exchange data", "according to", "exchange data", type="indirect", kind="document", optional=True),
    ]},
    {"id": "o11h-03-npr-interview", "style": "NPR interview transcript: HOST label, BYLINE, guest's surname labels", "paragraphs": [
        "AVERY COLLINS, HOST:",
        "The city of Jackson, Miss., has gone three weeks without reliable running water. Mayor Denise Hollings joins us now. Mayor, thanks for being here.",
        "DENISE HOLLINGS: Thank you for having me.",
        "COLLINS: When will people be able to drink from the tap again?",
        "HOLLINGS: I'm not going to give a date I can't keep. What I can tell you is that pressure is back in most of the city and the boil notice will come off neighborhood by neighborhood.",
        "COLLINS: Some residents say they've heard that before.",
        "HOLLINGS: They have, and they're right to be skeptical. This system was neglected for 40 years.",
    ], "quotes": [
        Q("The city of Jackson, Miss., has gone three weeks without reliable running water. Mayor Denise Hollings joins us now. Mayor, thanks for being here.", "AVERY COLLINS", ":", "Avery Collins", "HOST", optional=True),
        Q("Thank you for having me.", "DENISE HOLLINGS", ":", "Denise Hollings", "Mayor"),
        Q("When will people be able to drink from the tap again?", "COLLINS", ":", "Avery Collins", "HOST"),
        Q("I'm not going to give a date I can't keep. What I can tell you is that pressure is back in most of the city and the boil notice will come off neighborhood by neighborhood.", "HOLLINGS", ":", "Denise Hollings", "Mayor"),
        Q("Some residents say they've heard that before.", "COLLINS", ":", "Avery Collins", "HOST"),
        Q("They have, and they're right to be skeptical. This system was neglected for 40 years.", "HOLLINGS", ":", "Denise Hollings", "Mayor"),
    ]},
    {"id": "o11h-04-tv-weather", "style": "local TV weather: the National Weather Service said, meteorologist, First Alert, residents told the station", "paragraphs": [
        "TULSA, Okla. — A tornado touched down just south of Broken Arrow late Wednesday, damaging at least a dozen homes, the National Weather Service said.",
        "\"The rotation tightened up very quickly, and we had maybe eight minutes of lead time,\" News 6 chief meteorologist Travis Lee said.",
        "Shelby Carver told News 6 she took cover in her bathtub with her two dogs. \"I heard the windows go and then it was just quiet,\" she said.",
        "Her neighbor, Marcus Doyle, said his pickup truck ended up in the next yard.",
        "Broken Arrow police said no injuries had been reported.",
        "Copyright 2026 KOTV. All rights reserved.",
    ], "quotes": [
        Q("A tornado touched down just south of Broken Arrow late Wednesday, damaging at least a dozen homes", "the National Weather Service", "said", "the National Weather Service", type="indirect", kind="organization"),
        Q("The rotation tightened up very quickly, and we had maybe eight minutes of lead time,", "Travis Lee", "said", "Travis Lee", "News 6 chief meteorologist"),
        Q("she took cover in her bathtub with her two dogs", "Shelby Carver", "told", "Shelby Carver", type="indirect"),
        Q("I heard the windows go and then it was just quiet,", "she", "said", "Shelby Carver"),
        Q("his pickup truck ended up in the next yard", "Marcus Doyle", "said", "Marcus Doyle", "Her neighbor", "indirect"),
        Q("no injuries had been reported", "Broken Arrow police", "said", "Broken Arrow police", type="indirect", kind="organization"),
    ]},
    {"id": "o11h-05-climate-science", "style": "science: the researchers wrote in the journal, lead author, not involved, the team said", "paragraphs": [
        "Antarctic sea ice has shrunk to a record low for the third winter in a row, and scientists say it may not recover within this century.",
        "\"What we are seeing is not a bad year. It is a new regime,\" said Hannah Okonjo, a sea ice researcher at the University of Colorado Boulder and the lead author of a study published Thursday in Science Advances.",
        "Okonjo and her colleagues found that warmer ocean water below the surface is melting the ice from underneath.",
        "Martin Castell, an oceanographer at the Scripps Institution of Oceanography who was not involved in the study, said the paper was careful. \"They have done the hard work of ruling out the easy explanations,\" he said.",
    ], "quotes": [
        Q("it may not recover within this century", "scientists", "say", "scientists", type="indirect", kind="group"),
        Q("What we are seeing is not a bad year. It is a new regime,", "Hannah Okonjo", "said", "Hannah Okonjo", "sea ice researcher at the University of Colorado Boulder and the lead author of a study published Thursday in Science Advances"),
        Q("warmer ocean water below the surface is melting the ice from underneath", "Okonjo and her colleagues", "found", "Hannah Okonjo and her colleagues", type="indirect", kind="group", optional=True),
        Q("the paper was careful", "Martin Castell", "said", "Martin Castell", "oceanographer at the Scripps Institution of Oceanography", "indirect"),
        Q("They have done the hard work of ruling out the easy explanations,", "he", "said", "Martin Castell", "oceanographer at the Scripps Institution of Oceanography"),
    ]},
    {"id": "o11h-06-fda", "style": "health: the FDA said, the company said in a statement, a physician who was not involved, the agency's", "paragraphs": [
        "The Food and Drug Administration on Friday approved the first pill to treat postpartum depression, the agency said.",
        "\"This is a meaningful step for women who have had very few options,\" said Dr. Teresa Ambrose, director of the FDA's Division of Psychiatry.",
        "The drug's maker, Corvane Therapeutics, said in a statement that it expects the pill to be available in pharmacies by December.",
        "Dr. Nia Whitfield, a psychiatrist at Emory University who was not involved in the trials, said the approval could reach women who cannot take weeks off for treatment. \"Time is the thing new mothers do not have,\" Whitfield said.",
        "The company has not said how much the drug will cost.",
    ], "quotes": [
        Q("The Food and Drug Administration on Friday approved the first pill to treat postpartum depression", "the agency", "said", "the Food and Drug Administration", type="indirect", kind="organization"),
        Q("This is a meaningful step for women who have had very few options,", "Dr. Teresa Ambrose", "said", "Teresa Ambrose", "director of the FDA's Division of Psychiatry"),
        Q("it expects the pill to be available in pharmacies by December", "Corvane Therapeutics", "said", "Corvane Therapeutics", type="indirect", kind="organization"),
        Q("the approval could reach women who cannot take weeks off for treatment", "Dr. Nia Whitfield", "said", "Nia Whitfield", "psychiatrist at Emory University", "indirect"),
        Q("Time is the thing new mothers do not have,", "Whitfield", "said", "Nia Whitfield", "psychiatrist at Emory University"),
        Q("how much the drug will cost", "The company", "said", "Corvane Therapeutics", type="indirect", kind="organization", optional=True),
    ]},
    {"id": "o11h-07-university-release", "style": "press release rewritten: the university announced, said in the announcement, according to the university", "paragraphs": [
        "Eastbrook University will cover full tuition for students from families earning less than $100,000 a year starting next fall, the university announced Monday.",
        "\"No student should turn down Eastbrook because of the price tag,\" university President Dr. Gail Merriweather said in the announcement.",
        "The program is paid for by a $250 million gift from alumna Rosalind Kaye, according to the university.",
        "Kaye, who graduated in 1979, said in a statement that she was the first in her family to attend college. \"Someone opened a door for me,\" she said.",
    ], "quotes": [
        Q("Eastbrook University will cover full tuition for students from families earning less than $100,000 a year starting next fall", "the university", "announced", "Eastbrook University", type="indirect", kind="organization"),
        Q("No student should turn down Eastbrook because of the price tag,", "Dr. Gail Merriweather", "said", "Gail Merriweather", "university President"),
        Q("The program is paid for by a $250 million gift from alumna Rosalind Kaye", "the university", "according to", "Eastbrook University", type="indirect", kind="organization"),
        Q("she was the first in her family to attend college", "Kaye", "said", "Rosalind Kaye", "alumna", "indirect"),
        Q("Someone opened a door for me,", "she", "said", "Rosalind Kaye", "alumna"),
    ]},
    {"id": "o11h-08-missing-person", "style": "police appeal: police said in a news release, Detective asked, family members said", "paragraphs": [
        "Police in Eugene are asking for the public's help finding a 16-year-old girl who has not been seen since Friday evening.",
        "Kayla Brandt was last seen leaving a friend's house on West 18th Avenue around 9 p.m., police said in a news release.",
        "\"We have no indication that she is in danger, but we want to get her home,\" Detective Sgt. Omar Reyes said.",
        "Her mother, Lisa Brandt, said Kayla had never run away before. \"She texts me if she's going to be ten minutes late,\" Lisa Brandt said.",
        "Anyone with information is asked to call the Eugene Police Department.",
    ], "quotes": [
        Q("Kayla Brandt was last seen leaving a friend's house on West 18th Avenue around 9 p.m.", "police", "said", "police", type="indirect", kind="organization"),
        Q("We have no indication that she is in danger, but we want to get her home,", "Omar Reyes", "said", "Omar Reyes", "Detective Sgt."),
        Q("Kayla had never run away before", "Lisa Brandt", "said", "Lisa Brandt", "Her mother", "indirect"),
        Q("She texts me if she's going to be ten minutes late,", "Lisa Brandt", "said", "Lisa Brandt", "Her mother"),
    ]},
    {"id": "o11h-09-family-profile", "style": "profile: a family of one surname, first names after the first mention, says, recalls", "paragraphs": [
        "The Delgado family has been making tortillas on the same corner in San Antonio since 1958.",
        "Rosa Delgado, 81, still arrives at 4 a.m. most days. \"My husband used to say the masa can tell when you're in a bad mood,\" she says. \"He was right.\"",
        "Her son, Ernesto Delgado, runs the business now. He says sales have doubled since a food writer put the shop on a list of the city's best breakfasts.",
        "\"Suddenly there's a line around the block at 7 a.m.,\" Ernesto says. \"My mother thinks it's a fad.\"",
        "His daughter Camila, 24, handles the shop's social media. \"Abuela doesn't trust the internet,\" Camila says, laughing.",
        "Rosa Delgado shrugs at all of it. \"People were lining up before the internet,\" she says.",
    ], "quotes": [
        Q(["My husband used to say the masa can tell when you're in a bad mood,", "He was right."], "she", "says", "Rosa Delgado"),
        Q("sales have doubled since a food writer put the shop on a list of the city's best breakfasts", "He", "says", "Ernesto Delgado", "Her son", "indirect"),
        Q(["Suddenly there's a line around the block at 7 a.m.,", "My mother thinks it's a fad."], "Ernesto", "says", "Ernesto Delgado", "Her son"),
        Q("Abuela doesn't trust the internet,", "Camila", "says", "Camila", "His daughter"),
        Q("People were lining up before the internet,", "she", "says", "Rosa Delgado"),
    ]},
    {"id": "o11h-10-investigation", "style": "investigation: texted, according to a deposition, testified in a deposition, the lawsuit claims, her lawyer said", "paragraphs": [
        "Weeks before a scaffold collapsed at the Harbor Point construction site, killing two workers, a site supervisor warned his bosses that it was overloaded, according to text messages filed in a lawsuit against the contractor.",
        "\"This thing is going to come down,\" supervisor Gene Tallis texted project manager Robin Ashby on Oct. 2. \"We need to pull half the pallets off.\"",
        "Ashby replied: \"Keep going. We can't lose the week.\"",
        "In a deposition taken in March, Ashby testified that she did not remember receiving the messages.",
        "The lawsuit, filed by the families of the two workers, claims that the contractor, Pryor Builders, put its schedule ahead of safety.",
        "Ashby's lawyer, Neil Caruso, said his client \"has cooperated fully\" with investigators.",
        "Pryor Builders did not respond to requests for comment.",
    ], "quotes": [
        Q("a site supervisor warned his bosses that it was overloaded", "text messages", "according to", "text messages filed in a lawsuit against the contractor", type="indirect", kind="document", optional=True),
        Q(["This thing is going to come down,", "We need to pull half the pallets off."], "Gene Tallis", "texted", "Gene Tallis", "supervisor"),
        Q("Keep going. We can't lose the week.", "Ashby", "replied", "Robin Ashby", "project manager"),
        Q("she did not remember receiving the messages", "Ashby", "testified", "Robin Ashby", "project manager", "indirect"),
        Q("the contractor, Pryor Builders, put its schedule ahead of safety", "The lawsuit", "claims", "the families of the two workers", type="indirect", kind="group"),
        Q("his client \"has cooperated fully\" with investigators", "Neil Caruso", "said", "Neil Caruso", "Ashby's lawyer", "mixed"),
    ]},
]
