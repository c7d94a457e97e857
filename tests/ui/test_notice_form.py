"""The notice windows driven with qtbot: write and save a draft, issue it, deliver, reply, escalate; preview,
print and save the PDF; the template editor's errors; the 专项提示函 batch with cancel; the notice list."""
from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, NumberSequence, SupervisionNotice
from casedesk.domain.enums import NoticeKind
from casedesk.services import notice_batch, notices, parties
from casedesk.services.actor import SYSTEM
from casedesk.ui import notice_dialogs, record_windows
from casedesk.ui.notice_batch_dialog import BatchDialog
from casedesk.ui.notice_form import NoticeWindow
from casedesk.ui.notice_list import NoticeListPage, new_notice
from casedesk.ui.notice_preview import PdfPreviewDialog, print_document
from casedesk.ui.notice_settings import NoticeSettingsDialog
from casedesk.ui.runner import Runner
from tests.db.test_notices import (
    LABOUR_CONTRACT_30,
    draft_reminder,
    issued_reminder,
    setup_office,
)


@pytest.fixture
def runner(qtbot) -> Iterator[Runner]:  # type: ignore[no-untyped-def]
    r = Runner()
    yield r
    r.shutdown()
    record_windows.close_all()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings and notices shown, instead of modal boxes; questions are answered Yes."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def fill_dialog(monkeypatch: pytest.MonkeyPatch) -> Callable[[type, Callable[[QDialog], None]], list[QDialog]]:
    """Fill the next dialog of ``cls`` with ``fill`` and press OK (a refused OK keeps it open: exec returns 0)."""

    def install(cls: type, fill: Callable[[QDialog], None]) -> list[QDialog]:
        seen: list[QDialog] = []

        def fake_exec(dialog: QDialog) -> int:
            seen.append(dialog)
            fill(dialog)
            dialog._accept()
            return int(dialog.result() == QDialog.DialogCode.Accepted)

        monkeypatch.setattr(cls, "exec", fake_exec)
        return seen

    return install


def open_notice_windows() -> list[NoticeWindow]:
    return [w for (kind, _id), w in record_windows._open.items() if kind == "notice"]


