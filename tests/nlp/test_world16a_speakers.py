"""British and Irish news forms of world16a: a police constable's `PC` is a title (`data/titles.txt`); `told the
inquest he had …` reads the that-less clause the parse hung on the addressee as what was told
(`indirect._addressee_then_clause`); a people noun hung on an opening phrase with the person's name set after it
speaks through that name (`misparsed_subjects._apposed_name`); a name the NER tagged ORG with a kinship noun as its
role is a person (`entities._kin_described`); a capitalised office one person holds (`The First Minister`, `The
Tánaiste`: data/sole_offices.txt) that no one named holds is its own speaker, not the person named last
(`DescriptionResolution._office_nobody_holds`). Our own sentences, through the real model."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_pc_is_a_police_title(analyse):
    text = ("PC Gareth Mostyn said the van had been stolen from a yard in Rhyl. "
            "\"We found it burnt out the next morning,\" PC Mostyn said.")
    assert speaker_of(analyse, text, "van").name == "Gareth Mostyn"
    speaker = speaker_of(analyse, text, "burnt")
    assert speaker.name == "Gareth Mostyn" and speaker.role == "PC"


def test_told_the_hearing_then_a_thatless_clause(analyse):
    text = "Carys Powell told the hearing she had seen the car leave the road near Bala."
    quotes = analyse(text)
    assert [q.text for q in quotes] == ["she had seen the car leave the road near Bala"]
    assert quotes[0].speaker.name == "Carys Powell"


def test_told_someone_who_is_not_the_content(analyse):
    quotes = analyse("Carys Powell told the officer who had stopped her that she was late for work.")
    assert all(not q.text.startswith("the officer") for q in quotes)


def test_a_name_apposed_to_a_people_noun_after_an_opening_phrase(analyse):
    text = ("In a letter read to the tribunal by the clerk's assistant, the boy's father, Emlyn ap Iorwerth, said his "
            "son had been let down.")
    speaker = speaker_of(analyse, text, "let down")
    assert speaker.name == "Emlyn ap Iorwerth"


def test_kinship_role_makes_a_person_of_a_name_tagged_org(analyse):
    text = ("Iestyn's mother, Nia ap Gwilym, said her son had been kind.\n\n"
            "\"He wanted to be a paramedic,\" she said.")  # the NER tags `Nia ap Gwilym` ORG
    speaker = speaker_of(analyse, text, "paramedic")
    assert speaker.name == "Nia ap Gwilym" and speaker.gender == "female"


def test_an_office_nobody_named_holds_is_its_own_speaker(analyse):
    text = ("The Labour leader, Moira Baxendale, said the ferries were a disgrace.\n\n"
            "The First Minister said the new vessels would sail next spring.\n\n"
            "\"I know islanders are angry,\" he said.")
    speaker = speaker_of(analyse, text, "vessels")
    assert speaker.name.lower() == "the first minister" and speaker.role == "First Minister"
    assert speaker_of(analyse, text, "islanders").name.lower() == "the first minister"


def test_an_office_someone_holds_is_that_person(analyse):
    text = ("First Minister Alasdair Rennie said the ferries would sail in spring.\n\n"
            "The First Minister said islanders had waited too long.")
    assert speaker_of(analyse, text, "waited").name == "Alasdair Rennie"


def test_the_tanaiste_is_not_the_woman_named_before(analyse):
    text = ("The Ceann Comhairle, Máire Nic Giolla Rua, called for order.\n\n"
            "The Tánaiste, speaking in Luxembourg, said the budget would be published next week.")
    assert speaker_of(analyse, text, "budget").name.lower() == "the tánaiste"


def test_the_member_for_a_constituency_is_a_person(analyse):
    text = ("Independent TD Mairead Cullinan said rents had doubled.\n\n"
            "\"Nobody under 30 can afford a flat here,\" the Cork South-West TD said.")
    assert speaker_of(analyse, text, "afford").name == "Mairead Cullinan"


def test_the_member_after_a_place_the_ner_tagged(analyse):
    text = ("Labour MP Sarah Quigley said the trains were late.\n\n"
            "\"Every morning the 7.12 is cancelled,\" the Leeds West MP said.")
    assert speaker_of(analyse, text, "cancelled").name == "Sarah Quigley"


def test_a_name_beside_the_capacity_of_as(analyse):
    text = ("Sir Anthony Pell said the plan was wrong. Mr Pell's predecessor as shadow justice secretary, Kwame "
            "Ashby-Lyle, who now chairs the justice select committee, said he had written to the minister.")
    assert speaker_of(analyse, text, "written").name == "Kwame Ashby-Lyle"


def test_fire_and_rescue_service_is_one_name(analyse):
    text = "Mid Wales Fire and Rescue Service said the blaze had been started deliberately."
    assert speaker_of(analyse, text, "blaze").name == "Mid Wales Fire and Rescue Service"


def test_two_companies_stay_two(analyse):
    quotes = analyse("Ford and General Motors said sales had fallen.")
    assert quotes and quotes[0].speaker.name != "Ford and General Motors Fire"


def test_a_true_relative_clause_after_told_is_no_content(analyse):
    quotes = analyse("Carys Powell told the story she had heard from her grandmother.")
    assert all(not q.text.startswith("she had heard") for q in quotes)


def test_convener_and_ceann_comhairle_are_roles(analyse):
    text = ("The SNP's Morven Ritchie, the convener of the education committee, said the figures were worrying.\n\n"
            "The session grew heated, and the Ceann Comhairle, Úna Nic Aoidh, called for order.\n\n"
            "\"Deputies, please,\" she said.")
    assert speaker_of(analyse, text, "worrying").role == "convener of the education committee"
    speaker = speaker_of(analyse, text, "Deputies")
    assert speaker.name == "Úna Nic Aoidh" and speaker.role == "Ceann Comhairle"


def test_a_lede_description_is_the_titled_name_opening_the_next_paragraph(analyse):
    text = ("Councillors are facing protests over plans to shut the library, after a retired professor warned that "
            "the closure would \"gut the town\".\n\n"
            "Sir Idris Pennant, who taught at Bangor for 30 years, told the council that the building was listed.")
    assert speaker_of(analyse, text, "gut the town").name == "Idris Pennant"


def test_a_peer_with_a_territorial_title_opens_the_next_paragraph(analyse):
    text = ("Ministers are facing a defeat over the bill, after a former police chief warned that it would \"tie "
            "officers' hands\".\n\n"
            "Lord Dineen of Sevenoaks, who as Sir Patrick Dineen led Kent Police, told peers the powers were needed.")
    assert speaker_of(analyse, text, "officers").name == "Patrick Dineen"


def test_a_name_apposed_beside_the_people_noun_on_the_same_phrase(analyse):
    text = ("In a statement issued through Police Scotland, Mr Rahman's widow, Farida, said her husband had been "
            "\"a gentle, funny man\".")
    speaker = speaker_of(analyse, text, "gentle")
    assert speaker.name == "Farida"


def test_a_name_beside_a_capitalised_office(analyse):
    text = ("The Senedd Member for Ceredigion Penfro, Plaid Cymru's Elin Morgan-Rees MS, said the bus route "
            "was a lifeline.")
    assert speaker_of(analyse, text, "lifeline").name == "Elin Morgan-Rees"


def test_an_office_after_a_person_named_without_a_title_is_that_person(analyse):
    text = ("Sir Malcolm Ferrier has promised to cut ferry fares before the next election.\n\n"
            "Speaking in Oban on Monday, the First Minister said the fares would fall by a quarter.")
    assert speaker_of(analyse, text, "fares would fall").name == "Malcolm Ferrier"
