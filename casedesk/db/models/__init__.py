"""All tables; importing this module registers them on ``Base.metadata``."""
from casedesk.db.models.audit import AuditEvent
from casedesk.db.models.base import Base, utcnow
from casedesk.db.models.case import Attachment, Case, CaseCategory, CaseEvent, CaseParty, Claim
from casedesk.db.models.consultation import Consultation
from casedesk.db.models.notice import NoticeViolation, SupervisionNotice
from casedesk.db.models.org import GovernmentBody, HolidayOverride, NumberSequence, Organization, Setting, Staff
from casedesk.db.models.parties import Enterprise, Worker

__all__ = [
    "Attachment", "AuditEvent", "Base", "Case", "CaseCategory", "CaseEvent", "CaseParty", "Claim",
    "Consultation", "Enterprise", "GovernmentBody", "HolidayOverride", "NoticeViolation", "NumberSequence",
    "Organization", "Setting", "Staff", "SupervisionNotice", "Worker", "utcnow",
]
