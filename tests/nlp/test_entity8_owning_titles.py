"""A definite title owning the speaker's head noun (`the prime minister's spokesman`) is written by the name of the
person it stands for, as that title would resolve as a speaker; a title owning something deeper in the description
(`knowledge of the mayor's plan`) stays as written (branch `entity8`): golden tests through the real model,
sentences of our own."""

from tests.nlp.speaking import speaker_of

_PREMIER = ("Premier Alma Reyes will meet the union leaders on Friday. Reyes has refused to raise the wage offer.\n\n"
            "Reyes will not change her position before the talks, the premier's spokesman said on Thursday.")


def test_the_title_owning_the_speaker_is_written_by_name(analyse):
    assert speaker_of(analyse, _PREMIER, "not change her position").name == "Alma Reyes's spokesman"


def test_a_title_owning_a_deeper_noun_stays_as_written(analyse):
    text = ("Mayor Tom Okafor unveiled a transit plan on Monday. Okafor said it would cost $2 billion.\n\n"
            "\"It will never be built,\" said one person with knowledge of the mayor's plan.")
    assert speaker_of(analyse, text, "never be built").name == "one person with knowledge of the mayor's plan"
