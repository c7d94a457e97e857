"""查找重复: employers and workers typed twice, compared side by side, merged, and merges undone.

The finder runs in the background with a progress dialog that can be
cancelled (100,000 employers take a few seconds). Choosing a pair shows both
records with what points at each; the clerk picks the one to keep (the one
with more records is suggested), merges, and can undo any merge later from
the 合并记录 tab, which reads the merges from the audit trail.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.messages import Joined
from casedesk.services import duplicates
from casedesk.services.actor import Actor
from casedesk.services.duplicates import Candidate, Comparison, FindResult, MergeEntry, MergeResult, UndoResult
from casedesk.ui import messages, record_windows, sizing
from casedesk.ui.case_widgets import fill_table, read_only_table, refuse, selected_id
from casedesk.ui.pages.common import header_row
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner

# The main window's lists that get a 查找重复 button, and the kind each one finds.
LIST_KINDS = {"enterprises": duplicates.ENTERPRISE, "workers": duplicates.WORKER}
KIND_TITLES = {
    duplicates.ENTERPRISE: QT_TRANSLATE_NOOP("DuplicatesPage", "用人单位"),
    duplicates.WORKER: QT_TRANSLATE_NOOP("DuplicatesPage", "职工"),
}


# Words the service puts in a comparison (field and link labels), marked here for translation.
SERVICE_WORDS = (
    QT_TRANSLATE_NOOP("DuplicatesPage", "名称"), QT_TRANSLATE_NOOP("DuplicatesPage", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "地址"), QT_TRANSLATE_NOOP("DuplicatesPage", "街道"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "行业"), QT_TRANSLATE_NOOP("DuplicatesPage", "有无工会"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "职工人数"), QT_TRANSLATE_NOOP("DuplicatesPage", "姓名"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "身份证号"), QT_TRANSLATE_NOOP("DuplicatesPage", "电话"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "用人单位"), QT_TRANSLATE_NOOP("DuplicatesPage", "用工形式"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "咨询"), QT_TRANSLATE_NOOP("DuplicatesPage", "案件"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "一函两书"), QT_TRANSLATE_NOOP("DuplicatesPage", "职工"),
    QT_TRANSLATE_NOOP("DuplicatesPage", "案件当事人"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicatesPage", text)


class ComparePanel(QGroupBox):
    """Two records side by side: their fields, what points at each, and which one to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("比较"))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.keep_first = QRadioButton(self.tr("保留这一条"))
        self.keep_second = QRadioButton(self.tr("保留这一条"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_first)
        self.choice.addButton(self.keep_second)
        self.empty = QLabel(self.tr("在左侧选择一对记录，这里并排显示两条记录的内容和关联的咨询、案件、一函两书。"))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.comparison: Comparison | None = None

    def clear(self) -> None:
        self.comparison = None
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget not in (self.keep_first, self.keep_second):
                widget.deleteLater()
        self.keep_first.hide()
        self.keep_second.hide()
        self.empty.show()

    def show_comparison(self, comparison: Comparison) -> None:
        self.clear()
        self.comparison = comparison
        self.empty.hide()
        first, second = comparison.first, comparison.second
        bold = QLabel(self.tr("记录 #{0}").format(first.id))
        other = QLabel(self.tr("记录 #{0}").format(second.id))
        for w in (bold, other):
            font = w.font()
            font.setBold(True)
            w.setFont(font)
        self.grid.addWidget(bold, 0, 1)
        self.grid.addWidget(other, 0, 2)
        row = 1
        for (label, left), (_, right) in zip(first.fields, second.fields, strict=True):
            self._row(row, _tr(label), left, right)
            row += 1
        for (label, left), (_, right) in zip(first.links, second.links, strict=True):
            self._row(row, self.tr("关联{0}").format(_tr(label)), str(left), str(right))
            row += 1
        created = [s.created_at.astimezone().strftime("%Y-%m-%d") if s.created_at else "" for s in (first, second)]
        self._row(row, self.tr("建档日期"), *created)
        self.grid.addWidget(self.keep_first, row + 1, 1)
        self.grid.addWidget(self.keep_second, row + 1, 2)
        self.keep_first.show()
        self.keep_second.show()
        (self.keep_first if comparison.suggested_survivor == first.id else self.keep_second).setChecked(True)

    def _row(self, row: int, label: str, left: str, right: str) -> None:
        self.grid.addWidget(QLabel(label), row, 0)
        for column, text in ((1, left), (2, right)):
            cell = QLabel(text)
            cell.setWordWrap(True)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if left != right:
                cell.setStyleSheet("color: #b85c00;")
            self.grid.addWidget(cell, row, column)

    def survivor_and_merged(self) -> tuple[int, int] | None:
        if self.comparison is None:
            return None
        a, b = self.comparison.first.id, self.comparison.second.id
        return (a, b) if self.keep_first.isChecked() else (b, a)


class DuplicatesPage(QWidget):
    """The finder, the comparison and the merge history; ``merged`` tells the lists to reload."""

    merged = Signal()

    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._actor = db, runner, actor
        self._candidates: list[Candidate] = []
        self._searched = False
        self.kind = QComboBox()
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(_tr(title), kind)
        self.kind.currentIndexChanged.connect(lambda i: self.find() if i >= 0 else None)  # -1: the combo is going away
        find = QPushButton(self.tr("重新查找"))
        find.clicked.connect(self.find)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.table = read_only_table([self.tr("可能性"), self.tr("记录一"), self.tr("记录二"), self.tr("理由")], stretch_column=3)
        self.table.itemSelectionChanged.connect(self._compare_selected)
        self.compare = ComparePanel()
        self.merge_button = QPushButton(self.tr("合并"))
        self.merge_button.setToolTip(self.tr("把另一条记录的咨询、案件、一函两书等全部转到保留的记录上，并删除另一条（可撤销）"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(self.tr("不是重复"))
        self.dismiss_button.setToolTip(self.tr("这两条是不同的单位或人；以后不再提示这一对"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.open_buttons = QHBoxLayout()
        actions = QHBoxLayout()
        actions.addLayout(self.open_buttons)
        actions.addStretch(1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        finder = QWidget()
        finder_layout = QVBoxLayout(finder)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("查找")))
        top.addWidget(self.kind)
        top.addWidget(find)
        top.addWidget(self.summary, 1)
        finder_layout.addLayout(top)
        finder_layout.addWidget(splitter, 1)

        self.history = read_only_table([self.tr("时间"), self.tr("操作人"), self.tr("类型"), self.tr("保留的记录"),
                                        self.tr("并入的记录"), self.tr("转移条数"), self.tr("状态")], stretch_column=4)
        self.history.itemSelectionChanged.connect(self._update_buttons)
        self.undo_button = QPushButton(self.tr("撤销所选合并"))
        self.undo_button.setToolTip(self.tr("恢复被并入的记录，并把当时转移的记录原样转回"))
        self.undo_button.clicked.connect(self.undo_selected)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(QLabel(self.tr("每次合并都记入审计日志，记录了被并入记录的全部内容和转移的每一条记录，可以撤销。")))
        history_layout.addWidget(self.history, 1)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        history_layout.addLayout(undo_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(finder, self.tr("可能重复的记录"))
        self.tabs.addTab(history_page, self.tr("合并记录"))
        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("查找重复的用人单位和职工")))
        layout.addWidget(self.tabs, 1)
        self._history: list[MergeEntry] = []
        self._update_buttons()
        self.load_history()

    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def show_kind(self, kind: str) -> None:
        """Look for duplicates of ``kind`` (the window opened from a list, or the menu); a kind already shown stays."""
        index = self.kind.findData(kind)
        if index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)  # finds, through the combo's signal
        elif not self._candidates and not self._searched:
            self.find()

    # --- finding ---------------------------------------------------------------------------------

    def find(self) -> None:
        """Look for pairs in the background, behind a progress dialog with 取消."""
        kind = self.current_kind
        self.table.setRowCount(0)
        self.compare.clear()
        self._update_buttons()
        self.summary.setText(self.tr("正在查找…"))
        task = BackgroundTask(self, self._runner, self.tr("查找重复"), self.tr("正在比对{0}…").format(_tr(KIND_TITLES[kind])))

        def work(report) -> FindResult:  # type: ignore[no-untyped-def]
            with self._db.reading() as session:
                return duplicates.find(session, kind, report)

        task.start(work, lambda result: self._show_found(kind, result), self._find_failed)

    def _find_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("已取消查找。") if isinstance(exc, Cancelled) else self.tr("查找出错：{0}").format(messages.text(exc)))

    def _show_found(self, kind: str, result: FindResult) -> None:
        if kind != self.current_kind:
            return
        self._searched = True
        self._candidates = result.candidates
        self._fill_candidates()
        if not result.candidates:
            text = self.tr("检查了 {0} 条{1}记录，没有发现可能重复的记录。").format(f"{result.records:,}", _tr(KIND_TITLES[kind]))
        else:
            text = self.tr("检查了 {0} 条记录，发现 {1} 对可能重复（按可能性从高到低）。选择一对进行比较。").format(
                f"{result.records:,}", len(result.candidates))
        if result.truncated:
            text += self.tr(" 只列出可能性最高的 {0} 对；合并后再查找可看到其余的。").format(len(result.candidates))
        if result.skipped_groups:
            text += self.tr(" 有 {0} 组记录共用同一号码或名称（如单位总机），数量过多，未逐对比较。").format(result.skipped_groups)
        self.summary.setText(text)
        if result.candidates:
            self.table.selectRow(0)

    def _fill_candidates(self) -> None:
        fill_table(self.table, [(i, (c.score, c.first_name, c.second_name, messages.text(Joined(c.reasons))))
                                for i, c in enumerate(self._candidates)], right_aligned=(0,))
        for row, candidate in enumerate(self._candidates):
            self.table.item(row, 3).setToolTip("\n".join(map(messages.text, candidate.reasons)))

    def _selected_candidate(self) -> Candidate | None:
        index = selected_id(self.table)
        return self._candidates[index] if index is not None and index < len(self._candidates) else None

    def _compare_selected(self) -> None:
        candidate = self._selected_candidate()
        self._update_buttons()
        if candidate is None:
            self.compare.clear()
            return

        def load() -> Comparison:
            with self._db.reading() as session:
                return duplicates.compare(session, candidate.kind, candidate.first_id, candidate.second_id)

        def show(comparison: Comparison) -> None:
            if self._selected_candidate() is candidate:
                self.compare.show_comparison(comparison)
                self._show_open_buttons(comparison)
                self._update_buttons()

        self._runner.submit(self, load, show, lambda exc: self.compare.empty.setText(messages.text(exc)))

    def _show_open_buttons(self, comparison: Comparison) -> None:
        while self.open_buttons.count():
            widget = self.open_buttons.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if comparison.kind != duplicates.ENTERPRISE:
            return
        for side in (comparison.first, comparison.second):
            button = QPushButton(self.tr("打开 #{0}").format(side.id))
            button.setToolTip(self.tr("在单位窗口中查看“{0}”的案件、咨询和一函两书").format(side.name))
            button.clicked.connect(lambda _=False, i=side.id: record_windows.open_enterprise(
                self._db, self._runner, self._actor, i, self.window()))
            self.open_buttons.addWidget(button)

    def _update_buttons(self) -> None:
        can_write = self._actor.can_write
        ready = self.compare.comparison is not None
        self.merge_button.setEnabled(can_write and ready)
        self.dismiss_button.setEnabled(can_write and self._selected_candidate() is not None)
        entry = self._selected_history()
        self.undo_button.setEnabled(can_write and entry is not None and not entry.undone)

    # --- merging ---------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        comparison = self.compare.comparison
        chosen = self.compare.survivor_and_merged()
        if comparison is None or chosen is None:
            return
        survivor_id, merged_id = chosen
        sides = {comparison.first.id: comparison.first, comparison.second.id: comparison.second}
        survivor, merged = sides[survivor_id], sides[merged_id]
        moved = "、".join(self.tr("{0} {1} 条").format(_tr(label), n) for label, n in merged.links if n) or self.tr("没有关联的记录")
        answer = QMessageBox.question(
            self, self.tr("合并"),
            self.tr("把“{0}”（#{1}）并入“{2}”（#{3}）？\n\n将转移：{4}\n“{0}”的记录随后删除；空白的信息由它补上。\n"
                    "以后可以在“合并记录”中撤销。").format(merged.name, merged.id, survivor.name, survivor.id, moved),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind, actor = comparison.kind, self._actor
        self.merge_button.setEnabled(False)

        def work() -> MergeResult:
            with self._db.transaction() as session:
                return duplicates.merge(session, actor, kind, survivor_id, merged_id)

        self._runner.submit(self, work, self._merged, self._refused)

    def _merged(self, result: MergeResult) -> None:
        if result.kind == duplicates.ENTERPRISE:  # its window would show a record that is gone
            record_windows.close("enterprise", result.merged_id)
        self._candidates = [c for c in self._candidates if result.merged_id not in (c.first_id, c.second_id)]
        self._fill_candidates()
        self.compare.clear()
        self.load_history()
        self._update_buttons()
        moved = sum(result.moved.values())
        self.summary.setText(self.tr("已合并：转移了 {0} 条关联记录。可在“合并记录”中撤销。").format(moved))
        self.merged.emit()

    def _refused(self, exc: Exception) -> None:
        self._update_buttons()
        refuse(self, exc, self.tr("未合并"))

    def dismiss_selected(self) -> None:
        candidate = self._selected_candidate()
        if candidate is None:
            return
        try:
            with self._db.transaction() as session:
                duplicates.dismiss(session, self._actor, candidate.kind, candidate.first_id, candidate.second_id)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk (refused, database error)
            refuse(self, exc, self.tr("未保存"))
            return
        row = self.table.currentRow()
        self._candidates.pop(row)
        self.table.removeRow(row)
        for r in range(row, self.table.rowCount()):
            self.table.item(r, 0).setData(Qt.ItemDataRole.UserRole, r)
        self._compare_selected()

    # --- history and undo ------------------------------------------------------------------------

    def load_history(self) -> None:
        with self._db.reading() as session:
            self._history = duplicates.merge_history(session)
        rows = [
            (i, (e.at.astimezone().strftime("%Y-%m-%d %H:%M"), e.actor, _tr(KIND_TITLES[e.kind]),
                 f"{e.survivor_name}（#{e.survivor_id}）", f"{e.merged_name}（#{e.merged_id}）", e.moved,
                 self.tr("已撤销") if e.undone else self.tr("已合并")))
            for i, e in enumerate(self._history)
        ]
        fill_table(self.history, rows, right_aligned=(5,))

    def _selected_history(self) -> MergeEntry | None:
        index = selected_id(self.history)
        return self._history[index] if index is not None and index < len(self._history) else None

    def undo_selected(self) -> None:
        entry = self._selected_history()
        if entry is None or entry.undone:
            return
        answer = QMessageBox.question(
            self, self.tr("撤销合并"),
            self.tr("恢复“{0}”（#{1}），并把当时从它转到“{2}”的 {3} 条记录转回？").format(
                entry.merged_name, entry.merged_id, entry.survivor_name, entry.moved),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._actor

        def work() -> UndoResult:
            with self._db.transaction() as session:
                return duplicates.undo_merge(session, actor, entry.audit_id)

        self._runner.submit(self, work, self._undone, lambda exc: refuse(self, exc, self.tr("未撤销")))

    def _undone(self, result: UndoResult) -> None:
        self.load_history()
        self._update_buttons()
        text = self.tr("已恢复记录 #{0}，转回 {1} 条关联记录。").format(result.restored_id, result.moved_back)
        if result.not_moved_back:
            text += self.tr("另有 {0} 条在合并后已被改到别处，保持不变。").format(result.not_moved_back)
        QMessageBox.information(self, self.tr("撤销合并"), text)
        self.merged.emit()


class DuplicatesWindow(QWidget):
    """The page in a window of its own (工具 > 查找重复), so the lists stay in view beside it."""

    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("查找重复的用人单位和职工"))
        self.page = DuplicatesPage(db, runner, actor, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        sizing.size_window(self, 80, 39)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def add_duplicates_button(page: QWidget, open_duplicates: Callable[[], None]) -> QPushButton:
    """查找重复… in the employer and worker lists' title row, beside 刷新."""
    button = QPushButton(page.tr("查找重复…"))
    button.setToolTip(page.tr("找出重复录入的单位或职工，比较后合并（可撤销）"))
    button.clicked.connect(lambda: open_duplicates())
    header = page.layout().itemAt(0).layout()  # the title row: title, count, 刷新
    header.insertWidget(header.count() - 1, button)
    return button
