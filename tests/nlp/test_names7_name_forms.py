"""Names as the article writes them (issue 8, seventh round), on sentences of our own: a misencoded `ú` whose
ordinal sign was folded to `o`, two surnames joined by a hyphen for a pair, and a plural title word inside an
organisation's name."""

import unicodedata

import pytest

from app.nlp.mojibake import repair_mojibake
from tests.nlp.speaking import speaker_of


def _folded_mojibake(name: str) -> str:
    """`name` read through the wrong encoding and then NFKC-normalised, as some web text arrives."""
    return unicodedata.normalize("NFKC", name.encode("utf-8").decode("cp1252"))


def test_a_misencoded_u_acute_whose_ordinal_sign_became_o_is_repaired():
    assert _folded_mojibake("Raúl") == "RaÃol"
    assert repair_mojibake("RaÃol Ibáñez") == "Raúl Ibáñez"
    assert repair_mojibake(_folded_mojibake("Jesús Núñez")) == "Jesús Núñez"
    assert repair_mojibake("SÃO PAULO") == "SÃO PAULO"  # capitals, not a folded ordinal


@pytest.mark.slow
def test_two_surnames_joined_for_a_pair_are_no_third_person(analyse):
    text = (
        "The party nominated former mayor Anna Lindqvist for president and named former senator Tomas Berg as her "
        "running mate.\n\n"
        "Voters filing into Lindqvist-Berg rallies last week were upbeat.\n\n"
        "\u201cWe are the only grown-ups in this race,\u201d Berg said on Friday."
    )
    assert speaker_of(analyse, text, "the only grown-ups").name == "Tomas Berg"


@pytest.mark.slow
def test_a_plural_title_inside_an_organisations_name_is_part_of_it(analyse):
    text = (
        "Spending by outside groups rose sharply in the final month.\n\n"
        "National Teachers United, the super PAC tied to the union, said it had spent more than $2 million on ads."
    )
    assert speaker_of(analyse, text, "more than").name == "National Teachers United"


@pytest.mark.slow
def test_council_and_parliament_titles_are_not_part_of_the_name(analyse):
    text = (
        "The housing plan was attacked on Tuesday.\n\n"
        "\u201cThis plan is a disgrace,\u201d said Labour TD Aodh\u00e1n \u00d3 R\u00edord\u00e1in.\n\n"
        "\u201cWe will build fifty thousand homes,\u201d Taoiseach Leo Brannigan told the chamber.\n\n"
        "\u201cThe city will not be bullied,\u201d said Alderman Walter J. Okafor of the 4th Ward."
    )
    assert speaker_of(analyse, text, "a disgrace").name == "Aodh\u00e1n \u00d3 R\u00edord\u00e1in"
    assert speaker_of(analyse, text, "fifty thousand homes").name == "Leo Brannigan"
    assert speaker_of(analyse, text, "not be bullied").name == "Walter J. Okafor"
