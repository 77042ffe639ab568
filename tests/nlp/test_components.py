"""Each quotewise component on hand-built parsed Docs: fast, and independent of any statistical model."""

import pytest
import spacy
from spacy.tokens import Doc

from app.nlp.contract import extract_quotes
from app.nlp.extensions import QUOTES
from app.nlp.pipeline import COMPONENTS


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def parsed(nlp, rows, ents=(), sent_starts=()):
    """rows: (word, space_after, pos, lemma, dep, head index)."""
    words, spaces, pos, lemmas, deps, heads = zip(*rows)
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    starts = [i == 0 or i in sent_starts for i in range(len(words))]
    return Doc(nlp.vocab, words=list(words), spaces=list(spaces), pos=list(pos), lemmas=list(lemmas),
               deps=list(deps), heads=list(heads), ents=iob, sent_starts=starts)


def run(nlp, doc, until=None):
    for name in COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
        if name == until:
            break
    return doc


def okafor_doc(nlp):
    rows = [
        ("“", False, "PUNCT", "“", "punct", 6), ("Nobody", True, "PRON", "nobody", "nsubj", 3),
        ("was", True, "AUX", "be", "aux", 3), ("hurt", False, "VERB", "hurt", "ccomp", 6),
        (",", False, "PUNCT", ",", "punct", 3), ("”", True, "PUNCT", "”", "punct", 6),
        ("said", True, "VERB", "say", "ROOT", 6), ("Jane", True, "PROPN", "Jane", "compound", 8),
        ("Okafor", False, "PROPN", "Okafor", "nsubj", 6), (",", True, "PUNCT", ",", "punct", 8),
        ("a", True, "DET", "a", "det", 11), ("spokeswoman", True, "NOUN", "spokeswoman", "appos", 8),
        ("for", True, "ADP", "for", "prep", 11), ("Acme", False, "PROPN", "Acme", "pobj", 12),
        (".", False, "PUNCT", ".", "punct", 6),
    ]
    return parsed(nlp, rows, ents=[(7, 9, "PERSON"), (13, 14, "ORG")])


def brandt_doc(nlp):
    rows = [
        ("Finance", True, "PROPN", "Finance", "compound", 3), ("Minister", True, "PROPN", "Minister", "compound", 3),
        ("Olaf", True, "PROPN", "Olaf", "compound", 3), ("Brandt", True, "PROPN", "Brandt", "nsubj", 4),
        ("spoke", False, "VERB", "speak", "ROOT", 4), (".", True, "PUNCT", ".", "punct", 4),
        ("“", False, "PUNCT", "“", "punct", 13), ("Taxes", True, "NOUN", "tax", "nsubj", 9),
        ("will", True, "AUX", "will", "aux", 9), ("fall", False, "VERB", "fall", "ccomp", 13),
        (",", False, "PUNCT", ",", "punct", 9), ("”", True, "PUNCT", "”", "punct", 13),
        ("he", True, "PRON", "he", "nsubj", 13), ("said", False, "VERB", "say", "ROOT", 13),
        (".", False, "PUNCT", ".", "punct", 13),
    ]
    return parsed(nlp, rows, ents=[(2, 4, "PERSON")], sent_starts=[6])


def indirect_doc(nlp):
    rows = [
        ("Miller", True, "PROPN", "Miller", "nsubj", 1), ("said", True, "VERB", "say", "ROOT", 1),
        ("that", True, "SCONJ", "that", "mark", 5), ("the", True, "DET", "the", "det", 4),
        ("plan", True, "NOUN", "plan", "nsubj", 5), ("failed", False, "VERB", "fail", "ccomp", 1),
        (".", False, "PUNCT", ".", "punct", 1),
    ]
    return parsed(nlp, rows, ents=[(0, 1, "PERSON")])


def test_cues_finds_the_governing_reporting_verb(blank):
    doc = run(blank, okafor_doc(blank), until="quotewise_cues")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.cue[0]].text == "said" and quote.attribution == "governing"


