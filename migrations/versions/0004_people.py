"""people: speaker aliases, merges, ambiguities, stated gender per quote, article entity tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 12:00:00

Today's speakers stay where they are, so no quote changes its speaker: each keeps its id, and becomes one
identity of the archive with its own name as its first alias (organisations under their normalised name). Speakers
kept to one article (name_key "… @<article id>") are not shared across articles and get no alias; the
descriptions among them (lower-case, pronouns, `a …`) are marked unnamed. Merging the identities that the old
exact-spelling rule split ("Joe Biden" / "Joseph R. Biden Jr.") is left to editors (POST /speakers/{id}/merge):
a migration must not guess at people.

Columns are added and dropped with plain ALTER TABLE on both databases: a SQLite batch rebuild of `speaker` or
`quote` drops the table under enforced foreign keys, which would null every quote's speaker or delete its topic
links. For the same reason `speaker.merged_into_id` is no foreign key (SQLite cannot drop a column that is one):
storage sweeps redirects whose target is gone.
"""
import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PRONOUNS = ("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me")
_COMPANY_FORMS = ("inc", "ltd", "llc", "corp", "co", "plc", "ag", "sa", "gmbh")
_ARTICLES = ("a ", "an ", "another ", "one ", "some ", "several ", "two ", "three ")


def upgrade() -> None:
    op.add_column('speaker', sa.Column('named', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('speaker', sa.Column('merged_into_id', sa.Integer(), nullable=True))
    op.create_index(op.f('ix_speaker_merged_into_id'), 'speaker', ['merged_into_id'], unique=False)
    op.add_column('quote', sa.Column('speaker_gender', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True))
    op.add_column('quote', sa.Column('entity_index', sa.Integer(), nullable=True))
    op.create_index('ix_quote_speaker_id_gender', 'quote', ['speaker_id', 'speaker_gender', 'article_id'],
                    unique=False)

    op.create_table('speaker_alias',
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('match_key', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('speaker_id', 'match_key')
    )
    op.create_index(op.f('ix_speaker_alias_match_key'), 'speaker_alias', ['match_key'], unique=False)
    op.create_table('speaker_ambiguity',
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['speaker.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_id'], ['speaker.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('speaker_id', 'candidate_id')
    )
    op.create_index(op.f('ix_speaker_ambiguity_candidate_id'), 'speaker_ambiguity', ['candidate_id'], unique=False)
    op.create_table('article_entity',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('plural', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'position')
    )
    _move_speakers()


def _move_speakers() -> None:
    """Marks descriptions unnamed and gives every shared speaker its name as an alias, with the migration's own
    copy of the rules (app code may change after this revision; what this revision does must not)."""
    bind = op.get_bind()
    speaker = sa.table('speaker', sa.column('id', sa.Integer), sa.column('name', sa.String),
                       sa.column('name_key', sa.String), sa.column('kind', sa.String), sa.column('named', sa.Boolean))
    alias = sa.table('speaker_alias', sa.column('speaker_id', sa.Integer), sa.column('match_key', sa.String),
                     sa.column('name', sa.String))
    last_id = 0
    while True:  # in id order, a thousand at a time, so a large archive is never held in memory at once
        rows = bind.execute(sa.select(speaker.c.id, speaker.c.name, speaker.c.name_key, speaker.c.kind)
                            .where(speaker.c.id > last_id).order_by(speaker.c.id).limit(1000)).all()
        if not rows:
            break
        last_id = rows[-1].id
        unnamed = [r.id for r in rows if _is_description(r.name, r.name_key, r.kind)]
        if unnamed:
            bind.execute(speaker.update().where(speaker.c.id.in_(unnamed)).values(named=False))
        aliases = [{"speaker_id": r.id, "match_key": _match_key(r.name, r.kind),
                    "name": r.name[:300]} for r in rows if " @" not in r.name_key]
        if aliases:
            bind.execute(alias.insert(), aliases)


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


def _match_key(name: str, kind: str) -> str:
    """people.match_key as of this revision: organisations without punctuation, a leading "the" or a company form."""
    folded = _fold(name)
    if kind != "organization":
        return folded[:300]
    words = re.sub(r"[^\w\s&]", " ", folded.replace("'s ", " ")).replace("&", " and ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _COMPANY_FORMS:
        words = words[:-1]
    return " ".join(words)[:300] or folded[:300]


def _is_description(name: str, name_key: str, kind: str) -> bool:
    if " @" not in name_key:
        return False
    key = name_key.rsplit(" @", 1)[0]
    return kind == "unknown" or key in _PRONOUNS or key.startswith(_ARTICLES) or name[:1].islower()


def downgrade() -> None:
    op.drop_table('article_entity')
    op.drop_index(op.f('ix_speaker_ambiguity_candidate_id'), table_name='speaker_ambiguity')
    op.drop_table('speaker_ambiguity')
    op.drop_index(op.f('ix_speaker_alias_match_key'), table_name='speaker_alias')
    op.drop_table('speaker_alias')
    # Merged speakers' quotes already point at the speaker they were merged into; only the redirects go.
    op.execute("DELETE FROM speaker WHERE merged_into_id IS NOT NULL")
    op.drop_index(op.f('ix_speaker_merged_into_id'), table_name='speaker')
    op.drop_index('ix_quote_speaker_id_gender', table_name='quote')
    for table, column in (("quote", "entity_index"), ("quote", "speaker_gender"), ("speaker", "merged_into_id"),
                          ("speaker", "named")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")  # in place on SQLite 3.35+ too: no rebuild
