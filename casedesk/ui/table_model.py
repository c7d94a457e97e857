"""A lazy table model: rows are fetched a page at a time for the part of the list on screen.

The pattern of Anki's browser and Calibre's library view: the model never
holds a whole table, never sorts in Python, and asks a fetch function (which
opens a short session and calls ``services.listing``) for the rows it needs.
A reset loads the first page at once, so a list shows its rows the moment it
opens; until the list's count is known, ``canFetchMore``/``fetchMore`` bring
the next pages as the view scrolls near the end. Once the page tells the
model the count (:meth:`set_total`, counted in the background), the view
knows the whole length: the scroll bar can be dragged anywhere, and only the
pages in sight are read. A page in the second half of the list is read in
the opposite order from the end (so the last row of a million is as quick as
the first), and only the most recently used pages are kept: memory stays the
same however far the list is scrolled.

Pages hold rows as the database driver returns them; a row is formatted for
display (labels, yuan, local time, masked numbers: ``format_row``) only when
the view first asks for one of its cells, and its texts are kept with the
page. Opening a list thus formats the thirty rows in sight, not the page of
two hundred.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casedesk.services.listing import PAGE_SIZE, TRANSLATION_CONTEXT, Row
from casedesk.ui import messages
from casedesk.ui.i18n import VOCABULARY_CONTEXT, vocabulary_labels

VOCABULARY_LABELS = vocabulary_labels()

Index = QModelIndex | QPersistentModelIndex
# (sort key, descending, offset, limit) -> rows, each (id, values...) as the database returns them
FetchPage = Callable[[str, bool, int, int], Sequence[Row]]
# a row -> the texts of its cells (services.listing.format_row)
FormatRow = Callable[[Row], tuple[str, ...]]
CACHED_PAGES = 30  # pages kept in memory (6,000 rows at the default page size)


def vocabulary_texts() -> dict[str, str]:
    """The vocabulary labels (渠道, 阶段, 状态 ...) that read differently in the user's language, and how.

    Asked of the translator once per model: the language is chosen when the
    program starts. In Chinese the mapping is empty and cells need no lookup.
    """
    translated = ((label, QCoreApplication.translate(VOCABULARY_CONTEXT, label)) for label in VOCABULARY_LABELS)
    return {label: text for label, text in translated if text != label}


def shown(format_row: FormatRow, labels: dict[str, str], row: Row) -> tuple[str, ...]:
    """A row's cell texts as the view shows them: formatted, vocabulary labels in the user's language."""
    texts = format_row(row)
    return tuple([labels.get(text, text) for text in texts]) if labels else texts


@dataclass
class _Page:
    """One page's rows and, filled as they are painted, their cell texts."""

    rows: list[Row]
    texts: list[tuple[str, ...] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


class ColumnInfo(Protocol):
    """What the model needs to know about a column (``services.listing.ListColumn`` provides it)."""

    @property
    def key(self) -> str: ...

    @property
    def header(self) -> str: ...

    @property
    def align(self) -> str: ...

    @property
    def sortable(self) -> bool: ...


class LazyTableModel(QAbstractTableModel):
    """Rows of one list in the order of the current sort column, read page by page as they are shown."""

    load_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[ColumnInfo],
        fetch: FetchPage,
        format_row: FormatRow,
        sort_key: str,
        descending: bool,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
        cached_pages: int = CACHED_PAGES,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch = fetch
        self._format_row = format_row
        self._labels = vocabulary_texts()
        self._page_size = page_size
        self._cached_pages = max(2, cached_pages)
        self.sort_key = sort_key
        self.descending = descending
        self._pages: OrderedDict[int, _Page] = OrderedDict()  # page number -> its rows, least recent first
        self._rows = 0  # rows the view is told about
        self._total: int | None = None  # the list's count, once known
        self.error: str | None = None  # why the last load failed, for the page to show

    # --- loading ---------------------------------------------------------------------------------

    def _read(self, page: int) -> list[Row]:
        """One page from the database: from the start, or backwards from the end for the second half."""
        offset = page * self._page_size
        try:
            if self._total is not None and offset > self._total // 2:
                end = min(offset + self._page_size, self._total)
                rows = list(self._fetch(self.sort_key, not self.descending, self._total - end, end - offset))
                rows.reverse()
            else:
                rows = list(self._fetch(self.sort_key, self.descending, offset, self._page_size))
        except Exception as exc:  # noqa: BLE001 - a Qt virtual must not raise; the page shows the reason
            self.error = messages.text(exc)
            self.load_failed.emit(self.error)
            return []
        self.error = None
        return rows

    def _page(self, page: int) -> _Page:
        found = self._pages.get(page)
        if found is None:
            found = self._pages[page] = _Page(self._read(page))
            while len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return found

    def _row(self, row: int) -> Row | None:
        rows = self._page(row // self._page_size).rows
        offset = row % self._page_size
        return rows[offset] if offset < len(rows) else None  # None: the list shrank since it was counted

    def _texts(self, row: int) -> tuple[str, ...] | None:
        """The row's cell texts, formatted the first time one of its cells is shown."""
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        if offset >= len(page.rows):
            return None
        texts = page.texts[offset]
        if texts is None:
            texts = page.texts[offset] = shown(self._format_row, self._labels, page.rows[offset])
        return texts

    def reload(self) -> None:
        """Drop every loaded row and load the first page again (after a sort, a filter or new data)."""
        self.beginResetModel()
        self._pages.clear()
        self._total = None
        first = self._page(0).rows
        self._rows = len(first)
        if len(first) < self._page_size and self.error is None:
            self._total = len(first)  # the whole list fits on the first page
        self.endResetModel()

    def set_total(self, total: int) -> None:
        """The list's count (counted in the background): the view now spans the whole list."""
        if self._total == total:
            return
        if self._total is not None:
            self._pages.clear()  # pages read from the end were placed by the old count
        self._total = total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self._columns) - 1))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._total is None and self.error is None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        rows = self._page(self._rows // self._page_size).rows
        if len(rows) < self._page_size:
            self._total = self._rows + len(rows)
        if rows:
            self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
            self._rows += len(rows)
            self.endInsertRows()

    @property
    def cached_rows(self) -> int:
        """Rows held in memory now (a benchmark and the tests watch it stay small)."""
        return sum(len(page.rows) for page in self._pages.values())

    # --- sorting ---------------------------------------------------------------------------------

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sortable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database: unsortable columns (joined names, sums, masked numbers) are ignored."""
        if not self.is_sortable(column):
            return
        total = self._total
        self.sort_key = self._columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
        if total is not None:
            self.set_total(total)  # the same rows in another order: the count still holds

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def row_id(self, row: int) -> int:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return int(found[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip shows elided text in full
            texts = self._texts(index.row())
            return texts[index.column()] if texts is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._columns[index.column()].align == "right"
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            row = self._row(index.row())
            return int(row[0]) if row is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(TRANSLATION_CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("点击按此列排序") if column.sortable else self.tr("此列不能排序")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align == "right":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
