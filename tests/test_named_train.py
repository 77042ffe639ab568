"""The names we wrote for PolNeAR training articles are joined with the texts by position; a name written for the
wrong quote must stop the join rather than score another quote against it."""

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("named_train", Path(__file__).parent / "data" / "named_train.py")
named_train = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(named_train)

ARTICLE = {
    "id": "x",
    "text": "Ann Lee said it rained. The agency said so.",
    "quotes": [
        {"content": [[13, 22]], "source": [0, 7], "cue": [8, 12], "speaker": None, "type": "indirect"},
        {"content": [[24, 43]], "source": None, "cue": None, "speaker": None, "type": None},
        {"content": [[37, 39]], "source": [24, 34], "cue": [35, 39], "speaker": None, "type": "indirect"},
    ],
}


def _names(*entries):
    return {"id": "x", "names": [dict(zip(("n", "source", "speaker", "kind"), entry)) for entry in entries]}


def test_names_land_on_the_quotes_whose_mentions_they_name():
    joined = named_train.join(ARTICLE, _names((0, "Ann Lee", "Ann Lee", "person"),
                                              (2, "The agency", "the Census Bureau", "organization")))
    assert [(q["speaker"], q.get("speaker_kind")) for q in joined["quotes"]] == [
        ("Ann Lee", "person"), (None, None), ("the Census Bureau", "organization")]


@pytest.mark.parametrize("entries, problem", [
    (((0, "Ann Lee", "Ann Lee", "person"),), "no name for the mention"),
    (((0, "Ann Lee", "Ann Lee", "person"), (2, "Ann Lee", "Ann Lee", "person")), "the name is for"),
    (((0, "Ann Lee", "Ann Lee", "person"), (1, "x", "x", "person"), (2, "The agency", "a", "group")), "no source"),
    (((0, "Ann Lee", "Ann Lee", "human"), (2, "The agency", "b", "group")), "one of"),
    (((0, "Ann Lee", "Ann Lee", "person"), (2, "The agency", "b", "group"), (5, "y", "y", "group")), "does not have"),
])
def test_a_name_that_does_not_fit_its_quote_stops_the_join(entries, problem):
    with pytest.raises(ValueError, match=problem):
        named_train.join(ARTICLE, _names(*entries))


def test_show_numbers_each_mention_for_the_annotator():
    shown = named_train.show(ARTICLE)
    assert shown.startswith("Ann Lee[#0] said it rained. The agency[#2] said so.")
    assert "#1 source=None" in shown
