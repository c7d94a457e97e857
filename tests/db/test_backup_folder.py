"""The backup folder chosen in Settings: every backup goes there, every list finds it, a damaged file too."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk import backup_places, paths
from casedesk.cli import main as cli
from casedesk.db.backup import (
    timestamped_backup,  # what db.migrate calls before an upgrade
)
from casedesk.db.database import DamagedDatabase, Database, open_database
from casedesk.db.models import AuditEvent
from casedesk.domain.validators import ValidationError
from casedesk.services import backup
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied

ADMIN = Actor(None, "王静", "admin")


def _choose(db: Database, folder: Path | None) -> Path:
    with db.transaction() as s:
        return backup.set_folder(s, ADMIN, folder)


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def test_every_backup_lands_in_the_chosen_folder_and_every_list_finds_it(sqlite_db: Database, tmp_path: Path) -> None:
    chosen = tmp_path / "U盘" / "工会备份"  # created when chosen
    assert _choose(sqlite_db, chosen) == chosen
    assert chosen.is_dir() and backup.folder(sqlite_db.path) == chosen == paths.backup_dir(sqlite_db.path)
    assert json.loads(backup_places.places_file(sqlite_db.path).read_text(encoding="utf-8"))["folder"] == str(chosen)
    manual = backup.take(sqlite_db, backup.MANUAL)
    with sqlite_db.transaction() as s:  # what imports, batches and purges call first, inside their transaction
        backup.protect(s, "import")
    assert manual.parent == chosen
    listed = backup.list_backups(sqlite_db.path)
    assert {b.reason for b in listed} == {"manual", "import"} and all(b.path.parent == chosen for b in listed)
    assert not list((sqlite_db.path.parent / "backups").glob("*.sqlite3"))
    with sqlite_db.reading() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).one()
        assert row.action == "update"
        assert json.loads(row.changes)["backup.folder"] == [str(sqlite_db.path.parent / "backups"), str(chosen)]
    # The start-up recovery of a damaged file reads no database: it still finds the backups there.
    path = sqlite_db.path
    sqlite_db.dispose()
    _damage(path)
    with pytest.raises(DamagedDatabase):
        open_database(path)
    good = backup.latest_good(path)
    assert good is not None and good.path.parent == chosen
    backup.recover_damaged(path, good.path, ADMIN)
    assert open_database(path, migrate=False).dispose() is None


def test_an_upgrade_backup_goes_to_the_chosen_folder(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    backup_places.write(path, backup_places.BackupPlaces(tmp_path / "elsewhere"))
    assert timestamped_backup(path, "before-upgrade-0004").parent == tmp_path / "elsewhere"


def test_changing_the_folder_keeps_finding_the_old_backups_until_they_are_moved(sqlite_db: Database,
                                                                                 tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _choose(sqlite_db, first)
    backup.take(sqlite_db, backup.MANUAL)
    _choose(sqlite_db, second)
    assert backup_places.read(sqlite_db.path).also == (first,)
    backup.take(sqlite_db, backup.MANUAL)
    assert sorted(b.path.parent.name for b in backup.list_backups(sqlite_db.path)) == ["first", "second"]
    seen: list[tuple[int, int]] = []
    assert backup.move_backups(sqlite_db, ADMIN, lambda done, total: seen.append((done, total))) == 1
    assert seen == [(0, 1)]
    assert [b.path.parent for b in backup.list_backups(sqlite_db.path)] == [second, second]
    assert backup_places.read(sqlite_db.path).also == ()
    with sqlite_db.reading() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (last.action, last.entity, json.loads(last.changes)["count"]) == ("move", "backup", 1)
    # Back to the default folder: no file beside the database any more; the chosen one is still looked in.
    _choose(sqlite_db, None)
    assert backup.folder(sqlite_db.path) == sqlite_db.path.parent / "backups"
    assert len(backup.list_backups(sqlite_db.path)) == 2
    backup.move_backups(sqlite_db, ADMIN)
    assert not backup_places.places_file(sqlite_db.path).exists()


def test_a_cancelled_move_leaves_the_rest_found_where_it_is(sqlite_db: Database, tmp_path: Path) -> None:
    _choose(sqlite_db, tmp_path / "a")
    for _ in range(3):
        backup.take(sqlite_db, backup.MANUAL)
    _choose(sqlite_db, tmp_path / "b")
    assert backup.move_backups(sqlite_db, ADMIN, lambda done, total: done < 2) == 2
    assert sorted(b.path.parent.name for b in backup.list_backups(sqlite_db.path)) == ["a", "b", "b"]
    assert backup_places.read(sqlite_db.path).also == (tmp_path / "a",)


@pytest.mark.parametrize(("make", "words"), [
    (lambda tmp, db: Path("备份"), "完整的文件夹路径"),
    (lambda tmp, db: db.parent, "数据文件所在的文件夹"),
    (lambda tmp, db: db, "是一个文件"),
    (lambda tmp, db: db / "sub", "无法创建"),
])
def test_a_bad_folder_is_refused_naming_the_field(sqlite_db: Database, make, words: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=f"备份文件夹：.*{words}"):
        _choose(sqlite_db, make(tmp_path, sqlite_db.path))
    assert backup.folder(sqlite_db.path) == sqlite_db.path.parent / "backups"


def test_only_an_administrator_chooses_the_folder_and_a_server_has_none(db: Database, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        backup.set_folder(s, Actor(None, "张敏", "staff"), tmp_path / "x")
    if db.path is None:
        with pytest.raises(ValidationError, match="pg_dump"), db.transaction() as s:
            backup.set_folder(s, SYSTEM, tmp_path / "x")


def test_an_unreachable_folder_falls_back_beside_the_database(sqlite_db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    backup_places.write(sqlite_db.path, backup_places.BackupPlaces(blocker / "backups"))  # e.g. a removed drive
    taken = backup.take(sqlite_db, backup.MANUAL)
    assert taken.parent == sqlite_db.path.parent / "backups"
    assert backup.list_backups(sqlite_db.path)[0].path == taken


def test_cli_sets_lists_and_moves(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(sqlite_db.path)
    backup.take(sqlite_db, backup.MANUAL)
    sqlite_db.dispose()
    chosen = tmp_path / "cli-folder"
    assert cli(["--db", target, "backup", "--set-folder", str(chosen), "--move"]) == 0
    out = capsys.readouterr().out
    assert str(chosen) in out and "moved 1" in out
    assert cli(["--db", target, "backup"]) == 0
    assert str(chosen) in capsys.readouterr().out
    assert cli(["--db", target, "backup", "--list"]) == 0
    listed = capsys.readouterr().out
    assert listed.count(str(chosen)) == 3  # the folder line and both backups
    assert cli(["--db", target, "backup", "--set-folder", "relative"]) == 1
    assert "备份文件夹" in capsys.readouterr().err
