"""Ten more US and wire articles of our own (every person, company and event invented), written after the first
outlets9 fixes and before running the pipeline on them, to check that those fixes were not fitted to the probe:
weather, aviation safety, entertainment, a strike, golf, auto racing, a church, cybersecurity, farming and a
military story. Gold by hand as in probe_articles.py."""

from probe_articles import Q

ARTICLES = [
    {"id": "o9h-01-storm", "style": "weather wire: the National Weather Service said, meteorologist with, residents", "paragraphs": [
        "OKLAHOMA CITY (AP) — A line of severe thunderstorms spawned at least three tornadoes across central Oklahoma on Sunday night, the National Weather Service said.",
        "\"This was a classic setup for supercells,\" said Brianna Kohl, a meteorologist with the weather service's Norman office. \"We had warm, moist air and a strong jet overhead.\"",
        "In the town of Harrah, Luis Mendoza, 58, stood in what was left of his garage. \"Twenty years of tools, gone in ten seconds,\" he said.",
        "Emergency management officials said no deaths had been reported.",
    ], "quotes": [
        Q("A line of severe thunderstorms spawned at least three tornadoes across central Oklahoma on Sunday night", "the National Weather Service", "said", "the National Weather Service", type="indirect", kind="organization"),
        Q(["This was a classic setup for supercells,", "We had warm, moist air and a strong jet overhead."], "Brianna Kohl", "said", "Brianna Kohl", "meteorologist with the weather service's Norman office"),
        Q("Twenty years of tools, gone in ten seconds,", "he", "said", "Luis Mendoza"),
        Q("no deaths had been reported", "Emergency management officials", "said", "emergency management officials", type="indirect", kind="group"),
    ]},
    {"id": "o9h-02-ntsb", "style": "aviation: NTSB board member told reporters, the airline said in a statement, the FAA said", "paragraphs": [
        "Investigators are examining whether a faulty sensor caused a regional jet to make an emergency landing in Des Moines on Friday, the National Transportation Safety Board said.",
        "NTSB board member Gregory Tan told reporters at the airport that the crew received a stall warning seconds after takeoff. \"The crew did exactly what they were trained to do,\" Tan said.",
        "Skyline Regional Airlines said in a statement that it had grounded two other jets of the same type as a precaution.",
        "A passenger, Erin Sato of Ames, said the cabin went silent. \"Nobody screamed. Everyone just held hands,\" she said.",
        "The Federal Aviation Administration said it was working with the board.",
    ], "quotes": [
        Q("Investigators are examining whether a faulty sensor caused a regional jet to make an emergency landing in Des Moines on Friday", "the National Transportation Safety Board", "said", "the National Transportation Safety Board", type="indirect", kind="organization"),
        Q("the crew received a stall warning seconds after takeoff", "Gregory Tan", "told", "Gregory Tan", "NTSB board member", "indirect"),
        Q("The crew did exactly what they were trained to do,", "Tan", "said", "Gregory Tan", "NTSB board member"),
        Q("it had grounded two other jets of the same type as a precaution", "Skyline Regional Airlines", "said", "Skyline Regional Airlines", type="indirect", kind="organization"),
        Q("the cabin went silent", "Erin Sato", "said", "Erin Sato", type="indirect"),
        Q("Nobody screamed. Everyone just held hands,", "she", "said", "Erin Sato"),
        Q("it was working with the board", "The Federal Aviation Administration", "said", "the Federal Aviation Administration", type="indirect", kind="organization"),
    ]},
    {"id": "o9h-03-celebrity", "style": "entertainment: a representative for, told Variety, wrote on Instagram, the 34-year-old", "paragraphs": [
        "Singer Talia Monroe has postponed the rest of her North American tour, a representative for the singer confirmed Thursday.",
        "\"My body is telling me to stop, and for once I'm going to listen,\" Monroe wrote on Instagram.",
        "The 34-year-old, who won a Grammy last year for her album \"Paper Lanterns,\" did not say when the tour would resume.",
        "Concert promoter Livewell Entertainment said ticket holders would receive full refunds.",
        "\"Talia has given everything to these shows,\" her longtime producer, Marcus Dade, told Variety. \"She's earned a rest.\"",
    ], "quotes": [
        Q("Singer Talia Monroe has postponed the rest of her North American tour", "a representative for the singer", "confirmed", "a representative for the singer", type="indirect", optional=True),
        Q("My body is telling me to stop, and for once I'm going to listen,", "Monroe", "wrote", "Talia Monroe", "Singer"),
        Q("when the tour would resume", "The 34-year-old", "say", "Talia Monroe", "Singer", "indirect", optional=True),
        Q("ticket holders would receive full refunds", "Livewell Entertainment", "said", "Livewell Entertainment", type="indirect", kind="organization"),
        Q(["Talia has given everything to these shows,", "She's earned a rest."], "Marcus Dade", "told", "Marcus Dade", "longtime producer"),
    ]},
    {"id": "o9h-04-strike", "style": "labor: union president, the company said, a worker, said by phone", "paragraphs": [
        "About 4,000 workers at three Hollister Foods Inc. plants in Nebraska walked off the job Monday after contract talks collapsed.",
        "\"We're not asking for the moon. We're asking for a raise that keeps up with groceries,\" said Denise Carvalho, president of United Food Workers Local 271.",
        "Hollister Foods said its final offer included a 14% raise over four years. \"We remain ready to return to the table,\" the company said in a statement.",
        "Jamal Price, who has worked on the packing line in Grand Island for 11 years, said by phone that morale was high. \"People are tired, but they're not backing down,\" he said.",
    ], "quotes": [
        Q(["We're not asking for the moon. We're asking for a raise that keeps up with groceries,"], "Denise Carvalho", "said", "Denise Carvalho", "president of United Food Workers Local 271"),
        Q("its final offer included a 14% raise over four years", "Hollister Foods", "said", "Hollister Foods Inc.", type="indirect", kind="organization"),
        Q("We remain ready to return to the table,", "the company", "said", "Hollister Foods Inc.", kind="organization"),
        Q("morale was high", "Jamal Price", "said", "Jamal Price", type="indirect"),
        Q("People are tired, but they're not backing down,", "he", "said", "Jamal Price"),
    ]},
    {"id": "o9h-05-golf", "style": "golf: the 28-year-old said, his caddie, runs of quotes, Jr.", "paragraphs": [
        "PONTE VEDRA BEACH, Fla. — Caleb Whitmore Jr. shot a final-round 66 on Sunday to win the Players Championship by two strokes.",
        "\"I've dreamed about walking up 18 here since I was a kid,\" the 28-year-old said. \"I still can't believe it.\"",
        "Whitmore's caddie, Ron Albers, said the turning point came at the par-5 16th. \"He hit a 4-iron from 230 that I'll remember the rest of my life,\" Albers said.",
        "Runner-up Sung-min Park was gracious. \"Caleb was just better today,\" Park said. \"No shame in that.\"",
    ], "quotes": [
        Q(["I've dreamed about walking up 18 here since I was a kid,", "I still can't believe it."], "the 28-year-old", "said", "Caleb Whitmore Jr."),
        Q("the turning point came at the par-5 16th", "Ron Albers", "said", "Ron Albers", "Whitmore's caddie", "indirect"),
        Q("He hit a 4-iron from 230 that I'll remember the rest of my life,", "Albers", "said", "Ron Albers", "Whitmore's caddie"),
        Q(["Caleb was just better today,", "No shame in that."], "Park", "said", "Sung-min Park", "Runner-up"),
    ]},
    {"id": "o9h-06-racing", "style": "auto racing: crew chief, driver of the No. 24, said over the radio", "paragraphs": [
        "Dustin Keel held off a late charge from Maya Rios to win Sunday's race at Bristol Motor Speedway, his first victory in two seasons.",
        "\"I could see her coming in the mirror every lap,\" Keel said. \"I just had to keep it off the wall.\"",
        "Rios, the driver of the No. 24 Chevrolet, said her car was \"a rocket\" on the long runs but too loose on restarts.",
        "Keel's crew chief, Harlan Boggs, said the team had gambled on two tires during the final caution. \"It was either going to win us the race or lose it,\" Boggs said.",
    ], "quotes": [
        Q(["I could see her coming in the mirror every lap,", "I just had to keep it off the wall."], "Keel", "said", "Dustin Keel"),
        Q("her car was \"a rocket\" on the long runs but too loose on restarts", "Rios", "said", "Maya Rios", "driver of the No. 24 Chevrolet", "mixed"),
        Q("the team had gambled on two tires during the final caution", "Harlan Boggs", "said", "Harlan Boggs", "Keel's crew chief", "indirect"),
        Q("It was either going to win us the race or lose it,", "Boggs", "said", "Harlan Boggs", "Keel's crew chief"),
    ]},
    {"id": "o9h-07-church", "style": "religion/local: the Rev., pastor of, parishioners, the diocese said", "paragraphs": [
        "St. Brendan's Catholic Church in Lowell will hold its final Mass next month, ending 130 years of worship at the red-brick building on Gorham Street.",
        "The Rev. Thomas Quill, the parish's pastor, said the decision had been \"the hardest of my priesthood.\"",
        "The Archdiocese of Boston said in a statement that declining attendance and a $2 million repair bill left no other option.",
        "Parishioner Rosa Delgado, 79, was baptized in the church and married there in 1966. \"I know every crack in these walls,\" she said. \"Where am I supposed to go now?\"",
    ], "quotes": [
        Q("the decision had been \"the hardest of my priesthood.\"", "The Rev. Thomas Quill", "said", "Thomas Quill", "the parish's pastor", "mixed"),
        Q("declining attendance and a $2 million repair bill left no other option", "The Archdiocese of Boston", "said", "the Archdiocese of Boston", type="indirect", kind="organization"),
        Q(["I know every crack in these walls,", "Where am I supposed to go now?"], "she", "said", "Rosa Delgado", "Parishioner"),
    ]},
    {"id": "o9h-08-breach", "style": "cybersecurity: a person familiar with the matter, told The Wall Street Journal, Chief Information Security Officer", "paragraphs": [
        "Hackers stole the personal data of about 2.1 million customers of Pinecrest Health Plans, the insurer said on Wednesday.",
        "The breach began in March but was not detected until late June, according to a person familiar with the investigation.",
        "\"We deeply regret this incident,\" Pinecrest Chief Information Security Officer Anil Varma said in a letter to customers.",
        "Sarah Lindqvist, a cybersecurity researcher at Carnegie Mellon University, told The Wall Street Journal that health data sells for more than credit card numbers on criminal forums.",
    ], "quotes": [
        Q("Hackers stole the personal data of about 2.1 million customers of Pinecrest Health Plans", "the insurer", "said", "Pinecrest Health Plans", type="indirect", kind="organization"),
        Q("The breach began in March but was not detected until late June", "a person familiar with the investigation", "according to", "a person familiar with the investigation", type="indirect"),
        Q("We deeply regret this incident,", "Anil Varma", "said", "Anil Varma", "Pinecrest Chief Information Security Officer"),
        Q("health data sells for more than credit card numbers on criminal forums", "Sarah Lindqvist", "told", "Sarah Lindqvist", "cybersecurity researcher at Carnegie Mellon University", "indirect"),
    ]},
    {"id": "o9h-09-farm", "style": "agriculture feature: says, a quote paragraph with no cue, the USDA says", "paragraphs": [
        "Wendell Ostrander has farmed the same 600 acres outside Salina, Kansas, since 1979, and he says this is the driest spring he has seen.",
        "\"The wheat's coming up thin and yellow,\" Ostrander says, crumbling a clod of dirt in his hand. \"If we don't get rain in two weeks, we're done.\"",
        "\"My dad went through the fifties. He told me it could get this bad. I didn't believe him.\"",
        "The U.S. Department of Agriculture says nearly 70% of the state's winter wheat is in poor or very poor condition.",
    ], "quotes": [
        Q("this is the driest spring he has seen", "he", "says", "Wendell Ostrander", type="indirect"),
        Q(["The wheat's coming up thin and yellow,", "If we don't get rain in two weeks, we're done."], "Ostrander", "says", "Wendell Ostrander"),
        Q("My dad went through the fifties. He told me it could get this bad. I didn't believe him.", None, None, "Wendell Ostrander"),
        Q("nearly 70% of the state's winter wheat is in poor or very poor condition", "The U.S. Department of Agriculture", "says", "the U.S. Department of Agriculture", type="indirect", kind="organization"),
    ]},
    {"id": "o9h-10-military", "style": "military wire: Pentagon spokesman, Maj., the Army said, told reporters at a briefing", "paragraphs": [
        "WASHINGTON (Reuters) - The U.S. Army will move about 1,200 soldiers from Fort Carson to Poland this fall as part of a regular rotation, the Pentagon said on Monday.",
        "\"This is not a response to any single event,\" Pentagon spokesman Maj. Gen. Patrick Ewing told reporters at a briefing.",
        "Ewing said the soldiers, from the 4th Infantry Division, would train alongside Polish and Lithuanian units.",
        "A Polish Defense Ministry spokeswoman said Warsaw welcomed the deployment.",
        "(Reporting by Idrees Ali; Editing by Chris Reese)",
    ], "quotes": [
        Q("The U.S. Army will move about 1,200 soldiers from Fort Carson to Poland this fall as part of a regular rotation", "the Pentagon", "said", "the Pentagon", type="indirect", kind="organization"),
        Q("This is not a response to any single event,", "Patrick Ewing", "told", "Patrick Ewing", "Pentagon spokesman"),
        Q("the soldiers, from the 4th Infantry Division, would train alongside Polish and Lithuanian units", "Ewing", "said", "Patrick Ewing", "Pentagon spokesman", "indirect"),
        Q("Warsaw welcomed the deployment", "A Polish Defense Ministry spokeswoman", "said", "a Polish Defense Ministry spokeswoman", type="indirect"),
    ]},
]
