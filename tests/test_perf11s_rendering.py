"""Rendering builds an answer's quotes, speakers, spans and entities as dicts and validates them into the API's models
in one call per list (per article for one just written). The JSON must be what building each model on its own gave:
checked here against that construction, written out as rendering did it before, on stored quotes with every kind of
field (no speaker, a group with members, no cue or mention, what the pipeline said before an editor's change)."""

from __future__ import annotations

from types import SimpleNamespace

from pydantic import TypeAdapter
from sqlmodel import Session, col, select

from app.models import ArticleEntity, Quote
from app.nlp.contract import Gender, QuoteKind
from app.schemas import EntityOut, PipelineSaid, QuoteOut, SpeakerRef, TextSpanOut
from app.services.rendering import entities_out, group_members, render_quotes
from tests.factories import entity, quote, store


def _span(text, start, end):  # noqa: ANN001, ANN202
    return None if text is None or start is None or end is None else TextSpanOut(text=text, start=start, end=end)


def _one_by_one(quote_row: Quote, speaker, topics: list[str], members) -> QuoteOut:  # noqa: ANN001
    """QuoteOut as rendering built it before: each model constructed on its own."""
    speaker_ref = None if speaker is None else SpeakerRef(
        id=speaker.id, name=speaker.name, kind=speaker.kind, role=quote_row.role,
        mention=_span(quote_row.mention_text, quote_row.mention_start, quote_row.mention_end),
        gender=quote_row.speaker_gender, members=members)
    return QuoteOut(
        id=quote_row.id, article_id=quote_row.article_id, text=quote_row.text, start=quote_row.start,
        end=quote_row.end, spans=[(a, b) for a, b in quote_row.spans], kind=quote_row.kind,
        cue=_span(quote_row.cue_text, quote_row.cue_start, quote_row.cue_end), speaker=speaker_ref,
        confidence=quote_row.confidence, topics=topics, status=quote_row.status, origin=quote_row.origin,
        corrected=quote_row.edited,
        pipeline=PipelineSaid.model_validate(quote_row.pipeline_said) if quote_row.pipeline_said is not None else None)


def test_quotes_and_entities_render_as_model_by_model_construction_rendered_them(engine) -> None:  # noqa: ANN001
    entities = [entity("Joe Biden", "Biden", gender=Gender.MALE), entity("Ann Ortiz and Bill Crane", plural=True,
                                                                         kind="group")]
    article_id = store(engine, "An article.", [
        quote(0, "Joe Biden", entity=0, role="President", gender=Gender.MALE, topics=("economy", "trade")),
        quote(100, "Ann Ortiz and Bill Crane", kind="group", members=("Ann Ortiz", "Bill Crane"), entity=1,
              quote_kind=QuoteKind.INDIRECT),
        quote(200, "a senior official", named=False, topics=()),
        quote(300, "she", named=False, written=False),
        quote(400, None, confidence=0.123456789012345),
    ], entities=entities)
    with Session(engine) as session:
        rows = session.exec(select(Quote).where(Quote.article_id == article_id).order_by(col(Quote.start))).all()
        rows[0].pipeline_said = {"speaker": {"id": 7, "name": "Joseph Biden", "kind": "person"}, "role": None,
                                 "kind": "direct"}
        ours = render_quotes(session, rows)
        members = group_members(session, [q.speaker.id for q in ours if q.speaker and q.speaker.kind == "group"])
        speakers = {q.speaker.id: SimpleNamespace(id=q.speaker.id, name=q.speaker.name, kind=q.speaker.kind)
                    for q in ours if q.speaker}
        theirs = [_one_by_one(row, speakers.get(row.speaker_id), out.topics, members.get(row.speaker_id, []))
                  for row, out in zip(rows, ours)]
        table = session.exec(select(ArticleEntity).where(col(ArticleEntity.article_id) == article_id)
                             .order_by(col(ArticleEntity.position))).all()
        our_entities = entities_out(table, rows)
    adapter = TypeAdapter(list[QuoteOut])
    assert adapter.dump_json(ours) == adapter.dump_json(theirs)
    assert ours[0].pipeline is not None and ours[1].speaker.members and ours[4].speaker is None
    their_entities = [EntityOut(name=e.name, kind=e.kind, aliases=e.aliases, roles=e.roles, gender=e.gender,
                                plural=e.plural, speaker_id=out.speaker_id, quote_ids=out.quote_ids)
                      for e, out in zip(table, our_entities)]
    entity_adapter = TypeAdapter(list[EntityOut])
    assert entity_adapter.dump_json(our_entities) == entity_adapter.dump_json(their_entities)
    assert our_entities[0].quote_ids == [rows[0].id]
