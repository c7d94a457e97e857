"""Ctrl+K from the main window and from a record window, and the duplicates window merging and undoing."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.db.database import open_database
from casedesk.db.models import Consultation, Enterprise
from casedesk.services import cases, parties
from casedesk.services import consultations as consult
from casedesk.services.actor import SYSTEM
from casedesk.services.consultations import ConsultationFields
from casedesk.ui import record_windows
from casedesk.ui.consultation_list import ConsultationsPage
from casedesk.ui.main_window import MainWindow

CST = timezone(timedelta(hours=8))


@pytest.fixture
def office(sqlite_db: Any) -> Path:
    """A small office: one employer typed twice, a case, calls."""
    with sqlite_db.transaction() as s:
        first = parties.find_or_create_enterprise(s, SYSTEM, "哈尔滨市顺达物流有限公司", "91230200MA1B2C3D4E")
        parties.find_or_create_enterprise(s, SYSTEM, "顺达物流公司")
        for day, name in ((3, "王磊"), (4, "李娜")):
            consult.log_consultation(s, SYSTEM, ConsultationFields(
                received_at=datetime(2025, 3, day, 9, 30, tzinfo=CST), caller_name=name, caller_phone=f"1381234567{day}",
                enterprise_id=first.id, question="拖欠工资", category="劳动报酬"))
        cases.open_case(s, SYSTEM, source="来访", enterprise_name="顺达物流公司", applicant_name="王磊",
                        applicant_phone="13812345673")
    path = sqlite_db.path
    sqlite_db.dispose()
    return path


@pytest.fixture
def window(qtbot: QtBot, office: Path) -> Iterator[MainWindow]:
    win = MainWindow(open_database(office), remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    record_windows.close_all()
    win.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def fake(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", fake)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: QMessageBox.StandardButton.Ok)
    return asked


def _search(qtbot: QtBot, win: MainWindow, text: str) -> Any:
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = win._search
    assert palette is not None and palette.isVisible()
    palette.edit.setText(text)
    qtbot.waitUntil(lambda: not palette._timer.isActive())
    assert win.wait_until_idle()
    return palette


def test_ctrl_k_finds_records_of_every_kind_and_opens_them(qtbot: QtBot, window: MainWindow) -> None:
    palette = _search(qtbot, window, "王磊")
    groups = [palette.results.topLevelItem(i).text(0) for i in range(palette.results.topLevelItemCount())]
    assert groups == ["咨询", "案件", "职工"]
    assert palette.status.isHidden()
    # Enter on the first hit (the consultation) opens it in the consultations page's form.
    with qtbot.waitSignal(palette.opened) as opened:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert opened.args[0] == "consultations" and not palette.isVisible()
    page = window.page("consultations")
    assert isinstance(page, ConsultationsPage) and window.current_page_key == "consultations"

    palette = _search(qtbot, window, "王磊")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # into the results, first hit selected
    qtbot.keyClick(palette.results, Qt.Key.Key_Down)  # the case
    assert palette.results.currentItem().data(0, Qt.ItemDataRole.UserRole)[0] == "cases"
    with qtbot.waitSignal(palette.opened) as opened:
        qtbot.keyClick(palette.results, Qt.Key.Key_Return)
    case_window = record_windows._open[("case", opened.args[1])]
    assert case_window.isVisible()

    # From the case window, Ctrl+K still opens the box; a worker opens their latest case.
    qtbot.keyClick(case_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert palette.isVisible()
    palette.edit.setText("李娜")
    qtbot.waitUntil(lambda: not palette._timer.isActive())
    assert window.wait_until_idle()
    workers = palette.results.topLevelItem(1)
    assert workers.text(0) == "职工"
    with qtbot.waitSignal(palette.opened) as opened:
        palette._activate(workers.child(0))
        window.wait_until_idle()
    assert opened.args[0] == "consultations"  # 李娜 has no case: her call opens


def test_search_box_says_what_to_type_and_when_nothing_is_found(qtbot: QtBot, window: MainWindow) -> None:
    palette = _search(qtbot, window, "")
    assert "姓名" in palette.status.text()
    palette = _search(qtbot, window, "王")
    assert "至少" in palette.status.text() and palette.results.topLevelItemCount() == 0
    palette = _search(qtbot, window, "没有这个人")
    assert "没有找到" in palette.status.text()
    palette = _search(qtbot, window, "顺达")
    more = [palette.results.topLevelItem(i).text(0) for i in range(palette.results.topLevelItemCount())]
    assert more == ["咨询", "案件", "用人单位"]


def test_duplicates_window_merges_the_pair_and_undoes_it(qtbot: QtBot, window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    workers = window.show_page("workers")
    button = next(b for b in workers.findChildren(QPushButton) if b.text() == "查找重复…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window._duplicates.page
    assert window.wait_until_idle()
    assert page.current_kind == "worker" and page.table.rowCount() == 0 and "没有发现" in page.summary.text()
    enterprises = window.show_page("enterprises")
    button = next(b for b in enterprises.findChildren(QPushButton) if b.text() == "查找重复…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.wait_until_idle()
    assert page.current_kind == "enterprise"
    assert page.table.rowCount() == 1 and "顺达物流" in page.table.item(0, 3).text()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.compare.comparison is not None)
    comparison = page.compare.comparison
    keep = comparison.suggested_survivor
    assert keep == comparison.first.id  # two calls point at the coded one, one case at the other
    gone = comparison.second.id
    record_windows.open_enterprise(window.db, window.runner, window.actor, gone, window)
    assert page.merge_button.isEnabled()
    with qtbot.waitSignal(page.merged):
        qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert "案件 1 条" in asked[0]
    assert page.table.rowCount() == 0
    qtbot.waitUntil(lambda: ("enterprise", gone) not in record_windows._open)  # its window closed with it
    with window.db.reading() as s:
        assert [e.name for e in s.scalars(select(Enterprise))] == ["哈尔滨市顺达物流有限公司"]
    page.tabs.setCurrentIndex(1)
    assert page.history.rowCount() == 1 and page.history.item(0, 6).text() == "已合并"
    page.history.selectRow(0)
    assert page.undo_button.isEnabled()
    with qtbot.waitSignal(page.merged):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.history.item(0, 6).text() == "已撤销"
    with window.db.reading() as s:
        assert sorted(e.name for e in s.scalars(select(Enterprise))) == ["哈尔滨市顺达物流有限公司", "顺达物流公司"]
        assert {c.enterprise_id for c in s.scalars(select(Consultation))} == {keep}


def test_ctrl_k_from_a_text_field_opens_the_search_and_keeps_the_text(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("consultations")
    assert isinstance(page, ConsultationsPage)
    page.search.setText("拖欠工资")
    page.search.setFocus()
    page.search.setCursorPosition(2)
    qtbot.keyClick(page.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window._search is not None and window._search.isVisible()
    assert page.search.text() == "拖欠工资"  # not "deleted to the end of the line", as X11 line edits would
    # The filter claims Ctrl+K only: other shortcut overrides still reach the field.
    priority = window._shortcut_priority
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ctrl_k = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert priority.eventFilter(page.search, ctrl_k) and not priority.eventFilter(page.search, other)
