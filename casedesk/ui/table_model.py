"""A lazy table model: rows arrive a page at a time as the view scrolls; sorting re-queries the database.

The pattern of Anki's browser and Calibre's library view: the model never
holds a whole table, never sorts in Python, and asks a fetch function (which
opens a short session and calls ``services.listing``) for the rows it needs.
A reset loads the first page at once, so a list shows its rows the moment it
opens; ``canFetchMore``/``fetchMore`` bring the next pages when the view
scrolls near the end.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from casedesk.services.listing import PAGE_SIZE, TRANSLATION_CONTEXT, RowData

Index = QModelIndex | QPersistentModelIndex
# (sort key, descending, offset, limit) -> rows
FetchPage = Callable[[str, bool, int, int], list[RowData]]


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
    """Rows of one list, loaded page by page in the order of the current sort column."""

    load_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[ColumnInfo],
        fetch: FetchPage,
        sort_key: str,
        descending: bool,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._fetch = fetch
        self._page_size = page_size
        self.sort_key = sort_key
        self.descending = descending
        self._rows: list[RowData] = []
        self._exhausted = True
        self.error: str | None = None  # why the last load failed, for the page to show

    # --- loading ---------------------------------------------------------------------------------

    def _load(self, offset: int) -> list[RowData]:
        try:
            rows = self._fetch(self.sort_key, self.descending, offset, self._page_size)
        except Exception as exc:  # noqa: BLE001 - a Qt virtual must not raise; the page shows the reason
            self._exhausted = True
            self.error = str(exc)
            self.load_failed.emit(self.error)
            return []
        self.error = None
        self._exhausted = len(rows) < self._page_size
        return rows

    def reload(self) -> None:
        """Drop every loaded row and load the first page again (after a sort, a filter or new data)."""
        self.beginResetModel()
        self._rows = self._load(0)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        rows = self._load(len(self._rows))
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # --- sorting ---------------------------------------------------------------------------------

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sortable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database: unsortable columns (joined names, sums, masked numbers) are ignored."""
        if not self.is_sortable(column):
            return
        self.sort_key = self._columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tooltip shows elided text in full
            return self._rows[index.row()].values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._columns[index.column()].align == "right"
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
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
