"""Golden tests through the real model: the outlets10 probe (tests/data/outlets10), US political news as other outlets
write it today (Axios, Playbook, The Hill, Fox News Digital, Sunday shows, a local TV station's state house, a
hearing, social posts, anonymous officials, a court filing, a poll), scored like PolNeAR. At main 2f7929e the
speaker's name was right on 0.98 of the matched quotes and quote recall was 0.92 (tests/data/outlets10/README.md)."""

from pathlib import Path

import pytest

from app.evaluate import load_gold, score

pytestmark = pytest.mark.slow  # through the real model

DATA = Path(__file__).parents[1] / "data" / "outlets10"


def test_us_political_news_of_other_outlets_keeps_its_floors(nlp):
    summary = score(nlp, load_gold(DATA / "probe.jsonl")).summary()
    assert summary["quote@0.3"]["recall"] >= 0.94
    assert summary["quote@0.3"]["precision"] >= 0.99
    assert summary["speaker_name_acc"] >= 0.98
    assert summary["attributed@0.3"]["precision"] >= 0.97
    assert summary["speaker_mention_acc"] >= 0.99
    assert summary["role_acc"] >= 0.89
