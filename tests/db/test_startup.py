"""What the GUI's start costs: opening a file at head loads no Alembic; showing the main window loads only what
its first page, menus and sign-in need (module names, not timings: those are in tests/perf)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casedesk.db import migrate
from casedesk.db.database import Database


def test_the_newest_revision_read_from_the_files_is_alembics() -> None:
    assert migrate._head_from_files() == migrate.head_revision()


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return set(out.stdout.split())


def test_opening_a_file_at_head_loads_no_alembic(sqlite_db: Database) -> None:
    path = Path(str(sqlite_db.path))
    sqlite_db.dispose()
    loaded = _modules_after(f"from casedesk.db.database import open_database\nopen_database({str(path)!r}).dispose()")
    assert "casedesk.db.migrate" in loaded and "alembic" not in loaded


def test_the_gui_start_path_loads_no_alembic_openpyxl_or_numpy() -> None:
    loaded = _modules_after("import casedesk.app, casedesk.ui.main_window, casedesk.ui.login_dialog")
    assert not {"alembic", "openpyxl", "numpy"} & loaded


# What showing the main window must not load: other pages, letters and reports (ReportLab), lists (listing and
# the search index's PostgreSQL dialect), importers and exporters, the 管理 dialogs, the first-start wizard, the
# command-line commands. Each comes with the page, menu or command that needs it.
NOT_AT_START = {
    "alembic", "openpyxl", "numpy", "reportlab", "charset_normalizer", "sqlalchemy.dialects.postgresql",
    "PySide6.QtPdf", "casedesk.documents.letter", "casedesk.services.listing", "casedesk.services.search_index",
    "casedesk.services.ledgers", "casedesk.services.ledger_import", "casedesk.services.consultation_ledger",
    "casedesk.ui.pages.list_page", "casedesk.ui.pages.settings", "casedesk.ui.pages.stats",
    "casedesk.ui.first_start_wizard", "casedesk.ui.account_dialogs", "casedesk.ui.audit_page",
    "casedesk.ui.data_safety_dialog", "casedesk.ui.duplicates_page", "casedesk.ui.notice_settings",
    "casedesk.cli.common", "casedesk.cli.cases",
}


def test_the_main_window_shows_its_first_page_without_loading_the_others(sqlite_db: Database, tmp_path: Path) -> None:
    from casedesk.services import auth, organization
    from casedesk.services.actor import SYSTEM

    with sqlite_db.transaction() as session:
        organization.update_org(session, SYSTEM, name="齐齐哈尔市铁锋区总工会")
        auth.create_first_admin(session, "admin", "王主任", "Gonghui-2025")
    path = str(sqlite_db.path)
    sqlite_db.dispose()
    # The GUI benchmark's probe: `casedesk --db FILE` through the console script's main, the sign-in answered.
    out = subprocess.run([sys.executable, "-m", "tests.perf.gui_probe", "modules", path, "admin", "Gonghui-2025"],
                         capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEDESK_HOME": str(tmp_path / "home")})
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = set(json.loads(out.stdout.splitlines()[0])["modules"])
    assert "casedesk.ui.pages.dashboard" in loaded  # the first page was built
    assert not NOT_AT_START & loaded


def test_the_faster_source_check_gives_pyside6s_answers() -> None:
    code = """
import json, sys
import PySide6.QtCore
import casedesk.domain.money, casedesk.ui.runner, casedesk.ui.pyside_source_check as check
feature = sys.modules["shibokensupport.feature"]
upstream = feature._mod_uses_pyside
check.install()
modules = [casedesk.domain.money, casedesk.ui.runner, json, sys, PySide6]
print(json.dumps([[upstream(m), feature._mod_uses_pyside(m)] for m in modules]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    answers = json.loads(out.stdout)
    assert [up == fast for up, fast in answers] == [True] * 5
    assert answers[0] == [False, False] and answers[1] == [True, True]
