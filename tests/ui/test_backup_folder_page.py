"""Settings > 备份与数据保留: the backup folder is chosen, checked, applied, and the old backups moved or kept found."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk import app as app_module
from casedesk import backup_places
from casedesk.db.database import Database
from casedesk.services import backup
from casedesk.services.actor import SYSTEM
from casedesk.ui import safety_dialogs
from casedesk.ui.pages.settings import BackupSection, SettingsPage
from casedesk.ui.runner import Runner


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, _k=kind: said.append((_k, text))
                            or QMessageBox.StandardButton.Ok)
    return said


@pytest.fixture
def section(qtbot: QtBot, sqlite_db: Database) -> Iterator[BackupSection]:
    runner = Runner()
    page = SettingsPage(sqlite_db, SYSTEM, runner)
    qtbot.addWidget(page)
    page.show()
    found = page.show_section("backup")
    assert isinstance(found, BackupSection)
    yield found
    runner.wait_idle()
    runner.shutdown()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or button)
    return asked


def test_the_chosen_folder_is_saved_applied_and_the_old_backups_moved(
        section: BackupSection, sqlite_db: Database, tmp_path: Path, shown: list[Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = backup.take(sqlite_db, backup.MANUAL)
    assert section.folder.text() == str(sqlite_db.path.parent / "backups")
    chosen = tmp_path / "移动硬盘" / "备份"
    section.folder.setText(str(chosen))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert section.save()
    assert "1 份备份" in asked[0]
    assert section._runner.wait_idle()
    assert shown[-1][0] == "information" and str(chosen) in shown[-1][1]
    assert not old.exists() and (chosen / old.name).exists()
    assert backup_places.read(sqlite_db.path).folder == chosen
    section.take_backup()
    assert section._runner.wait_idle()
    assert all(b.path.parent == chosen for b in backup.list_backups(sqlite_db.path))
    assert section.recent.rowCount() == 2


def test_keeping_the_old_backups_where_they_are_still_finds_them_at_start_up(
        section: BackupSection, sqlite_db: Database, tmp_path: Path, shown: list[Any],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = backup.take(sqlite_db, backup.MANUAL)
    section.folder.setText(str(tmp_path / "新位置"))
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert section.save()
    backup.take(sqlite_db, backup.MANUAL)
    assert old.exists() and section.recent.rowCount() == 1  # the list refreshes on the next load
    section.load()
    assert section.recent.rowCount() == 2
    # The database is damaged: the start-up recovery is offered the newest good backup, in the new folder.
    path = sqlite_db.path
    sqlite_db.dispose()
    with path.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    offered: list[Path] = []

    def recover(exc: Any, actor: Any) -> bool:
        good = backup.latest_good(exc.path)
        offered.append(good.path)
        backup.recover_damaged(exc.path, good.path, actor)
        return True

    monkeypatch.setattr(safety_dialogs, "offer_recovery", recover)
    db = app_module._open_or_recover(str(path))
    assert db is not None
    db.dispose()
    assert offered[0].parent == tmp_path / "新位置"


def test_a_bad_folder_is_refused_naming_the_field_and_nothing_changes(
        section: BackupSection, sqlite_db: Database, shown: list[Any]) -> None:
    section.spins["backup.keep_recent"].setValue(9)
    section.folder.setText("相对路径")
    assert not section.save()
    assert shown[-1][0] == "warning" and shown[-1][1].startswith("备份文件夹：")
    assert backup.folder(sqlite_db.path) == sqlite_db.path.parent / "backups"
    with sqlite_db.reading() as s:  # one transaction: the keep count was not saved either
        assert backup.KeepCounts.from_settings(s).recent == 4


def test_a_new_backup_interval_applies_to_the_open_window_at_once(qtbot: QtBot, sqlite_db: Database) -> None:
    from casedesk.ui.main_window import MainWindow

    window = MainWindow(sqlite_db, remember=False)
    qtbot.addWidget(window)
    assert window.session.backup_timer.interval() == 30 * 60_000
    section = window.show_page("settings").show_section("backup")
    section.spins["backup.interval_minutes"].setValue(10)
    assert section.save()
    assert window.session.backup_timer.isActive() and window.session.backup_timer.interval() == 10 * 60_000
    window.runner.wait_idle()


def test_in_english_the_section_titles_fit_the_menu(qtbot: QtBot, sqlite_db: Database) -> None:
    from casedesk.services import settings
    from casedesk.ui import i18n

    with sqlite_db.transaction() as s:
        settings.put(s, SYSTEM, "language", "en")
    i18n.apply_saved(sqlite_db)
    try:
        runner = Runner()
        page = SettingsPage(sqlite_db, SYSTEM, runner)
        qtbot.addWidget(page)
        metrics = page.menu.fontMetrics()
        widest = max(metrics.horizontalAdvance(page.menu.item(i).text()) for i in range(page.menu.count()))
        assert page.menu.item(7).text() == "Backups and data retention"
        assert page.menu.width() >= widest + 2 * 8 + 2 * page.menu.frameWidth()  # the items' padding and the frame
        runner.shutdown()
    finally:
        i18n.install(i18n.DEFAULT)
