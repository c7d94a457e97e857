"""Fuzzing every importer: random bytes, wrong encodings, huge cells, formulas, control characters, SQL and FTS syntax.

Each import ends in a report or a clear error (ValidationError / ImportAborted
with row-and-column messages); when it ends in an error, the database is
exactly as it was. Exports write formulas as text. Runs on SQLite and PostgreSQL.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Base
from casedesk.domain.validators import ValidationError
from casedesk.services import consultations
from casedesk.services.actor import SYSTEM
from casedesk.services.consultations import ConsultationFields
from casedesk.services.ledger_files import read_table, write_table
from casedesk.services.ledger_import import ImportAborted, run_import
from casedesk.services.ledgers import ExportOptions, kinds

KINDS = sorted(kinds())
FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
FORMULAS = ["=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
NASTY_CELLS = st.one_of(
    st.sampled_from([*FORMULAS, "' OR 1=1 --", "\"; DROP TABLE consultation; --", "*", "(", "AND", "NEAR(a b)", "-x",
                     "\x00", "\x1b[31m", "\u202e", "2025-02-30", "1e999", "nan", "9" * 400, "x" * 12000, "", " ",
                     "王建国", "13800138000", "110105199003070025", "某某物流有限公司", "劳动报酬", "12351热线", "已答复",
                     "法援〔2025〕1号", "工监提〔2025〕3号", "提示函", "2025/3/1 9:30", "1.5万"]),
    st.text(max_size=30),
)


def snapshot(db: Database) -> dict[str, object]:
    """Row counts of every table and the audit chain's last hash: 'unchanged' means all equal."""
    with db.reading() as s:
        counts: dict[str, object] = {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
        counts["audit_tail"] = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return counts


def _import(db: Database, path: Path, kind: str, *, dry_run: bool, skip_bad: bool) -> None:
    before = snapshot(db)
    try:
        with db.transaction() as s:
            report = run_import(s, SYSTEM, path, kinds()[kind].make_spec(), dry_run=dry_run, skip_bad=skip_bad)
    except (ValidationError, ImportAborted) as exc:
        assert str(exc)
        if isinstance(exc, ImportAborted):
            assert all(str(e).startswith("第") for e in exc.report.errors)
        assert snapshot(db) == before, "a refused import changed the database"
        return
    if dry_run or report.imported == 0:
        after = snapshot(db)
        assert {k: v for k, v in after.items() if k != "audit_tail" and k != "audit_event"} == \
            {k: v for k, v in before.items() if k != "audit_tail" and k != "audit_event"}


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]), kind=st.sampled_from(KINDS),
       zipped=st.booleans())
def test_random_bytes(db: Database, folder: Path, data: bytes, suffix: str, kind: str, zipped: bool) -> None:
    path = folder / f"ledger{suffix}"
    path.write_bytes((b"PK\x03\x04" if zipped else b"") + data)
    _import(db, path, kind, dry_run=False, skip_bad=False)


@FUZZ
@given(kind=st.sampled_from(KINDS), rows=st.lists(st.lists(NASTY_CELLS, min_size=1, max_size=25), max_size=6),
       suffix=st.sampled_from([".csv", ".xlsx"]), skip_bad=st.booleans(), dry_run=st.booleans(),
       shuffle=st.randoms(use_true_random=False))
def test_ledgers_with_hostile_cells(db: Database, folder: Path, kind: str, rows: list[list[str]], suffix: str,
                                   skip_bad: bool, dry_run: bool, shuffle) -> None:  # type: ignore[no-untyped-def]
    headers = [c.header for c in kinds()[kind].make_spec().columns]
    shuffle.shuffle(headers)
    path = folder / f"ledger{suffix}"
    write_table(path, headers, [r[: len(headers)] for r in rows])
    _import(db, path, kind, dry_run=dry_run, skip_bad=skip_bad)


@FUZZ
@given(kind=st.sampled_from(KINDS), text=st.text(max_size=60),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-be", "latin-1", "shift_jis"]))
def test_wrong_and_odd_encodings(db: Database, folder: Path, kind: str, text: str, encoding: str) -> None:
    headers = ",".join(c.header for c in kinds()[kind].make_spec().columns)
    body = f"{headers}\n{text}\n".encode(encoding, errors="replace") if codecs.lookup(encoding) else b""
    path = folder / "ledger.csv"
    path.write_bytes(body)
    _import(db, path, kind, dry_run=False, skip_bad=True)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_formulas_are_exported_as_text(db: Database, tmp_path: Path, suffix: str) -> None:
    with db.transaction() as s:
        for formula in FORMULAS:
            consultations.log_consultation(s, SYSTEM, ConsultationFields(
                received_at=datetime.now(timezone.utc), caller_name=formula, question=formula + " 拖欠工资"))
    out = tmp_path / f"export{suffix}"
    with db.transaction() as s:
        assert kinds()["consultations"].export(s, SYSTEM, out, ExportOptions()) == len(FORMULAS)
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
        assert cells and all(c.data_type == "s" for c in cells)  # never "f" (formula)
    else:
        values = [v for _, row in read_table(out).rows for v in row if isinstance(v, str)]
        dangerous = [v for v in values if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert not dangerous, dangerous  # a leading quote makes Excel show them as text
