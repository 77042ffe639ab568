"""group members: the archive person each member of a group of named people is

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 13:00:00

A new table only: existing groups have no recorded members (storage dropped them until now), so nothing is moved;
a re-analysis of their articles fills them in.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'speaker_member',
        sa.Column('group_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['group_id'], ['speaker.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['member_id'], ['speaker.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('group_id', 'member_id'),
    )
    with op.batch_alter_table('speaker_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speaker_member_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('speaker_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_member_member_id'))
    op.drop_table('speaker_member')
