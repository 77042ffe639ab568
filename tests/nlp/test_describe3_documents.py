"""Descriptions and documents as speakers (branch `describe3`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_agent_of_a_filed_declaration_speaks_for_it(analyse):
    text = ("The county released hundreds of pages of records on Monday.\n\n"
            "The records were incomplete, according to a declaration filed in state court by Teresa Vandermolen.")
    assert speaker_of(analyse, text, "records were incomplete").name == "Teresa Vandermolen"


def test_a_document_provided_by_someone_described_is_that_someone(analyse):
    text = ("Harold Brisket sued his former employer last spring.\n\n"
            "The company owed him back pay, according to a document provided by Brisket's lawyer.")
    assert speaker_of(analyse, text, "company owed him").name == "Harold Brisket's lawyer"


def test_a_report_in_an_unnamed_paper_is_the_paper(analyse):
    text = ("The mayor toured the flooded district on Sunday.\n\n"
            "An earlier report in a Vermont paper said that the mayor had ignored the warnings.")
    assert speaker_of(analyse, text, "mayor had ignored").name == "a Vermont paper"


def test_a_description_ends_before_the_document_it_spoke_through(analyse):
    text = ("Greta Lindqvist sued the developer in March.\n\n"
            "The developer misled buyers, according to her lawyers in a court filing.")
    assert speaker_of(analyse, text, "developer misled").name == "Greta Lindqvist's lawyers"


def test_an_average_tagged_as_an_adjective_is_still_the_pollsters_document(analyse):
    text = ("The race in Ohio has tightened over the summer.\n\n"
            "According to the Real Clear Politics average, Senator Mara Quill is up 4 points in Ohio.")
    assert speaker_of(analyse, text, "is up 4 points").name == "Real Clear Politics"


def test_a_bare_outlet_noun_owning_an_editorial_is_the_outlet_its_name_says(analyse):
    text = ("The Harbor Gazette had chided Governor Tom Reese on Monday for staying in Augusta instead of visiting Maine after the floods.\n\n"
            "Reese did visit the state, but not until the week after the newspaper’s editorial telling him to leave his “cozy office”"
            " and visit “the most flooded county in Maine.”")
    assert speaker_of(analyse, text, "most flooded county").name == "Harbor Gazette"


def test_the_subject_of_the_clause_that_issued_a_document_stands_behind_it(analyse):
    text = ("Robert Hale said on Monday that he would run again.\n\n"
            "Hale owns shares in several banks, according to new financial documents he submitted to the state.")
    assert speaker_of(analyse, text, "owns shares").name == "Robert Hale"


def test_the_poll_is_the_pollsters_together_though_one_of_them_surveyed_alone_since(analyse):
    text = ("Voters are warming to Senator Ada Kirk, according to a new Reuters-Ipsos poll released on Monday.\n\n"
            "A Reuters survey of donors found that most expect Kirk to win.\n\n"
            "But the poll also finds that her rival holds an edge with older voters.")
    assert speaker_of(analyse, text, "older voters").name == "Reuters-Ipsos"
    assert speaker_of(analyse, text, "most expect").name == "Reuters"  # a pollster written out is as written
