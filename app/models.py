"""Database tables. Alembic migrations (migrations/versions) are the only thing that creates them;
a test checks that the migrated schema matches these models."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Column, DateTime, ForeignKey, Index, Integer, Text, UniqueConstraint, true
from sqlmodel import Field, SQLModel


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, max_length=2048, unique=True)
    text_sha256: str = Field(max_length=64, unique=True)
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=200)
    published_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))
    text: str = Field(sa_column=Column(Text, nullable=False))
    # The pipeline (see app.services.reanalysis.pipeline_version) that last analysed the text; None: stored before
    # versions were recorded. The archive re-analysis skips articles already at the current version.
    pipeline_version: str | None = Field(default=None, max_length=64)


class Speaker(SQLModel, table=True):
    """A person, organisation or group of the whole archive (app/services/people.py decides which articles' speakers
    are the same one), or a description kept to one article ("a senior official": name_key ends in " @<article>")."""

    __table_args__ = (UniqueConstraint("name_key", "kind", name="uq_speaker_name_key_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    name_key: str = Field(max_length=300, index=True)  # accent- and case-folded name, for search
    kind: str = Field(max_length=20)
    # False for an unnamed description or an unresolved pronoun: counted apart in the source statistics.
    named: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, server_default=true()))
    # Set when an editor merged this speaker into another: the row stays so the old id keeps answering.
    # Not a foreign key, so SQLite can add and drop the column in place; storage sweeps redirects to deleted rows.
    merged_into_id: int | None = Field(default=None, index=True)


class SpeakerAlias(SQLModel, table=True):
    """Every name form an article gave a speaker ("Joe Biden", "Joseph R. Biden Jr."), matched on by storage."""

    __tablename__ = "speaker_alias"

    speaker_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True)
    )
    match_key: str = Field(max_length=300, primary_key=True, index=True)  # people.match_key of the form
    name: str = Field(max_length=300)  # as first written
    # How many article writes gave this form: among full names with as many words, the most frequent is the
    # speaker's display name (people.refresh_display_names).
    seen: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class SpeakerAmbiguity(SQLModel, table=True):
    """A new speaker whose name could have been either of several archive speakers, so none was chosen: a
    question for an editor (merging answers it)."""

    __tablename__ = "speaker_ambiguity"

    speaker_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True)
    )
    candidate_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class SpeakerMember(SQLModel, table=True):
    """A member of a group of named people ("Ann Ortiz and Bill Crane" has Ann Ortiz and Bill Crane): the archive
    person each member is, so that a member's record includes what they said together with others."""

    __tablename__ = "speaker_member"

    group_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True)
    )
    member_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    position: int = Field(default=0)  # the member's place in the group's name, for display


class SpeakerToken(SQLModel, table=True):
    """Each folded word of a speaker's name, so `speaker=mill` is an index range scan, not a table scan."""

    __tablename__ = "speaker_token"

    token: str = Field(max_length=100, primary_key=True)
    speaker_id: int = Field(
        sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class QuoteStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    ACCEPTED = "accepted"  # an editor confirmed it
    REJECTED = "rejected"  # not a quotation: hidden from quote queries, speaker counts and topic counts


class QuoteOrigin(StrEnum):
    PIPELINE = "pipeline"
    EDITOR = "editor"


class Quote(SQLModel, table=True):
    __table_args__ = (
        Index("ix_quote_speaker_id_id", "speaker_id", "id"),
        Index("ix_quote_article_id_id", "article_id", "id"),
        Index("ix_quote_speaker_id_dated_at", "speaker_id", "dated_at"),
        Index("ix_quote_speaker_id_role", "speaker_id", "role"),  # distinct roles per speaker from the index alone
        # Each speaker's stated genders for the source statistics, read from the index alone, only where stated.
        Index("ix_quote_speaker_id_gender", "speaker_id", "speaker_gender", "article_id"),
        Index("ix_quote_status", "status"),  # the few rejected quotes every visible-quote query leaves out
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    speaker_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("speaker.id", ondelete="SET NULL"), nullable=True)
    )
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    spans: list[list[int]] = Field(sa_column=Column(JSON, nullable=False))
    kind: str = Field(max_length=10)
    cue_text: str | None = Field(default=None, max_length=200)
    cue_start: int | None = None
    cue_end: int | None = None
    mention_text: str | None = Field(default=None, max_length=500)
    mention_start: int | None = None
    mention_end: int | None = None
    role: str | None = Field(default=None, max_length=500)  # the role as this article states it
    confidence: float
    speaker_gender: str | None = Field(default=None, max_length=10)  # as this article states it, else None
    entity_index: int | None = None  # the speaker's position in the article's entity table (article_entity)
    # The article's publication date (or its analysis date), copied here so date filters need no join.
    dated_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))
    # Review: "unreviewed" until an editor accepts or rejects it; a rejected quote is hidden from queries and counts.
    status: str = Field(default="unreviewed", max_length=10, sa_column_kwargs={"server_default": "unreviewed"})
    # "pipeline" or "editor" (added by hand); an editor's quote is never replaced by a re-analysis.
    origin: str = Field(default="pipeline", max_length=10, sa_column_kwargs={"server_default": "pipeline"})
    # What the pipeline had said (speaker, role, kind), saved when an editor first changes the quote; None while
    # no editor has touched it, so that a re-analysis may replace it.
    pipeline_said: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))

    @property
    def edited(self) -> bool:
        """An editor added the quote or changed it: a re-analysis keeps it as the editor left it."""
        return self.origin == QuoteOrigin.EDITOR or self.pipeline_said is not None


class Topic(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    # How many quotes carry the topic, kept by storage on every write and retraction, so the total of a topic
    # query is one row read instead of a count over up to hundreds of thousands of index entries.
    quote_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class QuoteTopic(SQLModel, table=True):
    __tablename__ = "quote_topic"

    topic_id: int = Field(
        sa_column=Column(Integer, ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True)
    )
    quote_id: int = Field(
        sa_column=Column(Integer, ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class ArticleEntity(SQLModel, table=True):
    """One entry of an article's entity table, as the pipeline built it (contract.ExtractedEntity)."""

    __tablename__ = "article_entity"

    article_id: int = Field(
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    )
    position: int = Field(primary_key=True)  # index in ExtractedAnalysis.entities; Quote.entity_index points here
    name: str = Field(max_length=300)
    kind: str = Field(max_length=20)
    aliases: list[str] = Field(sa_column=Column(JSON, nullable=False))
    roles: list[str] = Field(sa_column=Column(JSON, nullable=False))
    gender: str | None = Field(default=None, max_length=10)
    plural: bool = Field(default=False)


class QuoteCorrection(SQLModel, table=True):
    """One change an editor (or a re-analysis) made to an article's quotes: who, when, and the value before and
    after. Kept when the quote goes (quote_id becomes NULL); goes with the article."""

    __tablename__ = "quote_correction"
    __table_args__ = (Index("ix_quote_correction_article_id_id", "article_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False))
    quote_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("quote.id", ondelete="SET NULL"), nullable=True)
    )
    author: str = Field(max_length=100)
    made_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    field: str = Field(max_length=20)  # speaker, role, kind, status, quote (added) or reanalysis
    before: dict | list | str | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    after: dict | list | str | None = Field(default=None, sa_column=Column(JSON, nullable=True))
