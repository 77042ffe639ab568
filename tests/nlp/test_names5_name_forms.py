"""Speaker names as long as the article writes them, through the real model, on sentences of our own (issue 8,
fifth round): an acronym written with dots, an organisation whose name holds a title word, a list of names given as
a plural's examples, an organisation's name that lists several fields, and a live blog's time stamp glued to a name."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow


def test_an_acronym_written_with_dots_is_the_organisation_it_stands_for(analyse):
    text = (
        "The checks all came back clear, and the F.B.I. has said it found nothing about the couple in its files.\n\n"
        "Later the director of the Federal Bureau of Investigation spoke to reporters in Denver."
    )
    assert speaker_of(analyse, text, "it found nothing").name == "Federal Bureau of Investigation"


def test_an_organisation_whose_name_ends_in_title_words_keeps_them(analyse):
    text = (
        "The bill drew fire from both sides on Tuesday.\n\n"
        "The National Association of Criminal Defense Lawyers said the new rules would strip judges of discretion."
    )
    assert speaker_of(analyse, text, "strip judges of discretion").name == "National Association of Criminal Defense Lawyers"


def test_a_plurals_named_examples_are_the_speakers(analyse):
    text = (
        "Marta Quill and Ivo Brandt have both served on the panel.\n\n"
        "Even the panel's fiercest critics, like Quill and Brandt, say the bulk of the money should go to schools.\n\n"
        "Senior advisers like Dora Vance countered that every cent had been spent."
    )
    assert speaker_of(analyse, text, "the bulk of the money").name == "Marta Quill and Ivo Brandt"
    assert speaker_of(analyse, text, "every cent had been spent").name == "Dora Vance"
    unnamed = "Senior advisers like Dora Vance and other aides countered that every cent had been spent."
    assert speaker_of(analyse, unnamed, "every cent had been spent").name != "Dora Vance"  # not every example is named


def test_an_organisations_name_listing_several_fields_is_whole(analyse):
    text = (
        "The Royal Council of Forestry, Fisheries and Agriculture said on Monday that rivers were cleaner.\n\n"
        "Researchers at the University of Leeds, Stanford and Harvard said the data were sound."
    )
    assert speaker_of(analyse, text, "rivers were cleaner").name == "Royal Council of Forestry, Fisheries and Agriculture"
    assert "University of Leeds and" in speaker_of(analyse, text, "the data were sound").name  # three universities


def test_the_words_before_of_are_the_organisation_they_open(analyse):
    text = (
        "The National Academies of Sciences and Letters published its review on Monday.\n\n"
        "Most teachers still favour the plan, according to the National Academies report."
    )
    assert speaker_of(analyse, text, "Most teachers still favour").name == "National Academies of Sciences and Letters"


def test_a_non_breaking_space_inside_a_name_keeps_the_name_whole(analyse):
    text = (
        "Former council leader Corin\u00a0Maddox said she would not run again.\n\n"
        "Councillor\u00a0Maddox added that the budget was a disgrace."
    )
    assert speaker_of(analyse, text, "she would not run again").name == "Corin Maddox"
    assert speaker_of(analyse, text, "the budget was a disgrace").name == "Corin Maddox"


def test_a_title_noun_opening_a_sentence_is_no_part_of_the_name(analyse):
    text = (
        "The campaign says it will move staff to the early states. "
        "Spokeswoman Tessa Varga says the candidate has always run a lean campaign."
    )
    assert speaker_of(analyse, text, "always run a lean campaign").name == "Tessa Varga"


def test_a_committee_and_party_before_a_full_name_describe_it(analyse):
    text = "Senate Finance Ranking Democrat Dora Vance (D-Ore.) said on Friday the memo was not classified."
    assert speaker_of(analyse, text, "the memo was not classified").name == "Dora Vance"


def test_the_town_after_a_name_is_no_part_of_it(analyse):
    text = (
        "In the city centre, a group in matching shirts marched in silence.\n\n"
        "Juan \"Chico\" Manriquez of Oakland carried one of the photos. \"I cried the whole way,\" he said."
    )
    assert "Oakland" not in speaker_of(analyse, text, "I cried the whole way").name
