"""The 一函两书 page: the lazy notice list with its filters, new notices, the register export, and settings.

The filter row becomes the filters of ``services.notice_filters.LIST_FILTERS``,
so the rows, the count above them and the dashboard's 逾期未回复 tile are
the same query.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.enums import NoticeKind, NoticeStatus
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import notices
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.ledgers import ExportOptions
from casedesk.services.notice_ledger import export_notices
from casedesk.ui import icons, record_windows
from casedesk.ui.case_widgets import DateField, enum_combo, label, refuse, select_data
from casedesk.ui.ledger_dialogs import LEDGER_FILTER
from casedesk.ui.notice_form import notice_events
from casedesk.ui.notice_preview import documents_dir
from casedesk.ui.pages.filtered_list import FilteredListPage
from casedesk.ui.progress import BackgroundTask
from casedesk.ui.runner import Runner
from casedesk.ui import messages

WIDGET_KEYS = ("kind", "status", "reply_overdue", "issued_from", "issued_to", "search")


def new_notice(db: Database, runner: Runner, actor: Actor, kind: NoticeKind, parent: QWidget, **values: Any) -> int | None:
    """Create a draft and open it in its window; the window is where it is written."""
    try:
        with db.transaction() as session:
            notice_id = notices.draft_notice(session, actor, kind=kind.value, **values).id
    except (ValidationError, PermissionDenied) as exc:
        refuse(parent, exc, parent.tr("无法新建"))
        return None
    record_windows.open_notice(db, runner, actor, notice_id, parent.window())
    notice_events().changed.emit(notice_id)
    return notice_id


class NoticeListPage(FilteredListPage):
    """The generic lazy list of notices plus the filter row and the clerk's buttons."""

    def __init__(
        self,
        title: str,
        db: Database,
        runner: Runner,
        actor: Actor,
        *,
        open_batch: Callable[[], None] | None = None,
        open_settings: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("notices", title, db, runner, parent)
        self._actor = actor

        self.kind = enum_combo(NoticeKind, blank=self.tr("全部类型"))
        self.status = enum_combo(NoticeStatus, blank=self.tr("全部状态"))
        self.overdue = QCheckBox(self.tr("逾期未回复"))
        self.date_from = DateField(self.tr("发文日期（起）"))
        self.date_to = DateField(self.tr("发文日期（止）"))
        self.search.setPlaceholderText(self.tr("搜索文号（如 〔2025〕3号）或送达对象名称"))

        self.new_button = QPushButton(icons.command_icon("new"), self.tr("新建文书"))
        self.new_button.setToolTip(self.tr("起草一份提示函、意见书或建议书"))
        menu = QMenu(self.new_button)
        for kind in NoticeKind:
            menu.addAction(label(kind), lambda k=kind: new_notice(self._db, self._runner, self._actor, k, self))
        self.new_button.setMenu(menu)
        buttons: list[tuple[str, Callable[[], Any], str]] = []
        if open_batch is not None:
            buttons.append((self.tr("专项提示函…"), open_batch, self.tr("向一批用人单位同时发出提示函（每份一个文号）")))
        buttons.append((self.tr("导出台账…"), self.export, self.tr("把当前筛选出的文书导出为 Excel 或 CSV（与导入格式相同）")))
        if open_settings is not None:
            buttons.append((self.tr("文书设置…"), open_settings, self.tr("文书模板、法律条文目录、政府部门名录、回复期限、字体和印章")))
        actions: list[QWidget] = [self.new_button]
        for text, slot, tip in buttons:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=slot: f())
            actions.append(button)
        self._install_filter_bar(
            (self.tr("发文日期"), self.date_from, self.date_to, self.date_from.editingFinished, self.date_to.editingFinished),
            (self.kind, self.status, self.overdue),
            actions,
        )

        self.view.activated.connect(lambda index: self.open_notice(self.model.row_id(index.row())))
        notice_events().changed.connect(self._notice_changed)  # a bound slot: disconnected when the page goes

    def _notice_changed(self, _notice_id: int) -> None:
        self.reload()

    def widget_filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, combo in (("kind", self.kind), ("status", self.status)):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self.overdue.isChecked():
            out["reply_overdue"] = local_now().date()
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None:
            out["issued_from"] = start
        if end is not None:
            out["issued_to"] = end
        return {**out, **self.search_filter()}

    def set_filter(self, filters: Mapping[str, Any], description: str = "") -> None:
        """A dashboard tile, an employer's notices, or 显示全部: show those rows and set the filter row to match."""
        self._syncing = True
        try:
            select_data(self.kind, filters.get("kind"))
            select_data(self.status, filters.get("status"))
            self.overdue.setChecked("reply_overdue" in filters)
            self.date_from.set_value(filters.get("issued_from"))
            self.date_to.set_value(filters.get("issued_to"))
            self.search.setText(str(filters.get("search", "")))
        finally:
            self._syncing = False
        self._external = {k: v for k, v in filters.items() if k not in WIDGET_KEYS}
        super().set_filter(filters, description)
        self.filter_bar.setVisible(bool(self._external))

    def open_notice(self, notice_id: int) -> QWidget:
        """The notice's window (the main window sends notices chosen in case and employer windows here too)."""
        return record_windows.open_notice(self._db, self._runner, self._actor, notice_id, self.window())

    def export(self) -> None:
        """The register of the notices issued in the filter's period (no personal data, so nothing to mask)."""
        filters = dict(self._filters)
        options = ExportOptions(date_from=filters.get("issued_from"), date_to=filters.get("issued_to"))
        title = self.tr("导出一函两书台账")
        stamp = local_now().strftime("%Y%m%d")
        name, chosen = QFileDialog.getSaveFileName(self, title, str(documents_dir() / f"一函两书台账-{stamp}.xlsx"), self.tr(LEDGER_FILTER))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() and "xlsx" not in chosen.lower() else ".xlsx")
        task = BackgroundTask(self, self._runner, title, self.tr("正在导出到 {0}…").format(path.name))

        def work(_report: Callable[[int, int], None]) -> int:
            with self._db.transaction() as session:
                return export_notices(session, self._actor, path, options)

        def failed(exc: Exception) -> None:
            path.unlink(missing_ok=True)
            QMessageBox.warning(self, title, self.tr("导出失败：{0}").format(messages.text(exc)))

        task.start(work, lambda n: QMessageBox.information(self, title, self.tr("已导出 {0} 份文书到\n{1}").format(n, path)), failed)
