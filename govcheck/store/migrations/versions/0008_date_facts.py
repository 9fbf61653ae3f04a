"""date facts: the date an article page shows and the date a list shows beside a link, compared at finish

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 10:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: SQLite does it in place, a batch would copy the tables
    op.add_column('pages', sa.Column('shown_date', sa.Date(), nullable=True))
    op.add_column('link_occurrences', sa.Column('list_date', sa.Date(), nullable=True))


def downgrade() -> None:
    # not a batch: on SQLite that copies the tables anew (see 0007)
    op.drop_column('link_occurrences', 'list_date')
    op.drop_column('pages', 'shown_date')
