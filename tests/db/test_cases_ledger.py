"""The case ledger: a messy office file imports with an exact error report; export re-imports cleanly."""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, CaseEvent, NumberSequence
from casedesk.services import cases, organization
from casedesk.services.actor import SYSTEM
from casedesk.services.case_ledger import COLUMNS, LEDGER, CaseLedgerSpec, export_cases
from casedesk.services.case_view import get_case
from casedesk.services.ledger_files import read_table
from casedesk.services.ledger_import import ImportAborted, run_import

HEADERS = [c.header for c in COLUMNS]

# An office's ledger as typed over the years: full-width brackets and [] in numbers, amounts with
# commas, 元, ¥ and 万, dates in four spellings, ledger words for stages and outcomes, headers with
# full-width parentheses and in another order, and an extra column the import ignores.
MESSY_HEADERS = ["序号", "受理时间", "案号", "案件来源", "类型", "人数", "申请人", "身份证号码", "电话", "单位名称",
                 "信用代码", "案件类别", "诉求金额（元）", "挽回金额（元）", "阶段", "结果", "办结日期", "经办人", "律师", "案情简介"]
GOOD_ROWS = [
    ["1", "2024年3月5日", "铁工法援[2024]7号", "12351热线", "个人", "1", "王磊", "11010519491231002X", "138 1234 5678",
     "铁锋区顺达物流有限公司", "", "欠薪", "12,345.50", "12345.5元", "已结案", "协商和解", "2024/4/1", "张敏", "", "拖欠两个月工资"],
    ["2", "2024.6.18", "铁工法援〔2024〕12号", "上级交办", "集体", "15人", "李娜、赵强", "", "", "龙华建筑工程公司",
     "", "劳动报酬、经济补偿", "¥86400", "1.2万", "仲裁中", "", "", "刘洋", "孙律师", "15名农民工讨薪"],
    ["3", "2025-01-06", "", "来访", "", "", "陈红", "", "0452-2345678", "", "", "工伤", "", "", "调解", "", "", "", "", ""],
    ["4", "2025/1/22", "老编号2019-88", "主动发现", "个人", 1, "周杰", "", "", "某某餐饮店", "", "社保", 3000, 0,
     "诉讼", "一审判决", "2025/2/1", "", "", "Excel 日期序号"],
]
BAD_ROWS = [
    ["5", "2025-13-01", "", "来访", "", "", "吴敏", "110105194912310021", "", "", "", "打架", "一千元", "", "", "", "", "", "", ""],
    ["6", "2025-01-02", "", "电视台", "", "", "郑伟", "", "", "", "", "工资", "100", "200", "结案", "", "", "", "", ""],
]


