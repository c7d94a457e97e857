"""A finished feel: shortcuts listed under Help, tooltips on the page commands, icons, readable column widths,
empty lists that say what to do, and windows that stay right at a 200% scale factor."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from casedesk.db.database import Database
from casedesk.services import settings
from casedesk.services.actor import SYSTEM
from casedesk.ui import i18n
from casedesk.ui.main_window import PAGE_KEYS, MainWindow
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.shortcuts_dialog import SHORTCUTS, ShortcutsDialog, listed_sequences

LIST_PAGES = ("consultations", "cases", "notices", "enterprises", "workers")


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(sqlite_db, remember=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


def _bound_sequences(window: MainWindow) -> set[str]:
    keys: set[str] = set()
    for action in window.findChildren(QAction):
        keys |= {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        keys.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    return {k for k in keys if k}


def test_help_lists_every_shortcut_the_window_binds(qtbot: QtBot, window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    bound = _bound_sequences(window)
    assert {"Ctrl+N", "Ctrl+K", "F1", "Ctrl+1", "Ctrl+9"} <= bound  # Quit is the platform's (Ctrl+Q, none offscreen)
    assert bound <= listed_sequences(), f"not under 帮助 > 快捷键: {bound - listed_sequences()}"
    # The record windows' own keys are listed too.
    assert {"Ctrl+S", "Ctrl+Return", "Esc", "Ctrl+W", "Ctrl+P"} <= listed_sequences()
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "帮助(&H)"][0]
    shortcuts = [a for a in help_menu.actions() if a.text() == "快捷键…"][0]
    assert shortcuts.shortcut() == QKeySequence("F1") and not shortcuts.icon().isNull()
    shortcuts.trigger()
    assert isinstance(opened[0], ShortcutsDialog) and opened[0].table.rowCount() == len(SHORTCUTS)
    # Ctrl+<n> goes to the n-th page of the sidebar.
    qtbot.keyClick(window, "3", modifier=QKeySequence("Ctrl+3")[0].keyboardModifiers())
    assert window.current_page_key == PAGE_KEYS[2]


def test_every_page_command_has_a_tooltip_and_pages_have_icons(window: MainWindow) -> None:
    missing = []
    for key in PAGE_KEYS:
        page = window.show_page(key)
        window.wait_until_idle(20_000)
        if key == "settings":  # a form: its 保存/放弃修改 buttons sit next to the fields they act on
            continue
        for button in page.findChildren(QAbstractButton):
            if type(button) in (QPushButton, QToolButton) and button.isVisibleTo(page) and not button.toolTip():
                missing.append(f"{key}: {button.text()}")
    assert missing == []
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull()


def test_empty_lists_say_what_to_do_and_columns_fit_their_headers(window: MainWindow) -> None:
    for key in LIST_PAGES:
        page = window.show_page(key)
        window.wait_until_idle(20_000)
        assert isinstance(page, ListPage)
        text = page.empty_label.text()
        assert page.empty_label.isVisibleTo(window)
        assert any(hint in text for hint in ("Ctrl+N", "新建", "导入台账", "会自动建立")), text
        header = page.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(header.count()):
            title = page.model.headerData(column, header.orientation())
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title), (key, title)
            assert header.sectionSize(column) <= 40 * metrics.horizontalAdvance("中"), (key, title)


def test_the_english_sidebar_is_wide_enough_for_its_titles(qtbot: QtBot, sqlite_db: Database) -> None:
    with sqlite_db.transaction() as session:
        settings.put(session, SYSTEM, "language", "en")
    i18n.apply_saved(sqlite_db)
    try:
        win = MainWindow(sqlite_db, remember=False)
        qtbot.addWidget(win)
        metrics = win.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(win.sidebar.item(i).text()) for i in range(win.sidebar.count()))
        assert win.sidebar.item(4).text() == "Supervision letters"
        assert win.sidebar.width() >= widest + win.sidebar.iconSize().width() + 34  # + the items' padding
    finally:
        i18n.install(i18n.DEFAULT)


def test_a_page_renders_at_twice_the_scale(tmp_path: Path, sqlite_db: Database) -> None:
    """QT_SCALE_FACTOR=2 (a 4K screen at 200%): the window is drawn at double resolution, not cut or blurred."""
    out = tmp_path / "dashboard@2x.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    target = str(sqlite_db.path)
    sqlite_db.dispose()
    subprocess.run([sys.executable, "-m", "casedesk", "--db", target, "screenshot", "--page", "consultations",
                    "-o", str(out), "--size", "1000x700"], env=env, check=True, capture_output=True, timeout=120)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2000, 1400)
    assert QApplication.instance() is not None
