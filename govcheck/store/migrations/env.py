"""Alembic environment: runs on the connection govcheck.store.db hands over."""

from alembic import context

from govcheck.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # the alembic command line: build an engine from GOVCHECK_DATABASE_URL
    from govcheck.store.db import make_engine

    with make_engine().begin() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
