"""Schema state, upgrades and health checks of a database file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from casedesk.db import migrate
from casedesk.db.backup import integrity_ok
from casedesk.db.database import Database, DatabaseOpenError, open_database, resolve_url
from casedesk.domain.messages import message_of
from casedesk.services import audit, search_index
from casedesk.services.actor import Actor


@dataclass
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def schema_state(db: Database) -> SchemaState:
    return SchemaState(current=migrate.current_revision(db), head=migrate.head_revision())


def upgrade(db: Database) -> bool:
    """Upgrade an opened database to head (backing up its file first when it holds data)."""
    return migrate.upgrade_to_head(db)


def check(target: str | None) -> CheckReport:
    """Everything `casedesk check` reports; never raises for a damaged file, it reports it."""
    report = CheckReport()
    url = resolve_url(target)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        report.lines.append(f"file: {path}")
        if not path.exists():
            report.problems.append(f"database file does not exist: {path}")
            return report
        ok, detail = integrity_ok(path)
        report.lines.append(f"integrity: {detail if ok else 'FAILED'}")
        if not ok:
            report.problems.append(f"integrity check failed ({detail}); restore the latest backup")
            return report
    try:
        db = open_database(target, migrate=False, create=False)
    except DatabaseOpenError as exc:
        report.problems.append(message_of(exc))
        return report
    try:
        state = schema_state(db)
        report.lines.append(f"schema: {state.current or '(empty)'} (program knows up to {state.head})")
        if not state.up_to_date:
            report.problems.append("schema is not at the current version; run `casedesk init` to upgrade")
            return report
        with db.transaction() as session:
            if db.is_sqlite:
                fk = session.execute(text("PRAGMA foreign_key_check")).fetchall()
                report.lines.append(f"foreign keys: {len(fk)} broken references")
                if fk:
                    report.problems.append(f"{len(fk)} rows reference missing records (first: table {fk[0][0]})")
            chain = audit.verify_chain(session)
            report.lines.append(f"audit chain: {'intact' if not chain else 'BROKEN'}")
            report.problems.extend(chain)
            search = search_index.problems(session)
            report.lines.append(f"search index: {'intact' if not search else 'NEEDS REPAIR (casedesk check --repair)'}")
            report.problems.extend(search)
    finally:
        db.dispose()
    return report


def repair(target: str | None, actor: Actor) -> list[str]:
    """What `casedesk check --repair` mends: the search index is rebuilt from the records (audited)."""
    db = open_database(target, migrate=False, create=False)
    try:
        if not schema_state(db).up_to_date:
            return ["schema is not at the current version; run `casedesk init` first"]
        with db.transaction() as session:
            search_index.rebuild(session)
            audit.record(session, actor, "repair", "search_index", None, {"rebuilt": [None, "search index"]})
        return ["search index: rebuilt"]
    finally:
        db.dispose()
