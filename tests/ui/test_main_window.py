"""The main window on a district demo file: every page, sorting, paging, dashboard, settings, menus, screenshots."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk import __version__
from casedesk.app import run_gui
from casedesk.cli import main as cli_main
from casedesk.db.backup import integrity_ok
from casedesk.db.database import Database, open_database
from casedesk.services import demo_data, listing, organization, today
from casedesk.ui.main_window import MainWindow
from casedesk.ui.pages import LIST_PAGE_KEYS, PAGE_KEYS
from casedesk.ui.pages.dashboard import DashboardPage
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.pages.settings import SettingsPage


@pytest.fixture(scope="session")
def district_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One district demo office per run (2,000 consultations: more than one page); tests copy it."""
    path = tmp_path_factory.mktemp("district") / "district.sqlite3"
    shutil.copy(migrated_template, path)
    db = open_database(path)
    with db.transaction() as session:
        demo_data.generate(session, "district", seed=7)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def district(district_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "district.sqlite3"
    shutil.copy(district_template, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, district: Path) -> Iterator[MainWindow]:
    win = MainWindow(open_database(district))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


Messages = list[tuple[str, str, str]]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Every QMessageBox shown, as (kind, title, text), instead of a modal box that would block the test."""
    shown: Messages = []
    for kind in ("information", "warning", "critical", "about"):
        def fake(_parent: Any, title: str, text: str, *_args: Any, _kind: str = kind) -> QMessageBox.StandardButton:
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, fake)
    return shown


def _click_sidebar(qtbot: QtBot, win: MainWindow, key: str) -> None:
    item = win.sidebar.item(PAGE_KEYS.index(key))
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=win.sidebar.visualItemRect(item).center())


def _click_header(qtbot: QtBot, page: ListPage, key: str) -> None:
    header = page.view.horizontalHeader()
    column = page.model.column_index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column_values(page: ListPage, key: str) -> list[str]:
    column = page.model.column_index(key)
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_every_page_opens_from_the_sidebar_with_real_data(qtbot: QtBot, window: MainWindow) -> None:
    with window.db.reading() as session:
        org_name = organization.get_org(session).name
        counts = {name: listing.count(session, name) for name in LIST_PAGE_KEYS}
    assert org_name != organization.DEFAULT_NAME
    assert window.org_label.text() == org_name
    assert window.windowTitle() == f"CaseDesk — {org_name}"
    assert str(window.db.path) in window.db_label.text()

    for key in PAGE_KEYS:
        _click_sidebar(qtbot, window, key)
        page = window.page(key)
        assert window.current_page_key == key
        assert window.stack.currentWidget() is page
        if key in LIST_PAGE_KEYS:
            assert isinstance(page, ListPage)
            assert page.model.rowCount() == min(counts[key], listing.PAGE_SIZE) > 0
            assert page.view.isVisible()
            qtbot.waitUntil(lambda p=page, k=key: p.count_label.text() == f"共 {counts[k]:,} 条")
    window.wait_until_idle()
    stats = window.page("stats")
    assert stats.summary.topLevelItemCount() >= 1  # type: ignore[attr-defined]


def test_sorting_by_a_header_asks_the_database(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("cases")
    assert isinstance(page, ListPage)
    assert (page.model.sort_key, page.model.descending) == ("intake_date", True)
    dates = _column_values(page, "intake_date")
    assert dates == sorted(dates, reverse=True)

    _click_header(qtbot, page, "intake_date")  # the same column again: ascending
    assert (page.model.sort_key, page.model.descending) == ("intake_date", False)
    assert _column_values(page, "intake_date") == sorted(dates)

    _click_header(qtbot, page, "stage")
    with window.db.reading() as session:
        expected = listing.page(session, "cases", "stage", False)
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [r.id for r in expected]

    before = [page.model.row_id(r) for r in range(page.model.rowCount())]
    _click_header(qtbot, page, "claimed")  # a sum: not sortable, nothing changes
    header = page.view.horizontalHeader()
    assert page.model.sort_key == "stage"
    assert header.sortIndicatorSection() == page.model.column_index("stage")
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == before


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("consultations")
    assert isinstance(page, ListPage)
    assert page.model.rowCount() == listing.PAGE_SIZE
    assert page.model.canFetchMore()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > listing.PAGE_SIZE)
    with window.db.reading() as session:
        expected = listing.page(session, "consultations", "received_at", True, 0, page.model.rowCount())
    assert [page.model.row_id(r) for r in range(page.model.rowCount())] == [r.id for r in expected]


def test_dashboard_tiles_count_and_open_the_rows_behind_them(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    window.wait_until_idle()
    with window.db.reading() as session:
        work = today.work_items(session, date.today())
    for item in work.items:
        assert dashboard.todo_tiles[item.key].value_label.text() == f"{item.count:,}"

    followups = next(i for i in work.items if i.key == "followups")
    qtbot.mouseClick(dashboard.todo_tiles["followups"], Qt.MouseButton.LeftButton)
    page = window.page("consultations")
    assert isinstance(page, ListPage)
    assert window.current_page_key == "consultations"
    qtbot.waitUntil(lambda: page.count_label.text() == f"共 {followups.count:,} 条")
    assert page.filter_bar.isVisible()

    page.set_filter({})
    assert not page.filter_bar.isVisible()


def test_settings_save_updates_the_database_and_the_status_bar(
    qtbot: QtBot, window: MainWindow, messages: Messages
) -> None:
    _click_sidebar(qtbot, window, "settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    settings.fields["name"].setText("齐齐哈尔市龙沙区总工会")
    settings.fields["phone"].setText("0452-2400000")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert messages == []
    with window.db.reading() as session:
        info = organization.get_org(session)
    assert (info.name, info.phone) == ("齐齐哈尔市龙沙区总工会", "0452-2400000")
    assert window.org_label.text() == "齐齐哈尔市龙沙区总工会"
    assert window.windowTitle() == "CaseDesk — 齐齐哈尔市龙沙区总工会"


def test_settings_refuse_a_bad_pattern_naming_the_field(
    qtbot: QtBot, window: MainWindow, messages: Messages
) -> None:
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    with window.db.reading() as session:
        before = organization.get_org(session)
    settings.fields["name"].setText("新名称")
    settings.fields["case_number_pattern"].setText("法援〔{year}〕号")  # no {seq}
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert len(messages) == 1
    kind, _title, text = messages[0]
    assert kind == "warning" and "案件编号格式" in text and "{seq}" in text
    with window.db.reading() as session:
        assert organization.get_org(session) == before  # nothing saved, not even the valid name
    assert settings.fields["case_number_pattern"].text() == "法援〔{year}〕号"  # what was typed is kept
    assert window.org_label.text() == before.name


def test_geometry_and_last_page_are_remembered(qtbot: QtBot, district: Path) -> None:
    first = MainWindow(open_database(district))
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 540)  # inside the offscreen screen (800x600): restoreGeometry fits windows to the screen
    first.show_page("notices")
    first.close()

    second = MainWindow(open_database(district))
    qtbot.addWidget(second)
    assert second.current_page_key == "notices"
    assert (second.width(), second.height()) == (720, 540)
    second.close()


def test_empty_database_shows_a_hint_instead_of_an_empty_table(qtbot: QtBot, sqlite_db: Database) -> None:
    win = MainWindow(sqlite_db)
    qtbot.addWidget(win)
    page = win.show_page("consultations")
    assert isinstance(page, ListPage)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(win)
    assert "Ctrl+N" in page.empty_label.text() and "导入台账" in page.empty_label.text()  # says what to do
    win.close()


def test_open_another_database_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    window.show_page("cases")
    other = tmp_path / "other.sqlite3"
    open_database(other).dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_database_file()
    assert window.wait_until_idle()  # opened in the background
    assert window.db.path == other.resolve()
    assert str(other.resolve()) in window.db_label.text()
    page = window.page("cases")
    assert window.stack.currentWidget() is page
    assert isinstance(page, ListPage) and page.model.rowCount() == 0
    assert window.org_label.text() == organization.DEFAULT_NAME

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "missing.sqlite3"), ""))
    window.open_database_file()
    assert window.wait_until_idle()
    assert messages and messages[-1][0] == "critical" and "不存在" in messages[-1][2]
    assert window.db.path == other.resolve()  # still on the file that opened


def test_backup_writes_a_verified_copy(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    target = tmp_path / "copies" / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup()
    window.wait_until_idle()
    assert integrity_ok(target) == (True, "ok")
    assert messages[-1][0] == "information" and str(target) in messages[-1][2]

    assert window.db.path is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(window.db.path), ""))
    window.backup()
    assert messages[-1][0] == "warning"


def test_about_names_version_and_database(window: MainWindow, messages: Messages) -> None:
    window.about()
    kind, _title, text = messages[-1]
    assert kind == "about" and __version__ in text and str(window.db.path) in text


def test_run_gui_explains_a_file_that_is_not_a_database(tmp_path: Path, messages: Messages) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("这不是数据库", encoding="utf-8")
    assert run_gui(str(junk)) == 1
    assert messages[-1][0] == "critical" and "不是 CaseDesk 数据文件" in messages[-1][2]


def test_screenshot_command_writes_a_png_of_the_requested_size(qtbot: QtBot, district: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.png"
    assert cli_main(["--db", str(district), "screenshot", "--page", "cases", "-o", str(out), "--size", "900x600"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    # Not a blank window: the table drew many distinct colours (text, grid, alternating rows).
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20


@pytest.mark.parametrize(
    "args",
    [["--page", "nonsense", "-o", "x.png"], ["--page", "cases", "-o", "x.png", "--size", "big"],
     ["--page", "cases", "-o", "x.png", "--size", "100x100"]],
)
def test_screenshot_command_refuses_bad_arguments(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main(["screenshot", *args])
    assert exc.value.code == 2
    assert capsys.readouterr().err.startswith("casedesk: error:")
