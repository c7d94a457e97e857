"""Help > 快捷键: every keyboard shortcut of the program in one table, so a clerk can learn them without a manual.

The list is kept here by hand (shortcuts live in many windows); tests/ui/test_finish.py checks that every
shortcut the main window actually binds is in it.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
from casedesk.ui import sizing

CONTEXT = "Shortcuts"
PAGE_KEYS_NOTE = "Ctrl+1 … Ctrl+9"

# (key sequence in portable text, where it works, what it does)
SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "任何页面"), QT_TRANSLATE_NOOP("Shortcuts", "新建咨询（登记来电）")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "任何窗口"), QT_TRANSLATE_NOOP("Shortcuts", "搜索全部记录：姓名、电话、身份证号、编号、单位")),
    (PAGE_KEYS_NOTE, QT_TRANSLATE_NOOP("Shortcuts", "主窗口"),
     QT_TRANSLATE_NOOP("Shortcuts", "切换到侧栏的第 1–9 页（工作台、咨询、案件、期限提醒、一函两书、用人单位、职工、统计、设置）")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), QT_TRANSLATE_NOOP("Shortcuts", "显示本快捷键列表")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "主窗口"), QT_TRANSLATE_NOOP("Shortcuts", "退出程序")),
    ("Alt+F / Alt+C / Alt+T / Alt+A / Alt+H", QT_TRANSLATE_NOOP("Shortcuts", "主窗口"),
     QT_TRANSLATE_NOOP("Shortcuts", "打开 文件 / 案件 / 工具 / 管理 / 帮助 菜单")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "咨询登记、案件窗口、文书窗口"), QT_TRANSLATE_NOOP("Shortcuts", "保存")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "咨询登记"), QT_TRANSLATE_NOOP("Shortcuts", "保存")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "咨询登记、案件窗口、对话框"),
     QT_TRANSLATE_NOOP("Shortcuts", "关闭（有未保存的修改时先询问）")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "案件窗口"), QT_TRANSLATE_NOOP("Shortcuts", "关闭窗口")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "文书窗口"), QT_TRANSLATE_NOOP("Shortcuts", "预览、打印或另存PDF")),
    ("↑ / ↓, Enter", QT_TRANSLATE_NOOP("Shortcuts", "搜索窗口"), QT_TRANSLATE_NOOP("Shortcuts", "选择结果，打开所选记录")),
    (QT_TRANSLATE_NOOP("Shortcuts", "双击"), QT_TRANSLATE_NOOP("Shortcuts", "各列表、统计表、工作台"),
     QT_TRANSLATE_NOOP("Shortcuts", "打开所选记录，或列出计入数字的记录")),
)


def listed_sequences() -> set[str]:
    """The key sequences in the table, one by one (``Ctrl+1 … Ctrl+9`` stands for the nine page keys)."""
    out: set[str] = set()
    for keys, _where, _what in SHORTCUTS:
        if keys == PAGE_KEYS_NOTE:
            out |= {f"Ctrl+{n}" for n in range(1, 10)}
        else:
            out |= {k.strip() for k in keys.replace(",", "/").split("/")}
    return out


def native(keys: str) -> str:
    """A portable key text as this platform writes it (Ctrl on Windows/Linux, ⌘ on macOS)."""
    if keys == PAGE_KEYS_NOTE or "/" in keys or "↑" in keys:
        return keys
    sequence = QKeySequence(keys, QKeySequence.SequenceFormat.PortableText)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText) or keys


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("快捷键"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("在哪里"), self.tr("作用")])
        for row, (keys, where, what) in enumerate(SHORTCUTS):
            shown = QCoreApplication.translate(CONTEXT, keys) if keys == "双击" else native(keys)
            for column, text in enumerate((shown, QCoreApplication.translate(CONTEXT, where),
                                           QCoreApplication.translate(CONTEXT, what))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        sizing.size_window(self, 62, 26)
