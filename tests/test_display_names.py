"""A person's display name is the fullest full name among its aliases — the most name words, then without a
title, then the most often seen, then alphabetical — brought up to date whenever an article writes the person."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from app.services.people import display_name_order, find_or_create_speaker
from tests.factories import entity, quote, speaker_ids, store
from tests.threads import at_once


def _store(engine, body: str, name: str, *aliases: str) -> int:  # noqa: ANN001
    article_id = store(engine, body, [quote(0, name, entity=0 if aliases else None)],
                       entities=[entity(name, *aliases)] if aliases else [])
    return speaker_ids(engine, article_id)[0]


def _name(engine, speaker_id: int) -> str:  # noqa: ANN001
    with engine.connect() as connection:
        return connection.execute(text("SELECT name FROM speaker WHERE id = :i"), {"i": speaker_id}).scalar_one()


def test_the_fullest_form_becomes_the_name_when_it_arrives(engine):
    biden = _store(engine, "One.", "Joe Biden", "Biden", "Mr. Biden")
    assert _name(engine, biden) == "Joe Biden"  # surname and title + surname are not full names
    assert _store(engine, "Two.", "Joseph R. Biden Jr.") == biden
    assert _name(engine, biden) == "Joseph R. Biden Jr."
    assert _store(engine, "Three.", "Joe Biden") == biden  # a shorter form later does not take it back
    assert _name(engine, biden) == "Joseph R. Biden Jr."


def test_among_forms_as_full_the_most_often_seen_wins(engine):
    smith = _store(engine, "One.", "Matt Smith")
    assert _store(engine, "Two.", "Matthew Smith") == smith
    assert _name(engine, smith) == "Matt Smith"  # once each: alphabetical
    assert _store(engine, "Three.", "Matthew Smith") == smith
    assert _name(engine, smith) == "Matthew Smith"  # seen twice now
    with engine.connect() as connection:
        seen = dict(connection.execute(text("SELECT name, seen FROM speaker_alias WHERE speaker_id = :i"),
                                       {"i": smith}).all())
    assert seen == {"Matt Smith": 1, "Matthew Smith": 2}


def test_an_editors_typed_name_counts_too(engine):
    smith = _store(engine, "One.", "Matt Smith")
    with Session(engine) as session:
        assert find_or_create_speaker(session=session, name="Matthew J. Smith", kind="person") == smith
        session.commit()
    assert _name(engine, smith) == "Matthew J. Smith"


def test_organisations_keep_their_first_name(engine):
    for body, name in (("One.", "Washington Post"), ("Two.", "The Washington Post Co.")):
        store(engine, body, [quote(0, name, kind="organization")])
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM speaker")).scalars().all() == ["Washington Post"]


def test_the_order_is_deterministic():
    forms = [("President Joseph Biden", 5), ("Joseph Biden", 1), ("Joe Biden", 1), ("Joseph R. Biden Jr.", 1),
             ("Biden", 9)]
    ranked = sorted((display_name_order(n, s), n) for n, s in forms if display_name_order(n, s) is not None)
    assert [n for _, n in ranked] == ["Joseph R. Biden Jr.", "Joe Biden", "Joseph Biden", "President Joseph Biden"]


def test_concurrent_writers_naming_the_same_people_in_different_orders_all_succeed(engine):
    """Each write counts its forms and renames its speakers in speaker id order, after resolving them all: writers
    that meet Bill and Hillary Clinton in opposite name orders cannot deadlock on their rows (PostgreSQL)."""
    bill, hillary = _store(engine, "Zero.", "Bill Clinton"), _store(engine, "Zero bis.", "Hillary Clinton")
    pairs = [("William J. Clinton", "Hillary Rodham Clinton"), ("Bill Clinton", "Hillary Clinton")]

    def write(n: int) -> None:
        store(engine, f"Article {n}.", [quote(100 * i, name) for i, name in enumerate(pairs[n % 2])])

    at_once(write, range(8))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM speaker")).scalar_one() == 2
        seen = dict(connection.execute(text("SELECT name, seen FROM speaker_alias")).all())
    assert seen == {"Bill Clinton": 5, "William J. Clinton": 4, "Hillary Clinton": 5, "Hillary Rodham Clinton": 4}
    assert (_name(engine, bill), _name(engine, hillary)) == ("William J. Clinton", "Hillary Rodham Clinton")
