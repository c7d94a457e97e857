"""The 咨询台账 file: importing messy old ledgers in every encoding, the exact error report, export and round trip."""
from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from casedesk.cli import main
from casedesk.db.database import Database, open_database
from casedesk.db.models import AuditEvent, Case, Consultation, Enterprise, Staff, Worker
from casedesk.domain.timeutil import from_local
from casedesk.services import cases
from casedesk.services import consultations as svc
from casedesk.services.actor import SYSTEM
from casedesk.services.consultation_ledger import (
    CATEGORIES,
    COLUMNS,
    LEDGER,
    ConsultationLedgerSpec,
    export_consultations,
    handling_from_text,
    period_filters,
)
from casedesk.services.ledger_files import read_table
from casedesk.services.ledger_import import ImportAborted, run_import

HEADER = "序号,来电时间,来电人,电话,单位名称,问题类别,问题描述,答复内容,处理方式,承办人,回访日期,满意度,备注"
GOOD_ROWS = [
    "1,2025/3/1 9:05,王磊,138-1234-5678,铁锋区顺达物流有限公司,欠薪,拖欠工资三个月,告知投诉途径,转劳动监察,张敏,2025.3.6,满意,x",
    "2,2025年3月2日,李娜,13912345678,龙华建筑,工伤,工伤认定流程,已解答,当场答复,张敏,,,",
    "3,2025.3.3 14:20,匿名,,,社保,单位不缴社保,,待处理,李强,,,",
    "4,2025-03-04,赵六,0452-2712345,顺达,解除劳动合同,被辞退,告知仲裁,转仲裁,张敏,2025-03-10,基本满意,",
]
BAD_ROW = "5,2025-13-01,钱七,12345,,火星,,,乱写,,,非常不好,"
REPEATED_ROW = "6,2025/3/1 9:05,王磊,13812345678,铁锋区顺达物流有限公司,欠薪,拖欠工资三个月,告知投诉途径,转劳动监察,张敏,2025.3.6,满意,同一来电记了两次"
CATEGORY_LABELS = "劳动报酬、社会保险、劳动合同订立履行、解除终止劳动合同、经济补偿赔偿金、工伤待遇、工作时间休息休假、确认劳动关系、劳动保护职业病、女职工等特殊保护、劳务派遣、集体合同、其他"
BAD_ROW_ERRORS = [
    "第6行【受理时间】日期“2025-13-01”不是有效的日期或时间",
    "第6行【联系电话】电话号码“12345”既不是有效的手机号码也不是有效的固定电话",
    f"第6行【问题类别】无法识别的问题类别“火星”（可填：{CATEGORY_LABELS}）",
    "第6行【问题描述】不能为空",
    "第6行【处理方式】无法识别的处理方式“乱写”（可填：当场答复、转办、转立案、待处理）",
    "第6行【满意度】无法识别的满意度“非常不好”（可填：满意、基本满意、不满意）",
]


