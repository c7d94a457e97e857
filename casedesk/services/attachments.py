"""Files attached to a case: copied into the data folder and stored under their SHA-256.

The copy, not the user's original, is what the case keeps: the original may
be moved or deleted later. Storing by content means the same scan attached
twice takes the space once, and a changed or damaged copy is detected when
it is opened. Stored files are never deleted when an attachment is removed
from a case: another case (or another database file sharing the data
folder) may hold the same content, and a removed attachment stays
recoverable from the audit trail's hash.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from casedesk import paths
from casedesk.db.models import Attachment, CaseEvent
from casedesk.domain.validators import ValidationError
from casedesk.services import audit
from casedesk.services.actor import Actor, require_write
from casedesk.services.cases import load_case, touch_activity

CHUNK = 1 << 20
MAX_BYTES = 512 * 1024 * 1024  # a scanned file larger than this is a mistake, not evidence
MAX_SUFFIX = 10


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: Path


@dataclass(frozen=True)
class AttachmentResult:
    id: int
    filename: str
    sha256: str
    size: int


def _suffix(filename: str) -> str:
    """The extension the system viewer needs to pick a program (kept lower case, or none)."""
    suffix = Path(filename).suffix.lower()
    return suffix if 1 < len(suffix) <= MAX_SUFFIX and suffix[1:].isalnum() else ""


def stored_path(sha256: str, filename: str) -> Path:
    return paths.attachments_dir() / sha256[:2] / f"{sha256}{_suffix(filename)}"


def store_file(source: Path, progress: Callable[[int, int], bool] | None = None) -> StoredFile:
    """Copy ``source`` into the data folder while hashing it; ``progress(done, total)`` may cancel."""
    try:
        total = source.stat().st_size
    except FileNotFoundError:
        raise ValidationError("找不到文件：{source}", source=source) from None
    if not source.is_file():
        raise ValidationError("不是文件：{source}", source=source)
    if total > MAX_BYTES:
        raise ValidationError("文件过大（{size} MB，最大 {max} MB）：{file}", size=total // (1024 * 1024), max=MAX_BYTES // (1024 * 1024), file=source.name)
    root = paths.attachments_dir()
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=root)
    tmp = Path(tmp_name)
    try:
        done = 0
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                done += len(chunk)
                if progress is not None and not progress(done, total):
                    raise InterruptedError("cancelled")
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        target = stored_path(sha, source.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            tmp.unlink()
        else:
            os.replace(tmp, target)
        return StoredFile(sha, done, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def attach_stored(
    session: Session, actor: Actor, case_id: int, stored: StoredFile, filename: str, event_id: int | None = None
) -> AttachmentResult:
    """Record a file already copied by :func:`store_file` on a case (optionally on one timeline entry)."""
    require_write(actor)
    case = load_case(session, case_id)
    name = Path(filename).name.strip()
    if not name:
        raise ValidationError("附件文件名不能为空")
    if len(name) > 255:
        name = name[:255 - len(_suffix(name))] + _suffix(name)
    if event_id is not None:
        event = session.get(CaseEvent, event_id)
        if event is None or event.case_id != case.id:
            raise ValidationError("附件所属的办案记录不属于本案")
    row = Attachment(case_id=case.id, event_id=event_id, filename=name, sha256=stored.sha256, size=stored.size)
    session.add(row)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "create", "attachment", row.id,
                 {"case_id": [None, case.id], "filename": [None, name], "sha256": [None, stored.sha256], "size": [None, stored.size]})
    return AttachmentResult(row.id, name, stored.sha256, stored.size)


def add_attachment(
    session: Session, actor: Actor, case_id: int, source: Path, event_id: int | None = None
) -> AttachmentResult:
    """Copy a file into the data folder and attach it to the case (the CLI and tests; the GUI copies off-thread)."""
    require_write(actor)
    return attach_stored(session, actor, case_id, store_file(source), source.name, event_id)


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    require_write(actor)
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise ValidationError("该附件已被删除")
    case = load_case(session, row.case_id)
    session.delete(row)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "delete", "attachment", attachment_id,
                 {"case_id": [case.id, None], "filename": [row.filename, None], "sha256": [row.sha256, None]})


def attachment_file(session: Session, attachment_id: int, *, verify: bool = True) -> Path:
    """The stored copy to open with the system viewer; refuses a missing or altered file."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise ValidationError("该附件已被删除")
    path = stored_path(row.sha256, row.filename)
    if not path.exists():
        raise ValidationError("附件“{filename}”的文件不在本机的数据文件夹中（{parent}）", filename=row.filename, parent=path.parent)
    if verify:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != row.sha256:
            raise ValidationError("附件“{filename}”的文件已被修改或损坏（校验值不符）", filename=row.filename)
    return path


def export_copy(session: Session, actor: Actor, attachment_id: int, target: Path) -> Path:
    """Save a copy under its original name (for sending to an arbitration committee); audited as an export."""
    source = attachment_file(session, attachment_id)
    row = session.get_one(Attachment, attachment_id)
    destination = target / row.filename if target.is_dir() else target
    shutil.copyfile(source, destination)
    audit.record(session, actor, "export", "attachment", attachment_id, {"to": [None, str(destination)]})
    return destination
