"""`casedesk init | org | check` end to end, and one-line errors instead of tracebacks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.cli import main
from casedesk.db.database import open_database
from casedesk.db.models import Enterprise, Worker


def run(*args: str) -> int:
    return main(list(args))


def test_init_then_org_set_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite3")
    assert run("--db", db, "init") == 0
    assert "upgraded (empty) -> " in capsys.readouterr().out
    assert run("--db", db, "init") == 0
    assert "already at" in capsys.readouterr().out
    assert run("--db", db, "org", "set", "--name", "铁锋区总工会", "--reminder-number-pattern", "铁工监提〔{year}〕{seq}号") == 0
    capsys.readouterr()
    assert run("--db", db, "org", "show") == 0
    out = capsys.readouterr().out
    assert "工会名称 (name): 铁锋区总工会" in out
    assert "铁工监提〔{year}〕{seq}号" in out


def test_org_set_rejects_a_bad_pattern_and_keeps_the_old_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite3")
    run("--db", db, "org", "set", "--case-number-pattern", "铁工法援〔{year}〕{seq}号")
    capsys.readouterr()
    assert run("--db", db, "org", "set", "--name", "新名字", "--case-number-pattern", "铁工法援{year}") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "案件编号格式" in err and "{seq}" in err
    run("--db", db, "org", "show")
    out = capsys.readouterr().out
    assert "铁工法援〔{year}〕{seq}号" in out and "新名字" not in out


def test_check_passes_on_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite3")
    run("--db", db, "org", "set", "--name", "甲")
    assert run("--db", db, "check") == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "audit chain: intact" in out and out.rstrip().endswith("OK")


def test_check_detects_a_tampered_audit_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.sqlite3"
    run("--db", str(path), "org", "set", "--name", "甲")
    run("--db", str(path), "org", "set", "--name", "乙")
    db = open_database(path)
    with db.transaction() as s:
        s.execute(text("UPDATE audit_event SET actor='someone' WHERE id=1"))
    db.dispose()
    assert run("--db", str(path), "check") == 1
    assert "审计记录 #1" in capsys.readouterr().out


def _filled_file(path: Path) -> None:
    db = open_database(path)
    with db.transaction() as s:
        for i in range(3000):
            s.add(Enterprise(name=f"齐齐哈尔市第{i}物流有限公司", address="铁锋区" * 20))
            s.add(Worker(name=f"职工{i}", address="龙华路" * 20))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


def test_check_and_commands_on_a_truncated_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.sqlite3"
    _filled_file(path)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2)
    assert run("--db", str(path), "check") == 1
    out = capsys.readouterr().out
    assert "PROBLEM" in out
    assert run("--db", str(path), "org", "show") == 1
    err = capsys.readouterr().err
    assert err.startswith("casedesk: error:") and err.count("\n") == 1


def test_newer_schema_and_missing_file_and_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    db.dispose()
    assert run("--db", str(path), "org", "show") == 1
    assert "比本程序更新" in capsys.readouterr().err
    assert run("--db", str(path), "check") == 1
    assert "比本程序更新" in capsys.readouterr().out
    assert run("--db", str(tmp_path / "nowhere.sqlite3"), "check") == 1
    assert "does not exist" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        run("no-such-command")
    assert exc.value.code == 2


def test_console_script_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    proc = subprocess.run(
        [sys.executable, "-m", "casedesk", "--db", str(bad), "org", "show"], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "不是 CaseDesk 数据文件" in proc.stderr
