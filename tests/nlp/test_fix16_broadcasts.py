"""A news broadcast speaks for whoever broadcasts it (fix16): `Channel 12 news reported` and `according to Kan news`
are the broadcasters (`news` in data/document_nouns.txt), as `a Bloomberg poll` is Bloomberg; `the news` and `news
reports` name nobody behind them and stay as written. Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


@pytest.mark.parametrize("text, who", [
    ("Channel 9 news reported that the bridge would stay shut until spring.", "Channel 9"),
    ("According to Kan news, the bridge would stay shut until spring.", "Kan"),
])
def test_a_broadcasters_news_is_the_broadcaster(analyse, text, who):
    assert speaker_of(analyse, text, "bridge would stay shut").name == who


def test_news_with_nobody_behind_it_stays_as_written(analyse):
    text = "According to news reports, the bridge would stay shut until spring."
    assert speaker_of(analyse, text, "bridge would stay shut").name == "news reports"
