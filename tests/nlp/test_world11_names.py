"""Golden tests through the real model: names as Canadian general news writes them. A councillor's `Coun.` after
the cue, a French-Canadian surname with an elided particle after its hyphen (`Bouchard-D'Amours`), and a federal
department whose name opens with a list (`Immigration, Refugees and Citizenship Canada`). Each sentence is our
own; before world11 the speakers were `Coun`, `Cendrix Bouchard` and `Immigration and Refugees and Citizenship
Canada`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_councillors_abbreviated_title_after_the_cue(analyse):
    text = "\"Residents want a say in what gets built on their street,\" said Coun. Dale Hrynchuk, who brought the motion."
    speaker = speaker_of(analyse, text, "Residents want")
    assert (speaker.name, speaker.role) == ("Dale Hrynchuk", "Coun.")


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Hydro-Québec spokesperson Cendrix Bouchard-D'Amours said crews had arrived from Ontario.\n\n"
         "\"We are asking people to be patient,\" she said.", "We are asking", "Cendrix Bouchard-D'Amours"),
        ("\"My son wears his coat all morning,\" said Marie-Claude Lévesque-D'Anjou, a parent.", "My son wears", "Marie-Claude Lévesque-D'Anjou"),
    ],
)
def test_an_elided_particle_after_the_hyphen_is_part_of_the_surname(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("In an email, Immigration, Refugees and Citizenship Canada said it could not comment on a specific case.",
         "it could not comment", "Immigration, Refugees and Citizenship Canada"),
        ("Innovation, Science and Economic Development Canada said the review would take six months.",
         "the review would take", "Innovation, Science and Economic Development Canada"),
    ],
)
def test_a_department_name_opening_with_a_list_is_one_name(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_organisations_listed_before_a_name_stay_apart(analyse):
    text = "Google, Microsoft and Amazon Web Services said in a joint statement that the outage had been fixed."
    assert speaker_of(analyse, text, "the outage had been fixed").name != "Google, Microsoft and Amazon Web Services"


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("The Centre de services scolaire de Laval said in a statement that a new boiler would be installed.",
         "a new boiler", "Centre de services scolaire de Laval"),
        ("The Société de transport de Montréal said service would resume Monday.", "service would resume", "Société de transport de Montréal"),
    ],
)
def test_a_french_institutions_name_is_one_name(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_a_persons_name_with_particles_only_stays_a_person(analyse):
    text = "His neighbour, Marie-Ève de la Chevrotière, said she had not seen ice like it since 1998."
    assert speaker_of(analyse, text, "she had not seen ice").name == "Marie-Ève de la Chevrotière"
