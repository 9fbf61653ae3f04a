"""column verdicts: ok, stale, empty or unverified with the reason, the page read and the list's evidence; each page's
list block signatures and whether it is a frame of the homepage

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 10:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('columns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('verdict', sa.String(length=16), nullable=False, server_default='ok'))
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('read_url', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('evidence', sa.JSON(), nullable=True))
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('blocks', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('home_frame', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.drop_column('home_frame')
        batch_op.drop_column('blocks')
    with op.batch_alter_table('columns', schema=None) as batch_op:
        batch_op.drop_column('evidence')
        batch_op.drop_column('read_url')
        batch_op.drop_column('reason')
        batch_op.drop_column('verdict')
