"""Small pieces every page shares: the heading row, and (from ``ui.sizing``) the character width for column sizing."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from casedesk.ui.sizing import em as char_width  # column width hints are given in characters

__all__ = ["char_width", "header_row", "heading"]


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def header_row(title: str, *trailing: QWidget) -> QHBoxLayout:
    """The page title on the left and the page's own controls (count, refresh, ...) on the right."""
    row = QHBoxLayout()
    row.addWidget(heading(title))
    row.addStretch(1)
    for widget in trailing:
        row.addWidget(widget)
    return row

