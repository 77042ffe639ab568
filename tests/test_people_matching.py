"""Name-variant matching: pairs of names that must and must not be one person (or organisation), first as pure
comparisons, then through storage against a database holding the first name."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.nlp.contract import ExtractedQuote, Gender
from app.services.people import find_or_create_speaker, match_key, parse_person, same_person
from tests.factories import quote, speaker_ids, store

SAME_PERSON = [
    ("Joe Biden", "Joseph Biden"),
    ("Joe Biden", "Joseph R. Biden Jr."),
    ("Joseph R. Biden Jr.", "President Joseph Biden"),
    ("Joseph Robinette Biden", "Joseph R. Biden"),
    ("George W. Bush", "George Walker Bush"),
    ("George H. W. Bush", "George Herbert Walker Bush"),
    ("Bill Clinton", "William Jefferson Clinton"),
    ("Hillary Rodham Clinton", "Hillary Clinton"),
    ("Martin Luther King Jr.", "Martin Luther King"),
    ("Martin Luther King Jr.", "Martin L. King Jr."),
    ("Sgt. Dana Ortiz", "Dana Ortiz"),
    ("Ángela Pérez", "Angela Perez"),
    ("ANA SMITH", "Ana Smith"),
    ("Park Min-ho", "PARK MIN-HO"),
    ("Ursula von der Leyen", "Ursula Von Der Leyen"),
    ("J. Okafor", "Jane Okafor"),
    ("Robert F. Kennedy Jr.", "Bobby Kennedy"),
]
DIFFERENT_PEOPLE = [
    ("George H. W. Bush", "George W. Bush"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Barack Obama", "Michelle Obama"),
    ("Robert F. Kennedy Jr.", "Robert F. Kennedy Sr."),
    ("Robert F. Kennedy", "Robert E. Kennedy"),
    ("John Smith III", "John Smith Jr."),
    ("Joseph Biden", "Hunter Biden"),
    ("Jane Okafor", "John Okafor"),
    ("Ana Smith", "Ana Smyth"),
    ("Joe Biden", "Jill Biden"),
]
NOT_A_FULL_NAME = ["Biden", "Mr. Biden", "President Biden", "Pope Francis"]
SAME_ORGANIZATION = [
    ("The Washington Post", "Washington Post"),
    ("the Washington Post", "WASHINGTON POST"),
    ("Apple Inc.", "Apple"),
    ("AT&T", "AT and T"),
    ("Reuters", "Reuters'"),
]
DIFFERENT_ORGANIZATIONS = [
    ("Washington Post", "Washington Times"),
    ("The Post", "Washington Post"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person(a, b):
    assert same_person(parse_person(a), parse_person(b))
    assert same_person(parse_person(b), parse_person(a))


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people(a, b):
    assert not same_person(parse_person(a), parse_person(b))
    assert not same_person(parse_person(b), parse_person(a))


@pytest.mark.parametrize("name", NOT_A_FULL_NAME)
def test_a_surname_or_title_alone_is_not_a_full_name(name):
    assert parse_person(name) is None


@pytest.mark.parametrize(("a", "b"), SAME_ORGANIZATION)
def test_same_organization(a, b):
    assert match_key(a, "organization") == match_key(b, "organization")


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ORGANIZATIONS)
def test_different_organizations(a, b):
    assert match_key(a, "organization") != match_key(b, "organization")


# ------------------------------------------------------------------ through storage, across articles


def _store(engine, *names: str, kind: str = "person", named: bool = True, genders=()) -> list[int]:  # noqa: ANN001
    """Stores one article per name (with the gender it states, if given); returns each one's speaker id."""
    genders = list(genders) or [None] * len(names)
    return [speaker_ids(engine, store(engine, f"Article {n} quoting {name}.",
                                      [quote(0, name, kind=kind, named=named, gender=gender)]))[0]
            for n, (name, gender) in enumerate(zip(names, genders))]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person_is_one_speaker_across_articles(engine, a, b):
    first, second = _store(engine, a, b)
    assert first == second


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_are_two_speakers(engine, a, b):
    first, second = _store(engine, a, b)
    assert first != second


@pytest.mark.parametrize(("a", "b"), SAME_ORGANIZATION)
def test_same_organization_is_one_speaker(engine, a, b):
    first, second = _store(engine, a, b, kind="organization")
    assert first == second


