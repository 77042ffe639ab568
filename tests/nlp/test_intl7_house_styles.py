"""Golden tests through the real model: articles in the house styles of British, Irish, Australian and Indian
outlets (single quotation marks, nested double ones, `Mr` without a full stop, a quote over several paragraphs).
Written for these tests; each found no quote, or merged two quotes with their attribution, before."""


def said(quotes, text: str) -> list[tuple[str, str | None]]:
    return [(" … ".join(text[s:e] for s, e in quote.spans), quote.speaker.name if quote.speaker else None) for quote in quotes]


def test_a_british_article_with_a_nested_double_quote(analyse):
    text = (
        "The prime minister, Keir Starmer, defended the plan on Tuesday.\n\n"
        "‘We will not back down,’ Mr Starmer said. ‘People told me “it cannot be done”, but this is the right "
        "thing to do for Britain.’"
    )
    found = said(analyse(text), text)
    assert (
        "We will not back down, … People told me “it cannot be done”, but this is the right thing to do for Britain.",
        "Keir Starmer",
    ) in found


def test_an_irish_quote_over_two_paragraphs_keeps_its_speaker(analyse):
    text = (
        "The Tánaiste, Micheál Martin, said the budget would pass.\n\n"
        "‘We have the numbers and we have the will,\n\n"
        "‘and nobody in this party is going anywhere,’ Mr Martin told reporters in Dublin. The \"Sláintecare\" plan was not discussed."
    )
    found = said(analyse(text), text)
    assert (
        "We have the numbers and we have the will, … and nobody in this party is going anywhere,",
        "Micheál Martin",
    ) in found


def test_an_australian_article_in_straight_single_marks(analyse):
    text = (
        "Dr Priya Nair, an emergency physician in Sydney, said the figures were alarming. "
        "'We are seeing more cases every week,' she said. 'Patients ask us \"why now?\" and the hospital cannot cope.'"
    )
    found = said(analyse(text), text)
    assert (
        'We are seeing more cases every week, … Patients ask us "why now?" and the hospital cannot cope.', "Priya Nair"
    ) in found


def test_an_indian_article_with_a_split_quote_in_single_marks(analyse):
    text = (
        "Finance Minister Nirmala Sitharaman said the deficit was under control. ‘The economy is resilient,’ she "
        "said, ‘and growth will be above seven per cent.’ The \"Make in India\" scheme was also praised."
    )
    found = said(analyse(text), text)
    assert ("The economy is resilient, … and growth will be above seven per cent.", "Nirmala Sitharaman") in found