def _write_csv(path: Path, headers: list[str], rows: list[list[object]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _import(db: Database, path: Path, **kw):
    with db.transaction() as s:
        return run_import(s, SYSTEM, path, CaseLedgerSpec(), **kw)


def test_a_messy_gbk_ledger_reports_every_bad_cell_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "案件台账.csv", MESSY_HEADERS, GOOD_ROWS + BAD_ROWS, "gb18030")
    with pytest.raises(ImportAborted) as info:
        _import(db, path)
    lines = info.value.report.lines()
    assert lines[0].startswith("案件台账.csv：读取 6 行")
    assert lines[1:] == [
        "第6行【受理日期】日期“2025-13-01”不是有效的日期或时间",
        "第6行【身份证号】身份证号校验位不正确，请核对",
        "第6行【争议类别】无法识别的争议类别“打架”（可填：" + "、".join(
            ["劳动报酬", "社会保险", "劳动合同订立履行", "解除终止劳动合同", "经济补偿赔偿金", "工伤待遇", "工作时间休息休假",
             "确认劳动关系", "劳动保护职业病", "女职工等特殊保护", "劳务派遣", "集体合同", "其他"]) + "）",
        "第6行【诉求金额(元)】金额“一千元”无法识别（示例：1,234.50、1234.5元、¥1234、1.2万）",
        "第7行【来源】无法识别的来源“电视台”（可填：热线转来、来访、上级交办、主动发现、媒体）",
        "第7行【挽回金额(元)】挽回金额不能超过诉求金额",
        "第7行【处理结果】已结案的案件须填写处理结果",
        "第7行【结案日期】已结案的案件须填写结案日期",
    ]
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_skip_bad_imports_the_good_rows_with_stages_outcomes_and_numbers(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, case_number_pattern="铁工法援〔{year}〕{seq}号")
    # In Excel the fourth row's date is a date serial and its amounts are numbers.
    rows = [list(r) for r in GOOD_ROWS + BAD_ROWS]
    rows[3][1], rows[3][5], rows[3][12], rows[3][13] = 45679, 1, 3000, 0
    path = _write_xlsx(tmp_path / "ledger.xlsx", MESSY_HEADERS, rows)
    dry = _import(db, path, dry_run=True, skip_bad=True)
    assert (dry.read, dry.imported, dry.skipped, dry.dry_run) == (6, 4, 2, True)
    report = _import(db, path, skip_bad=True)
    assert (report.read, report.imported, report.skipped, report.duplicates) == (6, 4, 2, 0)
    with db.reading() as s:
        by_number = {c.case_number: c for c in s.scalars(select(Case))}
        first = get_case(s, by_number["铁工法援〔2024〕7号"].id)
        assert (first.stage, first.outcome, first.closed_date) == ("closed", "settled", date(2024, 4, 1))
        assert (first.totals.claimed_fen, first.totals.recovered_fen, first.totals.workers_benefited) == (1234550, 1234550, 1)
        assert first.handler_name == "张敏" and first.categories == ["wages"]
        group = get_case(s, by_number["铁工法援〔2024〕12号"].id)
        assert group.is_collective and group.worker_count == 15 and group.stage == "arbitration"
        assert [p.name for p in group.parties] == ["李娜", "赵强"]
        assert (group.totals.claimed_fen, group.totals.recovered_fen) == (8640000, 1200000)
        assert group.categories == ["wages", "compensation"] and group.lawyer == "孙律师"
        # The ledger gave only the stage: no application date is invented, so no deadline is made up.
        assert group.arbitration_applied_date is None and group.deadlines == []
        # A row without a number gets the next one of its year, after the imported 2025 numbers.
        new = next(c for n, c in by_number.items() if n.startswith("铁工法援〔2025〕"))
        assert new.case_number == "铁工法援〔2025〕1号" and new.stage == "mediation"
        old = get_case(s, by_number["老编号2019-88"].id)
        assert (old.intake_date, old.stage, old.outcome) == (date(2025, 1, 22), "closed", "judgment")
        events = s.scalars(select(CaseEvent.summary).where(CaseEvent.case_id == old.id).order_by(CaseEvent.id)).all()
        assert events == ["阶段：受理 → 诉讼。导入台账", "结案：判决。导入台账"]
        seq = s.scalars(select(NumberSequence.last_value).where(NumberSequence.year == 2024, NumberSequence.series == "case")).one()
        assert seq == 12
        summary = s.scalars(select(AuditEvent.changes).where(AuditEvent.action == "import")).one()
        assert json.loads(summary)["imported"] == 4
    again = _import(db, path, skip_bad=True)
    assert (again.imported, again.duplicates) == (0, 4)


def test_export_reimports_to_the_same_ledger(db: Database, tmp_path: Path, migrated_template, tmp_path_factory) -> None:
    path = _write_csv(tmp_path / "ledger.csv", MESSY_HEADERS, GOOD_ROWS, "utf-8")
    _import(db, path)
    first = tmp_path / "export1.xlsx"
    with db.transaction() as s:
        assert export_cases(s, SYSTEM, first, reveal=True) == 4
    from tests.conftest import _sqlite_db

    other = _sqlite_db(migrated_template, tmp_path_factory.mktemp("other"))
    try:
        with other.transaction() as s:
            report = run_import(s, SYSTEM, first, CaseLedgerSpec())
        assert report.imported == 4
        second = tmp_path / "export2.xlsx"
        with other.transaction() as s:
            export_cases(s, SYSTEM, second, reveal=True)
    finally:
        other.dispose()
    a, b = read_table(first), read_table(second)
    assert a.headers == b.headers == [h.replace("（", "(").replace("）", ")") for h in HEADERS]
    assert [r for _, r in a.rows] == [r for _, r in b.rows]
    wb = openpyxl.load_workbook(first)
    row = [c.value for c in wb.active[2]]
    assert row[0] == "铁工法援〔2024〕7号" and row[6] == "11010519491231002X" and row[11] == 12345.5


def test_export_masks_identifiers_unless_revealed_and_is_audited(db: Database, tmp_path: Path) -> None:
    _import(db, _write_csv(tmp_path / "ledger.csv", MESSY_HEADERS, GOOD_ROWS[:1], "utf-8"))
    out = tmp_path / "masked.csv"
    with db.transaction() as s:
        LEDGER.export(s, SYSTEM, out, __import__("casedesk.services.ledgers", fromlist=["ExportOptions"]).ExportOptions())
    (_, row), = read_table(out).rows
    assert row[6] == "110105********002X" and row[7] == "138****5678"
    # A masked export read back: identifiers withheld, the rest duplicates the existing case.
    report = _import(db, out)
    assert (report.imported, report.duplicates) == (0, 1)
    with db.reading() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "case", AuditEvent.action == "export")).all()
        assert actions == ["export"]


