"""Importing a ledger: one runner for consultations, cases and notices.

Each area supplies a ``LedgerSpec`` (its columns, how to parse a row, how to
spot a duplicate, how to write). The runner reads the file, checks every row,
reports each problem with its row number, column and reason, and writes
either all rows, or with ``skip_bad`` only the good ones, inside the caller's
transaction. ``dry_run`` checks and reports without writing.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from casedesk.domain.messages import Message, message_of
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, backup
from casedesk.services.actor import Actor
from casedesk.services.ledger_files import cell_text, read_table

T = TypeVar("T")
MAX_TEXT = 10_000


@dataclass(frozen=True)
class LedgerColumn:
    header: str
    key: str
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # the header as the file has it (Chinese in every language: it names the user's column)
    reason: str  # a messages.Message, so the report can be read in the user's language

    @property
    def message(self) -> Message:
        return Message("第{row}行【{column}】{reason}", row=self.row, column=self.column, reason=self.reason)

    def __str__(self) -> str:
        return self.message


@dataclass
class ImportReport:
    kind: str
    file: str
    read: int = 0
    imported: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    def summary(self) -> Message:
        return Message(
            "{file}：读取 {read} 行，导入 {imported} 行，跳过错误行 {skipped} 行，重复 {duplicates} 行，错误 {errors} 处{mode}",
            file=self.file, read=self.read, imported=self.imported, skipped=self.skipped, duplicates=self.duplicates,
            errors=len(self.errors), mode=Message("（试运行，未写入）") if self.dry_run else "",
        )

    def lines(self) -> list[Message]:
        return [self.summary(), *(e.message for e in self.errors)]


class ImportAborted(Exception):
    """Bad rows in an all-or-nothing import: nothing was written; the report says why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(Message("导入已取消，未写入任何数据：{n} 处错误", n=len(report.errors)))
        self.report = report


class RowReader:
    """Typed access to one row's cells that collects every problem instead of stopping at the first."""

    def __init__(self, row: int, cells: Mapping[str, Any], headers: Mapping[str, str]) -> None:
        self.row = row
        self._cells = cells
        self._headers = headers
        self.errors: list[RowError] = []

    def raw(self, key: str) -> Any:
        return self._cells.get(key)

    def fail(self, key: str, reason: str, **values: Any) -> None:
        """Note a problem with the cell ``key``: a message template and its values, or a message already made."""
        self.errors.append(RowError(self.row, self._headers.get(key, key), reason if isinstance(reason, Message) and not values else Message(reason, **values)))

    def text(self, key: str, *, required: bool = False, max_len: int = MAX_TEXT) -> str:
        value = cell_text(self._cells.get(key))
        if "\x00" in value or any(ord(c) < 32 and c not in "\t\r\n" for c in value):
            value = "".join(c for c in value if ord(c) >= 32 or c in "\t\r\n")
        if required and not value:
            self.fail(key, "不能为空")
        if len(value) > max_len:
            self.fail(key, "内容过长（{n} 字，最多 {max_len} 字）", n=len(value), max_len=max_len)
            value = value[:max_len]
        return value

    def parsed(self, key: str, parser: Callable[[Any], T], *, required: bool = False) -> T | None:
        """``parser`` applied to the cell; None when empty (an error if required) or unparseable."""
        value = self._cells.get(key)
        if value is None or (isinstance(value, str) and not cell_text(value)):
            if required:
                self.fail(key, "不能为空")
            return None
        try:
            return parser(value if not isinstance(value, str) else cell_text(value))
        except (ValidationError, ValueError) as exc:
            self.fail(key, message_of(exc))
            return None


class LedgerSpec(Protocol, Generic[T]):
    kind: str  # "consultations", "cases", "notices"
    columns: tuple[LedgerColumn, ...]

    def parse(self, session: Session, reader: RowReader) -> T | None: ...

    def duplicate_key(self, parsed: T) -> Hashable | None: ...

    def exists(self, session: Session, parsed: T) -> bool: ...

    def write(self, session: Session, actor: Actor, parsed: T) -> None: ...


def _match_headers(headers: list[str], columns: tuple[LedgerColumn, ...]) -> tuple[dict[str, int], list[str]]:
    index: dict[str, int] = {}
    for col in columns:
        for name in (col.header, *col.aliases):
            clean = "".join(name.split()).replace("（", "(").replace("）", ")")
            if clean in headers:
                index[col.key] = headers.index(clean)
                break
    missing = [c.header for c in columns if c.required and c.key not in index]
    return index, missing


def run_import(
    session: Session,
    actor: Actor,
    path: Path,
    spec: LedgerSpec[Any],
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:
    """Check every row, then write all (or, with skip_bad, the good ones). Raises ImportAborted.

    ``progress(done, total)`` counts rows checked and then rows written (writing
    is the slow half); returning False stops the import with nothing written.
    """
    table = read_table(path)
    index, missing = _match_headers(table.headers, spec.columns)
    if missing:
        raise ValidationError("{file} 缺少必需的列：{items}（第一行应为表头）", file=path.name, items='、'.join(missing))
    headers = {c.key: c.header for c in spec.columns}
    report = ImportReport(kind=spec.kind, file=path.name, dry_run=dry_run)
    good: list[Any] = []
    seen: set[Hashable] = set()
    total = len(table.rows)
    for n, (row_number, cells) in enumerate(table.rows, start=1):
        report.read += 1
        values = {key: (cells[i] if i < len(cells) else None) for key, i in index.items()}
        reader = RowReader(row_number, values, headers)
        parsed = spec.parse(session, reader)
        if reader.errors or parsed is None:
            report.errors.extend(reader.errors)
            report.skipped += 1
        else:
            key = spec.duplicate_key(parsed)
            if key is not None and (key in seen or spec.exists(session, parsed)):
                report.duplicates += 1
            else:
                if key is not None:
                    seen.add(key)
                good.append(parsed)
        if progress and n % 200 == 0 and not progress(n, total if dry_run else 2 * total):
            raise ImportAborted(report)
    if report.errors and not skip_bad:
        report.skipped = 0
        raise ImportAborted(report)
    if dry_run:
        report.imported = len(good)
        return report
    backup.protect(session, "import")  # the file as it was, should the clerk want the import undone
    for n, parsed in enumerate(good, start=1):
        spec.write(session, actor, parsed)
        report.imported += 1
        if progress and n % 50 == 0 and not progress(total + n, total + len(good)):
            raise ImportAborted(report)
    audit.record(
        session, actor, "import", spec.kind, None,
        {"file": path.name, "read": report.read, "imported": report.imported, "skipped": report.skipped, "duplicates": report.duplicates},
    )
    return report
