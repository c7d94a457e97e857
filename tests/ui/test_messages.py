"""Messages from below the UI (validation errors, refusals, import reports) follow the language: every template
has English with the same fields, and an English window says a bad input in English while Chinese stays Chinese."""
from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from casedesk.db.database import Database
from casedesk.domain import enums, validators
from casedesk.domain.messages import Joined, Message
from casedesk.services import settings
from casedesk.services.actor import SYSTEM
from casedesk.services.ledger_import import ImportReport, RowError
from casedesk.ui import i18n
from casedesk.ui import messages as ui_messages
from casedesk.ui.runner import Runner
from tests.ui.test_consultation_form import _form, close_forms, messages, runner  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def in_english(qapp: QApplication) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install(i18n.DEFAULT)


def _language(db: Database, code: str) -> None:
    with db.transaction() as session:
        settings.put(session, SYSTEM, "language", code)
    i18n.apply_saved(db)


def test_every_message_template_has_english_with_the_same_fields() -> None:
    catalogue = i18n.CaseDeskTranslator()
    assert catalogue.load(str(i18n.qm_file("en")))
    templates = i18n._message_templates(ROOT) + [cls.vocabulary_name() for cls in enums.LabeledEnum.__subclasses__()]
    assert len(templates) > 300
    english = {t: catalogue.translate(i18n.MESSAGES_CONTEXT, t) for t in templates}
    assert [t for t, en in english.items() if not en] == [], "run: python -m casedesk.ui.i18n --update, then translate"
    assert [(t, en) for t, en in english.items() if _fields(t) != _fields(en)] == []


def test_messages_keep_their_chinese_text_and_are_said_in_english(in_english: None) -> None:
    try:
        validators.normalize_id_number("1234")
    except validators.ValidationError as exc:
        error = exc
    assert str(error) == "身份证号应为18位，实际为4位"  # logs, the audit trail and Chinese tests read this
    assert ui_messages.text(error) == "The ID number should have 18 characters; it has 4"
    # A message inside a message, a field name and a list of labels are each translated.
    nested = validators.ValidationError("{label}：{exc}", label="统一社会信用代码", exc=error)
    assert ui_messages.text(nested) == "Unified social credit code: The ID number should have 18 characters; it has 4"
    assert ui_messages.text(Joined([Message("请选择违法类型"), Message("请填写查明的事实")])) == (
        "Choose the violation types; Fill in the facts found")
    report = ImportReport("consultations", "台账.xlsx", read=1, errors=[RowError(2, "身份证号", error.message)])
    assert [ui_messages.text(line) for line in report.lines()] == [
        "台账.xlsx: 1 rows read, 0 imported, 0 bad rows skipped, 0 duplicates, 1 errors",
        "Row 2 [ID number]: The ID number should have 18 characters; it has 4",
    ]
    with pytest.raises(validators.ValidationError) as unknown:
        enums.Channel.from_label("传真")
    assert ui_messages.text(unknown.value) == "Unknown consultation channel: 传真"
    # Data is never mistaken for a word of the program, and plain text passes through.
    assert ui_messages.text(Message("找不到文件：{source}", source="D:/台账.xlsx")) == "File not found: D:/台账.xlsx"
    assert ui_messages.text("no such thing") == "no such thing"


def test_chinese_stays_chinese(qapp: QApplication) -> None:
    i18n.install(i18n.DEFAULT)
    error = validators.ValidationError("{label}：{exc}", label="身份证号",
                                       exc=validators.ValidationError("身份证号校验位不正确，请核对"))
    assert ui_messages.text(error) == "身份证号：身份证号校验位不正确，请核对"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "ID number: The ID number should have 18 characters; it has 4"),
    ("zh_CN", "身份证号：身份证号应为18位，实际为4位"),
])
def test_the_consultation_form_refuses_a_bad_id_number_in_the_users_language(
        qtbot, sqlite_db: Database, runner: Runner, messages, language: str, expected: str) -> None:  # noqa: F811
    _language(sqlite_db, language)
    try:
        form = _form(qtbot, sqlite_db, runner)
        form.caller.setText("王磊")
        form.id_number.setText("1234")
        form.question.setPlainText("拖欠工资")
        assert not form.save()
        assert messages[-1] == ("warning", expected)
        assert form.focusWidget() is form.id_number and form.id_number.text() == "1234"
    finally:
        i18n.install(i18n.DEFAULT)
