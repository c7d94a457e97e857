"""Where CaseDesk keeps its files.

One resolver for every path, so tests and developers can point the whole app
elsewhere with ``CASEDESK_HOME`` (the Vorta pattern) instead of patching
module globals.
"""
from __future__ import annotations

import os
from importlib import resources as _resources
from pathlib import Path

import platformdirs

from casedesk import backup_places

APP_NAME = "CaseDesk"
DB_FILENAME = "casedesk.sqlite3"


def data_dir() -> Path:
    """The user data folder: database, backups, attachments."""
    override = os.environ.get("CASEDESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir(db_file: Path | None = None) -> Path:
    """The folder new backups of ``db_file`` go to: the one chosen in Settings (``backup_places``), else
    ``backups`` beside the database. A chosen folder that cannot be reached (a removed drive) falls back
    to the default one, so the backup before an upgrade or an import is still taken."""
    if db_file is None:
        path = data_dir() / backup_places.DEFAULT_FOLDER_NAME
    else:
        path = backup_places.read(db_file).folder
        try:
            path.mkdir(parents=True, exist_ok=True)
            return path
        except OSError:
            path = backup_places.default_folder(db_file)
    path.mkdir(parents=True, exist_ok=True)
    return path


def attachments_dir() -> Path:
    path = data_dir() / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ (installed as the ``casedesk.resources`` package)."""
    return Path(str(_resources.files("casedesk.resources").joinpath(*parts)))
