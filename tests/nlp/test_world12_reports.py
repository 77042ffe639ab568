"""Golden tests through the real model: what is reported in court and health news. A described company by its trade
(`the Quebec-based maker of snowmobile parts said`) is the company the article introduced; a verdict or a state
someone was found in (`found him guilty`, `found the man unresponsive`) is no report; a participle after a
parenthetical cue (`…," Whitmore said, her voice breaking.`) is how it was said, not what; `said about one in five
patients …` keeps the number as its clause's subject. Our own sentences; before world12 each was wrong."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_company_described_by_its_trade_is_the_one_introduced(analyse):
    text = ("Boreal Dynamics Inc. has agreed to buy Motoneige Lévis Ltée for $310-million.\n\n"
            "The Quebec-based maker of snowmobile parts said in a release that the deal would close in June.")
    assert speaker_of(analyse, text, "would close in June").name == "Boreal Dynamics Inc."


def test_a_verdict_found_is_no_report(analyse):
    text = "The jury found him guilty of dangerous driving. A neighbour found the man unresponsive in his car."
    assert not any("guilty" in q.text or "unresponsive" in q.text for q in analyse(text))


def test_a_finding_is_still_a_report(analyse):
    text = "The study found the new drug effective in most patients."
    assert any("effective" in q.text for q in analyse(text))


def test_a_participle_after_a_parenthetical_cue_is_no_content(analyse):
    text = "\"I am asking you not to take the lanes away,\" Whitmore said, her voice breaking."
    assert not any("voice" in q.text for q in analyse(text))


def test_a_number_after_said_about_is_the_subject_of_what_was_said(analyse):
    text = "Dr. Ivana Petrik said about one in five patients who catch the virus develops a cough that lasts for months."
    quotes = [q for q in analyse(text) if "cough" in q.text]
    assert len(quotes) == 1 and quotes[0].text.startswith("about one in five")
