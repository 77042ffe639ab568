"""The rule lemmatizer's answers remembered per (word, POS, morphology) (app.nlp.lemma_memo) are its own."""

from types import SimpleNamespace

from app.nlp import lemma_memo

TEXT = ("The ministers said they were meeting again. “We have met, we meet and we will be meeting,” she said, "
        "and the better offers were rejected by the best negotiators, who had rejected worse ones.\n\n"
        "Running late, the runner ran; the geese saw a goose and two mice.")


def test_the_pipeline_lemmatizer_remembers(nlp):
    assert nlp.get_pipe("lemmatizer").lemmatize.__name__ == "lemmatize_once"


def test_the_same_lemmas_as_the_stock_rules(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    remembering = lemmatizer.lemmatize
    first, second = [t.lemma_ for t in nlp(TEXT)], [t.lemma_ for t in nlp(TEXT)]  # the second from memory
    lemmatizer.lemmatize = lemmatizer.rule_lemmatize
    try:
        stock = [t.lemma_ for t in nlp(TEXT)]
    finally:
        lemmatizer.lemmatize = remembering
    assert first == second == stock
    assert stock[:5] == ["the", "minister", "say", "they", "be"]


def test_a_word_is_lemmatized_once_per_pos_and_morphology():
    calls = []

    def rules(token):  # noqa: ANN001, ANN202
        calls.append(token.orth)
        return [f"lemma{token.orth}"]

    remembered = lemma_memo.remembering(rules)
    word = SimpleNamespace(orth=1, pos=2, morph=SimpleNamespace(key=3))
    other_pos = SimpleNamespace(orth=1, pos=4, morph=SimpleNamespace(key=3))
    assert remembered(word) == remembered(word) == ["lemma1"]
    assert remembered(other_pos) == ["lemma1"]
    assert calls == [1, 1]


def test_the_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(lemma_memo, "MAX_REMEMBERED", 2)
    calls = []
    remembered = lemma_memo.remembering(lambda token: calls.append(token.orth) or [""])
    words = [SimpleNamespace(orth=n, pos=0, morph=SimpleNamespace(key=0)) for n in range(3)]
    for word in words + words[:1]:
        remembered(word)
    assert calls == [0, 1, 2, 0]  # the third word cleared the memory, so the first was lemmatized again
