"""The article entity table (`quotewise_entities`) on hand-built parsed Docs: no statistical model involved."""

import pytest
import spacy
from spacy.tokens import Doc

from app.nlp import entities as _registers_the_factory  # noqa: F401
from app.nlp.contract import Gender, SpeakerKind
from app.nlp.extensions import ENTITIES, QUOTES


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_entities")
    return nlp


def table(nlp, text_rows, ents=(), glued=(), arcs=None, sentences=False):
    """text_rows: (word, pos) pairs; ents: (start, end, label); glued: indices of tokens with no space after them.
    Every token hangs on the first as a plain `dep`, unless arcs gives some {index: (head, dep)}; with sentences,
    every full stop ends one."""
    words = [word for word, _ in text_rows]
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for i in range(start + 1, end):
            iob[i] = f"I-{label}"
    arcs = arcs or {}
    starts = [i == 0 or (sentences and words[i - 1] == ".") for i in range(len(words))]
    roots = [max(j for j in range(i + 1) if starts[j]) for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=[i not in glued for i in range(len(words))], pos=[pos for _, pos in text_rows],
              deps=[arcs.get(i, (0, "ROOT" if starts[i] else "dep"))[1] for i in range(len(words))],
              heads=[arcs[i][0] if i in arcs else roots[i] for i in range(len(words))], ents=iob, sent_starts=starts)
    doc._.set(QUOTES, [])
    return nlp.get_pipe("quotewise_entities")(doc)._.get(ENTITIES)


def rows(text: str, pos: dict[str, str]):
    return [(word, pos.get(word, "PROPN" if word[:1].isupper() else "NOUN")) for word in text.split()]


def test_a_surname_written_first_joins_the_full_name_written_later(nlp):
    entities = table(nlp, rows("Okonjo won . Ada Okonjo , a judge , spoke", {"won": "VERB", ".": "PUNCT", ",": "PUNCT", "a": "DET", "spoke": "VERB"}),
                     ents=[(0, 1, "PERSON"), (3, 5, "PERSON")])
    person = next(entity for entity in entities if entity.name == "Ada Okonjo")
    assert person.kind == SpeakerKind.PERSON
    assert [mention.text for mention in person.mentions] == ["Okonjo", "Ada Okonjo"]
    assert "Okonjo" in person.aliases


def test_a_title_inside_the_name_run_is_cut_off_and_kept_as_a_role(nlp):
    entities = table(nlp, rows("Grand Chief Tala Ross spoke", {"spoke": "VERB"}), ents=[(2, 4, "PERSON")])
    (person,) = entities
    assert person.name == "Tala Ross" and "Grand Chief" in person.roles


def test_gender_comes_only_from_what_the_text_states(nlp):
    text = "Ms. Dana Ortiz met Tom Ruiz"
    entities = table(nlp, rows(text, {"met": "VERB"}), ents=[(1, 3, "PERSON"), (4, 6, "PERSON")])
    by_name = {entity.name: entity for entity in entities}
    assert by_name["Dana Ortiz"].gender == Gender.FEMALE
    assert by_name["Tom Ruiz"].gender is None


def test_an_acronym_is_an_alias_of_the_organisation(nlp):
    text = "the Federal Bureau of Investigation said . The FBI added"
    entities = table(nlp, rows(text, {"the": "DET", "of": "ADP", "said": "VERB", ".": "PUNCT", "The": "DET", "added": "VERB"}),
                     ents=[(1, 5, "ORG"), (8, 9, "ORG")])
    (bureau,) = [entity for entity in entities if entity.kind == SpeakerKind.ORGANIZATION]
    assert bureau.name == "Federal Bureau of Investigation" and "FBI" in bureau.aliases
    assert [mention.text for mention in bureau.mentions] == ["Federal Bureau of Investigation", "FBI"]


def test_a_headline_verb_is_not_part_of_the_name(nlp):
    entities = table(nlp, rows("Obama Says Deal Is Done", {"Is": "AUX", "Done": "VERB"}), ents=[(0, 1, "PERSON")])
    assert "Obama" in [entity.name for entity in entities]
    assert not any("Says" in entity.name for entity in entities)


