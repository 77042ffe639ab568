"""A definite plural description goes on with the named people or organisations the sentence before made its
subject together (branch `describe5`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_ANALYSTS = ("Sara Wells, director of the Lincoln Policy Center, a think tank, and Omar Fisk, co-founder of the polling "
             "firm Vista Data, praised the mayor's budget.\n\n"
             '"This budget makes the city a place where everyone can afford to live," the {} wrote in a joint statement.')


def test_people_set_apart_by_appositions_are_the_plural_description(analyse):
    assert speaker_of(analyse, _ANALYSTS.format("policy heavyweights"), "afford to live").name == "Sara Wells and Omar Fisk"


def test_a_counted_description_takes_them_when_the_count_agrees(analyse):
    assert speaker_of(analyse, _ANALYSTS.format("two analysts"), "afford to live").name == "Sara Wells and Omar Fisk"
    assert speaker_of(analyse, _ANALYSTS.format("three analysts"), "afford to live").name != "Sara Wells and Omar Fisk"


def test_an_organisation_noun_takes_the_organisations_named_together(analyse):
    text = ("The Transport Department and the Department of Public Works have said they followed every rule. "
            "The departments said the bridge would reopen in May.")
    assert speaker_of(analyse, text, "reopen in May").name == "the Transport Department and the Department of Public Works"


def test_a_quotation_opening_the_sentence_does_not_hide_the_sentence_before(analyse):
    text = _ANALYSTS.replace("praised the mayor's budget", "praised Mayor Tom Reyes's budget").format("policy heavyweights")
    text = text.replace('"This budget makes', '"With this budget, Mayor Reyes makes').replace('afford to live,"', 'afford to live. It is a fine plan,"')
    assert speaker_of(analyse, text, "afford to live").name == "Sara Wells and Omar Fisk"


def test_a_subordinate_clauses_subjects_are_not_the_sentences(analyse):
    text = ("The council met on Tuesday night.\n\n"
            "As Sara Wells and Omar Fisk argued about the budget, Tom Reyes left the room.\n\n"
            "After the members complained that the plan was unfair, Reyes left too.")
    assert speaker_of(analyse, text, "the plan was unfair").name != "Sara Wells and Omar Fisk"
