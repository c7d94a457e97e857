"""Dialog sizes follow the font (issue 9 item 6, "high-DPI correct"): nothing is cut with a large system font."""
from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casedesk.db.database import Database
from casedesk.services.actor import SYSTEM
from casedesk.services.cases import StaffChoice
from casedesk.ui import sizing
from casedesk.ui.account_dialogs import AccountsDialog, AddAccountDialog
from casedesk.ui.case_dialogs import ClaimDialog, NewCaseDialog
from casedesk.ui.notice_batch_dialog import BatchDialog
from casedesk.ui.runner import Runner
from casedesk.ui.safety_dialogs import RestoreDialog
from casedesk.ui.shortcuts_dialog import ShortcutsDialog


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font at twice its size, as a clerk's large system font would make it."""
    before = qapp.font()
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(big)
    yield big
    qapp.setFont(before)


def _dialogs(db: Database, runner: Runner) -> dict[str, Callable[[], QWidget]]:
    return {
        "新建案件": lambda: NewCaseDialog(lambda _d: None, [StaffChoice(1, "王静")], 1),
        "请求事项": lambda: ClaimDialog(lambda _d: None),
        "账号": lambda: AccountsDialog(db, SYSTEM),
        "新建账号": lambda: AddAccountDialog(db, SYSTEM),
        "专项提示函": lambda: BatchDialog(db, runner, SYSTEM),
        "恢复备份": lambda: RestoreDialog(db.path),
        "快捷键": lambda: ShortcutsDialog(),
    }


def test_dialogs_are_never_smaller_than_their_contents_with_a_large_font(
        qtbot: QtBot, sqlite_db: Database, large_font: QFont) -> None:
    runner = Runner()
    sizes = {}
    for name, make in _dialogs(sqlite_db, runner).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        room = sizing.screen_room(dialog)
        hint = dialog.sizeHint()
        assert dialog.width() >= min(hint.width(), room.width()), name
        assert dialog.height() >= min(hint.height(), room.height()), name
        least = dialog.minimumSizeHint()  # what the layout cannot do without, even on a small screen
        assert dialog.width() <= max(room.width(), least.width()), name
        assert dialog.height() <= max(room.height(), least.height()), name
        sizes[name] = dialog.size()
        dialog.close()
    runner.wait_idle()
    runner.shutdown()
    # At twice the font the text-sized dialogs grew with it (the screen permitting) rather than staying put.
    assert sizes["请求事项"].width() >= 35 * 2 * 12 or sizes["请求事项"].width() == sizing.screen_room(
        QWidget()).width()


def test_sizes_are_counted_in_the_widgets_font(qtbot: QtBot, large_font: QFont) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    small = QWidget()
    small.setFont(QFont(large_font.family(), max(1, round(large_font.pointSizeF() / 2))))
    qtbot.addWidget(small)
    assert sizing.text_width(widget, 10) >= 2 * sizing.text_width(small, 10) - 10
    assert sizing.text_height(widget, 5) > sizing.text_height(small, 5)
    assert sizing.em(widget) == widget.fontMetrics().horizontalAdvance("中")
