"""Ctrl+K from any window: one box that finds any record and opens it.

Typing pauses for a moment, then each kind (consultations, cases, notices,
employers, workers) is searched in the background by its list's own search
(``services.global_search``); the groups appear as they arrive, always in the
same order, and a newer query makes older answers void. The arrow keys walk
the hits, Enter opens one in its window (a worker opens their latest case or
call), and "在列表中查看全部" shows the kind's whole list narrowed to the text.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.services import global_search
from casedesk.services.actor import Actor
from casedesk.services.global_search import KindResult, Target
from casedesk.ui import record_windows, sizing
from casedesk.ui.runner import Runner
from casedesk.ui import messages

SHORTCUT = QKeySequence("Ctrl+K")
DELAY_MS = 250
# Group titles (translated under this context; the service's Chinese labels are the same words).
GROUP_TITLES = {
    "consultations": QT_TRANSLATE_NOOP("SearchPalette", "咨询"),
    "cases": QT_TRANSLATE_NOOP("SearchPalette", "案件"),
    "notices": QT_TRANSLATE_NOOP("SearchPalette", "一函两书"),
    "enterprises": QT_TRANSLATE_NOOP("SearchPalette", "用人单位"),
    "workers": QT_TRANSLATE_NOOP("SearchPalette", "职工"),
}
TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
HIT_ROLE = Qt.ItemDataRole.UserRole  # (kind, id) of a hit, or (kind, None) for "show all in the list"


def _title(kind: str) -> str:
    return QCoreApplication.translate("SearchPalette", GROUP_TITLES[kind])


class SearchPalette(QDialog):
    """The search window; ``opened`` says which record (kind, id) the user chose, after it was opened."""

    opened = Signal(str, int)

    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._actor = db, runner, actor
        self._generation = 0
        self._pending = 0
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._moved = False  # the user moved off the top hit; arriving groups must not move it back
        self.setWindowTitle(self.tr("搜索全部记录（Ctrl+K）"))
        self.setModal(False)
        self.edit = QLineEdit()
        self.edit.setObjectName("searchBox")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("姓名、电话或身份证号片段、案件编号、文号、单位名称或拼音首字母"))
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.edit.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(sizing.em(self))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(lambda *_: setattr(self, "_moved", True))
        self.results.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        hint = QLabel(self.tr("↑↓ 选择　Enter 打开　Esc 关闭"))
        hint.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        sizing.size_window(self, 52, 31)
        self._show_status()

    # --- showing ---------------------------------------------------------------------------------

    def popup(self) -> None:
        """Show (or raise) the box near the top of the window it belongs to, with the last text selected."""
        owner = self.parentWidget()
        if owner is not None and not self.isVisible():
            frame = owner.frameGeometry()
            self.move(frame.x() + (frame.width() - self.width()) // 2, frame.y() + frame.height() // 8)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def _show_status(self, text: str | None = None) -> None:
        typed = self.edit.text()
        if text is None:
            if not typed.strip():
                text = self.tr("输入要找的内容：可以是姓名、电话或身份证号的几位、案件编号、文号、用人单位名称或拼音首字母。")
            elif not global_search.usable(typed):
                text = self.tr("请再输入至少一个字。")
            elif self._pending:
                text = self.tr("正在搜索…")
            elif not self._groups:
                text = self.tr("没有找到与“{0}”有关的记录。").format(typed.strip())
            else:
                text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- searching -------------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search every kind for the current text in the background (answers to older text are dropped)."""
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.edit.text()
        self.results.clear()
        self._groups.clear()
        self._pending = 0
        self._moved = False
        if global_search.usable(text):
            for kind in global_search.KINDS:
                self._pending += 1
                self._runner.submit(
                    self,
                    lambda kind=kind: self._search_kind(kind, text),
                    lambda result, generation=generation: self._arrived(generation, result),
                    lambda exc, generation=generation: self._failed(generation, exc),
                )
        self._show_status()

    def _search_kind(self, kind: str, text: str) -> KindResult:
        with self._db.reading() as session:
            return global_search.search_kind(session, kind, text)

    def _arrived(self, generation: int, result: KindResult) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        if result.hits:
            self._add_group(result)
        self._show_status()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._pending -= 1
        self._show_status(self.tr("搜索出错：{0}").format(messages.text(exc)))

    def _add_group(self, result: KindResult) -> None:
        group = QTreeWidgetItem([_title(result.kind) + (self.tr("（前 {0} 条）").format(len(result.hits)) if result.more else "")])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        order = global_search.KINDS.index(result.kind)
        position = sum(1 for kind in self._groups if global_search.KINDS.index(kind) < order)
        self.results.insertTopLevelItem(position, group)
        self._groups[result.kind] = group
        for hit in result.hits:
            item = QTreeWidgetItem([hit.title, hit.detail])
            item.setData(0, HIT_ROLE, (hit.kind, hit.id))
            item.setToolTip(0, hit.title)
            item.setToolTip(1, hit.detail)
            item.setForeground(1, self.palette().placeholderText())
            group.addChild(item)
        if result.more:
            more = QTreeWidgetItem([self.tr("在列表中查看全部{0}…").format(_title(result.kind))])
            more.setData(0, HIT_ROLE, (result.kind, None))
            more.setFirstColumnSpanned(True)
            group.addChild(more)
        group.setExpanded(True)
        if not self._moved:  # Enter opens the top hit, whichever group arrived first
            self.results.setCurrentItem(self._first_hit())

    def _first_hit(self) -> QTreeWidgetItem | None:
        hits = self._hits()
        return hits[0] if hits else None

    # --- keys and opening ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.setFocus()
                if self.results.currentItem() is None or self.results.currentItem().data(0, HIT_ROLE) is None:
                    self.results.setCurrentItem(self._first_hit())
                return True
            if watched is self.edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed faster than the pause: search now, open on the next Enter
                    self.search_now()
                    return True
                item = self.results.currentItem() or self._first_hit()
                if item is not None:
                    self._activate(item)
                return True
            if watched is self.results and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _hits(self) -> list[QTreeWidgetItem]:
        """Every selectable row (hits and "show all" rows) in display order; group titles are skipped."""
        return [group.child(j) for i in range(self.results.topLevelItemCount())
                for group in (self.results.topLevelItem(i),) for j in range(group.childCount())]

    def _step(self, direction: int) -> None:
        """Arrow keys walk the hits across groups; Up from the first goes back to the text."""
        hits = self._hits()
        current = self.results.currentItem()
        position = hits.index(current) if current in hits else -1
        target = position + direction
        self._moved = True
        if target < 0:
            self.edit.setFocus()
        elif target < len(hits):
            self.results.setCurrentItem(hits[target])

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, HIT_ROLE)
        if data is None:
            return
        kind, record_id = data
        if record_id is None:
            text = self.edit.text().strip()
            record_windows.events().list_requested.emit(kind, {"search": text}, self.tr("搜索“{0}”").format(text))
            self.hide()
            return
        self.open_record(kind, record_id)

    def open_record(self, kind: str, record_id: int) -> None:
        """Open a found record in its window (a worker: their latest case or consultation) and close the box."""
        if kind == "workers":
            def target() -> Target:
                with self._db.reading() as session:
                    return global_search.worker_target(session, record_id)

            self._runner.submit(self, target, lambda t: self._open_target(t, record_id))
            return
        self._open_target(Target(kind, record_id), record_id)

    def _open_target(self, target: Target, chosen_id: int) -> None:
        owner = self.parentWidget()
        if target.kind == "cases":
            record_windows.open_case(self._db, self._runner, self._actor, target.id, owner)
        elif target.kind == "notices":
            record_windows.open_notice(self._db, self._runner, self._actor, target.id, owner)
        elif target.kind == "enterprises":
            record_windows.open_enterprise(self._db, self._runner, self._actor, target.id, owner)
        elif target.kind == "consultations":
            record_windows.events().consultation_requested.emit(target.id)
        else:  # a worker nothing refers to yet: the workers list, narrowed to the name typed
            text = self.edit.text().strip()
            record_windows.events().list_requested.emit("workers", {"search": text}, self.tr("搜索“{0}”").format(text))
        self.hide()
        self.opened.emit(target.kind, target.id)


class ShortcutPriority(QObject):
    """Ctrl+K reaches the search even from a text field.

    On X11 desktops (Kylin, UOS, any Linux) a line edit binds Ctrl+K to "delete to
    the end of the line" and claims the key before shortcuts see it. This filter
    sits on whichever text field has the focus (not on the whole application,
    where it would see every event) and keeps that claim from being made for Ctrl+K.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS):
            new.installEventFilter(self)  # once per field: installing again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return QKeySequence(event.keyCombination()) == SHORTCUT
        return False


def modal_dialog_open() -> bool:
    """A modal dialog owns the keyboard: the box would open behind it, unusable, so Ctrl+K waits."""
    return QApplication.activeModalWidget() is not None
