"""Small widgets the case windows share: typed date and money fields, vocabulary combos, read-only tables.

Dates and amounts are typed the way offices write them (2025-03-01, 2025年3月1日,
1,234.50, 1.2万) and read through the same domain parsers as the ledger
import, so a value accepted in one place is accepted everywhere. A field that
cannot be read raises ``FieldInputError`` naming the field; the window shows
the message, puts the cursor there, and keeps everything typed.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from casedesk.db.database import RecordChanged
from casedesk.domain.enums import LabeledEnum
from casedesk.domain.money import format_yuan, parse_yuan
from casedesk.domain.parsing import parse_date
from casedesk.domain.validators import ValidationError
from casedesk.ui.stale_dialog import show_record_changed
from casedesk.ui import messages

VOCABULARY_CONTEXT = "Vocabulary"
PASSED = QColor(176, 0, 32)
SOON = QColor(184, 92, 0)


def label(member: LabeledEnum | None) -> str:
    """A vocabulary label as shown (translatable under the 'Vocabulary' context)."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, member.label) if member is not None else ""


def label_of(enum_cls: type[LabeledEnum], code: str | None) -> str:
    """The label of a stored code; an unknown code (a newer release's vocabulary) shows as itself."""
    if not code:
        return ""
    try:
        return label(enum_cls(code))
    except ValueError:
        return code


class FieldInputError(ValidationError):
    """A field's text cannot be read; ``widget`` is where the cursor goes."""

    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class DateField(QLineEdit):
    """An optional date typed as text; empty means unknown."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.setPlaceholderText(QCoreApplication.translate("DateField", "年-月-日"))
        self.setMaximumWidth(9 * self.fontMetrics().horizontalAdvance("0") + 40)
        self.setToolTip(QCoreApplication.translate("DateField", "如 2025-03-01、2025/3/1、2025年3月1日；留空表示未知"))

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError as exc:
            raise FieldInputError(messages.about_field(self.field_name, exc), self) from None

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")


class MoneyField(QLineEdit):
    """An amount in yuan typed as offices do; read as fen."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_name = field_name
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setToolTip(QCoreApplication.translate("MoneyField", "单位：元。可填 1,234.50、1234.5元、¥1234、1.2万"))

    def fen(self) -> int:
        try:
            return parse_yuan(self.text())
        except ValueError as exc:
            raise FieldInputError(messages.about_field(self.field_name, exc), self) from None

    def set_fen(self, fen: int) -> None:
        self.setText(format_yuan(fen) if fen else "")


def enum_combo(enum_cls: type[LabeledEnum], members: Iterable[LabeledEnum] | None = None, blank: str | None = None) -> QComboBox:
    """A combo of vocabulary labels whose item data are the codes; ``blank`` adds a first "none" item."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for member in members if members is not None else enum_cls:
        combo.addItem(label(member), member.value)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item carrying ``value`` (the first item when none does)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


class CheckGrid(QWidget):
    """Several choices from a vocabulary as checkboxes in a grid (a case's dispute categories)."""

    def __init__(self, enum_cls: type[LabeledEnum], columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, member in enumerate(enum_cls):
            box = QCheckBox(label(member))
            self.boxes[member.value] = box
            grid.addWidget(box, i // columns, i % columns)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in chosen)


def read_only_table(headers: Sequence[str], stretch_column: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, header.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[Any, Sequence[Any]]], right_aligned: Iterable[int] = (),
               *, start: int = 0, fit: bool = True) -> None:
    """Replace the rows from row ``start`` on; each row is (record id kept in the first cell's UserRole, cell
    values). A long list filled a slice at a time passes ``start`` and fits its columns once, at the end."""
    right = set(right_aligned)
    table.setRowCount(start + len(rows))
    for r, (record_id, cells) in enumerate(rows, start):
        for c, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    if fit:
        fit_columns(table)


def fit_columns(table: QTableWidget) -> None:
    """Size columns to their contents; a stretching column keeps taking the rest of the width."""
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        if header.sectionResizeMode(c) != header.ResizeMode.Stretch:
            table.resizeColumnToContents(c)


def selected_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def days_left_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate("Deadlines", "已过 {0} 天").format(-days)
    if days == 0:
        return QCoreApplication.translate("Deadlines", "今天到期")
    return QCoreApplication.translate("Deadlines", "剩余 {0} 天").format(days)


def color_days(item: QTableWidgetItem, days: int, warning_days: int) -> None:
    """Passed deadlines in red and bold, those within the warning period in amber."""
    if days < 0 or days <= warning_days:
        item.setForeground(PASSED if days < 0 else SOON)
        font = item.font()
        font.setBold(True)
        item.setFont(font)


def refuse(parent: QWidget, exc: Exception, title: str | None = None) -> None:
    """Show why an action was refused and put the cursor on the field it names, if any.

    A save refused because someone else saved first shows what they changed
    (ui.stale_dialog); when the clerk asks for the latest version, a window
    with a ``reload()`` loads it.
    """
    if isinstance(exc, RecordChanged):
        if show_record_changed(parent, exc) and callable(getattr(parent, "reload", None)):
            parent.reload()
        return
    QMessageBox.warning(parent, title or QCoreApplication.translate("CaseWindow", "未保存"), messages.text(exc))
    widget = getattr(exc, "widget", None)
    if isinstance(widget, QWidget):
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
