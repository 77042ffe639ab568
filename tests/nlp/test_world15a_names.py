"""Golden tests through the real model: name forms of Hong Kong, Korean, Taiwanese and Bangladeshi news. A romanised
Chinese or Korean given name is two syllables joined by a hyphen, the second in lower case (`Kwon Tae-sik`, `Gary Lau
Chi-hang`), with the family name before it, which is how the article calls the person later (`Kwon said`, `Lau said`,
`Ip added` opening a sentence); a portfolio's words before such a name end at its family name (`Minister of
Transportation and Communications Lin Chia-hung`); `Md` opens a person's name whatever the NER tagged it (`Md
Shafiqul Islam`, then `Shafiqul said`); `Haji` is an honorific. Our own sentences; before world15a each speaker was a
shorter or longer name, the surname alone or an organisation."""

import pytest

from tests.nlp.speaking import speaker_of

pytestmark = pytest.mark.slow  # through the real model


def test_a_korean_name_keeps_its_given_name(analyse):
    text = ("Park Dong-sik, head of the drivers' union, told reporters that the fares were too low.\n\n"
            "\"We cannot live on this,\" Park said.")
    assert speaker_of(analyse, text, "We cannot live").name == "Park Dong-sik"


def test_the_family_name_before_a_romanised_given_name(analyse):
    text = ("Lawmaker Jason Wong Chi-kit of the Liberal Party said the plan was rushed.\n\n"
            "\"Nobody was consulted,\" Wong said.")
    assert speaker_of(analyse, text, "Nobody was consulted").name == "Jason Wong Chi-kit"


def test_a_short_family_name_opening_a_sentence(analyse):
    """`Ip` at the head of a sentence, which the tagger reads as a pronoun, is still the family name of the article."""
    text = ("The Secretary for Housing, Winnie Ip Wai-ling, said 3,000 flats would be ready next year.\n\n"
            "Ip added that the waiting time would fall to five years.")
    assert speaker_of(analyse, text, "the waiting time").name == "Winnie Ip Wai-ling"


def test_a_portfolio_ends_at_the_family_name(analyse):
    text = ("Minister of Economic Affairs and Energy Tsai Ming-hui said the grid would be upgraded.\n\n"
            "\"Power cuts cost us too much,\" Tsai said.")
    assert speaker_of(analyse, text, "the grid would").name == "Tsai Ming-hui"
    assert speaker_of(analyse, text, "Power cuts").name == "Tsai Ming-hui"


def test_md_opens_a_persons_name(analyse):
    text = ("Md Nazrul Islam, a farmer of Keraniganj whose land lies beside two kilns, said his crops had failed.\n\n"
            "\"The smoke burns the leaves,\" Nazrul said.")
    assert speaker_of(analyse, text, "The smoke burns").name == "Md Nazrul Islam"


def test_haji_is_an_honorific(analyse):
    text = ("Haji Abdur Rahman Sikder, president of the traders' association, said shops would stay shut on Sunday.")
    assert speaker_of(analyse, text, "shops would stay").name == "Abdur Rahman Sikder"


def test_advocate_titles_a_name_but_the_advocate_is_a_newspaper(analyse):
    text = ("Advocate Nusrat Jahan, who represents the families, said the hearing had been postponed again.\n\n"
            "The Advocate said in an editorial that the state should pay for the repairs.")
    assert speaker_of(analyse, text, "the hearing had been").name == "Nusrat Jahan"
    assert speaker_of(analyse, text, "the state should pay").name in ("Advocate", "The Advocate")
