"""Golden test: every quote, speaker and role of the shipped seed article (Kurdistan24, 26 Nov 2024)."""

import pytest

pytestmark = pytest.mark.slow

ROMANOWSKI = ("Alina Romanowski", "U.S. Ambassador to Iraq")
MILLER = ("Matthew Miller", "State Department Spokesperson")
BLINKEN = ("Antony Blinken", "Secretary of State")

# (start of the quoted content, speaker name, role, mention as written or None, cue or None, kind)
EXPECTED = [
    ("We strongly support the Iraqi government", *ROMANOWSKI, None, None, "direct"),
    ("the need for the Baghdad government", "U.S. officials", None, "U.S. officials", "reiterated", "indirect"),
    ("I want to be very clear from the onset", *ROMANOWSKI, "Romanowski", "told", "direct"),
    ("Israel is a sovereign nation", *ROMANOWSKI, "she", "warned", "direct"),
    ("that the U.S. had consistently intervened", *ROMANOWSKI, "she", "explained", "indirect"),
    ("We strongly support the Iraqi government", *ROMANOWSKI, "She", "affirming", "direct"),
    ("Unfortunately, what we have is", *BLINKEN, "Antony Blinken", "said", "direct"),
    ("We’re working very hard through deterrence", *BLINKEN, "Blinken", "added", "direct"),
    ("Israel has the inherent right to self-defense", "Israel", None, "Israel’s letter", "affirming", "direct"),
    ("rejecting foreign interference in all forms", *ROMANOWSKI, "she", "summarized", "mixed"),
    ("upholding the rule of law", *ROMANOWSKI, "Romanowski", "described", "mixed"),
    ("Grand Ayatollah Sistani reinforced this", *ROMANOWSKI, "she", "added", "direct"),
    ("Our position has been clear", *MILLER, "Miller", "responded", "direct"),
    ("They risk dragging the country", *MILLER, "he", "continued", "direct"),
    ("We have a strong security partnership", *MILLER, "Miller", "affirmed", "direct"),
    ("Those groups who have the rockets", "Abdul Amir Thuaiban", "adviser to Prime Minister Sudani", "Abdul Amir Thuaiban", "told", "direct"),
    ("that the administration would seek", "Andrew Bates", "White House Deputy Press Secretary", "Andrew Bates", "told", "indirect"),
]


# Borderline attributions the gold marks optional: reported or not, they are neither right nor wrong.
OPTIONAL_STARTS = ("Iraq to Stop Militia", "the Baghdad government to assert", "to assert control", "about the attacks", "a cautious optimism")


@pytest.fixture(scope="module")
def seed_quotes(analyse, seed_article_text):
    return [q for q in analyse(seed_article_text) if not q.text.startswith(OPTIONAL_STARTS)]


def test_every_expected_quote_speaker_and_role(seed_quotes):
    found = [
        (q.text[: len(expected[0])], q.speaker and q.speaker.name, q.speaker and q.speaker.role,
         q.speaker and q.speaker.mention and q.speaker.mention.text, q.cue and q.cue.text, q.kind)
        for q, expected in zip(seed_quotes, EXPECTED)
    ]
    assert found == EXPECTED
    assert len(seed_quotes) == len(EXPECTED)


def test_split_quotes_have_two_pieces(seed_quotes):
    pieces = {q.text[:20]: len(q.spans) for q in seed_quotes}
    assert pieces["Grand Ayatollah Sist"] == 2
    assert pieces["We have a strong sec"] == 2


def test_miller_has_exactly_three_quotes(seed_quotes):
    miller = [q for q in seed_quotes if q.speaker and "Miller" in q.speaker.name]
    assert len(miller) == 3
    assert {q.speaker.name for q in miller} == {"Matthew Miller"}


def test_spans_exclude_quotation_marks_and_match_the_text(seed_quotes, seed_article_text):
    for quote in seed_quotes:
        assert quote.start == quote.spans[0][0] and quote.end == quote.spans[-1][1]
        for start, end in quote.spans:
            piece = seed_article_text[start:end]
            assert piece and piece[0] not in "“”\"" and piece[-1] not in "“”\""
        assert 0.0 <= quote.confidence <= 1.0
    assert [q.start for q in seed_quotes] == sorted(q.start for q in seed_quotes)


def test_confidence_ranks_the_pull_quote_below_named_attributions(seed_quotes):
    pull_quote, named = seed_quotes[0], [q for q in seed_quotes if q.speaker and q.speaker.mention and q.speaker.mention.text == "Miller"]
    assert all(pull_quote.confidence < q.confidence for q in named)