def test_people_sharing_a_surname_stay_apart(nlp):
    text = "Hillary Clinton met Bill Clinton"
    entities = table(nlp, rows(text, {"met": "VERB"}), ents=[(0, 2, "PERSON"), (3, 5, "PERSON")])
    assert sorted(entity.name for entity in entities) == ["Bill Clinton", "Hillary Clinton"]


def test_mojibake_in_a_name_is_repaired_word_by_word():
    from app.nlp.entities import repair_mojibake

    assert repair_mojibake("FranÃ§ois\u00a0Hollande") == "François\u00a0Hollande"
    assert repair_mojibake("Arturo SarukhÃ\x83Â¡n") == "Arturo Sarukhán"
    assert repair_mojibake("SarukhÃÂ¡n") == "Sarukhán"  # the invisible control character was lost
    assert repair_mojibake("Ada Okonjo") == "Ada Okonjo"


def test_a_lone_first_word_of_an_organisation_tagged_org_joins_it(nlp):
    text = "Fox News ran a poll . The Fox poll found a lead"
    entities = table(nlp, rows(text, {"ran": "VERB", "a": "DET", ".": "PUNCT", "The": "DET", "found": "VERB"}),
                     ents=[(0, 2, "ORG"), (7, 8, "ORG")])
    (outlet,) = [entity for entity in entities if "Fox" in entity.name]
    assert outlet.name == "Fox News" and [m.text for m in outlet.mentions] == ["Fox News", "Fox"]


def test_an_untagged_first_name_completes_a_shorter_full_name(nlp):
    text = "Chair Debbie Wasserman Schultz spoke . Later Wasserman Schultz left"
    entities = table(nlp, rows(text, {"spoke": "VERB", ".": "PUNCT", "Later": "ADV", "left": "VERB"}),
                     ents=[(2, 4, "PERSON"), (6, 8, "PERSON")])
    (person,) = [entity for entity in entities if "Schultz" in entity.name]
    assert person.name == "Debbie Wasserman Schultz" and len(person.mentions) == 2


def test_a_surname_the_tagger_left_as_a_noun_joins_a_person_tagged_org(nlp):
    text = "the host Sean Hannity asked . Then Hannity said no"
    entities = table(nlp, rows(text, {"the": "DET", "host": "NOUN", "asked": "VERB", ".": "PUNCT", "Then": "ADV", "Hannity": "NOUN", "said": "VERB", "no": "ADV"}),
                     ents=[(2, 4, "ORG")])
    (person,) = [entity for entity in entities if "Hannity" in entity.name]
    assert person.name == "Sean Hannity" and person.kind == SpeakerKind.PERSON and len(person.mentions) == 2


VERBS = {"said": "VERB", "spoke": "VERB", "met": "VERB", "found": "VERB", "opposed": "VERB", "added": "VERB", ".": "PUNCT",
         ",": "PUNCT", "the": "DET", "The": "DET", "a": "DET", "and": "CCONJ", "on": "ADP", "for": "ADP", "of": "ADP"}


def test_an_organisation_head_noun_carries_its_complement_and_stands_for_the_whole_name_later(nlp):
    text = "The Commission on Presidential Debates spoke . the Commission said"
    entities = table(nlp, rows(text, VERBS), ents=[(1, 2, "ORG"), (8, 9, "ORG")])
    (commission,) = [entity for entity in entities if "Commission" in entity.name]
    assert commission.name == "Commission on Presidential Debates" and commission.kind == SpeakerKind.ORGANIZATION
    assert [mention.text for mention in commission.mentions] == ["Commission on Presidential Debates", "Commission"]


def test_an_article_inside_an_organisation_name_does_not_end_it(nlp):
    text = "the Committee for a Responsible Federal Budget said"
    entities = table(nlp, rows(text, VERBS), ents=[(1, 7, "ORG")])
    assert [entity.name for entity in entities] == ["Committee for a Responsible Federal Budget"]


