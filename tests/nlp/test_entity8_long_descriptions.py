"""An unnamed speaker's description is kept whole up to `description_max_tokens` (30) tokens after its head, so a long
description the article writes (`one owner of a shop … who declined to be named for fear of …`) is not cut in the
middle of a phrase (branch `entity8`): golden test through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_a_long_unnamed_description_is_kept_whole(analyse):
    text = ("Prices at the harbour market have doubled since spring.\n\n"
            "\"Nobody can afford bread any more,\" said one owner of a small bakery near the old fish market who "
            "declined to be named for fear of trouble with the local tax authorities.")
    name = speaker_of(analyse, text, "afford bread").name
    assert name.endswith("for fear of trouble with the local tax authorities")
