"""probe seq: a crawl probe's number in its run, and a unique key so a replayed probe is not stored twice

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:10:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('probes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
    # number the crawl probes already stored (by time, per run and site), so a run stored before this migration
    # and resumed after it does not store its probes again; done in Python, portable across SQLite versions
    probes = sa.table('probes', sa.column('id', sa.Integer), sa.column('run_id', sa.Integer),
                      sa.column('site_id', sa.String), sa.column('source', sa.String), sa.column('at', sa.DateTime),
                      sa.column('seq', sa.Integer))
    conn = op.get_bind()
    rows = conn.execute(sa.select(probes.c.id, probes.c.run_id, probes.c.site_id)
                        .where(probes.c.source == 'crawl', probes.c.run_id.is_not(None))
                        .order_by(probes.c.run_id, probes.c.site_id, probes.c.at, probes.c.id)).all()
    numbered, last, n = [], None, 0
    for id_, run_id, site_id in rows:
        n = n + 1 if (run_id, site_id) == last else 1
        last = (run_id, site_id)
        numbered.append({'pid': id_, 'n': n})
    if numbered:
        conn.execute(probes.update().where(probes.c.id == sa.bindparam('pid')).values(seq=sa.bindparam('n')),
                     numbered)
    with op.batch_alter_table('probes', schema=None) as batch_op:
        batch_op.create_index('uq_probes_run_site_source_seq', ['run_id', 'site_id', 'source', 'seq'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('probes', schema=None) as batch_op:
        batch_op.drop_index('uq_probes_run_site_source_seq')
        batch_op.drop_column('seq')
