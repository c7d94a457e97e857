"""Long tasks from the window run off the GUI thread behind a progress dialog, and 取消 leaves things as they were:
opening (and upgrading) another file, backups, restores; the last file opened is reopened at the next start."""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.app import run_gui
from casedesk.db import backup as db_backup
from casedesk.db import migrate
from casedesk.db.database import Database, open_database
from casedesk.db.models import Consultation
from casedesk.services import auth, backup, consultations
from casedesk.services.actor import SYSTEM, Actor
from casedesk.services.consultations import ConsultationFields
from casedesk.ui.main_window import MainWindow, start_database
from casedesk.ui.progress import BackgroundTask
from tests.db.test_long_tasks import old_file, revision_of

Messages = list[tuple[str, str, str]]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    shown: Messages = []
    for kind in ("information", "warning", "critical"):
        def fake(_parent: Any, title: str, text: str, *_args: Any, _kind: str = kind) -> QMessageBox.StandardButton:
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, fake)
    return shown


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(sqlite_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.wait_until_idle()
    yield win
    win.close()


class Tasks(list[BackgroundTask]):
    """Every BackgroundTask started; those numbered in ``cancel`` get 取消 pressed before their work can finish."""

    def __init__(self) -> None:
        super().__init__()
        self.cancel: set[int] = set()


@pytest.fixture
def tasks(monkeypatch: pytest.MonkeyPatch) -> Tasks:
    started = Tasks()
    real_start = BackgroundTask.start

    def start(task: BackgroundTask, *args: Any) -> None:
        started.append(task)
        if len(started) in started.cancel:
            task.dialog.cancel_button.click()
        real_start(task, *args)

    monkeypatch.setattr(BackgroundTask, "start", start)
    return started


class Ticks:
    """Counts a 10 ms timer's ticks: they only fire while the GUI thread is free."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def _log(db: Database, question: str) -> None:
    with db.transaction() as s:
        consultations.log_consultation(s, SYSTEM, ConsultationFields(received_at=datetime.now(timezone.utc), question=question))


def test_an_old_file_opens_and_upgrades_in_the_background(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    old = old_file(tmp_path / "old.sqlite3")
    ticks = Ticks()
    task = window.switch_database(str(old), create=False)
    assert task.dialog.isVisible() and "old.sqlite3" in task.dialog.label.text()
    assert "取消" in task.dialog.note.text() and "原来的版本" in task.dialog.note.text()  # says what 取消 does
    qtbot.waitUntil(lambda: window.db.path == old.resolve(), timeout=30_000)
    assert ticks.count > 0  # the window kept handling events while the file was backed up and upgraded
    assert revision_of(old) == "0005" and not task.running
    assert "old.sqlite3" in window.db_label.text()
    assert [b.reason for b in backup.list_backups(old)] == ["before-upgrade-0003"]


def test_cancelling_the_upgrade_keeps_the_current_database_and_the_old_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """取消 pressed while the file is being backed up: the upgrade never starts, the window stays where it was."""
    old = old_file(tmp_path / "old.sqlite3")
    current = window.db
    backed_up, pressed = threading.Event(), threading.Event()
    real_backup = migrate.timestamped_backup

    def backup_then_wait(*args: Any, **kwargs: Any) -> Path:
        made = real_backup(*args, **kwargs)
        backed_up.set()
        pressed.wait(10)  # the worker holds here until the clerk has pressed 取消
        return made

    monkeypatch.setattr(migrate, "timestamped_backup", backup_then_wait)
    task = window.switch_database(str(old), create=False)
    qtbot.waitUntil(backed_up.is_set, timeout=30_000)
    assert "备份" in task.dialog.label.text()
    task.dialog.cancel_button.click()
    pressed.set()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert window.db is current and "已取消" in window.statusBar().currentMessage()
    assert revision_of(old) == "0003"
    con = sqlite3.connect(old)
    assert con.execute("SELECT caller_name FROM consultation").fetchall() == [("老文件",)]
    con.close()
    with window.db.reading() as s:  # the current database still works
        s.scalars(select(Consultation.id)).all()


def test_a_new_database_cancelled_leaves_no_file_and_a_bad_file_is_explained(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: Messages, tasks: Tasks) -> None:
    tasks.cancel = {1}
    task = window.switch_database(str(tmp_path / "new.sqlite3"), create=True)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert not (tmp_path / "new.sqlite3").exists() and window.db.path != (tmp_path / "new.sqlite3").resolve()

    junk = tmp_path / "notes.sqlite3"
    junk.write_text("这不是数据库", encoding="utf-8")
    task = window.switch_database(str(junk), create=False)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert messages[-1][0] == "critical" and messages[-1][1] == "无法打开数据库"
    assert "notes.sqlite3" in messages[-1][2] and "不是 CaseDesk 数据文件" in messages[-1][2]


def test_backup_shows_progress_and_cancel_leaves_no_file(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, messages: Messages,
                                                          tasks: Tasks) -> None:
    for i in range(100):
        _log(window.db, f"问题{i}" * 40)
    monkeypatch.setattr(db_backup, "STEP_PAGES", 2)
    target = tmp_path / "copies" / "manual.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tasks.cancel = {1}
    window.backup()
    qtbot.waitUntil(lambda: not tasks[0].running, timeout=30_000)
    assert not target.exists() and not list(target.parent.glob("*")) and "已取消备份" in window.statusBar().currentMessage()
    window.backup()
    qtbot.waitUntil(lambda: not tasks[1].running, timeout=30_000)
    assert db_backup.integrity_ok(target) == (True, "ok")
    assert messages[-1][0] == "information" and str(target) in messages[-1][2]


@pytest.fixture
def admin_window(qtbot: QtBot, sqlite_db: Database) -> Iterator[MainWindow]:
    with sqlite_db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", "Gonghui-2025")
    auth.apply_to_database(sqlite_db, admin)
    win = MainWindow(sqlite_db, actor=admin, remember=False)
    qtbot.addWidget(win)
    win.show()
    win.wait_until_idle()
    yield win
    win.close()


def test_a_cancelled_restore_keeps_the_current_data(qtbot: QtBot, admin_window: MainWindow,
                                                     messages: Messages) -> None:
    win = admin_window
    path = win.db.path
    assert path is not None
    _log(win.db, "备份里有")
    saved = backup.take(win.db, backup.MANUAL)
    _log(win.db, "恢复后应消失")
    current = win.db
    task = win.session._restore_from(path, saved)
    assert task.dialog.isVisible() and "当前数据保持不变" in task.dialog.note.text()
    task.dialog.cancel_button.click()
    assert task.dialog.label.text() == "正在取消…"
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert win.db is current and "已取消恢复" in win.statusBar().currentMessage()
    with win.db.reading() as s:
        assert "恢复后应消失" in s.scalars(select(Consultation.question)).all()
    assert win.session.lock is not None and win.session.lock.held and win.session.backup_timer.isActive()

    damaged = saved.with_name("damaged.sqlite3")
    damaged.write_bytes(b"not a database" * 100)
    task = win.session._restore_from(path, damaged)
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    assert messages[-1][0] == "critical" and messages[-1][1] == "未能恢复" and "damaged.sqlite3" in messages[-1][2]
    with win.db.reading() as s:
        assert "恢复后应消失" in s.scalars(select(Consultation.question)).all()


def test_the_last_opened_file_is_reopened_at_start(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, messages: Messages) -> None:
    assert start_database(None) == (None, "")  # nothing opened yet: the default file
    other = tmp_path / "other.sqlite3"
    open_database(other).dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_database_file()
    qtbot.waitUntil(lambda: window.db.path == other.resolve(), timeout=30_000)
    assert start_database(None) == (str(other.resolve()), "")
    assert start_database("/elsewhere.sqlite3") == ("/elsewhere.sqlite3", "")  # --db wins
    monkeypatch.setenv("CASEDESK_DB", "/from-env.sqlite3")
    assert start_database(None) == (None, "")  # and so does CASEDESK_DB
    monkeypatch.delenv("CASEDESK_DB")
    window.close()

    other.unlink()
    target, note = start_database(None)
    assert target is None and str(other.resolve()) in note and "已不存在" in note

    # End to end: `casedesk` with no --db opens the remembered file (here one that is not a database, so it says so).
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("这不是数据库", encoding="utf-8")
    from casedesk.ui.main_window import remember_database

    remember_database(junk)
    assert run_gui(None) == 1
    assert messages[-1][0] == "critical" and "junk.sqlite3" in messages[-1][2]


def test_a_letter_is_previewed_issued_and_printed_off_the_gui_thread(qtbot: QtBot, sqlite_db: Database, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       messages: Messages) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from casedesk.services import notices
    from casedesk.ui import notice_dialogs, notice_preview
    from casedesk.ui.notice_form import NoticeWindow
    from casedesk.ui.runner import Runner
    from tests.db.test_notices import draft_reminder, setup_office

    office = setup_office(sqlite_db)
    nid = draft_reminder(sqlite_db, office)
    runner = Runner()
    window = NoticeWindow(sqlite_db, runner, SYSTEM, nid)
    qtbot.addWidget(window)
    window.show()

    shown: list[notice_preview.PdfPreviewDialog] = []
    monkeypatch.setattr(notice_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    window.preview()
    assert not shown  # the 样稿 is being typeset in the background
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].document.pageCount() >= 1

    def issue(dialog: notice_dialogs.IssueDialog) -> int:
        dialog.issued_on.setText("2025-09-01")
        dialog._accept()  # waits for the background transaction in a local event loop
        return int(dialog.result() == notice_dialogs.IssueDialog.DialogCode.Accepted)

    monkeypatch.setattr(notice_dialogs.IssueDialog, "exec", issue)
    window.issue()
    with sqlite_db.reading() as s:
        notice = notices.get(s, nid)
        assert notice.status == "issued" and notice.pdf is not None
        frozen = notice.pdf

    dialog = notice_preview.PdfPreviewDialog(frozen, "提示函", "x.pdf", on_output=lambda *a: None)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = list(range(dialog.document.pageCount()))
    task = dialog.print_pages(notice_preview.PrintJob(printer, dialog.document.pagePointSize(0)), pages)
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert messages[-1] == ("information", "打印", f"已送打印 {len(pages)} 页")
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == len(pages)
    runner.shutdown()


def test_the_restore_picker_checks_the_chosen_file_in_the_background(qtbot: QtBot, sqlite_db: Database, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      messages: Messages) -> None:
    from casedesk.ui.safety_dialogs import RestoreDialog

    assert sqlite_db.path is not None
    saved = backup.take(sqlite_db, backup.MANUAL)
    dialog = RestoreDialog(sqlite_db.path)
    qtbot.addWidget(dialog)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    task = dialog._confirm(junk)
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert messages[-1][:2] == ("warning", "不能使用这个备份") and "junk.sqlite3" in messages[-1][2]
    assert dialog.chosen is None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    task = dialog._confirm(saved)
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert dialog.chosen == saved and dialog.result() == RestoreDialog.DialogCode.Accepted


def test_the_retention_purge_counts_and_purges_in_the_background_and_cancel_changes_nothing(
        qtbot: QtBot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Messages,
        tasks: Tasks) -> None:
    from casedesk.services import retention
    from casedesk.ui.data_safety_dialog import DataSafetyDialog
    from casedesk.ui.runner import Runner
    from tests.db.test_retention import LATER, _office

    ids = _office(sqlite_db, tmp_path)
    real_cutoff = retention.cutoff_for
    monkeypatch.setattr(retention, "cutoff_for", lambda years, today=None: real_cutoff(years, LATER))
    admin = Actor(None, "管理员", "admin")
    runner = Runner()
    dialog = DataSafetyDialog(sqlite_db, runner, admin)
    qtbot.addWidget(dialog)
    tasks.cancel = {2}  # the count goes through, the purge is cancelled
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def caller() -> str:
        con = sqlite3.connect(sqlite_db.path)
        try:
            return str(con.execute("SELECT caller_name FROM consultation WHERE id = ?", (ids["call"],)).fetchone()[0])
        finally:
            con.close()

    dialog.check_purge()  # the count, then (answered Yes) the purge, cancelled
    qtbot.waitUntil(lambda: len(tasks) == 2 and not tasks[1].running, timeout=20_000)
    assert "已取消清理" in dialog.preview_label.text() and caller() == "李秀英"

    dialog.check_purge()
    qtbot.waitUntil(lambda: len(tasks) == 4 and not tasks[3].running, timeout=20_000)
    assert messages[-1][1] == "已清理" and caller() == ""
    runner.shutdown()


def test_an_old_file_given_at_start_up_upgrades_behind_a_progress_dialog(qtbot: QtBot, tmp_path: Path,
                                                                          tasks: Tasks) -> None:
    from casedesk import app

    old = old_file(tmp_path / "old.sqlite3")
    ticks = Ticks()
    db = app._open_or_recover(str(old))
    assert db is not None and len(tasks) == 1  # the upgrade ran as a background task, not on the GUI thread
    assert "原来的版本" in tasks[0].dialog.note.text() and ticks.count > 0
    assert revision_of(old) == "0005"
    db.dispose()

    again = app._open_or_recover(str(old))  # at head: opened at once, no dialog
    assert again is not None and len(tasks) == 1
    again.dispose()


def test_cancel_at_start_up_quits_with_the_old_file_as_it_was(qtbot: QtBot, tmp_path: Path, tasks: Tasks) -> None:
    from casedesk import app

    old = old_file(tmp_path / "old.sqlite3")
    tasks.cancel = {1}
    assert app._open_or_recover(str(old)) is None
    assert revision_of(old) == "0003"
    new = tmp_path / "new.sqlite3"
    tasks.cancel = {2}
    assert app._open_or_recover(str(new)) is None and not new.exists()  # a file it was creating is not left behind
