"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import casedesk.db.models.base


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('holiday_override',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_workday', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_override')),
    sa.UniqueConstraint('day', name=op.f('uq_holiday_override_day'))
    )
    op.create_table('organization',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('issuer_mark', sa.String(length=100), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('case_number_pattern', sa.String(length=60), nullable=False),
    sa.Column('reminder_number_pattern', sa.String(length=60), nullable=False),
    sa.Column('opinion_number_pattern', sa.String(length=60), nullable=False),
    sa.Column('recommendation_number_pattern', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('contact_person', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['organization.id'], name=op.f('fk_organization_parent_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization'))
    )
    op.create_table('enterprise',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_initials', sa.String(length=200), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=60), nullable=False),
    sa.Column('industry', sa.String(length=30), nullable=False),
    sa.Column('ownership', sa.String(length=20), nullable=False),
    sa.Column('has_union', sa.Boolean(), nullable=False),
    sa.Column('employee_count', sa.Integer(), nullable=True),
    sa.Column('contact_person', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_enterprise_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprise')),
    sa.UniqueConstraint('credit_code', name=op.f('uq_enterprise_credit_code'))
    )
    with op.batch_alter_table('enterprise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enterprise_industry'), ['industry'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprise_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprise_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprise_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprise_street'), ['street'], unique=False)

    op.create_table('government_body',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_government_body_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_government_body'))
    )
    with op.batch_alter_table('government_body', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_government_body_organization_id'), ['organization_id'], unique=False)

    op.create_table('number_sequence',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=30), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_number_sequence_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_sequence')),
    sa.UniqueConstraint('organization_id', 'series', 'year', name=op.f('uq_number_sequence_organization_id'))
    )
    op.create_table('setting',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_setting_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting')),
    sa.UniqueConstraint('organization_id', 'key', name=op.f('uq_setting_organization_id'))
    )
    op.create_table('staff',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', casedesk.db.models.base.UTCDateTime(), nullable=True),
    sa.Column('last_login_at', casedesk.db.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_staff_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('login', name=op.f('uq_staff_login'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_organization_id'), ['organization_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', casedesk.db.models.base.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('dispute_case',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('case_number', sa.String(length=60), nullable=False),
    sa.Column('number_year', sa.Integer(), nullable=True),
    sa.Column('number_seq', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('is_collective', sa.Boolean(), nullable=False),
    sa.Column('worker_count', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('lawyer', sa.String(length=60), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('intake_date', sa.Date(), nullable=False),
    sa.Column('infringement_known_date', sa.Date(), nullable=True),
    sa.Column('employment_end_date', sa.Date(), nullable=True),
    sa.Column('wage_arrears_only', sa.Boolean(), nullable=False),
    sa.Column('mediation_applied_date', sa.Date(), nullable=True),
    sa.Column('arbitration_applied_date', sa.Date(), nullable=True),
    sa.Column('arbitration_accepted_date', sa.Date(), nullable=True),
    sa.Column('arbitration_extended', sa.Boolean(), nullable=False),
    sa.Column('award_received_date', sa.Date(), nullable=True),
    sa.Column('award_final', sa.Boolean(), nullable=False),
    sa.Column('closed_date', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('last_activity_at', casedesk.db.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_dispute_case_enterprise_id_enterprise')),
    sa.ForeignKeyConstraint(['handler_id'], ['staff.id'], name=op.f('fk_dispute_case_handler_id_staff')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_dispute_case_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_case')),
    sa.UniqueConstraint('case_number', name=op.f('uq_dispute_case_case_number')),
    sa.UniqueConstraint('organization_id', 'number_year', 'number_seq', name=op.f('uq_dispute_case_organization_id'))
    )
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_case_closed_date'), ['closed_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_handler_id'), ['handler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_intake_date'), ['intake_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_is_collective'), ['is_collective'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_last_activity_at'), ['last_activity_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_outcome'), ['outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_stage'), ['stage'], unique=False)

    op.create_table('worker',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_initials', sa.String(length=60), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('employment_form', sa.String(length=30), nullable=False),
    sa.Column('group', sa.String(length=30), nullable=False),
    sa.Column('union_member', sa.Boolean(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_worker_enterprise_id_enterprise')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_worker_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker'))
    )
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_worker_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_group'), ['group'], unique=False)
        batch_op.create_index('ix_worker_id_number', ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_worker_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index('ix_worker_phone', ['phone'], unique=False)

    op.create_table('case_category',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_case_category_case_id_dispute_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'category', name=op.f('pk_case_category'))
    )
    with op.batch_alter_table('case_category', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_category_category'), ['category'], unique=False)

    op.create_table('case_event',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', casedesk.db.models.base.UTCDateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_case_event_case_id_dispute_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_case_event_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_event'))
    )
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_event_case_id'), ['case_id'], unique=False)

    op.create_table('case_party',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_case_party_case_id_dispute_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_case_party_worker_id_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_party'))
    )
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_party_worker_id'), ['worker_id'], unique=False)

    op.create_table('claim',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('amount_claimed_fen', sa.BigInteger(), nullable=False),
    sa.Column('amount_recovered_fen', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_claim_case_id_dispute_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim'))
    )
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_case_id'), ['case_id'], unique=False)

    op.create_table('consultation',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('received_at', casedesk.db.models.base.UTCDateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('caller_id', sa.Integer(), nullable=True),
    sa.Column('caller_name', sa.String(length=60), nullable=False),
    sa.Column('caller_phone', sa.String(length=20), nullable=True),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('worker_count', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('referral_body', sa.String(length=30), nullable=True),
    sa.Column('referral_date', sa.Date(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('followup_due', sa.Date(), nullable=True),
    sa.Column('followup_done', sa.Date(), nullable=True),
    sa.Column('followup_result', sa.Text(), nullable=False),
    sa.Column('satisfaction', sa.String(length=20), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['caller_id'], ['worker.id'], name=op.f('fk_consultation_caller_id_worker')),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_consultation_case_id_dispute_case')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_consultation_enterprise_id_enterprise')),
    sa.ForeignKeyConstraint(['handler_id'], ['staff.id'], name=op.f('fk_consultation_handler_id_staff')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_consultation_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_caller_id'), ['caller_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_caller_phone'), ['caller_phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_followup_due'), ['followup_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_handler_id'), ['handler_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_status'), ['status'], unique=False)

    op.create_table('supervision_notice',
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=True),
    sa.Column('number_year', sa.Integer(), nullable=True),
    sa.Column('number_seq', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('escalated_from_id', sa.Integer(), nullable=True),
    sa.Column('batch_id', sa.String(length=40), nullable=True),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('demands', sa.Text(), nullable=False),
    sa.Column('deadline_count', sa.Integer(), nullable=False),
    sa.Column('deadline_unit', sa.String(length=20), nullable=False),
    sa.Column('reply_due', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('delivery_method', sa.String(length=20), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('signed_by', sa.String(length=60), nullable=False),
    sa.Column('refusal_witness', sa.String(length=60), nullable=False),
    sa.Column('tracking_number', sa.String(length=40), nullable=False),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('reply_content', sa.Text(), nullable=False),
    sa.Column('rectification', sa.String(length=30), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('cc_procuratorate', sa.Boolean(), nullable=False),
    sa.Column('contact_person', sa.String(length=40), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_supervision_notice_case_id_dispute_case')),
    sa.ForeignKeyConstraint(['department_id'], ['government_body.id'], name=op.f('fk_supervision_notice_department_id_government_body')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], name=op.f('fk_supervision_notice_enterprise_id_enterprise')),
    sa.ForeignKeyConstraint(['escalated_from_id'], ['supervision_notice.id'], name=op.f('fk_supervision_notice_escalated_from_id_supervision_notice')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['staff.id'], name=op.f('fk_supervision_notice_issued_by_id_staff')),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_supervision_notice_organization_id_organization')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_notice')),
    sa.UniqueConstraint('number', name=op.f('uq_supervision_notice_number')),
    sa.UniqueConstraint('organization_id', 'kind', 'number_year', 'number_seq', name=op.f('uq_supervision_notice_organization_id'))
    )
    with op.batch_alter_table('supervision_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_notice_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_escalated_from_id'), ['escalated_from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_issued_on'), ['issued_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_reply_due'), ['reply_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_supervision_notice_status'), ['status'], unique=False)

    op.create_table('attachment',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', casedesk.db.models.base.UTCDateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_attachment_case_id_dispute_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['case_event.id'], name=op.f('fk_attachment_event_id_case_event'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('notice_violation',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('violation', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['supervision_notice.id'], name=op.f('fk_notice_violation_notice_id_supervision_notice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('notice_id', 'violation', name=op.f('pk_notice_violation'))
    )


def downgrade() -> None:
    op.drop_table('notice_violation')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_case_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('supervision_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supervision_notice_status'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_reply_due'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_organization_id'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_kind'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_issued_on'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_escalated_from_id'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_case_id'))
        batch_op.drop_index(batch_op.f('ix_supervision_notice_batch_id'))

    op.drop_table('supervision_notice')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_status'))
        batch_op.drop_index(batch_op.f('ix_consultation_received_at'))
        batch_op.drop_index(batch_op.f('ix_consultation_organization_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_handler_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_followup_due'))
        batch_op.drop_index(batch_op.f('ix_consultation_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_channel'))
        batch_op.drop_index(batch_op.f('ix_consultation_category'))
        batch_op.drop_index(batch_op.f('ix_consultation_case_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_caller_phone'))
        batch_op.drop_index(batch_op.f('ix_consultation_caller_id'))

    op.drop_table('consultation')
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_case_id'))

    op.drop_table('claim')
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_party_worker_id'))
        batch_op.drop_index(batch_op.f('ix_case_party_case_id'))

    op.drop_table('case_party')
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_event_case_id'))

    op.drop_table('case_event')
    with op.batch_alter_table('case_category', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_category_category'))

    op.drop_table('case_category')
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.drop_index('ix_worker_phone')
        batch_op.drop_index(batch_op.f('ix_worker_organization_id'))
        batch_op.drop_index(batch_op.f('ix_worker_name_initials'))
        batch_op.drop_index(batch_op.f('ix_worker_name'))
        batch_op.drop_index('ix_worker_id_number')
        batch_op.drop_index(batch_op.f('ix_worker_group'))
        batch_op.drop_index(batch_op.f('ix_worker_enterprise_id'))

    op.drop_table('worker')
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_case_stage'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_outcome'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_organization_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_last_activity_at'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_is_collective'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_intake_date'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_handler_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_closed_date'))

    op.drop_table('dispute_case')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_organization_id'))

    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('number_sequence')
    with op.batch_alter_table('government_body', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_government_body_organization_id'))

    op.drop_table('government_body')
    with op.batch_alter_table('enterprise', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enterprise_street'))
        batch_op.drop_index(batch_op.f('ix_enterprise_organization_id'))
        batch_op.drop_index(batch_op.f('ix_enterprise_name_initials'))
        batch_op.drop_index(batch_op.f('ix_enterprise_name'))
        batch_op.drop_index(batch_op.f('ix_enterprise_industry'))

    op.drop_table('enterprise')
    op.drop_table('organization')
    op.drop_table('holiday_override')
