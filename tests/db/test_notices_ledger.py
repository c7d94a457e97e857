"""The 一函两书台账: import with row reports, numbers kept and the sequence advanced, export and re-import, CLI."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk.cli import main
from casedesk.db.database import Database
from casedesk.db.models import GovernmentBody, SupervisionNotice
from casedesk.services import notices
from casedesk.services.actor import SYSTEM
from casedesk.services.ledger_import import ImportAborted, run_import
from casedesk.services.ledgers import ExportOptions, kinds
from casedesk.services.notice_ledger import LEDGER, NoticeLedgerSpec, parse_deadline
from tests.db.test_notices import issued_reminder, setup_office

HEADERS = ["文书编号", "文书类型", "发出日期", "送达对象", "统一社会信用代码", "关联案件编号", "主要问题", "整改期限", "送达日期", "整改情况"]


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = HEADERS, encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)
    return path


GOOD = [
    ["铁工监提〔2025〕7号", "提示函", "2025/3/5", "齐齐哈尔某某物流有限公司", "91230200MA1B2C3D4E", "", "拖欠工资", "15个工作日", "2025.3.6", "已整改"],
    ["铁工监提[2025]12号", "工会劳动法律监督提示函", "2025年4月1日", "铁锋区顺达快递有限公司", "", "", "未签劳动合同", "2025-04-30", "", ""],
    ["铁工监意〔2025〕2号", "意见书", "2025-05-06", "铁锋区顺达快递有限公司", "", "", "未签劳动合同", "30日", "2025-05-07", "部分整改"],
    ["铁工监建〔2025〕1号", "建议书", "2025-06-10", "铁锋区人力资源和社会保障局", "", "", "拒不整改", "5个工作日", "2025-06-11", "逾期未回复"],
    ["铁总监字〔2023〕5号", "提示函", "2023-08-01", "某旧单位", "", "", "旧编号格式", "", "", "已办结"],
]


def test_deadline_cells() -> None:
    assert parse_deadline("15个工作日") == (None, 15, "working_days")
    assert parse_deadline("30日") == (None, 30, "calendar_days")
    assert parse_deadline("2025-04-30") == (date(2025, 4, 30), None, None)


def test_import_keeps_numbers_and_advances_the_sequence(db: Database, tmp_path: Path) -> None:
    office = setup_office(db)
    path = write_csv(tmp_path / "台账.csv", GOOD, encoding="gb18030")
    with db.transaction() as s:
        report = run_import(s, SYSTEM, path, NoticeLedgerSpec())
    assert (report.read, report.imported, report.errors) == (5, 5, [])
    with db.transaction() as s:
        first = notices.find(s, "铁工监提〔2025〕7号")
        assert (first.status, first.rectification, first.delivered_on, first.pdf) == ("rectified", "rectified", date(2025, 3, 6), None)
        # 15 working days from 6 March 2025.
        assert first.reply_due == date(2025, 3, 27) and first.enterprise_id == office.enterprise_id
        second = notices.find(s, "铁工监提〔2025〕12号")
        assert (second.status, second.reply_due, second.number_seq) == ("issued", date(2025, 4, 30), 12)
        rec = notices.find(s, "铁工监建〔2025〕1号")
        assert (rec.status, rec.department_id) == ("no_reply", office.department_id)
        old = notices.find(s, "铁总监字〔2023〕5号")
        assert (old.status, old.number_year, old.number_seq) == ("closed", None, None)
        with pytest.raises(Exception, match="存档PDF"):
            notices.pdf_of(s, first.id)
    # New numbers continue after the imported ones, never repeating them.
    nid = issued_reminder(db, office, date(2025, 7, 1))
    with db.transaction() as s:
        assert notices.get(s, nid).number == "铁工监提〔2025〕13号"
    # The same file again: every row is a duplicate.
    with db.transaction() as s:
        again = run_import(s, SYSTEM, path, NoticeLedgerSpec())
    assert (again.imported, again.duplicates) == (0, 5)


def test_bad_rows_are_reported_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    setup_office(db)
    rows = [
        GOOD[0],
        ["", "提示函", "2025-03-05", "某单位", "", "", "", "", "", ""],
        ["铁工监提〔2025〕8号", "通知", "2025-13-05", "某单位", "91230200MA1B2C3D4X", "法援〔2025〕99号", "", "下周", "", "还行"],
        ["铁工监提〔2025〕9号", "提示函", "2025-03-05", "某单位", "", "", "", "", "2025-03-01", ""],
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportAborted) as info:
        with db.transaction() as s:
            run_import(s, SYSTEM, path, NoticeLedgerSpec())
    lines = [str(e) for e in info.value.report.errors]
    assert "第3行【文书编号】不能为空" in lines
    assert any(line.startswith("第4行【文书类型】无法识别") for line in lines)
    assert any(line.startswith("第4行【发出日期】") for line in lines)
    assert any(line.startswith("第4行【统一社会信用代码】") for line in lines)
    assert any(line.startswith("第4行【关联案件编号】") for line in lines)
    assert any(line.startswith("第4行【整改期限】") for line in lines)
    assert any(line.startswith("第4行【整改情况】") for line in lines)
    assert "第5行【送达日期】送达日期早于发出日期" in lines
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(SupervisionNotice)) == 0
    with db.transaction() as s:
        report = run_import(s, SYSTEM, path, NoticeLedgerSpec(), skip_bad=True)
    assert (report.imported, report.skipped) == (1, 3)


def test_export_then_import_elsewhere_recreates_the_register(db: Database, tmp_path: Path, migrated_template) -> None:  # type: ignore[no-untyped-def]
    office = setup_office(db)
    with db.transaction() as s:
        run_import(s, SYSTEM, write_csv(tmp_path / "in.csv", GOOD), NoticeLedgerSpec())
    nid = issued_reminder(db, office, date(2025, 7, 1))
    out = tmp_path / "out.xlsx"
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 7, 2))
        assert LEDGER.export(s, SYSTEM, out, ExportOptions(date_from=date(2025, 1, 1))) == 5
    assert "notices" in kinds()
    import shutil

    from casedesk.db.database import open_database

    other_path = tmp_path / "other.sqlite3"
    shutil.copy(migrated_template, other_path)
    other = open_database(other_path)
    try:
        setup_office(other)
        with other.transaction() as s:
            report = run_import(s, SYSTEM, out, NoticeLedgerSpec())
        assert (report.imported, report.errors) == (5, [])
        with other.transaction() as s:
            copy = notices.find(s, "铁工监提〔2025〕13号")
            assert (copy.status, copy.delivered_on, notices.violations_of(s, copy.id)) == ("delivered", date(2025, 7, 2), ["pay"])
            assert s.scalar(select(func.count()).select_from(GovernmentBody)) == 2
    finally:
        other.dispose()


def test_cli_render_import_export(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = setup_office(db)
    nid = issued_reminder(db, office)
    db_arg = db.url.render_as_string(hide_password=False)
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_arg, "notice", "render", "铁工监提[2025]1号", "-o", str(out)]) == 0
    with db.transaction() as s:
        assert out.read_bytes() == notices.get(s, nid).pdf
    assert main(["--db", db_arg, "notice", "render", "无此文号", "-o", str(out)]) == 1
    assert "找不到文书" in capsys.readouterr().err
    reg = write_csv(tmp_path / "reg.csv", GOOD[:2])
    assert main(["--db", db_arg, "import", "notices", str(reg)]) == 0
    assert "导入 2 行" in capsys.readouterr().out
    assert main(["--db", db_arg, "export", "notices", "-o", str(tmp_path / "all.csv")]) == 0
    assert "3 rows" in capsys.readouterr().out
    assert main(["--db", db_arg, "notice", "show", "铁工监提〔2025〕1号"]) == 0
    assert "升级链：提示函 铁工监提〔2025〕1号" in capsys.readouterr().out
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 9, 2))
    assert main(["--db", db_arg, "notice", "overdue", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    # The imported 12号 (deadline 30 April, never answered) and the new 1号; the oldest deadline first.
    assert "铁工监提〔2025〕12号\t提示函\t铁锋区顺达快递有限公司\t期限 2025-04-30" in out and "逾期未回复：2 件（列出最早的 1 件）" in out
