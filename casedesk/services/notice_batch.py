"""专项提示函: one reminder to many employers at once (e.g. summer heat protection).

The whole batch is ONE transaction: each enterprise gets a draft, a number
and its frozen PDF in turn, and only when every letter is done is anything
committed. Cancelling (the progress callback returns False) or any error
rolls everything back, so no number is consumed and no half-issued notice is
left; the numbers of a batch are therefore consecutive, which is how offices
register a 专项 campaign. The price is that the batch holds the write lock
while it runs (SQLite: the whole file, about 40 ms per letter; PostgreSQL:
only the 提示函 sequence of that year), so other desks' writes wait; a
district batch of a few hundred letters takes seconds.

After the commit the caller writes the files: one combined PDF for the
printer plus one file per letter (the frozen copies).
"""
from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.db.models import Enterprise, SupervisionNotice
from casedesk.documents.letter import RenderCancelled
from casedesk.domain.enums import NoticeKind
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, backup, notice_letter, notices
from casedesk.services.actor import Actor, require_write

MAX_BATCH = 5000


class BatchCancelled(Exception):
    """The user cancelled; the transaction must roll back (nothing was issued)."""


@dataclass(frozen=True)
class TargetFilter:
    """Which employers a 专项提示函 goes to (the enterprise list's filters)."""

    street: str = ""
    industry: str = ""  # Industry code
    name_contains: str = ""
    without_union_only: bool = False


def _conditions(flt: TargetFilter) -> list:  # type: ignore[type-arg]
    cond = []
    if flt.street.strip():
        cond.append(Enterprise.street == flt.street.strip())
    if flt.industry:
        cond.append(Enterprise.industry == flt.industry)
    if flt.name_contains.strip():
        text = flt.name_contains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cond.append(Enterprise.name.like(f"%{text}%", escape="\\"))
    if flt.without_union_only:
        cond.append(Enterprise.has_union.is_(False))
    return cond


def count_targets(session: Session, flt: TargetFilter) -> int:
    return int(session.scalar(select(func.count()).select_from(Enterprise).where(*_conditions(flt))) or 0)


def targets(session: Session, flt: TargetFilter, limit: int = MAX_BATCH) -> list[tuple[int, str]]:
    """(id, name) of the matching employers, by name."""
    rows = session.execute(
        select(Enterprise.id, Enterprise.name).where(*_conditions(flt)).order_by(Enterprise.name, Enterprise.id).limit(limit)
    )
    return [(r.id, r.name) for r in rows]


def streets(session: Session) -> list[str]:
    return [s for s in session.scalars(select(Enterprise.street).distinct().order_by(Enterprise.street)) if s]


@dataclass(frozen=True)
class BatchContent:
    facts: str
    demands: str
    legal_basis: tuple[str, ...]
    violations: tuple[str, ...]
    deadline_count: int | None = None
    deadline_unit: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None


@dataclass
class BatchResult:
    batch_id: str
    notice_ids: list[int] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    combined_pdf: bytes = b""


def issue_batch(
    session: Session,
    actor: Actor,
    enterprise_ids: Sequence[int],
    content: BatchContent,
    *,
    issued_on: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> BatchResult:
    """Draft, number and freeze one 提示函 per employer, then render the combined print file.

    ``progress(done, total)`` is called after each letter (total counts the
    letters twice: issuing, then the combined file); returning False raises
    :class:`BatchCancelled`, which must roll the caller's transaction back.
    """
    require_write(actor)
    ids = list(dict.fromkeys(enterprise_ids))
    if not ids:
        raise ValidationError("没有选中任何用人单位")
    if len(ids) > MAX_BATCH:
        raise ValidationError("一次最多发出 {max} 份专项提示函", max=MAX_BATCH)
    backup.protect(session, "batch")  # a batch is hundreds of letters: first a copy of the file as it was
    result = BatchResult(batch_id=uuid.uuid4().hex)
    total = 2 * len(ids)
    issued: list[SupervisionNotice] = []
    for i, enterprise_id in enumerate(ids, start=1):
        draft = notices.draft_notice(
            session, actor, kind=NoticeKind.REMINDER.value, enterprise_id=enterprise_id, facts=content.facts,
            legal_basis=content.legal_basis, demands=content.demands, violations=content.violations,
            deadline_count=content.deadline_count, deadline_unit=content.deadline_unit,
            contact_person=content.contact_person, contact_phone=content.contact_phone, batch_id=result.batch_id,
        )
        done = notices.issue_notice(session, actor, draft.id, issued_on=issued_on)
        result.notice_ids.append(done.id)
        result.numbers.append(done.number or "")
        issued.append(notices.get(session, done.id))
        if progress is not None and progress(i, total) is False:
            raise BatchCancelled()

    def combined_progress(done: int, _total: int) -> bool:
        return progress(len(ids) + done, total) if progress is not None else True

    try:
        result.combined_pdf = notice_letter.render_notices(session, issued, combined_progress).pdf
    except RenderCancelled:
        raise BatchCancelled() from None
    audit.record(session, actor, "issue_batch", "notice", None, {
        "batch_id": result.batch_id, "count": len(ids), "first": result.numbers[0], "last": result.numbers[-1],
    })
    return result


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(number: str, addressee: str) -> str:
    """A file name that works on Windows too: 铁工监提〔2025〕12号 某某物流有限公司.pdf."""
    return _UNSAFE.sub("_", f"{number} {addressee}".strip())[:150] + ".pdf"


def write_files(session: Session, actor: Actor, batch: BatchResult, folder: Path) -> list[Path]:
    """The combined print file plus one frozen copy per letter, into ``folder`` (audited as an export)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    combined = folder / f"专项提示函（{len(batch.notice_ids)}份）合并打印.pdf"
    combined.write_bytes(batch.combined_pdf)
    written.append(combined)
    for notice_id in batch.notice_ids:
        n = notices.get(session, notice_id)
        name = session.scalar(select(Enterprise.name).where(Enterprise.id == n.enterprise_id)) or ""
        path = folder / file_name(n.number or str(n.id), name)
        path.write_bytes(n.pdf or b"")
        written.append(path)
    audit.record(session, actor, "export", "notice", None, {"batch_id": batch.batch_id, "folder": str(folder), "files": len(written)})
    return written
