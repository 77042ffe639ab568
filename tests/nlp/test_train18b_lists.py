"""Who is in a coordinated speaker (train18b, found on PolNeAR training articles named by hand): a party or
nationality epithet with `a` coordinated after a named person's apposition is more of that person's description
(roles.indefinite_epithet); a conjunct the parser hangs on a name inside a parenthetical aside, past the aside's
closing bracket, is no co-speaker (tokens.parenthesis_closes_between); an organisation's name written before a
title and a person's name is that person's employer, not a person (entities._employer_of_the_next), and it may
stand before a name listed after `along with` (name_lists._before_name). Our own sentences, through the real
model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_party_epithet_after_the_apposition_describes_the_same_person(analyse):
    text = ("\"The bill is a disgrace,\" said Tom Walsh, a senior fellow at the Harbor Institute, and a Democrat who "
            "chaired the state finance panel.")
    assert speaker_of(analyse, text, "disgrace").name == "Tom Walsh"


def test_a_nationality_epithet_after_the_apposition_describes_the_same_person(analyse):
    text = ("\"The treaty will not survive the winter,\" said Ingrid Holm, a lecturer at the Nordic Policy Institute, "
            "and a Norwegian who advised two foreign ministers.")
    assert speaker_of(analyse, text, "treaty").name == "Ingrid Holm"


def test_a_party_epithet_without_an_apposition_is_still_a_second_speaker(analyse):
    text = "\"The bill is a disgrace,\" said Tom Walsh and a Democrat who chaired the state finance panel."
    assert speaker_of(analyse, text, "disgrace").name.startswith("Tom Walsh and")


def test_no_coordination_across_the_end_of_an_aside(analyse):
    text = ("Those votes angered ordinary members (\"Give me my money back,\" wrote Paul Agee, a welder in Toledo, "
            "Ohio, on the union's Facebook page), and the national council's coming endorsement will anger more.")
    assert speaker_of(analyse, text, "money back").name == "Paul Agee"


def test_names_coordinated_inside_one_bracket_pair_still_speak_together(analyse):
    text = "Ann Ortiz (D-Ohio) and Bill Crane (R-Texas) said the measure \"goes nowhere.\""
    assert speaker_of(analyse, text, "nowhere").name == "Ann Ortiz and Bill Crane"


def test_a_newsroom_before_a_reporter_listed_along_with_is_no_person(analyse):
    text = ("Former Gazette reporter Rita Gomez accused the mayor's chief of staff, Tom Beck, of shoving her at a "
            "rally. Gomez, along with Washington Post reporter Dale Howe, say the aide pushed her aside.")
    assert speaker_of(analyse, text, "pushed her aside").name == "Rita Gomez and Dale Howe"


def test_another_newsroom_before_a_reporter_listed_along_with(analyse):
    text = ("Former Gazette reporter Rita Gomez accused the mayor's chief of staff, Tom Beck, of shoving her at a "
            "rally. Gomez, along with Boston Globe reporter Dale Howe, say the aide pushed her aside.")
    assert speaker_of(analyse, text, "pushed her aside").name == "Rita Gomez and Dale Howe"
