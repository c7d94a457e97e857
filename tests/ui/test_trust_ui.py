"""Sign-in, read-only accounts, the audit browser, accounts, refused stale saves and start-up checks, driven with qtbot."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk import app as app_module
from casedesk.db.database import Database
from casedesk.db.lock import DatabaseLock
from casedesk.db.models import AuditEvent, Consultation, Staff
from casedesk.domain.enums import CaseSource
from casedesk.services import auth, backup, cases, consultations
from casedesk.services.actor import Actor
from casedesk.services.consultations import ConsultationFields
from casedesk.ui import record_windows, safety_dialogs
from casedesk.ui.account_dialogs import AccountsDialog, AddAccountDialog
from casedesk.ui.audit_page import AuditWindow
from casedesk.ui.login_dialog import FirstAdminDialog, LoginDialog
from casedesk.ui.main_window import MainWindow

PASSWORD = "Gonghui-2025"


@pytest.fixture
def office(sqlite_db: Database) -> dict[str, Actor]:
    with sqlite_db.transaction() as s:
        admin = auth.create_first_admin(s, "admin", "王主任", PASSWORD)
        auth.add_user(s, admin, "zhangmin", "张敏", "staff", PASSWORD)
        auth.add_user(s, admin, "liu", "刘会计", "viewer", PASSWORD)
    actors = {"admin": admin}
    with sqlite_db.transaction() as s:
        for login in ("zhangmin", "liu"):
            actors[login] = auth.authenticate(s, login, PASSWORD).actor  # type: ignore[assignment]
        consultations.log_consultation(s, actors["zhangmin"], ConsultationFields(
            received_at=datetime.now(timezone.utc), caller_name="王建国", caller_phone="13912345678", question="欠薪"))
        cases.open_case(s, actors["zhangmin"], source=CaseSource.WALK_IN.value, applicant_name="王建国",
                        enterprise_name="某某物流有限公司", description="拖欠工资")
    return actors


def _window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    auth.apply_to_database(db, actor)
    win = MainWindow(db, actor=actor, remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.wait_until_idle()
    return win


def test_login_dialog_refuses_then_signs_in_and_remembers_the_name(qtbot: QtBot, sqlite_db: Database,
                                                                  office: dict[str, Actor]) -> None:
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.login, "ZhangMin")
    qtbot.keyClicks(dialog.password, "wrong-pass")
    dialog.ok_button.click()
    assert dialog.message.text() == "正在验证密码…" and not dialog.ok_button.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled())
    assert dialog.message.text() == "用户名或密码不正确" and dialog.password.text() == "" and dialog.actor is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor is not None and dialog.actor.name == "张敏"
    again = LoginDialog(sqlite_db)
    qtbot.addWidget(again)
    assert again.login.text() == "zhangmin"
    with sqlite_db.reading() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.in_(("login", "login_failed")))))
    assert actions.count("login_failed") == 1 and actions.count("login") == 3


def test_first_admin_dialog(qtbot: QtBot, sqlite_db: Database) -> None:
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.name.setText("王主任")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.again, "different-1")
    dialog.create()
    assert "不一致" in dialog.message.text() and dialog.actor is None
    qtbot.keyClicks(dialog.again, PASSWORD)
    dialog.password.setText("short")
    dialog.again.setText("short")
    dialog.create()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("密码"))
    assert dialog.actor is None
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    dialog.create()
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor is not None and dialog.actor.role == "admin"


def test_a_viewer_sees_every_edit_control_disabled(qtbot: QtBot, sqlite_db: Database, office: dict[str, Actor]) -> None:
    win = _window(qtbot, sqlite_db, office["liu"])
    page = win.show_page("consultations")
    buttons = {b.text(): b for b in page.findChildren(QPushButton)}
    assert not buttons["新建咨询 (Ctrl+N)"].isEnabled()
    assert buttons["导出…"].isEnabled() and buttons["刷新"].isEnabled()
    search = page.findChildren(QLineEdit)[0]
    assert search.isEnabled() and not search.isReadOnly()  # filters and search still work
    menus = {a.text(): a for m in win.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert not menus["新建咨询"].isEnabled() and not menus["备份…"].isEnabled()
    assert menus["修改密码…"].isEnabled()
    assert not any(a.text() == "管理(&A)" and a.isVisible() for a in win.menuBar().actions())
    # A form: inputs read-only, save disabled, and it stays disabled when the form re-enables it.
    form = page.open_form(1)
    qtbot.waitExposed(form)
    save = next(b for b in form.findChildren(QPushButton) if b.text().startswith("保存"))
    assert not save.isEnabled()
    save.setEnabled(True)
    qtbot.waitUntil(lambda: not save.isEnabled(), timeout=1000)
    assert all(e.isReadOnly() for e in form.findChildren(QTextEdit))
    assert all(not c.isEnabled() for c in form.findChildren(QComboBox) if c.isVisible())
    reveal = next(b for b in form.findChildren(QPushButton) if b.text() == "显示完整号码")
    assert not reveal.isEnabled()
    form.close()
    window = record_windows.open_case(sqlite_db, win.runner, office["liu"], 1, win)
    qtbot.waitExposed(window)
    assert not any(b.isEnabled() for b in window.findChildren(QPushButton) if b.text().startswith(("保存", "推进", "结案")))
    window.close()


def test_staff_keep_their_controls_and_admins_get_the_admin_menu(qtbot: QtBot, sqlite_db: Database,
                                                                 office: dict[str, Actor]) -> None:
    staff = _window(qtbot, sqlite_db, office["zhangmin"])
    page = staff.show_page("consultations")
    assert next(b for b in page.findChildren(QPushButton) if b.text().startswith("新建咨询")).isEnabled()
    assert not any(a.text() == "管理(&A)" and a.isVisible() for a in staff.menuBar().actions())
    staff.close()
    admin = _window(qtbot, sqlite_db, office["admin"])
    assert any(a.text() == "管理(&A)" and a.isVisible() for a in admin.menuBar().actions())
    assert "王主任" in admin.session.user_label.text()


def test_audit_window_filters_shows_fields_checks_and_exports(qtbot: QtBot, sqlite_db: Database,
                                                              office: dict[str, Actor], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    win = _window(qtbot, sqlite_db, office["admin"])
    audit_window = AuditWindow(sqlite_db, win.runner, office["admin"], win)
    qtbot.addWidget(audit_window)
    audit_window.show()
    win.wait_until_idle()
    total = audit_window.model.rowCount()
    assert total > 5 and audit_window.count_label.text() == f"共 {total} 条"
    audit_window.action_filter.setCurrentIndex(audit_window.action_filter.findData("login"))
    audit_window.apply_filters()
    win.wait_until_idle()
    assert {e.action for e in audit_window.model.rows} == {"login"}
    assert audit_window.model.data(audit_window.model.index(0, 2)) == "登录"
    audit_window.action_filter.setCurrentIndex(0)
    audit_window.text_filter.setText("王建国")
    audit_window.apply_filters()
    audit_window.view.selectRow(0)
    fields = [audit_window.detail.item(r, 0).text() for r in range(audit_window.detail.rowCount())]
    assert fields
    shown = " ".join(audit_window.model.data(audit_window.model.index(r, 5)) for r in range(audit_window.model.rowCount()))
    assert "139****5678" in shown and "13912345678" not in shown  # identifiers masked on screen too
    infos: list[str] = []
    monkeypatch.setattr("casedesk.ui.audit_page.QMessageBox.information", lambda _p, title, text: infos.append(title))
    audit_window.verify()
    win.wait_until_idle()
    assert infos[-1] == "审计链完好"
    target = tmp_path / "trail.csv"
    monkeypatch.setattr("casedesk.ui.audit_page.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    audit_window.export()
    win.wait_until_idle()
    assert target.exists() and "王建国" in target.read_text(encoding="utf-8-sig")


def test_accounts_dialog_adds_and_disables(qtbot: QtBot, sqlite_db: Database, office: dict[str, Actor]) -> None:
    dialog = AccountsDialog(sqlite_db, office["admin"])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    add = AddAccountDialog(sqlite_db, office["admin"], dialog)
    add.login.setText("zhaomin")
    add.name.setText("赵敏")
    add.password.setText(PASSWORD)
    add.again.setText(PASSWORD)
    add.save()
    qtbot.waitUntil(lambda: add.result() == 1)
    dialog.reload()
    row = next(r for r, a in enumerate(dialog.accounts) if a.login == "zhaomin")
    dialog.table.selectRow(row)
    dialog.toggle_active()
    with sqlite_db.reading() as s:
        assert s.scalars(select(Staff.active).where(Staff.login == "zhaomin")).one() is False


def test_the_second_save_of_a_case_shows_what_changed(qtbot: QtBot, sqlite_db: Database, office: dict[str, Actor],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from casedesk.ui.case_form import CaseWindow

    shown = []
    monkeypatch.setattr("casedesk.ui.case_form.show_record_changed", lambda _parent, exc: shown.append(exc) or True)
    win = _window(qtbot, sqlite_db, office["zhangmin"])
    mine = CaseWindow(sqlite_db, win.runner, office["zhangmin"], 1)
    qtbot.addWidget(mine)
    with sqlite_db.transaction() as s:  # 李娜 saves first, from another desk
        cases.update_case(s, Actor(None, "李娜", "staff"), 1, expected_version=mine.detail.version, description="李娜的修改")
    mine.description.setPlainText("我的修改")
    assert mine.save() is False
    (exc,) = shown
    assert exc.changes[0].actor == "李娜"
    assert mine.description.toPlainText() == "李娜的修改"  # reloaded, never overwritten
    with sqlite_db.reading() as s:
        assert cases.load_case(s, 1).description == "李娜的修改"


def test_periodic_backup_from_the_window(qtbot: QtBot, sqlite_db: Database, office: dict[str, Actor]) -> None:
    win = _window(qtbot, sqlite_db, office["zhangmin"])
    assert win.session.backup_timer.isActive() and win.session.backup_timer.interval() == 30 * 60_000
    win.session.periodic_backup()
    win.wait_until_idle()
    assert [b.reason for b in backup.list_backups(sqlite_db.path)] == ["auto"]
    assert win.session.lock is not None and win.session.lock.held


def test_startup_asks_when_the_file_is_in_use_and_can_open_read_only(sqlite_db: Database, office: dict[str, Actor],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert sqlite_db.path is not None
    other = DatabaseLock(sqlite_db.path, program="casedesk import", user="李娜")
    other.acquire()
    asked = []
    monkeypatch.setattr(safety_dialogs, "ask_shared_use", lambda holders: asked.append(holders) or safety_dialogs.READ_ONLY)
    actor, lock = app_module._check_file_in_use(sqlite_db, office["zhangmin"])
    assert asked and asked[0][0].user == "李娜"
    assert actor.role == "viewer" and lock is not None
    lock.release()
    other.release()


def test_a_damaged_file_at_startup_is_offered_its_latest_good_backup(sqlite_db: Database, office: dict[str, Actor],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = sqlite_db.path
    assert path is not None
    backup.take(sqlite_db, backup.MANUAL)
    sqlite_db.dispose()
    with path.open("r+b") as fh:
        fh.write(b"garbage!" * 4)
    offered = []

    def recover(exc, actor):  # type: ignore[no-untyped-def]
        offered.append(exc)
        return backup.recover_damaged(exc.path, backup.latest_good(exc.path).path, actor) is not None

    monkeypatch.setattr(safety_dialogs, "offer_recovery", recover)
    db = app_module._open_or_recover(str(path))
    assert offered and db is not None
    with db.reading() as s:
        assert auth.list_accounts(s)
    db.dispose()



def test_restore_from_the_window_runs_in_the_background_and_reopens(qtbot: QtBot, sqlite_db: Database,
                                                                    office: dict[str, Actor],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    win = _window(qtbot, sqlite_db, office["admin"])
    assert sqlite_db.path is not None
    saved = backup.take(sqlite_db, backup.MANUAL)
    with sqlite_db.transaction() as s:
        consultations.log_consultation(s, office["admin"], ConsultationFields(
            received_at=datetime.now(timezone.utc), question="恢复后应消失"))
    told: list[str] = []
    monkeypatch.setattr("casedesk.ui.session_controls.QMessageBox.information", lambda _w, title, _text: told.append(title))
    old_db = win.db
    win.session._restore_from(sqlite_db.path, saved)
    qtbot.waitUntil(lambda: win.db is not old_db, timeout=20_000)
    assert told == ["已恢复"]
    with win.db.reading() as s:
        questions = list(s.scalars(select(Consultation.question)))
    assert "恢复后应消失" not in questions and "欠薪" in questions
    assert win.session.lock is not None and win.session.lock.held
