"""An employer's page: who it is, and everything the office has had with it, with totals.

Cases, 一函两书 and consultations are listed side by side with the totals over
all of them (``services.enterprise_record``); an employer with repeated
grievances or any supervision letter is flagged at the top, so a repeat
offender is obvious before anyone reads the lists.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from casedesk.db.database import Database
from casedesk.domain.enums import CaseOutcome, CaseStage, ConsultationStatus, DisputeCategory, Industry, NoticeKind, NoticeStatus, Ownership
from casedesk.domain.money import format_yuan
from casedesk.domain.validators import ValidationError
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.enterprise_record import EnterpriseRecord, enterprise_record
from casedesk.ui import icons, record_windows, sizing
from casedesk.ui.case_widgets import fill_table, label, label_of, read_only_table, refuse, selected_id
from casedesk.ui.runner import Runner


class EnterpriseWindow(QWidget):
    def __init__(self, db: Database, runner: Runner, actor: Actor, enterprise_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._runner = runner
        self._actor = actor
        self.enterprise_id = enterprise_id
        self.record: EnterpriseRecord | None = None

        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fde2de; color:#b00020; padding:6px; font-weight:bold;")
        self.banner.hide()
        self.totals: dict[str, QLabel] = {}
        totals = QGridLayout()
        captions = (
            ("cases", self.tr("案件")), ("open_cases", self.tr("在办")), ("workers", self.tr("涉及职工")),
            ("claimed", self.tr("涉及金额（元）")), ("recovered", self.tr("挽回金额（元）")),
            *((kind.value, self.tr("已发{0}").format(label(kind))) for kind in NoticeKind),
            ("consultations", self.tr("咨询")),
        )
        for col, (key, caption) in enumerate(captions):
            value = QLabel("—")
            value_font = value.font()
            value_font.setPointSizeF(value_font.pointSizeF() * 1.4)
            value_font.setBold(True)
            value.setFont(value_font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption_label = QLabel(caption)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            totals.addWidget(value, 0, col)
            totals.addWidget(caption_label, 1, col)
            self.totals[key] = value

        self.cases_table = read_only_table([
            self.tr("案件编号"), self.tr("受理日期"), self.tr("阶段"), self.tr("结果"), self.tr("人数"), self.tr("涉及金额"), self.tr("挽回金额"),
        ], stretch_column=0)
        self.notices_table = read_only_table([
            self.tr("文书"), self.tr("文号"), self.tr("状态"), self.tr("发出日期"), self.tr("回复期限"), self.tr("回复日期"), self.tr("升级自"),
        ], stretch_column=1)
        self.consultations_table = read_only_table([
            self.tr("受理时间"), self.tr("来电人"), self.tr("类别"), self.tr("状态"), self.tr("问题"),
        ], stretch_column=4)
        self.cases_table.activated.connect(lambda _i: self.open_case())
        self.notices_table.activated.connect(lambda _i: self.open_notice())
        self.consultations_table.activated.connect(lambda _i: self.open_consultation())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.cases_table, self.tr("案件"))
        self.tabs.addTab(self.notices_table, self.tr("一函两书"))
        self.tabs.addTab(self.consultations_table, self.tr("咨询"))

        draft = QPushButton(self.tr("起草提示函"))
        draft.clicked.connect(self.draft_reminder)
        listed = QPushButton(self.tr("在案件列表中查看"))
        listed.setToolTip(self.tr("案件页只列出本单位的案件，可再按阶段、期间等筛选或导出"))
        listed.clicked.connect(self.show_in_case_list)
        refresh = QPushButton(icons.command_icon("refresh"), self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取数据库（其他电脑刚保存的记录也会显示）"))
        refresh.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(listed)
        header.addWidget(draft)
        header.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.banner)
        layout.addLayout(totals)
        layout.addWidget(self.tabs, 1)
        record_windows.events().case_changed.connect(self._case_changed)
        self.reload()
        sizing.size_window(self, 82, 46)

    def reload(self) -> None:
        with self._db.reading() as session:
            self.record = r = enterprise_record(session, self.enterprise_id)
        self.setWindowTitle(self.tr("用人单位 {0}").format(r.name))
        self.name_label.setText(r.name)
        facts = [
            self.tr("统一社会信用代码：{0}").format(r.credit_code or self.tr("未填")),
            label_of(Industry, r.industry), label_of(Ownership, r.ownership),
            self.tr("有工会") if r.has_union else self.tr("无工会"),
        ]
        if r.street:
            facts.append(self.tr("街道：{0}").format(r.street))
        if r.address:
            facts.append(self.tr("地址：{0}").format(r.address))
        if r.contact_person or r.contact_phone:
            facts.append(self.tr("联系人：{0} {1}").format(r.contact_person, r.contact_phone).strip())
        self.facts_label.setText("　".join(facts))
        t = r.totals
        if t.repeat_offender:
            self.banner.setText(self.tr("多次涉案单位：维权案件 {0} 件（在办 {1} 件），一函两书 {2} 份，咨询 {3} 次").format(
                t.cases, t.open_cases, t.notices_total, t.consultations))
        self.banner.setVisible(t.repeat_offender)
        values = {
            "cases": t.cases, "open_cases": t.open_cases, "workers": t.workers_involved, "claimed": format_yuan(t.claimed_fen),
            "recovered": format_yuan(t.recovered_fen), "consultations": t.consultations, **t.notices,
        }
        for key, value in values.items():
            self.totals[key].setText(str(value))
        fill_table(self.cases_table, [
            (c.id, (c.case_number, c.intake_date.isoformat(), label_of(CaseStage, c.stage), label_of(CaseOutcome, c.outcome),
                    c.worker_count, format_yuan(c.claimed_fen), format_yuan(c.recovered_fen))) for c in r.cases
        ], right_aligned=(4, 5, 6))
        fill_table(self.notices_table, [
            (n.id, (label_of(NoticeKind, n.kind), n.number or self.tr("（草稿，未编号）"), label_of(NoticeStatus, n.status),
                    n.issued_on or "", n.reply_due or "", n.replied_on or "", n.escalated_from)) for n in r.notices
        ])
        fill_table(self.consultations_table, [
            (c.id, (c.received_local, c.caller, label_of(DisputeCategory, c.category), label_of(ConsultationStatus, c.status), c.question))
            for c in r.consultations
        ])
        self.tabs.setTabText(0, self.tr("案件（{0}）").format(t.cases))
        self.tabs.setTabText(1, self.tr("一函两书（{0}）").format(len(r.notices)))  # drafts included
        self.tabs.setTabText(2, self.tr("咨询（{0}）").format(t.consultations))

    def open_case(self) -> None:
        case_id = selected_id(self.cases_table)
        if case_id is not None:
            record_windows.open_case(self._db, self._runner, self._actor, case_id, self.window())

    def open_notice(self, notice_id: int | None = None) -> None:
        notice_id = notice_id if notice_id is not None else selected_id(self.notices_table)
        if notice_id is not None:
            record_windows.open_notice(self._db, self._runner, self._actor, notice_id, self.window())

    def open_consultation(self) -> None:
        consultation_id = selected_id(self.consultations_table)
        if consultation_id is not None:
            record_windows.events().consultation_requested.emit(consultation_id)

    def show_in_case_list(self) -> None:
        if self.record is not None:
            record_windows.events().list_requested.emit("cases", {"enterprise_id": self.enterprise_id}, self.record.name)

    def draft_reminder(self) -> None:
        """A 提示函 to this employer, not tied to a case (a first-found problem)."""
        from casedesk.services import notices

        try:
            with self._db.transaction() as session:
                result = notices.draft_notice(session, self._actor, kind=NoticeKind.REMINDER.value, enterprise_id=self.enterprise_id)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc, self.tr("未能起草"))
            return
        self.reload()
        self.tabs.setCurrentIndex(1)
        self.open_notice(result.id)

    @Slot(int)
    def _case_changed(self, _case_id: int) -> None:
        """A case was saved somewhere (a bound slot, so the connection ends when this widget is deleted)."""
        self.reload()
