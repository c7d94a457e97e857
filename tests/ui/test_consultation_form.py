"""The consultation form and list page driven like a clerk: type a call, save, find it in the list and the DB."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from casedesk.db.database import Database, open_database
from casedesk.db.models import AuditEvent, Case, Consultation, Enterprise, Worker
from casedesk.services import consultations as svc
from casedesk.services import parties
from casedesk.services.actor import SYSTEM
from casedesk.services.consultation_ledger import LEDGER
from casedesk.services.ledger_files import read_table
from casedesk.ui import ledger_dialogs
from casedesk.ui.consultation_form import ConsultationForm
from casedesk.ui.consultation_list import (
    ConsultationsPage,
    FollowupDialog,
    FollowupRuleDialog,
)
from casedesk.ui.ledger_dialogs import ImportReportDialog, LedgerImport
from casedesk.ui.main_window import MainWindow
from casedesk.ui.runner import Runner

CST = timezone(timedelta(hours=8))


@pytest.fixture
def runner(qtbot) -> Runner:
    r = Runner()
    yield r
    r.shutdown()


class Messages(list):
    """Message boxes shown, as (kind, text); ``answers`` are given to questions in turn (then Yes)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Message boxes are recorded instead of shown."""
    shown = Messages()
    answers = shown.answers

    def record(kind: str):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            if kind == "question":
                return answers.pop(0) if answers else QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


_open_forms: list[ConsultationForm] = []


@pytest.fixture(autouse=True)
def close_forms() -> None:
    """Forms delete themselves when closed (WA_DeleteOnClose); close whatever a test left open, without asking."""
    yield
    for form in _open_forms:
        if shiboken6.isValid(form):
            form._dirty = False
            form.close()
    _open_forms.clear()


def _form(qtbot, db: Database, runner: Runner, consultation_id: int | None = None) -> ConsultationForm:
    form = ConsultationForm(db, runner, SYSTEM, consultation_id)
    _open_forms.append(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _seed_call(db: Database, **kw) -> int:
    values = {"received_at": datetime(2025, 3, 3, 9, 30, tzinfo=CST), "caller_name": "王磊", "caller_phone": "13812345678",
                  "enterprise_name": "铁锋区顺达物流有限公司", "category": "wages", "question": "拖欠工资", "status": "answered"}
    values.update(kw)
    with db.transaction() as s:
        return svc.log_consultation(s, SYSTEM, svc.ConsultationFields(**values)).id


def test_type_a_call_save_and_see_it_in_the_list_and_the_db(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    page = ConsultationsPage("咨询", sqlite_db, runner, SYSTEM)
    qtbot.addWidget(page)
    page.show()
    form = page.new_consultation()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)  # shortcuts work in the active window
    now = datetime.now()
    assert abs(form.received.dateTime().toSecsSinceEpoch() - int(now.timestamp())) < 120  # the time is pre-filled
    assert form.focusWidget() is form.channel

    # Tab follows the call: channel, caller, phone, enterprise, category, question, answer, handling
    qtbot.keyClick(form.channel, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.caller
    form.caller.insert("李娜")  # CJK through insert, as IMEs do (keyClicks is unreliable for CJK)
    qtbot.keyClick(form.caller, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.phone
    qtbot.keyClicks(form.phone, "139 1234 5678")
    qtbot.keyClick(form.phone, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.enterprise
    form.enterprise.insert("龙华建筑工程有限公司")
    qtbot.keyClick(form.enterprise, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.category
    form.category.setCurrentIndex(form.category.findData("work_injury"))
    qtbot.keyClick(form.category, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.question
    form.question.insertPlainText("工伤认定需要哪些材料？")
    qtbot.keyClick(form.question, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.answer
    form.answer.insertPlainText("告知向人社局申请工伤认定，并列明材料。")
    qtbot.keyClick(form.answer, Qt.Key.Key_Tab)
    assert form.focusWidget() in form.handling_buttons.values()

    with qtbot.waitSignal(form.saved, timeout=3000) as saved:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    consultation_id = saved.args[0]
    assert not form.isVisible()
    with sqlite_db.reading() as s:
        c = s.get(Consultation, consultation_id)
        assert (c.caller_name, c.caller_phone, c.category, c.status) == ("李娜", "13912345678", "work_injury", "answered")
        assert s.get(Enterprise, c.enterprise_id).name == "龙华建筑工程有限公司"
    runner.wait_idle()
    assert page.model.rowCount() == 1
    row = [page.model.index(0, i).data() for i in range(page.model.columnCount())]
    assert "李娜" in row and "139****5678" in row and "工伤待遇" in row and "已答复" in row


def test_completion_by_pinyin_initials_links_the_record(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    with sqlite_db.transaction() as s:
        ent_id = parties.find_or_create_enterprise(s, SYSTEM, "铁锋区顺达物流有限公司").id
        parties.find_or_create_enterprise(s, SYSTEM, "龙华建筑工程有限公司")
        worker_id = parties.find_or_create_worker(s, SYSTEM, "王磊", phone="13812345678").id
    form = _form(qtbot, sqlite_db, runner)
    form.enterprise.setFocus()
    qtbot.keyClicks(form.enterprise, "tfq")
    popup = form.enterprise_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert form.enterprise_completer.model.stringList() == ["铁锋区顺达物流有限公司"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.enterprise.text() == "铁锋区顺达物流有限公司", timeout=2000)
    assert form.enterprise_completer.linked.id == ent_id and form.enterprise_link.text()

    form.caller.setFocus()
    qtbot.keyClicks(form.caller, "wl")
    popup = form.caller_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert form.caller_completer.model.stringList() == ["王磊　138****5678"]  # the list shows the phone masked
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.caller.text() == "王磊", timeout=2000)
    form.question.setPlainText("拖欠工资")
    assert form.save()
    with sqlite_db.reading() as s:
        c = s.scalars(select(Consultation)).one()
        assert (c.enterprise_id, c.caller_id) == (ent_id, worker_id)
        assert s.query(Worker).count() == 1 and s.query(Enterprise).count() == 2

    # typing over a picked name unlinks it: a new name creates a new record on save
    form2 = _form(qtbot, sqlite_db, runner)
    form2.enterprise_completer.link(parties.Suggestion(ent_id, "铁锋区顺达物流有限公司", ""))
    form2.enterprise.setFocus()
    qtbot.keyClicks(form2.enterprise, "x")
    assert form2.enterprise_completer.linked is None


def test_repeat_caller_history_is_shown_beside_the_form(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    earlier = _seed_call(sqlite_db)
    _seed_call(sqlite_db, received_at=datetime(2025, 3, 10, 9, 0, tzinfo=CST), status="to_case", question="仍未支付")
    form = _form(qtbot, sqlite_db, runner)
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "13812345678")
    qtbot.waitUntil(lambda: form.history.count() == 3, timeout=3000)
    assert "此前咨询 2 次，案件 1 件" in form.history_title.text()
    assert form.history.item(0).text().startswith("案件 ")
    with qtbot.waitSignal(form.open_consultation) as opened:
        form.history.itemDoubleClicked.emit(form.history.item(2))
    assert opened.args == [earlier]


def test_bad_input_is_refused_naming_the_field_and_nothing_typed_is_lost(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    form = _form(qtbot, sqlite_db, runner)
    form.caller.setText("王磊")
    form.phone.setText("12345")
    form.question.setPlainText("拖欠工资")
    assert not form.save()
    assert messages[-1][0] == "warning" and messages[-1][1].startswith("联系电话：")
    assert form.focusWidget() is form.phone and form.isVisible()
    assert (form.caller.text(), form.question.toPlainText()) == ("王磊", "拖欠工资")
    with sqlite_db.reading() as s:
        assert s.query(Consultation).count() == 0


def test_escape_asks_before_discarding(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    form = _form(qtbot, sqlite_db, runner)
    form.question.setPlainText("拖欠工资")
    messages.answers.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and messages[-1][0] == "question"
    messages.answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    untouched = _form(qtbot, sqlite_db, runner)
    asked = len(messages)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(messages) == asked  # nothing typed: nothing to ask


def test_referral_shows_its_followup_date_and_saves_referred(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    form = _form(qtbot, sqlite_db, runner)
    form.received.setDateTime(QDateTime(QDate(2025, 4, 30), QTime(10, 0)))
    form.question.setPlainText("被拖欠工资")
    assert not form.followup_due.isEnabled() and not form.referral_body.isEnabled()
    form.handling_buttons["referred"].click()
    form.referral_body.setCurrentIndex(form.referral_body.findData("labour_inspection"))
    form.referral_date.setDate(QDate(2025, 4, 30))
    assert form.followup_due.date() == QDate(2025, 5, 8)  # 3 working days after the May holiday
    assert form.save()
    with sqlite_db.reading() as s:
        c = s.scalars(select(Consultation)).one()
        assert (c.status, c.referral_body, c.referral_date, c.followup_due) == (
            "referred", "labour_inspection", date(2025, 4, 30), date(2025, 5, 8))


def test_to_case_from_the_form_creates_the_linked_case(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    consultation_id = _seed_call(sqlite_db, status="open")
    form = _form(qtbot, sqlite_db, runner, consultation_id)
    assert form.case_button.isVisible()
    form.case_button.click()
    assert messages[-1][0] == "information" and "案件编号" in messages[-1][1]
    with sqlite_db.reading() as s:
        c = s.get(Consultation, consultation_id)
        case = s.get(Case, c.case_id)
        assert c.status == "to_case" and case.description == "拖欠工资"
        number = case.case_number
    reopened = _form(qtbot, sqlite_db, runner, consultation_id)
    assert number in reopened.case_label.text() and not reopened.case_button.isVisible()
    assert not reopened.handling_buttons["answered"].isEnabled()


def test_stored_record_is_masked_until_revealed_and_edits_are_audited(qtbot, sqlite_db: Database, runner: Runner, messages) -> None:
    consultation_id = _seed_call(sqlite_db, caller_id_number="11010519491231002X")
    form = _form(qtbot, sqlite_db, runner, consultation_id)
    assert (form.phone.text(), form.id_number.text()) == ("138****5678", "110105********002X")
    assert form.phone.isReadOnly() and form.reveal_button.isVisible()
    form.answer.setPlainText("已告知投诉途径")
    assert form.save()  # masked values are kept as stored
    form = _form(qtbot, sqlite_db, runner, consultation_id)
    form.reveal_button.click()
    assert (form.phone.text(), form.id_number.text()) == ("13812345678", "11010519491231002X")
    form.phone.setText("13900001111")
    assert form.save()
    with sqlite_db.reading() as s:
        c = s.get(Consultation, consultation_id)
        assert (c.caller_phone, c.answer) == ("13900001111", "已告知投诉途径")
        actions = [(a.action, sorted(json.loads(a.changes))) for a in s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "consultation").order_by(AuditEvent.id))]
    assert actions == [("create", actions[0][1]), ("update", ["answer"]), ("reveal", ["fields"]), ("update", ["caller_phone"])]


def test_list_filters_search_overdue_highlight_and_followup(qtbot, sqlite_db: Database, runner: Runner, messages, monkeypatch) -> None:
    overdue = _seed_call(sqlite_db, status="referred", referral_body="labour_inspection", referral_date=date(2025, 3, 3))
    _seed_call(sqlite_db, caller_name="李娜", caller_phone="13912345678", question="工伤认定", category="work_injury",
               channel="walk_in", received_at=datetime(2025, 4, 1, 9, 0, tzinfo=CST))
    page = ConsultationsPage("咨询", sqlite_db, runner, SYSTEM)
    qtbot.addWidget(page)
    page.show()
    runner.wait_idle()
    assert page.model.rowCount() == 2 and page.count_label.text() == "共 2 条"

    def rows() -> list[int]:
        runner.wait_idle()
        return [page.model.row_id(r) for r in range(page.model.rowCount())]

    page.search.setText("1381234")
    page.apply_filters()
    assert rows() == [overdue]
    page.search.clear()
    page.channel.setCurrentIndex(page.channel.findData("walk_in"))
    assert len(rows()) == 1 and rows() != [overdue]
    page.channel.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert rows() == [overdue] and page.count_label.text() == "共 1 条"
    assert page.delegate.is_overdue(page.model.index(0, 0))
    page.overdue.setChecked(False)
    page.date_from.setDate(QDate(2025, 3, 15))
    assert len(rows()) == 1 and rows() != [overdue]
    page.set_filter({"followup_overdue": date.today()}, "回访逾期")  # the dashboard tile
    assert page.overdue.isChecked() and page.date_from.specialValueText() == page.date_from.text()
    assert rows() == [overdue]

    page.view.setCurrentIndex(page.model.index(0, 0))
    monkeypatch.setattr(FollowupDialog, "exec", lambda self: (self.result.setText("已支付"), QDialog.DialogCode.Accepted)[1])
    page.record_followup()
    assert rows() == []  # no longer overdue
    with sqlite_db.reading() as s:
        c = s.get(Consultation, overdue)
        assert (c.status, c.followup_result, c.followup_done) == ("closed", "已支付", date.today())

    page.set_filter({})
    runner.wait_idle()
    index = page.model.index(0, 0)
    page.view.activated.emit(index)
    assert page._forms and next(iter(page._forms.values())).consultation_id == page.model.row_id(0)


def test_export_button_writes_the_filtered_list_masked(qtbot, sqlite_db: Database, runner: Runner, messages, monkeypatch, tmp_path: Path) -> None:
    _seed_call(sqlite_db)
    _seed_call(sqlite_db, caller_name="李娜", caller_phone="13912345678", channel="walk_in", question="工伤")
    page = ConsultationsPage("咨询", sqlite_db, runner, SYSTEM)
    qtbot.addWidget(page)
    page.channel.setCurrentIndex(page.channel.findData("walk_in"))
    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(ledger_dialogs.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    messages.answers.append(QMessageBox.StandardButton.No)  # keep phone numbers masked
    page.export()
    runner.wait_idle()
    assert messages[-1] == ("information", f"已导出 1 条到\n{target}")
    table = read_table(target)
    assert [row[2:4] for _, row in table.rows] == [["李娜", "139****5678"]]


def test_import_checks_first_then_imports_the_good_rows(qtbot, sqlite_db: Database, runner: Runner, messages, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("受理时间,来电人,问题描述,问题类别\n2025-03-01,王磊,拖欠工资,欠薪\n2025-02-30,李娜,工伤,工伤\n".encode("gb18030"))
    parent = QDialog()
    qtbot.addWidget(parent)
    shown: list[ImportReportDialog] = []

    def choose(dialog: ImportReportDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        dialog.choice = ImportReportDialog.SKIP_BAD
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", choose)
    flow = LedgerImport(parent, sqlite_db, runner, SYSTEM, LEDGER)
    with qtbot.waitSignal(flow.finished, timeout=5000) as finished:
        flow.check(path)
    assert shown[0].errors.toPlainText() == "第3行【受理时间】日期“2025-02-30”不是有效的日期或时间"
    assert finished.args[0].imported == 1
    with sqlite_db.reading() as s:
        assert s.scalars(select(Consultation.caller_name)).all() == ["王磊"]
    QApplication.processEvents()


def test_ctrl_n_from_any_page_opens_a_new_call_and_file_menu_imports(qtbot, sqlite_db: Database, messages, monkeypatch, tmp_path: Path) -> None:
    window = MainWindow(open_database(sqlite_db.path), remember=False)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key == "consultations"
    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConsultationForm) and w.isVisible()]
    assert len(forms) == 1 and forms[0].consultation_id is None
    _open_forms.extend(forms)

    file_menu = window.menuBar().actions()[0].menu()
    import_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None and a.text() == "导入台账")
    import_menu.aboutToShow.emit()  # the clerk opens it: its entries are listed then
    action = next(a for a in import_menu.actions() if a.text() == "咨询台账…")
    path = tmp_path / "old.csv"
    path.write_text("受理时间,问题描述\n2025-03-01 10:00,拖欠工资\n", encoding="utf-8-sig")
    monkeypatch.setattr(ledger_dialogs.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: (setattr(self, "choice", self.IMPORT), QDialog.DialogCode.Accepted)[1])
    action.trigger()
    window.wait_until_idle()
    qtbot.waitUntil(lambda: window.page("consultations").model.rowCount() == 1, timeout=5000)
    assert messages[-1][0] == "information" and "导入 1 行" in messages[-1][1]
    window.close()


def test_followup_rule_is_set_from_the_page_and_used_by_new_calls(qtbot, sqlite_db: Database, runner: Runner, messages, monkeypatch) -> None:
    page = ConsultationsPage("咨询", sqlite_db, runner, SYSTEM)
    qtbot.addWidget(page)
    monkeypatch.setattr(FollowupRuleDialog, "exec", lambda self: (self.days.setValue(5), QDialog.DialogCode.Accepted)[1])
    page.edit_followup_rule()
    form = _form(qtbot, sqlite_db, runner)
    form.received.setDateTime(QDateTime(QDate(2025, 3, 3), QTime(9, 0)))
    form.handling_buttons["open"].click()
    assert form.followup_due.date() == QDate(2025, 3, 10)
    with sqlite_db.reading() as s:
        assert s.scalars(select(AuditEvent.changes).where(AuditEvent.entity == "setting")).one() == '{"followup_working_days": [3, 5]}'
