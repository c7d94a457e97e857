"""The consultation form: log a 12351 call while talking, keyboard first; open and edit a stored one.

Tab follows the call: channel, caller, phone, enterprise, category, question,
answer, handling. The time is filled in when the form opens. Enterprise and
caller complete from existing records (Chinese substring or pinyin
initials); a repeat caller's earlier consultations and cases appear beside
the form as soon as the phone number (or a picked caller) is known.
Ctrl+S saves, Esc asks before discarding typed text. A refused save keeps
everything typed and puts the cursor in the field the message names.
"""
from __future__ import annotations

import itertools
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database, RecordChanged
from casedesk.domain.enums import (
    Channel,
    ConsultationStatus,
    DisputeCategory,
    ReferralBody,
    Satisfaction,
)
from casedesk.domain.masking import mask_phone
from casedesk.domain.timeutil import from_local, to_local
from casedesk.domain.validators import ValidationError
from casedesk.services import cases, consultations, parties
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.consultations import (
    CallerHistory,
    ConsultationFields,
    FieldError,
    HistoryItem,
)
from casedesk.services.parties import Suggestion
from casedesk.ui import record_windows, sizing
from casedesk.ui.case_widgets import enum_combo, select_data
from casedesk.ui.completion import RecordCompleter
from casedesk.ui.runner import Runner
from casedesk.ui.stale_dialog import show_record_changed
from casedesk.ui import messages

