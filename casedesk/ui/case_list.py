"""The cases page: the lazy case list with its filters and search, and the way into a case.

The filter row becomes the filters of ``services.case_filters.LIST_FILTERS``,
so the rows, the count above them and an export of "what I see" are the same
query. A dashboard tile's own condition (its ``figure``) stays in force under
the filter row until 显示全部.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from casedesk.db.database import Database
from casedesk.domain.enums import CaseStage, DisputeCategory
from casedesk.domain.timeutil import local_now
from casedesk.services import cases, listing
from casedesk.services.actor import Actor
from casedesk.services.case_ledger import export_cases
from casedesk.services.deadline_watch import OverdueAsOf
from casedesk.services.enterprise_record import enterprise_name
from casedesk.services.parties import Suggestion, complete_enterprises
from casedesk.ui import icons, record_windows, sizing
from casedesk.ui.case_form import new_case
from casedesk.ui.case_widgets import DateField, enum_combo, select_data
from casedesk.ui.completion import RecordCompleter
from casedesk.ui.ledger_dialogs import export_to_file
from casedesk.ui.pages.filtered_list import FilteredListPage
from casedesk.ui.runner import Runner

OPEN, CLOSED = "open", "closed"


class CaseListPage(FilteredListPage):
    """The generic lazy list of cases plus the filter row and the clerk's buttons."""

    show_deadlines = Signal()

    def __init__(self, title: str, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("cases", title, db, runner, parent)
        self._actor = actor
        self._enterprise_id: int | None = None

        self.status = QComboBox()
        self.status.addItem(self.tr("全部案件"), None)
        self.status.addItem(self.tr("在办"), OPEN)
        self.status.addItem(self.tr("已结案"), CLOSED)
        self.stage = enum_combo(CaseStage, blank=self.tr("全部阶段"))
        self.category = enum_combo(DisputeCategory, blank=self.tr("全部类别"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("个人和集体"), None)
        self.kind.addItem(self.tr("个人"), False)
        self.kind.addItem(self.tr("集体"), True)
        self.handler = QComboBox()
        self.handler.addItem(self.tr("全部承办人"), None)
        with db.reading() as session:
            for choice in cases.handler_choices(session):
                self.handler.addItem(choice.name, choice.id)
        self.date_from = DateField(self.tr("受理日期（起）"))
        self.date_to = DateField(self.tr("受理日期（止）"))
        self.overdue = QCheckBox(self.tr("法定期限已过"))
        self.enterprise = QLineEdit()
        self.enterprise.setPlaceholderText(self.tr("按用人单位筛选（名称或拼音首字母）"))
        self.enterprise.setClearButtonEnabled(True)
        self.enterprise.setMinimumWidth(sizing.text_width(self, 18))
        self._enterprise_completer = RecordCompleter(
            self.enterprise, runner, self._complete_enterprises, lambda s: f"{s.text}  {s.detail}".strip()
        )
        self._enterprise_completer.picked.connect(self._enterprise_picked)
        self._enterprise_completer.unlinked.connect(self._enterprise_unlinked)
        self.search.setPlaceholderText(self.tr("搜索案件编号、当事人姓名、身份证号或电话片段、用人单位"))
        self.new_button = QPushButton(icons.command_icon("new"), self.tr("新建案件…"))
        self.new_button.setToolTip(self.tr("登记一件新的维权案件（申请人、用人单位、案情）"))
        self.new_button.clicked.connect(self.new_case)
        self.deadlines_button = QPushButton(icons.page_icon("deadlines"), self.tr("期限提醒"))
        self.deadlines_button.setToolTip(self.tr("列出法定期限已过或即将到期的在办案件"))
        self.deadlines_button.clicked.connect(self.show_deadlines)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("把当前筛选出的案件导出为 Excel 或 CSV（与导入格式相同）"))
        self.export_button.clicked.connect(self.export)
        self._install_filter_bar(
            (self.tr("受理日期"), self.date_from, self.date_to, self.date_from.editingFinished, self.date_to.editingFinished),
            (self.status, self.stage, self.category, self.kind, self.handler, self.overdue),
            (self.enterprise, self.new_button, self.deadlines_button, self.export_button),
        )

        self.view.activated.connect(lambda index: self.open_case(self.model.row_id(index.row())))
        record_windows.events().case_changed.connect(self._case_changed)

    # --- filters ---------------------------------------------------------------------------------

    def widget_filters(self) -> dict[str, Any]:
        """The list filters the filter row describes; raises a ValidationError for an unreadable date."""
        out: dict[str, Any] = {}
        status = self.status.currentData()
        if status is not None:
            out["open"] = status == OPEN
        for key, combo in (("stage", self.stage), ("category", self.category), ("collective", self.kind),
                           ("handler_id", self.handler)):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self._enterprise_id is not None:
            out["enterprise_id"] = self._enterprise_id
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None:
            out["intake_from"] = start
        if end is not None:
            out["intake_to"] = end
        if self.overdue.isChecked():
            with self._db.reading() as session:
                out["deadline_overdue"] = OverdueAsOf.load(session, local_now().date())
        return {**out, **self.search_filter()}

    def set_filter(self, filters: Mapping[str, Any], description: str = "") -> None:
        """A dashboard tile, an employer's cases, or 显示全部: show those rows and set the filter row to match."""
        self._syncing = True
        try:
            status = filters.get("open")
            select_data(self.status, None if status is None else (OPEN if status else CLOSED))
            for key, combo in (("stage", self.stage), ("category", self.category), ("collective", self.kind),
                               ("handler_id", self.handler)):
                select_data(combo, filters.get(key))
            self.date_from.set_value(filters.get("intake_from"))
            self.date_to.set_value(filters.get("intake_to"))
            self.overdue.setChecked("deadline_overdue" in filters)
            self.search.setText(str(filters.get("search", "")))
            self._enterprise_id = filters.get("enterprise_id")
            name = ""
            if self._enterprise_id is not None:
                with self._db.reading() as session:
                    name = enterprise_name(session, self._enterprise_id)
            self.enterprise.setText(name)
        finally:
            self._syncing = False
        self._external = {k: v for k, v in filters.items() if k == "figure"}
        super().set_filter(filters, description)
        self.filter_bar.setVisible(bool(self._external))

    def _complete_enterprises(self, typed: str) -> list[Suggestion]:
        with self._db.reading() as session:
            return complete_enterprises(session, typed)

    def _enterprise_picked(self, suggestion: Suggestion) -> None:
        self._enterprise_id = suggestion.id
        self.apply_filters()

    def _enterprise_unlinked(self) -> None:
        if self._enterprise_id is not None:
            self._enterprise_id = None
            self.apply_filters()

    # --- actions ---------------------------------------------------------------------------------

    def open_case(self, case_id: int) -> QWidget:
        return record_windows.open_case(self._db, self._runner, self._actor, case_id, self.window())

    def new_case(self) -> int | None:
        return new_case(self._db, self._runner, self._actor, self.window())

    def export(self) -> None:
        filters = dict(self._filters)
        actor = self._actor

        def write(path: Path, reveal: bool, report: Callable[[int, int], None]) -> int:
            with self._db.transaction() as session:
                total = listing.count(session, "cases", filters)
                return export_cases(session, actor, path, filters=filters, reveal=reveal, progress=lambda n: report(n, total))

        stamp = local_now().strftime("%Y%m%d")
        export_to_file(self, self._runner, self.tr("导出案件台账"), f"案件台账-{stamp}.xlsx", write)

    @Slot(int)
    def _case_changed(self, _case_id: int) -> None:
        """A case was saved somewhere (a bound slot, so the connection ends when this widget is deleted)."""
        self.reload()
