"""The case windows driven with qtbot: register, edit and save, move, close and reopen, attach, list, deadlines, employer."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import Attachment, AuditEvent, Case, Claim
from casedesk.services import cases
from casedesk.services.actor import SYSTEM
from casedesk.services.case_view import get_case
from casedesk.services.cases import ClaimLine
from casedesk.ui import record_windows
from casedesk.ui.case_dialogs import ActionDialog, CloseDialog, NewCaseDialog, ReopenDialog, StageDialog
from casedesk.ui.case_form import CaseWindow, new_case
from casedesk.ui.case_list import CaseListPage
from casedesk.ui.deadline_page import DeadlinePage
from casedesk.ui.enterprise_view import EnterpriseWindow
from casedesk.ui.runner import Runner


@pytest.fixture
def runner(qtbot) -> Iterator[Runner]:
    r = Runner()
    yield r
    r.shutdown()
    record_windows.close_all()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings and notices shown, instead of modal boxes; questions are answered Yes/Save."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))

    def question(_p, _t, text, buttons=None, *a, **k):  # type: ignore[no-untyped-def]
        shown.append(text)
        if buttons is not None and buttons & QMessageBox.StandardButton.Save:
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[ActionDialog], None]], list[ActionDialog]]:
    """Fill the next modal dialogs with ``fill`` and press OK; returns the dialogs seen (they may stay open on error)."""
    seen: list[ActionDialog] = []

    def install(fill: Callable[[ActionDialog], None]) -> list[ActionDialog]:
        def fake_exec(dialog: ActionDialog) -> int:
            seen.append(dialog)
            fill(dialog)
            dialog.accept()
            return int(dialog.result())

        monkeypatch.setattr(ActionDialog, "exec", fake_exec)
        return seen

    return install


def _case(db: Database, **kw) -> int:
    values = dict(source="walk_in", enterprise_name="铁锋区顺达物流有限公司", applicant_name="王磊", applicant_phone="13812345678",
                  categories=["wages"], intake_date=date(2025, 3, 3), claims=[ClaimLine("wages", 30_000_00), ClaimLine("overtime", 5_000_00)])
    values.update(kw)
    with db.transaction() as s:
        return cases.open_case(s, SYSTEM, **values).id


def _window(qtbot, db: Database, runner: Runner, case_id: int) -> CaseWindow:
    window = CaseWindow(db, runner, SYSTEM, case_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_new_case_dialog_registers_and_opens_the_case(qtbot, db: Database, runner: Runner, answer, messages) -> None:
    def fill(d: ActionDialog) -> None:
        assert isinstance(d, NewCaseDialog)
        d.applicant.setText("李娜")
        qtbot.keyClicks(d.phone, "139 1234 5678")
        d.enterprise.setText("龙华建筑工程有限公司")
        d.categories.boxes["work_injury"].setChecked(True)
        d.worker_count.setValue(11)
        d.claim_kind.setCurrentIndex(d.claim_kind.findData("injury"))
        d.claim_amount.setText("1.2万")  # CJK is set, not typed (pytest-qt)
        d.description.setPlainText("工地摔伤，单位不认工伤")

    answer(fill)
    case_id = new_case(db, runner, SYSTEM)
    assert case_id is not None
    with db.reading() as s:
        detail = get_case(s, case_id)
    assert detail.case_number.startswith("法援〔") and detail.is_collective and detail.worker_count == 11
    assert [p.name for p in detail.parties] == ["李娜"] and detail.enterprise_name == "龙华建筑工程有限公司"
    assert [(c.kind, c.claimed_fen) for c in detail.claims] == [("injury", 1_200_000)]
    window = record_windows._open[("case", case_id)]
    assert isinstance(window, CaseWindow) and window.number_label.text() == detail.case_number


def test_new_case_refusal_keeps_the_dialog_open_with_the_input(qtbot, db: Database, runner: Runner, answer, messages) -> None:
    seen = answer(lambda d: (d.applicant.setText("张三"), d.phone.setText("12345")))
    assert new_case(db, runner, SYSTEM) is None
    assert seen[0].isVisible() or not seen[0].result()
    assert "电话号码" in messages[-1] and seen[0].applicant.text() == "张三"
    with db.reading() as s:
        assert s.scalars(select(Case)).all() == []


def test_edit_and_save_sends_only_changes_and_shows_deadlines(qtbot, db: Database, runner: Runner, messages) -> None:
    case_id = _case(db)
    window = _window(qtbot, db, runner, case_id)
    assert not window.dirty
    window.lawyer.setText("刘律师")
    window.dates["infringement_known_date"].setText("2025年3月1日")
    assert window.dirty and set(window.changes()) == {"lawyer", "infringement_known_date"}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.lawyer.setFocus()
    qtbot.keyClick(window.lawyer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.dirty and messages == []
    with db.reading() as s:
        case = s.get(Case, case_id)
        assert case.lawyer == "刘律师" and case.infringement_known_date == date(2025, 3, 1)
        audit_row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "case", AuditEvent.action == "update")).one()
        assert "lawyer" in audit_row.changes and "source" not in audit_row.changes
    assert window.deadlines_table.rowCount() == 1
    assert window.deadlines_table.item(0, 0).text() == "仲裁时效届满" and window.deadlines_table.item(0, 2).text() == "2026-03-02"


def test_bad_input_is_named_and_nothing_typed_is_lost(qtbot, db: Database, runner: Runner, messages) -> None:
    case_id = _case(db)
    window = _window(qtbot, db, runner, case_id)
    window.dates["arbitration_applied_date"].setText("2025-13-01")
    window.lawyer.setText("刘律师")
    assert window.save() is False
    assert messages[-1].startswith("申请仲裁日期：")
    assert window.dates["arbitration_applied_date"].text() == "2025-13-01" and window.lawyer.text() == "刘律师"
    window.dates["arbitration_applied_date"].setText("2025-03-10")
    window.dates["arbitration_accepted_date"].setText("2025-03-09")
    assert window.save() is False and "不能早于申请仲裁日期" in messages[-1]
    with db.reading() as s:
        assert s.get(Case, case_id).lawyer == ""


def test_a_colleagues_save_is_not_overwritten(qtbot, db: Database, runner: Runner, monkeypatch) -> None:
    case_id = _case(db)
    window = _window(qtbot, db, runner, case_id)
    with db.transaction() as s:
        cases.update_case(s, SYSTEM, case_id, description="同事补充的案情")
    window.lawyer.setText("刘律师")
    shown = []  # the shared "changed by someone else" dialog; the clerk keeps their input
    monkeypatch.setattr("casedesk.ui.case_form.show_record_changed", lambda _w, exc: shown.append(exc) or False)
    assert window.save() is False and "已被他人修改" in str(shown[-1])
    assert "description" in [name for e in shown[-1].changes for name, _before, _after in e.field_changes()]
    # The colleague's change is loaded; the unsaved edit is kept for a second look.
    assert window.lawyer.text() == "刘律师" and window.description.toPlainText() == "同事补充的案情"
    assert window.save() is True
    with db.reading() as s:
        case = s.get(Case, case_id)
        assert (case.lawyer, case.description) == ("刘律师", "同事补充的案情")


def test_stage_move_close_and_reopen(qtbot, db: Database, runner: Runner, answer, messages) -> None:
    case_id = _case(db)
    window = _window(qtbot, db, runner, case_id)

    def to_mediation(d: ActionDialog) -> None:
        assert isinstance(d, StageDialog)
        assert [d.stage.itemData(i) for i in range(d.stage.count())] == ["investigation", "negotiation", "mediation", "arbitration", "litigation"]
        d.stage.setCurrentIndex(d.stage.findData("mediation"))
        d.on_date.setText("2025-03-10")

    answer(to_mediation)
    window.move_stage()
    assert window.stage_label.text() == "调解"
    assert window.events_table.item(0, 2).text() == "阶段：受理 → 调解"

    def close_wrong(d: ActionDialog) -> None:
        assert isinstance(d, CloseDialog)
        d.outcome.setCurrentIndex(d.outcome.findData("award_upheld"))

    seen = answer(close_wrong)
    window.close_case()
    assert "要求案件已进入“仲裁”阶段" in messages[-1] and seen[-1].result() == 0

    def close_right(d: ActionDialog) -> None:
        assert isinstance(d, CloseDialog)
        d.outcome.setCurrentIndex(d.outcome.findData("mediated"))
        d.closed_date.setText("2025-03-20")
        d.recovered[0].setText("28,000")
        d.recovered[1].setText("0")

    answer(close_right)
    window.close_case()
    assert window.stage_label.text() == "结案：调解成功（2025-03-20）"
    assert "挽回金额 ¥28,000.00" in window.totals_label.text() and "受益职工 1 人" in window.totals_label.text()
    assert not window.save_button.isEnabled() and not window.lawyer.isEnabled() and window.reopen_button.isEnabled()

    def reopen(d: ActionDialog) -> None:
        assert isinstance(d, ReopenDialog)
        assert d.stage.currentData() == "mediation"
        d.reason.setPlainText("单位未履行调解协议")

    answer(reopen)
    window.reopen_case()
    assert window.stage_label.text() == "调解" and window.save_button.isEnabled()
    with db.reading() as s:
        assert s.scalars(select(Claim.amount_recovered_fen).where(Claim.case_id == case_id).order_by(Claim.id)).all() == [28_000_00, 0]


def test_attachments_copy_in_the_background_and_open(qtbot, db: Database, runner: Runner, monkeypatch, tmp_path: Path, messages) -> None:
    case_id = _case(db)
    window = _window(qtbot, db, runner, case_id)
    scan = tmp_path / "劳动合同.pdf"
    scan.write_bytes(b"%PDF-1.4 contract")
    window.add_attachments([scan])
    assert runner.wait_idle(10_000)
    qtbot.waitUntil(lambda: window.attachments_table.rowCount() == 1)
    assert window.attachments_table.item(0, 0).text() == "劳动合同.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.attachments_table.selectRow(0)
    window.open_attachment()
    with db.reading() as s:
        sha = s.scalar(select(Attachment.sha256))
    assert opened and opened[0].endswith(f"{sha}.pdf")


def test_case_list_filters_search_and_opens(qtbot, db: Database, runner: Runner, messages) -> None:
    first = _case(db)
    _case(db, applicant_name="李娜", applicant_phone="13912345678", enterprise_name="龙华建筑", categories=["work_injury"],
          worker_count=12)
    page = CaseListPage("案件", db, runner, SYSTEM)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.kind.setCurrentIndex(page.kind.findData(True))
    assert page.model.rowCount() == 1 and page.model.index(0, page.model.column_index("applicant")).data() == "李娜"
    page.kind.setCurrentIndex(0)
    page.search.setText("王磊")
    page.apply_filters()
    assert page.model.rowCount() == 1 and page.model.row_id(0) == first
    page.search.setText("")
    page.date_from.setText("2025-99-01")
    page.apply_filters()
    assert "受理日期（起）" in messages[-1]
    page.date_from.setText("")
    page.category.setCurrentIndex(page.category.findData("work_injury"))
    assert page.model.rowCount() == 1
    page.set_filter({}, "")
    assert page.model.rowCount() == 2 and page.category.currentData() is None
    picked = next(s for s in page._complete_enterprises("lhjz"))  # pinyin initials of 龙华建筑
    page._enterprise_completer.picked.emit(picked)
    assert page.model.rowCount() == 1 and page.model.index(0, page.model.column_index("enterprise")).data() == "龙华建筑"
    page.enterprise.clear()
    page._enterprise_completer.unlinked.emit()
    assert page.model.rowCount() == 2
    page.view.activated.emit(page.model.index(0, 0))
    assert ("case", page.model.row_id(0)) in record_windows._open


def test_deadline_page_lists_passed_deadlines_first(qtbot, db: Database, runner: Runner) -> None:
    case_id = _case(db)
    with db.transaction() as s:
        cases.update_case(s, SYSTEM, case_id, arbitration_applied_date=date(2025, 4, 1))
    page = DeadlinePage(db, runner, SYSTEM)
    qtbot.addWidget(page)
    assert runner.wait_idle(10_000)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 2).text() == "仲裁委受理决定期限" and page.table.item(0, 1).text().startswith("已过")
    assert page.table.item(0, 1).foreground().color().name() == "#b00020"
    assert page.summary.text().startswith("已过期 1 项")


def test_enterprise_window_shows_totals_and_flags_a_repeat_offender(qtbot, db: Database, runner: Runner) -> None:
    a = _case(db)
    _case(db, applicant_name="李娜", applicant_phone="13912345678")
    with db.reading() as s:
        enterprise_id = s.get(Case, a).enterprise_id
    window = EnterpriseWindow(db, runner, SYSTEM, enterprise_id)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "维权案件 2 件" in window.banner.text()
    assert window.totals["cases"].text() == "2" and window.totals["claimed"].text() == "70,000.00"
    assert window.cases_table.rowCount() == 2 and window.tabs.tabText(0) == "案件（2）"
    window.draft_reminder()
    assert window.notices_table.rowCount() == 1 and window.totals["reminder"].text() == "0"  # a draft is not yet sent


def test_main_window_has_the_case_pages_and_opens_employers(qtbot, db: Database, runner: Runner, answer, messages) -> None:
    from casedesk.ui.main_window import MainWindow

    case_id = _case(db)
    window = MainWindow(db, remember=False)
    qtbot.addWidget(window)
    assert isinstance(window.show_page("cases"), CaseListPage)
    assert isinstance(window.show_page("deadlines"), DeadlinePage)
    enterprises = window.show_page("enterprises")
    enterprises.view.activated.emit(enterprises.model.index(0, 0))  # type: ignore[attr-defined]
    with db.reading() as s:
        enterprise_id = s.get(Case, case_id).enterprise_id
    assert isinstance(record_windows._open[("enterprise", enterprise_id)], EnterpriseWindow)
    employer = record_windows._open[("enterprise", enterprise_id)]
    employer.show_in_case_list()  # type: ignore[attr-defined]
    cases_page = window.stack.currentWidget()
    assert isinstance(cases_page, CaseListPage) and cases_page.enterprise.text() == "铁锋区顺达物流有限公司"
    assert cases_page.model.rowCount() == 1 and cases_page.model.row_id(0) == case_id
    answer(lambda d: d.applicant.setText("周杰"))
    window.new_case()
    with db.reading() as s:
        assert len(s.scalars(select(Case)).all()) == 2
    window.wait_until_idle()


def test_a_case_drafts_a_reminder_to_its_employer(qtbot, db: Database, runner: Runner, messages) -> None:
    from casedesk.db.models import SupervisionNotice
    from casedesk.domain.enums import NoticeKind

    case_id = _case(db, description="拖欠两个月工资")
    window = _window(qtbot, db, runner, case_id)
    window.draft_notice(NoticeKind.REMINDER)
    with db.reading() as s:
        notice = s.scalars(select(SupervisionNotice)).one()
        assert (notice.kind, notice.case_id, notice.status, notice.facts) == ("reminder", case_id, "draft", "拖欠两个月工资")
        assert notice.enterprise_id == s.get(Case, case_id).enterprise_id
        notice_id = notice.id
    assert window.notices_table.rowCount() == 1 and window.notices_table.item(0, 0).text() == "提示函"
    assert ("notice", notice_id) in record_windows._open


def test_escape_with_unsaved_edits_asks_and_can_save(qtbot, db: Database, runner: Runner, messages) -> None:
    case_id = _case(db)
    window = CaseWindow(db, runner, SYSTEM, case_id)  # deletes itself on close: not handed to qtbot
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.lawyer.setText("刘律师")
    window.lawyer.setFocus()
    with qtbot.waitSignal(window.destroyed):
        qtbot.keyClick(window.lawyer, Qt.Key.Key_Escape)
    assert "尚未保存" in messages[-1]  # the question answered 保存
    with db.reading() as s:
        assert s.get(Case, case_id).lawyer == "刘律师"
