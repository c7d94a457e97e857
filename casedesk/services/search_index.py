"""Finding records by a piece of a name or number, through the search index (one module for every list).

A clerk types two characters of a name (王磊), four digits of a phone, part
of a document number (〔2025〕3号) or of an employer's name, and expects every
record holding it anywhere in a field, at once, among a million. The index
(see ``casedesk.db.search_schema``) holds each field's two-character pieces
(grams), so:

- one character: the grams starting with it (SQLite) or the character itself (PostgreSQL);
- two characters: the one gram, which is exactly the text;
- more: the records holding every gram of the text, then checked against the
  field text (``LIKE``), since the grams could lie apart.

The text is searched as typed and, for a number typed with spaces or dashes
(``138 1234``, ``0452-234``), also without them; square brackets stand for
the 〔〕 of document numbers. Nothing the user types is ever read as query
syntax: grams are quoted for FTS5 and bound as parameters.

Each list's search (consultations, cases, notices, employers, workers) is
built here from the same matching, reaching the caller, the parties and the
employer through their ids, so a list's search and its count are conditions
on the list's own table.
"""
from __future__ import annotations

from collections.abc import Callable
from operator import add
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    ColumnElement,
    Select,
    String,
    Text,
    bindparam,
    exists,
    false,
    func,
    or_,
    select,
    true,
    union,
)
from sqlalchemy import text as sa_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from casedesk.db import search_schema
from casedesk.db.models import (
    Base,
    Case,
    CaseParty,
    Consultation,
    Enterprise,
    GovernmentBody,
    SupervisionNotice,
    Worker,
)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_MAX_CHAR = "\U0010ffff"  # sorts after every character: closes a prefix range


def _clean(text: str) -> str:
    """The text as searched: outer spaces and control characters removed (they are never part of a field)."""
    return "".join(c for c in text if c.isprintable() or c == " ").strip()


def variants(text: str) -> list[str]:
    """The forms of ``text`` to look for: as typed, a number without its spaces and dashes, [] as 〔〕."""
    t = _clean(text)
    if not t:
        return []
    found = [t]
    digits = t.replace(" ", "").replace("-", "")
    if digits != t and digits.upper().rstrip("X").isdigit():
        found.append(digits)
    if "[" in t or "]" in t:
        found.append(t.replace("[", "〔").replace("]", "〕"))
    return found


def _grams(text: str) -> list[str]:
    return sorted(set(map(add, text, text[1:])))


def _fts_query(text: str) -> str:
    """An FTS5 query for ``text``: each gram a quoted string (a one-character text: grams starting with it)."""
    if len(text) == 1:
        return '"' + text.replace('"', '""') + '"*'
    # A gram of spaces alone makes no token (spaces separate tokens); the LIKE check covers it.
    return " ".join('"' + g.replace('"', '""') + '"' for g in _grams(text) if g.strip())


def _pg_grams(text: str) -> list[str]:
    lowered = text.translate(_ASCII_LOWER)
    return [lowered] if len(lowered) == 1 else _grams(lowered)


class _GramMatch(FunctionElement[bool]):
    """The index lookup for one text on one table; how it is written depends on the database.

    Its clauses are the table's id, the FTS5 query (SQLite), the grams (PostgreSQL) and the indexed
    columns; only the parameter of the database at hand is sent.
    """

    name = "casedesk_gram_match"
    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition in itself: no "= 1" where booleans are integers


@compiles(_GramMatch, "sqlite")
def _sqlite_match(element: _GramMatch, compiler: Any, **kw: Any) -> str:
    id_column, fts_query = list(element.clauses)[:2]
    fts = search_schema.index_name(id_column.table.name)
    return f"{compiler.process(id_column, **kw)} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {compiler.process(fts_query, **kw)})"


@compiles(_GramMatch, "postgresql")
def _pg_match(element: _GramMatch, compiler: Any, **kw: Any) -> str:
    clauses = list(element.clauses)
    fields = ", ".join(compiler.process(c, **kw) for c in clauses[3:])
    return f"{search_schema.FUNCTION}({fields}) @> CAST({compiler.process(clauses[2], **kw)} AS TEXT[])"


def _columns(model: type[Base]) -> list[Any]:
    table = model.__table__  # type: ignore[attr-defined]
    return [table.c[name] for name in search_schema.CURRENT[table.name]]