def test_a_quoted_nickname_stays_inside_the_name_and_the_nickname_form_joins_it(nlp):
    text = 'Robert C. " Bobby " Scott spoke . Bobby Scott added'
    entities = table(nlp, rows(text, {**VERBS, '"': "PUNCT"}), ents=[(0, 2, "PERSON"), (5, 6, "PERSON"), (8, 10, "PERSON")], glued={2, 3})
    (person,) = [entity for entity in entities if "Scott" in entity.name]
    assert person.name == 'Robert C. "Bobby" Scott'
    assert [mention.text for mention in person.mentions] == ['Robert C. "Bobby" Scott', "Bobby Scott"]


def test_a_hyphenated_description_before_a_surname_is_not_part_of_the_name(nlp):
    text = "Oscar - winner Sarandon spoke . Actress Susan Sarandon said"
    entities = table(nlp, rows(text, {**VERBS, "-": "PUNCT", "winner": "NOUN", "Actress": "NOUN"}),
                     ents=[(3, 4, "PERSON"), (7, 9, "PERSON")], glued={0, 1})
    (person,) = [entity for entity in entities if "Sarandon" in entity.name]
    assert person.name == "Susan Sarandon" and [mention.text for mention in person.mentions] == ["Sarandon", "Susan Sarandon"]


def test_a_hyphenated_name_part_stays(nlp):
    text = "Park Min - ho spoke"
    entities = table(nlp, rows(text, {**VERBS, "-": "PUNCT", "ho": "PROPN"}), ents=[(0, 4, "PERSON")], glued={1, 2})
    assert [entity.name for entity in entities] == ["Park Min-ho"]


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname(nlp):
    text = "the parents , Khizr and Ghazala Khan , spoke"
    entities = table(nlp, rows(text, VERBS), ents=[(3, 4, "PERSON"), (5, 7, "PERSON")])
    assert sorted(entity.name for entity in entities if entity.kind == SpeakerKind.PERSON) == ["Ghazala Khan", "Khizr Khan"]


def test_a_joint_poll_is_one_name(nlp):
    text = "a CNN / ORC poll found"
    entities = table(nlp, rows(text, {**VERBS, "/": "SYM", "poll": "NOUN"}), ents=[(1, 2, "ORG"), (3, 4, "ORG")], glued={1, 2})
    assert [entity.name for entity in entities] == ["CNN/ORC"]


def test_the_complement_of_a_title_with_of_is_not_the_first_name(nlp):
    text = "Chief of Staff Denis McDonough said"
    entities = table(nlp, rows(text, {**VERBS, "Chief": "NOUN"}), ents=[(3, 5, "PERSON")])
    (person,) = entities
    assert person.name == "Denis McDonough" and person.roles[0] == "Chief of Staff"


def test_a_name_used_alone_elsewhere_keeps_its_own_entity_when_coordinated(nlp):
    text = "Obama spoke . Obama and Hillary Clinton met"
    entities = table(nlp, rows(text, VERBS), ents=[(0, 1, "PERSON"), (3, 4, "PERSON"), (5, 7, "PERSON")])
    assert sorted(entity.name for entity in entities) == ["Hillary Clinton", "Obama"]


def test_headline_words_before_a_name_written_in_running_text_are_cut(nlp):
    text = "Gold Star Mom Corners Obama NL Rival Hillary Clinton Slams Plan NL later Barack Obama met reporters and spoke with Hillary Clinton"
    words = [("\n", "SPACE") if word == "NL" else (word, pos) for word, pos in rows(text, {**VERBS, "later": "ADV", "Slams": "VERB", "with": "ADP"})]
    entities = table(nlp, words, ents=[(4, 5, "PERSON"), (6, 9, "PERSON"), (13, 15, "PERSON"), (20, 22, "PERSON")])
    by_name = {entity.name: [mention.text for mention in entity.mentions] for entity in entities if entity.kind == SpeakerKind.PERSON}
    assert by_name == {"Barack Obama": ["Obama", "Barack Obama"], "Hillary Clinton": ["Hillary Clinton", "Hillary Clinton"]}


