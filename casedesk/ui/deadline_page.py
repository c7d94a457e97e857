"""期限提醒: every statutory deadline of an open case that has passed or falls due soon.

The list is computed by ``services.deadline_watch`` in the background (on the
province file it walks the open cases SQL picks out); passed deadlines come
first in red, then those due within the warning period, each with its days
left. Double-click or Enter opens the case.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from casedesk.db.database import Database
from casedesk.domain.timeutil import local_now
from casedesk.services import cases, deadline_watch, settings
from casedesk.services.actor import Actor
from casedesk.services.deadline_watch import Watch
from casedesk.ui import i18n, icons, record_windows
from casedesk.ui.case_widgets import color_days, days_left_text, fill_table, fit_columns, read_only_table, selected_id
from casedesk.ui.pages.common import header_row
from casedesk.ui.runner import Runner
from casedesk.ui import messages

MAX_DAYS = 365
FILL_ROWS = 300  # rows shown per turn of the event loop


class DeadlinePage(QWidget):
    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._actor = actor
        self._generation = 0
        self.watch: Watch | None = None
        with db.reading() as session:
            warning = int(settings.get(session, "deadline_warning_days"))
            handlers = cases.handler_choices(session)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(warning)
        self.days.setPrefix(self.tr("未来 "))
        self.days.setSuffix(self.tr(" 天内到期"))
        self.handler = QComboBox()
        self.handler.addItem(self.tr("全部承办人"), None)
        for choice in handlers:
            self.handler.addItem(choice.name, choice.id)
        self.summary = QLabel()
        refresh = QPushButton(icons.command_icon("refresh"), self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取数据库（其他电脑刚保存的记录也会显示）"))
        refresh.clicked.connect(self.refresh)
        self.days.valueChanged.connect(self.refresh)
        self.handler.currentIndexChanged.connect(self.refresh)
        self.table = read_only_table([
            self.tr("到期日"), self.tr("剩余"), self.tr("期限"), self.tr("法律依据"), self.tr("案件编号"), self.tr("申请人"),
            self.tr("用人单位"), self.tr("阶段"), self.tr("承办人"),
        ], stretch_column=6)
        self.table.activated.connect(lambda _i: self.open_selected())
        controls = QHBoxLayout()
        controls.addWidget(self.days)
        controls.addWidget(self.handler)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("双击打开案件")))
        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("期限提醒"), self.summary, refresh))
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        record_windows.events().case_changed.connect(self._case_changed)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, days, handler = self._generation, self.days.value(), self.handler.currentData()
        today = local_now().date()
        self.summary.setText(self.tr("正在计算…"))

        def compute() -> Watch:
            with self._db.reading() as session:
                return deadline_watch.watch(session, today, days, handler)

        self._runner.submit(self, compute, lambda w: self._show(generation, w),
                            lambda exc: generation == self._generation and self.summary.setText(self.tr("无法计算：{0}").format(messages.text(exc))))

    def _show(self, generation: int, watch: Watch) -> None:
        if generation != self._generation:
            return
        self.watch = watch
        self.summary.setText(self.tr("已过期 {0} 项，{1} 天内到期 {2} 项").format(len(watch.passed), watch.within_days, len(watch.upcoming)))
        self.table.setRowCount(0)
        self._fill(generation, watch, 0)

    def _fill(self, generation: int, watch: Watch, start: int) -> None:
        """The rows a slice at a time, one slice per turn of the event loop: a province's ~4,000 deadlines
        took 1.1 s of the GUI thread in one go; this way the window keeps painting and answering."""
        if generation != self._generation:
            return
        items = watch.items[start:start + FILL_ROWS]
        fill_table(self.table, [
            (i.case_id, (i.due.isoformat(), days_left_text(i.days_left), i18n.deadline_label(i.label), i18n.article(i.article),
                         i.case_number, i.applicant, i.enterprise, i18n.vocabulary(i.stage), i.handler))
            for i in items
        ], start=start, fit=False)
        for row, item in enumerate(items, start):
            color_days(self.table.item(row, 1), item.days_left, watch.within_days)
            if item.passed:
                color_days(self.table.item(row, 0), item.days_left, watch.within_days)
        if start + FILL_ROWS < len(watch.items):
            QTimer.singleShot(0, self, lambda: self._fill(generation, watch, start + FILL_ROWS))
        else:
            fit_columns(self.table)  # bold text is wider

    def open_selected(self) -> None:
        case_id = selected_id(self.table)
        if case_id is not None:
            record_windows.open_case(self._db, self._runner, self._actor, case_id, self.window())

    @Slot(int)
    def _case_changed(self, _case_id: int) -> None:
        """A case was saved somewhere (a bound slot, so the connection ends when this widget is deleted)."""
        self.refresh()