def open_window(qtbot, db: Database, runner: Runner, notice_id: int) -> NoticeWindow:  # type: ignore[no-untyped-def]
    window = NoticeWindow(db, runner, SYSTEM, notice_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_write_save_and_issue_a_draft(qtbot, sqlite_db: Database, runner: Runner, messages: list[str],  # type: ignore[no-untyped-def]
                                      fill_dialog, monkeypatch: pytest.MonkeyPatch) -> None:
    office = setup_office(sqlite_db)
    with sqlite_db.transaction() as s:
        nid = notices.draft_notice(s, SYSTEM, kind="提示函", enterprise_id=office.enterprise_id).id
    window = open_window(qtbot, sqlite_db, runner, nid)
    assert window.buttons["issue"].isVisible() and not window.buttons["issue"].isEnabled()
    assert "查明的事实" in window.problems.text()
    # Chinese text is set directly (keyClicks is unreliable for CJK); ASCII is typed.
    window.facts.setPlainText("2025年6月至8月，你单位未按劳动合同约定足额支付37名配送员的劳动报酬。")
    window.demands.setPlainText("立即足额支付所拖欠的职工工资。")
    window.violations.boxes["pay"].setChecked(True)
    monkeypatch.setattr(notice_dialogs.LawPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(notice_dialogs.LawPickerDialog, "keys", lambda self: [LABOUR_CONTRACT_30])
    window.pick_articles()
    window.contact_phone.clear()
    qtbot.keyClicks(window.contact_phone, "12345")
    assert window.dirty
    qtbot.mouseClick(window.buttons["save"], Qt.MouseButton.LeftButton)
    assert any("联系电话" in m for m in messages)  # refused, and nothing typed was lost
    assert window.facts.toPlainText().startswith("2025年6月")
    window.contact_phone.clear()
    qtbot.keyClicks(window.contact_phone, "0452-2345678")
    qtbot.mouseClick(window.buttons["save"], Qt.MouseButton.LeftButton)
    with sqlite_db.reading() as s:
        n = notices.get(s, nid)
        assert n.legal_basis == LABOUR_CONTRACT_30 and n.demands == "立即足额支付所拖欠的职工工资。"
    assert window.buttons["issue"].isEnabled() and not window.dirty
    fill_dialog(notice_dialogs.IssueDialog, lambda d: d.issued_on.setText("2025-09-01"))
    qtbot.mouseClick(window.buttons["issue"], Qt.MouseButton.LeftButton)
    with sqlite_db.reading() as s:
        n = notices.get(s, nid)
        assert (n.status, n.number, n.issued_on) == ("issued", "铁工监提〔2025〕1号", date(2025, 9, 1))
    assert "铁工监提〔2025〕1号" in window.title.text()
    assert window.facts.isReadOnly() and not window.buttons["issue"].isVisible()
    assert window.buttons["deliver"].isVisible() and window.buttons["print"].isVisible()


def test_a_refused_issue_keeps_the_draft_and_the_text(qtbot, sqlite_db: Database, runner: Runner,  # type: ignore[no-untyped-def]
                                                      messages: list[str], fill_dialog) -> None:
    office = setup_office(sqlite_db)
    nid = draft_reminder(sqlite_db, office)
    window = open_window(qtbot, sqlite_db, runner, nid)
    window.demands.setPlainText("新的要求")
    seen = fill_dialog(notice_dialogs.IssueDialog, lambda d: d.issued_on.setText("2999-01-01"))
    qtbot.mouseClick(window.buttons["issue"], Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() != QDialog.DialogCode.Accepted
    assert any("不能晚于今天" in m for m in messages)
    assert window.demands.toPlainText() == "新的要求"
    with sqlite_db.reading() as s:
        assert notices.get(s, nid).status == "draft" and s.scalars(select(NumberSequence)).first() is None


def test_lifecycle_buttons_and_escalation(qtbot, sqlite_db: Database, runner: Runner,  # type: ignore[no-untyped-def]
                                          messages: list[str], fill_dialog) -> None:
    office = setup_office(sqlite_db)
    nid = issued_reminder(sqlite_db, office)
    window = open_window(qtbot, sqlite_db, runner, nid)

    def delivery(d: notice_dialogs.DeliveryDialog) -> None:
        d.method.setCurrentIndex(d.method.findData("post"))
        d.delivered_on.setText("2025-09-26")
        qtbot.keyClicks(d.tracking, "EA123456789CN")

    fill_dialog(notice_dialogs.DeliveryDialog, delivery)
    qtbot.mouseClick(window.buttons["deliver"], Qt.MouseButton.LeftButton)
    assert window.life_values["reply_due"].text().startswith("2025-10-23")
    assert "邮件号码 EA123456789CN" in window.life_values["delivery"].text()
    assert window.buttons["escalate"].isVisible()  # the deadline has long passed
    qtbot.mouseClick(window.buttons["escalate"], Qt.MouseButton.LeftButton)
    second = open_notice_windows()[-1]  # the new 意见书 opens in its own window
    with sqlite_db.reading() as s:
        opinion = notices.get(s, second.notice_id)
        assert (opinion.kind, opinion.status, opinion.escalated_from_id) == ("opinion", "draft", nid)
    assert "提示函 铁工监提〔2025〕1号" in second.chain_label.text()
    fill_dialog(notice_dialogs.IssueDialog, lambda d: d.issued_on.setText("2025-11-03"))
    qtbot.mouseClick(second.buttons["issue"], Qt.MouseButton.LeftButton)
    window.reload()
    assert "已升级" in window.status_label.text()

    def reply(d: notice_dialogs.ReplyDialog) -> None:
        d.replied_on.setText("2025-11-20")
        d.content.setPlainText("已补发工资")
        d.outcome.setCurrentIndex(d.outcome.findData("rectified"))

    fill_dialog(notice_dialogs.DeliveryDialog, lambda d: (d.delivered_on.setText("2025-11-04"), qtbot.keyClicks(d.signed_by, "Li")))
    qtbot.mouseClick(second.buttons["deliver"], Qt.MouseButton.LeftButton)
    fill_dialog(notice_dialogs.ReplyDialog, reply)
    qtbot.mouseClick(second.buttons["reply"], Qt.MouseButton.LeftButton)
    assert second.life_values["rectification"].text() == "已整改"
    fill_dialog(notice_dialogs.CloseDialog, lambda d: d.closed_on.setText("2025-11-21"))
    qtbot.mouseClick(second.buttons["close"], Qt.MouseButton.LeftButton)
    with sqlite_db.reading() as s:
        assert notices.get(s, second.notice_id).status == "closed"
    assert [second.history.item(r, 2).text() for r in range(second.history.rowCount())][-3:] == ["登记送达", "登记回复", "办结"]


def test_preview_print_and_save_the_frozen_pdf(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office = setup_office(sqlite_db)
    nid = issued_reminder(sqlite_db, office)
    with sqlite_db.reading() as s:
        frozen = notices.get(s, nid).pdf
    outputs: list[tuple[str, str]] = []

    def record(action: str, target: str) -> None:
        outputs.append((action, target))
        with sqlite_db.transaction() as s:
            notices.record_output(s, SYSTEM, nid, action, target)

    dialog = PdfPreviewDialog(frozen, "提示函", "x.pdf", on_output=record)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(frozen)).pages)
    saved = dialog.save_to(tmp_path / "copy.pdf")
    assert saved is not None and saved.read_bytes() == frozen  # a reprint is byte-identical
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(frozen, printer) == dialog.document.pageCount()
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == dialog.document.pageCount()
    assert round(float(printed.pages[0].mediabox.width)) == 595
    with sqlite_db.reading() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "notice", AuditEvent.entity_id == nid)).all()
    assert actions[-1] == "export" and outputs == [("export", str(tmp_path / "copy.pdf"))]


