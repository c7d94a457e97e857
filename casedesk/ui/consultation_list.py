"""The consultations page: the lazy list with its filters, overdue follow-ups highlighted, and the clerk's actions.

Filters (period, channel, category, status, handler, overdue follow-up, free
search) become the list filters of ``services.consultations.LIST_FILTERS``, so
the rows shown, the count above them and an export of "what I see" are one
and the same query.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.enums import (
    Channel,
    ConsultationStatus,
    DisputeCategory,
    Satisfaction,
)
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import consultations, listing
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.consultation_ledger import export_consultations, period_filters
from casedesk.services.consultations import FieldError
from casedesk.ui import icons, sizing
from casedesk.ui.case_widgets import enum_combo, select_data
from casedesk.ui.consultation_form import (
    NO_DATE,
    ConsultationForm,
    date_of,
    optional_date_edit,
)
from casedesk.ui.ledger_dialogs import export_to_file
from casedesk.ui.pages.filtered_list import FilteredListPage
from casedesk.ui.runner import Runner
from casedesk.ui import messages

OVERDUE_BACKGROUND = QColor(255, 226, 222)
OVERDUE_TEXT = QColor(176, 0, 32)


class OverdueDelegate(QStyledItemDelegate):
    """Rows whose follow-up date has passed without a follow-up are tinted; the date itself turns red.

    A recorded follow-up closes the item (``services.consultations``), so "due
    before today and not 已办结" is exactly the overdue filter's rule.
    """

    def __init__(self, due_column: int, status_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._due = due_column
        self._status = status_column
        self._closed = ConsultationStatus.CLOSED.label
        self.today = date.today().isoformat()

    def is_overdue(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        model = index.model()
        due = model.index(index.row(), self._due).data()
        status = model.index(index.row(), self._status).data()
        return bool(due) and due < self.today and status != self._closed

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.is_overdue(index):
            option.backgroundBrush = OVERDUE_BACKGROUND
            if index.column() == self._due:
                option.palette.setColor(option.palette.ColorRole.Text, OVERDUE_TEXT)
                option.font.setBold(True)


class FollowupDialog(QDialog):
    """回访: the date (today), what the caller said, how satisfied; saving closes the item."""

    def __init__(self, caller: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录回访 — {0}").format(caller or self.tr("来电人")))
        self.done_on = QDateEdit(QDate.currentDate())
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("如：已足额支付拖欠工资"))
        self.satisfaction = enum_combo(Satisfaction, blank=self.tr("（未填）"))
        form = QFormLayout(self)
        form.addRow(self.tr("回访日期"), self.done_on)
        form.addRow(self.tr("回访结果"), self.result)
        form.addRow(self.tr("满意度"), self.satisfaction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result.setFocus()
        sizing.size_window(self, 40)


class FollowupRuleDialog(QDialog):
    """The office's 回访 rule: how many working days after a referral (or an open call) to call back."""

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("回访规则"))
        self.days = QSpinBox()
        self.days.setRange(1, consultations.MAX_FOLLOWUP_DAYS)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" 个工作日"))
        hint = QLabel(self.tr("转办和待处理的咨询，在转办日期（或来电日期）后这么多个工作日内回访；"
                              "节假日和调休按日历及节假日设置。已登记的咨询保留原回访期限。"))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("回访期限"), self.days)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        sizing.size_window(self, 35)


