"""Name extent and expansion in the entity table, on hand-built Docs (no statistical model): words that are not
the name go, two coordinated names are two entities, and a short or variant form joins the article's full name."""

import pytest
import spacy

from app.nlp import entities as _registers_the_factory  # noqa: F401
from tests.nlp.test_entities import rows, table

PUNCT = {".": "PUNCT", ",": "PUNCT", "/": "SYM", "?": "PUNCT"}


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_entities")
    return nlp


def names(entities):
    return {entity.name: [mention.text for mention in entity.mentions] for entity in entities}


def test_two_companies_the_tagger_joined_by_and_are_two_entities(nlp):
    text = "Zorbix and Quillon merged . Quillon spoke"
    entities = table(nlp, rows(text, {"and": "CCONJ", "merged": "VERB", "spoke": "VERB", **PUNCT}), ents=[(0, 3, "ORG"), (5, 6, "ORG")])
    found = names(entities)
    assert "Zorbix and Quillon" not in found
    assert found["Quillon"] == ["Quillon", "Quillon"] and "Zorbix" in found


def test_a_name_with_and_that_nobody_writes_apart_stays_whole(nlp):
    text = "Department of Health and Human Services spoke"
    entities = table(nlp, rows(text, {"of": "ADP", "and": "CCONJ", "spoke": "VERB"}), ents=[(0, 6, "ORG")])
    assert list(names(entities)) == ["Department of Health and Human Services"]


def test_a_role_word_before_a_full_name_written_elsewhere_is_not_the_name(nlp):
    text = "DJ Mara Lind played . Mara Lind spoke . Lind said"
    entities = table(nlp, rows(text, {"played": "VERB", "spoke": "VERB", "said": "VERB", **PUNCT}),
                     ents=[(5, 7, "PERSON"), (9, 10, "PERSON")], sentences=True)
    (person,) = [entity for entity in entities if entity.kind == "person"]
    assert person.name == "Mara Lind"
    assert [mention.text for mention in person.mentions] == ["Mara Lind", "Mara Lind", "Lind"]


def test_a_first_name_before_a_shorter_full_name_is_kept(nlp):
    text = "Debbie Wasserman Schultz spoke . Wasserman Schultz said"
    entities = table(nlp, rows(text, {"spoke": "VERB", "said": "VERB", **PUNCT}), ents=[(0, 3, "PERSON"), (5, 7, "PERSON")], sentences=True)
    assert names(entities) == {"Debbie Wasserman Schultz": ["Debbie Wasserman Schultz", "Wasserman Schultz"]}


def test_a_photo_credit_before_a_slash_is_not_part_of_the_name(nlp):
    text = "Tom Ruiz flew . Instagram / Tom Ruiz"
    entities = table(nlp, rows(text, {"flew": "VERB", **PUNCT}), ents=[(0, 2, "PERSON"), (4, 7, "ORG")], glued={4, 5}, sentences=True)
    assert names(entities)["Tom Ruiz"] == ["Tom Ruiz", "Tom Ruiz"]


def test_a_headline_auxiliary_ends_the_name(nlp):
    text = "Will Quillon Be Next ? Quillon spoke"
    entities = table(nlp, rows(text, {"Will": "AUX", "Be": "AUX", "Next": "ADJ", "spoke": "VERB", **PUNCT}), ents=[(0, 4, "PERSON")])
    assert "Quillon Be Next" not in names(entities)
    assert names(entities)["Quillon"] == ["Quillon", "Quillon"]


def test_a_lone_word_is_not_the_organisation_whose_name_ends_in_of_it(nlp):
    text = "Inside the World of Zorbix . Zorbix said"
    entities = table(nlp, rows(text, {"the": "DET", "of": "ADP", "said": "VERB", **PUNCT}), ents=[(2, 5, "ORG"), (6, 7, "ORG")])
    assert names(entities)["Zorbix"] == ["Zorbix"]


