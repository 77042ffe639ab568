"""Golden tests through the real model: police ranks shortened with a full stop before a name, as Canadian news
writes them (`Cpl.`, `Const.`, `Staff Sgt.`), are the speaker's role. Each sentence is our own; before world9 the
name was right but the role was none."""

import pytest

from app.nlp.contract import extract_analysis
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize(
    ("text", "starting", "name", "role"),
    [
        ("Cpl. Dana Whitford said officers were called to the highway just after midnight.", "officers were", "Dana Whitford", "Cpl."),
        ("Staff Sgt. Lorne Beaulieu said the detachment would run checkstops all weekend.", "the detachment", "Lorne Beaulieu", "Staff Sgt."),
        ("Const. Maria Lopez said the driver was taken to hospital in Kelowna.", "the driver", "Maria Lopez", "Const."),
    ],
)
def test_a_rank_with_a_full_stop_is_the_role(analyse, text, starting, name, role):
    speaker = speaker_of(analyse, text, starting)
    assert (speaker.name, speaker.role) == (name, role)


def test_a_name_the_tagger_calls_an_organisation_is_a_person_after_a_rank(nlp):
    text = "Const. Harjit Sandhu, who was first on scene, said the victim died in hospital."
    entity = next(e for e in extract_analysis(nlp(text)).entities if e.name == "Harjit Sandhu")
    assert (entity.kind, entity.roles[:1]) == ("person", ("Const.",))
