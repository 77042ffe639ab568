"""A bare description goes on describing the person the paragraph is about (branch `describe4`): golden tests
through the real model, sentences of our own."""

from tests.nlp.speaking import speaker_of


def test_the_actress_is_the_star_the_paragraph_is_about_not_an_actress_named_earlier(analyse):
    text = ("Actress Nora Vale wrote an open letter about casting last spring.\n\n"
            "Film star Lena Ortiz opened up about her new memoir at a festival in Austin. "
            "The actress said the memoir \"took ten years to finish.\"")
    assert speaker_of(analyse, text, "took ten years").name == "Lena Ortiz"
    held = ("Sen. Paul Drake of Iowa spoke in Ames.\n\n"
            "Mary Olsen sees the farm bill as a way to widen her lead over Drake. "
            "The senator said the bill \"is a gift to the big processors.\"")
    assert speaker_of(analyse, held, "big processors").name == "Paul Drake"  # a title another person there holds


def test_the_governor_is_the_person_of_the_paragraph_not_a_governor_named_sections_before(analyse):
    text = ("Gov. Ann Marsh of Ohio spoke first at the forum.\n\n"
            "Tom Reyes added that he would expand drug courts across the state. "
            "The governor claimed that \"crime has fallen by a fifth in three years.\"")
    assert speaker_of(analyse, text, "crime has fallen").name == "Tom Reyes"
    distant = ("Judge Ellen Park heard the case in May.\n\n"
               "Lawyer Sam Quint sat down. It was over. The room was silent. Everyone waited. "
               "The judge said the sentence \"must reflect the harm done.\"")
    assert speaker_of(analyse, distant, "harm done").name == "Ellen Park"  # a subject sentences before is not described


def test_a_description_opening_a_paragraph_describes_the_subject_the_paragraph_before_ended_on(analyse):
    text = ("Actress Nora Vale wrote an open letter about casting last spring.\n\n"
            "Film star Lena Ortiz opened up about her new memoir at a festival in Austin.\n\n"
            "The actress said the memoir \"took ten years to finish.\"")
    assert speaker_of(analyse, text, "took ten years").name == "Lena Ortiz"
