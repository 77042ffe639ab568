"""People placed `there` right after an organisation was named are that organisation's (branch `describe7`):
golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_editors_there_are_editors_at_the_paper_named_before(analyse):
    text = ("The Harbor Gazette's readers are mostly retired, which is why editors there say that the paper "
            "will keep its print edition for years.")
    assert speaker_of(analyse, text, "keep its print edition").name == "editors at Harbor Gazette"


def test_residents_there_after_a_city_stay_as_written(analyse):
    text = ("Flooding hit Harbor City again on Monday, and residents there say that the levees "
            "will not hold another storm.")
    assert speaker_of(analyse, text, "will not hold").name == "residents"
