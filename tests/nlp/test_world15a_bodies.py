"""Golden tests through the real model: bodies, portfolios and subjects as Taiwanese and Korean news write them. `The
Executive Yuan` keeps `Executive` (a title word opening the NER's entity after its `the`), so it is not the
`Legislative Yuan` nor a person surnamed `Yuan`; `a Cabinet press release` is the Cabinet's (the name hangs on `press`,
not on `release`); `Land, Infrastructure and Transport Minister X` is one minister, not the ministry and the minister; `Rep. X
of the opposition Y Party called …` is the lawmaker, whom the parse gave the party as a second subject. Our own
sentences; before world15a each speaker was the other body, the document as written, a group or the party."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_the_executive_yuan_is_not_the_legislative_yuan(analyse):
    text = ("The Executive Yuan said in a statement that the subsidy would be extended to March.\n\n"
            "The bill will now go to the Legislative Yuan's Economics Committee.")
    assert speaker_of(analyse, text, "the subsidy").name == "Executive Yuan"


def test_a_press_release_of_a_body_named_before(analyse):
    text = ("The Cabinet also approved a fund for fishermen hit by the typhoon, according to a Cabinet press release.")
    assert speaker_of(analyse, text, "a fund for fishermen").name == "Cabinet"


def test_a_portfolio_list_before_the_ministers_title(analyse):
    text = ("The Land Ministry said prices fell.\n\n"
            "Land, Infrastructure and Transport Minister Bae Sung-ho said the state would buy the homes at auction.")
    assert speaker_of(analyse, text, "the state would buy").name == "Bae Sung-ho"


def test_the_lawmaker_not_the_party_after_of(analyse):
    text = ("Rep. Cho Eun-ha of the ruling Democratic Party called on the ministry to act, saying tenants should not be "
            "made to pay.")
    assert speaker_of(analyse, text, "tenants should not").name == "Cho Eun-ha"


def test_a_place_written_alone_is_not_the_one_with_a_qualifier(analyse):
    """`Taipei` after `New Taipei` stays Taipei, so the description keeps the place it names."""
    text = ("Seized scooters already fill three lots in New Taipei.\n\n"
            "An officer in Taipei's Da'an District, who asked not to be named, said the same drivers were stopped every "
            "weekend.")
    assert speaker_of(analyse, text, "the same drivers").name == "An officer in Taipei's Da'an District"


def test_a_portfolio_after_the_title(analyse):
    text = ("Minister of Transportation and Communications Lin Chia-hung (林嘉宏) said at a news conference after the "
            "Cabinet meeting that repeat offenders were behind most crashes.")
    assert speaker_of(analyse, text, "repeat offenders").name == "Lin Chia-hung"
