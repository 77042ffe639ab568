"""The attribute ruler's matches found on token arrays (app.nlp.attribute_matches) are the stock Matcher's."""

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from app.nlp.attribute_matches import ArrayMatcher, match_attributes_on_arrays

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


def test_the_ruler_sets_what_the_stock_ruler_sets(nlp, parsed):
    ruler = nlp.get_pipe("attribute_ruler")
    columns = [POS, TAG, MORPH, LEMMA, DEP]
    for doc in parsed:
        ours, theirs = (Doc(doc.vocab).from_bytes(doc.to_bytes()) for _ in range(2))
        ruler(ours)
        stock = sorted((int(nlp.vocab.strings[key]), key, start, end)
                       for key, start, end in ruler.matcher.stock(theirs, allow_missing=True, as_spans=False))
        AttributeRuler.set_annotations(ruler, theirs, stock)
        assert (ours.to_array(columns) == theirs.to_array(columns)).all()


def test_a_pattern_index_counts_from_either_end_of_the_match():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "york"}]], {"LEMMA": "overwritten"})  # an earlier rule: the later ones take precedence
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}, {"LOWER": "city"}]], {"LEMMA": "last"}, index=-1)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"LEMMA": "second"}, index=1)
    match_attributes_on_arrays(nlp)
    assert [t.lemma_ for t in nlp("New York City")] == ["", "second", "last"]


def test_an_index_past_the_match_is_refused_as_by_the_stock_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "new"}]], {"LEMMA": "x"}, index=2)
    match_attributes_on_arrays(nlp)
    with pytest.raises(ValueError, match="index 2 is outside the match"):
        nlp("New York")


def test_regex_verdicts_are_forgotten_past_their_bound(nlp, parsed, monkeypatch):
    from app.nlp import attribute_matches

    monkeypatch.setattr(attribute_matches, "MAX_VERDICTS", 5)
    arrays = nlp.get_pipe("attribute_ruler").matcher
    for doc in parsed:
        assert sorted(arrays(doc, allow_missing=True)) == sorted(arrays.stock(doc, allow_missing=True, as_spans=False))
    one_doc = max(len({token.lower for token in doc}) for doc in parsed)  # a doc's words are judged at once
    assert all(len(verdicts) <= one_doc for _, verdicts in arrays._verdicts.values())
