"""The one dialog every form shows when its save is refused because someone else saved the record first.

Never a silent overwrite: the clerk sees who changed which field, from what
to what, and chooses between loading the other person's version (their own
edits are then typed in again) and keeping their own text on screen to copy
from. The form decides what "reload" means; this module only asks.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import RecordChanged
from casedesk.domain.timeutil import format_local
from casedesk.ui.audit_labels import action_label, field_label, field_value
from casedesk.ui import messages, sizing

CONTEXT = "StaleDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RecordChangedDialog(QDialog):
    """Shows a :class:`RecordChanged`; ``exec()`` returns Accepted when the clerk chose to reload."""

    def __init__(self, exc: RecordChanged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("未保存：记录已被他人修改"))
        layout = QVBoxLayout(self)
        message = QLabel(messages.text(exc))
        message.setWordWrap(True)
        layout.addWidget(message)
        rows = [(entry, field, before, after) for entry in exc.changes for field, before, after in entry.field_changes()]
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([_tr("时间"), _tr("修改人"), _tr("操作"), _tr("字段"), _tr("原值 → 新值")])
        for r, (entry, field, before, after) in enumerate(rows):
            cells = (format_local(entry.at), entry.actor, action_label(entry.action), field_label(field),
                     f"{field_value(field, before)} → {field_value(field, after)}")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        if rows:
            layout.addWidget(QLabel(_tr("对方所做的修改：")))
            layout.addWidget(self.table)
        else:
            self.table.hide()
        hint = QLabel(_tr("您填写的内容没有保存，仍在窗口中。选择“载入最新内容”会显示对方保存的版本，"
                          "您可以再把自己的修改填上后保存；选择“保留我的输入”可先复制您的内容。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.reload_button = buttons.addButton(_tr("载入最新内容"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(_tr("保留我的输入"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        sizing.size_window(self, 63, 26 if rows else None)


def show_record_changed(parent: QWidget, exc: RecordChanged) -> bool:
    """Show the refusal and what changed; True when the clerk wants the other person's version loaded."""
    return RecordChangedDialog(exc, parent).exec() == QDialog.DialogCode.Accepted