def test_a_first_name_at_a_sentence_start_is_not_cut_for_a_namesake(nlp):
    text = "Sandra Paradis spoke . her friend Lena Paradis met her"
    entities = table(nlp, rows(text, {**VERBS, "her": "PRON", "friend": "NOUN"}), ents=[(0, 2, "PERSON"), (6, 8, "PERSON")])
    assert sorted(entity.name for entity in entities) == ["Lena Paradis", "Sandra Paradis"]


def test_a_full_name_written_only_inside_a_show_name_is_the_persons(nlp):
    text = "on The Rachel Maddow Show , Maddow asked"
    entities = table(nlp, rows(text, {**VERBS, "on": "ADP", "asked": "VERB"}), ents=[(1, 5, "WORK_OF_ART"), (6, 7, "PERSON")])
    (person,) = [entity for entity in entities if entity.kind == SpeakerKind.PERSON]
    assert person.name == "Rachel Maddow" and [mention.text for mention in person.mentions] == ["Rachel Maddow", "Maddow"]


def test_a_two_word_name_shortened_to_its_last_word_is_a_person_whatever_the_tag(nlp):
    text = "an interview with Sean Hannity . Hannity asked . Hannity said"
    entities = table(nlp, rows(text, {**VERBS, "an": "DET", "interview": "NOUN", "with": "ADP", "asked": "VERB"}),
                     ents=[(3, 5, "ORG"), (6, 7, "GPE")])
    (host,) = [entity for entity in entities if "Hannity" in entity.name]
    assert host.name == "Sean Hannity" and host.kind == SpeakerKind.PERSON and len(host.mentions) == 3


def test_a_title_word_opening_an_organisation_name_stays_in_it(nlp):
    text = "General Electric said"
    entities = table(nlp, rows(text, VERBS), ents=[(0, 2, "ORG")])
    assert [entity.name for entity in entities] == ["General Electric"]


def test_a_headline_the_tagger_reads_as_an_organisation_still_ends_in_the_persons_surname(nlp):
    text = "Gold Star Mom Corners Obama NL later the president , Barack Obama , met reporters and spoke"
    words = [("\n", "SPACE") if word == "NL" else (word, pos) for word, pos in rows(text, {**VERBS, "later": "ADV", "president": "NOUN"})]
    entities = table(nlp, words, ents=[(0, 5, "ORG"), (10, 12, "PERSON")])
    assert [(entity.name, [mention.text for mention in entity.mentions]) for entity in entities] == [("Barack Obama", ["Obama", "Barack Obama"])]


def test_a_capitalised_common_word_before_a_full_name_does_not_become_its_first_name(nlp):
    text = "Rival Hillary Clinton spoke . her rival Hillary Clinton met voters"
    entities = table(nlp, rows(text, {**VERBS, "her": "PRON", "rival": "ADJ", "voters": "NOUN"}),
                     ents=[(0, 3, "PERSON"), (7, 9, "PERSON")])
    (person,) = entities
    assert person.name == "Hillary Clinton" and len(person.mentions) == 2


def test_an_ordinal_after_an_organisation_link_stays_in_the_name(nlp):
    text = "the Court of Appeals for the Sixth Circuit said"
    entities = table(nlp, rows(text, {**VERBS, "Sixth": "ADJ"}), ents=[(1, 4, "ORG"), (6, 7, "ORDINAL")])
    assert [entity.name for entity in entities] == ["Court of Appeals for the Sixth Circuit"]
    assert entities[0].roles == ()  # `the` before the name is no description


def test_a_lone_untagged_first_word_of_an_organisation_is_that_organisation(nlp):
    text = "Peabody Energy filed for bankruptcy . later Peabody said the mines stay open"
    entities = table(nlp, rows(text, {**VERBS, "filed": "VERB", "bankruptcy": "NOUN", "later": "ADV", "mines": "NOUN", "stay": "VERB", "open": "ADJ"}),
                     ents=[(0, 2, "ORG")])
    (company,) = [entity for entity in entities if "Peabody" in entity.name]
    assert company.name == "Peabody Energy" and len(company.mentions) == 2


