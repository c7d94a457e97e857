"""Office settings kept in the database as JSON, with the defaults DOMAIN.md suggests.

Everything the areas make configurable reads through ``get`` so a missing
key always has a sensible default and a changed one is audited.
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import Setting
from casedesk.services import audit
from casedesk.services.actor import Actor

DEFAULTS: dict[str, Any] = {
    # 回访: referred and open consultations are followed up after this many working days.
    "followup_working_days": 3,
    # Reply deadlines per notice kind: [count, "working_days" | "calendar_days"] (DOMAIN.md §1.4).
    "deadline.reminder": [15, "working_days"],
    "deadline.opinion": [15, "working_days"],
    "deadline.recommendation": [5, "working_days"],
    # 一函两书 letters: font files ("path" or "path#subfont"; empty = the DESIGN.md chain),
    # the seal image (base64 PNG/JPEG, empty = seal space only), wording templates per kind
    # (empty = the shipped one) and the admin's edits of the law-article catalogue.
    "letter.font_body": "",
    "letter.font_title": "",
    "letter.font_heading": "",
    "letter.seal_image": "",
    "letter.template.reminder": "",
    "letter.template.opinion": "",
    "letter.template.recommendation": "",
    "law_catalogue.custom": [],
    # Cases without a timeline entry for this many days are listed on the dashboard.
    "stale_case_days": 30,
    # Deadlines due within this many days are listed as upcoming.
    "deadline_warning_days": 14,
    "retention_years": 10,
    # The GUI's language: "zh_CN" (the source text) or "en" (resources/translations/casedesk_en.qm).
    "language": "zh_CN",
    # Pairs the duplicate finder must not propose again ("不是重复"): [kind, smaller id, larger id].
    "duplicates.dismissed": [],
    # Sign-in: this many wrong passwords in a row lock the account for this many minutes.
    "auth.max_failures": 5,
    "auth.lockout_minutes": 15,
    # Backups: taken every N minutes while there are changes (and before imports, batches, restores,
    # upgrades); the newest N of any kind are kept, plus one per day / ISO week / month for these counts.
    "backup.interval_minutes": 30,
    "backup.keep_recent": 4,
    "backup.keep_daily": 7,
    "backup.keep_weekly": 4,
    "backup.keep_monthly": 6,
}


def get(session: Session, key: str) -> Any:
    row = session.scalars(select(Setting).where(Setting.key == key, Setting.organization_id.is_(None))).first()
    if row is None:
        if key not in DEFAULTS:
            raise KeyError(key)
        return DEFAULTS[key]
    return json.loads(row.value)


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    row = session.scalars(select(Setting).where(Setting.key == key, Setting.organization_id.is_(None))).first()
    before = json.loads(row.value) if row else DEFAULTS.get(key)
    if row is None:
        row = Setting(key=key, organization_id=None)
        session.add(row)
    row.value = json.dumps(value, ensure_ascii=False)
    session.flush()
    audit.record(session, actor, "update", "setting", row.id, {key: [before, value]})
