"""Indexes for the dashboard's overdue follow-ups and the per-kind notice totals

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_consultation_followup_open", "consultation", ["followup_done", "followup_due"])
    op.create_index("ix_supervision_notice_issued_kind", "supervision_notice", ["issued_on", "kind"])


def downgrade() -> None:
    op.drop_index("ix_supervision_notice_issued_kind", table_name="supervision_notice")
    op.drop_index("ix_consultation_followup_open", table_name="consultation")
