"""rounds: the round a run belongs to (2019Q1), what it covers (round, adhoc, subset) and its sample's draw

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 17:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('round', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('scope', sa.String(length=8), nullable=False, server_default='round'))
        batch_op.add_column(sa.Column('sample', sa.JSON(), nullable=True))
        batch_op.create_index('ix_runs_round', ['round'])
    # runs stored before: the quarter of their inspection date, ad hoc or one site by their -a arguments
    runs = sa.table('runs', sa.column('id', sa.Integer), sa.column('as_of', sa.Date),
                    sa.column('options', sa.JSON), sa.column('round', sa.String), sa.column('scope', sa.String))
    conn = op.get_bind()
    for run_id, as_of, options in conn.execute(sa.select(runs.c.id, runs.c.as_of, runs.c.options)).all():
        options = options or {}
        scope = 'adhoc' if options.get('url') else 'subset' if options.get('site') else 'round'
        value = f"{as_of.year}Q{(as_of.month - 1) // 3 + 1}" if as_of else None
        conn.execute(sa.update(runs).where(runs.c.id == run_id).values(round=value, scope=scope))


def downgrade() -> None:
    # not a batch: on SQLite that copies `runs` anew, and dropping the old table would cascade to every run's rows
    op.drop_index('ix_runs_round', table_name='runs')
    for name in ('sample', 'scope', 'round'):
        op.drop_column('runs', name)
