"""The dialogs of the case window: new case, stage move, closing, reopening, timeline entry, party, claim.

Each dialog collects values and hands them to ``perform``, which calls the
one service function of that action in one transaction. A refusal (a
``ValidationError`` naming the field) is shown and the dialog stays open with
everything typed, so nothing is lost; only success closes it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.case_rules import COLLECTIVE_MIN_WORKERS
from casedesk.domain.enums import CaseOutcome, CaseSource, CaseStage, ClaimKind, DisputeCategory, EventKind, PartyRole
from casedesk.domain.money import format_yuan
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError
from casedesk.services.actor import PermissionDenied
from casedesk.services.case_view import ClaimView
from casedesk.services.cases import USER_EVENT_KINDS, StaffChoice
from casedesk.services.parties import Suggestion
from casedesk.ui import sizing
from casedesk.ui.case_widgets import CheckGrid, DateField, MoneyField, enum_combo, label, refuse, select_data

MAX_WORKERS = 100_000


class ActionDialog(QDialog):
    """OK runs ``perform(self)``; a refusal is shown and the dialog stays open."""

    def __init__(self, title: str, perform: Callable[["ActionDialog"], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._perform = perform
        self.result_value: object = None
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self.result_value = self._perform(self)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc)
            return
        super().accept()


def _note(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(sizing.box_height(edit, 5))
    return edit


def handler_combo(choices: Sequence[StaffChoice], current: int | None, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    select_data(combo, current)
    return combo


class NewCaseDialog(ActionDialog):
    """受理登记: what the intake needs; the rest (more parties, claims, dates) is added in the case window."""

    def __init__(self, perform: Callable[[ActionDialog], object], handlers: Sequence[StaffChoice], handler_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新建案件"), perform, parent)
        self.source = enum_combo(CaseSource)
        select_data(self.source, CaseSource.WALK_IN.value)
        self.intake_date = DateField(self.tr("受理日期"))
        self.intake_date.set_value(local_now().date())
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("姓名（集体案件填一名申请人，其余可在案件中添加）"))
        self.phone = QLineEdit()
        self.id_number = QLineEdit()
        self.enterprise = QLineEdit()
        self.enterprise.setPlaceholderText(self.tr("输入名称或拼音首字母，如 tfq"))
        self.credit_code = QLineEdit()
        self.categories = CheckGrid(DisputeCategory)
        self.collective = QCheckBox(self.tr("集体案件"))
        self.worker_count = QSpinBox()
        self.worker_count.setRange(1, MAX_WORKERS)
        self.worker_count.setSuffix(self.tr(" 人"))
        self.worker_count.valueChanged.connect(self._count_changed)
        self.handler = handler_combo(handlers, handler_id, self.tr("（未指定）"))
        self.claim_kind = enum_combo(ClaimKind, blank=self.tr("（暂不填写）"))
        self.claim_amount = MoneyField(self.tr("诉求金额"))
        self.description = _note(self.tr("基本案情：何时、何事、诉求"))
        count_row = QHBoxLayout()
        count_row.addWidget(self.worker_count)
        count_row.addWidget(self.collective)
        count_row.addStretch(1)
        claim_row = QHBoxLayout()
        claim_row.addWidget(self.claim_kind)
        claim_row.addWidget(self.claim_amount)
        claim_row.addWidget(QLabel(self.tr("元")))
        self.form.addRow(self.tr("来源"), self.source)
        self.form.addRow(self.tr("受理日期"), self.intake_date)
        self.form.addRow(self.tr("申请人"), self.applicant)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.form.addRow(self.tr("身份证号"), self.id_number)
        self.form.addRow(self.tr("用人单位"), self.enterprise)
        self.form.addRow(self.tr("统一社会信用代码"), self.credit_code)
        self.form.addRow(self.tr("涉及人数"), count_row)
        self.form.addRow(self.tr("争议类别"), self.categories)
        self.form.addRow(self.tr("诉求"), claim_row)
        self.form.addRow(self.tr("承办人"), self.handler)
        self.form.addRow(self.tr("案情描述"), self.description)
        self.applicant.setFocus()
        sizing.size_window(self, 53)

    def _count_changed(self, count: int) -> None:
        if count >= COLLECTIVE_MIN_WORKERS:
            self.collective.setChecked(True)

    def enterprise_picked(self, suggestion: Suggestion) -> None:
        if suggestion.detail:
            self.credit_code.setText(suggestion.detail)


class StageDialog(ActionDialog):
    """推进阶段: only later stages are offered (skipping is allowed, going back is not)."""

    def __init__(self, current: CaseStage, perform: Callable[[ActionDialog], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("推进阶段"), perform, parent)
        later = [s for s in CaseStage if current.order < s.order and s != CaseStage.CLOSED]
        self.stage = enum_combo(CaseStage, later)
        self.on_date = DateField(self.tr("日期"))
        self.on_date.set_value(local_now().date())
        self.note = _note(self.tr("如：已向区劳动人事争议仲裁委员会递交仲裁申请"))
        hint = QLabel(self.tr("进入“调解”或“仲裁”阶段时，如尚未填写申请日期，将以此日期作为申请日期并开始计算法定期限。"))
        hint.setWordWrap(True)
        self.form.addRow(self.tr("当前阶段"), QLabel(label(current)))
        self.form.addRow(self.tr("推进到"), self.stage)
        self.form.addRow(self.tr("日期"), self.on_date)
        self.form.addRow(self.tr("说明"), self.note)
        self.form.addRow(hint)
        sizing.size_window(self, 43)


class CloseDialog(ActionDialog):
    """结案: the outcome, the date, and the amount recovered on every claim (pre-filled with what is recorded)."""

    def __init__(self, stage: CaseStage, claims: Sequence[ClaimView], perform: Callable[[ActionDialog], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("结案"), perform, parent)
        self.outcome = enum_combo(CaseOutcome, blank=self.tr("（请选择处理结果）"))
        self.closed_date = DateField(self.tr("结案日期"))
        self.closed_date.set_value(local_now().date())
        self.claims = list(claims)
        self.recovered: list[MoneyField] = []
        self.table = QTableWidget(len(claims), 3)
        self.table.setHorizontalHeaderLabels([self.tr("诉求"), self.tr("诉求金额（元）"), self.tr("挽回金额（元）")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, claim in enumerate(claims):
            self.table.setItem(row, 0, QTableWidgetItem(label(ClaimKind(claim.kind)) + (f"（{claim.note}）" if claim.note else "")))
            amount = QTableWidgetItem(format_yuan(claim.claimed_fen))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount)
            edit = MoneyField(self.tr("第{0}项诉求（{1}）的挽回金额").format(row + 1, label(ClaimKind(claim.kind))))
            edit.set_fen(claim.recovered_fen)
            if not claim.recovered_fen:
                edit.setText("0")
            self.recovered.append(edit)
            self.table.setCellWidget(row, 2, edit)
        self.table.resizeColumnsToContents()
        self.note = _note(self.tr("如：单位分两期支付，第一期已到账"))
        self.form.addRow(self.tr("当前阶段"), QLabel(label(stage)))
        self.form.addRow(self.tr("处理结果"), self.outcome)
        self.form.addRow(self.tr("结案日期"), self.closed_date)
        if claims:
            self.form.addRow(self.tr("各项诉求的挽回金额"), self.table)
        else:
            self.form.addRow(QLabel(self.tr("本案没有金额诉求。")))
        self.form.addRow(self.tr("结案说明"), self.note)
        sizing.size_window(self, 52)

    def recovered_fen(self) -> dict[int, int]:
        return {claim.id: edit.fen() for claim, edit in zip(self.claims, self.recovered, strict=True)}


class ReopenDialog(ActionDialog):
    """重新办理: a reason is required; the case returns to the stage it closed from unless another is chosen."""

    def __init__(self, back_to: CaseStage, perform: Callable[[ActionDialog], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重新办理"), perform, parent)
        self.stage = enum_combo(CaseStage, [s for s in CaseStage if s != CaseStage.CLOSED])
        select_data(self.stage, back_to.value)
        self.on_date = DateField(self.tr("日期"))
        self.on_date.set_value(local_now().date())
        self.reason = _note(self.tr("如：单位未按调解协议付款，职工要求继续维权"))
        self.form.addRow(self.tr("重新办理原因"), self.reason)
        self.form.addRow(self.tr("回到阶段"), self.stage)
        self.form.addRow(self.tr("日期"), self.on_date)
        self.reason.setFocus()
        sizing.size_window(self, 43)


class EventDialog(ActionDialog):
    """办案记录: a call, meeting, filing or note, with its time."""

    def __init__(self, perform: Callable[[ActionDialog], object], kind: str = EventKind.NOTE.value,
                 occurred: datetime | None = None, summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办案记录"), perform, parent)
        self.kind = enum_combo(EventKind, USER_EVENT_KINDS)
        select_data(self.kind, kind)
        self.occurred = QDateTimeEdit(QDateTime.currentDateTime() if occurred is None else QDateTime(occurred))
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred.setCalendarPopup(True)
        self.summary = _note(self.tr("如：电话联系单位人事，约定周五面谈"))
        self.summary.setPlainText(summary)
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("时间"), self.occurred)
        self.form.addRow(self.tr("内容"), self.summary)
        self.summary.setFocus()
        sizing.size_window(self, 43)

    def occurred_at(self) -> datetime:
        return self.occurred.dateTime().toPython()


class PartyDialog(ActionDialog):
    """当事人: a worker (found by 身份证号 or name + phone, else created) in a role."""

    def __init__(self, perform: Callable[[ActionDialog], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加当事人"), perform, parent)
        self.role = enum_combo(PartyRole)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.id_number = QLineEdit()
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.form.addRow(self.tr("身份证号"), self.id_number)
        self.name.setFocus()
        sizing.size_window(self, 35)


class ClaimDialog(ActionDialog):
    """诉求: kind, amount claimed, amount recovered so far, a short note."""

    def __init__(self, perform: Callable[[ActionDialog], object], claim: ClaimView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改诉求") if claim else self.tr("添加诉求"), perform, parent)
        self.kind = enum_combo(ClaimKind)
        self.claimed = MoneyField(self.tr("诉求金额"))
        self.recovered = MoneyField(self.tr("挽回金额"))
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        if claim is not None:
            select_data(self.kind, claim.kind)
            self.claimed.set_fen(claim.claimed_fen)
            self.recovered.set_fen(claim.recovered_fen)
            self.note.setText(claim.note)
        self.form.addRow(self.tr("诉求类型"), self.kind)
        self.form.addRow(self.tr("诉求金额（元）"), self.claimed)
        self.form.addRow(self.tr("已挽回金额（元）"), self.recovered)
        self.form.addRow(self.tr("说明"), self.note)
        self.claimed.setFocus()
        sizing.size_window(self, 35)
