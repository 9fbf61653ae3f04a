"""page forms: whether a page offers a form to write a question in (a hotline's page that does is a channel)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 21:45:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: SQLite does it in place, a batch would copy the table
    op.add_column('pages', sa.Column('form', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # not a batch: on SQLite that copies the table anew (see 0007)
    op.drop_column('pages', 'form')