def test_speakers_takes_the_subject_after_the_cue_not_the_apposition(blank):
    doc = run(blank, okafor_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Jane Okafor"


def test_full_pipeline_on_a_parsed_doc(blank):
    (quote,) = extract_quotes(run(blank, okafor_doc(blank)))
    assert quote.text == "Nobody was hurt,"
    assert quote.spans == ((1, 17),)
    assert (quote.speaker.name, quote.speaker.kind, quote.speaker.role) == ("Jane Okafor", "person", "spokeswoman for Acme")
    assert quote.cue.text == "said"


def test_names_resolve_a_pronoun_and_roles_read_the_title_before_the_name(blank):
    (quote,) = extract_quotes(run(blank, brandt_doc(blank)))
    assert quote.speaker.mention.text == "he"
    assert quote.speaker.name == "Olaf Brandt"
    assert quote.speaker.role == "Finance Minister"


def test_indirect_quote_from_a_clausal_complement(blank):
    (quote,) = extract_quotes(run(blank, indirect_doc(blank)))
    assert (quote.kind, quote.text, quote.speaker.name) == ("indirect", "that the plan failed", "Miller")


def test_topics_are_lemmatised_nouns(blank):
    doc = run(blank, brandt_doc(blank))
    (quote,) = doc._.get(QUOTES)
    assert "tax" in quote.topics


def obama_doc(nlp):
    """`“Yes,” Mr. Obama added.` misparsed with the quoted word as the subject of `added`."""
    rows = [
        ("“", False, "PUNCT", "“", "punct", 6),
        ("Yes", False, "INTJ", "yes", "nsubj", 6),
        (",", False, "PUNCT", ",", "punct", 6),
        ("”", True, "PUNCT", "”", "punct", 6),
        ("Mr.", True, "PROPN", "Mr.", "compound", 5),
        ("Obama", True, "PROPN", "Obama", "npadvmod", 6),
        ("added", False, "VERB", "add", "ROOT", 6),
        (".", False, "PUNCT", ".", "punct", 6),
    ]
    return parsed(nlp, rows, ents=[(5, 6, "PERSON")])


def test_speakers_never_take_a_word_of_the_quote_and_fall_back_to_the_name_before_the_cue(blank):
    doc = run(blank, obama_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.cue[0]].text == "added"
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Mr. Obama"


def group_doc(nlp):
    """`Ann Ortiz and Bill Crane said that it passed.`"""
    rows = [
        ("Ann", True, "PROPN", "Ann", "compound", 1),
        ("Ortiz", True, "PROPN", "Ortiz", "nsubj", 5),
        ("and", True, "CCONJ", "and", "cc", 1),
        ("Bill", True, "PROPN", "Bill", "compound", 4),
        ("Crane", True, "PROPN", "Crane", "conj", 1),
        ("said", True, "VERB", "say", "ROOT", 5),
        ("that", True, "SCONJ", "that", "mark", 8),
        ("it", True, "PRON", "it", "nsubj", 8),
        ("passed", False, "VERB", "pass", "ccomp", 5),
        (".", False, "PUNCT", ".", "punct", 5),
    ]
    return parsed(nlp, rows, ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])