def _match_one(model: type[Base], text: str) -> ColumnElement[bool]:
    columns = _columns(model)
    found = _GramMatch(
        model.__table__.c.id,  # type: ignore[attr-defined]
        bindparam(None, _fts_query(text), type_=String()),
        bindparam(None, _pg_grams(text), type_=ARRAY(Text())),
        *columns,
    )
    if len(text) <= 2:
        return found
    return found & or_(*(c.ilike(_escaped(text), escape="\\") for c in columns))


def matches(model: type[Base], text: str) -> ColumnElement[bool]:
    """Rows of ``model`` (an indexed table) holding ``text`` anywhere in an indexed field; nothing for empty text."""
    forms = variants(text)
    if not forms:
        return false()
    return or_(*(_match_one(model, t) for t in forms))


def ids(model: type[Base], text: str) -> Select[Any]:
    """The ids of the rows :func:`matches` finds."""
    return select(model.id).where(matches(model, text))  # type: ignore[attr-defined]


# --- the lists' searches ---------------------------------------------------------------------------
#
# Each list's search has two forms that find the same rows. The *sparse* form collects the ids the
# index finds into one list, and the list then walks its sort order checking ids: right when the text
# is rare (a name, a number). Collecting a third of a million ids is slow, though, and a common word
# (工资, 有限公司) is better served by the *dense* form, which walks the sort order testing each row's
# text until a page is full. :func:`is_dense` tells them apart from the index's own counts.

DENSE_SHARE = 0.02  # a text found in this share of a table or more is searched row by row