def test_template_editor_shows_errors_and_refuses_to_save(qtbot, sqlite_db: Database, runner: Runner,  # type: ignore[no-untyped-def]
                                                          messages: list[str]) -> None:
    setup_office(sqlite_db)
    dialog = NoticeSettingsDialog(sqlite_db, runner, SYSTEM, "templates")
    qtbot.addWidget(dialog)
    tab = dialog.pages["templates"]
    tab.editor.setPlainText("${整改要求}${回复期限}${签发人}\n")
    tab.refresh_preview()
    assert "未知字段 ${签发人}" in tab.errors.text()
    tab.save()
    assert any("提示函模板有误" in m for m in messages)
    tab.editor.setPlainText("经查：${查明事实}\n${整改要求}\n请于${回复期限}内回复。\n")
    tab.refresh_preview()
    assert tab.errors.text() == ""
    assert runner.wait_idle()
    assert tab._document is not None and tab._document.pageCount() >= 1
    tab.save()
    assert tab.state.text() == "（已修改）"


def test_batch_with_cancel_then_issue(qtbot, sqlite_db: Database, runner: Runner, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    setup_office(sqlite_db)
    with sqlite_db.transaction() as s:
        for i in range(3):
            e = parties.find_or_create_enterprise(s, SYSTEM, f"站前第{i + 1}物流有限公司")
            e.street, e.industry = "站前街道", "logistics"
    dialog = BatchDialog(sqlite_db, runner, SYSTEM, street="站前街道", industry="logistics")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "notify", lambda message, folder=None: setattr(dialog, "last_message", message))
    assert runner.wait_idle()
    assert dialog.count_label.text().startswith("共 3 家")
    dialog.fill_heat_example()
    with sqlite_db.reading() as s:
        ids = [i for i, _ in notice_batch.targets(s, dialog.target_filter())]
    task = dialog.run(ids, dialog.content(), date(2025, 7, 10), tmp_path / "out")
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消 at once
    assert runner.wait_idle()
    assert "已取消" in dialog.last_message
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(SupervisionNotice)) == 0
        assert s.scalars(select(NumberSequence)).first() is None
    dialog.run(ids, dialog.content(), date(2025, 7, 10), tmp_path / "out")
    assert runner.wait_idle()
    assert dialog.result_batch is not None and dialog.result_batch.numbers == [f"铁工监提〔2025〕{i}号" for i in (1, 2, 3)]
    assert len(dialog.written) == 4 and (tmp_path / "out" / "专项提示函（3份）合并打印.pdf").exists()


