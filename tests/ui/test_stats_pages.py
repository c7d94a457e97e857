"""The dashboard and the statistics page show the service's figures, and a click opens exactly the records behind one."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent
from casedesk.documents.report_data import format_value
from casedesk.services import report, stats, today
from casedesk.services.stats_periods import period_containing
from casedesk.ui.main_window import MainWindow
from casedesk.ui.pages.dashboard import DashboardPage
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.pages.stats import StatsPage
from tests.db.stats_dataset import MARCH, build, local_time  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("local_time")
MARCH_PERIOD = period_containing("month", MARCH[0])


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database) -> Iterator[MainWindow]:
    with sqlite_db.transaction() as s:
        build(s)
    win = MainWindow(sqlite_db, remember=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _march(page: DashboardPage | StatsPage, window: MainWindow) -> None:
    page.picker.set_period(MARCH_PERIOD)
    assert window.wait_until_idle()


def _figures(window: MainWindow, **filters: Any) -> dict[str, Any]:
    with window.db.reading() as s:
        return stats.compute(s, *MARCH, **filters)


def _opened(window: MainWindow, qtbot: QtBot) -> ListPage:
    page = window.stack.currentWidget()
    assert isinstance(page, ListPage)
    window.wait_until_idle()
    return page


def _count_shown(page: ListPage) -> int:
    return int(page.count_label.text().removeprefix("共 ").removesuffix(" 条").replace(",", ""))


def test_dashboard_tiles_show_the_service_figures(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    _march(dashboard, window)
    figures = _figures(window)
    kinds = {key: kind for _, rows in report.SECTIONS for key, _, kind, _ in rows}
    for key, tile in dashboard.period_tiles.items():
        assert tile.value_label.text() == format_value(kinds[key], report.value_of(figures, key)), key
    assert dashboard.period_tiles["cases.amount_involved_fen"].value_label.text() == "80,000.50"
    assert dashboard.period_tiles["rates.notice_reply"].detail_label.text() == "已回复 2 / 期限届满 3"
    with window.db.reading() as s:
        work = today.work_items(s, date.today())
    for item in work.items:
        assert dashboard.todo_tiles[item.key].value_label.text() == f"{item.count:,}"
    assert dashboard.todo_tiles["stale_cases"].caption_label.text() == "30日无进展的案件"


@pytest.mark.parametrize("key", ["consultations.total", "cases.closed", "notices.total", "rates.notice_reply"])
def test_a_click_on_a_tile_opens_a_list_with_the_same_count(qtbot: QtBot, window: MainWindow, key: str) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    _march(dashboard, window)
    qtbot.mouseClick(dashboard.period_tiles[key], Qt.MouseButton.LeftButton)
    page = _opened(window, qtbot)
    expected = {"consultations.total": 3, "cases.closed": 3, "notices.total": 3, "rates.notice_reply": 3}[key]
    assert _count_shown(page) == page.model.rowCount() == expected
    assert page.filter_bar.isVisible() and "2025年3月" in page.filter_label.text()


def test_a_click_on_a_bar_opens_the_month_or_category_behind_it(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    _march(dashboard, window)
    dashboard.trend_chart.bar_clicked.emit(0, 10)  # consultations, February 2025 (C5 at 23:59 local)
    page = _opened(window, qtbot)
    assert _count_shown(page) == 1 and page.list_name == "consultations"
    window.show_page("dashboard")
    dashboard.outcome_chart.bar_clicked.emit(0, 2)  # 未填写结果
    page = _opened(window, qtbot)
    assert page.list_name == "cases" and _count_shown(page) == 1 and "未填写结果" in page.filter_label.text()
    window.show_page("dashboard")
    series = dashboard._category_series.index("案件")
    dashboard.category_chart.bar_clicked.emit(series, dashboard._categories.index("劳动报酬"))
    page = _opened(window, qtbot)
    assert page.list_name == "cases" and _count_shown(page) == 2


def test_todo_tile_opens_its_records(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    window.wait_until_idle()
    shown = int(dashboard.todo_tiles["followups"].value_label.text())
    qtbot.mouseClick(dashboard.todo_tiles["followups"], Qt.MouseButton.LeftButton)
    page = _opened(window, qtbot)
    assert page.list_name == "consultations" and _count_shown(page) == shown == 3


def test_stats_page_shows_the_report_and_filters_it(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("stats")
    assert isinstance(page, StatsPage)
    window.wait_until_idle()
    _march(page, window)
    rows = {page.summary.topLevelItem(i).text(0).strip(): page.summary.topLevelItem(i)
            for i in range(page.summary.topLevelItemCount())}
    assert rows["受理咨询"].text(1) == "3" and rows["受理咨询"].text(2) == "1" and rows["受理咨询"].text(3) == "+200.0%"
    assert rows["挽回金额（元）"].text(1) == "34,000.25" and rows["整改回复率"].text(1) == "66.7%"
    assert page.summary.headerItem().text(2) == "上期（2025年2月）"
    assert [page.breakdowns.tabText(i) for i in range(page.breakdowns.count())] == ["咨询渠道", "咨询问题类别", "案件争议类别", "结案方式"]

    page.handler_box.setCurrentIndex(page.handler_box.findText("张三"))
    window.wait_until_idle()
    rows = {page.summary.topLevelItem(i).text(0).strip(): page.summary.topLevelItem(i)
            for i in range(page.summary.topLevelItemCount())}
    assert rows["受理咨询"].text(1) == "2" and "承办人：张三" in page.status_label.text()

    page.summary.itemActivated.emit(rows["受理咨询"], 0)
    listed = _opened(window, qtbot)
    assert listed.list_name == "consultations" and _count_shown(listed) == 2


def test_stats_page_exports_pdf_and_excel(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("stats")
    assert isinstance(page, StatsPage)
    window.wait_until_idle()
    _march(page, window)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    for kind in ("pdf", "xlsx"):
        target = tmp_path / f"三月报表.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target, **_k: (str(t), ""))
        (page.pdf_button if kind == "pdf" else page.xlsx_button).click()
        assert window.wait_until_idle()
        assert target.stat().st_size > 1000
    assert len(told) == 2
    with window.db.reading() as s:
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.entity == "report")).all()) == 2
