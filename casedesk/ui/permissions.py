"""Read-only accounts: every edit control of every window disabled, in one place.

The services refuse a viewer whatever the screen shows (``require_write``);
this guard makes the screen say so before anyone clicks. It watches the
application for windows being shown and, in each:

- disables the buttons, menus and actions that write (marked with
  :func:`mark_writing`, or recognised by their verb: 保存, 新建, 删除,
  导入, 签发, ...), and keeps them disabled when a form re-enables them;
- makes the inputs of editing forms read-only: a window or page with a save
  button is a form; list filters, search boxes and period pickers, which
  only read, stay usable.

Printing, exporting totals, opening and closing stay available.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

WRITES = "casedeskWrites"  # dynamic property: True / False overrides the verb list
_LOCKED = "casedeskReadOnlyLocked"
# Words that start or name a writing action, in the Chinese source and the English translation.
WRITE_WORDS = (
    "保存", "新建", "新增", "添加", "增加", "删除", "移除", "导入", "签发", "送达", "登记", "记录回访", "转立案", "转办",
    "起草", "结案", "办结", "重新办理", "推进", "升级", "合并", "撤销", "标记", "不是重复", "恢复", "清理", "修改", "编辑",
    "上传", "发函", "专项提示函", "回访规则", "选择条文", "印章", "填入示例", "显示完整", "重设密码", "停用", "启用",
    "解锁", "设为", "放弃修改", "备份",
    "Save", "New", "Add", "Delete", "Remove", "Import", "Issue", "Deliver", "Record", "Register", "Convert", "Draft",
    "Close case", "Reopen", "Advance", "Escalate", "Merge", "Undo", "Mark", "Not a duplicate", "Restore", "Purge",
    "Edit", "Attach", "Reveal", "Show full", "Reset password", "Disable", "Enable", "Unlock",
)
SAVE_WORDS = ("保存", "Save")
_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def mark_writing(*objects: QObject, writes: bool = True) -> None:
    """Declare what a control does when its text does not say it (or says it misleadingly)."""
    for obj in objects:
        obj.setProperty(WRITES, writes)


def _text(obj: QObject) -> str:
    if isinstance(obj, QMenu):
        text = obj.title()
    elif isinstance(obj, (QAbstractButton, QAction)):
        text = obj.text()
    else:
        return ""
    return text.replace("&", "")


def writes(obj: QObject) -> bool:
    flag = obj.property(WRITES)
    if flag is not None:
        return bool(flag)
    text = _text(obj)
    return bool(text) and any(word in text for word in WRITE_WORDS)


def _is_form(container: QWidget) -> bool:
    return any(any(w in b.text() for w in SAVE_WORDS) for b in container.findChildren(QAbstractButton))


class ReadOnlyGuard(QObject):
    """Installed on the application for a viewer's session; lives as long as its parent (the main window)."""

    def __init__(self, main_window: QWidget) -> None:
        super().__init__(main_window)
        self._main = main_window
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            self.apply(obj)
        elif kind == QEvent.Type.EnabledChange and obj.property(_LOCKED) and isinstance(obj, QWidget) and obj.isEnabled():
            QTimer.singleShot(0, lambda w=obj: w.setEnabled(False) if w.property(_LOCKED) else None)
        elif kind == QEvent.Type.ActionChanged and isinstance(obj, QWidget):
            for action in obj.actions():
                if action.property(_LOCKED) and action.isEnabled():
                    action.setEnabled(False)
        return False

    def apply(self, window: QWidget) -> None:
        """Disable what writes in ``window``; forms (anything but the main window) become read-only."""
        for obj in [*window.findChildren(QAbstractButton), *window.findChildren(QMenu), *window.findChildren(QAction)]:
            if writes(obj):
                self._lock(obj)
        for menu in window.findChildren(QMenu):
            if writes(menu):
                self._lock(menu.menuAction())
        containers = self._main_pages() if window is self._main else [window]
        for container in containers:
            if _is_form(container):
                self._read_only_inputs(container)

    def _main_pages(self) -> list[QWidget]:
        stack = getattr(self._main, "stack", None)
        return [stack.widget(i) for i in range(stack.count())] if stack is not None else []

    def release(self) -> None:
        """The session is no longer read-only (another account signed in): unlock and stop watching."""
        QApplication.instance().removeEventFilter(self)
        for obj in [*self._main.findChildren(QObject)]:
            if obj.property(_LOCKED):
                obj.setProperty(_LOCKED, None)
                obj.setEnabled(True)  # type: ignore[attr-defined]
        self.deleteLater()

    @staticmethod
    def _lock(obj: QObject) -> None:
        obj.setProperty(_LOCKED, True)
        obj.setEnabled(False)  # type: ignore[attr-defined]

    @staticmethod
    def _read_only_inputs(container: QWidget) -> None:
        for widget in container.findChildren(QWidget):
            if widget.property(WRITES) is False or not isinstance(widget, _INPUTS):
                continue
            if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
                widget.setReadOnly(True)
            elif isinstance(widget, QAbstractSpinBox):
                widget.setReadOnly(True)
            else:
                ReadOnlyGuard._lock(widget)
