"""The English build: a complete catalogue that loads, and no Chinese left on any page, menu or dialog the
program can open (a test walks the widgets), while letters stay Chinese."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk.db.database import Database
from casedesk.services import settings
from casedesk.services.actor import SYSTEM
from casedesk.ui import i18n
from casedesk.ui.first_start_wizard import FirstStartWizard
from casedesk.ui.login_dialog import FirstAdminDialog, LoginDialog
from casedesk.ui.main_window import PAGE_KEYS, MainWindow
from casedesk.ui.pages.settings import SECTIONS, SettingsPage
from tests.ui.widget_texts import CJK, chinese_texts

ROOT = Path(__file__).resolve().parents[2]
# Data and format examples that are Chinese on purpose: the office's name and number patterns (what it types),
# the date forms the date fields accept, the document-number examples, the bilingual language label.
ALLOWED = frozenset({
    "未命名工会", "法援〔", "工监提〔", "工监意〔", "工监建〔", "〕", "号", "2025年3月1日", "〔2025〕3号",
    "界面语言 / Language", "第三十条", "黑龙江省工资支付条例", "第十条", "《", "》", "第N条", "齐齐哈尔市铁锋区总工会",
    "中文", "元", "万",
})


def _strip_allowed(text: str) -> str:
    if "${" in text:  # the letter templates are Chinese documents: their ${字段} names and the help listing them
        return ""
    for fragment in sorted(ALLOWED, key=len, reverse=True):
        text = text.replace(fragment, "")
    return text


def _chinese(root: QWidget) -> dict[str, str]:
    return {t: w for t, w in chinese_texts(root).items() if CJK.search(_strip_allowed(t))}


@pytest.fixture
def english(qapp: QApplication, sqlite_db: Database) -> Iterator[Database]:
    with sqlite_db.transaction() as session:
        settings.put(session, SYSTEM, "language", "en")
    assert i18n.apply_saved(sqlite_db) == "en"
    yield sqlite_db
    i18n.install(i18n.DEFAULT)


def test_the_catalogue_is_complete_and_compiled() -> None:
    ts = ROOT / "resources" / "translations" / "casedesk_en.ts"
    assert i18n.unfinished(ts) == []
    assert (ROOT / "resources" / "translations" / "casedesk_zh_CN.ts").exists()
    assert i18n.qm_file("en").stat().st_size > 10_000
    # Every literal tr()/translate()/QT_TRANSLATE_NOOP in the code and every runtime label is in the catalogue.
    shipped = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    runtime = {text for _context, text in i18n._runtime_strings(ROOT)}
    assert runtime - shipped == set(), "run: python -m casedesk.ui.i18n --update, then translate"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs the Qt tools PySide6 ships")
def test_lupdate_finds_no_string_without_english(tmp_path: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casedesk").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pyside6-lupdate", *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    shipped = ET.parse(ROOT / "resources" / "translations" / "casedesk_en.ts").getroot()
    translated = {m.findtext("source") for m in shipped.iter("message") if m.find("translation").get("type") is None}
    assert found - translated == set(), "run: python -m casedesk.ui.i18n --update, then translate"


def test_english_loads_and_falls_back_to_the_filing_context(english: Database) -> None:
    assert i18n.current() == "en"
    assert QCoreApplication.translate("MainWindow", "工作台") == "Dashboard"
    assert QCoreApplication.translate("Vocabulary", "来访") == "Walk-in"
    # self.tr() in a base class runs under the subclass's name: the translator finds the base class's entry.
    assert QCoreApplication.translate("ConsultationsPage", "显示全部") == "Show all"
    assert QCoreApplication.translate("NoSuchContext", "不在目录中的文字") == "不在目录中的文字"
    assert i18n.deadline_label("不服裁决起诉期限") == "Deadline to sue against the award"
    assert i18n.article("第48、50条") == "Art. 48, 50"
    i18n.install("zh_CN")
    assert i18n.current() == "zh_CN"
    assert i18n.article("第48、50条") == "第48、50条"
    assert QCoreApplication.translate("MainWindow", "工作台") == "工作台"
    # Qt's own standard buttons follow the language too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_a_missing_or_unknown_language_is_chinese(sqlite_db: Database) -> None:
    assert i18n.saved_language(sqlite_db) == "zh_CN"
    assert i18n.normalized("fr") == "zh_CN"


class _Seen:
    """Dialogs opened with exec() and message boxes, walked instead of blocking the test."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.chinese: dict[str, str] = {}

    def walk(self, widget: QWidget, where: str) -> None:
        QApplication.processEvents()
        for text, place in _chinese(widget).items():
            self.chinese.setdefault(text, f"{where}: {place}")

    def text(self, text: str, where: str) -> None:
        if CJK.search(_strip_allowed(text)):
            self.chinese.setdefault(text, where)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> _Seen:
    record = _Seen()

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        record.dialogs.append(type(dialog).__name__)
        record.walk(dialog, type(dialog).__name__)
        dialog.close()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", exec_)
    for kind in ("information", "warning", "critical", "question", "about"):
        def box(_parent: Any, title: str, text: str, *_a: Any, _k: str = kind, **_kw: Any) -> Any:
            record.text(title, f"QMessageBox.{_k} title")
            record.text(text, f"QMessageBox.{_k}")
            return QMessageBox.StandardButton.No if _k == "question" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, box)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    return record


def test_no_chinese_is_left_on_any_page_menu_or_dialog(qtbot: QtBot, english: Database, seen: _Seen) -> None:
    window = MainWindow(english, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    for key in PAGE_KEYS:
        page = window.show_page(key)
        window.wait_until_idle(20_000)
        seen.walk(window, f"page {key}")
        if isinstance(page, SettingsPage):
            for section, _title in SECTIONS:
                page.show_section(section)
                window.wait_until_idle(20_000)
                seen.walk(window, f"settings {section}")
    # Every menu command: dialogs (exec) and message boxes are walked by ``seen``, windows after they show.
    skip = {"退出", "Quit", "Sign out"}
    before = set(QApplication.topLevelWidgets())
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.isSeparator() or action.menu() is not None or action.text() in skip or not action.isEnabled():
                continue
            action.trigger()
            window.wait_until_idle(20_000)
            for top in set(QApplication.topLevelWidgets()) - before:
                if top.isVisible() and top is not window:
                    seen.walk(top, f"{action.text()!r} window")
                    top.close()
    # The forms opened from the pages' own buttons.
    window.new_consultation()
    window.wait_until_idle(20_000)
    seen.walk(window, "new consultation form")
    window.new_case()
    window.open_notice_settings()
    window.open_notice_batch()
    window.open_search()
    seen.walk(window._search, "search palette")
    window.open_duplicates("worker")
    window.wait_until_idle(20_000)
    seen.walk(window._duplicates, "duplicates window")
    assert {"NewCaseDialog", "NoticeSettingsDialog", "BatchDialog", "AccountsDialog", "RestoreDialog"} <= set(seen.dialogs)
    # Before the main window: the first-start wizard's pages and the sign-in dialogs.
    wizard = FirstStartWizard(english, SYSTEM)
    qtbot.addWidget(wizard)
    wizard.show()
    seen.walk(wizard, "wizard")
    for page_id in wizard.pageIds():
        seen.walk(wizard.page(page_id), f"wizard page {page_id}")
    for dialog in (LoginDialog(english), FirstAdminDialog(english)):
        qtbot.addWidget(dialog)
        dialog.show()
        seen.walk(dialog, type(dialog).__name__)
    assert seen.chinese == {}, "\n".join(f"{where}: {text!r}" for text, where in seen.chinese.items())
