"""Who speaks through a reporting verb on hand-built parses that repeat the parser's mistakes (issue 8, wrong
speaker mentions): a name before a description set off by commas taken for an apposition to the clause before,
and a thing the parse made the subject of a participle. Sentences written for these tests."""

import spacy
from spacy.tokens import Doc

from app.nlp.speakers import speaker_of_cue


def parsed(rows):
    """rows: (word, pos, tag, dep, head index)."""
    words, pos, tags, deps, heads = zip(*rows)
    return Doc(spacy.blank("en").vocab, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


def test_the_name_before_a_description_set_off_by_commas_speaks_not_the_clause_before_the_dash():
    # It was no accident — Tom Hale , a spokesman for Ruiz , told reporters that the plan failed .
    doc = parsed([
        ("It", "PRON", "PRP", "nsubj", 1), ("was", "AUX", "VBD", "ROOT", 1), ("no", "DET", "DT", "det", 3),
        ("accident", "NOUN", "NN", "attr", 1), ("—", "PUNCT", ":", "punct", 1), ("Tom", "PROPN", "NNP", "compound", 6),
        ("Hale", "PROPN", "NNP", "appos", 3), (",", "PUNCT", ",", "punct", 6), ("a", "DET", "DT", "det", 9),
        ("spokesman", "NOUN", "NN", "appos", 6), ("for", "ADP", "IN", "prep", 9), ("Ruiz", "PROPN", "NNP", "pobj", 10),
        (",", "PUNCT", ",", "punct", 6), ("told", "VERB", "VBD", "conj", 1), ("reporters", "NOUN", "NNS", "dobj", 13),
        ("that", "SCONJ", "IN", "mark", 18), ("the", "DET", "DT", "det", 17), ("plan", "NOUN", "NN", "nsubj", 18),
        ("failed", "VERB", "VBD", "ccomp", 13), (".", "PUNCT", ".", "punct", 1),
    ])
    assert speaker_of_cue(doc[13], guess=False).text == "Hale"


def test_a_participle_the_parse_gave_a_thing_for_subject_is_said_by_the_clause_before_it():
    # It was a sharp exchange , as Lane repeated the charge , saying the mayor lied .
    doc = parsed([
        ("It", "PRON", "PRP", "nsubj", 1), ("was", "AUX", "VBD", "ROOT", 1), ("a", "DET", "DT", "det", 4),
        ("sharp", "ADJ", "JJ", "amod", 4), ("exchange", "NOUN", "NN", "attr", 1), (",", "PUNCT", ",", "punct", 1),
        ("as", "SCONJ", "IN", "mark", 8), ("Lane", "PROPN", "NNP", "nsubj", 8), ("repeated", "VERB", "VBD", "advcl", 1),
        ("the", "DET", "DT", "det", 10), ("charge", "NOUN", "NN", "dobj", 8), (",", "PUNCT", ",", "punct", 1),
        ("saying", "VERB", "VBG", "advcl", 1), ("the", "DET", "DT", "det", 14), ("mayor", "NOUN", "NN", "nsubj", 15),
        ("lied", "VERB", "VBD", "ccomp", 12), (".", "PUNCT", ".", "punct", 1),
    ])
    assert speaker_of_cue(doc[12], guess=False).text == "Lane"


def test_the_phrase_before_a_verb_the_parse_left_without_subject_speaks():
    # That would be more money than the teachers union says the district can afford .
    doc = parsed([
        ("That", "PRON", "DT", "nsubj", 2), ("would", "AUX", "MD", "aux", 2), ("be", "AUX", "VB", "ROOT", 2),
        ("more", "ADJ", "JJR", "amod", 4), ("money", "NOUN", "NN", "attr", 2), ("than", "ADP", "IN", "prep", 4),
        ("the", "DET", "DT", "det", 8), ("teachers", "NOUN", "NNS", "compound", 8), ("union", "NOUN", "NN", "pobj", 5),
        ("says", "VERB", "VBZ", "conj", 2), ("the", "DET", "DT", "det", 11), ("district", "NOUN", "NN", "nsubj", 13),
        ("can", "AUX", "MD", "aux", 13), ("afford", "VERB", "VB", "ccomp", 9), (".", "PUNCT", ".", "punct", 2),
    ])
    assert speaker_of_cue(doc[9], guess=False).text == "union"


def test_an_office_the_parse_joined_to_the_phrase_before_speaks_through_its_verb():
    # After talks between two of the state 's leaders , Governor Ruiz 's office announced that Ruiz will meet Hale .
    doc = parsed([
        ("After", "ADP", "IN", "prep", 14), ("talks", "NOUN", "NNS", "pobj", 0), ("between", "ADP", "IN", "prep", 1),
        ("two", "NUM", "CD", "pobj", 2), ("of", "ADP", "IN", "prep", 3), ("the", "DET", "DT", "det", 6),
        ("state", "NOUN", "NN", "poss", 8), ("'s", "PART", "POS", "case", 6), ("leaders", "NOUN", "NNS", "pobj", 4),
        (",", "PUNCT", ",", "punct", 14), ("Governor", "PROPN", "NNP", "compound", 11), ("Ruiz", "PROPN", "NNP", "poss", 13),
        ("'s", "PART", "POS", "case", 11), ("office", "NOUN", "NN", "conj", 3), ("announced", "VERB", "VBD", "ROOT", 14),
        ("that", "SCONJ", "IN", "mark", 18), ("Ruiz", "PROPN", "NNP", "nsubj", 18), ("will", "AUX", "MD", "aux", 18),
        ("meet", "VERB", "VB", "ccomp", 14), ("Hale", "PROPN", "NNP", "dobj", 18), (".", "PUNCT", ".", "punct", 14),
    ])
    assert speaker_of_cue(doc[14], guess=False).text == "office"


def test_a_thing_the_parse_made_the_subject_of_a_participle_speaks_for_who_holds_it():
    # They will hold placards proclaiming : No new taxes !
    doc = parsed([
        ("They", "PRON", "PRP", "nsubj", 2), ("will", "AUX", "MD", "aux", 2), ("hold", "VERB", "VB", "ROOT", 2),
        ("placards", "NOUN", "NNS", "nsubj", 4), ("proclaiming", "VERB", "VBG", "ccomp", 2), (":", "PUNCT", ":", "punct", 2),
        ("No", "DET", "DT", "det", 8), ("new", "ADJ", "JJ", "amod", 8), ("taxes", "NOUN", "NNS", "dobj", 4),
        ("!", "PUNCT", ".", "punct", 2),
    ])
    assert speaker_of_cue(doc[4], guess=False).text == "They"


def test_two_clauses_the_parse_read_as_one_subject_give_the_second_verb_its_own_subject():
    # Some nurses called for a strike , and the union strongly denounced the cuts .
    doc = parsed([
        ("Some", "DET", "DT", "det", 1), ("nurses", "NOUN", "NNS", "nsubj", 10), ("called", "VERB", "VBD", "acl", 1),
        ("for", "ADP", "IN", "prep", 2), ("a", "DET", "DT", "det", 5), ("strike", "NOUN", "NN", "pobj", 3),
        (",", "PUNCT", ",", "punct", 1), ("and", "CCONJ", "CC", "cc", 1), ("the", "DET", "DT", "det", 9),
        ("union", "NOUN", "NN", "conj", 1), ("denounced", "VERB", "VBD", "ROOT", 10), ("the", "DET", "DT", "det", 12),
        ("cuts", "NOUN", "NNS", "dobj", 10), (".", "PUNCT", ".", "punct", 10),
    ])
    assert speaker_of_cue(doc[10], guess=False).text == "union"


def test_a_verb_joined_after_a_relative_clause_on_someone_goes_on_in_it_not_in_a_thing():
    # The deal gives insight into the Bank , which manages the debt and says it failed .
    doc = parsed([
        ("The", "DET", "DT", "det", 1), ("deal", "NOUN", "NN", "nsubj", 12), ("gives", "VERB", "VBZ", "acl", 1),
        ("insight", "NOUN", "NN", "dobj", 2), ("into", "ADP", "IN", "prep", 3), ("the", "DET", "DT", "det", 6),
        ("Bank", "PROPN", "NNP", "pobj", 4), (",", "PUNCT", ",", "punct", 6), ("which", "PRON", "WDT", "nsubj", 9),
        ("manages", "VERB", "VBZ", "relcl", 6), ("debt", "NOUN", "NN", "dobj", 9), ("and", "CCONJ", "CC", "cc", 12),
        ("says", "VERB", "VBZ", "ROOT", 12), ("it", "PRON", "PRP", "nsubj", 14), ("failed", "VERB", "VBD", "ccomp", 12),
        (".", "PUNCT", ".", "punct", 12),
    ])
    assert speaker_of_cue(doc[12], guess=False).text == "which"
