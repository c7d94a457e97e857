"""The case window: details, parties, claims, stage moves, timeline with attachments, deadlines, links.

Everything shown comes from ``services.case_view.get_case`` in one short
read; every button is one service action in one transaction. The 基本信息
tab is a form saved with 保存 (Ctrl+S): only the fields changed since the
case was loaded are sent, with the version they were loaded at, so a
colleague's change to another field is kept and a conflicting save is
refused without losing what was typed. The other tabs act at once.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from casedesk.db.database import Database, RecordChanged
from casedesk.domain.case_rules import COLLECTIVE_MIN_WORKERS
from casedesk.domain.enums import (
    CaseOutcome,
    CaseSource,
    CaseStage,
    ClaimKind,
    ConsultationStatus,
    DisputeCategory,
    EventKind,
    NoticeKind,
    NoticeStatus,
    PartyRole,
)
from casedesk.domain.money import format_yuan
from casedesk.domain.validators import ValidationError
from casedesk.services import attachments, cases, parties, settings
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.case_view import CaseDetail, get_case, reveal_party
from casedesk.services.cases import ClaimLine
from casedesk.ui import i18n, record_windows, sizing
from casedesk.ui.case_dialogs import (
    ActionDialog,
    ClaimDialog,
    CloseDialog,
    EventDialog,
    PartyDialog,
    ReopenDialog,
    StageDialog,
    handler_combo,
)
from casedesk.ui.case_widgets import (
    CheckGrid,
    DateField,
    FieldInputError,
    color_days,
    days_left_text,
    enum_combo,
    fill_table,
    fit_columns,
    label,
    label_of,
    read_only_table,
    refuse,
    select_data,
    selected_id,
)
from casedesk.ui.completion import RecordCompleter
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner
from casedesk.ui.stale_dialog import show_record_changed

# The form fields of the 基本信息 tab, in the order update_case receives them.
DATE_KEYS = tuple(cases.DATE_FIELDS)
FLAG_KEYS = tuple(cases.FLAG_FIELDS)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


class CaseWindow(QWidget):
    """One case; ``case_id`` must exist (new cases are registered with the 新建案件 dialog first)."""

    changed = Signal(int)

    def __init__(self, db: Database, runner: Runner, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._runner = runner
        self._actor = actor
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._loaded: dict[str, Any] = {}
        with db.reading() as session:
            self._handlers = cases.handler_choices(session)
            self._warning_days = int(settings.get(session, "deadline_warning_days"))
        self._build()
        self.reload(keep_form=False)
        self.changed.connect(record_windows.events().case_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)  # asks first when edits are unsaved
        sizing.size_window(self, 87, 54)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.number_label = QLabel()
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_label = QLabel()
        self.stage_label.setStyleSheet("QLabel { background: #e3ecf7; color: #1d4f91; border-radius: 4px; padding: 3px 10px; }")
        self.totals_label = QLabel()
        self.deadline_banner = QLabel()
        self.deadline_banner.setWordWrap(True)
        self.deadline_banner.hide()

        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.stage_button = QPushButton(self.tr("推进阶段…"))
        self.stage_button.clicked.connect(self.move_stage)
        self.close_button = QPushButton(self.tr("结案…"))
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button = QPushButton(self.tr("重新办理…"))
        self.reopen_button.clicked.connect(self.reopen_case)
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addWidget(self.stage_label)
        header.addStretch(1)
        for button in (self.save_button, self.stage_button, self.close_button, self.reopen_button):
            button.setAutoDefault(False)
            header.addWidget(button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_details(), self.tr("基本信息"))
        self.tabs.addTab(self._build_parties(), self.tr("当事人"))
        self.tabs.addTab(self._build_claims(), self.tr("诉求"))
        self.tabs.addTab(self._build_timeline(), self.tr("办案记录"))
        self.tabs.addTab(self._build_deadlines(), self.tr("法定期限"))
        self.tabs.addTab(self._build_links(), self.tr("关联"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.deadline_banner)
        layout.addWidget(self.tabs, 1)

    def _build_details(self) -> QWidget:
        self.source = enum_combo(CaseSource)
        self.intake_date = DateField(self.tr("受理日期"))
        self.enterprise = QLineEdit()
        self.enterprise.setPlaceholderText(self.tr("输入名称或拼音首字母"))
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(18)
        self.enterprise_button = QPushButton(self.tr("单位档案"))
        self.enterprise_button.setAutoDefault(False)
        self.enterprise_button.clicked.connect(self.open_enterprise)
        self._completer = RecordCompleter(
            self.enterprise, self._runner, self._complete_enterprises, lambda s: f"{s.text}  {s.detail}".strip()
        )
        self._completer.picked.connect(lambda s: self.credit_code.setText(s.detail))
        self.worker_count = QSpinBox()
        self.worker_count.setRange(1, 100_000)
        self.worker_count.setSuffix(self.tr(" 人"))
        self.collective = QCheckBox(self.tr("集体案件"))
        self.worker_count.valueChanged.connect(lambda n: n >= COLLECTIVE_MIN_WORKERS and self.collective.setChecked(True))
        self.handler = handler_combo(self._handlers, None, self.tr("（未指定）"))
        self.lawyer = QLineEdit()
        self.lawyer.setMaxLength(60)
        self.categories = CheckGrid(DisputeCategory, columns=4)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)

        self.dates: dict[str, DateField] = {key: DateField(self.tr(text)) for key, text in cases.DATE_FIELDS.items() if key != "intake_date"}
        self.flags: dict[str, QCheckBox] = {key: QCheckBox(self.tr(text)) for key, text in cases.FLAG_FIELDS.items()}
        self.flags["wage_arrears_only"].setToolTip(self.tr("劳动关系存续期间拖欠劳动报酬的，仲裁时效自劳动关系终止之日起计算（第27条）"))

        enterprise_row = QHBoxLayout()
        enterprise_row.addWidget(self.enterprise, 3)
        enterprise_row.addWidget(QLabel(self.tr("信用代码")))
        enterprise_row.addWidget(self.credit_code, 2)
        enterprise_row.addWidget(self.enterprise_button)
        count_row = QHBoxLayout()
        count_row.addWidget(self.worker_count)
        count_row.addWidget(self.collective)
        count_row.addStretch(1)
        count_row.addWidget(QLabel(self.tr("承办人")))
        count_row.addWidget(self.handler)
        count_row.addWidget(QLabel(self.tr("法律援助律师")))
        count_row.addWidget(self.lawyer)
        top_row = QHBoxLayout()
        top_row.addWidget(self.source)
        top_row.addWidget(QLabel(self.tr("受理日期")))
        top_row.addWidget(self.intake_date)
        top_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("案件来源"), top_row)
        form.addRow(self.tr("用人单位"), enterprise_row)
        form.addRow(self.tr("涉及人数"), count_row)
        form.addRow(self.tr("争议类别"), self.categories)
        form.addRow(self.tr("案情描述"), self.description)

        group = QGroupBox(self.tr("计算法定期限的日期（劳动争议调解仲裁法）"))
        grid = QGridLayout(group)
        placement = (
            ("infringement_known_date", 0, 0), ("employment_end_date", 0, 2), ("mediation_applied_date", 1, 0),
            ("arbitration_applied_date", 1, 2), ("arbitration_accepted_date", 2, 0), ("award_received_date", 2, 2),
        )
        for key, row, col in placement:
            grid.addWidget(QLabel(self.tr(cases.DATE_FIELDS[key])), row, col)
            grid.addWidget(self.dates[key], row, col + 1)
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        grid.addLayout(flags, 3, 0, 1, 4)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form, 1)
        layout.addWidget(group)
        return page

    def _buttons(self, *specs: tuple[str, Callable[[], None]]) -> tuple[QHBoxLayout, list[QPushButton]]:
        row = QHBoxLayout()
        made = []
        for text, slot in specs:
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        return row, made

    def _build_parties(self) -> QWidget:
        self.parties_table = read_only_table([self.tr("角色"), self.tr("姓名"), self.tr("联系电话"), self.tr("身份证号")])
        row, self.party_buttons = self._buttons(
            (self.tr("添加…"), self.add_party), (self.tr("移除"), self.remove_party), (self.tr("显示完整号码"), self.reveal_party),
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.parties_table)
        return page

    def _build_claims(self) -> QWidget:
        self.claims_table = read_only_table([self.tr("诉求类型"), self.tr("诉求金额（元）"), self.tr("挽回金额（元）"), self.tr("说明")])
        self.claims_table.doubleClicked.connect(lambda _i: self.edit_claim())
        row, self.claim_buttons = self._buttons(
            (self.tr("添加…"), self.add_claim), (self.tr("修改…"), self.edit_claim), (self.tr("删除"), self.remove_claim),
        )
        self.claims_total = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.claims_table, 1)
        layout.addWidget(self.claims_total)
        return page

    def _build_timeline(self) -> QWidget:
        self.events_table = read_only_table([self.tr("时间"), self.tr("类型"), self.tr("内容"), self.tr("记录人")], stretch_column=2)
        self.events_table.doubleClicked.connect(lambda _i: self.edit_event())
        events_row, self.event_buttons = self._buttons(
            (self.tr("添加记录…"), self.add_event), (self.tr("修改…"), self.edit_event), (self.tr("删除"), self.delete_event),
        )
        self.attachments_table = read_only_table([self.tr("附件"), self.tr("大小"), self.tr("添加时间"), self.tr("所属记录")], stretch_column=0)
        self.attachments_table.doubleClicked.connect(lambda _i: self.open_attachment())
        files_row, self.attachment_buttons = self._buttons(
            (self.tr("添加附件…"), self.add_attachments), (self.tr("打开"), self.open_attachment),
            (self.tr("另存为…"), self.save_attachment_as), (self.tr("移除"), self.remove_attachment),
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(events_row)
        layout.addWidget(self.events_table, 3)
        layout.addWidget(QLabel(self.tr("附件（复制保存在数据文件夹中，按 SHA-256 校验）")))
        layout.addLayout(files_row)
        layout.addWidget(self.attachments_table, 2)
        return page

    def _build_deadlines(self) -> QWidget:
        self.deadlines_table = read_only_table([self.tr("期限"), self.tr("法律依据"), self.tr("到期日"), self.tr("剩余")])
        self.deadlines_hint = QLabel()
        self.deadlines_hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.deadlines_table, 1)
        layout.addWidget(self.deadlines_hint)
        return page

    def _build_links(self) -> QWidget:
        self.consultations_table = read_only_table(
            [self.tr("受理时间"), self.tr("来电人"), self.tr("类别"), self.tr("状态"), self.tr("问题")], stretch_column=4
        )
        self.notices_table = read_only_table(
            [self.tr("文书"), self.tr("文号"), self.tr("状态"), self.tr("发出日期"), self.tr("回复期限"), self.tr("升级自")], stretch_column=1
        )
        notices_row, self.notice_buttons = self._buttons(
            (self.tr("起草提示函"), lambda: self.draft_notice(NoticeKind.REMINDER)),
            (self.tr("起草意见书"), lambda: self.draft_notice(NoticeKind.OPINION)),
        )
        self.notices_table.doubleClicked.connect(lambda _i: self.open_notice())
        self.consultations_table.doubleClicked.connect(lambda _i: self.open_consultation())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("相关咨询")))
        layout.addWidget(self.consultations_table, 1)
        layout.addWidget(QLabel(self.tr("一函两书")))
        layout.addLayout(notices_row)
        layout.addWidget(self.notices_table, 1)
        return page

    def _complete_enterprises(self, typed: str) -> list[parties.Suggestion]:
        with self._db.reading() as session:
            return parties.complete_enterprises(session, typed)

    # --- showing ---------------------------------------------------------------------------------

    def reload(self, keep_form: bool = True) -> None:
        """Read the case again; the 基本信息 form keeps what the user changed unless ``keep_form`` is False."""
        mine: dict[str, Any] | None = {}
        if keep_form and self._loaded:
            try:
                mine = self.changes()
            except ValidationError:
                mine = None  # a field cannot be read: keep the whole form as typed
        with self._db.reading() as session:
            self.detail = d = get_case(session, self.case_id)
        closed = d.stage == CaseStage.CLOSED
        self.setWindowTitle(self.tr("案件 {0}").format(d.case_number))
        self.number_label.setText(d.case_number)
        stage_text = label(CaseStage(d.stage))
        if closed:
            stage_text = self.tr("{0}：{1}（{2}）").format(stage_text, label_of(CaseOutcome, d.outcome), d.closed_date)
        self.stage_label.setText(stage_text)
        t = d.totals
        self.totals_label.setText(self.tr("涉及金额 ¥{0}　挽回金额 ¥{1}　涉及职工 {2} 人　受益职工 {3} 人").format(
            format_yuan(t.claimed_fen), format_yuan(t.recovered_fen), t.workers_involved, t.workers_benefited))
        self._show_banner(d)
        self._loaded = self._detail_values(d)
        if mine is not None:
            # Take everything as stored now, then put back the fields this user changed and has not saved.
            self._apply_values({**self._loaded, **mine})
        self._fill_tables(d)
        for widget in (self.save_button, self.stage_button, self.close_button, *self.party_buttons, *self.claim_buttons):
            widget.setEnabled(not closed)
        self.stage_button.setEnabled(not closed and d.stage != CaseStage.LITIGATION)
        self.reopen_button.setEnabled(closed)
        self._set_form_enabled(not closed)

    def _show_banner(self, d: CaseDetail) -> None:
        passed = [x for x in d.deadlines if x.days_left < 0]
        soon = [x for x in d.deadlines if 0 <= x.days_left <= self._warning_days]
        if passed:
            text = "；".join(self.tr("{0} {1} 已过 {2} 天").format(i18n.deadline_label(x.label), x.due, -x.days_left) for x in passed)
            self.deadline_banner.setStyleSheet("background:#fde2de; color:#b00020; padding:6px; font-weight:bold;")
            self.deadline_banner.setText(self.tr("法定期限已过：{0}").format(text))
        elif soon:
            text = "；".join(self.tr("{0} {1}（{2}）").format(i18n.deadline_label(x.label), x.due, days_left_text(x.days_left)) for x in soon)
            self.deadline_banner.setStyleSheet("background:#fff1d6; color:#8a4b00; padding:6px; font-weight:bold;")
            self.deadline_banner.setText(self.tr("法定期限临近：{0}").format(text))
        self.deadline_banner.setVisible(bool(passed or soon))

    def _apply_values(self, v: dict[str, Any]) -> None:
        select_data(self.source, v["source"])
        self.intake_date.set_value(v["intake_date"])
        self.enterprise.setText(v["enterprise_name"])
        self.credit_code.setText(v["credit_code"])
        self.worker_count.setValue(v["worker_count"])
        self.collective.setChecked(v["is_collective"])
        select_data(self.handler, v["handler_id"])
        self.lawyer.setText(v["lawyer"])
        self.categories.set_codes(v["categories"])
        if self.description.toPlainText() != v["description"]:
            self.description.setPlainText(v["description"])
        for key, field in self.dates.items():
            field.set_value(v[key])
        for key, box in self.flags.items():
            box.setChecked(v[key])

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.source, self.intake_date, self.enterprise, self.credit_code, self.worker_count, self.collective,
                       self.handler, self.lawyer, self.categories, *self.dates.values(), *self.flags.values()):
            widget.setEnabled(enabled)
        self.description.setReadOnly(not enabled)

    def _fill_tables(self, d: CaseDetail) -> None:
        fill_table(self.parties_table, [
            (p.id, (label_of(PartyRole, p.role), p.name, p.phone_masked, p.id_number_masked)) for p in d.parties
        ])
        fill_table(self.claims_table, [
            (c.id, (label_of(ClaimKind, c.kind), format_yuan(c.claimed_fen), format_yuan(c.recovered_fen), c.note)) for c in d.claims
        ], right_aligned=(1, 2))
        self.claims_total.setText(self.tr("合计：诉求 ¥{0}，挽回 ¥{1}").format(format_yuan(d.totals.claimed_fen), format_yuan(d.totals.recovered_fen)))
        fill_table(self.events_table, [
            (e.id, (e.occurred_local, label_of(EventKind, e.kind), " ".join(e.summary.split()), e.staff_name)) for e in d.events
        ])
        event_time = {e.id: e.occurred_local for e in d.events}
        fill_table(self.attachments_table, [
            (a.id, (a.filename, _size(a.size), a.added_local, event_time.get(a.event_id, ""))) for a in d.attachments
        ], right_aligned=(1,))
        fill_table(self.deadlines_table, [
            (x.key, (i18n.deadline_label(x.label), i18n.article(x.article), x.due.isoformat(), days_left_text(x.days_left))) for x in d.deadlines
        ])
        for row, x in enumerate(d.deadlines):
            color_days(self.deadlines_table.item(row, 3), x.days_left, self._warning_days)
        fit_columns(self.deadlines_table)  # bold text is wider
        if d.stage == CaseStage.CLOSED:
            self.deadlines_hint.setText(self.tr("案件已结案，不再计算法定期限。"))
        elif not d.deadlines:
            self.deadlines_hint.setText(self.tr("在“基本信息”中填写知道权利被侵害日期、申请调解或仲裁日期、仲裁受理日期或收到裁决书日期后，这里显示相应的法定期限。"))
        else:
            self.deadlines_hint.setText(self.tr("期限按民法典第201–203条计算：起算日不计入，最后一日是节假日的顺延至节假日后第一个工作日。"))
        fill_table(self.consultations_table, [
            (c.id, (c.received_local, c.caller, label_of(DisputeCategory, c.category), label_of(ConsultationStatus, c.status), c.question))
            for c in d.consultations
        ])
        fill_table(self.notices_table, [
            (n.id, (label_of(NoticeKind, n.kind), n.number or self.tr("（草稿，未编号）"), label_of(NoticeStatus, n.status),
                    n.issued_on or "", n.reply_due or "", n.escalated_from)) for n in d.notices
        ])

    # --- the 基本信息 form -----------------------------------------------------------------------

    def _detail_values(self, d: CaseDetail) -> dict[str, Any]:
        values: dict[str, Any] = {key: getattr(d, key) for key in (*DATE_KEYS, *FLAG_KEYS)}
        values.update(
            source=d.source, enterprise_name=d.enterprise_name, credit_code=d.credit_code, worker_count=d.worker_count,
            is_collective=d.is_collective, handler_id=d.handler_id, lawyer=d.lawyer, categories=sorted(d.categories),
            description=d.description,
        )
        return values

    def form_values(self) -> dict[str, Any]:
        """What the form says now; raises FieldInputError for a date that cannot be read."""
        values: dict[str, Any] = {key: field.value() for key, field in self.dates.items()}
        intake = self.intake_date.value()
        if intake is None:
            raise FieldInputError(self.tr("受理日期不能为空"), self.intake_date)
        values["intake_date"] = intake
        values.update({key: box.isChecked() for key, box in self.flags.items()})
        values.update(
            source=self.source.currentData(), enterprise_name=self.enterprise.text().strip(),
            credit_code=self.credit_code.text().strip().upper(), worker_count=self.worker_count.value(),
            is_collective=self.collective.isChecked(), handler_id=self.handler.currentData(), lawyer=self.lawyer.text().strip(),
            categories=sorted(self.categories.codes()), description=self.description.toPlainText().strip(),
        )
        return values

    def changes(self) -> dict[str, Any]:
        current = self.form_values()
        changed = {k: v for k, v in current.items() if v != self._loaded.get(k)}
        if "enterprise_name" in changed or "credit_code" in changed:
            changed["enterprise_name"], changed["credit_code"] = current["enterprise_name"], current["credit_code"]
        if "worker_count" in changed or "is_collective" in changed:
            changed["worker_count"], changed["is_collective"] = current["worker_count"], current["is_collective"]
        return changed

    @property
    def dirty(self) -> bool:
        if not self._loaded:
            return False
        try:
            return bool(self.changes())
        except ValidationError:
            return True

    def save(self) -> bool:
        if self.detail is None or self.detail.stage == CaseStage.CLOSED:
            return True
        try:
            changed = self.changes()
            if not changed:
                return True
            with self._db.transaction() as session:
                cases.update_case(session, self._actor, self.case_id, expected_version=self.detail.version, **changed)
        except RecordChanged as exc:
            # Either way the window moves to the saved version; "keep" leaves the clerk's text on screen.
            self.reload(keep_form=not show_record_changed(self, exc))
            return False
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc)
            return False
        self.reload(keep_form=False)
        self.changed.emit(self.case_id)
        return True

    # --- actions ---------------------------------------------------------------------------------

    def _act(self, action: Callable[[Session], Any]) -> bool:
        """Run one action in one transaction; on success re-read the case (keeping unsaved form edits)."""
        try:
            with self._db.transaction() as session:
                action(session)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc, self.tr("未完成"))
            return False
        self._after_change()
        return True

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    def _dialog(self, dialog: ActionDialog) -> bool:
        if dialog.exec():
            self._after_change()
            return True
        return False

    def _perform(self, action: Callable[[Session, ActionDialog], Any]) -> Callable[[ActionDialog], Any]:
        def run(dialog: ActionDialog) -> Any:
            with self._db.transaction() as session:
                return action(session, dialog)
        return run

    def _unsaved_first(self) -> bool:
        """Stage moves and closing act on the saved record: offer to save form edits before."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(self, self.tr("有未保存的修改"), self.tr("“基本信息”中有未保存的修改，先保存吗？"),
                                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save and self.save()

    def move_stage(self) -> None:
        if self.detail is None or not self._unsaved_first():
            return
        self._dialog(StageDialog(CaseStage(self.detail.stage), self._perform(lambda s, d: cases.move_stage(
            s, self._actor, self.case_id, d.stage.currentData(), on_date=d.on_date.value(), note=d.note.toPlainText(),
        )), self))

    def close_case(self) -> None:
        if self.detail is None or not self._unsaved_first():
            return
        self._dialog(CloseDialog(CaseStage(self.detail.stage), self.detail.claims, self._perform(lambda s, d: cases.close_case(
            s, self._actor, self.case_id, outcome=d.outcome.currentData() or "", closed_date=d.closed_date.value(),
            recovered=d.recovered_fen(), note=d.note.toPlainText(),
        )), self))

    def reopen_case(self) -> None:
        with self._db.reading() as session:
            back_to = cases.stage_before_close(session, self.case_id)
        self._dialog(ReopenDialog(back_to, self._perform(lambda s, d: cases.reopen_case(
            s, self._actor, self.case_id, reason=d.reason.toPlainText(), stage=d.stage.currentData(), on_date=d.on_date.value(),
        )), self))

    def add_party(self) -> None:
        self._dialog(PartyDialog(self._perform(lambda s, d: cases.add_party(
            s, self._actor, self.case_id, name=d.name.text(), phone=d.phone.text(), id_number=d.id_number.text(),
            role=d.role.currentData(),
        )), self))

    def remove_party(self) -> None:
        party_id = selected_id(self.parties_table)
        if party_id is not None:
            self._act(lambda s: cases.remove_party(s, self._actor, party_id))

    def reveal_party(self) -> None:
        party_id = selected_id(self.parties_table)
        if party_id is None:
            return
        answer = QMessageBox.question(self, self.tr("显示完整号码"),
                                      self.tr("完整的电话和身份证号属于个人信息，查看将记入审计日志。继续吗？"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                full = reveal_party(session, self._actor, party_id)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc, self.tr("无法显示"))
            return
        row = self.parties_table.currentRow()
        self.parties_table.item(row, 2).setText(full.phone)
        self.parties_table.item(row, 3).setText(full.id_number)

    def add_claim(self) -> None:
        self._dialog(ClaimDialog(self._perform(lambda s, d: cases.add_claim(
            s, self._actor, self.case_id, ClaimLine(d.kind.currentData(), d.claimed.fen(), d.recovered.fen(), d.note.text()),
        )), parent=self))

    def edit_claim(self) -> None:
        claim_id = selected_id(self.claims_table)
        if claim_id is None or self.detail is None or self.detail.stage == CaseStage.CLOSED:
            return
        claim = next(c for c in self.detail.claims if c.id == claim_id)
        self._dialog(ClaimDialog(self._perform(lambda s, d: cases.update_claim(
            s, self._actor, claim_id, ClaimLine(d.kind.currentData(), d.claimed.fen(), d.recovered.fen(), d.note.text()),
        )), claim, self))

    def remove_claim(self) -> None:
        claim_id = selected_id(self.claims_table)
        if claim_id is not None:
            self._act(lambda s: cases.remove_claim(s, self._actor, claim_id))

    def add_event(self) -> None:
        self._dialog(EventDialog(self._perform(lambda s, d: cases.add_event(
            s, self._actor, self.case_id, kind=d.kind.currentData(), summary=d.summary.toPlainText(), occurred_at=d.occurred_at(),
        )), parent=self))

    def edit_event(self) -> None:
        event_id = selected_id(self.events_table)
        if event_id is None or self.detail is None:
            return
        event = next(e for e in self.detail.events if e.id == event_id)
        if event.kind == EventKind.STAGE:
            QMessageBox.information(self, self.tr("办案记录"), self.tr("阶段变更记录由系统生成，不能修改。"))
            return
        self._dialog(EventDialog(self._perform(lambda s, d: cases.update_event(
            s, self._actor, event_id, kind=d.kind.currentData(), summary=d.summary.toPlainText(), occurred_at=d.occurred_at(),
        )), event.kind, event.occurred_at.astimezone().replace(tzinfo=None), event.summary, self))

    def delete_event(self) -> None:
        event_id = selected_id(self.events_table)
        if event_id is None:
            return
        if QMessageBox.question(self, self.tr("删除记录"), self.tr("删除这条办案记录吗？")) == QMessageBox.StandardButton.Yes:
            self._act(lambda s: cases.delete_event(s, self._actor, event_id))

    # --- attachments -----------------------------------------------------------------------------

    def add_attachments(self, paths: list[Path] | None = None) -> None:
        """Copy the chosen files into the data folder off the GUI thread, then attach them in one transaction."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(self, self.tr("添加附件"))
            paths = [Path(n) for n in names]
        if not paths:
            return
        event_id = selected_id(self.events_table) if self.events_table.hasFocus() else None
        task = BackgroundTask(self, self._runner, self.tr("添加附件"), self.tr("正在复制 {0} 个文件…").format(len(paths)))

        def work(report: Callable[[int, int], None]) -> list[tuple[attachments.StoredFile, str]]:
            total = sum(p.stat().st_size for p in paths if p.is_file())
            stored, done = [], 0
            for path in paths:
                base = done
                stored.append((attachments.store_file(path, lambda n, _t, b=base: report(b + n, total) or True), path.name))
                done += stored[-1][0].size
            return stored

        def copied(stored: list[tuple[attachments.StoredFile, str]]) -> None:
            self._act(lambda s: [attachments.attach_stored(s, self._actor, self.case_id, f, name, event_id) for f, name in stored])

        def failed(exc: Exception) -> None:
            if not isinstance(exc, Cancelled):
                refuse(self, exc, self.tr("无法添加附件"))

        task.start(work, copied, failed)

    def _attachment_path(self) -> tuple[int, Path] | None:
        attachment_id = selected_id(self.attachments_table)
        if attachment_id is None:
            return None
        try:
            with self._db.reading() as session:
                return attachment_id, attachments.attachment_file(session, attachment_id)
        except ValidationError as exc:
            refuse(self, exc, self.tr("无法打开附件"))
            return None

    def open_attachment(self) -> None:
        found = self._attachment_path()
        if found is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(found[1])))

    def save_attachment_as(self) -> None:
        attachment_id = selected_id(self.attachments_table)
        if attachment_id is None:
            return
        row = self.attachments_table.currentRow()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存附件"), self.attachments_table.item(row, 0).text())
        if name:
            self._act(lambda s: attachments.export_copy(s, self._actor, attachment_id, Path(name)))

    def remove_attachment(self) -> None:
        attachment_id = selected_id(self.attachments_table)
        if attachment_id is None:
            return
        if QMessageBox.question(self, self.tr("移除附件"), self.tr("从本案移除这个附件吗？")) == QMessageBox.StandardButton.Yes:
            self._act(lambda s: attachments.remove_attachment(s, self._actor, attachment_id))

    # --- links -----------------------------------------------------------------------------------

    def open_enterprise(self) -> None:
        if self.detail is not None and self.detail.enterprise_id is not None:
            record_windows.open_enterprise(self._db, self._runner, self._actor, self.detail.enterprise_id, self.window())

    def draft_notice(self, kind: NoticeKind) -> None:
        """Start a 提示函 or 意见书 to the case's employer, with the case's facts and categories carried over."""
        from casedesk.services import notices

        if self.detail is None:
            return
        if self.detail.enterprise_id is None:
            QMessageBox.information(self, label(kind), self.tr("请先在“基本信息”中填写用人单位并保存。"))
            return
        detail = self.detail
        if not self._act(lambda s: notices.draft_notice(
            s, self._actor, kind=kind.value, case_id=detail.id, enterprise_id=detail.enterprise_id, facts=detail.description,
        )):
            return
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
        if self.detail.notices:
            self._open_notice_id(self.detail.notices[-1].id)

    def open_notice(self) -> None:
        notice_id = selected_id(self.notices_table)
        if notice_id is not None:
            self._open_notice_id(notice_id)

    def _open_notice_id(self, notice_id: int) -> None:
        record_windows.open_notice(self._db, self._runner, self._actor, notice_id, self.window())

    def open_consultation(self) -> None:
        consultation_id = selected_id(self.consultations_table)
        if consultation_id is not None:
            record_windows.events().consultation_requested.emit(consultation_id)

    # --- closing the window ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.dirty:
            answer = QMessageBox.question(
                self, self.tr("有未保存的修改"), self.tr("“基本信息”中的修改尚未保存。保存吗？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        super().closeEvent(event)


def new_case(db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> int | None:
    """The 新建案件 dialog; on success the case window opens and the new case's id is returned."""
    from casedesk.ui.case_dialogs import NewCaseDialog

    with db.reading() as session:
        handlers = cases.handler_choices(session)

    def perform(d: ActionDialog) -> int:
        assert isinstance(d, NewCaseDialog)
        amount = d.claim_amount.fen()
        claims = (ClaimLine(d.claim_kind.currentData(), amount),) if d.claim_kind.currentData() else ()
        if amount and not claims:
            raise FieldInputError(d.tr("填写了诉求金额时请选择诉求类型"), d.claim_kind)
        with db.transaction() as session:
            return cases.open_case(
                session, actor, source=d.source.currentData(), intake_date=d.intake_date.value(),
                applicant_name=d.applicant.text(), applicant_phone=d.phone.text(), applicant_id_number=d.id_number.text(),
                enterprise_name=d.enterprise.text(), credit_code=d.credit_code.text(), categories=d.categories.codes(),
                is_collective=d.collective.isChecked(), worker_count=d.worker_count.value(), handler_id=d.handler.currentData(),
                description=d.description.toPlainText(), claims=claims,
            ).id

    dialog = NewCaseDialog(perform, handlers, actor.staff_id, parent)

    def lookup(typed: str) -> list[parties.Suggestion]:
        with db.reading() as session:
            return parties.complete_enterprises(session, typed)

    completer = RecordCompleter(dialog.enterprise, runner, lookup, lambda s: f"{s.text}  {s.detail}".strip())
    completer.picked.connect(dialog.enterprise_picked)
    if not dialog.exec():
        return None
    case_id = int(dialog.result_value)  # type: ignore[arg-type]
    record_windows.events().case_changed.emit(0)
    record_windows.open_case(db, runner, actor, case_id, parent)
    return case_id