def test_template_has_the_headers_and_a_sample_row_that_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    LEDGER.write_template(path)
    table = read_table(path)
    assert table.headers == [h.replace("（", "(").replace("）", ")") for h in HEADERS]
    report = _import(db, path, dry_run=True)
    assert (report.read, report.imported) == (1, 1)


def test_closed_rows_need_outcome_and_date(db: Database, tmp_path: Path) -> None:
    rows = [
        ["2025-01-02", "结案", "", "", "100"],
        ["2025-01-02", "", "协商和解", "", "100"],
        ["2025-01-05", "", "仲裁裁决支持", "2025-01-04", "100"],
    ]
    path = _write_csv(tmp_path / "closed.csv", ["受理日期", "处理阶段", "处理结果", "结案日期", "诉求金额"], rows, "utf-8")
    with pytest.raises(ImportAborted) as info:
        _import(db, path)
    assert info.value.report.lines()[1:] == [
        "第2行【处理结果】已结案的案件须填写处理结果",
        "第2行【结案日期】已结案的案件须填写结案日期",
        "第3行【结案日期】已结案的案件须填写结案日期",
        "第4行【结案日期】结案日期 2025-01-04 早于受理日期 2025-01-05",
    ]


def test_imported_numbers_never_collide_with_new_ones(db: Database, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "n.csv", ["案件编号", "受理日期"], [["法援〔2025〕30号", "2025-02-01"]], "utf-8")
    _import(db, path)
    with db.transaction() as s:
        assert cases.open_case(s, SYSTEM, source="来访", intake_date=date(2025, 2, 3)).case_number == "法援〔2025〕31号"
        assert cases.number_gaps(s, 2025)[:2] == ["法援〔2025〕1号", "法援〔2025〕2号"]


def test_cli_import_export_and_template(db: Database, tmp_path: Path, capsys) -> None:
    from casedesk.cli import main

    target = db.url.render_as_string(hide_password=False)
    template = tmp_path / "案件模板.xlsx"
    assert main(["--db", target, "import-template", "cases", "-o", str(template)]) == 0
    messy = _write_csv(tmp_path / "旧台账.csv", MESSY_HEADERS, GOOD_ROWS + BAD_ROWS, "gb18030")
    capsys.readouterr()
    assert main(["--db", target, "import", "cases", str(messy)]) == 1
    out = capsys.readouterr()
    assert "导入已取消，未写入任何数据：8 处错误" in out.err and "第6行【受理日期】" in out.out
    assert main(["--db", target, "import", "cases", str(messy), "--skip-bad"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "旧台账.csv：读取 6 行，导入 4 行，跳过错误行 2 行，重复 0 行，错误 8 处"
    exported = tmp_path / "export.csv"
    assert main(["--db", target, "export", "cases", "-o", str(exported), "--from", "2024-06-01", "--to", "2024-12-31"]) == 0
    assert capsys.readouterr().out.strip() == f"{exported}: 1 rows"
    (_, row), = read_table(exported).rows
    assert row[0] == "铁工法援〔2024〕12号"
