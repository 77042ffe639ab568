"""Golden test through the real model: the world8 probe (tests/data/world8), 20 articles of our own in UK, Irish,
Canadian, Australian, New Zealand, Indian and wire styles, scored like PolNeAR. Before world8 the speaker's name
was right on 0.74 of the matched quotes and attributed precision was 0.73 (tests/data/world8/baseline.json)."""

from pathlib import Path

from app.evaluate import load_gold, score

PROBE = Path(__file__).parents[1] / "data" / "world8" / "probe.jsonl"


def test_the_probe_of_other_countries_news_keeps_its_floors(nlp):
    summary = score(nlp, load_gold(PROBE)).summary()
    assert summary["quote@0.3"]["recall"] >= 0.97
    assert summary["speaker_name_acc"] >= 0.95
    assert summary["attributed@0.3"]["precision"] >= 0.94
    assert summary["speaker_mention_acc"] >= 0.97
    assert summary["role_acc"] >= 0.84
