"""A bare definite organisation noun goes on with the one the article wrote the same way just before, so `the
company` keeps meaning the company it first stood for, though another organisation is named between (branch
`describe7`): golden tests through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of

_MINE = ("Harbor Mining has rejected claims by Lake College that the company's tailings dam is unsafe.\n\n"
         "The college had worked with the Green River Trust on two reports published in May. The reports helped start "
         "an inquiry by the state, and the company was criticized by several lawmakers.\n\n"
         "Last week, the company wrote a letter calling the reports \"careless and misleading.\"")


def test_the_company_keeps_meaning_the_company_it_first_stood_for(analyse):
    assert speaker_of(analyse, _MINE, "careless and misleading").name == "Harbor Mining"
