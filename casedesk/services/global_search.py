"""The one search box (Ctrl+K): any record of any kind by name, phone or ID fragment, number or employer.

There is no search SQL here. Each kind is searched by its own list's
``search`` filter through ``services.listing`` (the consultations, cases,
notices, employers and workers lists), so the box finds exactly what the lists
find, as fast as they do, and gets faster with them. Only the first few rows
of each list are read, in the list's own order (newest first, employers and
workers by name), and the box shows them grouped by kind.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import Case, CaseParty, Consultation

KINDS = ("consultations", "cases", "notices", "enterprises", "workers")
KIND_LABELS = {"consultations": "咨询", "cases": "案件", "notices": "一函两书", "enterprises": "用人单位", "workers": "职工"}
PER_KIND = 5
MIN_CHARS = 2  # one character matches half the office: the box waits for a second


@dataclass(frozen=True)
class Hit:
    """One found record: what opens it (kind and id) and two lines of text to recognise it by."""

    kind: str
    id: int
    title: str
    detail: str


@dataclass(frozen=True)
class KindResult:
    kind: str
    hits: tuple[Hit, ...]
    more: bool  # the list holds more matches than shown


# Columns of each list that make a hit's title and detail line (keys of services.listing's specs).
_TITLE = {
    "consultations": ("caller", "received_at"),
    "cases": ("case_number", "applicant"),
    "notices": ("number", "kind"),
    "enterprises": ("name",),
    "workers": ("name",),
}
_DETAIL = {
    "consultations": ("phone", "enterprise", "category", "status"),
    "cases": ("enterprise", "stage", "intake_date"),
    "notices": ("addressee", "status", "issued_on"),
    "enterprises": ("credit_code", "street", "industry"),
    "workers": ("phone", "id_number", "enterprise"),
}
DRAFT_TITLE = "（草稿，未编号）"


def usable(text: str) -> bool:
    """Whether ``text`` is worth searching (at least two characters besides spaces)."""
    return len("".join(text.split())) >= MIN_CHARS


def search_kind(session: Session, kind: str, text: str, limit: int = PER_KIND) -> KindResult:
    """The first ``limit`` records of one kind that its list's search finds for ``text``."""
    from casedesk.services import listing  # with the first search, not with the window's Ctrl+K palette

    if kind not in KINDS:
        raise ValueError(f"没有名为“{kind}”的记录类型")
    if not usable(text):
        return KindResult(kind, (), False)
    spec = listing.get_spec(kind)
    rows = listing.page(session, kind, spec.default_sort, spec.default_descending, 0, limit + 1, {"search": text.strip()})
    index = {key: i for i, key in enumerate(spec.keys)}

    def joined(row: listing.RowData, keys: tuple[str, ...]) -> str:
        return " · ".join(v for v in (row.values[index[k]] for k in keys) if v)

    hits = []
    for row in rows[:limit]:
        title = joined(row, _TITLE[kind])
        if kind == "notices" and not row.values[index["number"]]:
            title = f"{DRAFT_TITLE} · {title}"
        hits.append(Hit(kind, row.id, title, joined(row, _DETAIL[kind])))
    return KindResult(kind, tuple(hits), len(rows) > limit)


def search(session: Session, text: str, limit: int = PER_KIND) -> list[KindResult]:
    """Every kind, in the box's order; kinds with no match are left out."""
    return [r for r in (search_kind(session, kind, text, limit) for kind in KINDS) if r.hits]


@dataclass(frozen=True)
class Target:
    """Where a found worker leads: a worker has no window of their own, their latest case or call has."""

    kind: str  # "cases" or "consultations", or "workers" when nothing refers to the person yet
    id: int


def worker_target(session: Session, worker_id: int) -> Target:
    """The person's latest case (as a party), else their latest consultation, else the person in the list."""
    case_id = session.scalar(
        select(Case.id).join(CaseParty, CaseParty.case_id == Case.id).where(CaseParty.worker_id == worker_id)
        .order_by(Case.intake_date.desc(), Case.id.desc()).limit(1)
    )
    if case_id is not None:
        return Target("cases", case_id)
    consultation_id = session.scalar(
        select(Consultation.id).where(Consultation.caller_id == worker_id)
        .order_by(Consultation.received_at.desc(), Consultation.id.desc()).limit(1)
    )
    if consultation_id is not None:
        return Target("consultations", consultation_id)
    return Target("workers", worker_id)
