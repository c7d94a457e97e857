"""What the GUI's start costs: opening a file at head loads no Alembic; the start path loads no openpyxl or numpy."""
from __future__ import annotations

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
