"""Golden tests through the real model: titles, honorifics and surnames of Australian, New Zealand, South African and
Irish news. `Cr` (an Australian or New Zealand councillor) and `Gogo` (a South African grandmother) are no part of the
name they stand before; a title-case `Ms` the NER ran into an organisation with the surname still calls a person; an
officer named after a body's name with `of` (`Municipal Association of Victoria president Dean Carmody says`, `Dean`
his given name) speaks, not the body; `MMC` is a title; a two-word Gaelic surname (`Mr Ó Briain`, `Ms Ní Mhurchú`)
is the person named in full with it (`BL` after a name is a barrister's letters). Our own sentences; before world13 each of these speakers was a name of its
own (`Cr Hollis`, `Gogo Thandi Mokoena`, `Ms Kostas`, `Ó Súilleabháin`), a body, or the bare title."""

import pytest
from spacy.tokens import Span

from app.nlp.name_runs import name_runs
from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_cr_is_a_councillors_title(analyse):
    text = ("Councillor Rhonda Hollis moved the motion on Tuesday night.\n\n"
            "\"We have waited long enough for this bridge,\" Cr Hollis said.")
    assert speaker_of(analyse, text, "waited long enough").name == "Rhonda Hollis"


def test_gogo_is_a_courtesy_title(analyse):
    text = "Gogo Thandi Mokoena, 81, said she had walked to the clinic twice that week and been sent home both times."
    speaker = speaker_of(analyse, text, "walked to the clinic")
    assert speaker.name == "Thandi Mokoena"
    assert speaker.gender == "female"


def test_an_honorific_run_into_an_organisation_still_calls_the_person(nlp):
    # the NER's tagging of `Ms Kostas` varies with the sentence: the Doc is parsed, then given the ORG the probe's had
    doc = nlp("\"Every child deserves a classroom with a roof that does not leak,\" Ms Kostas said.")
    ms = next(t.i for t in doc if t.text == "Ms")
    doc.ents = [Span(doc, ms, ms + 2, label="ORG")]
    run = next(run for run in name_runs(doc, bytearray(len(doc))) if doc[run.end - 1].text == "Kostas")
    assert (doc[run.start : run.end].text, run.kind, run.honorific) == ("Kostas", "person", "ms")


def test_an_officer_named_after_a_bodys_name_speaks(analyse):
    text = ("Australian Council of Trade Unions secretary Dean Whitlock says the wage rise will not cover rents.\n\n"
            "\"Workers are going backwards,\" Mr Whitlock says.")
    speaker = speaker_of(analyse, text, "will not cover rents")
    assert speaker.name == "Dean Whitlock"
    assert speaker_of(analyse, text, "going backwards").name == "Dean Whitlock"


def test_mmc_is_a_title_before_an_apposed_name(analyse):
    text = ("The City's MMC for water and sanitation, Lindiwe Sithole, said the backlog of title deeds would be cleared by March "
            "and admitted that the department had lost files.")
    assert speaker_of(analyse, text, "title deeds").name == "Lindiwe Sithole"


@pytest.mark.parametrize("text, words, named", [
    ("Seán Ó Súilleabháin BL, for the council, said the plans had been lawful.\n\n"
     "\"The council followed every step,\" Mr Ó Súilleabháin said.", "every step", "Seán Ó Súilleabháin"),
    ("The appeal was heard on Friday. Aoife Ní Dhomhnaill, the board's chair, said it would not be contested.\n\n"
     "\"We accept the ruling,\" Ms Ní Dhomhnaill said.", "accept the ruling", "Aoife Ní Dhomhnaill"),
])
def test_a_gaelic_surname_is_the_person_named_with_it(analyse, text, words, named):
    assert speaker_of(analyse, text, words).name == named


@pytest.mark.parametrize("text, words, named", [
    ("Minister for Housing Clare Dempsey said 3,000 homes would be finished by the end of the year.",
     "3,000 homes", "Clare Dempsey"),
    ("Union Minister for Jal Shakti R. Venkatesh Prasad said the canal would be finished by June.\n\n"
     "\"Water is not politics,\" said Mr. Prasad.", "not politics", "R. Venkatesh Prasad"),
])
def test_a_portfolio_after_a_title_is_no_part_of_the_name(analyse, text, words, named):
    assert speaker_of(analyse, text, words).name == named


@pytest.mark.parametrize("text, words, named", [
    ("Former cabinet minister Lord Arbuthnot told the chamber the bill would \"hand councils a blank cheque\".",
     "blank cheque", "Arbuthnot"),
    ("Labour group leader Cllr Mary Sheehan said the vote had been rushed.", "been rushed", "Mary Sheehan"),
])
def test_a_title_after_a_lower_case_title_is_still_a_title(analyse, text, words, named):
    """Guards: `Lord` and `Cllr` after `minister` and `leader` are titles, not given names (`Dean` is)."""
    assert speaker_of(analyse, text, words).name == named
