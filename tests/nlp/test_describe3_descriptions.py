"""Descriptions kept as the article wrote them more fully (branch `describe3`): golden tests through the real model,
sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_bare_police_is_the_police_department_named_before(analyse):
    text = ("A spokesman for the Millbrook Police Department said the driver was not injured.\n\n"
            "After the crash, police said, the driver walked home.")
    assert speaker_of(analyse, text, "the driver walked home").name == "Millbrook Police Department"


def test_a_lone_quantifier_takes_the_words_of_the_group_counted_just_before(analyse):
    text = ("Most Senate Democrats have not endorsed the pipeline bill, even though several say it would create jobs.\n\n"
            "The vote is set for Friday.")
    assert speaker_of(analyse, text, "create jobs").name == "several Senate Democrats"
    uncounted = "The council voted on the budget on Tuesday.\n\nSome said that the budget cut too much from the parks."
    assert speaker_of(analyse, uncounted, "cut too much").name == "Some"  # no group counted out before: as written


def test_yet_another_takes_the_words_of_the_one_counted_before(analyse):
    text = ('"The tax plan is dead," said one Ohio farmer. "It never had a chance," added another Ohio farmer.'
            ' Yet another said, "Nobody here trusts the plan."')
    assert speaker_of(analyse, text, "Nobody here").name == "Yet another Ohio farmer"


def test_a_ministry_tagged_as_a_proper_noun_is_described_as_the_article_first_wrote_it(analyse):
    text = ("Norway’s fisheries ministry also commented on the quota talks on Friday.\n\n"
            "“Coastal states must keep to the agreed quotas,” the ministry said in a statement.")
    assert speaker_of(analyse, text, "Coastal states").name in ("Norway’s fisheries ministry", "Norway's fisheries ministry")


def test_an_epithet_after_a_lede_description_is_the_person_named_just_after_it(analyse):
    text = ("Farmer wants tariff scrapped.\n\n"
            "A farmer in Iowa is calling for the steel tariff to be scrapped.\n\n"
            "\"The tariff is ruining us,\" Dale Hoskins said at a meeting in Ames.\n\n"
            "The farmer, who grows soybeans, said the tariff \"has cost every family here a season.\"")
    assert speaker_of(analyse, text, "cost every family").name == "Dale Hoskins"


def test_a_bare_plural_takes_the_named_form_the_article_writes_next(analyse):
    text = ("Border talks stall.\n\n"
            "The talks have stalled and, according to officials, a new round is planned for May.\n\n"
            "Canadian officials said the delay was expected.")
    assert speaker_of(analyse, text, "new round").name == "Canadian officials"


def test_an_outlet_noun_after_the_outlet_its_name_says_is_that_outlet(analyse):
    text = ("Mayor Ruth Ellison met the union on Friday.\n\n"
            "The Times newspaper said that the mayor had offered the union a new contract.")
    assert speaker_of(analyse, text, "new contract").name == "Times"


def test_the_campaign_is_the_campaign_of_its_last_named_owner_not_the_nearest_organisation(analyse):
    text = ("Senator Ada Kirk spoke in Dayton on Labor Day. Kirk’s campaign had planned the stop for weeks, and volunteers"
            " from the Ohio Federation of Teachers handed out leaflets.\n\n"
            "Retired general Paul Voss stumped for Kirk in Ohio, and the campaign has touted his endorsement on its website.\n\n"
            "The Kirk campaign did not comment.")
    assert speaker_of(analyse, text, "his endorsement").name.lower() == "the kirk campaign"


def test_a_pronoun_owned_campaign_takes_the_surname_form_the_article_writes(analyse):
    text = ("Senator Ada Kirk spoke in Dayton on Monday. The Kirk campaign had planned the stop for weeks.\n\n"
            "Kirk met with union leaders, and her campaign said she would return in October.")
    assert speaker_of(analyse, text, "return in October").name == "the Kirk campaign"


def test_a_body_described_since_an_organisation_was_quoted_is_the_one_described(analyse):
    text = ("The Ohio Board of Elections said on Monday that the senator was eligible.\n\n"
            "A Vermont ballot commission will hear the complaint next week, and the commission said it would rule by Friday.")
    assert speaker_of(analyse, text, "rule by Friday").name.lower() == "a vermont ballot commission"


def test_a_role_cut_at_the_persons_own_name_does_not_make_them_the_description(analyse):
    text = ("Robert Hale, a law professor, has written a book about pensions.\n\n"
            "Or you could do what a partner at Mr. Hale's former firm told him to do with his savings."
            " The solution, the partner told him, was simple.")
    assert speaker_of(analyse, text, "was simple").name == "a partner at Robert Hale's former firm"


def test_a_description_by_what_someone_holds_is_the_speaker_the_next_sentence_names(analyse):
    text = ("Thomas Reed, a leader of the union march, said he would ignore the official route.\n\n"
            "Even the organizer of a rival rally said the city's rules made trouble more likely.\n\n"
            "\"You put everybody in one street, you get a fight,\" said Mara Quill, who leads a group of farmers.")
    assert speaker_of(analyse, text, "made trouble").name == "Mara Quill"


def test_a_bodys_described_adviser_is_the_speaker_the_next_sentence_names(analyse):
    text = ("Thomas Reed, a leader of the union march, said he would ignore the official route.\n\n"
            "The Navy's former top adviser on the harbor project went further, arguing that the plan would fail.\n\n"
            "\"It cannot work,\" said retired Admiral Mara Quill, who served as the chief adviser from 2013 to 2015.")
    assert speaker_of(analyse, text, "plan would fail").name == "Mara Quill"
