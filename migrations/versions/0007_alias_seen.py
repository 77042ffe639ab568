"""alias counts: how many article writes gave each form of a speaker's name

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 13:20:00

Existing aliases count as seen once. Speakers keep their current name until they are next written or merged; then
the display name becomes the fullest full name among their aliases (app/services/people.py).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE (no SQLite table copy): speaker_alias rows refer to speakers under enforced foreign keys.
    op.add_column('speaker_alias', sa.Column('seen', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('speaker_alias', 'seen')
