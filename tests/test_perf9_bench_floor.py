"""bench/throughput.py's floor is the stock model unless --accelerated-floor gives it the service's two speed-ups of
stock components; the two floors must differ only in that (the README reports the ratios against both)."""

from app.nlp.attribute_matches import ArrayMatcher
from app.settings import Settings
from bench._common import ACCELERATED_FLOOR, load_pipeline


def test_the_floor_is_the_stock_model_by_default_and_accelerated_on_request(monkeypatch):
    model = Settings().spacy_model
    monkeypatch.delenv(ACCELERATED_FLOOR, raising=False)
    stock = load_pipeline("bare", model)
    monkeypatch.setenv(ACCELERATED_FLOOR, "1")
    accelerated = load_pipeline("bare", model)

    assert not isinstance(stock.get_pipe("attribute_ruler").matcher, ArrayMatcher)
    assert isinstance(accelerated.get_pipe("attribute_ruler").matcher, ArrayMatcher)
    assert accelerated.pipe_names == stock.pipe_names
    text = "Officer Dana Ortiz said she was leaving, and they weren't told why."
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in accelerated(text)] == [
        (t.pos_, t.lemma_, str(t.morph)) for t in stock(text)]
