"""The lazy list model: the whole length once counted, only the pages in sight held, the end read from the end."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.db.database import Database
from casedesk.services import listing
from casedesk.services.listing import Row
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.runner import Runner
from casedesk.ui.table_model import LazyTableModel


@dataclass(frozen=True)
class _Column:
    key: str
    header: str = "列"
    align: str = "left"
    sortable: bool = True


class _Source:
    """A list of ``n`` rows ordered by id, recording what was asked for."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.calls: list[tuple[bool, int, int]] = []
        self.formatted: list[int] = []  # ids of the rows formatted for display

    def fetch(self, sort_key: str, descending: bool, offset: int, limit: int) -> list[Row]:
        self.calls.append((descending, offset, limit))
        ids = range(self.n, 0, -1) if descending else range(1, self.n + 1)
        return [(i, i) for i in list(ids)[offset:offset + limit]]

    def format(self, row: Row) -> tuple[str, ...]:
        self.formatted.append(row[0])
        return (str(row[1]),)


def _model(n: int, page: int = 10, cached: int = 3) -> tuple[LazyTableModel, _Source]:
    source = _Source(n)
    model = LazyTableModel([_Column("id")], source.fetch, source.format, "id", False, page_size=page,
                           cached_pages=cached)
    model.reload()
    return model, source


def _ids(model: LazyTableModel, rows: range) -> list[int]:
    return [model.row_id(r) for r in rows]


def test_pages_on_scroll_until_counted_then_spans_the_list() -> None:
    model, source = _model(1000)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20 and _ids(model, range(20)) == list(range(1, 21))
    model.set_total(1000)
    assert model.rowCount() == 1000 and not model.canFetchMore()
    source.calls.clear()
    assert model.index(999, 0).data() == "1000" and model.row_id(990) == 991
    assert source.calls == [(True, 0, 10)]  # the last page read backwards from the end: no offset of 990
    assert model.row_id(500) == 501 and model.row_id(499) == 500


def test_memory_stays_at_the_pages_in_sight() -> None:
    model, _source = _model(100_000, page=100, cached=4)
    model.set_total(100_000)
    for row in range(0, 100_000, 997):
        assert model.row_id(row) == row + 1
    assert model.cached_rows <= 4 * 100


def test_a_short_list_is_complete_at_once_and_counts_may_change() -> None:
    model, _source = _model(7)
    assert model.rowCount() == 7 and not model.canFetchMore()
    model, source = _model(50)
    model.set_total(50)
    assert model.row_id(45) == 46
    source.n = 30  # rows deleted meanwhile, then counted again
    model.set_total(30)
    assert model.rowCount() == 30 and model.row_id(29) == 30 and model.row_id(0) == 1
    model.set_total(60)  # a count ahead of the rows (until the next reload): rows read as blank or shifted, no error
    assert model.rowCount() == 60 and len([model.index(r, 0).data() for r in range(60)]) == 60


def test_sorting_keeps_the_count() -> None:
    model, _source = _model(100)
    model.set_total(100)
    model.sort(0)
    assert model.rowCount() == 100 and model.row_id(99) == 100


def test_list_page_spans_the_whole_list_and_shows_its_last_row(qtbot: QtBot, sqlite_db: Database) -> None:
    from datetime import datetime, timedelta, timezone

    from casedesk.services import consultations as consult
    from casedesk.services.actor import SYSTEM
    from casedesk.services.consultations import ConsultationFields

    with sqlite_db.transaction() as s:
        for i in range(450):
            consult.log_consultation(s, SYSTEM, ConsultationFields(
                received_at=datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=i), caller_name=f"来电{i}",
                question="问题", status="answered"))
    runner = Runner()
    page = ListPage("consultations", "咨询", sqlite_db, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 450, timeout=5000)
    page.view.scrollToBottom()
    with sqlite_db.reading() as s:
        expected = listing.page(s, "consultations", "received_at", True, 0, 450)
    assert [page.model.row_id(r) for r in range(450)] == [r.id for r in expected]
    assert page.model.index(449, 0).data() == expected[-1].values[0]
    runner.wait_idle()


def test_a_row_is_formatted_when_first_shown_and_only_once() -> None:
    model, source = _model(100, page=50)
    assert source.formatted == []  # reading a page formats nothing
    assert model.index(3, 0).data() == "4"
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "4"
    assert source.formatted == [4]
    assert model.row_id(10) == 11 and model.index(10, 0).data(Qt.ItemDataRole.UserRole) == 11
    assert source.formatted == [4]  # opening a record needs its id, not its texts


def test_list_page_shows_numbers_masked_in_every_role(qtbot: QtBot, sqlite_db: Database) -> None:
    from tests.db.test_listing import _fill

    with sqlite_db.transaction() as s:
        _fill(s)
    runner = Runner()
    page = ListPage("workers", "职工", sqlite_db, runner)
    qtbot.addWidget(page)
    model = page.model
    cells = [model.index(r, c).data(role) for r in range(model.rowCount()) for c in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert "110105********002X" in cells and "138****1234" in cells
    assert not any("19491231" in str(cell) or "13812341234" in str(cell) for cell in cells)
    runner.wait_idle()


def test_vocabulary_cells_follow_the_language(qtbot: QtBot, sqlite_db: Database) -> None:
    from casedesk.ui import i18n
    from tests.db.test_listing import _fill

    with sqlite_db.transaction() as s:
        _fill(s)
    runner = Runner()
    try:
        i18n.install("en")
        page = ListPage("enterprises", "用人单位", sqlite_db, runner)
        qtbot.addWidget(page)
        union = page.model.column_index("has_union")
        assert {page.model.index(r, union).data() for r in range(page.model.rowCount())} == {"Yes", "No"}
        assert page.model.index(0, page.model.column_index("name")).data() == "丙公司"  # data stays as stored
    finally:
        i18n.install(i18n.DEFAULT)
        runner.wait_idle()
