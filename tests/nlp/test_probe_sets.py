"""Golden tests through the real model: our own probe articles in styles PolNeAR lacks, scored like PolNeAR, each
set held to floors near its figures (each folder's README.md has the before and after of the round that wrote it):
- world8: UK, Irish, Canadian, Australian, New Zealand, Singaporean, Malaysian, Kenyan, Indian and wire styles
  (name right on 0.74 / 0.75 of the matched quotes of probe / holdout before it);
- world9: Canadian and British news, CBC to the tabloids (0.93 / 0.71 before);
- outlets9: US and wire news beyond politics, sports to obituaries (0.88 / 0.93 before);
- world10: Canadian and British political and parliamentary news (0.9545 before, quote recall 0.9362);
- outlets10: US political news as other outlets write it today, Axios to hearings (0.98 before, quote recall 0.92);
- outlets11: wire, broadcast, local, science, investigative and feature news beyond PolNeAR's outlets, with NPR
  transcripts (0.92 / 0.88 before, quote recall 0.91 / 0.91);
- world11: Canadian and British general news, hospitals to profiles (0.86 / 0.90 before);
- world12: LONG Canadian and British general news (4,000+ characters, up to 16 quotes an article: namesakes,
  returning surnames and descriptions, pronoun chains; 0.93 / 0.90 before);
- outlets12: LONG US news articles (4,000+ characters, 16-21 quotes each) from the NYT to local papers, many speakers,
  namesakes, pronoun chains across paragraphs (0.90 / 0.88 before, quote recall 0.96 / 0.99);
- world13: LONG Australian, New Zealand, Irish, Indian, South African, Kenyan and wire news (3,500+ characters:
  `Cr`, `Gogo`, `MMC`, Gaelic surnames, `Minister for Health Mark Butler`, Indian initials; 0.83 / 0.87 before);
- outlets13: LONG US political and public-affairs news (3,500-4,000 characters, 16-26 quotes each) as PolNeAR's 2016
  outlets write it: campaign trails, hearings, briefings, polls, debates, namesakes (0.93 / 0.94 before, quote
  recall 0.94 / 0.98);
- outlets14: LONG US political-adjacent news from beats the earlier sets left out (3,500-3,700 characters, 21-25
  quotes each): statehouses (`Assemblymember`, `state Sen.`, `Del.`), city councils (`Ald.`, `Council President`),
  federal and state courts, FEC complaints, an EPA rule, a transit strike, Hill/Axios/Fox News Digital styles
  (0.87 / 0.87 before, quote recall 0.99 / 0.99).
- world14: LONG Singaporean, Malaysian, Nigerian, Ghanaian, Philippine, Pakistani, Scottish and Jamaican news (3,500+
  characters, 17-25 quotes each: `Madam Ng`, `Tan Sri`, `Alhaji`, `Nana`, `Engr.`, `Hon.`, `Sen.`, `Atty.`, quoted
  nicknames, Malay given names, surnames written first, `MSP` after a name; 0.69 / 0.56 before, on the corrected gold).
- world15a: LONG Hong Kong, Korean, Japanese, Taiwanese, Bangladeshi and Sri Lankan news (3,340-3,570 characters, 19-25
  quotes each: `Gary Lau Chi-hang` -> `Lau`, `Kwon Tae-sik` -> `Kwon`, Chinese characters in brackets after names,
  `Rep.`, `Gov.`, `Legislator`, `Md`, `Haji`, `Advocate`, Sri Lankan initials; 0.72 / 0.89 before).
- outlets15: LONG US political exchanges (3,400-3,600 characters, 20-27 quotes each) where several people speak in
  turn: debates, Senate and House hearings written as alternating paragraphs, a press briefing, a PolitiFact
  fact-check, Sunday shows, a rally (0.90 / 0.95 before, quote recall 0.98 / 0.98).
- world15b: LONG continental European, Israeli, Gulf and East and Southern African news (3,400-3,700 characters,
  18-24 quotes each: particles `von der`, `ter`, `Le`, `van den`, `MK … (Party)`, `HH Sheikh … bin … Al …`, `Eng.`,
  `RDC`, `Hon.`, `Mzee`, `Cde`, `Mbuya`, long ministry titles; 0.81 / 0.78 before, on the corrected gold).
- world16b: LONG Canadian news in forms world9-world12 lack (4,000-4,400 characters, 12-16 required quotes each: question
  period, `Regional Chief`, `Elder`, ITK's president, `Insp.`/`Supt.`/`Staff Sgt.`, a wildfire information officer,
  a conference call with analysts, Quebec particles, `MHA`/`MNA`, ridings joined by en dashes, brothers of one surname
  and `the 19-year-old`; 0.94 / 0.85 before, on the corrected gold).
- outlets17: LONG business, markets, technology, labour and regulatory news as the WSJ, Bloomberg, Reuters, the FT and
  AP business write it (4,000-4,600 characters, 19-20 quotes each: `Veltrona N.V.` then `Veltrona`, `The Plano, Texas,
  company`, `the retailer`, `the agency` after `the FTC`, `the complaint alleges`, `the notice says`, `De Wit`, `told
  analysts on a call in July that`; 0.79 / 0.83 before, on the corrected gold).
- outlets16: LONG US campaign and Washington news (4,476-4,557 characters, 23-35 quotes each) on issue 8's speaker-identity
  classes: headlines with a speaker, descriptions named later, spouses of one surname, memos and polls, a transcript
  excerpt, a first-person column, nested reports, two senators as one source (0.87 / 0.81 before, quote recall 0.92 /
  0.91).
- world16a: LONG British, Scottish, Welsh, Northern Irish and Irish news (4,000-4,100 characters, 11-18 quotes each: a
  Welsh inquest with `PC` and `ap`, First Minister's Questions, the Dáil with `the Taoiseach`, `the Tánaiste` and the
  `Ceann Comhairle`, a Lords revolt with `Lord … of …` and `Lady …`, a tabloid football report in single quotes, a
  Belfast judicial review; 0.86 / 0.89 before, on the corrected gold).
- world17: LONG Australian and New Zealand news (4,000-4,220 characters, 16-19 quotes each: ABC state politics with
  `Minister for Emergency Services …` and `the Opposition Leader`, a NSW custody inquest with `Deputy State Coroner
  Magistrate …` and `Aunty`, an RNZ iwi water deal with `Kaumātua`, `Dame Whetū` and `Te Rūnanga o …`, an NRL
  judiciary story in curly single quotes; a holdout of a Senate estimates hearing, an NZ High Court sentencing and an
  All Blacks squad in straight single quotes; 0.82 / 0.93 before, on the corrected gold).
- features17: LONG features, profiles and long reads (4,400-4,950 characters, 20-24 scored quotes each) as the New
  Yorker, The Atlantic, ProPublica, the Guardian's long read, the New York Times Magazine and a local Sunday paper
  write them: one protagonist of many pronouns among others of the same gender, kin sharing a surname, a person named
  after a description, nicknames, letters, diaries, notes and texts as sources, uncued dialogue (0.80 / 0.76 before,
  on the corrected gold).
- train18a, train18b, train18c, train18d: 14 PolNeAR training articles each that train-named leaves unnamed (10 probe,
  4 holdout; two of each of its seven outlets, 2015-16), named by hand before the pipeline ran on them; only the
  names are ours, and the fixture below joins them with ../shared's texts (names 0.78 / 0.92, 0.85 / 0.93, 0.86 /
  0.80 and 0.76 / 0.75 before; quote recall 0.38-0.69 is PolNeAR's convention, beliefs and votes annotated as
  attributions).
Floors of world8, world9, outlets9 and outlets10 were raised after round eleven's general rules (wire credits, `the
government`, described companies, human-interest ledes, passive addressees, role words) moved their figures; those of
world9's holdout, world11, outlets9, outlets10 and outlets11 after round twelve's (fix12: owned relations, court
participles and professions as roles, council and union names, company initials, dated documents, `texted`); those
of world12's holdout and outlets12 after round thirteen's (fix13: pronouns in coordinations and after an unnamed
speaker, converse relations, descriptions named later, companies and party words that are no people, long asides);
those of world13, outlets13 and outlets11's roles after round fourteen's (fix14: a given name with an apostrophe,
a body's name listing its members, the officer named after it, `the CS`, the one asked answers, namesakes by the
gender a kinship owner states, a minister's portfolio, a document's author, titles with numbers and `and`); those
of world14 and outlets14's holdout after round fifteen's (fix15: `s/o` and `ap` particles, given names the nickname
list lacks, `DPP`, a lower-case portfolio run into a name, a participle or a place before the subject, `MS` after a
name, US council titles tagged ORG, the mayor's office, courtesy titles last in a role, `Nana` after an office).
"""

