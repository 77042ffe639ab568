"""Golden tests through the real model: the outlets9 probes (tests/data/outlets9), US and wire news beyond politics
of our own (sports, business and tech, local crime and courts, health, features, obituaries, TV interviews, weather,
aviation, entertainment, labor, religion, farming, military), scored like PolNeAR. Before outlets9 the speaker's name
was right on 0.88 (probe) and 0.93 (holdout) of the matched quotes (tests/data/outlets9/README.md)."""

from pathlib import Path

import pytest

from app.evaluate import load_gold, score

pytestmark = pytest.mark.slow  # through the real model

DATA = Path(__file__).parents[1] / "data" / "outlets9"


@pytest.mark.parametrize(("name", "name_floor", "attributed_floor", "role_floor"),
                         [("probe.jsonl", 0.96, 0.94, 0.89), ("holdout.jsonl", 0.97, 0.97, 0.86)])
def test_us_news_beyond_politics_keeps_its_floors(nlp, name, name_floor, attributed_floor, role_floor):
    summary = score(nlp, load_gold(DATA / name)).summary()
    assert summary["quote@0.3"]["recall"] >= 0.98
    assert summary["speaker_name_acc"] >= name_floor
    assert summary["attributed@0.3"]["precision"] >= attributed_floor
    assert summary["speaker_mention_acc"] >= 0.95
    assert summary["role_acc"] >= role_floor
