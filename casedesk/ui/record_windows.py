"""One window per record: opening a case or an employer that is already open raises its window.

Case windows and enterprise windows open each other (a case's employer, an
employer's cases), and lists open both; this registry keeps one window per
record and tells every open list when a case changed, so the list shows the
new stage or amount without a manual refresh.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from casedesk.db.database import Database
from casedesk.services.actor import Actor
from casedesk.ui.runner import Runner


class RecordEvents(QObject):
    """Signals between record windows and the pages of the main window."""

    case_changed = Signal(int)  # case id (0: a case was added or removed)
    consultation_requested = Signal(int)  # open this consultation in the consultations page's form
    list_requested = Signal(str, object, str)  # show a list narrowed to filters: list name, filters, description


_events: RecordEvents | None = None
_open: dict[tuple[str, int], QWidget] = {}


def events() -> RecordEvents:
    global _events
    if _events is None:
        _events = RecordEvents()
    return _events


def _show(key: tuple[str, int], make: type, db: Database, runner: Runner, actor: Actor, parent: QWidget | None) -> QWidget:
    window = _open.get(key)
    if window is not None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window
    window = make(db, runner, actor, key[1], parent=parent)
    _open[key] = window
    window.destroyed.connect(lambda *_: _open.pop(key, None))
    window.show()
    return window


def open_case(db: Database, runner: Runner, actor: Actor, case_id: int, parent: QWidget | None = None) -> QWidget:
    from casedesk.ui.case_form import CaseWindow

    return _show(("case", case_id), CaseWindow, db, runner, actor, parent)


def open_enterprise(db: Database, runner: Runner, actor: Actor, enterprise_id: int, parent: QWidget | None = None) -> QWidget:
    from casedesk.ui.enterprise_view import EnterpriseWindow

    return _show(("enterprise", enterprise_id), EnterpriseWindow, db, runner, actor, parent)


def open_notice(db: Database, runner: Runner, actor: Actor, notice_id: int, parent: QWidget | None = None) -> QWidget:
    from casedesk.ui.notice_form import NoticeWindow

    return _show(("notice", notice_id), NoticeWindow, db, runner, actor, parent)


def close(kind: str, record_id: int) -> None:
    """Close one record's window, if open (the record was merged away or deleted)."""
    window = _open.get((kind, record_id))
    if window is not None:
        window.close()


def close_all() -> None:
    """Close every record window (the database is being switched or the app closes)."""
    for window in list(_open.values()):
        window.close()