import importlib.util
from pathlib import Path

import pytest

from app.evaluate import load_gold, score

pytestmark = pytest.mark.slow  # through the real model

DATA = Path(__file__).parents[1] / "data"

# quote@0.3 recall and precision, speaker name and mention accuracy, attributed@0.3 precision, role accuracy
FIGURES = {
    "recall": lambda summary: summary["quote@0.3"]["recall"],
    "precision": lambda summary: summary["quote@0.3"]["precision"],
    "name": lambda summary: summary["speaker_name_acc"],
    "attributed": lambda summary: summary["attributed@0.3"]["precision"],
    "mention": lambda summary: summary["speaker_mention_acc"],
    "role": lambda summary: summary["role_acc"],
}

FLOORS = {
    "world8/probe.jsonl": {"recall": 0.97, "name": 0.98, "attributed": 0.97, "mention": 0.97, "role": 0.94},
    "world8/holdout.jsonl": {"recall": 0.97, "name": 0.95, "attributed": 0.89, "mention": 0.97, "role": 0.84},
    "world9/probe.jsonl": {"recall": 0.98, "name": 0.98, "attributed": 0.96, "mention": 0.97, "role": 0.79},
    "world9/holdout.jsonl": {"recall": 0.98, "name": 0.97, "attributed": 0.95, "mention": 0.97, "role": 0.93},
    "outlets9/probe.jsonl": {"recall": 0.98, "name": 0.97, "attributed": 0.96, "mention": 0.95, "role": 0.94},
    "outlets9/holdout.jsonl": {"recall": 0.98, "name": 0.97, "attributed": 0.97, "mention": 0.95, "role": 0.86},
    "world10/probe.jsonl": {"recall": 0.95, "name": 0.95, "attributed": 0.89, "mention": 0.97, "role": 0.82},
    "outlets10/probe.jsonl": {"recall": 0.94, "precision": 0.99, "name": 0.98, "attributed": 0.97, "mention": 0.99,
                              "role": 0.96},
    "outlets11/probe.jsonl": {"recall": 0.97, "precision": 0.95, "name": 0.96, "attributed": 0.93, "mention": 0.97,
                              "role": 0.85},
    "outlets11/holdout.jsonl": {"recall": 0.98, "precision": 0.96, "name": 0.96, "attributed": 0.94, "mention": 0.98,
                                "role": 0.89},
    "world11/probe.jsonl": {"recall": 0.98, "precision": 0.95, "name": 0.98, "attributed": 0.94, "mention": 0.97,
                            "role": 0.87},
    "world11/holdout.jsonl": {"recall": 0.98, "precision": 0.98, "name": 0.97, "attributed": 0.97, "mention": 0.98,
                              "role": 0.87},
    "world12/probe.jsonl": {"recall": 0.98, "precision": 0.93, "name": 0.98, "attributed": 0.93, "mention": 0.96,
                            "role": 0.65},
    "world12/holdout.jsonl": {"recall": 0.98, "precision": 0.90, "name": 0.96, "attributed": 0.88, "mention": 0.98,
                              "role": 0.91},
    "outlets12/probe.jsonl": {"recall": 0.95, "precision": 0.93, "name": 0.96, "attributed": 0.91, "mention": 0.96,
                              "role": 0.81},
    "outlets12/holdout.jsonl": {"recall": 0.98, "precision": 0.91, "name": 0.92, "attributed": 0.86, "mention": 0.95,
                                "role": 0.88},
    "world13/probe.jsonl": {"recall": 0.96, "precision": 0.95, "name": 0.98, "attributed": 0.95, "mention": 0.97,
                            "role": 0.89},
    "world13/holdout.jsonl": {"recall": 0.97, "precision": 0.95, "name": 0.95, "attributed": 0.92, "mention": 0.98,
                              "role": 0.65},
    "outlets13/probe.jsonl": {"recall": 0.95, "precision": 0.95, "name": 0.97, "attributed": 0.95, "mention": 0.96,
                              "role": 0.81},
    "outlets13/holdout.jsonl": {"recall": 0.96, "precision": 0.91, "name": 0.96, "attributed": 0.90, "mention": 0.97,
                                "role": 0.79},
    "outlets14/probe.jsonl": {"recall": 0.97, "precision": 0.97, "name": 0.96, "attributed": 0.96, "mention": 0.96,
                              "role": 0.74},
    "outlets14/holdout.jsonl": {"recall": 0.96, "precision": 0.92, "name": 0.94, "attributed": 0.89, "mention": 0.95,
                                "role": 0.67},
    "world14/probe.jsonl": {"recall": 0.98, "precision": 0.97, "name": 0.93, "attributed": 0.92, "mention": 0.95,
                            "role": 0.52},
    "world14/holdout.jsonl": {"recall": 0.98, "precision": 0.93, "name": 0.90, "attributed": 0.86, "mention": 0.95,
                              "role": 0.62},
    "world15a/probe.jsonl": {"recall": 0.98, "precision": 0.96, "name": 0.92, "attributed": 0.90, "mention": 0.96,
                             "role": 0.74},
    "world15a/holdout.jsonl": {"recall": 0.98, "precision": 0.94, "name": 0.87, "attributed": 0.83, "mention": 0.97,
                               "role": 0.71},
    "outlets15/probe.jsonl": {"recall": 0.96, "precision": 0.96, "name": 0.95, "attributed": 0.94, "mention": 0.95,
                              "role": 0.67},
    "outlets15/holdout.jsonl": {"recall": 0.96, "precision": 0.91, "name": 0.95, "attributed": 0.89, "mention": 0.97,
                                "role": 0.60},
    "world15b/probe.jsonl": {"recall": 0.98, "precision": 0.95, "name": 0.93, "attributed": 0.91, "mention": 0.94,
                             "role": 0.62},
    "world15b/holdout.jsonl": {"recall": 0.96, "precision": 0.93, "name": 0.82, "attributed": 0.79, "mention": 0.95,
                               "role": 0.77},
    "world16b/probe.jsonl": {"recall": 0.98, "precision": 0.94, "name": 0.96, "attributed": 0.93, "mention": 0.97,
                             "role": 0.82},
    "world16b/holdout.jsonl": {"recall": 0.98, "precision": 0.93, "name": 0.95, "attributed": 0.91, "mention": 0.97,
                               "role": 0.82},
    "outlets16/probe.jsonl": {"recall": 0.90, "precision": 0.97, "name": 0.90, "attributed": 0.89, "mention": 0.94,
                              "role": 0.57},
    "outlets16/holdout.jsonl": {"recall": 0.88, "precision": 0.89, "name": 0.80, "attributed": 0.73, "mention": 0.88,
                                "role": 0.62},
    "world16a/probe.jsonl": {"recall": 0.97, "precision": 0.96, "name": 0.94, "attributed": 0.92, "mention": 0.96,
                             "role": 0.81},
    "world16a/holdout.jsonl": {"recall": 0.98, "precision": 0.90, "name": 0.91, "attributed": 0.84, "mention": 0.89,
                               "role": 0.85},
    "world17/probe.jsonl": {"recall": 0.96, "precision": 0.96, "name": 0.97, "attributed": 0.96, "mention": 0.94,
                            "role": 0.90},
    "world17/holdout.jsonl": {"recall": 0.97, "precision": 0.87, "name": 0.91, "attributed": 0.81, "mention": 0.95,
                              "role": 0.81},
    "outlets17/probe.jsonl": {"recall": 0.97, "precision": 0.96, "name": 0.90, "attributed": 0.88, "mention": 0.94,
                              "role": 0.87},
    "outlets17/holdout.jsonl": {"recall": 0.96, "precision": 0.96, "name": 0.89, "attributed": 0.87, "mention": 0.96,
                                "role": 0.78},
    "features17/probe.jsonl": {"recall": 0.96, "precision": 0.94, "name": 0.93, "attributed": 0.90, "mention": 0.95,
                               "role": 0.65},
    "features17/holdout.jsonl": {"recall": 0.88, "precision": 0.92, "name": 0.74, "attributed": 0.70, "mention": 0.95,
                                 "role": 0.79},
    "train18a/probe.jsonl": {"recall": 0.55, "precision": 0.90, "name": 0.86, "attributed": 0.78, "mention": 0.92,
                             "role": 0.52},
    "train18a/holdout.jsonl": {"recall": 0.66, "precision": 0.88, "name": 0.89, "attributed": 0.80, "mention": 0.89,
                               "role": 0.61},
    "train18b/probe.jsonl": {"recall": 0.53, "precision": 0.90, "name": 0.90, "attributed": 0.81, "mention": 0.93,
                             "role": 0.39},
    "train18b/holdout.jsonl": {"recall": 0.52, "precision": 0.95, "name": 0.90, "attributed": 0.88, "mention": 0.95,
                               "role": 0.73},
    "train18c/probe.jsonl": {"recall": 0.47, "precision": 0.90, "name": 0.91, "attributed": 0.85, "mention": 0.93,
                             "role": 0.49},
    "train18c/holdout.jsonl": {"recall": 0.53, "precision": 0.85, "name": 0.77, "attributed": 0.67, "mention": 0.91,
                               "role": 0.54},
    "train18d/probe.jsonl": {"recall": 0.59, "precision": 0.93, "name": 0.79, "attributed": 0.73, "mention": 0.84,
                             "role": 0.48},
    "train18d/holdout.jsonl": {"recall": 0.36, "precision": 0.84, "name": 0.72, "attributed": 0.62, "mention": 0.92,
                               "role": 0.42},
}


def _named_train():
    spec = importlib.util.spec_from_file_location("named_train", DATA / "named_train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", autouse=True)
def _join_named_training_sets():
    """The sets of PolNeAR training articles we named are joined with ../shared's texts here, since the texts may
    not be copied into the project."""
    named_train = _named_train()
    for folder in named_train.named_sets():
        named_train.build(folder)


@pytest.mark.parametrize("path", list(FLOORS))
def test_each_probe_set_keeps_its_floors(nlp, path):
    summary = score(nlp, load_gold(DATA / path)).summary()
    figures = {figure: FIGURES[figure](summary) for figure in FLOORS[path]}
    below = {figure: value for figure, value in figures.items() if value < FLOORS[path][figure]}
    assert not below, f"{path}: below the floors {FLOORS[path]}: {below}"
