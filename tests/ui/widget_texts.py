"""Every text a user can read on a window: labels, buttons, tabs, headers, menus, tooltips, placeholders, titles.

The English build is checked by walking these and looking for Chinese characters; data the user typed or
imported (names, addresses) is not a widget text of the program and is left out by the callers' fixtures
(an empty office, or records with Latin names).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

CJK = re.compile(r"[\u3400-\u9fff]")


def _model_headers(model: QAbstractItemModel) -> Iterator[str]:
    if isinstance(model, QAbstractListModel):
        return
    for section in range(model.columnCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value


def _own_texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        if not widget.isEditable():  # an editable combo holds what the user types (employer names ...)
            yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_headers(widget.model())
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
    if isinstance(widget, QWizard):
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield widget.buttonText(button)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every non-empty text on ``root`` and its visible children (and its menu bar)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__
        for text in _own_texts(widget):
            if text:
                yield where, text
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    if text:
                        yield "menu", text


def chinese_texts(root: QWidget, allowed: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Texts on ``root`` that still contain Chinese characters (text -> where), minus ``allowed``."""
    found: dict[str, str] = {}
    for where, text in visible_texts(root):
        if CJK.search(text) and text not in allowed and not any(a in text for a in allowed):
            found.setdefault(text, where)
    return found
