"""review desk: quote status, origin and what the pipeline said; the correction history; article pipeline version

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 12:00:00

Existing quotes become pipeline quotes nobody has reviewed yet (server defaults fill the new columns), and existing
articles have no recorded pipeline version, so the archive re-analysis visits each of them once.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pipeline_version', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10),
                                      server_default='unreviewed', nullable=False))
        batch_op.add_column(sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=10),
                                      server_default='pipeline', nullable=False))
        batch_op.add_column(sa.Column('pipeline_said', sa.JSON(), nullable=True))
        batch_op.create_index('ix_quote_status', ['status'], unique=False)
    op.create_table(
        'quote_correction',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=False),
        sa.Column('quote_id', sa.Integer(), nullable=True),
        sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('before', sa.JSON(), nullable=True),
        sa.Column('after', sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['article.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('quote_correction', schema=None) as batch_op:
        batch_op.create_index('ix_quote_correction_article_id_id', ['article_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('quote_correction', schema=None) as batch_op:
        batch_op.drop_index('ix_quote_correction_article_id_id')
    op.drop_table('quote_correction')
    # Plain ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy of the table: copying `quote` would drop
    # the full-text triggers that 0001 put on it.
    op.drop_index('ix_quote_status', table_name='quote')
    for column in ('pipeline_said', 'origin', 'status'):
        op.drop_column('quote', column)
    op.drop_column('article', 'pipeline_version')
