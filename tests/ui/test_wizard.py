"""The first-start wizard end to end: identity, administrator, then an empty start, demo data or the office's ledgers."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, Consultation, Staff, SupervisionNotice
from casedesk.services import auth, first_start, ledgers, organization
from casedesk.services.actor import Actor
from casedesk.services.ledger_files import write_table
from casedesk.ui import first_start_wizard
from casedesk.ui.first_start_wizard import PAGE_ADMIN, PAGE_IDENTITY, PAGE_RESULT, PAGE_START, FirstStartWizard

CLERK = Actor(staff_id=None, name="desk")
PASSWORD = "Tiefeng-2025"


@pytest.fixture
def wizard(qtbot: QtBot, sqlite_db: Database) -> Iterator[FirstStartWizard]:
    with sqlite_db.reading() as s:
        assert first_start.needs_first_start(s)
    w = FirstStartWizard(sqlite_db, CLERK)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _identity(w: FirstStartWizard, name: str = "齐齐哈尔市铁锋区总工会") -> None:
    page = w.identity
    page.fields["name"].setText(name)
    page.fields["address"].setText("铁锋区龙华路100号")
    page.fields["phone"].setText("0452-2345678")
    page.fields["contact_person"].setText("王明")


def _admin(w: FirstStartWizard, repeat: str = PASSWORD) -> None:
    w.admin.login.setText("admin")
    w.admin.display_name.setText("王明")
    w.admin.password.setText(PASSWORD)
    w.admin.repeat.setText(repeat)


def _finish(qtbot: QtBot, w: FirstStartWizard) -> None:
    w.next()  # 开始: the commit page saves everything in the background
    assert w.currentId() == PAGE_RESULT
    qtbot.waitUntil(w.report_page.isComplete, timeout=60_000)
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result() == QWizard.DialogCode.Accepted


def test_each_page_names_the_field_it_refuses_and_keeps_what_was_typed(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    w = wizard
    assert w.currentId() == PAGE_IDENTITY
    w.next()
    assert w.currentId() == PAGE_IDENTITY and w.identity.error.text() == "工会名称不能为空"
    _identity(w)
    # The issuer mark and the number patterns follow the name; a pattern edited by hand stays.
    assert w.identity.fields["issuer_mark"].text() == "齐齐哈尔市铁锋区总工会"
    assert w.identity.fields["case_number_pattern"].text() == "铁工法援〔{year}〕{seq}号"
    w.identity.fields["reminder_number_pattern"].setText("铁工监提{seq}")
    w.identity.fields["reminder_number_pattern"].textEdited.emit("铁工监提{seq}")
    w.next()
    assert w.currentId() == PAGE_IDENTITY and w.identity.error.text().startswith("提示函文号格式")
    assert w.identity.fields["reminder_number_pattern"].hasFocus() or not w.isActiveWindow()
    w.identity.fields["name"].setText("齐齐哈尔市龙沙区总工会")
    assert w.identity.fields["reminder_number_pattern"].text() == "铁工监提{seq}"  # typed by hand: kept
    assert w.identity.fields["opinion_number_pattern"].text() == "龙工监意〔{year}〕{seq}号"
    w.identity.fields["reminder_number_pattern"].setText("龙工监提〔{year}〕{seq}号")
    assert "龙工法援〔" in w.identity.examples.text()
    w.next()
    assert w.currentId() == PAGE_ADMIN
    _admin(w, repeat="something-else")
    w.next()
    assert w.currentId() == PAGE_ADMIN and "两次输入的密码不一致" in w.admin.error.text()
    w.admin.password.setText("short")
    w.next()
    assert w.currentId() == PAGE_ADMIN and w.admin.error.text().startswith("密码")
    _admin(w)
    w.next()
    assert w.currentId() == PAGE_START
    w.start.buttons["import"].setChecked(True)
    w.next()
    assert w.currentId() == PAGE_START and "至少选择一个台账文件" in w.start.error.text()
    w.start.files["cases"].setText("/no/such/file.xlsx")
    w.next()
    assert w.currentId() == PAGE_START and "找不到文件" in w.start.error.text()
    w.back()
    w.back()
    assert w.identity.fields["name"].text() == "齐齐哈尔市龙沙区总工会"  # nothing lost going back


def test_cancelling_writes_nothing(qtbot: QtBot, wizard: FirstStartWizard, sqlite_db: Database) -> None:
    _identity(wizard)
    wizard.next()
    _admin(wizard)
    wizard.next()
    wizard.reject()
    with sqlite_db.reading() as s:
        assert first_start.needs_first_start(s) and auth.needs_first_admin(s)
        assert s.scalar(select(func.count()).select_from(Staff)) == 0


def test_import_my_ledgers_shows_each_report_and_signs_the_admin_in(
    qtbot: QtBot, wizard: FirstStartWizard, sqlite_db: Database, tmp_path: Path
) -> None:
    kinds = ledgers.kinds()
    calls = tmp_path / "咨询台账.xlsx"
    headers = [c.header for c in kinds["consultations"].columns]
    good = list(kinds["consultations"].sample_row)
    second = list(good)
    second[0], second[2], second[3] = "2025-03-03 08:15", "李娜", "13900001111"
    bad = list(good)
    bad[0] = "去年某天"
    write_table(calls, headers, [good, second, bad])
    case_file = tmp_path / "案件台账.xlsx"
    kinds["cases"].write_template(case_file)
    broken = tmp_path / "一函两书台账.csv"
    broken.write_text("完全不是台账\n1,2,3\n", encoding="utf-8")

    _identity(wizard)
    wizard.next()
    _admin(wizard)
    wizard.next()
    wizard.start.files["consultations"].setText(str(calls))
    wizard.start.files["cases"].setText(str(case_file))
    wizard.start.files["notices"].setText(str(broken))
    wizard.start.buttons["import"].setChecked(True)
    assert wizard.start.skip_bad.isChecked()
    _finish(qtbot, wizard)

    report = wizard.report_page.log.toPlainText()
    assert "已保存本单位信息：齐齐哈尔市铁锋区总工会" in report and "已创建管理员账号：admin（王明）" in report
    assert "咨询台账.xlsx：读取 3 行，导入 2 行，跳过错误行 1 行" in report
    assert "第4行【受理时间】" in report
    assert "案件台账.xlsx：读取 1 行，导入 1 行" in report
    assert "缺少必需的列" in report  # the broken file is reported, the others still came in
    assert wizard.actor is not None and wizard.actor.role == "admin" and wizard.actor.staff_id is not None
    with sqlite_db.transaction() as s:
        info = organization.get_org(s)
        assert (info.name, info.issuer_mark, info.phone) == ("齐齐哈尔市铁锋区总工会", "齐齐哈尔市铁锋区总工会", "0452-2345678")
        assert info.opinion_number_pattern == "铁工监意〔{year}〕{seq}号"
        assert s.scalar(select(func.count()).select_from(Consultation)) == 2
        assert s.scalar(select(Case.case_number)) == "法援〔2025〕1号"
        assert s.scalar(select(func.count()).select_from(SupervisionNotice)) == 0
        assert auth.authenticate(s, "admin", PASSWORD).actor is not None
        assert s.scalar(select(AuditEvent.actor).where(AuditEvent.action == "first-start")) == "王明"
        assert not first_start.needs_first_start(s)


def test_demo_data_keeps_the_typed_identity(qtbot: QtBot, wizard: FirstStartWizard, sqlite_db: Database) -> None:
    _identity(wizard, "哈尔滨市道里区总工会")
    wizard.next()
    _admin(wizard)
    wizard.next()
    wizard.start.buttons["demo"].setChecked(True)
    _finish(qtbot, wizard)
    assert "已载入演示数据：咨询 2,000 条" in wizard.report_page.log.toPlainText()
    with sqlite_db.reading() as s:
        assert organization.get_org(s).name == "哈尔滨市道里区总工会"
        assert organization.get_org(s).case_number_pattern == "道工法援〔{year}〕{seq}号"
        assert s.scalar(select(func.count()).select_from(Consultation)) == 2_000


def test_empty_start_and_an_existing_admin_skips_the_account_page(qtbot: QtBot, sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        auth.create_first_admin(s, "boss", "李主任", PASSWORD)
    w = FirstStartWizard(sqlite_db, CLERK)
    qtbot.addWidget(w)
    w.show()
    _identity(w)
    w.next()
    assert w.currentId() == PAGE_START  # an administrator exists already
    assert w.start.buttons["empty"].isChecked()
    _finish(qtbot, w)
    assert "Ctrl+N" in w.report_page.log.toPlainText()
    assert w.actor is None  # no account was made here: the sign-in decides who works next
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == 1
        assert not first_start.needs_first_start(s)
    # Set up now: the next start goes straight to the main window.
    assert first_start_wizard.run_if_needed(sqlite_db, CLERK) == first_start_wizard.FirstStart(False, True, None)
