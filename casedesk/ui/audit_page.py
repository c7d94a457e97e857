"""管理 › 审计日志: the administrator browses, filters, checks and exports the audit trail.

The list is lazy (newest first, 200 rows a page by keyset on the id, more as
the view scrolls) so a trail of millions of rows opens at once; the count and
the chain check run off the GUI thread. Selecting a row shows each changed
field before and after; a merge row can be undone from here (撤销合并), through
the duplicates window's own service function, with the reason shown when it
no longer can be.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.timeutil import format_local, from_local, local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, duplicates
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.audit import AuditEntry, AuditQuery
from casedesk.ui.audit_labels import action_label, entity_label, field_label, field_value, summary
from casedesk.ui.case_widgets import refuse
from casedesk.ui.runner import Runner
from casedesk.ui import messages, sizing

PAGE = 200
HEADERS = (
    QT_TRANSLATE_NOOP("AuditWindow", "时间"),
    QT_TRANSLATE_NOOP("AuditWindow", "人员"),
    QT_TRANSLATE_NOOP("AuditWindow", "操作"),
    QT_TRANSLATE_NOOP("AuditWindow", "对象"),
    QT_TRANSLATE_NOOP("AuditWindow", "编号"),
    QT_TRANSLATE_NOOP("AuditWindow", "内容"),
)
PERIODS = (
    ("all", QT_TRANSLATE_NOOP("AuditWindow", "全部时间")),
    ("today", QT_TRANSLATE_NOOP("AuditWindow", "今天")),
    ("week", QT_TRANSLATE_NOOP("AuditWindow", "最近 7 天")),
    ("month", QT_TRANSLATE_NOOP("AuditWindow", "最近 30 天")),
    ("custom", QT_TRANSLATE_NOOP("AuditWindow", "自定义")),
)


class AuditModel(QAbstractTableModel):
    """The rows of one query, fetched a page at a time as the view asks for more."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.query = AuditQuery()
        self.rows: list[AuditEntry] = []
        self._more = True

    def set_query(self, query: AuditQuery) -> None:
        self.beginResetModel()
        self.query, self.rows, self._more = query, [], True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        with self._db.reading() as session:
            page = audit.search(session, self.query, before_id=self.rows[-1].id if self.rows else None, limit=PAGE)
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self.rows[index.row()]
        return (format_local(e.at, with_seconds=True), e.actor, action_label(e.action), entity_label(e.entity),
                "" if e.entity_id is None else str(e.entity_id), summary(e.changes))[index.column()]


