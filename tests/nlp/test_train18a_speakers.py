"""Speaker forms of the train18a probe (PolNeAR training articles we named): `summary` is a document noun of the
report family, so `an agency summary of its review` and then `the summary` speak for the agency
(data/document_nouns.txt, data/document_families.tsv); an organisation written again without words inside its name
(`the Holocaust Museum`, `the Wildlife Fund`) is the one longer name it fits (`name_links._join_dropped_middles`);
a definite speaker noun for someone by what they do that no word list holds (`the veteran speechwriter`) is a person
(`description_resolution._agent_noun`); a description ends at a spaced hyphen opening an aside (`a contractor for X
- the firm that … - wiped`); `its Goodreads summary` whose `its` stays unresolved speaks for the name written before
the document noun (`DocumentResolution.behind_document`); a bare surname beside a namesake the article has written in
full every time (twice or more, never by the surname alone) is the namesake it named first
(`name_links._unless_told_apart`), unless that namesake's last full name was a clause's subject. Our own sentences,
through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_an_agency_summary_and_the_summary_speak_for_the_agency(analyse):
    text = ("The Environmental Protection Agency released documents on Monday about its review of the plant in Ohio.\n\n"
            "According to an EPA summary of its review, the plant manager, Dana Whitfield, ignored three warnings about "
            "the leaking tank.\n\n"
            "Workers were never told about the leak, according to the summary.")
    assert speaker_of(analyse, text, "ignored three warnings").name == "Environmental Protection Agency"
    assert speaker_of(analyse, text, "never told").name == "Environmental Protection Agency"


def test_a_museum_named_again_without_a_middle_word(analyse):
    text = ("The Dallas Museum of Fine Art and the Holocaust Memorial Museum in Houston both opened new wings this "
            "spring.\n\nThe Holocaust Museum said the new wing would hold letters from survivors.")
    assert speaker_of(analyse, text, "letters from survivors").name == "Holocaust Memorial Museum"


def test_a_fund_named_again_without_its_first_and_inner_words(analyse):
    text = ("The National Wildlife Conservation Fund in Denver issued a report on Tuesday warning that wolves were "
            "returning to the valley.\n\nTwo days later, the Wildlife Fund released a statement urging ranchers to "
            "stay calm.\n\nThe Wildlife Fund said it would hold meetings in every county.")
    assert speaker_of(analyse, text, "meetings in every county").name == "National Wildlife Conservation Fund"


def test_two_funds_that_both_fit_keep_the_short_name_apart(analyse):
    text = ("The National Wildlife Conservation Fund and the Western Wildlife Rescue Fund sued the state on Tuesday.\n\n"
            "The Wildlife Fund said it would appeal any ruling against it.")
    assert speaker_of(analyse, text, "appeal any ruling").name not in ("National Wildlife Conservation Fund",
                                                                          "Western Wildlife Rescue Fund")


def test_a_speechwriter_no_list_holds_is_the_person_described(analyse):
    text = ("Paula Renner, a former aide to Gov. Tom Hale, wrote in a newspaper column that she drafted the governor's "
            "farewell address.\n\n\"I wrote every word of it,\" Renner wrote.\n\n"
            "The veteran speechwriter said she now regrets some of its lines.")
    assert speaker_of(analyse, text, "regrets some of its lines").name == "Paula Renner"


def test_a_description_ends_at_a_spaced_hyphen_aside(analyse):
    text = ("The complaint centers on an incident in which a contractor for Ridgeline Data - the firm that once hosted "
            "the city's payroll system - wiped an archive of payroll records, even though he had been told to keep "
            "them.\n\nThe contractor told auditors he had forgotten the request.")
    assert speaker_of(analyse, text, "forgotten the request").name == "a contractor for Ridgeline Data"


def test_its_site_summary_speaks_for_the_site_when_its_stays_unresolved(analyse):
    text = ("Governor Ray Delgado met this week with a historian whose book, according to its Goodreads summary, "
            "\"tells the hidden story of the state's founding families.\"")
    assert speaker_of(analyse, text, "hidden story").name == "Goodreads"


def test_a_bare_surname_beside_a_namesake_always_written_in_full_is_the_one_named_first(analyse):
    text = ("As Senator Walter Pruett began attacking his Democratic rival on Monday, his daughter said the campaign was "
            "only getting started.\n\nLena Pruett, the senator's eldest daughter, spoke on a morning radio show in Tulsa.\n\n"
            "\"He is going to go after her record in a way nobody has before,\" Lena Pruett said.\n\n"
            "\"We are ready for this fight,\" Lena Pruett said.\n\n"
            "Lena Pruett's remarks came a day after her father unveiled a new nickname for his rival at a rally.\n\n"
            "\"She has been wrong on every vote that mattered,\" Pruett told the crowd.")
    assert speaker_of(analyse, text, "every vote that mattered").name == "Walter Pruett"


def test_a_bare_surname_just_after_a_namesake_named_once_in_full_stays_with_that_namesake(analyse):
    text = ("Senator Walter Pruett spent Monday in Tulsa.\n\nHis daughter, Lena Pruett, spoke at a school in Norman.\n\n"
            "\"We are ready for this fight,\" Pruett told the students.")
    assert speaker_of(analyse, text, "ready for this fight").name == "Lena Pruett"


def test_a_bare_surname_after_a_namesake_made_the_subject_stays_with_that_namesake(analyse):
    text = ("Walter Pruett's return to the campaign trail drew a crowd of 600 in Norman.\n\n"
            "Lena Pruett, his daughter, spoke first, and Walter Pruett praised her speech.\n\n"
            "Later, Lena Pruett visited a school in Moore.\n\n"
            "At a diner in Edmond, Lena Pruett rebuffed a heckler who asked about her father's votes. "
            "\"You will get no answer from me today,\" Pruett told him.")
    assert speaker_of(analyse, text, "no answer from me").name == "Lena Pruett"
