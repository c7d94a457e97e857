"""The notice window: write a 一函两书, preview it, issue it, and follow it to rectification.

Everything shown comes from ``services.notices.view`` in one read; every
button is one service action in one transaction, sent with the version the
window loaded so a colleague's change is never overwritten. While a notice is
a draft the content is an editable form (保存, Ctrl+S); issuing saves and
issues in the same transaction, so a refused issue leaves the draft and the
clerk's text as they were. Once issued, the content is read-only and the
lifecycle buttons appear as the state allows them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from casedesk.db.database import Database
from casedesk.documents.fonts import FontSet
from casedesk.domain.enums import (
    DeadlineUnit,
    DeliveryMethod,
    NoticeKind,
    NoticeStatus,
    ViolationType,
)
from casedesk.domain.messages import Joined
from casedesk.domain.validators import ValidationError
from casedesk.services import (
    cases,
    government_bodies,
    law_catalogue,
    notice_letter,
    notices,
    organization,
    parties,
)
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.notice_batch import file_name
from casedesk.services.notices import NoticeContent, NoticeView
from casedesk.services.parties import Suggestion
from casedesk.ui import messages, record_windows, sizing
from casedesk.ui.case_widgets import (
    CheckGrid,
    enum_combo,
    fill_table,
    label,
    label_of,
    read_only_table,
    refuse,
    select_data,
)
from casedesk.ui.completion import RecordCompleter
from casedesk.ui.notice_dialogs import (
    CloseDialog,
    DeliveryDialog,
    DepartmentDialog,
    IssueDialog,
    LawPickerDialog,
    RectificationDialog,
    ReplyDialog,
)
from casedesk.ui.notice_preview import PdfPreviewDialog
from casedesk.ui.progress import BackgroundTask
from casedesk.ui.runner import Runner

AMBER = "#b85c00"
RED = "#b00020"


class NoticeEvents(QObject):
    """Tells open lists that a notice changed (list pages reload; case and employer windows may too)."""

    changed = Signal(int)


_events: NoticeEvents | None = None


def notice_events() -> NoticeEvents:
    global _events
    if _events is None:
        _events = NoticeEvents()
    return _events


class NoticeWindow(QWidget):
    """One notice, draft or issued; ``notice_id`` must exist (drafts are created by draft_notice first)."""

    def __init__(self, db: Database, runner: Runner, actor: Actor, notice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._runner = runner
        self._actor = actor
        self.notice_id = notice_id
        self.view: NoticeView | None = None
        self._loaded_content: NoticeContent | None = None
        with db.reading() as session:
            self._bodies = government_bodies.list_bodies(session, kinds=notices.DEPARTMENT_KINDS)
        self._build()
        self.reload()
        sizing.size_window(self, 98, 61)

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel()
        self.chain_label = QLabel()
        self.chain_label.setTextFormat(Qt.TextFormat.RichText)
        self.chain_label.linkActivated.connect(self._open_linked)
        self.chain_label.setWordWrap(True)

        # Content (editable while a draft).
        self.kind = enum_combo(NoticeKind)
        self.enterprise = QLineEdit()
        self.enterprise.setPlaceholderText(self.tr("输入单位名称或拼音首字母，选择已有单位；新名称在保存时登记"))
        self.enterprise_info = QLabel()
        self.completer = RecordCompleter(self.enterprise, self._runner, self._complete_enterprises, lambda s: f"{s.text}  {s.detail}")
        self.completer.picked.connect(lambda s: self.enterprise_info.setText(self.tr("统一社会信用代码：{0}").format(s.detail or "—")))
        self.completer.unlinked.connect(lambda: self.enterprise_info.setText(self.tr("（新单位，保存时登记）")))
        self.department = QComboBox()
        self.department.addItem(self.tr("（请选择）"), None)
        for body in self._bodies:
            self.department.addItem(body.name, body.id)
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("可选，如 法援〔2025〕12号"))
        self.violations = CheckGrid(ViolationType, columns=2)
        self.facts = QPlainTextEdit()
        self.facts.setPlaceholderText(self.tr("查明的事实：时间、人数、金额、具体情形"))
        self.basis = QListWidget()
        self.basis.setWordWrap(True)
        self.basis.setMaximumHeight(sizing.box_height(self.basis, 8))
        add_basis = QPushButton(self.tr("选择条文…"))
        add_basis.clicked.connect(self.pick_articles)
        remove_basis = QPushButton(self.tr("移除所选"))
        remove_basis.clicked.connect(lambda: [self.basis.takeItem(self.basis.row(i)) for i in self.basis.selectedItems()])
        self._basis_buttons = (add_basis, remove_basis)
        self.demands = QPlainTextEdit()
        self.demands.setPlaceholderText(self.tr("整改意见（建议书为建议事项），可分条：1. …"))
        self.deadline_count = QSpinBox()
        self.deadline_count.setRange(1, notices.MAX_DEADLINE)
        self.deadline_unit = enum_combo(DeadlineUnit)
        self.contact_person = QLineEdit()
        self.contact_phone = QLineEdit()
        self.cc = QCheckBox(self.tr("抄送同级人民检察院"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {AMBER};")
        self.kind.currentIndexChanged.connect(self._sync_kind)

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_count)
        deadline_row.addWidget(self.deadline_unit)
        deadline_row.addWidget(QLabel(self.tr("（自送达之日起计算）")))
        deadline_row.addStretch(1)
        basis_buttons = QHBoxLayout()
        basis_buttons.addWidget(add_basis)
        basis_buttons.addWidget(remove_basis)
        basis_buttons.addStretch(1)
        basis_box = QVBoxLayout()
        basis_box.addWidget(self.basis)
        basis_box.addLayout(basis_buttons)
        enterprise_box = QVBoxLayout()
        enterprise_box.addWidget(self.enterprise)
        enterprise_box.addWidget(self.enterprise_info)

        form = QFormLayout()
        form.addRow(self.tr("文书类型"), self.kind)
        form.addRow(self.tr("用人单位"), enterprise_box)
        self.department_label = QLabel(self.tr("主送部门"))
        form.addRow(self.department_label, self.department)
        form.addRow(self.tr("关联案件"), self.case_number)
        form.addRow(self.tr("违法类型"), self.violations)
        form.addRow(self.tr("查明的事实"), self.facts)
        form.addRow(self.tr("法律依据"), basis_box)
        self.demands_label = QLabel(self.tr("整改要求"))
        form.addRow(self.demands_label, self.demands)
        form.addRow(self.tr("回复期限"), deadline_row)
        form.addRow(self.tr("联系人"), self.contact_person)
        form.addRow(self.tr("联系电话"), self.contact_phone)
        form.addRow("", self.cc)
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self._content_widgets: tuple[QWidget, ...] = (
            self.kind, self.enterprise, self.department, self.case_number, self.violations, self.facts,
            self.demands, self.deadline_count, self.deadline_unit, self.contact_person, self.contact_phone, self.cc,
            add_basis, remove_basis,
        )

        # Lifecycle (read-only facts of the issued notice) and history.
        self.lifecycle = QFormLayout()
        self.life_values: dict[str, QLabel] = {}
        for key, text in (
            ("issued", self.tr("发文")), ("delivery", self.tr("送达")), ("reply_due", self.tr("回复期限")),
            ("reply", self.tr("回复")), ("rectification", self.tr("整改情况")), ("closed", self.tr("办结")),
            ("pdf", self.tr("存档PDF")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.life_values[key] = value
            self.lifecycle.addRow(text, value)
        life_box = QGroupBox(self.tr("办理情况"))
        life_box.setLayout(self.lifecycle)
        self.history = read_only_table([self.tr("时间"), self.tr("操作人"), self.tr("操作")], stretch_column=2)
        history_box = QGroupBox(self.tr("操作记录"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(life_box)
        right_layout.addWidget(history_box, 1)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        # Buttons: those a state allows are enabled (services.notices.actions).
        self.buttons: dict[str, QPushButton] = {}
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for key, text, slot, row in (
            ("save", self.tr("保存草稿"), self.save, row1),
            ("preview", self.tr("预览…"), self.preview, row1),
            ("issue", self.tr("签发…"), self.issue, row1),
            ("delete", self.tr("删除草稿"), self.delete, row1),
            ("print", self.tr("打印 / 另存PDF…"), self.preview, row1),
            ("deliver", self.tr("登记送达…"), self.deliver, row2),
            ("reply", self.tr("登记回复…"), self.reply, row2),
            ("rectification", self.tr("登记整改情况…"), self.rectification, row2),
            ("no_reply", self.tr("逾期未回复"), self.no_reply, row2),
            ("escalate", self.tr("升级…"), self.escalate, row2),
            ("close", self.tr("办结…"), self.close_notice, row2),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row1.addStretch(1)
        row2.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.close)
        row1.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status_label)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chain_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)  # what still stops the issue, next to the 签发 button
        layout.addLayout(row1)
        layout.addLayout(row2)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.preview)

    def _complete_enterprises(self, typed: str) -> list[Suggestion]:
        with self._db.reading() as session:
            return parties.complete_enterprises(session, typed)

    def _sync_kind(self) -> None:
        recommendation = self.kind.currentData() == NoticeKind.RECOMMENDATION.value
        for widget in (self.department_label, self.department, self.cc):
            widget.setVisible(recommendation)
        self.demands_label.setText(self.tr("建议事项") if recommendation else self.tr("整改要求"))

    # --- reading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        with self._db.reading() as session:
            self.view = notices.view(session, self.notice_id)
            articles = law_catalogue.lookup(session)
        v = self.view
        kind = NoticeKind(v.content.kind)
        self.setWindowTitle(self.tr("{0} — {1}").format(label(kind), v.number or self.tr("草稿")))
        self.title.setText(f"{kind.full_title}  {v.number or self.tr('（草稿，签发时编号）')}")
        status = NoticeStatus(v.status)
        colour = RED if v.overdue else ("#1b5e20" if status in (NoticeStatus.RECTIFIED, NoticeStatus.CLOSED) else "#333")
        self.status_label.setText(label(status) + (self.tr("（已逾期）") if v.overdue else ""))
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        links = []
        for link in v.chain:
            text = f"{label(NoticeKind(link.kind))} {link.number or self.tr('草稿')}（{label_of(NoticeStatus, link.status)}）"
            links.append(text if link.id == v.id else f'<a href="notice:{link.id}">{text}</a>')
        self.chain_label.setText(self.tr("升级链：") + " → ".join(links) if len(v.chain) > 1 else "")
        self.chain_label.setVisible(len(v.chain) > 1)
        self._fill_content(v, articles)
        self._fill_lifecycle(v)
        for key, button in self.buttons.items():
            allowed = {"save": "edit", "preview": "edit"}.get(key, key)
            button.setVisible(allowed in v.actions or (key == "preview" and v.status == NoticeStatus.DRAFT.value))
        self.buttons["print"].setVisible("print" in v.actions)
        self.buttons["issue"].setEnabled(not v.problems)
        self.buttons["issue"].setToolTip("\n".join(map(messages.text, v.problems)))

    def _fill_content(self, v: NoticeView, articles: dict[str, law_catalogue.Article]) -> None:
        c = v.content
        select_data(self.kind, c.kind)
        self.kind.setEnabled(v.status == NoticeStatus.DRAFT.value and v.escalated_from_id is None)
        self.enterprise.setText(v.enterprise_name)
        self.completer.link(Suggestion(c.enterprise_id, v.enterprise_name, v.enterprise_code) if c.enterprise_id else None)
        self.enterprise_info.setText(self.tr("统一社会信用代码：{0}").format(v.enterprise_code or "—") if c.enterprise_id else "")
        select_data(self.department, c.department_id)
        self.case_number.setText(v.case_number)
        self.violations.set_codes(c.violations)
        self.facts.setPlainText(c.facts)
        self.basis.clear()
        for key in c.legal_basis:
            art = articles.get(key)
            self.basis.addItem(f"{key}：{art.gist}" if art else key)
            self.basis.item(self.basis.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        self.demands.setPlainText(c.demands)
        self.deadline_count.setValue(c.deadline_count or 15)
        select_data(self.deadline_unit, c.deadline_unit)
        self.contact_person.setText(c.contact_person or "")
        self.contact_phone.setText(c.contact_phone or "")
        self.cc.setChecked(c.cc_procuratorate)
        self._sync_kind()
        editable = "edit" in v.actions
        for widget in self._content_widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable and (widget is not self.kind or self.kind.isEnabled()))
        self.problems.setText(self.tr("签发前还需：") + messages.text(Joined(v.problems)) if v.problems else "")
        self.problems.setVisible(bool(v.problems))
        self._loaded_content = self.content()

    def _fill_lifecycle(self, v: NoticeView) -> None:
        def day(d: date | None) -> str:
            return d.isoformat() if d else ""

        values = self.life_values
        values["issued"].setText(
            f"{day(v.issued_on)}  {v.issued_by}".strip() if v.issued_on else self.tr("未签发")
        )
        if v.delivered_on:
            who = v.signed_by or (self.tr("拒收，见证人：{0}").format(v.refusal_witness) if v.refusal_witness else "")
            post = self.tr("，邮件号码 {0}").format(v.tracking_number) if v.tracking_number else ""
            values["delivery"].setText(f"{day(v.delivered_on)} {label_of(DeliveryMethod, v.delivery_method)} {who}{post}".strip())
        else:
            values["delivery"].setText(self.tr("未送达") if v.issued_on else "—")
        values["reply_due"].setText(
            (day(v.reply_due) + (self.tr("（已逾期）") if v.overdue else "")) if v.reply_due
            else self.tr("送达后按 {0} 计算").format(messages.text(notices.deadline_text(v.content.deadline_count or 15, v.content.deadline_unit or "working_days")))
        )
        values["reply_due"].setStyleSheet(f"color: {RED};" if v.overdue else "")
        values["reply"].setText(f"{day(v.replied_on)} {v.reply_content}".strip() if v.replied_on else "—")
        values["rectification"].setText(label_of(NoticeStatus, v.rectification) or "—")
        values["closed"].setText(day(v.closed_on) or "—")
        if v.status == NoticeStatus.DRAFT.value:
            values["pdf"].setText(self.tr("签发时生成"))
        elif v.has_pdf:
            values["pdf"].setText(self.tr("已存档，重印与原件逐字节相同"))
        else:
            values["pdf"].setText(self.tr("导入的历史记录，无存档PDF"))
        fill_table(self.history, [(i, (h.at, h.actor, h.action)) for i, h in enumerate(v.history)])

    # --- the form --------------------------------------------------------------------------------

    def content(self) -> NoticeContent:
        keys = tuple(self.basis.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.basis.count()))
        linked = self.completer.linked
        return NoticeContent(
            kind=self.kind.currentData(),
            enterprise_id=linked.id if linked is not None else None,
            department_id=self.department.currentData() if self.kind.currentData() == NoticeKind.RECOMMENDATION.value else None,
            facts=self.facts.toPlainText(),
            legal_basis=keys,
            demands=self.demands.toPlainText(),
            violations=tuple(self.violations.codes()),
            deadline_count=self.deadline_count.value(),
            deadline_unit=self.deadline_unit.currentData(),
            contact_person=self.contact_person.text(),
            contact_phone=self.contact_phone.text(),
            cc_procuratorate=self.cc.isChecked() and self.kind.currentData() == NoticeKind.RECOMMENDATION.value,
        )

    @property
    def dirty(self) -> bool:
        if self.view is None or "edit" not in self.view.actions:
            return False
        typed_enterprise = self.enterprise.text().strip() != self.view.enterprise_name
        return self.content() != self._loaded_content or typed_enterprise or self.case_number.text().strip() != self.view.case_number

    def _draft_writer(self) -> Callable[[Session], None]:
        """Saving the form as it is now, in a session given later (perhaps off the GUI thread, so the widgets
        are read here): a newly typed employer is registered and the case number looked up."""
        content, actor, notice_id, version = self.content(), self._actor, self.notice_id, self._version()
        name, number = self.enterprise.text().strip(), self.case_number.text().strip()
        unknown_case = self.tr("关联案件：找不到案件编号“{0}”").format(number)

        def write(session: Session) -> None:
            resolved = content
            if resolved.enterprise_id is None and name:
                resolved = replace(resolved, enterprise_id=parties.find_or_create_enterprise(session, actor, name).id)
            case_id = cases.find_by_number(session, number) if number else None
            if number and case_id is None:
                raise ValidationError(unknown_case)
            notices.update_draft(session, actor, notice_id, replace(resolved, case_id=case_id), expected_version=version)

        return write

    def pick_articles(self) -> None:
        chosen = {self.basis.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.basis.count())}
        with self._db.reading() as session:
            articles = law_catalogue.catalogue(session)
            suggested = {a.key for a in law_catalogue.suggest(session, self.violations.codes())}
        dialog = LawPickerDialog(articles, suggested, chosen, self)
        if not dialog.exec():
            return
        try:
            keys = law_catalogue.normalize_keys(dialog.keys())
        except ValidationError as exc:
            refuse(self, exc, self.tr("法律依据"))
            return
        gist = {a.key: a.gist for a in articles}
        self.basis.clear()
        for key in keys:
            self.basis.addItem(f"{key}：{gist[key]}" if key in gist else key)
            self.basis.item(self.basis.count() - 1).setData(Qt.ItemDataRole.UserRole, key)

    # --- actions ---------------------------------------------------------------------------------

    def _act(self, action: Callable[[Session], Any], title: str) -> bool:
        """One action in one transaction; a refusal is shown and nothing typed is lost."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._db.transaction() as session:
                action(session)
        except (ValidationError, PermissionDenied) as exc:
            QGuiApplication.restoreOverrideCursor()
            refuse(self, exc, title)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        notice_events().changed.emit(self.notice_id)
        return True

    def _version(self) -> int | None:
        return self.view.version if self.view else None

    def save(self) -> bool:
        if self.view is None or "edit" not in self.view.actions:
            return True
        return self._act(self._draft_writer(), self.tr("未保存"))

    def preview(self) -> None:
        if self.view is None:
            return
        if self.dirty and not self.save():
            return
        notice_id = self.notice_id

        def render(_report: object) -> tuple[bytes, FontSet]:
            with self._db.reading() as session:
                return notices.pdf_of(session, notice_id), notice_letter.font_set(session)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            refuse(self, exc, self.tr("无法预览"))

        # A draft's 样稿 is typeset fresh (ReportLab): off the GUI thread, the window keeps painting.
        task = BackgroundTask(self, self._runner, self.tr("预览"), self.tr("正在生成文书PDF…"), cancellable=False)
        task.start(render, lambda result: self._show_preview(*result), failed)

    def _show_preview(self, pdf: bytes, fonts: FontSet) -> None:
        if self.view is None:
            return
        v = self.view
        draft = v.status == NoticeStatus.DRAFT.value
        note = self.tr("样稿：签发前的预览，编号留空。") if draft else self.tr("存档原件：打印和另存的都是签发时冻结的PDF。")
        if not fonts.all_embedded:
            note += "\n" + "\n".join(map(messages.text, fonts.warnings))
        dialog = PdfPreviewDialog(
            pdf, self.windowTitle(), file_name(v.number or self.tr("样稿"), v.department_name or v.enterprise_name),
            on_output=self._record_output, note=note, parent=self,
        )
        self.preview_dialog = dialog
        dialog.exec()

    def _record_output(self, action: str, target: str) -> None:
        with self._db.transaction() as session:
            notices.record_output(session, self._actor, self.notice_id, action, target)
        self.reload()

    def issue(self) -> None:
        if self.view is None:
            return
        with self._db.reading() as session:
            fonts = notice_letter.font_set(session)
            org = organization.current_org(session)
            pattern = getattr(org, notices.PATTERN_FIELD[NoticeKind(self.kind.currentData())])
        dialog = IssueDialog(pattern.replace("{seq}", "N"), [] if fonts.all_embedded else [messages.text(w) for w in fonts.warnings], self)

        def submit() -> None:
            day = dialog.value()
            save = self._draft_writer() if self.dirty else None
            version = None if save else self._version()
            actor, notice_id = self._actor, self.notice_id

            def issue_in_one_transaction(_report: object) -> None:  # the number, the frozen PDF, the audit row
                with self._db.transaction() as session:
                    if save is not None:
                        save(session)
                    notices.issue_notice(session, actor, notice_id, issued_on=day, expected_version=version)

            # Typesetting the frozen PDF runs off the GUI thread; the dialog waits for the answer (a refusal
            # keeps it open with the date typed), its buttons off meanwhile.
            dialog.buttons.setEnabled(False)
            try:
                BackgroundTask(dialog, self._runner, self.tr("签发文书"), self.tr("正在编号并生成存档PDF…"),
                               cancellable=False).wait(issue_in_one_transaction)
            finally:
                dialog.buttons.setEnabled(True)

        dialog.submit = submit
        if dialog.exec():
            self.reload()
            notice_events().changed.emit(self.notice_id)

    def delete(self) -> None:
        answer = QMessageBox.question(self, self.tr("删除草稿"), self.tr("删除这份草稿？此操作不能撤销。"))
        if answer == QMessageBox.StandardButton.Yes and self._act(
            lambda s: notices.delete_draft(s, self._actor, self.notice_id, expected_version=self._version()), self.tr("未删除")
        ):
            self.close()

    def _lifecycle_dialog(self, dialog: Any, perform: Callable[[Session, Any], Any]) -> None:
        def submit() -> None:
            value = dialog.value()
            with self._db.transaction() as session:
                perform(session, value)

        dialog.submit = submit
        if dialog.exec():
            self.reload()
            notice_events().changed.emit(self.notice_id)

    def deliver(self) -> None:
        self._lifecycle_dialog(DeliveryDialog(self), lambda s, d: notices.record_delivery(
            s, self._actor, self.notice_id, method=d.method, delivered_on=d.delivered_on, signed_by=d.signed_by,
            refusal_witness=d.refusal_witness, tracking_number=d.tracking_number, expected_version=self._version(),
        ))

    def reply(self) -> None:
        self._lifecycle_dialog(ReplyDialog(self), lambda s, r: notices.record_reply(
            s, self._actor, self.notice_id, replied_on=r.replied_on, content=r.content, rectification=r.rectification,
            expected_version=self._version(),
        ))

    def rectification(self) -> None:
        self._lifecycle_dialog(RectificationDialog(self), lambda s, result: notices.record_rectification(
            s, self._actor, self.notice_id, result=result, expected_version=self._version(),
        ))

    def no_reply(self) -> None:
        self._act(lambda s: notices.mark_no_reply(s, self._actor, self.notice_id, expected_version=self._version()), self.tr("未登记"))

    def close_notice(self) -> None:
        self._lifecycle_dialog(CloseDialog(self), lambda s, value: notices.close_notice(
            s, self._actor, self.notice_id, closed_on=value[0], note=value[1], expected_version=self._version(),
        ))

    def escalate(self) -> None:
        if self.view is None:
            return
        target = notices.NEXT_KIND[NoticeKind(self.view.content.kind)]
        department_id = None
        if target is NoticeKind.RECOMMENDATION:
            if not self._bodies:
                QMessageBox.information(self, self.tr("升级"), self.tr("政府部门名录为空：请先在“文书设置 > 政府部门”中添加人社局或劳动保障监察机构。"))
                return
            dialog = DepartmentDialog(self._bodies, self)
            if not dialog.exec():
                return
            department_id = dialog.value()
        else:
            text = self.tr("根据这份{0}起草{1}？事实、法律依据和用人单位将带入新文书，并引用本文书的编号和日期。").format(
                label(NoticeKind(self.view.content.kind)), label(target))
            if QMessageBox.question(self, self.tr("升级"), text) != QMessageBox.StandardButton.Yes:
                return
        created: list[int] = []
        if self._act(lambda s: created.append(notices.escalate_notice(s, self._actor, self.notice_id, department_id=department_id).id),
                     self.tr("未升级")):
            self._open_other(created[0])

    def _open_linked(self, link: str) -> None:
        if link.startswith("notice:"):
            self._open_other(int(link.split(":", 1)[1]))

    def _open_other(self, notice_id: int) -> QWidget:
        return record_windows.open_notice(self._db, self._runner, self._actor, notice_id, self.parentWidget())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.dirty:
            answer = QMessageBox.question(
                self, self.tr("未保存的修改"), self.tr("草稿有未保存的修改，保存吗？"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        super().closeEvent(event)
