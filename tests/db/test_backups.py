"""Backups: taken before imports and batches, thinned daily/weekly/monthly, checked, restored; locks; shares."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casedesk import paths
from casedesk.cli import main as cli
from casedesk.db.backup import BackupError
from casedesk.db.database import DamagedDatabase, Database, open_database
from casedesk.db.filesystem import mount_type
from casedesk.db.lock import DatabaseLock
from casedesk.db.models import AuditEvent, Consultation
from casedesk.services import audit, backup, consultations, notice_batch, parties
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.backup import BackupInfo, KeepCounts
from casedesk.services.consultations import ConsultationFields
from casedesk.services.ledger_import import run_import
from casedesk.services.ledgers import kinds

CLERK = Actor(None, "张敏", "staff")


def _log(db: Database, question: str = "欠薪怎么办") -> None:
    with db.transaction() as s:
        consultations.log_consultation(s, SYSTEM, ConsultationFields(received_at=datetime.now(timezone.utc), question=question))


def _count(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Consultation)) or 0)


def test_backup_is_consistent_while_the_wal_holds_uncheckpointed_writes(sqlite_db: Database, tmp_path: Path) -> None:
    _log(sqlite_db)
    assert Path(f"{sqlite_db.path}-wal").stat().st_size > 0
    copy = backup.take(sqlite_db, dest=tmp_path / "copy.sqlite3")
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM consultation").fetchone()[0] == 1
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert backup.check_backup(copy).ok
    with pytest.raises(BackupError, match="它自己"):
        backup.take(sqlite_db, dest=sqlite_db.path)


def test_imports_and_batches_back_up_first(sqlite_db: Database, tmp_path: Path) -> None:
    _log(sqlite_db)
    ledger = tmp_path / "咨询台账.csv"
    kinds()["consultations"].write_template(ledger)
    with sqlite_db.transaction() as s:
        run_import(s, SYSTEM, ledger, kinds()["consultations"].make_spec(), dry_run=True)
    assert backup.list_backups(sqlite_db.path) == []  # a dry run changes nothing and copies nothing
    with sqlite_db.transaction() as s:
        run_import(s, SYSTEM, ledger, kinds()["consultations"].make_spec())
    (taken,) = backup.list_backups(sqlite_db.path)
    assert taken.reason == "import" and taken.reason_label == "导入前"
    con = sqlite3.connect(taken.path)
    assert con.execute("SELECT count(*) FROM consultation").fetchone()[0] == 1  # as it was before the import
    con.close()
    with sqlite_db.transaction() as s:
        ent = parties.find_or_create_enterprise(s, SYSTEM, "某某物流有限公司")
        notice_batch.issue_batch(s, SYSTEM, [ent.id], notice_batch.BatchContent(
            facts="高温天气", demands="落实防暑降温措施", legal_basis=("《中华人民共和国劳动法》第五十四条",),
            violations=("安全生产和职业病防治",)))
    assert [b.reason for b in backup.list_backups(sqlite_db.path)][0] == "batch"


def _fake(folder: Path, stem: str, when: datetime, reason: str = "auto") -> BackupInfo:
    path = folder / f"{stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    path.write_bytes(b"x")
    return BackupInfo(path, when, reason, 1)


def test_thinning_keeps_recent_daily_weekly_monthly_and_every_manual(tmp_path: Path) -> None:
    db_file = tmp_path / "office.sqlite3"
    folder = paths.backup_dir(db_file)
    now = datetime(2025, 6, 30, 17, 0)
    made = [_fake(folder, "office", now - timedelta(minutes=30 * i)) for i in range(20)]  # today, every half hour
    made += [_fake(folder, "office", now - timedelta(days=d, hours=1)) for d in range(1, 120)]  # one a day
    manual = _fake(folder, "office", now - timedelta(days=300), "manual")
    _fake(folder, "other", now)  # another file's backup is not ours to thin
    deleted = backup.rotate(db_file, KeepCounts(recent=3, daily=5, weekly=3, monthly=4))
    left = backup.list_backups(db_file)
    assert manual.path in {b.path for b in left}
    assert [b.taken_at for b in left[:3]] == [made[0].taken_at, made[1].taken_at, made[2].taken_at]
    days = {b.taken_at.date() for b in left}
    assert {now.date() - timedelta(days=d) for d in range(5)} <= days  # daily
    months = {(b.taken_at.year, b.taken_at.month) for b in left if b.reason != "manual"}
    assert months == {(2025, 6), (2025, 5), (2025, 4), (2025, 3)}  # monthly
    assert len(left) <= 3 + 5 + 3 + 4 + 1
    assert len(deleted) == len(made) - (len(left) - 1)
    assert (folder / f"other-{now:%Y%m%d-%H%M%S-%f}-auto.sqlite3").exists()


def test_periodic_backup_only_after_changes(sqlite_db: Database) -> None:
    first = backup.periodic(sqlite_db)
    assert first is not None
    assert backup.periodic(sqlite_db) is None  # nothing changed since
    _log(sqlite_db)
    assert backup.periodic(sqlite_db) is not None


def test_restore_checks_first_backs_up_the_current_file_and_is_audited(sqlite_db: Database, tmp_path: Path) -> None:
    _log(sqlite_db, "第一条")
    saved = backup.take(sqlite_db, dest=tmp_path / "saved.sqlite3")
    _log(sqlite_db, "第二条")
    path = sqlite_db.path
    sqlite_db.dispose()
    with pytest.raises(PermissionDenied):
        backup.restore(path, saved, CLERK)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="不是 SQLite"):
        backup.restore(path, junk, SYSTEM)
    result = backup.restore(path, saved, SYSTEM)
    assert result.safety_copy is not None and result.safety_copy.exists()
    db = open_database(path)
    try:
        assert _count(db) == 1
        with db.reading() as s:
            last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            assert last.action == "restore" and "saved.sqlite3" in last.changes
            assert audit.verify_chain(s) == []
    finally:
        db.dispose()
    con = sqlite3.connect(result.safety_copy)
    assert con.execute("SELECT count(*) FROM consultation").fetchone()[0] == 2  # nothing lost: the later state is kept
    con.close()


def test_restore_refuses_a_newer_schema_and_a_file_in_use(sqlite_db: Database, tmp_path: Path) -> None:
    future = backup.take(sqlite_db, dest=tmp_path / "future.sqlite3")
    con = sqlite3.connect(future)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    assert not backup.check_backup(future).ok and "更新版本" in backup.check_backup(future).message
    good = backup.take(sqlite_db, dest=tmp_path / "good.sqlite3")
    # Another process holds the file: refused unless forced.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from casedesk.db.lock import DatabaseLock;"
        f"l = DatabaseLock(Path({str(sqlite_db.path)!r}), user='李娜'); l.acquire(); print('held', flush=True); time.sleep(60)"
    )], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(backup.InUse, match="李娜"):
            backup.restore(sqlite_db.path, good, SYSTEM)
        assert backup.restore(sqlite_db.path, good, SYSTEM, force=True).revision
    finally:
        holder.kill()
        holder.wait()
    # The dead holder no longer counts.
    assert DatabaseLock(sqlite_db.path).others() == []


def test_lock_tells_who_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    first = DatabaseLock(path, user="张敏")
    assert first.acquire() == []
    second = DatabaseLock(path, program="casedesk import", user="李娜")
    (holder,) = second.acquire()
    assert holder.user == "张敏" and holder.pid == os.getpid() and "张敏" in holder.describe()
    second.release()
    first.release()
    assert not first.path.exists()
    # A holder on another computer counts while it refreshes its entry.
    import json

    stale = {"host": "OFFICE-PC2", "pid": 1, "user": "王磊", "program": "CaseDesk", "since": "2020-01-01T00:00:00+00:00",
             "seen": "2020-01-01T00:00:00+00:00"}
    fresh = dict(stale, user="赵敏", seen=datetime.now(timezone.utc).isoformat())
    first.path.write_text(json.dumps({"holders": [stale, fresh]}), encoding="utf-8")
    assert [h.user for h in DatabaseLock(path).others()] == ["赵敏"]


def test_damaged_and_truncated_files_are_recognised_and_recovered(sqlite_db: Database, tmp_path: Path) -> None:
    _log(sqlite_db)
    backup.take(sqlite_db, backup.MANUAL)
    path = sqlite_db.path
    sqlite_db.dispose()
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(DamagedDatabase, match="不完整"):
        open_database(path)
    good = backup.latest_good(path)
    assert good is not None and good.reason == "manual"
    result = backup.recover_damaged(path, good.path, Actor(None, "启动恢复", "admin"))
    assert result.safety_copy is not None and result.safety_copy.stat().st_size == size // 2  # kept, not deleted
    db = open_database(path)
    try:
        assert _count(db) == 1
    finally:
        db.dispose()
    # Garbage where the header should be.
    shutil.copy(path, tmp_path / "garbage.sqlite3")
    with (tmp_path / "garbage.sqlite3").open("r+b") as fh:
        fh.write(b"\x00" * 64)
    with pytest.raises(DamagedDatabase):
        open_database(tmp_path / "garbage.sqlite3")


def test_network_shares_are_recognised_from_the_mount_table() -> None:
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//nas/office /mnt/office cifs rw 0 0\n"
        "server:/export /home/shared nfs4 rw 0 0\n"
        "/dev/sdb1 /mnt/office/local\\040disk ext4 rw 0 0\n"
    )
    assert mount_type(Path("/home/me/casedesk.sqlite3"), mounts) == "ext4"
    assert mount_type(Path("/mnt/office/工会/casedesk.sqlite3"), mounts) == "cifs"
    assert mount_type(Path("/home/shared/x.sqlite3"), mounts) == "nfs4"
    assert mount_type(Path("/mnt/office/local disk/x.sqlite3"), mounts) == "ext4"
    assert mount_type(Path("/mnt/officers/x"), mounts) == "ext4"


def test_cli_backup_list_and_restore(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _log(sqlite_db)
    target = str(sqlite_db.path)
    sqlite_db.dispose()
    assert cli(["--db", target, "backup"]) == 0
    assert "verified" in capsys.readouterr().out
    out_file = tmp_path / "u盘" / "备份.sqlite3"
    assert cli(["--db", target, "backup", "-o", str(out_file)]) == 0
    assert cli(["--db", target, "backup", "--list"]) == 0
    assert "手动" in capsys.readouterr().out
    assert cli(["--db", target, "restore", str(out_file)]) == 0
    assert "restored from" in capsys.readouterr().out
    assert cli(["--db", target, "restore", str(tmp_path / "missing.sqlite3")]) == 1
    assert cli(["--db", "postgresql+psycopg://u@localhost/x", "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_writing_commands_say_who_else_has_the_file_open(sqlite_db: Database, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    other = DatabaseLock(sqlite_db.path, program="CaseDesk (另一个窗口)", user="李娜")
    other.acquire()
    try:
        ledger = tmp_path / "台账.csv"
        kinds()["consultations"].write_template(ledger)
        assert cli(["--db", str(sqlite_db.path), "import", "consultations", str(ledger)]) == 0
        assert "李娜" in capsys.readouterr().err
        assert cli(["--db", str(sqlite_db.path), "purge", "--dry-run"]) == 0
        assert "李娜" in capsys.readouterr().err
    finally:
        other.release()