def test_notice_list_filters_and_opens(qtbot, sqlite_db: Database, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    office = setup_office(sqlite_db)
    first = issued_reminder(sqlite_db, office)
    draft_reminder(sqlite_db, office, kind="意见书")
    with sqlite_db.transaction() as s:
        notices.record_delivery(s, SYSTEM, first, method="电子", delivered_on=date(2025, 9, 2))
    page = NoticeListPage("一函两书", sqlite_db, runner, SYSTEM)
    qtbot.addWidget(page)
    assert runner.wait_idle()
    assert page.model.rowCount() == 2
    page.overdue.setChecked(True)
    assert runner.wait_idle()
    assert page.model.rowCount() == 1 and page.count_label.text() == "共 1 条"
    page.overdue.setChecked(False)
    page.search.setText("〔2025〕1号")
    page.apply_filters()
    assert page.model.rowCount() == 1
    window = page.open_notice(page.model.row_id(0))
    assert isinstance(window, NoticeWindow) and window.notice_id == first
    assert page.open_notice(first) is window  # one window per notice
    created = new_notice(sqlite_db, runner, SYSTEM, NoticeKind.REMINDER, page)
    assert created is not None and open_notice_windows()[-1].notice_id == created


def test_enterprise_list_offers_the_batch_for_its_street(qtbot, sqlite_db: Database, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    from casedesk.ui.notice_batch_dialog import add_enterprise_list_button
    from casedesk.ui.pages.list_page import ListPage

    setup_office(sqlite_db)
    page = ListPage("enterprises", "用人单位", sqlite_db, runner)
    qtbot.addWidget(page)
    asked: list[str] = []
    button = add_enterprise_list_button(page, asked.append)
    page.set_filter({"street": "站前街道"}, "站前街道")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["站前街道"]


def test_case_and_employer_windows_show_the_chain(qtbot, sqlite_db: Database, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    from casedesk.db.models import Case

    office = setup_office(sqlite_db)
    with sqlite_db.transaction() as s:
        case = Case(case_number="法援〔2025〕3号", intake_date=date(2025, 3, 1), enterprise_id=office.enterprise_id)
        s.add(case)
        s.flush()
        case_id = case.id
    reminder = draft_reminder(sqlite_db, office, case_id=case_id)
    with sqlite_db.transaction() as s:
        notices.issue_notice(s, SYSTEM, reminder, issued_on=date(2025, 9, 1))
        notices.record_delivery(s, SYSTEM, reminder, method="电子", delivered_on=date(2025, 9, 2))
        notices.escalate_notice(s, SYSTEM, reminder, today=date(2025, 10, 30))
    for window, table in (
        (record_windows.open_case(sqlite_db, runner, SYSTEM, case_id), "notices_table"),
        (record_windows.open_enterprise(sqlite_db, runner, SYSTEM, office.enterprise_id), "notices_table"),
    ):
        qtbot.addWidget(window)
        runner.wait_idle()
        notices_table = getattr(window, table)
        headers = [notices_table.horizontalHeaderItem(c).text() for c in range(notices_table.columnCount())]
        column = headers.index("升级自")
        values = {notices_table.item(r, column).text() for r in range(notices_table.rowCount())}
        assert values == {"", "铁工监提〔2025〕1号"}
