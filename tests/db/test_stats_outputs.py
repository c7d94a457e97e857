"""The same figures everywhere: `casedesk stats --json`, the table, the PDF report and the Excel workbook."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from casedesk.cli import main
from casedesk.db.database import Database
from casedesk.db.models import AuditEvent
from casedesk.documents.report_data import format_value
from casedesk.domain.validators import ValidationError
from casedesk.services import report, stats
from casedesk.services.actor import SYSTEM, Actor
from casedesk.services.stats_periods import parse_period
from tests.db.stats_dataset import MARCH, MARCH_FIGURES, build, local_time  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("local_time")


@pytest.fixture
def office(sqlite_db: Database) -> Database:
    with sqlite_db.transaction() as s:
        build(s)
    return sqlite_db


def _cli(db: Database, *args: str) -> int:
    return main(["--db", str(db.path), *args])


def test_cli_json_is_the_service_result(office: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(office, "stats", "--from", "2025-03-01", "--to", "2025-03-31", "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    assert {k: printed[k] for k in MARCH_FIGURES} == MARCH_FIGURES
    with office.reading() as s:
        assert printed == json.loads(json.dumps(stats.compute(s, *MARCH)))
    assert _cli(office, "stats", "--period", "2025-03", "--json", "--handler", "张三", "--industry", "交通运输仓储和邮政") == 0
    narrowed = json.loads(capsys.readouterr().out)
    assert narrowed["consultations"]["total"] == 2 and narrowed["filters"]["industry"] == "logistics"


def test_cli_table_shows_every_headline_figure(office: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(office, "stats", "--period", "2025年3月") == 0
    out = capsys.readouterr().out
    assert out.startswith("铁锋区总工会 法律服务工作统计\n统计期间：2025年3月（2025-03-01 至 2025-03-31）")
    lines = {line.split()[0]: line.split()[-1] for line in out.splitlines() if len(line.split()) >= 2}
    assert lines["受理咨询"] == "3" and lines["涉及金额（元）"] == "80,000.50" and lines["挽回金额（元）"] == "34,000.25"
    assert lines["整改回复率"] == "66.7%" and lines["回访按期率"] == "33.3%" and lines["未填写结果"] == "1"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "--from", "2025-03-01"], "--from DATE --to DATE"),
        (["stats", "--period", "2025-03", "--from", "2025-03-01"], "either --period"),
        (["stats", "--period", "明年"], "统计期间"),
        (["stats", "--period", "2025", "--handler", "王五"], "承办人"),
        (["stats", "--period", "2025", "--employment-form", "临时工"], "用工形式"),
        (["report", "--period", "2025", "-o", "x.docx"], ".pdf 或 .xlsx"),
    ],
)
def test_cli_errors_are_one_line(office: Database, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert _cli(office, *args) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_report_compares_with_the_previous_month_and_a_year_earlier(office: Database) -> None:
    with office.reading() as s:
        data, figures = report.build_report(s, parse_period("2025-03"))
    assert figures["cases"]["opened"] == 2
    assert (data.previous_label, data.year_earlier_label) == ("2025年2月", "2024年3月")
    rows = {r.key: r for section in data.sections for r in section.rows}
    assert (rows["consultations.total"].value, rows["consultations.total"].previous, rows["consultations.total"].year_earlier) == (3, 1, 1)
    assert (rows["cases.amount_recovered_fen"].previous, rows["cases.amount_recovered_fen"].year_earlier) == (0, 200_000)
    assert rows["rates.notice_reply"].value == pytest.approx(2 / 3, abs=1e-4)
    with office.reading() as s:
        early, _ = report.build_report(s, parse_period("2024-03"))
        year, _ = report.build_report(s, parse_period("2025"))
    assert early.previous_label is None and early.year_earlier_label is None  # nothing in the file before March 2024
    assert (year.previous_label, year.year_earlier_label) == ("2024年", None)  # the year before is both: one column


def _figures_in_summary(figures: dict) -> list[tuple[str, str, object]]:
    return [(label, kind, report.value_of(figures, key)) for _, rows in report.SECTIONS for key, label, kind, _ in rows]


def test_pdf_report_carries_the_figures_the_service_computes(office: Database, tmp_path: Path) -> None:
    out = tmp_path / "2025年3月.pdf"
    with office.transaction() as s:
        data = report.export_report(s, SYSTEM, out, parse_period("2025-03"))
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert all(round(float(p.mediabox.width)) == 595 and round(float(p.mediabox.height)) == 842 for p in reader.pages)
    text = "\n".join(p.extract_text() for p in reader.pages)
    lines = text.splitlines()
    with office.reading() as s:
        figures = stats.compute(s, *MARCH)
    for label, kind, value in _figures_in_summary(figures):
        at = next(i for i, line in enumerate(lines) if line.strip() == label)
        assert lines[at + 1].strip() == format_value(kind, value), label  # the 本期 column follows the label
    for needle in ("铁锋区总工会", "法律服务工作统计报表", "2025年3月（2025-03-01 至 2025-03-31）", "上期", "2025年2月",
                   "去年同期", "2024年3月", "第 1 页 / 共", "未填写结果", "统计口径", "12351热线"):
        assert needle in text, needle
    fonts = {str(f.get("/BaseFont")) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("+" in name for name in fonts), fonts  # a subset-embedded TrueType CJK font
    assert data.period_label == "2025年3月"


def test_excel_workbook_has_numbers_in_yuan_and_one_sheet_per_breakdown(office: Database, tmp_path: Path) -> None:
    out = tmp_path / "march.xlsx"
    with office.transaction() as s:
        report.export_report(s, SYSTEM, out, parse_period("2025-03"))
        figures = stats.compute(s, *MARCH)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "咨询渠道", "咨询问题类别", "案件争议类别", "结案方式", "月度趋势", "统计口径"]
    summary = {str(row[0].value).strip(): row for row in wb["汇总"].iter_rows() if row[0].value}
    for label, kind, value in _figures_in_summary(figures):
        cell = summary[label][1]
        if kind == "fen":
            assert Decimal(str(cell.value)) == Decimal(value) / 100 and cell.number_format == "#,##0.00", label
        elif kind == "rate":
            assert cell.value == pytest.approx(value) and "%" in cell.number_format, label
        else:
            assert cell.value == value and isinstance(cell.value, int), label
    assert summary["受理咨询"][2].value == 1 and summary["受理咨询"][3].value == 2.0  # 上期 1 -> +200%
    outcomes = {row[0].value: row[1].value for row in wb["结案方式"].iter_rows(min_row=6) if row[0].value}
    assert outcomes == {"协商和解": 1, "调解成功": 1, "未填写结果": 1, "合计": 3}
    trend = [row for row in wb["月度趋势"].iter_rows(values_only=True) if row[0] == "2025-03"]
    assert trend == [("2025-03", 3, 2, 3, 3, 80000.5, 34000.25)]


def test_an_export_is_audited_and_a_bad_file_type_writes_nothing(office: Database, tmp_path: Path) -> None:
    clerk = Actor(staff_id=None, name="刘会计", role="viewer")  # read-only accounts may take the report
    with office.transaction() as s:
        report.export_report(s, clerk, tmp_path / "q1.xlsx", parse_period("2025-Q1"), street="龙华街道")
    with office.reading() as s:
        action, actor, changes = s.execute(
            select(AuditEvent.action, AuditEvent.actor, AuditEvent.changes).where(AuditEvent.entity == "report")
        ).one()
    assert (action, actor) == ("export", "刘会计")
    assert json.loads(changes) == {"file": "q1.xlsx", "from": "2025-01-01", "to": "2025-03-31", "street": "龙华街道"}
    with office.transaction() as s, pytest.raises(ValidationError, match=r"\.pdf 或 \.xlsx"):
        report.export_report(s, SYSTEM, tmp_path / "q1.docx", parse_period("2025-Q1"))
    assert not (tmp_path / "q1.docx").exists()


def test_an_empty_office_still_gets_a_readable_report(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        report.export_report(s, SYSTEM, tmp_path / "empty.pdf", parse_period("2025"))
        report.export_report(s, SYSTEM, tmp_path / "empty.xlsx", parse_period("2025"))
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "empty.pdf").pages)
    assert "本期没有记录" in text and "未作环比、同比" in text
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx")["汇总"]["B8"].value == 0


def test_cli_report_writes_both_formats(office: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("r.pdf", "r.xlsx"):
        assert _cli(office, "report", "--from", "2025-01-01", "--to", "2025-03-31", "-o", str(tmp_path / name)) == 0
        assert "2025年第一季度" in capsys.readouterr().out
        assert (tmp_path / name).stat().st_size > 1000


def test_a_cancelled_export_leaves_no_file_and_no_audit_row(office: Database, tmp_path: Path) -> None:
    asked: list[int] = []

    def stop_at_third_question() -> bool:
        asked.append(1)
        return len(asked) >= 3  # after the period's and the previous period's figures, before writing

    with pytest.raises(report.ReportCancelled):
        with office.transaction() as s:
            report.export_report(s, SYSTEM, tmp_path / "r.pdf", parse_period("2025-03"), should_stop=stop_at_third_question)
    assert not (tmp_path / "r.pdf").exists()
    with office.reading() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.entity == "report")).first() is None
