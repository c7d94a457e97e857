"""PySide6 6.12 on Python 3.11 releases None once per void call and True/False once per bool signal; casedesk keeps
them alive (see casedesk/__init__.py)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

import casedesk  # noqa: F401 - importing the package applies the guard


def test_a_long_session_of_void_qt_calls_does_not_free_none(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    for _ in range(50_000):  # more than None's natural count in a small process
        edit.setText("王磊")
    assert sys.getrefcount(None) > 1_000_000


class _Stepped(QObject):
    stepped = Signal(str, bool)


def test_many_bool_signals_do_not_free_true_or_false(qtbot: QtBot) -> None:
    sender = _Stepped()
    seen: list[bool] = []
    sender.stepped.connect(lambda _text, flag: seen.append(flag))
    for i in range(20_000):  # far more than True's or False's natural count
        sender.stepped.emit("正在备份…", i % 2 == 0)
    assert len(seen) == 20_000 and sys.getrefcount(True) > 1_000_000 and sys.getrefcount(False) > 1_000_000
