"""Quotes and speaker mentions (issue 8): titles with full stops, descriptions, groups and documents as sources,
on sentences written for these tests, through the real model; the abbreviation component on a blank pipeline."""

import pytest
import spacy

pytestmark = pytest.mark.slow


def only(quotes):
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def mention(quote) -> str:
    return quote.speaker.mention.text if quote.speaker and quote.speaker.mention else ""


@pytest.mark.parametrize("title", ["Sgt.", "Lt.", "Capt.", "Supt.", "Det.", "Cpl.", "Col.", "Gov.", "Dr."])
def test_title_with_full_stop_neither_splits_the_sentence_nor_hides_the_speaker(analyse, title):
    quote = only(analyse(f"“The public is not in danger,” {title} Dana Ortiz told reporters."))
    assert quote.text == "The public is not in danger,"
    assert mention(quote).endswith("Dana Ortiz") and quote.cue.text == "told"


def test_a_description_before_the_titled_quote_does_not_take_it(analyse):
    text = "According to a police spokeswoman, officers recovered a weapon. “The public is not in danger,” Sgt. Dana Ortiz told reporters."
    quote = analyse(text)[-1]
    assert quote.text == "The public is not in danger,"
    assert mention(quote).endswith("Dana Ortiz")


def test_abbreviation_component_keeps_the_title_whole_and_the_sentence_open():
    nlp = spacy.blank("en")
    nlp.add_pipe("quotewise_abbreviations")
    doc = nlp("“Calm down,” Capt. Lena Fox said. Jr. staff left. She left with John Hale Jr. Then it rained.")
    words = [t.text for t in doc]
    assert "Capt." in words and "Jr." in words
    lena = words.index("Lena")
    assert doc[lena].is_sent_start is False
    then = words.index("Then")
    assert doc[then].is_sent_start is None  # a suffix's full stop may end the sentence: left to the parser


def test_quote_whose_speaker_is_only_a_description_is_kept(analyse):
    quote = only(analyse("Coach Pete Varga was blunt after the loss. “We played scared,” the 61-year-old said."))
    assert quote.text == "We played scared,"
    assert mention(quote) == "the 61-year-old" and quote.cue.text == "said"


def test_named_people_joined_by_and_are_one_mention(analyse):
    quote = only(analyse("Senators Ann Ortiz and Bill Crane said that the bill would pass."))
    assert "Ann Ortiz" in mention(quote) and mention(quote).endswith("Bill Crane")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("A Bloomberg poll found that most voters oppose the plan.", "A Bloomberg poll"),
        ("A statement from the ministry said that the dam was safe.", "A statement from the ministry"),
        ("Trump's tweet said that the election was rigged.", "Trump's tweet"),
        ("A statement issued by the White House said that talks would resume.", "A statement issued by the White House"),
        ("A senior administration official said that talks would resume.", "A senior administration official"),
        ("People familiar with the talks said that a deal was close.", "People familiar with the talks"),
    ],
)
def test_documents_and_descriptions_keep_their_owner_and_modifiers(analyse, sentence, source):
    quote = only(analyse(sentence))
    assert mention(quote) == source


def test_a_clause_after_a_description_stays_out_of_the_mention(analyse):
    quotes = analyse("A group of rabbis calling for a boycott said that the speech should be cancelled.")
    assert mention(only(quotes)) == "A group of rabbis"


def test_a_subject_inside_the_quotation_is_never_its_speaker(analyse):
    quote = only(analyse("''The future we want, all of us want, is within our reach,'' Mr. Obama added."))
    assert mention(quote) == "Mr. Obama" and quote.cue.text == "added"


def test_description_after_an_inverted_cue(analyse):
    quote = only(analyse("“Look, Hillary needed to split the first two primaries,” added a South Carolina Democrat."))
    assert mention(quote) == "a South Carolina Democrat"


def test_verb_of_speaking_manner_next_to_marks_is_a_cue(analyse):
    text = "Voters came and went all day.\n\n“People are afraid of wasting their votes,” he surmised."
    quote = only(analyse(text))
    assert quote.cue.text == "surmised" and mention(quote) == "he"


def test_signature_line_under_a_quoted_paragraph(analyse):
    text = (
        "Fact check.\n\n"
        "\"I went to Wall Street before the crash. I was the one saying you're going to wreck the economy.\"\n\n"
        "- Hillary Clinton.\n\nClinton tends to overstate it."
    )
    quote = only(analyse(text))
    assert mention(quote) == "Hillary Clinton" and quote.cue.text == "-"


def test_name_lead_in_after_a_dash(analyse):
    text = "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: “Gallup's analysis finds that 20 states are solidly Republican.”"
    quote = only(analyse(text))
    assert mention(quote) == "Jeffrey M. Jones"


