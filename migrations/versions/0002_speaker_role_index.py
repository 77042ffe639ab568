"""index quote (speaker_id, role)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 16:05:00

`GET /speakers` lists each speaker's distinct roles. Without this index that reads every quote row of every
speaker on the page (thousands for a much-quoted person); with it the distinct roles come from the index alone.
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index('ix_quote_speaker_id_role', ['speaker_id', 'role'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index('ix_quote_speaker_id_role')
