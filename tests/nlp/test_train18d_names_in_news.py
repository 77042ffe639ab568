"""Rules from train18d's PolNeAR training articles (named by hand before the pipeline ran on them), tested on
sentences of our own through the real model: the `he` of `Ruiz “wrecked the budget,” he said` is not Ruiz, whose
clause the quotation finishes (`PronounResolution._quote_goes_on`); `the Chicago Sun-Times` is a newspaper, not a
given name and a hyphenated surname, so `the Sun-Times` is the same paper (`name_runs._body_with_article`); the
words after `Poll:` in a headline are what the poll found, not an apposition naming it
(`Resolver._colon_between`); after a verb of feeling whose subject is a thing, its object speaks (`The timing
doesn't surprise pollster Dan Shaw: “…”`: data/experiencer_verbs.txt, `speakers._experiencer`); `they` in a clause
after `He and his wife` is the pair (`clause_antecedent._paired`); `A, the Post reported, while B, the Globe reported`
gives the Globe B only (`indirect._after_an_earlier_report`)."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_he_after_a_quotation_finishing_someone_elses_clause(analyse):
    text = ("Mayor Tom Avery spoke to reporters at city hall on Friday. He said Janet Ruiz was unfit for the job. "
            "Ruiz “wrecked the budget and emptied the reserves,” he said.")
    assert speaker_of(analyse, text, "wrecked the budget").name == "Tom Avery"


def test_he_after_a_quotation_finishing_someone_elses_clause_with_her_full_name(analyse):
    text = ("Tom Avery, the mayor, spoke to reporters on Friday. Janet Ruiz was not there, and she did not answer calls. "
            "Ruiz “left the city broke,” he said.")
    assert speaker_of(analyse, text, "left the city broke").name == "Tom Avery"


def test_a_subject_quoting_herself_after_a_colon_is_still_the_speaker(analyse):
    text = ("Janet Ruiz spoke to reporters on Friday. Ruiz seemed to agree: “We left the city broke,” she said.")
    assert speaker_of(analyse, text, "We left the city broke").name == "Janet Ruiz"


def test_a_hyphenated_newspaper_after_the_is_one_paper(analyse):
    text = ("Thousands marched in the rain on Sunday, the Chicago Sun-Times reported. "
            "Police added officers along the route, the Sun-Times reported.")
    assert speaker_of(analyse, text, "Police added officers").name == "Chicago Sun-Times"


def test_a_hyphenated_surname_after_a_given_name_is_still_a_person(analyse):
    text = ("Thousands marched in the rain on Sunday. “We will be back next year,” said Shabana Mahmood-Clarke, "
            "who led the march.")
    speaker = speaker_of(analyse, text, "We will be back")
    assert speaker.name == "Shabana Mahmood-Clarke" and speaker.kind == "person"


def test_a_poll_headline_is_the_pollsters_not_a_name_after_its_colon(analyse):
    text = ("Poll: Tom Avery Stuns Janet Ruiz With First National Lead.\n\n"
            "For the first time, a poll shows upstart Sen. Tom Avery (I-VT) leading establishment favorite Janet Ruiz "
            "nationally.\n\n"
            "A Quinnipiac University poll shows Avery with 47 percent versus Ruiz, who has 44 percent.")
    assert speaker_of(analyse, text, "Stuns Janet Ruiz").name == "Quinnipiac University"


def test_the_one_a_thing_surprises_speaks_after_the_colon(analyse):
    text = ("Ruiz has surged in the polls. The timing of Ruiz’s surge doesn’t surprise Republican pollster Dan Shaw: "
            "“Lesser-known candidates who win early contests have always seen the biggest boost.”")
    assert speaker_of(analyse, text, "Lesser-known candidates").name == "Dan Shaw"


def test_a_thing_that_stuns_someone_is_not_who_speaks(analyse):
    text = ("Ruiz has surged in the polls. The size of the surge stunned Democratic strategist Ana Lind: "
            "“I have never seen anything like it in twenty years.”")
    assert speaker_of(analyse, text, "never seen anything").name == "Ana Lind"


def test_a_person_who_surprises_someone_still_speaks(analyse):
    text = ("The vote was close. Janet Ruiz surprised her rivals on Monday: “We are staying in this race.”")
    assert speaker_of(analyse, text, "staying in this race").name == "Janet Ruiz"


def test_they_in_a_clause_after_he_and_his_wife_is_the_couple(analyse):
    text = ("Tom Avery said seeing so many police officers at the march was a welcome sight. He and his wife came to "
            "the parade because they wanted to show that \"nobody can scare us away.\"")
    assert speaker_of(analyse, text, "nobody can scare us").name == "Tom Avery and Tom Avery's wife"


def test_they_after_she_and_her_husband_is_the_couple(analyse):
    text = ("Mary Lind said the officers were welcome. She and her husband came to the parade because they wanted "
            "to show that \"nobody can scare us away.\"")
    assert speaker_of(analyse, text, "nobody can scare us").name == "Mary Lind and Mary Lind's husband"


def test_two_outlets_reporting_in_one_sentence_each_report_their_part(analyse):
    text = ("Crowds gathered in many cities. In Denver, marchers carried candles past the capitol, the Denver Post "
            "reported, while in Boston the march began with a prayer for the victims, the Boston Globe reported.")
    assert speaker_of(analyse, text, "marchers carried candles").name == "Denver Post"
    assert speaker_of(analyse, text, "march began with a prayer").name == "Boston Globe"


def test_a_report_of_a_report_that_follows_its_verb_stays_whole(analyse):
    text = ("Crowds gathered downtown. Officials said the march was peaceful and orderly, the Boston Globe reported.")
    assert speaker_of(analyse, text, "the march was peaceful").name == "Boston Globe"