class ConsultationsPage(FilteredListPage):
    """The generic lazy list of consultations plus the filter row and the clerk's buttons."""

    def __init__(self, title: str, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("consultations", title, db, runner, parent)
        self._actor = actor
        self._forms: dict[int | None, ConsultationForm] = {}

        self.date_from = optional_date_edit(self.tr("不限"))
        self.date_to = optional_date_edit(self.tr("不限"))
        self.channel = enum_combo(Channel, blank=self.tr("全部渠道"))
        self.category = enum_combo(DisputeCategory, blank=self.tr("全部类别"))
        self.status = enum_combo(ConsultationStatus, blank=self.tr("全部状态"))
        self.handler = QComboBox()
        self.handler.addItem(self.tr("全部承办人"), None)
        with db.reading() as session:
            for option in consultations.handler_filter_options(session):
                name = option.name if option.active else self.tr("{0}（已停用）").format(option.name)
                self.handler.addItem(name, option.id)
        self.overdue = QCheckBox(self.tr("回访逾期"))
        self.search.setPlaceholderText(self.tr("搜索来电人、电话、单位、问题"))
        self.new_button = QPushButton(icons.command_icon("new"), self.tr("新建咨询 (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("登记一次来电、来访或网上咨询"))
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.followup_button = QPushButton(self.tr("记录回访…"))
        self.followup_button.setToolTip(self.tr("为列表中选中的咨询记录回访结果和满意度"))
        self.followup_button.clicked.connect(self.record_followup)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("把当前筛选出的咨询导出为 Excel 或 CSV（与导入格式相同）"))
        self.export_button.clicked.connect(self.export)
        self.rule_button = QPushButton(self.tr("回访规则…"))
        self.rule_button.setToolTip(self.tr("转办和待处理的咨询在多少个工作日内回访"))
        self.rule_button.clicked.connect(self.edit_followup_rule)
        self._install_filter_bar(
            (self.tr("受理日期"), self.date_from, self.date_to, self.date_from.dateChanged, self.date_to.dateChanged),
            (self.channel, self.category, self.status, self.handler, self.overdue),
            (self.new_button, self.followup_button, self.export_button, self.rule_button),
        )

        self.delegate = OverdueDelegate(self.model.column_index("followup_due"), self.model.column_index("status"), self.view)
        self.view.setItemDelegate(self.delegate)
        # Double-click or Enter opens the record.
        self.view.activated.connect(lambda index: self.open_form(self.model.row_id(index.row())))

    # --- filters ---------------------------------------------------------------------------------

    def widget_filters(self) -> dict[str, Any]:
        """The list filters the filter row describes."""
        out: dict[str, Any] = period_filters(date_of(self.date_from), date_of(self.date_to))
        for key, combo in (("channel", self.channel), ("category", self.category), ("status", self.status),
                           ("handler_id", self.handler)):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self.overdue.isChecked():
            out["followup_overdue"] = date.today()
        return {**out, **self.search_filter()}

    def apply_filters(self) -> None:
        self.delegate.today = date.today().isoformat()  # "overdue" is judged against today, which moves
        super().apply_filters()

    def set_filter(self, filters: Mapping[str, Any], description: str = "") -> None:
        """A dashboard tile (or 显示全部): show its rows and set the filter row to match."""
        self._syncing = True
        try:
            self.date_from.setDate(NO_DATE)
            self.date_to.setDate(NO_DATE)
            since = filters.get("received_since")
            if isinstance(since, datetime):
                local = since.astimezone()
                self.date_from.setDate(QDate(local.year, local.month, local.day))
            for key, combo in (("channel", self.channel), ("category", self.category), ("status", self.status),
                               ("handler_id", self.handler)):
                select_data(combo, filters.get(key))
            self.overdue.setChecked("followup_overdue" in filters)
            self.search.setText(str(filters.get("search", "")))
        finally:
            self._syncing = False
        super().set_filter(filters, description)

    # --- actions ---------------------------------------------------------------------------------

    def new_consultation(self) -> ConsultationForm:
        return self.open_form(None)

    def open_form(self, consultation_id: int | None) -> ConsultationForm:
        """The form for a record (raised if already open) or a new call."""
        existing = self._forms.get(consultation_id) if consultation_id is not None else None
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        form = ConsultationForm(self._db, self._runner, self._actor, consultation_id, parent=self.window())
        key = consultation_id if consultation_id is not None else -id(form)  # new calls never collide
        self._forms[key] = form
        form.destroyed.connect(lambda *_: self._forms.pop(key, None))
        form.saved.connect(lambda _id: self.reload())
        form.open_consultation.connect(self.open_form)
        form.show()
        return form

    def _selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def record_followup(self) -> None:
        consultation_id = self._selected_id()
        if consultation_id is None:
            QMessageBox.information(self, self.tr("记录回访"), self.tr("请先在列表中选中一条咨询。"))
            return
        caller = self.model.index(self.view.currentIndex().row(), self.model.column_index("caller")).data()
        dialog = FollowupDialog(caller, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                with self._db.transaction() as session:
                    consultations.record_followup(
                        session, self._actor, consultation_id, done_on=date_of(dialog.done_on) or date.today(),
                        result=dialog.result.text(), satisfaction=dialog.satisfaction.currentData(),
                    )
            except FieldError as exc:
                QMessageBox.warning(self, self.tr("未保存"), messages.text(exc))
                (dialog.done_on if exc.field == "followup_done" else dialog.result).setFocus()
                continue
            except (ValidationError, PermissionDenied) as exc:
                QMessageBox.warning(self, self.tr("未保存"), messages.text(exc))
                return
            self.reload()
            return

    def edit_followup_rule(self) -> None:
        with self._db.reading() as session:
            days = consultations.followup_working_days(session)
        dialog = FollowupRuleDialog(days, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.days.value() == days:
            return
        try:
            with self._db.transaction() as session:
                consultations.set_followup_working_days(session, self._actor, dialog.days.value())
        except (ValidationError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("未保存"), messages.text(exc))

    def export(self) -> None:
        filters = dict(self._filters)
        actor = self._actor

        def write(path: Path, reveal: bool, report: Callable[[int, int], None]) -> int:
            with self._db.transaction() as session:
                total = listing.count(session, "consultations", filters)
                return export_consultations(session, actor, path, filters=filters, reveal=reveal,
                                            progress=lambda n: report(n, total))

        stamp = local_now().strftime("%Y%m%d")
        export_to_file(self, self._runner, self.tr("导出咨询台账"), f"咨询台账-{stamp}.xlsx", write)