def test_a_name_two_archive_people_could_be_gets_its_own_speaker_and_an_ambiguity(engine):
    senior, junior, ambiguous = _store(engine, "George H. W. Bush", "George W. Bush", "George Bush")
    assert len({senior, junior, ambiguous}) == 3
    with engine.connect() as connection:
        candidates = connection.execute(text(
            "SELECT candidate_id FROM speaker_ambiguity WHERE speaker_id = :s ORDER BY candidate_id"),
            {"s": ambiguous}).scalars().all()
    assert candidates == sorted([senior, junior])
    # The same spelling again is the speaker already created for it, not a new question.
    assert _store(engine, "George Bush") == [ambiguous]


def test_every_full_name_of_a_speaker_must_agree(engine):
    """"Joe Biden" is compatible with both, but once the archive knows him as Jr., a Sr. is someone else."""
    junior, plain, senior = _store(engine, "Joseph R. Biden Jr.", "Joe Biden", "Joseph Biden Sr.")
    assert junior == plain != senior


@pytest.mark.parametrize("name", ["Miller", "Mr. Miller", "he", "a senior official"])
def test_surnames_pronouns_and_descriptions_are_never_matched_across_articles(engine, name):
    kind = "unknown" if name == "he" else "person"
    first, second = _store(engine, name, name, kind=kind)
    assert first != second


def test_an_unnamed_speaker_is_kept_to_its_article_whatever_its_name(engine):
    first, second = _store(engine, "Police Spokeswoman", "Police Spokeswoman", named=False)
    assert first != second


def test_find_or_create_speaker_uses_the_matcher(engine):
    (biden,) = _store(engine, "Joseph R. Biden Jr.")
    with Session(engine) as session:
        assert find_or_create_speaker(session=session, name="Joe Biden", kind="person") == biden
        created = find_or_create_speaker(session=session, name="Kamala Harris", kind="person")
        assert created != biden
        assert find_or_create_speaker(session=session, name="Kamala D. Harris", kind="person") == created
        session.commit()


def test_a_variant_of_another_stated_gender_is_someone_else(engine):
    """"Chris" is a short form of Christina and of Christopher: what the articles state about each decides."""
    christina, chris_he, chris_she = _store(engine, "Christina Smith", "Chris Smith", "Chris Smith",
                                            genders=[Gender.FEMALE, Gender.MALE, Gender.FEMALE])
    assert christina != chris_he
    assert chris_she == chris_he  # the same spelling is the same speaker: its stated genders are counted apart


def test_a_variant_with_no_stated_gender_still_matches(engine):
    christina, chris = _store(engine, "Christina Smith", "Chris Smith", genders=[Gender.FEMALE, None])
    assert christina == chris


def _article_quoting(*names: str) -> list[ExtractedQuote]:
    """One quote by each name; every other one by a speaker the text states is a woman."""
    return [quote(10 * i, name, topics=(f"topic {i}",), gender=Gender.FEMALE if i % 2 else None, written=False)
            for i, name in enumerate(names)]


def test_forms_of_one_person_within_one_article_are_one_speaker(engine):
    """The speakers of one write are resolved in turn: a later one matches the speaker an earlier one created."""
    article_id = store(engine, "One article.", _article_quoting(
        "Joe Biden", "Joseph R. Biden Jr.", "George H. W. Bush", "George W. Bush"))
    ids = speaker_ids(engine, article_id)
    assert ids[0] == ids[1] and len({ids[1], ids[2], ids[3]}) == 3


def test_storing_an_article_costs_the_same_statements_for_five_speakers_as_for_fifty(engine):
    """People matching reads what the archive knows of all an article's names at once and writes them together:
    no statement per speaker."""
    from sqlalchemy import event

    archive = [f"Dana{i} Ortiz{i}" for i in range(40)]
    store(engine, "The archive.", _article_quoting(*archive))

    def statements(names: list[str], body: str) -> int:
        count = 0

        def counted(*_args) -> None:
            nonlocal count
            count += 1

        event.listen(engine, "before_cursor_execute", counted)
        try:
            store(engine, body, _article_quoting(*names))
        finally:
            event.remove(engine, "before_cursor_execute", counted)
        return count

    # Variants of archive people (matched by surname), exact forms, and new people, in both.
    few = [f"D. Ortiz{i}" for i in range(2)] + ["Dana5 Ortiz5", "Kim Novak", "Lee Park"]
    many = [f"D. Ortiz{i}" for i in range(10, 30)] + archive[30:40] + [f"New{i} Person{i}" for i in range(20)]
    assert statements(many, "Fifty speakers.") <= statements(few, "Five speakers.")