class AuditWindow(QWidget):
    """A top-level window (admins only: the main window offers it to them alone; reading needs no right)."""

    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._db, self._runner, self._actor = db, runner, actor
        self.setWindowTitle(self.tr("审计日志"))
        self.actor_filter = QLineEdit()
        self.actor_filter.setPlaceholderText(self.tr("人员"))
        self.action_filter = QComboBox()
        self.entity_filter = QComboBox()
        self.id_filter = QLineEdit()
        self.id_filter.setPlaceholderText(self.tr("记录编号"))
        self.id_filter.setMaximumWidth(sizing.text_width(self.id_filter, 7))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("内容包含（姓名、文号、字段值…）"))
        self.period = QComboBox()
        for key, label in PERIODS:
            self.period.addItem(self.tr(label), key)
        today = QDate.currentDate()
        self.date_from, self.date_to = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        self.period.currentIndexChanged.connect(self._period_changed)
        with db.reading() as session:
            actions, entities = audit.actions(session), audit.entities(session)
        self.action_filter.addItem(self.tr("全部操作"), "")
        for a in actions:
            self.action_filter.addItem(action_label(a), a)
        self.entity_filter.addItem(self.tr("全部对象"), "")
        for e in entities:
            self.entity_filter.addItem(entity_label(e), e)
        search = QPushButton(self.tr("查询"))
        search.setDefault(True)
        search.clicked.connect(self.apply_filters)
        for edit in (self.actor_filter, self.id_filter, self.text_filter):
            edit.returnPressed.connect(self.apply_filters)
        filters = QHBoxLayout()
        for w in (self.period, self.date_from, self.date_to, self.actor_filter, self.action_filter, self.entity_filter,
                  self.id_filter, self.text_filter):
            filters.addWidget(w)
        filters.addWidget(search)

        self.model = AuditModel(db, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        for column, chars in enumerate((11, 6, 6, 5, 4)):  # and never narrower than the (translated) heading
            heading = self.view.fontMetrics().horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(column, max(sizing.text_width(self, chars), heading + sizing.em(self)) + 12)
        self.view.selectionModel().selectionChanged.connect(self._show_detail)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([self.tr("字段"), self.tr("原值"), self.tr("新值")])
        self.detail.verticalHeader().setVisible(False)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 160])

        self.count_label = QLabel()
        self.verify_button = QPushButton(self.tr("校验审计链"))
        self.verify_button.setToolTip(self.tr("逐条核对哈希链，发现被修改或删除的审计记录"))
        self.verify_button.clicked.connect(self.verify)
        export = QPushButton(self.tr("导出…"))
        export.clicked.connect(self.export)
        self.undo_button = QPushButton(self.tr("撤销合并"))
        self.undo_button.setToolTip(self.tr("恢复被并入的记录，并把当时转移的记录原样转回（与“查找重复”中的撤销相同）"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_merge)
        self.undo_reason = QLabel()
        self.undo_reason.setStyleSheet("color: #b85c00;")
        self._undo_checked: int | None = None  # the merge row the button's state was worked out for
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.undo_reason)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(export)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        sizing.size_window(self, 98, 51)
        self.apply_filters()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def query(self) -> AuditQuery:
        key = self.period.currentData()
        since = until = None
        today = local_now().date()
        if key == "custom":
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
            since, until = self._moment(start), self._moment(end + timedelta(days=1))
        elif key != "all":
            days = {"today": 0, "week": 6, "month": 29}[key]
            since = self._moment(today - timedelta(days=days))
        text_id = self.id_filter.text().strip()
        if text_id and not text_id.isdigit():
            raise ValidationError(self.tr("记录编号：请输入数字"))
        return AuditQuery(actor=self.actor_filter.text(), action=self.action_filter.currentData() or "",
                          entity=self.entity_filter.currentData() or "", entity_id=int(text_id) if text_id else None,
                          since=since, until=until, text=self.text_filter.text())

    @staticmethod
    def _moment(day: date) -> datetime:
        return from_local(datetime.combine(day, time.min))

    def apply_filters(self) -> None:
        try:
            query = self.query()
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("查询"), messages.text(exc))
            self.id_filter.setFocus()
            return
        self.model.set_query(query)
        self.detail.setRowCount(0)
        self.count_label.setText(self.tr("正在计数…"))

        def count() -> int:
            with self._db.reading() as session:
                return audit.count(session, query)

        self._runner.submit(self, count, lambda n: self.count_label.setText(self.tr("共 {0} 条").format(n)))

    def selected_entry(self) -> AuditEntry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        self._check_undo(entry)
        if entry is None:
            self.detail.setRowCount(0)
            return
        changes = entry.field_changes()
        self.detail.setRowCount(len(changes))
        for r, (name, before, after) in enumerate(changes):
            for c, text in enumerate((field_label(name), field_value(name, before), field_value(name, after))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(r, c, item)

    # --- undoing a merge from its row ----------------------------------------------------------------

    def _check_undo(self, entry: AuditEntry | None) -> None:
        """Enable 撤销合并 for a merge row the undo would accept; otherwise say why (worked out off the GUI thread)."""
        self.undo_button.setEnabled(False)
        self.undo_reason.clear()
        self._undo_checked = None
        if entry is None or entry.action != duplicates.MERGE:
            return
        audit_id, actor = entry.id, self._actor

        def check() -> Exception | None:
            with self._db.transaction() as session:
                return duplicates.undo_refusal(session, actor, audit_id)

        def done(refusal: Exception | None) -> None:
            current = self.selected_entry()
            if current is None or current.id != audit_id:
                return  # the clerk has moved on
            self._undo_checked = audit_id
            self.undo_button.setEnabled(refusal is None)
            self.undo_reason.setText("" if refusal is None else self.tr("不能撤销：{0}").format(messages.text(refusal)))

        self._runner.submit(self, check, done)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        entry = self.model.rows[index.row()] if index.isValid() else None
        if entry is None or entry.action != duplicates.MERGE:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("撤销合并"), self.undo_merge)
        ready = self._undo_checked == entry.id and self.undo_button.isEnabled()
        action.setEnabled(ready)
        if not ready and self.undo_reason.text():
            action.setToolTip(self.undo_reason.text())
            menu.setToolTipsVisible(True)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def undo_merge(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.action != duplicates.MERGE or self._undo_checked != entry.id:
            return
        merged = (entry.changes.get("merged") or [{}])[0] or {}
        links = (entry.changes.get("links") or [{}])[0] or {}
        answer = QMessageBox.question(
            self, self.tr("撤销合并"),
            self.tr("恢复被并入的“{0}”（#{1}），并把当时从它转到 #{2} 的 {3} 条记录转回？").format(
                merged.get("name", ""), merged.get("id", ""), entry.entity_id, sum(len(v) for v in links.values())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        audit_id, actor = entry.id, self._actor
        self.undo_button.setEnabled(False)

        def work() -> duplicates.UndoResult:
            with self._db.transaction() as session:
                return duplicates.undo_merge(session, actor, audit_id)

        def done(result: duplicates.UndoResult) -> None:
            text = self.tr("已恢复记录 #{0}，转回 {1} 条关联记录。").format(result.restored_id, result.moved_back)
            if result.not_moved_back:
                text += self.tr("另有 {0} 条在合并后已被改到别处，保持不变。").format(result.not_moved_back)
            QMessageBox.information(self, self.tr("撤销合并"), text)
            self.apply_filters()  # the new 撤销合并 row is at the top

        def failed(exc: Exception) -> None:
            refuse(self, exc, self.tr("未撤销"))
            self._check_undo(self.selected_entry())

        self._runner.submit(self, work, done, failed)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_button.setText(self.tr("正在校验…"))

        def check() -> list[str]:
            with self._db.reading() as session:
                return audit.verify_chain(session)

        def done(problems: list[str]) -> None:
            self.verify_button.setEnabled(True)
            self.verify_button.setText(self.tr("校验审计链"))
            if problems:
                more = self.tr("\n…另有 {0} 处").format(len(problems) - 20) if len(problems) > 20 else ""
                QMessageBox.critical(self, self.tr("审计链已被破坏"), "\n".join(map(messages.text, problems[:20])) + more)
            else:
                QMessageBox.information(self, self.tr("审计链完好"), self.tr("所有审计记录均未被修改或删除。"))

        self._runner.submit(self, check, done)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计记录"), f"审计记录-{local_now():%Y%m%d}.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        query = self.model.query

        def run() -> int:
            with self._db.transaction() as session:
                return audit.export_trail(session, self._actor, Path(name), query)

        def failed(exc: Exception) -> None:
            if isinstance(exc, (ValidationError, PermissionDenied, OSError)):
                QMessageBox.warning(self, self.tr("未能导出"), messages.text(exc))
            else:
                raise exc

        self._runner.submit(self, run, lambda n: QMessageBox.information(
            self, self.tr("已导出"), self.tr("已导出 {0} 条到\n{1}").format(n, name)), failed)