@pytest.fixture
def other_db(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second, empty office database (another district importing the export)."""
    path = tmp_path / "other" / "casedesk.sqlite3"
    path.parent.mkdir()
    shutil.copy(migrated_template, path)
    database = open_database(path)
    yield database
    database.dispose()


def _write(path: Path, rows: list[str], encoding: str) -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return path


def _import(db: Database, path: Path, **kw):
    with db.transaction() as s:
        return run_import(s, SYSTEM, path, ConsultationLedgerSpec(), **kw)


def _count(db: Database) -> int:
    with db.reading() as s:
        return s.query(Consultation).count()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_messy_ledger_in_every_encoding_imports_all_or_nothing_with_the_exact_report(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    path = _write(tmp_path / f"台账-{encoding}.csv", [*GOOD_ROWS, BAD_ROW, REPEATED_ROW], encoding)
    with pytest.raises(ImportAborted) as aborted:
        _import(db, path)
    report = aborted.value.report
    assert report.lines() == [
        f"{path.name}：读取 6 行，导入 0 行，跳过错误行 0 行，重复 1 行，错误 6 处",
        *BAD_ROW_ERRORS,
    ]
    assert _count(db) == 0

    dry = _import(db, path, skip_bad=True, dry_run=True)
    assert (dry.read, dry.imported, dry.skipped, dry.duplicates) == (6, 4, 1, 1) and _count(db) == 0
    with db.reading() as s:
        assert s.query(Staff).count() == 0 and s.query(Worker).count() == 0  # a dry run writes nothing at all

    report = _import(db, path, skip_bad=True)
    assert report.summary() == f"{path.name}：读取 6 行，导入 4 行，跳过错误行 1 行，重复 1 行，错误 6 处"
    again = _import(db, path, skip_bad=True)
    assert (again.imported, again.duplicates) == (0, 5)

    with db.reading() as s:
        rows = {c.caller_name: c for c in s.scalars(select(Consultation))}
        wang, li, anon, zhao = rows["王磊"], rows["李娜"], rows["匿名"], rows["赵六"]
        assert from_local(datetime(2025, 3, 1, 9, 5)) == wang.received_at
        assert (wang.category, wang.status, wang.referral_body) == ("wages", "closed", "labour_inspection")
        assert (wang.referral_date, wang.followup_due, wang.followup_done, wang.satisfaction) == (
            date(2025, 3, 1), date(2025, 3, 5), date(2025, 3, 6), "satisfied")
        assert (li.category, li.status, li.followup_due) == ("work_injury", "answered", None)
        assert (anon.caller_id, anon.status, anon.category, anon.followup_due) == (None, "open", "social_insurance", date(2025, 3, 6))
        assert (zhao.caller_phone, zhao.category, zhao.referral_body, zhao.status) == (
            "0452-2712345", "termination", "arbitration", "closed")
        assert s.get(Enterprise, wang.enterprise_id).name == "铁锋区顺达物流有限公司"
        handlers = {st.display_name: st for st in s.scalars(select(Staff))}
        assert set(handlers) == {"张敏", "李强"} and not handlers["张敏"].active  # former colleagues keep their name
        assert wang.handler_id == handlers["张敏"].id
        imports = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
        assert [json.loads(a.changes)["imported"] for a in imports] == [4, 0]


def test_excel_cells_dates_and_serial_numbers(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["问题描述", "受理时间", "联系电话", "来电人", "渠道", "多余的列", "问题类别"])
    ws.append(["加班费怎么算", datetime(2025, 3, 5, 10, 15), 13812345678, "王磊", "来访", "忽略", "加班"])
    ws.append(["年休假", date(2025, 3, 6), "13912345678", "李娜", "微信", None, "年休假"])
    ws.append(["试用期被辞退", 45726.5, None, "张三", None, None, "被辞退"])  # Excel serial 2025-03-10 12:00
    ws.append([None] * 7)  # blank rows are skipped
    path = tmp_path / "old.xlsx"
    wb.save(path)
    report = _import(db, path)
    assert (report.read, report.imported) == (3, 3)
    with db.reading() as s:
        got = {c.question: (c.received_at, c.channel, c.caller_phone, c.category, c.status) for c in s.scalars(select(Consultation))}
    assert got == {
        "加班费怎么算": (from_local(datetime(2025, 3, 5, 10, 15)), "walk_in", "13812345678", "hours_leave", "open"),
        "年休假": (from_local(datetime(2025, 3, 6)), "online", "13912345678", "hours_leave", "open"),
        "试用期被辞退": (from_local(datetime(2025, 3, 10, 12, 0)), "hotline_12351", None, "termination", "open"),
    }


def test_missing_required_column_is_refused_before_any_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "no-question.csv"
    path.write_text("受理时间,来电人\n2025-03-01,王磊\n", encoding="utf-8")
    with pytest.raises(svc.ValidationError, match="缺少必需的列：问题描述"):
        _import(db, path)


@pytest.mark.parametrize(
    ("text", "code"),
    [("欠薪讨薪", "wages"), ("解除劳动合同", "termination"), ("未缴社保", "social_insurance"), ("劳务派遣", "dispatch"),
     ("集体合同", "collective_contract"), ("wages", "wages"), ("工伤待遇", "work_injury"), ("其它", "other"), ("火星", None)],
)
def test_category_synonyms(text: str, code: str | None) -> None:
    assert CATEGORIES.lookup(text) == code


@pytest.mark.parametrize(
    ("text", "status"),
    [("当场答复", "answered"), ("转劳动监察", "referred"), ("转立案", "to_case"), ("待处理", "open"), ("已办结", "answered"),
     ("转法律援助", "referred"), ("乱写", None)],
)
def test_handling_words(text: str, status: str | None) -> None:
    assert handling_from_text(text) == status


def test_case_numbers_link_existing_cases_and_unknown_ones_are_reported(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        number = cases.open_case(s, SYSTEM, source="hotline", applicant_name="王磊", intake_date=date(2025, 3, 2)).case_number
    path = tmp_path / "cases.csv"
    path.write_text(
        "受理时间,问题描述,处理方式,案件编号\n"
        f"2025-03-01 09:00,拖欠工资,转立案,{number}\n"
        "2025-03-01 10:00,集体欠薪,转立案,\n"
        "2025-03-01 11:00,工伤,,不存在〔2025〕9号\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportAborted) as aborted:
        _import(db, path)
    assert [str(e) for e in aborted.value.report.errors] == ["第4行【案件编号】案件编号“不存在〔2025〕9号”不存在（请先导入案件台账）"]
    _import(db, path, skip_bad=True)
    with db.reading() as s:
        linked, unlinked = s.scalars(select(Consultation).order_by(Consultation.received_at)).all()
        assert (linked.status, linked.case_id) == ("to_case", s.scalar(select(Case.id)))
        assert (unlinked.status, unlinked.case_id) == ("to_case", None)  # an import never invents cases
        assert s.query(Case).count() == 1


def _seed(db: Database) -> None:
    cst = timezone(timedelta(hours=8))
    with db.transaction() as s:
        svc.log_consultation(s, SYSTEM, svc.ConsultationFields(
            received_at=datetime(2025, 3, 3, 9, 30, tzinfo=cst), caller_name="王磊", caller_phone="13812345678",
            caller_id_number="11010519491231002X", enterprise_name="铁锋区顺达物流有限公司", credit_code="91230204MA1B2C3D4K"[:0],
            category="wages", worker_count=3, question="=SUM(A1) 拖欠工资", answer="告知投诉途径", status="referred",
            referral_body="labour_inspection", referral_date=date(2025, 3, 4), followup_done=date(2025, 3, 7),
            followup_result="已支付", satisfaction="fairly",
        ))
        svc.log_consultation(s, SYSTEM, svc.ConsultationFields(
            received_at=datetime(2025, 4, 1, 14, 0, tzinfo=cst), channel="walk_in", caller_name="李娜",
            caller_phone="0452-2712345", category="work_injury", question="工伤认定\n需要哪些材料？", status="open",
        ))
        svc.log_consultation(s, SYSTEM, svc.ConsultationFields(
            received_at=datetime(2025, 5, 1, 8, 0, tzinfo=cst), caller_name="匿名", question="年休假", status="to_case",
        ))


def _records(db: Database) -> list[tuple]:
    with db.reading() as s:
        rows = s.scalars(select(Consultation).order_by(Consultation.received_at)).all()
        out = []
        for c in rows:
            caller = s.get(Worker, c.caller_id) if c.caller_id else None
            ent = s.get(Enterprise, c.enterprise_id) if c.enterprise_id else None
            out.append((
                c.received_at, c.channel, c.caller_name, c.caller_phone, caller.id_number if caller else None,
                ent.name if ent else None, c.worker_count, c.category, c.question, c.answer, c.status, c.referral_body,
                c.referral_date, c.followup_due, c.followup_done, c.followup_result, c.satisfaction,
                s.get(Staff, c.handler_id).display_name if c.handler_id else None,
                s.get(Case, c.case_id).case_number if c.case_id else None,
            ))
        return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reimports_cleanly(db: Database, other_db: Database, tmp_path: Path, suffix: str) -> None:
    _seed(db)
    with db.transaction() as s:
        s.add(Staff(organization_id=1, login="zm", display_name="张敏"))
        s.flush()
        s.execute(Consultation.__table__.update().values(handler_id=s.scalar(select(Staff.id))))
    full = tmp_path / f"full{suffix}"
    masked = tmp_path / f"masked{suffix}"
    with db.transaction() as s:
        assert export_consultations(s, SYSTEM, full, reveal=True) == 3
        assert export_consultations(s, SYSTEM, masked) == 3
    table = read_table(masked)
    assert table.headers == [c.header for c in COLUMNS]
    phones = {row[2]: (row[3], row[4] or "") for _, row in table.rows}
    assert phones["王磊"] == ("138****5678", "110105********002X") and phones["李娜"] == ("0452-***2345", "")
    # into the same database: every row is already there, masked or not
    assert (_import(db, full).duplicates, _import(db, masked).duplicates) == (3, 3)
    # into a fresh database: the case numbers must exist there first, so the case-linked row is left out
    original = _records(db)
    with other_db.transaction() as s:
        number = original[2][-1]
        cases.open_case(s, SYSTEM, source="hotline", case_number=number, intake_date=date.today())
    report = _import(other_db, full)
    assert (report.read, report.imported) == (3, 3)
    assert _records(other_db) == original
    with db.reading() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.action.in_(("export", "reveal"))).order_by(AuditEvent.id)).all()
        assert [(e.action, json.loads(e.changes).get("reveal")) for e in exports] == [("export", True), ("reveal", None), ("export", False)]


def test_export_period_and_formula_guard(db: Database, tmp_path: Path) -> None:
    _seed(db)
    path = tmp_path / "march.csv"
    with db.transaction() as s:
        assert export_consultations(s, SYSTEM, path, filters=period_filters(date(2025, 3, 1), date(2025, 3, 31))) == 1
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][9] == "'=SUM(A1) 拖欠工资"  # a spreadsheet will not run it; our import strips the quote


def test_template_has_the_headers_and_a_sample_row_that_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    LEDGER.write_template(path)
    table = read_table(path)
    assert table.headers == [c.header for c in COLUMNS] and len(table.rows) == 1
    for header in ("受理时间", "渠道", "来电人", "联系电话", "身份证号", "用人单位", "统一社会信用代码", "问题类别", "问题描述",
                   "答复内容", "处理方式", "承办人", "回访日期", "满意度"):
        assert header in table.headers
    assert _import(db, path).imported == 1


def test_cli_import_export_and_template(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = db.url.render_as_string(hide_password=False)
    db.dispose()
    bad = _write(tmp_path / "bad.csv", [*GOOD_ROWS, BAD_ROW], "gbk")
    assert main(["--db", target, "import", "consultations", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["bad.csv：读取 5 行，导入 0 行，跳过错误行 0 行，重复 0 行，错误 6 处", *BAD_ROW_ERRORS]
    assert "未写入任何数据" in err
    assert main(["--db", target, "import", "consultations", str(bad), "--skip-bad", "--dry-run"]) == 0
    assert "导入 4 行，跳过错误行 1 行" in capsys.readouterr().out
    assert main(["--db", target, "import", "consultations", str(bad), "--skip-bad"]) == 0
    capsys.readouterr()
    out_file = tmp_path / "export.xlsx"
    assert main(["--db", target, "export", "consultations", "-o", str(out_file), "--from", "2025-03-02", "--to", "2025.3.3"]) == 0
    assert capsys.readouterr().out.strip() == f"{out_file}: 2 rows"
    assert main(["--db", target, "import-template", "consultations", "-o", str(tmp_path / "t.xlsx")]) == 0
    assert main(["--db", target, "import", "consultations", str(tmp_path / "missing.csv")]) == 1
