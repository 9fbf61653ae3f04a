"""evidence: findings of the other indicators (identity, domain, wording, dates, interaction, services)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 17:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'evidence',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('site_id', sa.String(length=64), nullable=False),
        sa.Column('check', sa.String(length=40), nullable=False),
        sa.Column('page_url', sa.Text(), nullable=False),
        sa.Column('found', sa.Text(), nullable=False),
        sa.Column('expected', sa.Text(), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['run_id'], ['runs.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('run_id', 'key'),
    )
    op.create_index('ix_evidence_run_id', 'evidence', ['run_id'])


def downgrade() -> None:
    op.drop_index('ix_evidence_run_id', table_name='evidence')
    op.drop_table('evidence')
