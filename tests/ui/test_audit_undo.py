"""Undoing a duplicates merge from its row in the audit browser (issue 9 item 4: "undoable from the audit row")."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Consultation, Enterprise
from casedesk.services import consultations, duplicates
from casedesk.services.actor import SYSTEM, Actor
from casedesk.services.consultations import ConsultationFields
from casedesk.ui.audit_page import AuditWindow
from casedesk.ui.runner import Runner

CST = timezone(timedelta(hours=8))
ADMIN = Actor(None, "王静", "admin")


def _office(db: Database) -> tuple[int, int, list[int], int]:
    """Two spellings of one employer with two calls on the one merged away; merged (audit row id last)."""
    with db.transaction() as s:
        survivor, merged = Enterprise(name="某某物流公司"), Enterprise(name="哈尔滨市某某物流有限公司")
        s.add_all([survivor, merged])
        s.flush()
        calls = [consultations.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 3, 9, 30, tzinfo=CST), enterprise_id=merged.id, question=q)).id
            for q in ("拖欠工资", "加班费")]
        ids = survivor.id, merged.id
    with db.transaction() as s:
        result = duplicates.merge(s, ADMIN, "enterprise", *ids)
    return ids[0], ids[1], calls, result.audit_id


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, _k=kind: shown.append((_k, text))
                            or (QMessageBox.StandardButton.Yes if _k == "question" else QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture
def browser(qtbot: QtBot, sqlite_db: Database) -> Iterator[AuditWindow]:
    runner = Runner()
    window = AuditWindow(sqlite_db, runner, ADMIN)
    qtbot.addWidget(window)
    window.show()
    yield window
    runner.wait_idle()
    runner.shutdown()


def _select(window: AuditWindow, audit_id: int) -> None:
    row = next(i for i, e in enumerate(window.model.rows) if e.id == audit_id)
    window.view.selectionModel().select(window.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert window._runner.wait_idle()


def _where_calls_are(db: Database, calls: list[int]) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(Consultation.enterprise_id).where(Consultation.id.in_(calls))))


def test_a_merge_is_undone_from_its_audit_row_and_a_second_undo_is_refused(
        qtbot: QtBot, sqlite_db: Database, said: list[Any]) -> None:
    survivor, merged, calls, merge_row = _office(sqlite_db)
    runner = Runner()
    window = AuditWindow(sqlite_db, runner, ADMIN)
    qtbot.addWidget(window)
    window.show()
    assert _where_calls_are(sqlite_db, calls) == {survivor}
    other = next(e.id for e in window.model.rows if e.action != "merge")
    _select(window, other)
    assert not window.undo_button.isEnabled() and window.undo_reason.text() == ""  # not a merge: nothing to say
    _select(window, merge_row)
    assert window.undo_button.isEnabled() and window.undo_reason.text() == ""
    with sqlite_db.reading() as s:  # working out the button's state left nothing behind
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "unmerge")) == 0
    window.undo_button.click()
    assert runner.wait_idle()
    assert said[0][0] == "question" and "哈尔滨市某某物流有限公司" in said[0][1] and "2 条" in said[0][1]
    assert said[-1][0] == "information" and f"#{merged}" in said[-1][1]
    assert _where_calls_are(sqlite_db, calls) == {merged}
    assert window.model.rows[0].action == "unmerge"  # the browser refreshed: the new row on top
    _select(window, merge_row)
    assert not window.undo_button.isEnabled()
    assert "已经撤销" in window.undo_reason.text()
    runner.shutdown()


def test_an_undo_that_became_impossible_after_the_check_is_refused_with_a_message(
        browser: AuditWindow, sqlite_db: Database, said: list[Any]) -> None:
    _survivor, merged, calls, merge_row = _office(sqlite_db)
    browser.apply_filters()
    _select(browser, merge_row)
    assert browser.undo_button.isEnabled()
    with sqlite_db.transaction() as s:  # meanwhile, at another desk
        duplicates.undo_merge(s, SYSTEM, merge_row)
    browser.undo_merge()
    assert browser._runner.wait_idle()
    assert said[-1][0] == "warning" and "已经撤销" in said[-1][1]
    assert not browser.undo_button.isEnabled() and "已经撤销" in browser.undo_reason.text()
    assert _where_calls_are(sqlite_db, calls) == {merged}


def test_a_survivor_merged_away_since_says_which_merge_to_undo_first(browser: AuditWindow, sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:  # made first: SQLite would give a later row the merged record's free id
        third = Enterprise(name="某某物流有限责任公司")
        s.add(third)
        s.flush()
        third_id = third.id
    survivor, _merged, _calls, merge_row = _office(sqlite_db)
    with sqlite_db.transaction() as s:
        later = duplicates.merge(s, ADMIN, "enterprise", third_id, survivor)
    browser.apply_filters()
    _select(browser, merge_row)
    assert not browser.undo_button.isEnabled() and "先撤销之后的那次合并" in browser.undo_reason.text()
    _select(browser, later.audit_id)
    assert browser.undo_button.isEnabled()


def test_a_viewer_account_is_told_it_may_not_undo(qtbot: QtBot, sqlite_db: Database) -> None:
    *_rest, merge_row = _office(sqlite_db)
    runner = Runner()
    window = AuditWindow(sqlite_db, runner, Actor(None, "只读管理员", "viewer"))
    qtbot.addWidget(window)
    _select(window, merge_row)
    assert not window.undo_button.isEnabled() and "只读" in window.undo_reason.text()
    runner.shutdown()


def test_a_merged_record_whose_id_was_given_to_a_newer_one_comes_back_under_a_new_number(
        browser: AuditWindow, sqlite_db: Database, said: list[Any]) -> None:
    survivor, merged, calls, merge_row = _office(sqlite_db)  # the record merged away had the highest id
    with sqlite_db.transaction() as s:
        newer = Enterprise(name="新登记的单位")
        s.add(newer)
        s.flush()
        assert newer.id == merged  # SQLite hands the free id to the next new record
    browser.apply_filters()
    _select(browser, merge_row)
    assert browser.undo_button.isEnabled()
    browser.undo_merge()
    assert browser._runner.wait_idle()
    with sqlite_db.reading() as s:
        back = s.scalars(select(Enterprise).where(Enterprise.name == "哈尔滨市某某物流有限公司")).one()
        assert back.id not in (survivor, merged) and s.get(Enterprise, merged).name == "新登记的单位"
        assert set(s.scalars(select(Consultation.enterprise_id).where(Consultation.id.in_(calls)))) == {back.id}
        undo = s.scalars(select(AuditEvent).where(AuditEvent.action == "unmerge")).one()
        back_id = back.id
        assert undo.entity_id == merged and f"[{merged}, {back_id}]" in undo.changes  # restored_as: old -> new
    assert said[-1][0] == "information" and f"#{back_id}" in said[-1][1]
    _select(browser, merge_row)
    assert not browser.undo_button.isEnabled() and "已经撤销" in browser.undo_reason.text()


def test_in_english_the_reason_is_english_too(qtbot: QtBot, sqlite_db: Database) -> None:
    from casedesk.services import settings
    from casedesk.ui import i18n

    *_rest, merge_row = _office(sqlite_db)
    with sqlite_db.transaction() as s:
        duplicates.undo_merge(s, SYSTEM, merge_row)
        settings.put(s, SYSTEM, "language", "en")
    i18n.apply_saved(sqlite_db)
    try:
        runner = Runner()
        window = AuditWindow(sqlite_db, runner, ADMIN)
        qtbot.addWidget(window)
        _select(window, merge_row)
        assert window.undo_button.text() == "Undo merge"
        metrics = window.view.fontMetrics()
        for column in range(5):
            title = window.model.headerData(column, Qt.Orientation.Horizontal)
            assert window.view.columnWidth(column) >= metrics.horizontalAdvance(title) + 12, title
        assert window.undo_reason.text().startswith("Cannot undo: ") and "撤销" not in window.undo_reason.text()
        runner.shutdown()
    finally:
        i18n.install(i18n.DEFAULT)
