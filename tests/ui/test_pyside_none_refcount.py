"""PySide6 6.12 on Python 3.11 releases None once per void call; casedesk keeps None alive (see casedesk/__init__.py)."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

import casedesk  # noqa: F401 - importing the package applies the guard


def test_a_long_session_of_void_qt_calls_does_not_free_none(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    for _ in range(50_000):  # more than None's natural count in a small process
        edit.setText("王磊")
    assert sys.getrefcount(None) > 1_000_000
