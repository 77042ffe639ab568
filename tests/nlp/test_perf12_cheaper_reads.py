"""perf12's cheaper passes give what the passes they replace gave: the Doc's token columns are the Token attributes,
feet-and-inches marks found once per text are each paragraph's, the French-institution scan over the tokens before
`de`/`du`/`des` finds what the scan over every token found, the headline flags are found once per Doc and handed out
as copies, a name with nothing to repair is only NFC-normalised, and a transcript's turns are found once per Doc."""

import re

import pytest
from spacy.tokens import Doc

from app.nlp.mojibake import repair_mojibake
from app.nlp.name_extent import french_institution_names
from app.nlp.name_runs import NameRun, headline_tokens
from app.nlp.quote_marks import _FEET_AND_INCHES, _measure_marks, doc_transcript_turns, paragraph_bounds
from app.nlp.token_columns import column, forget_columns

TEXT = ("Obama Administration To Expand Program In Ohio\n\n"
        "Mayor Ana Ruiz of the Société de transport de Montréal said on Tuesday that Ursula von der Leyen's office, "
        "the F.B.I. and 3 others would answer. \"We will see,\" she said.\n"
        "A spokeswoman for the Centre de services scolaire de Laval, who is 5' 11\", told the Federal Bureau of "
        "Investigation: ‘never’.  Marie-Ève de la Chevrotière agreed.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.parametrize("name", ["lower_", "tag_", "ent_type_", "lemma_", "pos_", "ent_iob_", "is_punct"])
def test_each_column_is_the_token_attribute(doc, name):
    assert column(doc, name) == [getattr(token, name) for token in doc]


def test_columns_of_an_empty_doc_and_an_unknown_name(nlp):
    assert column(nlp.make_doc(""), "pos_") == []
    with pytest.raises(ValueError):
        column(nlp.make_doc("Hi."), "dep_")


def test_a_retagged_token_is_read_again_once_the_columns_are_forgotten(nlp):
    doc = nlp("The editorial read well.")
    assert column(doc, "pos_")[1] == doc[1].pos_
    doc[1].pos_ = "ADJ" if doc[1].pos_ != "ADJ" else "NOUN"
    forget_columns(doc)
    assert column(doc, "pos_") == [token.pos_ for token in doc]


def _measures_by_paragraph(text: str) -> set[int]:
    return {m.start(g) for s, e in paragraph_bounds(text) for m in _FEET_AND_INCHES.finditer(text, s, e) for g in (1, 2)}


@pytest.mark.parametrize("text", [
    TEXT, 'He is 6\'2" tall.\n5\' 11" at the start\nat the end 3\' 20"', "no digit before a mark: don't, ’90s",
    '1990’s 12\'3"x 4\'5"\n\n7′8″', "", "a5'2\" b\n_5'2\" é5'2\"",
])
def test_the_measures_of_the_whole_text_are_each_paragraphs(text):
    assert _measure_marks(text) == _measures_by_paragraph(text)


def _french_by_every_token(doc: Doc) -> list[tuple[int, int]]:
    """The scan before perf12: every token tried as the head."""
    particles = {"de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "et"}
    found, i = [], 0
    while i < len(doc) - 3:
        head = doc[i]
        if not (head.text[:1].isupper() and head.is_alpha and doc[i + 1].text in ("de", "du", "des")):
            i += 1
            continue
        j, words = i + 1, 0
        while j < len(doc) and j - i <= 8 and (doc[j].text in particles or (doc[j].is_lower and doc[j].is_alpha)):
            words += doc[j].text not in particles
            j += 1
        if words == 0 or j >= len(doc) or not doc[j].text[:1].isupper() or doc[j - 1].text not in particles:
            i += 1
            continue
        end = j + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
            end += 1
        found.append((i, end))
        i = end
    return found


@pytest.mark.parametrize("text", [
    TEXT, "Commission de la construction du Québec de Montréal said.", "de de Société de transport de Laval de",
    "Société de transport de Montréal Centre de services scolaire de Laval", "Hi de", "",
])
def test_the_french_scan_finds_what_the_scan_over_every_token_found(nlp, text):
    doc = nlp(text)
    found = [(run.start, run.end) for run in french_institution_names(doc, []) if run.kind == "organization"]
    assert found == _french_by_every_token(doc)


def test_french_institutions_are_found(doc):
    names = [doc[run.start : run.end].text for run in french_institution_names(doc, [NameRun(0, 1, "unknown", None, 0)])]
    assert "Société de transport de Montréal" in names and "Centre de services scolaire de Laval" in names


def test_headline_flags_are_found_once_and_handed_out_as_copies(doc):
    first = headline_tokens(doc)
    assert any(first) and not all(first)
    first[:] = b"\x01" * len(first)  # a caller adds flags of its own (loose_tokens)
    again = headline_tokens(doc)
    assert again != first and again == headline_tokens(doc)
    assert again[0] == 1 and again[-1] == 0


def test_a_name_with_nothing_to_repair_is_only_normalised():
    decomposed = "Fran\u0063\u0327ois Lega\u0301ult"
    assert repair_mojibake(decomposed) == "François Legáult"
    assert repair_mojibake("Donald  Trump\u00a0Jr.") == "Donald  Trump\u00a0Jr."
    assert repair_mojibake("FranÃ§ois Hollande") == "François Hollande"


def test_a_transcripts_turns_are_found_once_per_doc(nlp):
    text = ("FAROOQ: Good morning.\n\nOSTROWSKI: Thank you for having me.\n\nFAROOQ: What happened?\n\n"
            "OSTROWSKI: The river rose overnight.")
    doc = nlp(text)
    turns = doc_transcript_turns(doc)
    assert len(turns) == 4 and doc_transcript_turns(doc) is turns
    assert [text[label[0] : label[1]] for _, _, label, _ in turns] == ["FAROOQ", "OSTROWSKI", "FAROOQ", "OSTROWSKI"]
    assert re.match(r"Good morning", text[turns[0][0][0] :])


def test_a_mention_over_a_stranded_prepositions_object_is_headed_by_the_noun_it_hangs_on(nlp):
    from app.nlp.mention_extent import mention_extent, mention_head

    # the small model hangs the spokesperson on `Star` and makes the name the subject of `said`: the words' root is
    # the name, their head the spokesperson (test_round11_stranded_prepositions has the whole attribution)
    doc = nlp("In an email to the Star, a spokesperson for Health Minister Sylvia Jones said the clinic would reopen in March.")
    spokesperson = next(token for token in doc if token.lower_ == "spokesperson")
    start, end = mention_extent(spokesperson)
    assert doc[start:end].text == "a spokesperson for Health Minister Sylvia Jones"
    assert doc[start:end].root.text == "Jones"
    assert mention_head(doc, start, end).i == spokesperson.i
    assert mention_head(doc, spokesperson.i, spokesperson.i + 1).i == spokesperson.i
