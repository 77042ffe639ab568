"""Golden tests through the real model: titles and honorifics of Singapore, Malaysian, Nigerian, Ghanaian, Philippine,
Pakistani, Scottish and Jamaican news. Honorifics before a name are no part of it (`Madam`, `Alhaji`, `Mallam`,
`Comrade`, `Engr.`, `Opanyin`, `Mang`, Malaysian `Tan Sri`, which only as a pair is a title: `Tan` is a surname and
`Sri` a given name too); a title's holder named after its body between commas (`The Chairman of X, Alhaji Y, said`,
`The Member of Parliament (MP) for X, Hon. Y, said`) speaks, not the body, its letters in brackets or `Hon.`; letters
after a name (`MSP`) are not who speaks. Our own sentences; before world14 each speaker kept its honorific, was the
body or title, or another MSP."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, starting, name", [
    ("Alhaji Musa Bello, who chairs the market association, said the levy would be suspended.", "the levy", "Musa Bello"),
    ("Madam Chua Siew Eng, 71, said the lift had been broken for a month.", "the lift", "Chua Siew Eng"),
    ("Mallam Usman Danjuma, a trader, said prices had doubled since January.", "prices had", "Usman Danjuma"),
    ("Comrade Blessing Okoro said the union would not back down.", "the union", "Blessing Okoro"),
    ("Opanyin Yaw Boakye, 80, said the stream had dried up in his lifetime.", "the stream", "Yaw Boakye"),
])
def test_honorifics_are_no_part_of_the_name(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_tan_sri_is_a_title_only_as_a_pair(analyse):
    text = ("Businessman Tan Sri Wong Kah Seng said the hotel would reopen in March.\n\n"
            "Separately, Mr Tan Boon Huat said the festival would go ahead.")
    assert speaker_of(analyse, text, "the hotel").name == "Wong Kah Seng"
    assert speaker_of(analyse, text, "the festival").name == "Tan Boon Huat"


def test_the_holder_named_after_the_body(analyse):
    text = ("The Chairman of the Oyo State Traders Association, Alhaji Rasheed Adeleke, said the market would stay "
            "closed until Friday.")
    assert speaker_of(analyse, text, "the market would").name == "Rasheed Adeleke"


def test_letters_in_brackets_and_hon_are_not_the_holder(analyse):
    text = "The Member of Parliament (MP) for Ejura, Hon. Ama Boateng, said the bridge would be rebuilt."
    assert speaker_of(analyse, text, "the bridge").name == "Ama Boateng"


def test_an_msp_after_the_name_is_not_the_speaker(analyse):
    text = ("Fiona Baird, the SNP MSP for Perthshire North, said the hospital must stay open.\n\n"
            "Scottish Labour health spokeswoman Claire Henderson MSP said the board had \"lost the trust of patients\".")
    assert speaker_of(analyse, text, "lost the trust").name == "Claire Henderson"


def test_a_chiefs_title_run_into_an_organisation_is_still_a_title(analyse):
    """`Nana Boakye` tagged ORG: `Nana` never opens an organisation's name, so the chief is named in full."""
    text = ("The paramount chief of the Juaben Traditional Area, Nana Kwame Boakye II, said the festival would be "
            "postponed.\n\n"
            "Speaking at the palace on Monday, Nana Boakye said the elders had agreed to the decision.")
    assert speaker_of(analyse, text, "the elders had agreed").name == "Kwame Boakye II"


def test_a_pronoun_after_a_name_with_msp_is_that_person(analyse):
    """`MSP` after a name is not a mention of `the SNP MSP` of another sentence (a two-word organisation whose last
    word the table would otherwise take for its short name), so `he` goes back to the man named."""
    text = ("Scottish Conservative transport spokesman Neil Fraser MSP said the cuts were \"a disgrace\".\n\n"
            "Morag Reid, the SNP MSP for Fife North, said some of her constituents had waited a week for a bus.\n\n"
            "Labour MSP Anna Kerr said the timetable should be restored.\n\n"
            "The Scottish Greens' transport spokesman, Callum Ross MSP, said buses should be run as a public service.\n\n"
            "\"Nobody asks whether the A92 makes a profit. The buses are the villages' lifeline,\" he said.")
    assert speaker_of(analyse, text, "Nobody asks").name == "Callum Ross"


def test_the_holder_named_after_what_the_title_does(analyse):
    """`the senator representing X, Senator Y, said`: the name set after the title's participle phrase is who speaks,
    not the lawmaker named before."""
    text = ("The lawmaker representing Epe Constituency I in the Assembly, Hon. Bayo Adeniran, said the road was a "
            "death trap.\n\n"
            "Meanwhile, the senator representing Lagos East Senatorial District, Senator Femi Oduya, said in a statement "
            "by his media aide, Tunde Bello, that he had written to the Federal Ministry of Works.")
    assert speaker_of(analyse, text, "he had written").name == "Femi Oduya"
