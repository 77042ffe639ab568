"""Business news (outlets17), on sentences of our own: a company named once by its legal name and then by a short
form (`Veltrona said` after `Veltrona N.V.`, `Quillfin` after `Quillfin Technologies Inc.`, `Aldermoor` after
`Aldermoor Bank`), by where it is (`The Plano, Texas, company said`, `The Minneapolis company said`), or by what it
is, however far from its name (`the retailer said`), and a regulator as `the agency` after `the FTC`."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_short_name_tagged_a_place_is_the_legal_name_it_opens(analyse):
    text = (
        "Veltrona Sinks Most Since 2020 as Chip Customers Delay Orders\n\n"
        "(Bloomberg) -- Veltrona N.V., the Dutch maker of chip packaging machines, cut its forecast on Thursday. "
        "Veltrona said it would still complete a share buyback announced in February."
    )
    assert speaker_of(analyse, text, "still complete a share buyback").name == "Veltrona N.V."


def test_a_short_name_without_the_trade_word_and_suffix_is_the_company(analyse):
    text = (
        "Mia Ortega co-founded Quillfin Technologies Inc. in 2018 and ran it for six years. "
        "Quillfin said it had restated its results for 2022 and 2023."
    )
    assert speaker_of(analyse, text, "restated its results").name == "Quillfin Technologies Inc."


def test_a_bank_is_called_without_bank(analyse):
    text = (
        "Aldermoor Bank has been fined by the watchdog for weak controls at Aldermoor Wealth Management Ltd, its "
        "private banking arm. Aldermoor said it accepted the findings and had invested in new systems."
    )
    assert speaker_of(analyse, text, "accepted the findings").name == "Aldermoor Bank"


def test_a_place_that_is_written_as_one_is_not_the_company(analyse):
    text = (
        "Texas Instruments Corp. opened a plant in Texas last year. "
        "Texas said it would review the tax breaks it gave to the plant."
    )
    assert speaker_of(analyse, text, "review the tax breaks").name != "Texas Instruments Corp."


def test_the_company_by_its_home_town_is_the_company_named(analyse):
    text = (
        "NEW YORK (AP) — Hartwell & Pike Inc., the department store chain, said Thursday that it will close 140 "
        "stores. The Plano, Texas, company said the closings would save about $210 million a year."
    )
    assert speaker_of(analyse, text, "closings would save").name == "Hartwell & Pike Inc."


def test_the_company_by_its_city_is_the_company_named(analyse):
    text = (
        "Marisol Vega, who has run Quillfin Technologies Inc. since March, said the company had cooperated with "
        "the regulator. The San Francisco company said it remained in business."
    )
    assert speaker_of(analyse, text, "remained in business").name == "Quillfin Technologies Inc."


def test_the_retailer_far_from_its_name_is_the_company_the_article_is_about(analyse):
    text = (
        "Hartwell & Pike Inc. said Thursday that it will close 140 of its 410 stores by the end of January. "
        "Chief executive Rebecca Lindgren-Shaw said the retailer would put the money it saves into its website and "
        "its remaining stores, many of which have not been remodeled in two decades, and into new beauty counters "
        "and its own clothing brands, which carry higher margins than the national brands it sells in its malls. "
        "Neil Saperstein, an analyst at Carver Retail Advisors, said the chain had been shrinking for years and "
        "that sales had fallen in 11 of the past 12 quarters, far more than at rival department store chains. "
        "Gloria Estevez, who leads a union local in Houston, said the workers had not been told which stores "
        "would close, and that many of them had worked at the chain for decades and would need help finding work. "
        "At a store in suburban Dallas on Thursday, Denise Carter, 58, said she had shopped there since she was a "
        "child and had bought her wedding shoes in the store, and that she did not know where she would go now "
        "that it was closing, after more than forty years of buying her clothes and her children's clothes there. "
        "The retailer said in a securities filing that it expects to record charges of $180 million."
    )
    assert speaker_of(analyse, text, "expects to record charges").name == "Hartwell & Pike Inc."


def test_the_agency_far_from_its_name_is_the_agency_named_most(analyse):
    text = (
        "The Federal Trade Commission sued Tuesday to block Carrowmore Foods Inc.'s purchase of Brightmeadow Corp. "
        "The FTC said the deal would raise prices. “We will stop it,” said Marisa Castellanos, director of the "
        "FTC's Bureau of Competition. Brightmeadow was founded in 1987 by Ruth and Samuel Adebayo, who started out "
        "selling frozen biscuits from a rented kitchen in Columbus, Ohio, and built it into one of the largest "
        "makers of frozen breakfast foods in the country. Sunrise Table, one of Carrowmore's brands, has lost "
        "ground to store brands in recent years, and its sales fell again last year as shoppers traded down. "
        "The agency said it would seek a preliminary injunction."
    )
    assert speaker_of(analyse, text, "seek a preliminary injunction").name == "Federal Trade Commission"


def test_a_company_in_someone_elses_report_does_not_carry_the_narrations_company(analyse):
    text = (
        "Veltrona N.V. said it would still complete a share buyback. Its largest customer is Hanseong "
        "Semiconductor Co. People familiar with Hanseong's plans said the company had delayed a plant. "
        "Veltrona said it had hired 1,800 people. The Eindhoven-based company also said it had set aside "
        "€40 million for a dispute."
    )
    assert speaker_of(analyse, text, "set aside").name == "Veltrona N.V."