def test_a_person_or_a_place_is_not_the_organisation_named_after_it(nlp):
    text = "Trump Tower was quiet . later Trump spoke and Washington Post editors met in Washington"
    entities = table(nlp, rows(text, {**VERBS, "was": "AUX", "quiet": "ADJ", "later": "ADV", "editors": "NOUN", "in": "ADP"}),
                     ents=[(0, 2, "FAC"), (6, 7, "PERSON"), (9, 11, "ORG"), (14, 15, "GPE")])
    names = {entity.name: len(entity.mentions) for entity in entities}
    assert names["Trump"] == 1 and names["Washington"] == 1 and names["Washington Post"] == 1


def test_a_gendered_role_word_after_an_honorific_word_states_the_gender_and_settles_mr_obama(nlp):
    text = "President Obama spoke . Mr. Obama smiled . the first lady , Michelle Obama , waved . Barack Obama left"
    arcs = {8: (10, "det"), 9: (10, "amod"), 10: (15, "nsubj"), 11: (10, "punct"), 12: (13, "compound"), 13: (10, "appos"), 14: (10, "punct"), 15: (15, "ROOT"),
            16: (15, "punct")}
    entities = table(nlp, rows(text, {".": "PUNCT", "spoke": "VERB", "smiled": "VERB", "the": "DET", "first": "ADJ", "lady": "NOUN", ",": "PUNCT", "waved": "VERB",
                                      "left": "VERB"}),
                     ents=[(1, 2, "PERSON"), (5, 6, "PERSON"), (12, 14, "PERSON"), (17, 19, "PERSON")], arcs=arcs, sentences=True)
    by_name = {entity.name: entity for entity in entities}
    assert by_name["Michelle Obama"].gender == Gender.FEMALE
    assert [mention.text for mention in by_name["Barack Obama"].mentions] == ["Obama", "Obama", "Barack Obama"]  # `President Obama`, `Mr. Obama`


def test_an_honorific_surname_goes_to_the_namesake_named_first_not_to_the_brother_named_nearest(nlp):
    text = "Donald J. Trump spoke . his brother , Freddy Trump , laughed . Mr. Trump said . Freddy left . Freddy ran . Mr. Trump smiled"
    arcs = {5: (6, "poss"), 6: (11, "nsubj"), 7: (6, "punct"), 8: (9, "compound"), 9: (6, "appos"), 10: (6, "punct"), 11: (11, "ROOT"), 12: (11, "punct")}
    tags = {".": "PUNCT", ",": "PUNCT", "his": "PRON", "spoke": "VERB", "laughed": "VERB", "said": "VERB", "left": "VERB", "ran": "VERB", "smiled": "VERB"}
    entities = table(nlp, rows(text, tags), ents=[(0, 3, "PERSON"), (8, 10, "PERSON"), (14, 15, "PERSON"), (17, 18, "PERSON"), (20, 21, "PERSON"),
                                                  (24, 25, "PERSON")], arcs=arcs, sentences=True)
    by_name = {entity.name: entity for entity in entities}
    assert by_name["Freddy Trump"].gender == Gender.MALE  # `his brother`: a man, like Donald; the honorific cannot decide
    assert [mention.text for mention in by_name["Donald J. Trump"].mentions] == ["Donald J. Trump", "Trump", "Trump"]


def test_a_titled_surname_goes_to_the_namesake_the_article_gives_that_title(nlp):
    text = "Michelle Obama waved . President Barack Obama spoke . Michelle Obama smiled . President Obama said"
    tags = {".": "PUNCT", "waved": "VERB", "spoke": "VERB", "smiled": "VERB", "said": "VERB"}
    entities = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON"), (5, 7, "PERSON"), (9, 11, "PERSON"), (14, 15, "PERSON")], sentences=True)
    by_name = {entity.name: entity for entity in entities}
    assert [mention.text for mention in by_name["Barack Obama"].mentions] == ["Barack Obama", "Obama"]