def test_parse_index_gives_the_same_children_as_spacy(nlp):
    from app.nlp.tokens import children, lefts

    doc = nlp("“We played scared,” the 61-year-old said, and Senators Ann Ortiz and Bill Crane said that the bill would pass.")
    for token in doc:
        assert [c.i for c in children(token)] == [c.i for c in token.children]
        assert [c.i for c in lefts(token)] == [c.i for c in token.lefts]


def test_sentence_starts_are_set_in_one_write_and_kept():
    from app.nlp.tokens import set_sentence_starts

    doc = spacy.blank("en")("One two. Three four. Five six.")
    set_sentence_starts(doc, {3: True})
    set_sentence_starts(doc, {6: False})
    assert doc[3].is_sent_start is True and doc[6].is_sent_start is False and doc[1].is_sent_start is None


def test_horizontal_bar_attribution_also_after_a_no_break_space(analyse):
    text = (
        "Readers wrote in.\n"
        "“Maybe we can build a wall around the whole campaign.” ―\u00a0Steve Quinlan.\n"
        "“The most unqualified child to ever run for office.” ― Francisco Herrero"
    )
    first, second = analyse(text)
    assert mention(first) == "Steve Quinlan" and mention(second) == "Francisco Herrero"


def test_transcript_label_names_the_speaker(analyse):
    text = 'Partial transcript as follows:\n\n"WALLACE: Let us start with the breaking news on the debate story tonight."'
    quote = only(analyse(text))
    assert mention(quote) == "WALLACE"


def test_as_x_put_it_and_x_went_on_are_cues(analyse):
    put = only(analyse("As Professor Ann Foner put it: ''The United States does a better job at accepting immigrants.''"))
    assert mention(put) == "Professor Ann Foner" and put.cue.text == "put"
    went = only(analyse("“You know, it happens, right?” Trump went on, as if he did not hear her."))
    assert mention(went) == "Trump" and went.cue.text == "went"


def test_a_quote_relayed_according_to_an_outlet_takes_the_outlet(analyse):
    quote = analyse("“When does it stop?” the judge said, according to the Post.")[0]
    assert quote.text == "When does it stop?" and mention(quote).endswith("Post")


def test_who_publishes_a_document_speaks_through_it(analyse):
    text = "Rubio’s campaign sent out a press release saying Murphy owes “Florida an explanation for voting against it.”"
    quote = only(analyse(text))
    assert mention(quote) == "Rubio’s campaign"


def test_a_bar_glued_to_the_closing_mark_still_attributes(analyse):
    text = "Readers wrote.\n“He makes blanket statements about people he knows nothing about.”― Pamela Padilla\n"
    quote = only(analyse(text))
    assert mention(quote) == "Pamela Padilla"


def test_a_section_label_before_a_headline_colon_is_nobody(analyse):
    text = "The Latest: Mayor Lena Fox urges residents to stay home\n\nThe storm reached the coast on Tuesday night."
    assert all(mention(quote) != "The Latest" for quote in analyse(text))


def test_a_quote_with_a_manner_of_speaking_verb_is_not_the_previous_speaker(analyse):
    text = "“Who is going to pay for it?” Mayor Lena Fox asked.\n\n“The state!” the crowd screamed back."
    first, second = analyse(text)
    assert mention(first) == "Mayor Lena Fox" and mention(second) == "the crowd"


def test_answered_and_pressed_report_a_quote_in_marks(analyse):
    text = "“Will the wall be built?” Nora Hale pressed.\n\n“I would say this,” Mayor Lena Fox answered."
    first, second = analyse(text)
    assert mention(first) == "Nora Hale" and first.cue.text == "pressed"
    assert mention(second) == "Mayor Lena Fox" and second.cue.text == "answered"


def test_a_quote_after_narration_goes_on_in_the_voice_of_the_quote_before_not_a_verb_in_a_clause(analyse):
    text = (
        "“How do you know the bruises were not there before?” Mayor Lena Fox told reporters, referring to bruises "
        "that Hale showed to the police. “Would she not have yelled out?”"
    )
    assert {mention(quote) for quote in analyse(text)} == {"Mayor Lena Fox"}


def test_a_quote_with_its_own_cue_after_it_keeps_it(analyse):
    text = (
        "“How do you know the bruises were not there before?” Mayor Lena Fox told reporters, referring to bruises "
        "that Hale showed to the police. “Would she not have yelled out?” Hale replied."
    )
    assert [mention(quote) for quote in analyse(text)] == ["Mayor Lena Fox", "Hale"]
