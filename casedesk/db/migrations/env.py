"""Alembic environment: always runs on the connection CaseDesk hands over (see casedesk.db.migrate)."""
from alembic import context

from casedesk.db.models import Base
from casedesk.db.search_schema import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CaseDesk migrations run through casedesk.db.migrate, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
    # casedesk.db.migrate counts the revisions applied (progress, and a chance to stop before the commit).
    on_version_apply=context.config.attributes.get("on_version_apply", ()),
)
with context.begin_transaction():
    context.run_migrations()
