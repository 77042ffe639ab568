"""The attribute ruler's matches found on token arrays (app.nlp.attribute_matches) are the stock Matcher's."""

import pytest
from spacy.matcher import Matcher

from app.nlp.attribute_matches import ArrayMatcher

# Sentences of our own that fire the model's patterns of every form: tag and word equalities, IN / NOT_IN sets,
# regular expressions, two-token patterns (gonna, ain't, y'all, let's), the space flag and dependency labels.
SENTENCES = (
    "“We ain't gonna wait,” she said. Y'all know that I'd told them it was theirs, not ours.\n\n"
    "Let's see whether he has been doing somethin' for 'em. There were nothin' left, and nobody could've known.\n"
    "  It wo n't happen, he said, because they did n't ask; the minister, who had got it, gets it too.",
    "Gotta go! C'mon, those are the ones that matter -- whatever anybody says.   Is it? Doin' fine, ol' friend.",
    "",
)


@pytest.fixture(scope="module")
def parsed(nlp):
    """The sentences as the attribute ruler sees them: tagged and parsed, before the ruler runs."""
    names = nlp.pipe_names
    before = names[: names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        return list(nlp.pipe(SENTENCES))


def test_the_pipeline_ruler_matches_on_arrays(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, ArrayMatcher)


def test_the_same_matches_as_the_stock_matcher(nlp, parsed):
    arrays = nlp.get_pipe("attribute_ruler").matcher
    total = 0
    for doc in parsed:
        stock = sorted(arrays.stock(doc, allow_missing=True, as_spans=False))
        assert sorted(arrays(doc, allow_missing=True)) == stock
        total += len(stock)
    assert total > 150  # the sentences did fire the patterns
    assert not len(arrays.residual)  # every pattern of the model is evaluated on arrays


def test_each_pattern_form_is_matched_like_the_stock_matcher(nlp, parsed):
    """Each pattern in a matcher of its own, so a miss of one key cannot hide behind another's match."""
    ruler = nlp.get_pipe("attribute_ruler")
    fired = 0
    for entry in ruler.patterns:
        stock = Matcher(nlp.vocab)
        stock.add("0", entry["patterns"])
        arrays = ArrayMatcher(stock, [entry], nlp.vocab.strings)
        for doc in parsed:
            expected = sorted(stock(doc, allow_missing=True, as_spans=False))
            assert sorted(arrays(doc, allow_missing=True)) == expected, entry
            fired += bool(expected)
    assert fired >= 60


def test_patterns_of_other_forms_keep_a_matcher_of_their_own(nlp, parsed):
    patterns = [{"patterns": [[{"LOWER": "the"}, {"POS": "NOUN", "OP": "+"}]], "attrs": {}, "index": 0},
                {"patterns": [[{"LENGTH": 3}]], "attrs": {}, "index": 0},
                {"patterns": [[{"TAG": "NN"}]], "attrs": {}, "index": 0}]
    stock = Matcher(nlp.vocab)
    for key, entry in enumerate(patterns):
        stock.add(str(key), entry["patterns"])
    arrays = ArrayMatcher(stock, patterns, nlp.vocab.strings)
    assert len(arrays.residual) == 2 and len(arrays.anchored) == 1
    for doc in parsed:
        assert sorted(arrays(doc, allow_missing=True)) == sorted(stock(doc, allow_missing=True, as_spans=False))


def test_the_ruler_still_lists_its_patterns(nlp):
    patterns = nlp.get_pipe("attribute_ruler").patterns
    assert len(patterns) > 100 and patterns[0]["patterns"]
