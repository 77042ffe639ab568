"""Documents whose author the article shows (branch `describe7`): a possessive in an opening phrase looks ahead to
the subject (`In her ruling, Judge Ortiz wrote`); an earlier document's author stays the author while the sentence
before is about them; a website someone set up is theirs, and a message on it too. Sentences of our own."""

from tests.nlp.speaking import speaker_of

_FILLER = " ".join(f"The company sold {n} more apartments in the spring, the records show." for n in range(2, 14))


def test_a_possessive_in_an_opening_phrase_is_the_subject_after_it(analyse):
    text = ("\"These files hold our trade secrets,\" Mark Tull said on Monday.\n\n"
            "In his order, Judge Leo Ortiz noted the public interest in the case. "
            "\"The files must be made public by Thursday,\" the order says.")
    assert speaker_of(analyse, text, "made public by Thursday").name == "Leo Ortiz"


def test_the_order_stays_the_judges_while_the_sentence_before_is_about_the_judge(analyse):
    text = ("A judge ruled on Friday that the files of Tull Homes must be made public.\n\n"
            "In his order, Judge Leo Ortiz wrote that the public had a strong interest in the case.\n\n"
            f"{_FILLER}\n\n"
            "Mark Tull and his lawyers have said the files hold trade secrets.\n\n"
            "Ortiz seemed unconvinced. \"That claim is speculative at best,\" the order said.")
    assert speaker_of(analyse, text, "speculative at best").name == "Leo Ortiz"


def test_a_website_someone_set_up_and_a_message_on_it_are_theirs(analyse):
    text = ("Nora Quist, a baker in Halifax, has set up a website called \"Move To Halifax\" for Americans.\n\n"
            "\"Hello neighbors! Our harbor is waiting for you,\" a welcome message on the website reads.\n\n"
            "\"Rents are cheap and the people are kind,\" the website explains.")
    assert speaker_of(analyse, text, "harbor is waiting").name == "Nora Quist"
    assert speaker_of(analyse, text, "Rents are cheap").name == "Nora Quist"


def test_a_thing_owned_by_an_unresolved_its_speaks_for_the_name_written_before_it(analyse):
    text = ("Senator Ana Ruiz has been reading a novel whose book, according to its Goodreads blurb, "
            "\"follows three sisters across a century of war and peace.\"")
    assert speaker_of(analyse, text, "three sisters").name == "Goodreads"
