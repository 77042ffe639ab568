"""The evaluation metrics on tiny hand-made gold/prediction pairs."""

from app.nlp.metrics import Evaluation, match, names_match, names_match_leniently, normalise_name


def quote(content, **extra):
    return {"content": content, **extra}


def test_name_normalisation_drops_honorifics_possessives_and_punctuation():
    assert normalise_name("Mr. Smith’s") == "smith"
    assert normalise_name("The  U.S. officials") == "u s officials"
    assert names_match("Dr. Jane Okafor", "jane okafor")
    assert not names_match("Okafor", "Jane Okafor")
    assert names_match_leniently("Okafor", "Jane Okafor")
    assert not names_match_leniently("Jane Smith", "Jane Okafor")


def test_matching_needs_gold_coverage_and_assigns_best_jaccard_first():
    gold = [quote([[0, 10]]), quote([[20, 30]])]
    predicted = [quote([[0, 2]]), quote([[0, 12]]), quote([[18, 40]])]
    assert match(gold, predicted, 0.3) == [(0, 1), (1, 2)]
    assert match(gold, predicted, 0.3, strict=True) == [(0, 1)]


def test_split_quote_pieces_count_as_one_content_set():
    gold = [quote([[0, 10], [20, 30]])]
    assert match(gold, [quote([[0, 10]])], 0.3) == [(0, 0)]
    assert match(gold, [quote([[0, 10]])], 0.8) == []


def test_optional_gold_counts_neither_way():
    gold = [quote([[0, 10]], speaker="Ann Lee"), quote([[20, 30]], optional=True)]
    predicted = [quote([[0, 10]], speaker="Lee"), quote([[20, 30]]), quote([[50, 60]])]
    evaluation = Evaluation()
    evaluation.add_article(gold, predicted)
    summary = evaluation.summary()
    assert summary["quote@0.3"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert summary["speaker_name_acc"] == 0.0
    assert summary["speaker_name_lenient_acc"] == 1.0
    assert summary["gold"] == 1


def test_attribution_metrics_on_matched_pairs():
    gold = [
        quote([[0, 10]], speaker="Matthew Miller", role="State Department Spokesperson", source=[12, 18], cue=[19, 23]),
        quote([[40, 50]], speaker=None, role=None, source=[52, 55], cue=[56, 60]),
    ]
    predicted = [
        quote([[1, 9]], speaker="Mr. Matthew Miller", role="the State Department Spokesperson", source=[12, 18], cue=[19, 23], confidence=0.9),
        quote([[40, 50]], speaker="it", source=[70, 72], cue=[56, 60], confidence=0.85),
    ]
    evaluation = Evaluation()
    evaluation.add_article(gold, predicted)
    summary = evaluation.summary()
    assert summary["speaker_name_acc"] == 1.0
    assert summary["role_acc"] == 1.0
    assert summary["speaker_mention_acc"] == 0.5
    assert summary["cue_acc"] == 1.0
    assert summary["attributed@0.3"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert summary["precision_at_confidence_0.8"] == 0.5


def test_errors_are_reported_per_article():
    text = "0123456789 abcdefghij"
    evaluation = Evaluation()
    evaluation.add_article([quote([[0, 10]], speaker="A B")], [quote([[11, 21]], speaker="C")], "doc-1", text)
    kinds = {next(iter(item)) for item in evaluation.errors[0]["errors"]}
    assert kinds == {"missed", "spurious"}
