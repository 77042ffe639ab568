"""Golden tests through the real model: a lede that gives only the capitalised office (`The Foreign Secretary has
warned …`, `The Taoiseach has said …`) and a next sentence that names the one person speaking. Each text is our own;
before world9 the speaker stayed `The Foreign Secretary`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name"),
    [
        ("The Chancellor has said that fuel duty will be frozen for another year.\n\n"
         "Speaking in Leeds on Friday, Martin Crowe said drivers had suffered enough.", "fuel duty", "Martin Crowe"),
        ("The Home Secretary has said that asylum hotels will close by the end of next year.\n\n"
         "Speaking in Dover, Shabana Mahmood-Clarke said: \"We inherited a broken system.\"", "asylum hotels", "Shabana Mahmood-Clarke"),
        ("The Taoiseach has said the new children's hospital will open in the spring.\n\n"
         "Speaking in Cork, Seán Madigan said the final inspections were under way.", "the new children", "Seán Madigan"),
    ],
)
def test_a_lede_office_is_the_person_named_speaking_next(analyse, text, starting, name):
    assert speaker_of(analyse, text, starting).name == name


def test_an_office_later_in_the_article_is_not_read_this_way(analyse):
    text = ("Drivers in Leeds face higher parking charges from May.\n\n"
            "The Chancellor has said that fuel duty will be frozen for another year.\n\n"
            "Speaking in Leeds on Friday, Martin Crowe said drivers had suffered enough.")
    assert speaker_of(analyse, text, "fuel duty").name != "Martin Crowe"
