"""Eleven short US political news articles written for this probe (none is a real report; every person, committee,
bill and poll is invented), in the styles other outlets write politics in today: Axios (`Driving the news:`,
`What they're saying:` and bullets), a Playbook-style newsletter, The Hill (`said in a statement to The Hill`), Fox
News Digital and Sunday-show write-ups, a local TV station's state-house story (`state Sen. Maria Ruiz, D-Tucson,`),
a congressional hearing (`she asked`, `he replied`, `the witness testified`), social posts (`wrote on X`, `posted on
Truth Social`), anonymous officials and a press secretary, a court filing in a political case and a poll. Gold by
hand following ../shared/eval/FORMAT.md and NAMES.md, written before the pipeline was run on them.
Each quote: content pieces (quote marks are added when they stand next to a piece), the nearest source and cue."""


def Q(content, source, cue, speaker, role=None, type="direct", kind="person", optional=False):
    return {"content": [content] if isinstance(content, str) else content, "source": source, "cue": cue,
            "speaker": speaker, "role": role, "type": type, "kind": kind, "optional": optional}


ARTICLES = [
    {"id": "o10-01-axios-shutdown", "style": "Axios: Driving the news, What they're saying with bullets, Between the lines", "paragraphs": [
        "House Republicans are scrambling to avert a government shutdown as the Friday deadline nears.",
        "Driving the news: Speaker Tom Keller told reporters Tuesday that the House would vote on a stopgap bill \"no later than Thursday.\"",
        "What they're saying: \"We are not going to let the government shut down over a procedural fight,\" Keller said.",
        "Rep. Dana Whitlow (R-Ohio), a member of the Freedom Caucus, said she would oppose any bill without spending cuts.",
        "\"This is the same movie we've watched for a decade,\" Whitlow told Axios.",
        "Senate Majority Leader Carla Benson said in a statement that the House bill was \"dead on arrival.\"",
        "Between the lines: Two House GOP aides told Axios that leadership is quietly counting Democratic votes.",
    ], "quotes": [
        Q("the House would vote on a stopgap bill \"no later than Thursday.\"", "Tom Keller", "told", "Tom Keller", "Speaker", "mixed"),
        Q("We are not going to let the government shut down over a procedural fight,", "Keller", "said", "Tom Keller", "Speaker"),
        Q("she would oppose any bill without spending cuts", "Rep. Dana Whitlow (R-Ohio)", "said", "Dana Whitlow", "Rep.", "indirect"),
        Q("This is the same movie we've watched for a decade,", "Whitlow", "told", "Dana Whitlow", "Rep."),
        Q("the House bill was \"dead on arrival.\"", "Carla Benson", "said", "Carla Benson", "Senate Majority Leader", "mixed"),
        Q("leadership is quietly counting Democratic votes", "Two House GOP aides", "told", "two House GOP aides", type="indirect", kind="group"),
    ]},
    {"id": "o10-02-playbook", "style": "Playbook newsletter: Good Monday morning, tells Playbook, per a source, a spokesperson for X said", "paragraphs": [
        "Good Monday morning. The race for governor of Pennsylvania just got a lot more expensive.",
        "Attorney General Mark Delaney, who is weighing a run, tells Playbook he will decide \"before Labor Day.\" \"I'm not going to be rushed by anybody's calendar,\" Delaney said in a phone interview Sunday.",
        "His likely rival, Lt. Gov. Renee Castillo, has already raised $4 million. \"Mark is welcome to join the race whenever he finds his nerve,\" Castillo's campaign manager, Eli Brandt, said.",
        "A spokesperson for the state Democratic Party said the party would stay neutral in the primary.",
        "Meanwhile, Castillo said at a rally in Erie that the state needs \"a governor who shows up.\"",
    ], "quotes": [
        Q("he will decide \"before Labor Day.\"", "Mark Delaney", "tells", "Mark Delaney", "Attorney General", "mixed"),
        Q("I'm not going to be rushed by anybody's calendar,", "Delaney", "said", "Mark Delaney", "Attorney General"),
        Q("Mark is welcome to join the race whenever he finds his nerve,", "Eli Brandt", "said", "Eli Brandt", "Castillo's campaign manager"),
        Q("the party would stay neutral in the primary", "A spokesperson for the state Democratic Party", "said", "a spokesperson for the state Democratic Party", type="indirect"),
        Q("the state needs \"a governor who shows up.\"", "Castillo", "said", "Renee Castillo", "Lt. Gov.", "mixed"),
    ]},
    {"id": "o10-03-the-hill", "style": "The Hill: said in a statement to The Hill, Sen. X (D-Mont.), did not immediately respond", "paragraphs": [
        "Sen. Joan Halvorsen (D-Mont.) is pressing the Agriculture Department to release drought aid that has been held up for months.",
        "\"Montana ranchers cannot wait on Washington's paperwork any longer,\" Halvorsen said in a statement to The Hill.",
        "In a letter sent Wednesday, Halvorsen and Sen. Pete Ruggles (R-Wyo.) wrote that the delays had \"put family operations at risk.\"",
        "An Agriculture Department spokesperson said the agency was \"working expeditiously\" to process applications.",
        "Ruggles, who sits on the Agriculture Committee, said the issue was not partisan. \"Drought doesn't check your voter registration,\" he said.",
    ], "quotes": [
        Q("Montana ranchers cannot wait on Washington's paperwork any longer,", "Halvorsen", "said", "Joan Halvorsen", "Sen."),
        Q("the delays had \"put family operations at risk.\"", "Halvorsen and Sen. Pete Ruggles (R-Wyo.)", "wrote", "Joan Halvorsen and Pete Ruggles", type="mixed", kind="group"),
        Q("the agency was \"working expeditiously\" to process applications", "An Agriculture Department spokesperson", "said", "an Agriculture Department spokesperson", type="mixed"),
        Q("the issue was not partisan", "Ruggles", "said", "Pete Ruggles", "Sen.", "indirect"),
        Q("Drought doesn't check your voter registration,", "he", "said", "Pete Ruggles", "Sen."),
    ]},
    {"id": "o10-04-fox-digital", "style": "Fox News Digital: told Fox News Digital, in an exclusive interview, the Texas Republican said", "paragraphs": [
        "EXCLUSIVE: Rep. Wade Sutter, R-Texas, is introducing legislation to cut federal funding to cities that refuse to cooperate with immigration authorities.",
        "\"Sanctuary cities are putting politics ahead of public safety,\" Sutter told Fox News Digital in an exclusive interview.",
        "The Texas Republican said the bill already has 40 co-sponsors.",
        "\"The American people are tired of excuses,\" he added.",
        "Fox News Digital reached out to the office of Chicago Mayor Lydia Grant, who has defended the city's policies. \"Chicago will not be bullied,\" Grant said at a news conference last month.",
    ], "quotes": [
        Q("Sanctuary cities are putting politics ahead of public safety,", "Sutter", "told", "Wade Sutter", "Rep."),
        Q("the bill already has 40 co-sponsors", "The Texas Republican", "said", "Wade Sutter", "Rep.", "indirect"),
        Q("The American people are tired of excuses,", "he", "added", "Wade Sutter", "Rep."),
        Q("Chicago will not be bullied,", "Grant", "said", "Lydia Grant", "Chicago Mayor"),
    ]},
    {"id": "o10-05-sunday-show", "style": "Sunday shows: said during an appearance on \"Meet the Press,\" told MSNBC's, pressed by host", "paragraphs": [
        "Transportation Secretary Alan Voss defended the administration's rail safety record on Sunday.",
        "\"We have more inspectors on the tracks today than at any point in history,\" Voss said during an appearance on NBC's \"Meet the Press.\"",
        "Pressed by host Kristen Ward on the derailment in Ohio, Voss acknowledged that \"mistakes were made\" but said the agency had acted quickly.",
        "Sen. Lisa Moreno, D-N.M., told MSNBC's \"Inside Politics\" that Congress should pass a rail safety bill this year. \"We don't need another hearing, we need a vote,\" Moreno said.",
        "Appearing on CBS's \"Face the Nation,\" Rep. Greg Tolliver, R-Ky., said the secretary \"should resign.\"",
    ], "quotes": [
        Q("We have more inspectors on the tracks today than at any point in history,", "Voss", "said", "Alan Voss", "Transportation Secretary"),
        Q("\"mistakes were made\"", "Voss", "acknowledged", "Alan Voss", "Transportation Secretary", "direct"),
        Q("the agency had acted quickly", "Voss", "said", "Alan Voss", "Transportation Secretary", "indirect"),
        Q("Congress should pass a rail safety bill this year", "Lisa Moreno", "told", "Lisa Moreno", "Sen.", "indirect"),
        Q("We don't need another hearing, we need a vote,", "Moreno", "said", "Lisa Moreno", "Sen."),
        Q("the secretary \"should resign.\"", "Greg Tolliver", "said", "Greg Tolliver", "Rep.", "mixed"),
    ]},
    {"id": "o10-06-statehouse-tv", "style": "local TV station: state Sen. X, D-Tucson, told 12News, the governor's office said", "paragraphs": [
        "PHOENIX (12News) — A bill that would cap rent increases in Arizona cleared a key Senate committee Monday.",
        "State Sen. Maria Ruiz, D-Tucson, who sponsored the bill, said renters across the state are \"one increase away from losing their homes.\"",
        "\"I hear from seniors every week who are choosing between rent and medicine,\" Ruiz told 12News after the vote.",
        "State Sen. Doug Hale, R-Mesa, voted against the measure. \"Rent control has failed everywhere it's been tried,\" Hale said during the hearing.",
        "A spokesperson for Gov. Ellen Park said the governor would review the bill if it reaches her desk.",
        "Tenant advocate Rosa Medina, who testified in support, said the committee vote was \"a start.\"",
    ], "quotes": [
        Q("renters across the state are \"one increase away from losing their homes.\"", "Maria Ruiz", "said", "Maria Ruiz", "State Sen.", "mixed"),
        Q("I hear from seniors every week who are choosing between rent and medicine,", "Ruiz", "told", "Maria Ruiz", "State Sen."),
        Q("Rent control has failed everywhere it's been tried,", "Hale", "said", "Doug Hale", "State Sen."),
        Q("the governor would review the bill if it reaches her desk", "A spokesperson for Gov. Ellen Park", "said", "a spokesperson for Ellen Park", type="indirect"),
        Q("the committee vote was \"a start.\"", "Rosa Medina", "said", "Rosa Medina", "Tenant advocate", "mixed"),
    ]},
    {"id": "o10-07-hearing", "style": "congressional hearing: she asked, he replied, the witness testified, the chairman said", "paragraphs": [
        "WASHINGTON — The head of the Federal Aviation Administration faced sharp questions Thursday from lawmakers on both sides of the aisle.",
        "\"How many more near-misses will it take before the agency acts?\" asked Rep. Sharon Fitch, D-Ill.",
        "\"We are acting, congresswoman,\" FAA Administrator Peter Lindqvist replied. \"We have hired 1,500 controllers this year alone.\"",
        "\"That's not what your own inspector general says,\" Fitch said.",
        "Lindqvist testified that staffing at major airports had improved since spring.",
        "Committee Chairman Roy Bledsoe, R-Miss., said he would call the inspector general to testify next month. \"We will get to the bottom of this,\" he said.",
    ], "quotes": [
        Q("How many more near-misses will it take before the agency acts?", "Rep. Sharon Fitch", "asked", "Sharon Fitch", "Rep."),
        Q(["We are acting, congresswoman,", "We have hired 1,500 controllers this year alone."], "Peter Lindqvist", "replied", "Peter Lindqvist", "FAA Administrator"),
        Q("That's not what your own inspector general says,", "Fitch", "said", "Sharon Fitch", "Rep."),
        Q("staffing at major airports had improved since spring", "Lindqvist", "testified", "Peter Lindqvist", "FAA Administrator", "indirect"),
        Q("he would call the inspector general to testify next month", "Roy Bledsoe", "said", "Roy Bledsoe", "Committee Chairman", "indirect"),
        Q("We will get to the bottom of this,", "he", "said", "Roy Bledsoe", "Committee Chairman"),
    ]},
    {"id": "o10-08-social", "style": "social posts: wrote on X, posted on Truth Social, in a post, a campaign spokesman said", "paragraphs": [
        "The feud between two Republican Senate candidates in Georgia spilled onto social media Wednesday.",
        "\"Brad Haskins is a career politician who has never created a single job,\" businessman Cole Mercer wrote on X.",
        "Haskins, a former state attorney general, fired back within the hour. \"Cole Mercer has spent more time suing his own workers than campaigning,\" he posted on Truth Social.",
        "Former President Donald Trump has not endorsed in the race. A Mercer campaign spokesman, Tyler Gaines, said the candidate \"welcomes the comparison.\"",
        "In a post on Facebook, Georgia GOP Chairwoman Nancy Pruett urged both candidates to \"focus on beating the Democrat in November.\"",
    ], "quotes": [
        Q("Brad Haskins is a career politician who has never created a single job,", "Cole Mercer", "wrote", "Cole Mercer", "businessman"),
        Q("Cole Mercer has spent more time suing his own workers than campaigning,", "he", "posted", "Brad Haskins", "former state attorney general"),
        Q("the candidate \"welcomes the comparison.\"", "Tyler Gaines", "said", "Tyler Gaines", "Mercer campaign spokesman", "mixed"),
        Q("both candidates to \"focus on beating the Democrat in November.\"", "Nancy Pruett", "urged", "Nancy Pruett", "Georgia GOP Chairwoman", "mixed", optional=True),
    ]},
    {"id": "o10-09-anonymous", "style": "White House: a senior administration official said, according to two people familiar with the matter, press secretary told reporters", "paragraphs": [
        "The White House is preparing an executive order on artificial intelligence safety, according to two people familiar with the matter.",
        "The order would require companies to report large training runs to the Commerce Department, a senior administration official said, speaking on the condition of anonymity to discuss internal deliberations.",
        "White House press secretary Nina Albright declined to confirm the details. \"The president has been clear that he wants guardrails, and he'll have more to say soon,\" Albright told reporters at the daily briefing.",
        "Industry groups were wary. \"We haven't seen the text, but any reporting regime has to protect trade secrets,\" said Jordan Pike, president of the Software Alliance.",
        "One person familiar with the discussions said the order could be signed as early as next week.",
    ], "quotes": [
        Q("The White House is preparing an executive order on artificial intelligence safety", "two people familiar with the matter", "according to", "two people familiar with the matter", type="indirect", kind="group"),
        Q("The order would require companies to report large training runs to the Commerce Department", "a senior administration official", "said", "a senior administration official", type="indirect"),
        Q("to confirm the details", "Nina Albright", "declined", "Nina Albright", "White House press secretary", "indirect", optional=True),
        Q("The president has been clear that he wants guardrails, and he'll have more to say soon,", "Albright", "told", "Nina Albright", "White House press secretary"),
        Q("We haven't seen the text, but any reporting regime has to protect trade secrets,", "Jordan Pike", "said", "Jordan Pike", "president of the Software Alliance"),
        Q("the order could be signed as early as next week", "One person familiar with the discussions", "said", "one person familiar with the discussions", type="indirect"),
    ]},
    {"id": "o10-10-court-filing", "style": "court filing in a political case: lawyers for X wrote in a filing, the judge wrote, prosecutors argued", "paragraphs": [
        "Lawyers for former Wisconsin Gov. Richard Amsel asked a federal judge on Monday to dismiss the campaign finance charges against him.",
        "The indictment \"criminalizes ordinary political fundraising,\" Amsel's attorneys wrote in a 42-page filing.",
        "Prosecutors argued in their response that Amsel had knowingly routed corporate money through a straw donor.",
        "U.S. District Judge Helena Strauss wrote in a brief order that she would hear arguments on Oct. 3.",
        "Amsel's lead attorney, Victor Lam, said outside the courthouse that his client \"looks forward to being vindicated.\"",
    ], "quotes": [
        Q("The indictment \"criminalizes ordinary political fundraising,\"", "Amsel's attorneys", "wrote", "Richard Amsel's attorneys", type="mixed", kind="group"),
        Q("Amsel had knowingly routed corporate money through a straw donor", "Prosecutors", "argued", "prosecutors", type="indirect", kind="group"),
        Q("she would hear arguments on Oct. 3", "Helena Strauss", "wrote", "Helena Strauss", "U.S. District Judge", "indirect"),
        Q("his client \"looks forward to being vindicated.\"", "Victor Lam", "said", "Victor Lam", "Amsel's lead attorney", "mixed"),
    ]},
    {"id": "o10-11-poll", "style": "poll: a Quinnipiac University poll found, the poll's director said, voters said", "paragraphs": [
        "Democratic Senate candidate Anna Kowalczyk holds a narrow lead over Republican Rep. Scott Drummond in Michigan, a Quinnipiac University poll found.",
        "Kowalczyk leads 47% to 44%, within the poll's margin of error, the survey found.",
        "\"This race is a coin flip with a slight Democratic tilt,\" said Tim Malloy, the poll's assistant director.",
        "Drummond's campaign dismissed the survey. \"The only poll that matters is on Election Day,\" campaign spokeswoman Kayla Moss said.",
        "Kowalczyk told supporters in Flint on Tuesday that she was \"not taking a single vote for granted.\"",
    ], "quotes": [
        Q("Democratic Senate candidate Anna Kowalczyk holds a narrow lead over Republican Rep. Scott Drummond in Michigan", "a Quinnipiac University poll", "found", "Quinnipiac University", type="indirect", kind="organization"),
        Q("Kowalczyk leads 47% to 44%, within the poll's margin of error", "the survey", "found", "Quinnipiac University", type="indirect", kind="organization", optional=True),
        Q("This race is a coin flip with a slight Democratic tilt,", "Tim Malloy", "said", "Tim Malloy", "the poll's assistant director"),
        Q("The only poll that matters is on Election Day,", "Kayla Moss", "said", "Kayla Moss", "campaign spokeswoman"),
        Q("she was \"not taking a single vote for granted.\"", "Kowalczyk", "told", "Anna Kowalczyk", "Democratic Senate candidate", "mixed"),
    ]},
]
