"""Long work on a file reports its steps and stops on request, undoing what it began: opening an old file
(backup, upgrade), backups, restores. The GUI's progress dialogs drive these callbacks."""
from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from casedesk.db import backup as db_backup
from casedesk.db.database import Database, open_database
from casedesk.db.migrate import alembic_config
from casedesk.db.progress import BACKUP, CHECK, REPLACE, UPGRADE, WRITE, Cancelled
from casedesk.services import backup, consultations
from casedesk.services.actor import SYSTEM, Actor
from casedesk.services.consultations import ConsultationFields

ADMIN = Actor(None, "管理员", "admin")


def old_file(path: Path, revision: str = "0003") -> Path:
    """A data file as an older CaseDesk left it (schema ``revision``), with one consultation."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.exec_driver_sql(
            "INSERT INTO consultation (received_at, channel, caller_name, category, worker_count, question, answer, "
            "status, followup_result) VALUES ('2024-03-01 08:00:00', 'hotline', '老文件', 'wages', 1, '旧问题', '', "
            "'answered', '')")
    engine.dispose()
    return path


def revision_of(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def test_opening_an_old_file_reports_each_step_and_upgrades(tmp_path: Path) -> None:
    path = old_file(tmp_path / "old.sqlite3")
    heard: list[tuple[str, int, int]] = []
    db = open_database(path, progress=lambda s, d, t: heard.append((s, d, t)) or True)
    db.dispose()
    steps = [s for s, _d, _t in heard]
    assert steps[0] == CHECK and BACKUP in steps and steps[-1] == UPGRADE
    assert steps.index(BACKUP) < steps.index(UPGRADE)
    assert heard[-1] == (UPGRADE, 2, 2)  # 0004 and 0005
    assert max(d for s, d, _t in heard if s == BACKUP) > 0  # pages copied (then the copy's check, of unknown length)
    assert revision_of(path) == "0005"
    assert [b.reason for b in backup.list_backups(path)] == ["before-upgrade-0003"]


@pytest.mark.parametrize("stop_at", [(CHECK, 0), (BACKUP, 1), (UPGRADE, 0), (UPGRADE, 1), (UPGRADE, 2)])
def test_a_stopped_upgrade_leaves_the_file_at_its_old_revision(tmp_path: Path, stop_at: tuple[str, int]) -> None:
    path = old_file(tmp_path / "old.sqlite3")

    def progress(name: str, done: int, _total: int) -> bool:
        return not (name == stop_at[0] and done >= stop_at[1])

    with pytest.raises(Cancelled):
        open_database(path, progress=progress)
    assert revision_of(path) == "0003"
    con = sqlite3.connect(path)
    assert con.execute("SELECT caller_name FROM consultation").fetchall() == [("老文件",)]
    con.close()
    backups = list(tmp_path.glob("backups/*"))
    assert not any(p.name.endswith(".part") for p in backups)  # a stopped copy leaves nothing half-written
    assert len(backups) == (0 if stop_at[0] in (CHECK, BACKUP) else 1)
    db = open_database(path)  # and it opens (and upgrades) normally afterwards
    db.dispose()
    assert revision_of(path) == "0005"


def test_a_long_statement_stops_midway() -> None:
    """A statement that would run for hours (an integrity check or a migration's index build on a big file)
    ends within a moment of the stop, from another thread, through SQLite's interrupt."""
    from casedesk.db.progress import ASK_EVERY_S, interruptible

    con = sqlite3.connect(":memory:")
    asked: list[float] = []

    def keep_going() -> bool:
        asked.append(time.perf_counter())
        return len(asked) < 3

    with pytest.raises(Cancelled), interruptible(con, keep_going):
        con.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c LIMIT 10000000000) "
                    "SELECT count(*) FROM c").fetchone()
    assert len(asked) == 3 and time.perf_counter() - asked[-1] < 10 * ASK_EVERY_S  # asked at the start, then every 0.1 s
    assert con.execute("SELECT 1").fetchone() == (1,)  # the connection works afterwards


