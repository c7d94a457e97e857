"""The settings page: every section saves through its service, the values persist, and the rest of the program follows them."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.db.database import Database
from casedesk.domain.validators import ValidationError
from casedesk.services import (
    backup,
    consultations,
    notices,
    numbering,
    office_settings,
    organization,
    parties,
    settings,
    today,
)
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.consultations import ConsultationFields
from casedesk.ui.pages.settings import BackupSection, LanguageSection, LettersSection, OrgSection, RemindersSection, SettingsPage
from casedesk.ui.runner import Runner

CST = timezone(timedelta(hours=8))
CLERK = Actor(staff_id=None, name="办事员", role="staff")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *_a, _k=kind: shown.append((_k, text))
                            or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def page(qtbot: QtBot, sqlite_db: Database) -> Iterator[SettingsPage]:
    runner = Runner()
    widget = SettingsPage(sqlite_db, SYSTEM, runner)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.wait_idle()
    runner.shutdown()


def _idle(page: SettingsPage) -> None:
    assert page._runner.wait_idle()


def test_org_section_shows_the_next_numbers_as_patterns_are_typed(page: SettingsPage, sqlite_db: Database,
                                                                  messages: list[Any]) -> None:
    org = page.org
    assert isinstance(org, OrgSection)
    year = date.today().year
    org.fields["case_number_pattern"].setText("龙工法援〔{year}〕{seq}号")
    assert org.next_numbers["case_number_pattern"].text() == f"下一个：龙工法援〔{year}〕1号"
    org.fields["opinion_number_pattern"].setText("龙工监意{seq}")
    assert org.next_numbers["opinion_number_pattern"].text() == "格式有误"
    org.fields["opinion_number_pattern"].setText("龙工监意〔{year}〕{seq}号")
    org.fields["name"].setText("齐齐哈尔市龙沙区总工会")
    with sqlite_db.transaction() as s:  # a number handed out moves the preview on
        numbering.next_number(s, organization.get_org(s).id, "case", year)
    org.fields["case_number_pattern"].setText("龙工法援〔{year}〕{seq}")
    assert org.next_numbers["case_number_pattern"].text() == f"下一个：龙工法援〔{year}〕2"
    org.fields["case_number_pattern"].setText("龙工法援〔{year}〕{seq}号")
    assert org.save() and messages == []
    with sqlite_db.reading() as s:
        info = organization.get_org(s)
    assert (info.name, info.opinion_number_pattern) == ("齐齐哈尔市龙沙区总工会", "龙工监意〔{year}〕{seq}号")


def test_follow_up_and_reminder_days_persist_and_apply(page: SettingsPage, sqlite_db: Database, messages: list[Any]) -> None:
    section = page.show_section("reminders")
    assert isinstance(section, RemindersSection)
    section.followup.setValue(5)
    section.spins["deadline_warning_days"].setValue(7)
    section.spins["stale_case_days"].setValue(60)
    assert section.save() and messages == []
    with sqlite_db.transaction() as s:
        assert consultations.followup_working_days(s) == 5
        assert office_settings.numbers(s)["deadline_warning_days"] == 7
        work = today.work_items(s, date(2025, 3, 3))  # the dashboard counts with the new values
        assert (work.warning_days, work.stale_days) == (7, 60)
        # Applied: a call referred on Monday 2025-03-03 is followed up five working days later.
        result = consultations.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 3, 9, 30, tzinfo=CST), caller_name="王磊", caller_phone="13812345678",
            question="拖欠工资", status="referred", referral_body="劳动保障监察", referral_date=date(2025, 3, 3)))
        assert result.followup_due == date(2025, 3, 10)
    # A fresh page reads what was saved.
    again = SettingsPage(sqlite_db, SYSTEM, page._runner)
    reminders = again.show_section("reminders")
    assert isinstance(reminders, RemindersSection)
    assert (reminders.followup.value(), reminders.spins["stale_case_days"].value()) == (5, 60)
    again.deleteLater()


def test_reply_deadlines_and_holidays_from_the_notice_tabs_apply_to_new_letters(
    page: SettingsPage, sqlite_db: Database, messages: list[Any]
) -> None:
    letters = page.show_section("letters")
    assert isinstance(letters, LettersSection)
    spin, unit = letters.tab.deadlines["opinion"]
    spin.setValue(20)
    unit.setCurrentIndex(unit.findData("calendar_days"))
    letters.tab.save()
    assert messages and messages[-1][0] == "information"
    with sqlite_db.transaction() as s:
        ent = parties.find_or_create_enterprise(s, SYSTEM, "顺达物流有限公司")
        draft = notices.draft_notice(s, SYSTEM, kind="意见书", enterprise_id=ent.id, facts="拖欠工资")
        notice = notices.get(s, draft.id)
        assert (notice.deadline_count, notice.deadline_unit) == (20, "calendar_days")
    holidays = page.show_section("holidays")
    holidays.year.setValue(2025)
    holidays.first.set_value(date(2025, 3, 4))
    holidays.last.set_value(date(2025, 3, 5))
    holidays.name.setText("本地假日")
    holidays.add()
    with sqlite_db.transaction() as s:
        due = consultations.followup_due_for(s, "open", datetime(2025, 3, 3, 9, 0, tzinfo=CST), None)
    assert due == date(2025, 3, 10)  # three working days after Monday, with Tuesday and Wednesday off: Thu, Fri, Mon


def test_font_sample_renders_the_fonts_typed(qtbot: QtBot, page: SettingsPage) -> None:
    letters = page.show_section("letters")
    assert isinstance(letters, LettersSection)
    _idle(page)
    first = letters.sample.pixmap()
    assert first is not None and not first.isNull() and first.width() > 300
    letters.tab.fonts["body"].setText("/no/such/font.ttf")
    qtbot.waitUntil(lambda: not letters._timer.isActive(), timeout=3000)
    _idle(page)
    assert not letters.sample.pixmap().isNull()


def test_backup_schedule_retention_and_language_persist(page: SettingsPage, sqlite_db: Database, messages: list[Any]) -> None:
    section = page.show_section("backup")
    assert isinstance(section, BackupSection)
    assert section.folder.text().endswith("backups")
    section.spins["backup.interval_minutes"].setValue(15)
    section.spins["backup.keep_monthly"].setValue(24)
    section.spins["retention_years"].setValue(15)
    assert section.save()
    assert backup.interval_minutes(sqlite_db) == 15
    section.take_backup()
    _idle(page)
    assert messages[-1][0] == "information" and "备份完成" in messages[-1][1]
    assert section.recent.rowCount() >= 1 and section.recent.item(0, 1).text() == "手动"
    language = page.show_section("language")
    assert isinstance(language, LanguageSection)
    changed: list[str] = []
    page.language_changed.connect(changed.append)
    language.combo.setCurrentIndex(language.combo.findData("en"))
    assert language.save() and changed == ["en"]
    with sqlite_db.reading() as s:
        assert settings.get(s, "language") == "en" and settings.get(s, "retention_years") == 15
        assert settings.get(s, "backup.keep_monthly") == 24


def test_settings_services_refuse_out_of_range_values_and_non_admins(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        with pytest.raises(ValidationError, match="自动备份间隔：应为 5 至 1440 分钟"):
            office_settings.set_number(s, SYSTEM, "backup.interval_minutes", 2)
        with pytest.raises(ValidationError, match="未知的设置项"):
            office_settings.set_number(s, SYSTEM, "nonsense", 2)
        with pytest.raises(ValidationError, match="界面语言"):
            office_settings.set_language(s, SYSTEM, "fr")
        with pytest.raises(PermissionDenied):
            office_settings.set_number(s, CLERK, "retention_years", 5)
        office_settings.set_language(s, CLERK, "en")  # a language is everyone's choice
        assert office_settings.language(s) == "en"


def test_a_clerk_sees_the_settings_and_is_told_who_may_change_them(qtbot: QtBot, sqlite_db: Database,
                                                                   messages: list[Any]) -> None:
    runner = Runner()
    widget = SettingsPage(sqlite_db, CLERK, runner)
    qtbot.addWidget(widget)
    reminders = widget.show_section("reminders")
    assert isinstance(reminders, RemindersSection)
    reminders.spins["stale_case_days"].setValue(45)
    assert not reminders.save()
    assert messages and messages[-1][0] == "warning" and "不是管理员" in messages[-1][1]
    with sqlite_db.reading() as s:
        assert office_settings.numbers(s)["stale_case_days"] == 30
    runner.shutdown()
