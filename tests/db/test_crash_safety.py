"""Crash safety: a child process killed with SIGKILL at random points leaves the file consistent, with all or none.

Each scenario starts a child that prints "go" right before the work, is killed
after a random delay within the work's duration (a fixed seed, so a failure
reproduces), and is then checked: SQLite's integrity check, foreign keys,
the audit chain, the schema, and that the work is either wholly there or
wholly absent. One run per scenario is left to finish, proving "all".
Also: two processes writing one file at once never see "database is locked".
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from casedesk.db.database import open_database
from casedesk.db.migrate import head_revision
from casedesk.services import audit, backup
from casedesk.services.actor import SYSTEM
from casedesk.services.ledger_files import write_table

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

KILLS = 3  # random kill points per scenario (kept small: the default suite stays fast)
SEED = 20251122


def _child(code: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **env})


def _run(code: str, env: dict[str, str], kill_after: float | None) -> bool:
    """Run the child; kill it ``kill_after`` seconds after it says "go". True if it finished first."""
    child = _child(code, env)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "go", child.stderr.read() if child.stderr else line
    if kill_after is None:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        return True
    deadline = time.monotonic() + kill_after
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.005)
    finished = child.poll() is not None
    if not finished:
        child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    return finished


def _consistent(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    db = open_database(path, migrate=False)
    try:
        with db.reading() as s:
            assert audit.verify_chain(s) == []
    finally:
        db.dispose()
    return con


def _count(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def office(sqlite_db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = sqlite_db.path
    sqlite_db.dispose()
    return path


def test_import_killed_anywhere_leaves_all_or_none(office: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "咨询台账.csv"
    rows = [[f"2025-03-{1 + i % 28:02d} 09:{i % 60:02d}", "12351热线", f"职工{i}", f"139{i:08d}", "某某物流有限公司",
             "劳动报酬", f"第{i}个问题：拖欠工资", "已答复", "告知申请仲裁", ""] for i in range(400)]
    write_table(ledger, ["受理时间", "渠道", "来电人", "联系电话", "用人单位", "问题类别", "问题描述", "处理方式", "答复内容", "承办人"], rows)
    code = f"""
        from pathlib import Path
        from casedesk.db.database import open_database
        from casedesk.services.actor import SYSTEM
        from casedesk.services.ledger_import import run_import
        from casedesk.services.ledgers import kinds
        db = open_database({str(office)!r})
        print("go", flush=True)
        with db.transaction() as s:
            run_import(s, SYSTEM, Path({str(ledger)!r}), kinds()["consultations"].make_spec())
    """
    rng = random.Random(SEED)
    delays = [rng.uniform(0.05, 2.5) for _ in range(KILLS)]
    outcomes = []
    for delay in [*delays, None]:
        finished = _run(code, {}, delay)
        con = _consistent(office)
        n = _count(con, "consultation")
        imports = con.execute("SELECT count(*) FROM audit_event WHERE action = 'import'").fetchone()[0]
        con.close()
        assert n == 400 * imports, (delay, n, imports)  # every import whole, none partly
        outcomes.append((delay, finished, n))
        if n:
            break
    assert outcomes[-1][2] == 400, outcomes


def test_notice_batch_killed_anywhere_leaves_all_or_none(office: Path) -> None:
    db = open_database(office)
    with db.transaction() as s:
        from casedesk.services import parties

        for i in range(15):
            parties.find_or_create_enterprise(s, SYSTEM, f"某某第{i}物流有限公司")
    db.dispose()
    code = f"""
        from casedesk.db.database import open_database
        from casedesk.db.models import Enterprise
        from casedesk.services import notice_batch
        from casedesk.services.actor import SYSTEM
        from sqlalchemy import select
        from casedesk.documents import fonts
        db = open_database({str(office)!r})
        with db.reading() as s:
            ids = list(s.scalars(select(Enterprise.id)))
        content = notice_batch.BatchContent(facts="高温天气户外作业", demands="落实防暑降温措施",
            legal_basis=("《中华人民共和国劳动法》第五十四条",), violations=("安全生产和职业病防治",))
        print("go", flush=True)
        with db.transaction() as s:
            notice_batch.issue_batch(s, SYSTEM, ids, content)
    """
    rng = random.Random(SEED + 1)
    for delay in [*(rng.uniform(0.05, 1.5) for _ in range(KILLS)), None]:
        _run(code, {}, delay)
        con = _consistent(office)
        notices = _count(con, "supervision_notice")
        last = con.execute("SELECT coalesce(max(last_value), 0) FROM number_sequence WHERE series = 'reminder'").fetchone()[0]
        con.close()
        assert notices in (0, 15), (delay, notices)
        assert last == notices, "a number was consumed by a batch that did not happen (or the reverse)"
        if notices:
            break
    assert notices == 15


def test_backup_killed_anywhere_never_leaves_a_broken_backup(office: Path) -> None:
    db = open_database(office)
    from casedesk.services import demo_data

    with db.transaction() as s:
        demo_data.generate(s, "district", seed=3)
    db.dispose()
    code = f"""
        from casedesk.db.database import open_database
        from casedesk.services import backup
        db = open_database({str(office)!r}, migrate=False)
        print("go", flush=True)
        for _ in range(200):
            backup.take(db, backup.MANUAL)
    """
    rng = random.Random(SEED + 2)
    for delay in [rng.uniform(0.05, 1.0) for _ in range(KILLS)]:
        _run(code, {}, delay)
        _consistent(office).close()
        for b in backup.list_backups(office):  # every finished backup is whole; a killed one left only a .part
            assert backup.check_backup(b.path).ok, b.path
        assert backup.list_backups(office)


def test_migration_killed_anywhere_leaves_the_old_or_the_new_schema(office: Path, tmp_path: Path) -> None:
    db = open_database(office)
    from casedesk.services import demo_data

    with db.transaction() as s:
        demo_data.generate(s, "district", seed=4)
    from alembic import command

    from casedesk.db.migrate import alembic_config

    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    db.dispose()
    old = tmp_path / "old.sqlite3"
    shutil.copy(office, old)
    code = f"""
        from casedesk.db.database import open_database
        print("go", flush=True)
        open_database({str(office)!r}).dispose()
    """
    rng = random.Random(SEED + 3)
    seen = set()
    for delay in [*(rng.uniform(0.02, 1.5) for _ in range(KILLS)), None]:
        shutil.copy(old, office)
        for suffix in ("-wal", "-shm"):
            Path(f"{office}{suffix}").unlink(missing_ok=True)
        _run(code, {}, delay)
        con = sqlite3.connect(office)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        con.close()
        assert revision in ("0002", head_revision()), revision
        seen.add(revision)
        # Whatever state it was left in, the next start finishes the upgrade with everything there.
        db = open_database(office)
        with db.reading() as s:
            assert audit.verify_chain(s) == []
        db.dispose()
        assert _count(sqlite3.connect(office), "consultation") == 2000
    assert head_revision() in seen


def test_two_processes_write_one_file_without_database_is_locked(office: Path) -> None:
    """A long import holds the write lock while another desk saves one record after another."""
    code = f"""
        import sys
        from datetime import datetime, timezone
        from casedesk.db.database import open_database
        from casedesk.services import consultations
        from casedesk.services.actor import Actor
        from casedesk.services.consultations import ConsultationFields
        db = open_database({str(office)!r})
        me = Actor(None, sys.argv[1] if len(sys.argv) > 1 else "desk", "staff")
        print("go", flush=True)
        for i in range(60):
            with db.transaction() as s:
                consultations.log_consultation(s, me, ConsultationFields(
                    received_at=datetime.now(timezone.utc), question=f"问题{{i}}"))
        with db.reading() as s:
            from casedesk.services import listing
            listing.page(s, "consultations", "received_at", True)
    """
    children = [_child(code, {}) for _ in range(3)]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "go"
    for child in children:
        _out, err = child.communicate(timeout=300)
        assert child.returncode == 0 and "locked" not in err, err
    con = _consistent(office)
    assert _count(con, "consultation") == 180
    con.close()
