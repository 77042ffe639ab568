"""`the statement` nobody is named behind comes from the organisation a description just made announce something
(branch `describe5`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_statement_is_the_companys_the_article_described_announcing(analyse):
    text = ("Paul Grant, 41, worked at Cole Mining. His sister Ann Grant called him a gentle man. "
            'The firm confirmed his death on Friday. "He was the heart of our team," the statement said.')
    assert speaker_of(analyse, text, "heart of our team").name == "Cole Mining"


def test_an_unnamed_organisation_announcing_is_not_someone_quoted_before(analyse):
    text = ("Paul Grant, 41, worked in the mines for years. His sister Ann Grant said he was a gentle man. "
            'The firm confirmed his death on Friday. "He was the heart of our team," the statement said.')
    assert speaker_of(analyse, text, "heart of our team").name != "Ann Grant"


_FILLER = ("The harbor has been quiet since the storm, and the fishing fleet has stayed at its moorings for most of the "
           "month while crews repair the breakwater, the cranes and the old warehouses along the eastern quay. ") * 3


def test_an_organisation_announcing_nearby_beats_a_statement_pages_back(analyse):
    text = ("Mayor Tom Reyes said in a statement on Monday that the port would reopen in the spring.\n\n"
            f"{_FILLER}\n\n{_FILLER}\n\n"
            "Paul Grant, 41, worked at Cole Mining. The firm confirmed his death on Friday. "
            '"He was the heart of our team," the statement said.')
    assert speaker_of(analyse, text, "heart of our team").name == "Cole Mining"


def test_a_diplomatic_cable_speaks_for_whoever_reported_in_it(analyse):
    text = ('In a cable sent on March 3, Ambassador Lena Ortiz reported, "The port is calm, but the crews are tired." '
            'The cable said the embassy needed two more guards.')
    assert speaker_of(analyse, text, "two more guards").name == "Lena Ortiz"
