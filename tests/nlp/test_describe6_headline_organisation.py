"""A headline's organisation noun is the one organisation the lede makes a subject (branch `describe6`): golden
tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_a_headline_newspaper_is_the_paper_the_lede_names(analyse):
    text = ("Newspaper Says Mayor Must Resign Over Budget Scandal.\n\n"
            "A week after auditors found a hole in the city budget, a Portland newspaper called on Mayor Ted Wheeler to step down.\n\n"
            "The Oregonian had criticised the mayor in March for hiring his nephew as budget director.")
    assert speaker_of(analyse, text, "Mayor Must Resign").name.removeprefix("The ") == "Oregonian"


def test_a_headline_noun_stays_unnamed_when_the_lede_makes_two_organisations_subjects(analyse):
    text = ("Company Says Plant Will Close Next Year.\n\n"
            "Harlow Steel told workers on Monday that its mill would shut. The Transport Workers Union said its members would strike.")
    assert speaker_of(analyse, text, "Plant Will Close").name not in ("Harlow Steel", "Transport Workers Union", "The Transport Workers Union")
