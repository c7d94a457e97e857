"""Where a database file's backups go and where they are looked for, kept in a small file beside the database.

Why beside the database and not in its settings table: the one moment the
backups matter most is when the database is damaged and cannot be read, and
the start-up recovery must still find them. Why not in this computer's own
settings: the folder is an office-wide choice (every clerk who opens the file
on a share backs up to the same place, as with every other setting), and a
data folder copied to a new computer keeps pointing at its backups.

``<database>.backups.json`` holds ``{"folder": "...", "also": ["...", ...]}``:
the chosen folder, and older folders still looked in when the clerk changed
the folder without moving the backups. With no such file (or an unreadable
one) backups go to ``backups`` beside the database, as they always did; that
folder is always looked in too.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_FOLDER_NAME = "backups"


@dataclass(frozen=True)
class BackupPlaces:
    folder: Path  # where new backups go
    also: tuple[Path, ...] = ()  # earlier folders still looked in

    def search_order(self, db_file: Path) -> list[Path]:
        """Every folder that may hold this file's backups: the chosen one first, the default one last."""
        found: list[Path] = []
        for folder in (self.folder, *self.also, default_folder(db_file)):
            if folder not in found:
                found.append(folder)
        return found


def default_folder(db_file: Path) -> Path:
    return db_file.parent / DEFAULT_FOLDER_NAME


def places_file(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".backups.json")


def read(db_file: Path) -> BackupPlaces:
    """The places for ``db_file``; the default folder when none was chosen or the file cannot be read."""
    default = BackupPlaces(default_folder(db_file))
    try:
        data = json.loads(places_file(db_file).read_text(encoding="utf-8"))
        folder = Path(data["folder"]) if data.get("folder") else default.folder
        also = tuple(Path(p) for p in data.get("also", ()) if p)
    except FileNotFoundError:
        return default
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("ignoring unreadable %s: %s", places_file(db_file), exc)
        return default
    return BackupPlaces(folder, also)


def write(db_file: Path, places: BackupPlaces) -> None:
    """Save ``places`` (atomically: a crash leaves the old file or the new one); the default alone needs no file."""
    target = places_file(db_file)
    if places.folder == default_folder(db_file) and not places.also:
        target.unlink(missing_ok=True)
        return
    data = {"folder": str(places.folder), "also": [str(p) for p in places.also]}
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(target)
