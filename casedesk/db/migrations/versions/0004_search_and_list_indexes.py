"""Search index (FTS5 grams on SQLite, GIN on PostgreSQL) and an index for every list filter with its sort

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

Each list filter that picks one value (a channel, a stage, a handler, an
employer ...) gets an index of (filter, the list's default order), so the
first page of a filtered list is an index range however common the value.
The single-column indexes they replace are dropped (the new index serves
every query the old one did). The search index is described in
casedesk.db.search_schema; its definition is frozen here, so later changes
come with their own revision.
"""
from alembic import op

from casedesk.db import search_schema

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SEARCH = {
    "worker": ("name", "phone", "id_number"),
    "enterprise": ("name", "credit_code"),
    "consultation": ("caller_name", "caller_phone", "question"),
    "dispute_case": ("case_number", "description"),
    "supervision_notice": ("number",),
}

# table -> [(old single-column index, its column)], [(new index, columns)]
INDEXES = {
    "consultation": (
        [("ix_consultation_channel", "channel"), ("ix_consultation_category", "category"),
         ("ix_consultation_status", "status"), ("ix_consultation_handler_id", "handler_id")],
        [("ix_consultation_channel_received", ["channel", "received_at"]),
         ("ix_consultation_category_received", ["category", "received_at"]),
         ("ix_consultation_status_received", ["status", "received_at"]),
         ("ix_consultation_handler_received", ["handler_id", "received_at"])],
    ),
    "dispute_case": (
        [("ix_dispute_case_stage", "stage"), ("ix_dispute_case_is_collective", "is_collective"),
         ("ix_dispute_case_handler_id", "handler_id"), ("ix_dispute_case_enterprise_id", "enterprise_id")],
        [("ix_dispute_case_stage_intake", ["stage", "intake_date"]),
         ("ix_dispute_case_collective_intake", ["is_collective", "intake_date"]),
         ("ix_dispute_case_handler_intake", ["handler_id", "intake_date"]),
         ("ix_dispute_case_enterprise_intake", ["enterprise_id", "intake_date"])],
    ),
    "case_category": (
        [("ix_case_category_category", "category")],
        [("ix_case_category_category_case", ["category", "case_id"])],
    ),
    "supervision_notice": (
        [("ix_supervision_notice_kind", "kind"), ("ix_supervision_notice_status", "status"),
         ("ix_supervision_notice_enterprise_id", "enterprise_id")],
        [("ix_supervision_notice_kind_issued", ["kind", "issued_on"]),
         ("ix_supervision_notice_status_issued", ["status", "issued_on"]),
         ("ix_supervision_notice_enterprise_issued", ["enterprise_id", "issued_on"]),
         ("ix_supervision_notice_department_id", ["department_id"])],  # the search reaches departments
    ),
    "enterprise": (
        [("ix_enterprise_street", "street"), ("ix_enterprise_industry", "industry")],
        [("ix_enterprise_street_name", ["street", "name"]), ("ix_enterprise_industry_name", ["industry", "name"])],
    ),
    "worker": (
        [("ix_worker_enterprise_id", "enterprise_id"), ("ix_worker_group", "group")],
        [("ix_worker_enterprise_name", ["enterprise_id", "name"]), ("ix_worker_group_name", ["group", "name"])],
    ),
}


def upgrade() -> None:
    for table, (old, new) in INDEXES.items():
        for name, columns in new:
            op.create_index(name, table, columns)
        for name, _column in old:
            op.drop_index(name, table_name=table)
    search_schema.install(op.get_bind(), SEARCH)


def downgrade() -> None:
    search_schema.uninstall(op.get_bind(), SEARCH)
    for table, (old, new) in INDEXES.items():
        for name, column in old:
            op.create_index(name, table, [column])
        for name, _columns in new:
            op.drop_index(name, table_name=table)
