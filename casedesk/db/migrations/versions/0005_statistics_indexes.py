"""Covering indexes for the period totals: a year's statistics read indexes, not a million rows

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

Each replaces the single-column index it starts with (which served the lists'
sort and the period ranges; the wider index serves them as well: where a list
sorts by the column, the id comes second, as the list orders), so a year's
totals of consultations, follow-ups, cases opened and closed, claims and
notice replies are counted from index entries without reading the rows.
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> (old single-column index, its column), (new index, its columns)
INDEXES = (
    ("consultation", ("ix_consultation_received_at", "received_at"),
     ("ix_consultation_received_referral", ["received_at", "id", "referral_body", "case_id"])),
    ("consultation", ("ix_consultation_followup_due", "followup_due"),
     ("ix_consultation_followup_due_done", ["followup_due", "id", "followup_done"])),
    ("dispute_case", ("ix_dispute_case_intake_date", "intake_date"),
     ("ix_dispute_case_intake_totals", ["intake_date", "id", "is_collective", "worker_count"])),
    ("dispute_case", ("ix_dispute_case_closed_date", "closed_date"),
     ("ix_dispute_case_closed_outcome", ["closed_date", "outcome"])),
    ("claim", ("ix_claim_case_id", "case_id"),
     ("ix_claim_case_amounts", ["case_id", "amount_claimed_fen", "amount_recovered_fen"])),
    ("supervision_notice", ("ix_supervision_notice_reply_due", "reply_due"),
     ("ix_supervision_notice_reply_due_result", ["reply_due", "id", "replied_on", "rectification"])),
)


def upgrade() -> None:
    for table, (old, _column), (new, columns) in INDEXES:
        op.create_index(new, table, columns)
        op.drop_index(old, table_name=table)


def downgrade() -> None:
    for table, (old, column), (new, _columns) in INDEXES:
        op.create_index(old, table, [column])
        op.drop_index(new, table_name=table)
