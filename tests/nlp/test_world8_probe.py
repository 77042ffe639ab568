"""Golden tests through the real model: the world8 probes (tests/data/world8), articles of our own in UK, Irish,
Canadian, Australian, New Zealand, Singaporean, Malaysian, Kenyan, Indian and wire styles, scored like PolNeAR.
Before world8 the speaker's name was right on 0.74 (probe) and 0.75 (holdout) of the matched quotes, and attributed
precision was 0.73 and 0.70 (tests/data/world8/README.md)."""

from pathlib import Path

import pytest

from app.evaluate import load_gold, score

pytestmark = pytest.mark.slow  # through the real model

DATA = Path(__file__).parents[1] / "data" / "world8"


@pytest.mark.parametrize(("name", "name_floor", "attributed_floor", "role_floor"),
                         [("probe.jsonl", 0.95, 0.94, 0.89), ("holdout.jsonl", 0.95, 0.89, 0.84)])
def test_news_from_other_countries_keeps_its_floors(nlp, name, name_floor, attributed_floor, role_floor):
    summary = score(nlp, load_gold(DATA / name)).summary()
    assert summary["quote@0.3"]["recall"] >= 0.97
    assert summary["speaker_name_acc"] >= name_floor
    assert summary["attributed@0.3"]["precision"] >= attributed_floor
    assert summary["speaker_mention_acc"] >= 0.97
    assert summary["role_acc"] >= role_floor
