"""Golden tests through the real model: names and roles as news outside the US writes them. Each sentence is our
own; before world8 the speaker's name kept the letters after it (`MP`, `KC`), a rank without full stops (`Det Sgt`)
or a peerage title (`Baroness`), lost the given name before `van der`/`de la`, and the role kept a courtesy title
(`Chief executive Dr`) or was missed (`a professor of …`, `co-leader`)."""

import pytest

from app.nlp.contract import extract_analysis
from app.nlp.roles import is_role
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("The shadow transport secretary, Helen Marsh MP, said the timetable was \"a fantasy\". "
         "\"Passengers deserve better than this,\" she said.", "Passengers deserve", "Helen Marsh"),
        ("Rupert Calloway KC, for the defence, told the jury: \"My client was nowhere near the flat.\"", "My client", "Rupert Calloway"),
        ("Grace Adeyemi OBE, who founded the charity in 2004, said: \"We could not have done this alone.\"", "We could not", "Grace Adeyemi"),
        ("Ch Supt Rachel Ode QPM said: \"The operation was a success.\"", "The operation", "Rachel Ode"),
        ("Fiona Baird MSP told the chamber: \"This bill will help every tenant in Scotland.\"", "This bill", "Fiona Baird"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


@pytest.mark.parametrize(
    ("text", "starting", "name", "role"),
    [
        ("Det Sgt Aisha Khan, of Thames Valley Police, said: \"We are keeping an open mind.\"", "We are keeping", "Aisha Khan", "Det Sgt"),
        ("Ch Supt Owen Pryce said: \"Officers will stay in the town centre all weekend.\"", "Officers will", "Owen Pryce", "Ch Supt"),
        ("Cllr Bronagh Doyle said: \"The library will stay open on Saturdays.\"", "The library", "Bronagh Doyle", "Cllr"),
        ("Taoiseach Micheál Martin said the talks on the budget would resume on Monday.", "the talks", "Micheál Martin", "Taoiseach"),
        ("Alliance MLA Niamh Carville said: \"The hospital cannot wait another year.\"", "The hospital", "Niamh Carville", "Alliance MLA"),
    ],
)
def test_a_rank_written_without_full_stops_is_a_role_not_a_name(analyse, text, starting, name, role):
    speaker = speaker_of(analyse, text, starting)
    assert (speaker.name, speaker.role) == (name, role)


def test_a_peerage_title_is_no_part_of_the_name(analyse):
    text = ("Baroness Amira Shah said the report was overdue.\n\n"
            "\"Ministers have sat on it for a year,\" Lady Shah added.")
    assert speaker_of(analyse, text, "Ministers have").name == "Amira Shah"


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("Dutch Finance Minister Ingrid van der Veen said the budget was balanced.\n\n"
         "\"We will not borrow more,\" van der Veen told reporters.", "We will not", "Ingrid van der Veen"),
        ("The water board chair, Joost van den Bosch, said the dikes would hold. \"We are ready,\" van den Bosch told reporters.", "We are ready",
         "Joost van den Bosch"),
    ],
)
def test_a_name_runs_on_through_its_lower_case_particles(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


@pytest.mark.parametrize(
    ("text", "starting", "role"),
    [
        ("Medical director Dr Hamish Reid said: \"The ward will reopen in March.\"", "The ward", "Medical director"),
        ("Ana Kovac, a professor of economics at Monash University, said: \"Rates will fall next year.\"", "Rates will",
         "professor of economics at Monash University"),
        ("Green Party co-leader Rhys Tamihana said: \"This is a good day for the river.\"", "This is a good day", "Green Party co-leader"),
    ],
)
def test_the_role_as_written(analyse, text, starting, role):
    assert speaker_of(analyse, text, starting).role == role


def test_a_role_names_what_someone_does():
    assert is_role("Green Party co-leader")
    assert is_role("a professor of history")
    assert not is_role("Professor")
    assert not is_role("Dr")
    assert not is_role("professor sir")  # the courtesy titles before `Professor Sir John Curtice`, lower-cased


@pytest.mark.parametrize(("text", "name", "gender"), [
    ("Baroness Amira Shah spoke in the debate on Tuesday.", "Amira Shah", "female"),
    ("Viscount Hugo Ashdown opened the garden to the public.", "Hugo Ashdown", "male"),
])
def test_a_peerage_title_states_a_gender(nlp, text, name, gender):
    entities = {entity.name: entity for entity in extract_analysis(nlp(text)).entities}
    assert entities[name].gender == gender


@pytest.mark.parametrize(("text", "starting", "name", "gender"), [
    ("Fr Declan Moran said the shelter would open every night this winter.", "the shelter", "Declan Moran", "male"),
    ("Smt Kavita Rao said the scheme had reached two million farmers.", "the scheme", "Kavita Rao", "female"),
    ("Shri Vikram Sethi said the bridge would open in June.", "the bridge", "Vikram Sethi", "male"),
    ("Datuk Seri Hafiz Rahman said the port would be expanded.", "the port", "Hafiz Rahman", None),
])
def test_religious_and_national_courtesy_titles_are_no_part_of_the_name(analyse, text, starting, name, gender):
    speaker = speaker_of(analyse, text, starting)
    assert (speaker.name, speaker.gender) == (name, gender)