def test_a_stopped_new_database_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with pytest.raises(Cancelled):
        open_database(path, progress=lambda s, d, t: s != UPGRADE or d < 1)
    assert list(tmp_path.iterdir()) == []


def _log(db: Database, question: str) -> None:
    with db.transaction() as s:
        consultations.log_consultation(s, SYSTEM, ConsultationFields(received_at=datetime.now(timezone.utc), question=question))


def test_a_stopped_backup_removes_its_partial_copy(sqlite_db: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_backup, "STEP_PAGES", 4)
    assert sqlite_db.path is not None
    for i in range(200):
        _log(sqlite_db, f"问题{i}" * 50)
    target = tmp_path / "copies" / "manual.sqlite3"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(Cancelled):
        db_backup.backup_file(sqlite_db.path, target, progress)
    assert list((tmp_path / "copies").iterdir()) == []
    assert calls[0] == (4, calls[0][1]) and calls[0][1] > 8  # pages copied of all
    assert db_backup.backup_file(sqlite_db.path, target, lambda d, t: True) == target
    assert db_backup.integrity_ok(target) == (True, "ok")


def test_a_stopped_check_is_cancelled_not_damaged(sqlite_db: Database) -> None:
    assert sqlite_db.path is not None
    for i in range(50):
        _log(sqlite_db, f"问题{i}" * 50)
    with pytest.raises(Cancelled):
        db_backup.integrity_ok(sqlite_db.path, keep_going=lambda: False)


@pytest.mark.parametrize("stop", [CHECK, BACKUP, REPLACE])
def test_a_restore_stopped_before_the_swap_keeps_the_current_data(sqlite_db: Database, stop: str) -> None:
    assert sqlite_db.path is not None
    _log(sqlite_db, "备份里有")
    saved = backup.take(sqlite_db, backup.MANUAL)
    _log(sqlite_db, "当前才有")
    sqlite_db.dispose()
    before = len(backup.list_backups(sqlite_db.path))
    with pytest.raises(Cancelled):
        backup.restore(sqlite_db.path, saved, ADMIN, progress=lambda s, d, t: s != stop)
    con = sqlite3.connect(sqlite_db.path)
    questions = {q for (q,) in con.execute("SELECT question FROM consultation")}
    con.close()
    assert {"备份里有", "当前才有"} <= questions
    assert len(backup.list_backups(sqlite_db.path)) == before + (1 if stop == REPLACE else 0)

    steps: list[str] = []
    result = backup.restore(sqlite_db.path, saved, ADMIN, progress=lambda s, d, t: steps.append(s) or True)
    assert result.safety_copy is not None
    assert steps[0] == CHECK and BACKUP in steps and REPLACE in steps
    con = sqlite3.connect(sqlite_db.path)
    assert "当前才有" not in {q for (q,) in con.execute("SELECT question FROM consultation")}
    con.close()


@pytest.mark.parametrize("stop", [BACKUP, WRITE])
def test_a_stopped_purge_changes_nothing(sqlite_db: Database, tmp_path: Path, stop: str) -> None:
    from casedesk.services import retention
    from tests.db.test_retention import LATER, _office

    ids = _office(sqlite_db, tmp_path)

    def progress(name: str, done: int, _total: int) -> bool:
        return not (name == stop and (name == BACKUP or done >= 1))

    with pytest.raises(Cancelled), sqlite_db.transaction() as s:
        retention.purge(s, ADMIN, 10, today=LATER, progress=progress)
    con = sqlite3.connect(sqlite_db.path)
    assert con.execute("SELECT caller_name FROM consultation WHERE id = ?", (ids["call"],)).fetchone() == ("李秀英",)
    assert con.execute("SELECT count(*) FROM dispute_case WHERE anonymized_at IS NOT NULL").fetchone() == (0,)
    con.close()
    assert sqlite_db.path is not None and not list(sqlite_db.path.parent.glob("backups/*.part"))
    with sqlite_db.transaction() as s:
        done = retention.purge(s, ADMIN, 10, today=LATER, progress=lambda *_a: True)
    assert (done.cases, done.consultations) == (1, 1)