def test_a_shortened_organisation_name_joins_the_one_longer_name_it_ends(nlp):
    text = "The United Nations Security Council met . the Security Council said . the U.N. Security Council voted . the Senate Judiciary Committee and the House Judiciary Committee met . the Judiciary Committee said"
    tags = {".": "PUNCT", "The": "DET", "the": "DET", "met": "VERB", "said": "VERB", "voted": "VERB", "and": "CCONJ"}
    entities = table(nlp, rows(text, tags), ents=[(1, 5, "ORG"), (7, 9, "ORG"), (12, 15, "ORG"), (18, 21, "ORG"), (23, 26, "ORG"), (29, 31, "ORG")], sentences=True)
    by_name = {entity.name: entity for entity in entities}
    assert [mention.text for mention in by_name["United Nations Security Council"].mentions] == ["United Nations Security Council", "Security Council", "U.N. Security Council"]
    assert "Security Council" not in by_name and "Judiciary Committee" in by_name  # two Judiciary Committees: the short one stays its own


def test_a_name_written_with_and_without_accents_is_one_entry(nlp):
    text = "José Peña spoke . Jose Pena said . Pena added"
    entities = table(nlp, rows(text, {".": "PUNCT", "spoke": "VERB", "said": "VERB", "added": "VERB"}),
                     ents=[(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")], sentences=True)
    (person,) = entities
    assert person.name == "José Peña" and [mention.text for mention in person.mentions] == ["José Peña", "Jose Pena", "Pena"]


def test_a_surname_that_is_also_a_function_word_joins_its_person_mid_sentence(nlp):
    text = "Al From left . the party grew , From said . From then on it won"
    tags = {".": "PUNCT", "left": "VERB", "the": "DET", "party": "NOUN", "grew": "VERB", ",": "PUNCT", "From": "ADP", "said": "VERB", "then": "ADV", "on": "ADP",
            "it": "PRON", "won": "VERB"}
    rows_ = [("Al", "PROPN"), ("From", "PROPN")] + rows(text, tags)[2:]
    entities = table(nlp, rows_, ents=[(0, 2, "PERSON")], sentences=True)
    (person,) = [entity for entity in entities if entity.kind == SpeakerKind.PERSON]
    assert [mention.text for mention in person.mentions] == ["Al From", "From"]  # not the sentence-opening `From then on`


def test_a_pronoun_reporting_a_clause_that_names_a_person_states_nothing_about_them(nlp):
    text = "Hillary Clinton spoke . If Clinton is elected , he said , taxes rise"
    arcs = {4: (7, "mark"), 5: (7, "nsubjpass"), 6: (7, "auxpass"), 7: (10, "advcl"), 8: (10, "punct"), 9: (10, "nsubj"), 10: (10, "ROOT"),
            11: (10, "punct"), 12: (13, "nsubj"), 13: (10, "ccomp")}
    tags = {".": "PUNCT", ",": "PUNCT", "spoke": "VERB", "If": "SCONJ", "is": "AUX", "elected": "VERB", "he": "PRON", "said": "VERB", "taxes": "NOUN",
            "rise": "VERB"}
    (person,) = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON"), (5, 6, "PERSON")], arcs=arcs, sentences=True)
    assert person.name == "Hillary Clinton" and person.gender is None


def test_a_pronoun_followed_in_its_sentence_by_another_subject_states_nothing(nlp):
    text = "Tim Kaine spoke . she said Mike Pence lied"
    arcs = {4: (5, "nsubj"), 5: (5, "ROOT"), 6: (7, "compound"), 7: (8, "nsubj"), 8: (5, "ccomp")}
    tags = {".": "PUNCT", "spoke": "VERB", "she": "PRON", "said": "VERB", "lied": "VERB"}
    entities = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON"), (6, 8, "PERSON")], arcs=arcs, sentences=True)
    assert all(entity.gender is None for entity in entities)


def test_a_pronoun_with_a_single_antecedent_still_states_its_gender(nlp):
    text = "Dana Ortiz spoke . she said taxes rise"
    arcs = {4: (5, "nsubj"), 5: (5, "ROOT"), 6: (7, "nsubj"), 7: (5, "ccomp")}
    tags = {".": "PUNCT", "spoke": "VERB", "she": "PRON", "said": "VERB", "taxes": "NOUN", "rise": "VERB"}
    (person,) = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON")], arcs=arcs, sentences=True)
    assert person.gender == Gender.FEMALE


def test_an_honorific_outranks_any_number_of_pronoun_votes():
    from app.nlp.table_entry import Entry

    entry = Entry("Dana Ortiz", "person", ["Dana", "Ortiz"], votes={"female": 3, "male": 0}, pronouns={"female": 0, "male": 5})
    assert entry.gender(1) == "female"
    assert Entry("Tom Ruiz", "person", ["Tom", "Ruiz"], pronouns={"female": 0, "male": 2}).gender(1) == "male"


def test_the_object_of_a_verb_whose_subject_is_a_name_states_nothing_about_that_name(nlp):
    text = "Claire McCaskill scolded him"
    arcs = {0: (1, "compound"), 1: (2, "nsubj"), 2: (2, "ROOT"), 3: (2, "dobj")}
    (person,) = table(nlp, rows(text, {"scolded": "VERB", "him": "PRON"}), ents=[(0, 2, "PERSON")], arcs=arcs)
    assert person.gender is None


def test_a_pronoun_after_two_people_votes_for_neither_even_for_the_subject(nlp):
    text = "Hillary Clinton criticized Donald Trump . He left"
    arcs = {0: (1, "compound"), 1: (2, "nsubj"), 2: (2, "ROOT"), 3: (4, "compound"), 4: (2, "dobj"), 5: (2, "punct"), 6: (7, "nsubj"), 7: (7, "ROOT")}
    tags = {".": "PUNCT", "criticized": "VERB", "He": "PRON", "left": "VERB"}
    entities = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON"), (3, 5, "PERSON")], arcs=arcs, sentences=True)
    assert all(entity.gender is None for entity in entities)


def test_a_pronoun_reporting_in_a_sentence_that_names_a_person_states_nothing_about_them(nlp):
    text = "Hillary Clinton spoke . If Clinton is elected , he said , taxes will rise"
    arcs = {4: (7, "mark"), 5: (7, "nsubjpass"), 6: (7, "auxpass"), 7: (14, "advcl"), 8: (14, "punct"), 9: (10, "nsubj"), 10: (14, "parataxis"),
            11: (14, "punct"), 12: (14, "nsubj"), 13: (14, "aux"), 14: (14, "ROOT")}
    tags = {".": "PUNCT", ",": "PUNCT", "spoke": "VERB", "If": "SCONJ", "is": "AUX", "elected": "VERB", "he": "PRON", "said": "VERB", "taxes": "NOUN",
            "will": "AUX", "rise": "VERB"}
    (person,) = table(nlp, rows(text, tags), ents=[(0, 2, "PERSON"), (5, 6, "PERSON")], arcs=arcs, sentences=True)
    assert person.name == "Hillary Clinton" and person.gender is None


def test_a_capitalised_link_word_before_an_article_never_steps_a_name_run_back(nlp):
    """`Committee FOR a vote` (all-caps copy, `FOR` read as a proper noun): the article after the link continues no
    name, and the run must not step back onto `FOR` — it used to, and went back and forth for ever."""
    from app.nlp.name_runs import _linked_words

    words = rows("The Committee FOR a vote said no .", {"The": "DET", "a": "DET", "said": "VERB", "no": "ADV", ".": "PUNCT"})
    doc = Doc(nlp.vocab, words=[w for w, _ in words], pos=[p for _, p in words])
    assert all(_linked_words(doc, j) >= 0 for j in range(1, len(doc)))
    assert [entry.name for entry in table(nlp, words)] == ["Committee"]
