"""unread pages: a page the list reader failed on, and a homepage whose freshness could therefore not be read

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 12:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unread', sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table('run_sites', schema=None) as batch_op:
        batch_op.add_column(sa.Column('homepage_unread', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('run_sites', schema=None) as batch_op:
        batch_op.drop_column('homepage_unread')
    with op.batch_alter_table('pages', schema=None) as batch_op:
        batch_op.drop_column('unread')