def test_a_nickname_and_its_formal_name_with_one_surname_are_one_person(nlp):
    text = "Sandra Keel voted . Sandy Keel smiled . Keel said"
    entities = table(nlp, rows(text, {"voted": "VERB", "smiled": "VERB", "said": "VERB", **PUNCT}),
                     ents=[(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")], sentences=True)
    assert names(entities) == {"Sandra Keel": ["Sandra Keel", "Sandy Keel", "Keel"]}


def test_namesakes_with_unrelated_first_names_stay_apart(nlp):
    text = "Bill Keel voted . Hillary Keel smiled"
    entities = table(nlp, rows(text, {"voted": "VERB", "smiled": "VERB", **PUNCT}), ents=[(0, 2, "PERSON"), (4, 6, "PERSON")], sentences=True)
    assert set(names(entities)) == {"Bill Keel", "Hillary Keel"}


def test_a_shortened_organisation_joins_the_fullest_name_it_ends(nlp):
    text = "The Lakeside Daily Ledger wrote . The Daily Ledger said"
    entities = table(nlp, rows(text, {"The": "DET", "wrote": "VERB", "said": "VERB", **PUNCT}), ents=[(0, 4, "ORG"), (6, 9, "ORG")], sentences=True)
    assert names(entities) == {"Lakeside Daily Ledger": ["Lakeside Daily Ledger", "Daily Ledger"]}


def test_a_lone_opening_word_tagged_a_common_noun_stands_for_its_organisation(nlp):
    text = "Orvane Research polled . Orvane notes a lead"
    entities = table(nlp, rows(text, {"polled": "VERB", "notes": "VERB", "a": "DET", "lead": "NOUN", "Orvane": "NOUN", **PUNCT}),
                     ents=[(0, 2, "ORG")], sentences=True)
    assert names(entities)["Orvane Research"] == ["Orvane Research", "Orvane"]


def test_a_capitalised_reporting_word_naming_a_poll_stays_in_the_name(nlp):
    words = rows("The latest Orvane Reports poll shows a lead", {"The": "DET", "latest": "ADJ", "shows": "VERB", "a": "DET"})
    arcs = {2: (3, "compound"), 3: (4, "compound"), 4: (5, "nsubj")}
    entities = table(nlp, words, ents=[(2, 3, "PERSON")], arcs=arcs)
    assert "Orvane Reports" in names(entities)


def test_the_word_ending_a_misspelt_title_is_not_the_first_name(nlp):
    text = "the former Sectary of State Ana Lind spoke to reporters about the vote"
    entities = table(nlp, rows(text, {"the": "DET", "former": "ADJ", "of": "ADP", "spoke": "VERB", "to": "ADP", "about": "ADP"}), ents=[(5, 7, "PERSON")])
    assert "Ana Lind" in names(entities)


def test_a_misencoded_surname_in_decomposed_form_is_part_of_the_name(nlp):
    surname = "Sarukh" + "A\u0303\x83A\u0302\xa1" + "n"  # `SarukhÃÂ¡n` with its accents as combining marks
    entities = table(nlp, [("Arturo", "PROPN"), (surname, "NUM"), ("spoke", "VERB")], ents=[(0, 1, "PERSON"), (1, 2, "CARDINAL")])
    assert [entity.name for entity in entities] == ["Arturo Sarukhán"]


def test_a_headline_verb_the_tagger_ran_into_a_name_ends_it(nlp):
    text = "Lakeside Council To Expand Program"
    entities = table(nlp, rows(text, {"To": "PART", "Expand": "VERB"}), ents=[(0, 5, "ORG")])
    found = [entity.name for entity in entities]
    assert "Lakeside Council" in found and not any("To" in name.split() or "Expand" in name for name in found)


def test_a_surname_misspelt_by_one_letter_joins_the_full_name(nlp):
    text = "Gary Thornby spoke . Thronby said"
    entities = table(nlp, rows(text, {"spoke": "VERB", "said": "VERB", **PUNCT}), ents=[(0, 2, "PERSON"), (4, 5, "GPE")], sentences=True)
    assert names(entities) == {"Gary Thornby": ["Gary Thornby", "Thronby"]}


def test_a_family_in_the_plural_is_no_misspelt_surname(nlp):
    text = "Gary Thornby spoke . the Thornbys said"
    entities = table(nlp, rows(text, {"spoke": "VERB", "said": "VERB", "the": "DET", **PUNCT}), ents=[(0, 2, "PERSON"), (5, 6, "PERSON")], sentences=True)
    assert names(entities)["Gary Thornby"] == ["Gary Thornby"]