def _escaped(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _row_like(model: type[Base], text: str) -> ColumnElement[bool]:
    """The row's own indexed text holds ``text`` (any of its forms), tested row by row."""
    return or_(*(c.ilike(_escaped(t), escape="\\") for t in variants(text) for c in _columns(model)))


def _initials(column: Any, text: str) -> ColumnElement[bool]:
    """Pinyin initials typed from the start (tfq for 铁锋区...), as an index range on the initials column."""
    t = _clean(text).lower()
    if not (t.isascii() and t.isalpha()):
        return false()
    return (column >= t) & (column < t + _MAX_CHAR)


def _in_index(model: type[Base], text: str, dense: bool) -> ColumnElement[bool]:
    return _row_like(model, text) if dense else matches(model, text)


def _linked(model: type[Base], key: Any, text: str, dense: bool) -> ColumnElement[bool]:
    """``key`` (an id column of the list's table) points at a ``model`` row holding ``text``."""
    if dense:
        return exists().where(model.id == key, _row_like(model, text))  # type: ignore[attr-defined]
    return key.in_(ids(model, text))


def enterprises(text: str, dense: bool = False) -> ColumnElement[bool]:
    """Employers by a piece of the name or 信用代码, or by the name's pinyin initials."""
    if not _clean(text):
        return true()
    return or_(_in_index(Enterprise, text, dense), _initials(Enterprise.name_initials, text))


def workers(text: str, dense: bool = False) -> ColumnElement[bool]:
    """Workers by a piece of the name, phone or 身份证号, or by the name's pinyin initials."""
    if not _clean(text):
        return true()
    return or_(_in_index(Worker, text, dense), _initials(Worker.name_initials, text))


def consultations(text: str, dense: bool = False) -> ColumnElement[bool]:
    """The caller's name and phone and the question as recorded, the linked worker, the employer."""
    if not _clean(text):
        return true()
    if dense:
        return or_(_row_like(Consultation, text), _linked(Worker, Consultation.caller_id, text, True),
                   _linked(Enterprise, Consultation.enterprise_id, text, True))
    # One id list, collected part by part, each through its own index.
    return Consultation.id.in_(union(
        select(Consultation.id).where(matches(Consultation, text)),
        select(Consultation.id).where(Consultation.caller_id.in_(ids(Worker, text))),
        select(Consultation.id).where(Consultation.enterprise_id.in_(ids(Enterprise, text))),
    ))


def cases(text: str, dense: bool = False) -> ColumnElement[bool]:
    """The case number and description, any party's name, phone or 身份证号, the employer."""
    if not _clean(text):
        return true()
    if dense:
        party = exists().where(CaseParty.case_id == Case.id, _linked(Worker, CaseParty.worker_id, text, True))
        return or_(_row_like(Case, text), party, _linked(Enterprise, Case.enterprise_id, text, True))
    return Case.id.in_(union(
        select(Case.id).where(matches(Case, text)),
        select(CaseParty.case_id).where(CaseParty.worker_id.in_(ids(Worker, text))),
        select(Case.id).where(Case.enterprise_id.in_(ids(Enterprise, text))),
    ))


def notices(text: str, dense: bool = False) -> ColumnElement[bool]:
    """The document number, the employer addressed, or the government department (a short list, read in full)."""
    if not _clean(text):
        return true()
    departments = select(GovernmentBody.id).where(
        or_(*(GovernmentBody.name.contains(t, autoescape=True) for t in variants(text)))
    )
    if dense:
        return or_(_row_like(SupervisionNotice, text), _linked(Enterprise, SupervisionNotice.enterprise_id, text, True),
                   SupervisionNotice.department_id.in_(departments))
    return SupervisionNotice.id.in_(union(
        select(SupervisionNotice.id).where(matches(SupervisionNotice, text)),
        select(SupervisionNotice.id).where(SupervisionNotice.enterprise_id.in_(ids(Enterprise, text))),
        select(SupervisionNotice.id).where(SupervisionNotice.department_id.in_(departments)),
    ))


LIST_SEARCHES: dict[str, Callable[[str, bool], ColumnElement[bool]]] = {
    "consultations": consultations, "cases": cases, "notices": notices, "enterprises": enterprises, "workers": workers,
}
# The indexed tables each list's search reads (its own first). The employer and worker lists are left
# out: they are sorted by name, so a name's matches gather in one stretch of the order, and walking it
# from the start may pass most of the list first; their matches are always collected and sorted.
_READS = {
    "consultations": (Consultation, Worker, Enterprise), "cases": (Case, Worker, Enterprise),
    "notices": (SupervisionNotice, Enterprise),
}


def _hits(session: Session, model: type[Base], text: str, cap: int) -> int:
    """How many rows the index finds for ``text`` (counting stops at ``cap``)."""
    if session.get_bind().dialect.name == "sqlite":
        fts = search_schema.index_name(model.__table__.name)  # type: ignore[attr-defined]
        return int(session.execute(
            sa_text(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :q LIMIT :cap)"),
            {"q": _fts_query(text), "cap": cap},
        ).scalar_one())
    found = select(model.id).where(_match_one(model, text)).limit(cap).subquery()  # type: ignore[attr-defined]
    return int(session.execute(select(func.count()).select_from(found)).scalar_one())


def is_dense(session: Session, list_name: str, text: str) -> bool:
    """Whether ``text`` is common enough in the list's tables to be searched row by row (see above)."""
    for model in _READS.get(list_name, ()):
        size = session.execute(select(func.max(model.id))).scalar() or 0  # type: ignore[attr-defined]
        cap = int(size * DENSE_SHARE)
        if cap >= 1000 and any(_hits(session, model, t, cap) >= cap for t in variants(text) if _fts_query(t)):
            return True
    return False


# --- upkeep ---------------------------------------------------------------------------------------

SPOT_CHECKS = 20  # records per table looked up by their own text in `casedesk check`

_INDEXED = (Worker, Enterprise, Consultation, Case, SupervisionNotice)


def _out_of_step(session: Session, model: type[Base]) -> bool:
    """Whether records spread over the table fail to be found by a piece of their own text."""
    top = session.execute(select(func.max(model.id))).scalar() or 0  # type: ignore[attr-defined]
    picks = sorted({1 + top * i // SPOT_CHECKS for i in range(SPOT_CHECKS)}) if top else []
    columns = _columns(model)
    rows = session.execute(select(model.id, *columns).where(model.id.in_(picks))).all()  # type: ignore[attr-defined]
    for row in rows:
        text = next((str(v)[:6] for v in row[1:] if v and _clean(str(v)[:6])), "")
        if text and not session.execute(select(model.id).where(model.id == row[0], matches(model, text))).first():  # type: ignore[attr-defined]
            return True
    return False


def problems(session: Session) -> list[str]:
    """What is wrong with the search index, for `casedesk check` (empty when it is sound)."""
    conn = session.connection()
    missing = search_schema.missing(conn, search_schema.CURRENT)
    found = [f"search index object missing: {name}" for name in missing]
    found += [f"search index damaged: {name}" for name in search_schema.damaged(conn, search_schema.CURRENT)
              if name not in missing]
    if not found:
        found += [f"search index out of step with {m.__tablename__}: records are not found by their own text"
                  for m in _INDEXED if _out_of_step(session, m)]
    return found


def rebuild(session: Session) -> None:
    """Re-create the whole search index from the records (`casedesk check --repair`), in the caller's transaction."""
    search_schema.install(session.connection(), search_schema.CURRENT)
