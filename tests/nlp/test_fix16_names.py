"""Names of fix16, on sentences of our own through the real model: after a portfolio of capitalised words, a name
with lower-case particles (`van der`, `de`, `bin`: data/name_particles.txt) begins at the word before them, as one
with a Gaelic particle's surname does (`name_extent.cut_portfolios`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, name, role", [
    ("Minister of Infrastructure and Water Management Sanne van der Meer said the dikes would be raised. "
     "\"There is no time to lose,\" Van der Meer said.", "Sanne van der Meer", "Minister of Infrastructure and Water Management"),
    ("Minister of Energy and Mineral Resources Faisal bin Rashid said output would rise. "
     "\"We will meet demand,\" he said.", "Faisal bin Rashid", "Minister of Energy and Mineral Resources"),
])
def test_a_name_with_particles_after_a_portfolio_begins_at_its_given_name(analyse, text, name, role):
    for words in ("would", "time to lose" if "Meer" in text else "meet demand"):
        speaker = speaker_of(analyse, text, words)
        assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize("later", ["Ms Al Marzouqi said", "Al Marzouqi said"])
def test_a_given_name_before_a_particles_surname_opening_a_sentence_is_kept(analyse, later):
    text = ("Sheikha Al Marzouqi, a nurse who lives in Al Ain, said her rent had doubled in two years. "
            f"\"We cannot stay here much longer,\" {later}.")
    assert speaker_of(analyse, text, "rent had doubled").name == "Sheikha Al Marzouqi"
    assert speaker_of(analyse, text, "stay here").name == "Sheikha Al Marzouqi"


def test_a_word_the_article_writes_in_lower_case_is_still_cut(analyse):
    text = ("Veteran Van der Berg said the club would appeal. \"We will appeal,\" Mr Van der Berg said. "
            "The veteran players backed him.")
    assert speaker_of(analyse, text, "club would appeal").name == "Van der Berg"


@pytest.mark.parametrize("opening", ["Transport researcher Simon Kwan Hoi-man said",
                                     "Transport researcher Simon Kwan Hoi-man of the University of Hong Kong said"])
def test_a_romanised_syllable_the_ner_leaves_out_ends_the_name(analyse, opening):
    text = f"{opening} the fares were too high. \"Most riders cannot afford it,\" Kwan said."
    for words in ("fares were", "cannot afford"):
        speaker = speaker_of(analyse, text, words)
        assert (speaker.name, speaker.role) == ("Simon Kwan Hoi-man", "Transport researcher")


def test_a_name_before_a_hyphened_modifier_stays_apart(analyse):
    text = "Critics of the Trump-era rules said the fares were too high. The Pelosi-led House said it would act."
    assert speaker_of(analyse, text, "fares were").name == "Critics of the Trump-era rules"
    assert speaker_of(analyse, text, "would act").name == "House"