S = ConsultationStatus
HISTORY_DELAY_MS = 300
NO_DATE = QDate(2000, 1, 1)  # shown as the special text (未填) in optional date fields


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def date_of(edit: QDateEdit) -> date | None:
    """The date of an optional date field; None while it shows its "not set" text."""
    d = edit.date()
    return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def optional_date_edit(blank: str) -> QDateEdit:
    """A date field that can also be empty, showing ``blank`` (未回访, 不限 ...) then."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(blank)
    edit.setDate(NO_DATE)
    return edit


class ConsultationForm(QDialog):
    """One consultation, new (``consultation_id`` None) or stored; ``saved`` fires with its id after a save."""

    saved = Signal(int)
    open_consultation = Signal(int)  # a line of the caller history was double-clicked

    def __init__(
        self,
        db: Database,
        runner: Runner,
        actor: Actor,
        consultation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._runner = runner
        self._actor = actor
        self.consultation_id = consultation_id
        self._version: int | None = None
        self._masked = False  # phone and 身份证号 shown masked (a stored record not revealed)
        self._case_number: str | None = None
        self._case_id: int | None = None
        self._dirty = False
        self._history_generation = 0
        self._build()
        if consultation_id is None:
            self.setWindowTitle(self.tr("新建咨询"))
            self.received.setDateTime(QDateTime.currentDateTime())
            self._update_handling()
        else:
            self._load(consultation_id)
        self._watch_changes()
        self.channel.setFocus()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.channel = enum_combo(Channel)
        self.caller = QLineEdit()
        self.caller.setPlaceholderText(self.tr("姓名（可输入拼音首字母查找）"))
        self.caller_link = QLabel()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机或固定电话"))
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("选填"))
        self.reveal_button = QPushButton(self.tr("显示完整号码"))
        self.reveal_button.setToolTip(self.tr("查看完整的电话和身份证号（将记入审计日志）"))
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.hide()
        self.enterprise = QLineEdit()
        self.enterprise.setPlaceholderText(self.tr("单位名称（可输入拼音首字母查找）"))
        self.enterprise_link = QLabel()
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText(self.tr("选填"))
        self.worker_count = QSpinBox()
        self.worker_count.setRange(1, 100_000)
        self.category = enum_combo(DisputeCategory)
        select_data(self.category, DisputeCategory.OTHER.value)
        self.question = QPlainTextEdit()
        self.answer = QPlainTextEdit()
        for box in (self.question, self.answer):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(sizing.box_height(box, 4))

        self.handling_group = QButtonGroup(self)
        self.handling_buttons: dict[str, QRadioButton] = {}
        handling_row = QHBoxLayout()
        for status, text in ((S.ANSWERED, self.tr("当场答复")), (S.REFERRED, self.tr("转办")),
                             (S.TO_CASE, self.tr("转立案")), (S.OPEN, self.tr("待处理"))):
            button = QRadioButton(text)
            self.handling_group.addButton(button)
            self.handling_buttons[status.value] = button
            handling_row.addWidget(button)
        handling_row.addStretch(1)
        self.handling_buttons[S.ANSWERED.value].setChecked(True)
        self.handling_group.buttonToggled.connect(lambda *_: self._update_handling())
        self.referral_body = enum_combo(ReferralBody)
        self.referral_date = QDateEdit(QDate.currentDate())
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat("yyyy-MM-dd")
        self.referral_date.dateChanged.connect(lambda *_: self._update_due())
        self.followup_due = optional_date_edit(self.tr("无需回访"))
        self.case_label = QLabel()
        self.case_label.linkActivated.connect(self._open_case)
        self.handler = QComboBox()
        self.handler.addItem(self.tr("（未指定）"), None)
        with self._db.reading() as session:
            for choice in cases.handler_choices(session):
                self.handler.addItem(choice.name, choice.id)
        select_data(self.handler, self._actor.staff_id)

        self.followup_done = optional_date_edit(self.tr("未回访"))
        self.followup_result = QLineEdit()
        self.satisfaction = enum_combo(Satisfaction, blank=self.tr("（未填）"))

        form = QFormLayout()
        form.addRow(self.tr("受理时间"), self.received)
        form.addRow(self.tr("渠道"), self.channel)
        form.addRow(self.tr("来电人"), self._with(self.caller, self.caller_link))
        form.addRow(self.tr("联系电话"), self._with(self.phone, self.reveal_button))
        form.addRow(self.tr("身份证号"), self.id_number)
        form.addRow(self.tr("用人单位"), self._with(self.enterprise, self.enterprise_link))
        form.addRow(self.tr("统一社会信用代码"), self.credit_code)
        form.addRow(self.tr("涉及人数"), self.worker_count)
        form.addRow(self.tr("问题类别"), self.category)
        form.addRow(self.tr("问题描述"), self.question)
        form.addRow(self.tr("答复内容"), self.answer)
        form.addRow(self.tr("处理方式"), handling_row)
        form.addRow(self.tr("转办单位"), self._with(self.referral_body, QLabel(self.tr("转办日期")), self.referral_date))
        form.addRow(self.tr("回访期限"), self._with(self.followup_due, self.case_label))
        form.addRow(self.tr("承办人"), self.handler)
        followup_box = QGroupBox(self.tr("回访"))
        followup_form = QFormLayout(followup_box)
        followup_form.addRow(self.tr("回访日期"), self.followup_done)
        followup_form.addRow(self.tr("回访结果"), self.followup_result)
        followup_form.addRow(self.tr("满意度"), self.satisfaction)
        self.followup_box = followup_box

        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.case_button = QPushButton(self.tr("转立案"))
        self.case_button.setToolTip(self.tr("以此咨询新建案件：来电人、用人单位、类别和问题带入案件"))
        self.case_button.setAutoDefault(False)
        self.case_button.clicked.connect(self.convert_to_case)
        self.case_button.hide()
        close_button = QPushButton(self.tr("关闭 (Esc)"))
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.case_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(followup_box)
        left_layout.addLayout(buttons)

        self.history_title = QLabel(self.tr("来电记录"))
        self.history_title.setWordWrap(True)
        self.history = QListWidget()
        self.history.itemDoubleClicked.connect(self._open_history_item)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.history_title)
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        sizing.size_window(self, 83, 51)

        self.caller_completer = RecordCompleter(
            self.caller, self._runner, self._complete_workers, lambda s: f"{s.text}　{mask_phone(s.detail)}"
        )
        self.caller_completer.picked.connect(self._caller_picked)
        self.caller_completer.unlinked.connect(lambda: self._show_link(self.caller_link, None))
        self.enterprise_completer = RecordCompleter(
            self.enterprise, self._runner, self._complete_enterprises, lambda s: f"{s.text}　{s.detail}".rstrip()
        )
        self.enterprise_completer.picked.connect(self._enterprise_picked)
        self.enterprise_completer.unlinked.connect(lambda: self._show_link(self.enterprise_link, None))
        # The history appears while the number is still being typed, not only when the field is left.
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(HISTORY_DELAY_MS)
        self._history_timer.timeout.connect(self.refresh_history)
        self.phone.textEdited.connect(lambda _t: self._history_timer.start())

        # Tab follows the call; the rarely changed fields come after the handling.
        chain = [self.channel, self.caller, self.phone, self.enterprise, self.category, self.question, self.answer,
                 *self.handling_buttons.values(), self.referral_body, self.referral_date, self.followup_due, self.handler,
                 self.received, self.id_number, self.credit_code, self.worker_count, self.followup_done,
                 self.followup_result, self.satisfaction, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

    @staticmethod
    def _with(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == 0 else 0)
        return row

    def _watch_changes(self) -> None:
        def mark(*_: object) -> None:
            self._dirty = True

        for edit in (self.caller, self.phone, self.id_number, self.enterprise, self.credit_code, self.followup_result):
            edit.textEdited.connect(mark)
        for box in (self.question, self.answer):
            box.textChanged.connect(mark)
        for combo in (self.channel, self.category, self.referral_body, self.handler, self.satisfaction):
            combo.currentIndexChanged.connect(mark)
        for edit in (self.received, self.referral_date, self.followup_due, self.followup_done):
            edit.dateTimeChanged.connect(mark)
        self.worker_count.valueChanged.connect(mark)
        self.handling_group.buttonToggled.connect(mark)

    # --- completion and history ------------------------------------------------------------------

    def _complete_workers(self, typed: str) -> list[Suggestion]:
        with self._db.reading() as session:
            return parties.complete_workers(session, typed)

    def _complete_enterprises(self, typed: str) -> list[Suggestion]:
        with self._db.reading() as session:
            return parties.complete_enterprises(session, typed)

    def _show_link(self, label: QLabel, suggestion: Suggestion | None) -> None:
        label.setText(self.tr("✓ 已关联") if suggestion else "")
        label.setToolTip(self.tr("已关联到已有记录；修改文字将取消关联") if suggestion else "")

    def _caller_picked(self, suggestion: Suggestion) -> None:
        self._show_link(self.caller_link, suggestion)
        self._dirty = True
        self.refresh_history()

    def _enterprise_picked(self, suggestion: Suggestion) -> None:
        self._show_link(self.enterprise_link, suggestion)
        self._dirty = True
        if suggestion.detail and not self.credit_code.text().strip():
            self.credit_code.setText(suggestion.detail)

    def refresh_history(self) -> None:
        """Look up the caller's earlier consultations and cases in the background."""
        phone = "" if self._masked else self.phone.text()
        linked = self.caller_completer.linked
        worker_id = linked.id if linked else None
        self._history_generation += 1
        generation, exclude = self._history_generation, self.consultation_id

        def lookup() -> CallerHistory:
            with self._db.reading() as session:
                return consultations.caller_history(session, phone, worker_id=worker_id, exclude_id=exclude)

        self._runner.submit(self, lookup, lambda history: self._show_history(generation, history))

    def _show_history(self, generation: int, history: CallerHistory) -> None:
        if generation != self._history_generation:
            return
        self.history.clear()
        if not history.is_repeat:
            self.history_title.setText(self.tr("来电记录：没有此来电人的以往记录"))
            return
        self.history_title.setText(
            self.tr("回头来电：此前咨询 {0} 次，案件 {1} 件（双击打开）").format(
                len(history.consultations), len(history.cases)
            )
        )
        for item in history.cases:
            line = QListWidgetItem(self.tr("案件 {0}　{1}　{2}\n{3}").format(item.title, item.when.isoformat(), item.status, item.summary))
            line.setData(Qt.ItemDataRole.UserRole, item)
            self.history.addItem(line)
        for item in history.consultations:
            line = QListWidgetItem(f"{item.when.isoformat()}　{item.title}　{item.status}\n{item.summary}")
            line.setData(Qt.ItemDataRole.UserRole, item)
            self.history.addItem(line)

    def _open_case(self, _link: str) -> None:
        if self._case_id is not None:
            record_windows.open_case(self._db, self._runner, self._actor, self._case_id, self.parentWidget())

    def _open_history_item(self, line: QListWidgetItem) -> None:
        item: HistoryItem = line.data(Qt.ItemDataRole.UserRole)
        if item.kind == "case":
            record_windows.open_case(self._db, self._runner, self._actor, item.id, self.parentWidget())
        else:
            self.open_consultation.emit(item.id)

    # --- handling --------------------------------------------------------------------------------

    @property
    def handling(self) -> str:
        for status, button in self.handling_buttons.items():
            if button.isChecked():
                return status
        return S.ANSWERED.value

    def _update_handling(self) -> None:
        referred = self.handling == S.REFERRED
        self.referral_body.setEnabled(referred)
        self.referral_date.setEnabled(referred)
        self._update_due()

    def _received_at(self) -> datetime:
        dt = self.received.dateTime()
        d, t = dt.date(), dt.time()
        return from_local(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def _update_due(self) -> None:
        """Show the default follow-up date of the chosen handling (the clerk may change it)."""
        status = self.handling
        needs = status in consultations.NEEDS_FOLLOWUP
        self.followup_due.setEnabled(needs)
        if not needs:
            self.followup_due.setDate(NO_DATE)
            return
        with self._db.reading() as session:
            due = consultations.followup_due_for(session, status, self._received_at(), date_of(self.referral_date))
        self.followup_due.setDate(to_qdate(due))

    # --- loading and saving ----------------------------------------------------------------------

    def _load(self, consultation_id: int) -> None:
        with self._db.reading() as session:
            detail = consultations.get_consultation(session, consultation_id)
        f = detail.fields
        self._version = detail.version
        self._masked = detail.masked
        self._case_number = detail.case_number
        self.setWindowTitle(self.tr("咨询记录 #{0}").format(detail.id))
        local = to_local(f.received_at)
        self.received.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        select_data(self.channel, f.channel)
        self.caller.setText(f.caller_name)
        self.caller_completer.link(Suggestion(f.caller_id, f.caller_name, "") if f.caller_id else None)
        self._show_link(self.caller_link, self.caller_completer.linked)
        self.phone.setText(f.caller_phone)
        self.id_number.setText(f.caller_id_number)
        self.enterprise.setText(f.enterprise_name)
        self.enterprise_completer.link(Suggestion(f.enterprise_id, f.enterprise_name, f.credit_code) if f.enterprise_id else None)
        self._show_link(self.enterprise_link, self.enterprise_completer.linked)
        self.credit_code.setText(f.credit_code)
        self.worker_count.setValue(f.worker_count)
        select_data(self.category, f.category)
        self.question.setPlainText(f.question)
        self.answer.setPlainText(f.answer)
        handling = f.status
        if handling == S.CLOSED:
            handling = (S.REFERRED if f.referral_body else S.ANSWERED).value
        self.handling_buttons[handling].setChecked(True)
        if f.referral_body:
            select_data(self.referral_body, f.referral_body)
        if f.referral_date:
            self.referral_date.setDate(to_qdate(f.referral_date))
        self._update_handling()
        self.followup_due.setDate(to_qdate(f.followup_due))
        if f.handler_id is not None and self.handler.findData(f.handler_id) < 0:
            self.handler.addItem(self.tr("{0}（已停用）").format(detail.handler_name), f.handler_id)  # a former colleague
        select_data(self.handler, f.handler_id)
        self.followup_done.setDate(to_qdate(f.followup_done))
        self.followup_result.setText(f.followup_result)
        select_data(self.satisfaction, f.satisfaction)
        converted = f.status == S.TO_CASE
        for status, button in self.handling_buttons.items():
            button.setEnabled(not converted or status == S.TO_CASE)
        self._case_id = detail.case_id
        self.case_label.setText(
            self.tr("<a href=\"case\">案件编号：{0}</a>").format(detail.case_number) if detail.case_number else ""
        )
        self.case_button.setVisible(not converted)
        self._set_masked(detail.masked)
        self.refresh_history()

    def _set_masked(self, masked: bool) -> None:
        self._masked = masked
        for edit in (self.phone, self.id_number):
            edit.setReadOnly(masked)
        self.reveal_button.setVisible(masked and bool(self.phone.text() or self.id_number.text()))

    def reveal(self) -> None:
        """Show the full phone and 身份证号 (audited) so they can be read or corrected."""
        if self.consultation_id is None:
            return
        try:
            with self._db.transaction() as session:
                phone, id_number = consultations.reveal_identifiers(session, self._actor, self.consultation_id)
        except (ValidationError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("无法显示"), messages.text(exc))
            return
        self.phone.setText(phone)
        self.id_number.setText(id_number)
        self._set_masked(False)

    def values(self) -> ConsultationFields:
        """What the form holds, as the service takes it."""
        caller = self.caller_completer.linked
        enterprise = self.enterprise_completer.linked
        return ConsultationFields(
            received_at=self._received_at(),
            channel=self.channel.currentData(),
            caller_name=self.caller.text(),
            caller_phone=self.phone.text(),
            caller_id_number=self.id_number.text(),
            caller_id=caller.id if caller else None,
            enterprise_name=self.enterprise.text(),
            credit_code=self.credit_code.text(),
            enterprise_id=enterprise.id if enterprise else None,
            category=self.category.currentData(),
            worker_count=self.worker_count.value(),
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            handler_id=self.handler.currentData(),
            status=self.handling,
            referral_body=self.referral_body.currentData() if self.handling == S.REFERRED else None,
            referral_date=date_of(self.referral_date) if self.handling == S.REFERRED else None,
            followup_due=date_of(self.followup_due) if self.followup_due.isEnabled() else None,
            followup_done=date_of(self.followup_done),
            followup_result=self.followup_result.text(),
            satisfaction=self.satisfaction.currentData(),
        )

    def _field_widget(self, field: str) -> QWidget:
        return {
            "received_at": self.received, "channel": self.channel, "caller_name": self.caller, "caller_phone": self.phone,
            "caller_id_number": self.id_number, "enterprise_name": self.enterprise, "credit_code": self.credit_code,
            "worker_count": self.worker_count, "category": self.category, "question": self.question,
            "answer": self.answer, "status": self.handling_buttons[self.handling], "referral_body": self.referral_body,
            "referral_date": self.referral_date, "followup_due": self.followup_due, "followup_done": self.followup_done,
            "followup_result": self.followup_result, "satisfaction": self.satisfaction,
        }.get(field, self.question)

    def save(self) -> bool:
        """Save in one transaction; on a refusal keep everything typed and focus the field named."""
        values = self.values()
        try:
            with self._db.transaction() as session:
                if self.consultation_id is None:
                    result = consultations.log_consultation(session, self._actor, values)
                else:
                    result = consultations.update_consultation(
                        session, self._actor, self.consultation_id, values,
                        expected_version=self._version, keep_identifiers=self._masked,
                    )
        except FieldError as exc:
            self._refuse(messages.text(exc), self._field_widget(exc.field))
            return False
        except RecordChanged as exc:
            if show_record_changed(self, exc):
                self._load(self.consultation_id)
            return False
        except (ValidationError, PermissionDenied) as exc:
            self._refuse(messages.text(exc), None)
            return False
        created_case = result.case_number and result.case_number != self._case_number
        self.consultation_id = result.id
        self._version = result.version
        self._dirty = False
        self.saved.emit(result.id)
        if created_case:
            QMessageBox.information(self, self.tr("已转立案"), self.tr("已新建案件，案件编号：{0}").format(result.case_number))
        self.accept()
        return True

    def _refuse(self, message: str, widget: QWidget | None) -> None:
        QMessageBox.warning(self, self.tr("未保存"), message)
        if widget is not None:
            widget.setFocus()

    def convert_to_case(self) -> None:
        """转立案 of a stored consultation (saving typed changes first)."""
        if self.consultation_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("转立案"), self.tr("以此咨询新建案件？来电人、用人单位、问题类别和问题描述将带入案件。")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.handling_buttons[S.TO_CASE].setChecked(True)
        self.save()

    # --- closing ---------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def reject(self) -> None:
        """Esc or 关闭: ask before throwing typed text away."""
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("放弃修改"), self.tr("此咨询有未保存的内容，确定放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            self.reject()
            if self._dirty:
                event.ignore()
                return
        super().closeEvent(event)