def test_speaker_mention_spans_every_name_joined_by_and(blank):
    doc = run(blank, group_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert quote.kind == "indirect"
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Ann Ortiz and Bill Crane"


def parenthetical_doc(nlp):
    """`Instead, she said, her boss told her he quit.` parsed the way the stock model does: `said` as parataxis."""
    rows = [
        ("Instead", False, "ADV", "instead", "advmod", 7), (",", True, "PUNCT", ",", "punct", 3), ("she", True, "PRON", "she", "nsubj", 3),
        ("said", False, "VERB", "say", "parataxis", 7), (",", True, "PUNCT", ",", "punct", 3), ("her", True, "PRON", "her", "poss", 6),
        ("boss", True, "NOUN", "boss", "nsubj", 7), ("told", True, "VERB", "tell", "ROOT", 7), ("her", True, "PRON", "she", "dobj", 7),
        ("he", True, "PRON", "he", "nsubj", 10), ("quit", False, "VERB", "quit", "ccomp", 7), (".", False, "PUNCT", ".", "punct", 7),
    ]
    return parsed(nlp, rows)


def test_a_parenthetical_reporting_clause_is_the_source_of_what_its_sentence_reports(blank):
    (quote,) = extract_quotes(run(blank, parenthetical_doc(blank)))
    assert quote.text == "her boss told her he quit"
    assert (quote.speaker.mention.text, quote.cue.text) == ("she", "said")


def relayed_doc(nlp, according_head: int):
    rows = [
        ("Lena", True, "PROPN", "Lena", "compound", 1), ("Fox", True, "PROPN", "Fox", "nsubj", 2), ("said", True, "VERB", "say", "ROOT", 2),
        ("she", True, "PRON", "she", "nsubj", 5), ("would", True, "AUX", "would", "aux", 5), ("resign", False, "VERB", "resign", "ccomp", 2),
        (",", True, "PUNCT", ",", "punct", according_head), ("according", True, "VERB", "accord", "prep", according_head),
        ("to", True, "ADP", "to", "prep", 7), ("the", True, "DET", "the", "det", 10), ("Post", False, "PROPN", "Post", "pobj", 8),
        (".", False, "PUNCT", ".", "punct", 2),
    ]
    return parsed(nlp, rows, ents=[(0, 2, "PERSON"), (10, 11, "ORG")])


@pytest.mark.parametrize("according_head", [2, 5], ids=["on-the-reporting-verb", "inside-the-reported-clause"])
def test_according_to_after_a_reported_statement_relays_all_of_it(blank, according_head):
    (quote,) = extract_quotes(run(blank, relayed_doc(blank, according_head)))
    assert quote.text == "Lena Fox said she would resign"
    assert quote.speaker.mention.text.endswith("Post") and quote.cue.text == "according to"


def test_quote_owner_is_aligned_once_per_doc_and_follows_the_quotes(blank, monkeypatch):
    from app.nlp import tokens

    doc = run(blank, okafor_doc(blank), until="quotewise_quote_spans")
    quotes = doc._.get(QUOTES)
    first = tokens.quote_owner_by_token(doc, quotes)
    first[1] = 99  # a caller blanking or marking tokens of its own copy
    aligned = []
    monkeypatch.setattr(tokens, "piece_span", lambda *args: aligned.append(args))
    assert tokens.quote_owner_by_token(doc, quotes, only_kept=True)[1:4] == [0, 0, 0]
    quotes[0].keep = False
    assert tokens.quote_owner_by_token(doc, quotes, only_kept=True)[1:4] == [-1, -1, -1]
    assert tokens.quote_owner_by_token(doc, quotes)[1:4] == [0, 0, 0]
    assert aligned == []  # the piece's tokens were found once, by the first call


def led_doc(nlp):
    rows = [
        ("The", True, "DET", "the", "det", 2), ("abrupt", True, "ADJ", "abrupt", "amod", 2), ("announcement", True, "NOUN", "announcement", "nsubj", 3),
        ("led", True, "VERB", "lead", "ROOT", 3), ("some", True, "PRON", "some", "dobj", 3), ("to", True, "PART", "to", "aux", 6),
        ("speculate", True, "VERB", "speculate", "xcomp", 3), ("that", True, "SCONJ", "that", "mark", 11), ("the", True, "DET", "the", "det", 9),
        ("club", True, "NOUN", "club", "nsubj", 11), ("had", True, "AUX", "have", "aux", 11), ("failed", False, "VERB", "fail", "ccomp", 6),
        (".", False, "PUNCT", ".", "punct", 3),
    ]
    return parsed(nlp, rows)


def test_the_object_of_lead_to_speaks_not_the_subject(blank):
    (quote,) = extract_quotes(run(blank, led_doc(blank)))
    assert quote.text == "that the club had failed" and quote.speaker.mention.text == "some"


def that_said_doc(nlp):
    rows = [
        ("That", True, "PRON", "that", "nsubj", 1), ("said", False, "VERB", "say", "ROOT", 1), (",", True, "PUNCT", ",", "punct", 4),
        ("voters", True, "NOUN", "voter", "nsubj", 4), ("say", True, "VERB", "say", "ccomp", 1), ("they", True, "PRON", "they", "nsubj", 6),
        ("want", True, "VERB", "want", "ccomp", 4), ("change", False, "NOUN", "change", "dobj", 6), (".", False, "PUNCT", ".", "punct", 1),
    ]
    return parsed(nlp, rows)


def test_that_said_opening_a_sentence_reports_nothing(blank):
    (quote,) = extract_quotes(run(blank, that_said_doc(blank)))
    assert quote.text == "they want change" and quote.speaker.mention.text == "voters"


def two_subjects_doc(nlp):
    """`The Latest: Lena Fox urges voters to stay home.` with the label parsed as a second subject."""
    rows = [
        ("The", True, "DET", "the", "det", 1), ("Latest", False, "PROPN", "Latest", "nsubj", 5), (":", True, "PUNCT", ":", "punct", 5),
        ("Lena", True, "PROPN", "Lena", "compound", 4), ("Fox", True, "PROPN", "Fox", "nsubj", 5), ("urges", True, "VERB", "urge", "ROOT", 5),
        ("voters", True, "NOUN", "voter", "dobj", 5), ("to", True, "PART", "to", "aux", 8), ("stay", True, "VERB", "stay", "xcomp", 5),
        ("home", False, "ADV", "home", "advmod", 8), (".", False, "PUNCT", ".", "punct", 5),
    ]
    return parsed(nlp, rows, ents=[(3, 5, "PERSON")])


def test_of_two_subjects_the_one_next_to_the_cue_speaks(blank):
    doc = run(blank, two_subjects_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Lena Fox"


def split_clause_doc(nlp):
    """`The plan, the mayor said, would fail.`: the cue interrupts the clause it reports, between subject and verb."""
    rows = [
        ("The", True, "DET", "the", "det", 1), ("plan", False, "NOUN", "plan", "nsubj", 8), (",", True, "PUNCT", ",", "punct", 5),
        ("the", True, "DET", "the", "det", 4), ("mayor", True, "NOUN", "mayor", "nsubj", 5), ("said", False, "VERB", "say", "parataxis", 8),
        (",", True, "PUNCT", ",", "punct", 5), ("would", True, "AUX", "would", "aux", 8), ("fail", False, "VERB", "fail", "ROOT", 8),
        (".", False, "PUNCT", ".", "punct", 8),
    ]
    return parsed(nlp, rows)


def test_a_clause_split_by_its_parenthetical_cue_is_one_quote_in_two_pieces(blank):
    (quote,) = extract_quotes(run(blank, split_clause_doc(blank)))
    assert quote.text == "The plan … would fail"
    assert (quote.speaker.mention.text, quote.cue.text) == ("the mayor", "said")


def by_saying_doc(nlp):
    rows = [
        ("Husted", True, "PROPN", "Husted", "nsubj", 1), ("continued", True, "VERB", "continue", "ROOT", 1), ("by", True, "ADP", "by", "prep", 1),
        ("saying", True, "VERB", "say", "pcomp", 2), ("that", True, "SCONJ", "that", "mark", 7), ("the", True, "DET", "the", "det", 6),
        ("vote", True, "NOUN", "vote", "nsubj", 7), ("was", True, "AUX", "be", "ccomp", 3), ("close", False, "ADJ", "close", "acomp", 7),
        (".", False, "PUNCT", ".", "punct", 1),
    ]
    return parsed(nlp, rows, ents=[(0, 1, "PERSON")])


def test_continued_by_saying_is_said_by_the_subject_of_continued(blank):
    (quote,) = extract_quotes(run(blank, by_saying_doc(blank)))
    assert quote.text == "that the vote was close" and quote.speaker.mention.text == "Husted"


def will_wrote_doc(nlp):
    """`“The party failed,” Will wrote.` with the columnist's name tagged as a modal verb."""
    rows = [
        ("“", False, "PUNCT", '"', "punct", 7), ("The", True, "DET", "the", "det", 2), ("party", True, "NOUN", "party", "nsubj", 3),
        ("failed", False, "VERB", "fail", "ccomp", 7), (",", False, "PUNCT", ",", "punct", 7), ("”", True, "PUNCT", '"', "punct", 7),
        ("Will", True, "AUX", "will", "aux", 7), ("wrote", False, "VERB", "write", "ROOT", 7), (".", False, "PUNCT", ".", "punct", 7),
    ]
    return parsed(nlp, rows)


def test_a_capitalised_word_between_the_closing_mark_and_the_cue_is_the_speaker(blank):
    doc = run(blank, will_wrote_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Will"


def appositive_doc(nlp):
    """`Her adviser, Jake Sullivan, said: “We agree.”` with the parse giving `said` no subject."""
    rows = [
        ("Her", True, "PRON", "her", "poss", 1), ("adviser", False, "NOUN", "adviser", "npadvmod", 6), (",", True, "PUNCT", ",", "punct", 1),
        ("Jake", True, "PROPN", "Jake", "compound", 4), ("Sullivan", False, "PROPN", "Sullivan", "appos", 1), (",", True, "PUNCT", ",", "punct", 6),
        ("said", False, "VERB", "say", "ROOT", 6), (":", True, "PUNCT", ":", "punct", 6), ("“", False, "PUNCT", '"', "punct", 10),
        ("We", True, "PRON", "we", "nsubj", 10), ("agree", False, "VERB", "agree", "ccomp", 6), (".", False, "PUNCT", ".", "punct", 6),
        ("”", False, "PUNCT", '"', "punct", 6),
    ]
    return parsed(nlp, rows, ents=[(3, 5, "PERSON")])


def test_the_name_before_the_comma_before_the_cue_speaks_when_the_parse_gives_no_subject(blank):
    doc = run(blank, appositive_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert doc[quote.speaker[0] : quote.speaker[1]].text == "Jake Sullivan"


def praised_doc(nlp):
    rows = [
        ("Swanson", True, "PROPN", "Swanson", "nsubj", 1), ("praised", True, "VERB", "praise", "ROOT", 1), ("Franklin", True, "PROPN", "Franklin", "compound", 3),
        ("Graham", False, "PROPN", "Graham", "dobj", 1), (",", True, "PUNCT", ",", "punct", 3), ("who", True, "PRON", "who", "nsubj", 7),
        ("has", True, "AUX", "have", "aux", 7), ("vowed", True, "VERB", "vow", "relcl", 3), ("not", True, "PART", "not", "neg", 10),
        ("to", True, "PART", "to", "aux", 10), ("buy", True, "VERB", "buy", "xcomp", 7), ("the", True, "DET", "the", "det", 12),
        ("cookies", True, "NOUN", "cookie", "dobj", 10), ("this", True, "DET", "this", "det", 14), ("year", False, "NOUN", "year", "npadvmod", 10),
        (".", False, "PUNCT", ".", "punct", 1),
    ]
    return parsed(nlp, rows, ents=[(0, 1, "PERSON"), (2, 4, "PERSON")])


def test_what_the_objects_relative_clause_reports_is_said_by_the_object(blank):
    (quote,) = extract_quotes(run(blank, praised_doc(blank)))
    assert quote.text == "not to buy the cookies this year"
    assert (quote.speaker.mention.text, quote.cue.text) == ("who", "vowed")


def released_doc(nlp):
    rows = [
        ("Greenberg", True, "PROPN", "Greenberg", "nsubj", 1), ("released", True, "VERB", "release", "ROOT", 1), ("data", True, "NOUN", "datum", "dobj", 1),
        ("that", True, "PRON", "that", "nsubj", 4), ("suggest", True, "VERB", "suggest", "relcl", 2), ("voters", True, "NOUN", "voter", "nsubj", 6),
        ("are", True, "AUX", "be", "ccomp", 4), ("angry", False, "ADJ", "angry", "acomp", 6), (".", False, "PUNCT", ".", "punct", 1),
    ]
    return parsed(nlp, rows, ents=[(0, 1, "PERSON")])


def met_doc(nlp):
    rows = [
        ("The", True, "DET", "the", "det", 1), ("senator", True, "NOUN", "senator", "nsubj", 2), ("met", True, "VERB", "meet", "ROOT", 2),
        ("voters", True, "NOUN", "voter", "dobj", 2), ("that", True, "PRON", "that", "nsubj", 5), ("say", True, "VERB", "say", "relcl", 3),
        ("the", True, "DET", "the", "det", 7), ("vote", True, "NOUN", "vote", "nsubjpass", 9), ("is", True, "AUX", "be", "auxpass", 9),
        ("rigged", False, "VERB", "rig", "ccomp", 5), (".", False, "PUNCT", ".", "punct", 2),
    ]
    return parsed(nlp, rows)


def test_what_someone_puts_out_speaks_for_them_but_people_speak_for_themselves(blank):
    (data,) = extract_quotes(run(blank, released_doc(blank)))
    assert data.text == "voters are angry" and data.speaker.mention.text == "Greenberg"
    (voters,) = extract_quotes(run(blank, met_doc(blank)))
    assert voters.text == "the vote is rigged" and voters.speaker.mention.text == "that"


def one_of_the_men_doc(nlp):
    rows = [
        ("One", True, "NUM", "one", "nsubj", 8), ("of", True, "ADP", "of", "prep", 0), ("the", True, "DET", "the", "det", 3),
        ("men", False, "NOUN", "man", "pobj", 1), (",", True, "PUNCT", ",", "punct", 0), ("Jessie", True, "PROPN", "Jessie", "compound", 6),
        ("Elkins", False, "PROPN", "Elkins", "appos", 0), (",", True, "PUNCT", ",", "punct", 0), ("said", True, "VERB", "say", "ROOT", 8),
        ("he", True, "PRON", "he", "nsubj", 10), ("was", True, "AUX", "be", "ccomp", 8), ("wrong", False, "ADJ", "wrong", "acomp", 10),
        (".", False, "PUNCT", ".", "punct", 8),
    ]
    return parsed(nlp, rows, ents=[(5, 7, "PERSON")])


def test_a_description_with_a_name_in_apposition_is_one_mention_named_by_the_name(blank):
    (quote,) = extract_quotes(run(blank, one_of_the_men_doc(blank)))
    assert quote.speaker.mention.text == "One of the men, Jessie Elkins"
    assert quote.speaker.name == "Jessie Elkins"


def dateline_doc(nlp):
    """`WASHINGTON — Lena Fox said the vote failed.` with the dateline misparsed as the subject."""
    rows = [
        ("WASHINGTON", True, "PROPN", "WASHINGTON", "nsubj", 5), ("—", True, "PUNCT", "—", "punct", 5),
        ("Lena", True, "PROPN", "Lena", "compound", 3), ("Fox", True, "PROPN", "Fox", "appos", 0), ("firmly", True, "ADV", "firmly", "advmod", 5),
        ("said", True, "VERB", "say", "ROOT", 5), ("the", True, "DET", "the", "det", 7), ("vote", True, "NOUN", "vote", "nsubj", 8),
        ("failed", False, "VERB", "fail", "ccomp", 5), (".", False, "PUNCT", ".", "punct", 5),
    ]
    return parsed(nlp, rows, ents=[(0, 1, "GPE"), (2, 4, "PERSON")])


def test_a_dateline_in_capitals_is_never_the_speaker(blank):
    doc = run(blank, dateline_doc(blank), until="quotewise_speakers")
    (quote,) = [q for q in doc._.get(QUOTES) if q.keep]
    assert quote.speaker is None or doc[quote.speaker[0] : quote.speaker[1]].text != "WASHINGTON"


def test_a_quoted_title_after_according_to_is_the_source_not_a_quote(blank):
    # According to “The Long Road Home From Brill Street Through Harlem,” Ada Lowe left early.  (9 words)
    rows = [
        ("According", True, "VERB", "accord", "prep", 16), ("to", True, "ADP", "to", "prep", 0),
        ("“", False, "PUNCT", "“", "punct", 5), ("The", True, "DET", "the", "det", 5),
        ("Long", True, "ADJ", "long", "amod", 5), ("Road", True, "PROPN", "Road", "pobj", 1),
        ("Home", True, "ADV", "home", "advmod", 5), ("From", True, "ADP", "from", "prep", 5),
        ("Brill", True, "PROPN", "Brill", "compound", 9), ("Street", True, "PROPN", "Street", "pobj", 7),
        ("Through", True, "ADP", "through", "prep", 5), ("Harlem", False, "PROPN", "Harlem", "pobj", 10),
        (",", False, "PUNCT", ",", "punct", 5), ("”", True, "PUNCT", "”", "punct", 5),
        ("Ada", True, "PROPN", "Ada", "compound", 15), ("Lowe", True, "PROPN", "Lowe", "nsubj", 16),
        ("left", True, "VERB", "leave", "ROOT", 16), ("early", False, "ADV", "early", "advmod", 16),
        (".", False, "PUNCT", ".", "punct", 16),
    ]
    doc = run(blank, parsed(blank, rows, ents=[(14, 16, "PERSON")]), until="quotewise_cues")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []


def test_a_quoted_title_in_apposition_names_a_work_but_a_reply_after_said_is_speech(blank):
    # The group released an ad, “Playing Fair,” in May.
    rows = [
        ("The", True, "DET", "the", "det", 1), ("group", True, "NOUN", "group", "nsubj", 2),
        ("released", True, "VERB", "release", "ROOT", 2), ("an", True, "DET", "an", "det", 4),
        ("ad", False, "NOUN", "ad", "dobj", 2), (",", True, "PUNCT", ",", "punct", 4),
        ("“", False, "PUNCT", "“", "punct", 8), ("Playing", True, "PROPN", "Playing", "compound", 8),
        ("Fair", False, "PROPN", "Fair", "appos", 4), (",", False, "PUNCT", ",", "punct", 8),
        ("”", True, "PUNCT", "”", "punct", 8), ("in", True, "ADP", "in", "prep", 2),
        ("May", False, "PROPN", "May", "pobj", 11), (".", False, "PUNCT", ".", "punct", 2),
    ]
    doc = run(blank, parsed(blank, rows), until="quotewise_cues")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []
    # Lowe said, “Probably.”
    rows = [
        ("Lowe", True, "PROPN", "Lowe", "nsubj", 1), ("said", False, "VERB", "say", "ROOT", 1),
        (",", True, "PUNCT", ",", "punct", 1), ("“", False, "PUNCT", "“", "punct", 1),
        ("Probably", False, "ADV", "probably", "advmod", 1), (".", False, "PUNCT", ".", "punct", 1),
        ("”", False, "PUNCT", "”", "punct", 1),
    ]
    doc = run(blank, parsed(blank, rows, ents=[(0, 1, "PERSON")]), until="quotewise_cues")
    assert [doc.text[q.start : q.end] for q in doc._.get(QUOTES) if q.keep] == ["Probably."]


def test_a_headline_with_its_byline_or_an_excerpt_with_its_link_is_not_speech(blank):
    # —“Old books sell well,” by Ann Lowe: http://bit.ly/x1
    rows = [
        ("—", False, "PUNCT", "—", "punct", 4), ("“", False, "PUNCT", "“", "punct", 4),
        ("Old", True, "ADJ", "old", "amod", 3), ("books", True, "NOUN", "book", "nsubj", 4),
        ("sell", True, "VERB", "sell", "ROOT", 4), ("well", False, "ADV", "well", "advmod", 4),
        (",", False, "PUNCT", ",", "punct", 4), ("”", True, "PUNCT", "”", "punct", 4),
        ("by", True, "ADP", "by", "prep", 4), ("Ann", True, "PROPN", "Ann", "compound", 10),
        ("Lowe", False, "PROPN", "Lowe", "pobj", 8), (":", True, "PUNCT", ":", "punct", 4),
        ("http://bit.ly/x1", False, "X", "http://bit.ly/x1", "appos", 10),
    ]
    doc = run(blank, parsed(blank, rows, ents=[(9, 11, "PERSON")]), until="quotewise_cues")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []
    # “The club struggled to find its feet there.” http://nyti.ms/x2
    rows = [
        ("“", False, "PUNCT", "“", "punct", 3), ("The", True, "DET", "the", "det", 2),
        ("club", True, "NOUN", "club", "nsubj", 3), ("struggled", True, "VERB", "struggle", "ROOT", 3),
        ("to", True, "PART", "to", "aux", 5), ("find", True, "VERB", "find", "xcomp", 3),
        ("its", True, "PRON", "its", "poss", 7), ("feet", True, "NOUN", "foot", "dobj", 5),
        ("there", False, "ADV", "there", "advmod", 5), (".", False, "PUNCT", ".", "punct", 3),
        ("”", True, "PUNCT", "”", "punct", 3), ("http://nyti.ms/x2", False, "X", "http://nyti.ms/x2", "dep", 3),
    ]
    doc = run(blank, parsed(blank, rows), until="quotewise_cues")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []


def test_adding_a_thing_to_another_is_not_speech(blank):
    # Lee could add a new title to his resume.
    rows = [
        ("Lee", True, "PROPN", "Lee", "nsubj", 2), ("could", True, "AUX", "could", "aux", 2),
        ("add", True, "VERB", "add", "ROOT", 2), ("a", True, "DET", "a", "det", 5),
        ("new", True, "ADJ", "new", "amod", 5), ("title", True, "NOUN", "title", "dobj", 2),
        ("to", True, "ADP", "to", "prep", 2), ("his", True, "PRON", "his", "poss", 8),
        ("resume", False, "NOUN", "resume", "pobj", 6), (".", False, "PUNCT", ".", "punct", 2),
    ]
    doc = run(blank, parsed(blank, rows, ents=[(0, 1, "PERSON")]), until="quotewise_indirect_quotes")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []
    # Lee added the mails were personal.  (misparsed: `the mails` as the object of `added`)
    rows = [
        ("Lee", True, "PROPN", "Lee", "nsubj", 1), ("added", True, "VERB", "add", "ROOT", 1),
        ("the", True, "DET", "the", "det", 3), ("mails", True, "NOUN", "mail", "dobj", 1),
        ("were", True, "AUX", "be", "dep", 1), ("personal", False, "ADJ", "personal", "acomp", 4),
        (".", False, "PUNCT", ".", "punct", 1),
    ]
    doc = run(blank, parsed(blank, rows, ents=[(0, 1, "PERSON")]), until="quotewise_indirect_quotes")
    assert [doc.text[q.start : q.end] for q in doc._.get(QUOTES) if q.keep] == ["the mails were personal"]


def test_an_embed_tag_named_like_a_verb_is_no_cue(blank):
    # <tweet author="x">We won today</tweet>
    rows = [
        ("<", False, "X", "<", "dep", 1), ("tweet", True, "VERB", "tweet", "ROOT", 1),
        ('author="x">We', True, "NOUN", 'author="x">we', "dobj", 1), ("won", True, "VERB", "win", "ccomp", 1),
        ("today</tweet", False, "NOUN", "today</tweet", "npadvmod", 3), (">", False, "X", ">", "punct", 1),
    ]
    doc = run(blank, parsed(blank, rows), until="quotewise_indirect_quotes")
    assert [q for q in doc._.get(QUOTES) if q.keep] == []
