"""The office's lists (consultations, cases, notices, enterprises, workers) as paged, sorted SQL.

The GUI shows these tables through lazy models that ask for one page at a
time, so this module is the only place that knows how a list is queried:
which columns it has, how each value is shown (Chinese labels, yuan, local
time, masked identifiers) and which columns may be sorted. A column is
sortable only when an index serves its ORDER BY, so a click on a header costs
an index walk, not a sort of a million rows; joined names and sums are shown
but not sortable. Every order ends with the row id, which makes paging by
offset stable between pages. A page is found by an inner query over the
list's own table (an index-only walk, cheap even deep into the list) and only
its rows are joined to the names and sums they show.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from operator import call
from typing import Any, Literal, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Dialect,
    Select,
    SQLColumnExpression,
    TypeDecorator,
    bindparam,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, UnaryExpression

from casedesk.db import scoping
from casedesk.db.database import Database
from casedesk.db.models import (
    Base,
    Case,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    GovernmentBody,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.domain import enums
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.money import format_yuan
from casedesk.services import case_filters, notice_filters, search_index
from casedesk.services import consultations as consultation_filters
from casedesk.services.translation_marks import QT_TRANSLATE_NOOP

PAGE_SIZE = 200


TRANSLATION_CONTEXT = "ListColumn"

Formatter = Callable[[Any], str]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# Dates, moments and flags are formatted from the driver's own values as well as from Python's (SQLite
# gives ISO text and 0/1), so format_row need not convert them first: these are most of a row's cost.


def _day(value: date | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.isoformat()  # SQLite's text is already ISO


def _moment(value: datetime | str | None) -> str:
    """Moments are stored in UTC (naive in the database); people read them in the PC's local time."""
    if value is None:
        return ""
    hour = value[:13] if isinstance(value, str) else None  # SQLite's text: 'YYYY-MM-DD HH' of UTC
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value, hour = value.astimezone(UTC).replace(tzinfo=None), None
    offset = _local_offset(hour or value.isoformat(" ")[:13])
    if offset is None:
        offset = value.replace(tzinfo=UTC).astimezone().utcoffset() or timedelta(0)
    return (value + offset).isoformat(" ", "minutes")


@lru_cache(maxsize=4096)
def _local_offset(utc_hour: str) -> timedelta | None:
    """The PC's offset from UTC throughout an hour of UTC (None: it changes within that hour).

    Asked once per hour rather than once per cell: converting each moment to
    local time was most of the cost of showing a screen of consultations.
    """
    start = datetime.fromisoformat(utc_hour + ":00").replace(tzinfo=UTC)
    first = start.astimezone().utcoffset()
    return first if (start + timedelta(hours=1, microseconds=-1)).astimezone().utcoffset() == first else None


def _yuan(value: Any) -> str:
    return format_yuan(int(value or 0))


def _label(enum_cls: type[enums.LabeledEnum]) -> Formatter:
    labels = enum_cls.labels()

    def fmt(code: str | None) -> str:
        # An unknown code (an imported value, a newer release's vocabulary) shows as itself, not as blank.
        return labels.get(code, code or "") if code is not None else ""

    return fmt


def _yes_no(yes: str, no: str) -> Formatter:
    return lambda value: yes if value else no


@dataclass(frozen=True)
class ListColumn:
    """One column of a list: its header, the SQL value, how it is shown and how (if at all) it sorts."""

    key: str
    header: str
    expr: SQLColumnExpression[Any]
    fmt: Formatter = _text
    # The leading columns of an index, in order; () = not sortable.
    sort: tuple[SQLColumnExpression[Any], ...] = ()
    align: Literal["left", "right"] = "left"
    width: int = 8  # typical width in CJK characters (a digit is about half of one), a hint for the view

    @property
    def sortable(self) -> bool:
        return bool(self.sort)


Predicate = Callable[[Any], ColumnElement[bool]]


def _figure(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """The records behind a statistics figure: ``services.stats.figure_records`` builds the condition."""
    return condition


@dataclass(frozen=True)
class ListSpec:
    """A list: the table it pages through, the joins its columns need, its columns and named filters."""

    name: str
    entity: type[Base]
    columns: tuple[ListColumn, ...]
    default_sort: str
    default_descending: bool
    # (table, ON clause) for each LEFT JOIN the columns read from.
    outer_joins: tuple[tuple[Any, ColumnElement[bool]], ...] = ()
    # Named conditions on the list's own table (so counting needs no joins), e.g. the dashboard's "open".
    filters: Mapping[str, Predicate] = field(default_factory=dict)

    def column(self, key: str) -> ListColumn:
        for col in self.columns:
            if col.key == key:
                return col
        raise ValueError(f"列表“{self.name}”没有列“{key}”")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


@dataclass(frozen=True, slots=True)
class RowData:
    """One displayed row: the entity id (for opening it later) and the formatted cell texts."""

    id: int
    values: tuple[str, ...]


# --- consultations -------------------------------------------------------------------------------

_c_enterprise = aliased(Enterprise)
_c_handler = aliased(Staff)
_c_caller = aliased(Worker)

_CONSULTATIONS = ListSpec(
    name="consultations",
    entity=Consultation,
    columns=(
        ListColumn("received_at", QT_TRANSLATE_NOOP("ListColumn", "受理时间"), Consultation.received_at,
                   _moment, sort=(Consultation.received_at,), width=9),
        ListColumn("channel", QT_TRANSLATE_NOOP("ListColumn", "渠道"), Consultation.channel,
                   _label(enums.Channel), sort=(Consultation.channel, Consultation.received_at), width=6),
        # The name as given on the call; a caller linked to a worker record falls back to that record.
        ListColumn("caller", QT_TRANSLATE_NOOP("ListColumn", "来电人"),
                   func.coalesce(func.nullif(Consultation.caller_name, ""), _c_caller.name), width=5),
        ListColumn("phone", QT_TRANSLATE_NOOP("ListColumn", "电话"),
                   func.coalesce(Consultation.caller_phone, _c_caller.phone), mask_phone, width=7),
        ListColumn("enterprise", QT_TRANSLATE_NOOP("ListColumn", "用人单位"), _c_enterprise.name, width=20),
        ListColumn("category", QT_TRANSLATE_NOOP("ListColumn", "类别"), Consultation.category,
                   _label(enums.DisputeCategory), sort=(Consultation.category, Consultation.received_at), width=8),
        ListColumn("status", QT_TRANSLATE_NOOP("ListColumn", "状态"), Consultation.status,
                   _label(enums.ConsultationStatus), sort=(Consultation.status, Consultation.received_at), width=4),
        ListColumn("handler", QT_TRANSLATE_NOOP("ListColumn", "承办人"), _c_handler.display_name, width=4),
        ListColumn("followup_due", QT_TRANSLATE_NOOP("ListColumn", "回访期限"), Consultation.followup_due,
                   _day, sort=(Consultation.followup_due,), width=6),
    ),
    default_sort="received_at",
    default_descending=True,
    outer_joins=(
        (_c_enterprise, _c_enterprise.id == Consultation.enterprise_id),
        (_c_handler, _c_handler.id == Consultation.handler_id),
        (_c_caller, _c_caller.id == Consultation.caller_id),
    ),
    # status, period, channel, category, handler, overdue follow-up and free search: services.consultations
    filters={**consultation_filters.LIST_FILTERS, "figure": _figure},
)

# --- cases ---------------------------------------------------------------------------------------

_k_enterprise = aliased(Enterprise)
_k_handler = aliased(Staff)
_first_applicant = (
    select(Worker.name)
    .join(CaseParty, CaseParty.worker_id == Worker.id)
    .where(CaseParty.case_id == Case.id, CaseParty.role == enums.PartyRole.APPLICANT.value)
    .order_by(CaseParty.id)
    .limit(1)
    .correlate(Case)
    .scalar_subquery()
)


def _claims_total(amount: SQLColumnExpression[int]) -> ColumnElement[int]:
    return select(func.coalesce(func.sum(amount), 0)).where(Claim.case_id == Case.id).correlate(Case).scalar_subquery()


_CASES = ListSpec(
    name="cases",
    entity=Case,
    columns=(
        # As text 法援〔2024〕10号 would come before 9号; year and sequence number sort the way people
        # count, through the index of the unique (organization, year, seq) constraint.
        ListColumn("case_number", QT_TRANSLATE_NOOP("ListColumn", "案件编号"), Case.case_number,
                   sort=(Case.organization_id, Case.number_year, Case.number_seq), width=11),
        ListColumn("intake_date", QT_TRANSLATE_NOOP("ListColumn", "受理日期"), Case.intake_date,
                   _day, sort=(Case.intake_date,), width=6),
        ListColumn("applicant", QT_TRANSLATE_NOOP("ListColumn", "申请人"), _first_applicant, width=5),
        ListColumn("enterprise", QT_TRANSLATE_NOOP("ListColumn", "用人单位"), _k_enterprise.name, width=20),
        ListColumn("collective", QT_TRANSLATE_NOOP("ListColumn", "类型"), Case.is_collective,
                   _yes_no("集体", "个人"), sort=(Case.is_collective, Case.intake_date), width=3),
        ListColumn("worker_count", QT_TRANSLATE_NOOP("ListColumn", "人数"), Case.worker_count,
                   align="right", width=3),
        ListColumn("stage", QT_TRANSLATE_NOOP("ListColumn", "阶段"), Case.stage,
                   _label(enums.CaseStage), sort=(Case.stage, Case.intake_date), width=4),
        ListColumn("handler", QT_TRANSLATE_NOOP("ListColumn", "承办人"), _k_handler.display_name, width=4),
        ListColumn("claimed", QT_TRANSLATE_NOOP("ListColumn", "涉及金额"), _claims_total(Claim.amount_claimed_fen),
                   _yuan, align="right", width=7),
        ListColumn("recovered", QT_TRANSLATE_NOOP("ListColumn", "挽回金额"),
                   _claims_total(Claim.amount_recovered_fen), _yuan, align="right", width=7),
    ),
    default_sort="intake_date",
    default_descending=True,
    outer_joins=(
        (_k_enterprise, _k_enterprise.id == Case.enterprise_id),
        (_k_handler, _k_handler.id == Case.handler_id),
    ),
    # open, stage, category, handler, individual/collective, period, overdue deadline, employer, free search:
    # services.case_filters
    filters={**case_filters.LIST_FILTERS, "figure": _figure},
)

# --- notices -------------------------------------------------------------------------------------

_n_enterprise = aliased(Enterprise)
_n_department = aliased(GovernmentBody)

_NOTICES = ListSpec(
    name="notices",
    entity=SupervisionNotice,
    columns=(
        # Per kind, then year and sequence number (the unique constraint's index); drafts have no number yet.
        ListColumn("number", QT_TRANSLATE_NOOP("ListColumn", "文号"), SupervisionNotice.number,
                   sort=(SupervisionNotice.organization_id, SupervisionNotice.kind, SupervisionNotice.number_year,
                         SupervisionNotice.number_seq), width=11),
        ListColumn("kind", QT_TRANSLATE_NOOP("ListColumn", "类型"), SupervisionNotice.kind,
                   _label(enums.NoticeKind), sort=(SupervisionNotice.kind, SupervisionNotice.issued_on), width=4),
        ListColumn("status", QT_TRANSLATE_NOOP("ListColumn", "状态"), SupervisionNotice.status,
                   _label(enums.NoticeStatus), sort=(SupervisionNotice.status, SupervisionNotice.issued_on), width=5),
        ListColumn("addressee", QT_TRANSLATE_NOOP("ListColumn", "送达对象"),
                   func.coalesce(_n_enterprise.name, _n_department.name), width=20),
        ListColumn("issued_on", QT_TRANSLATE_NOOP("ListColumn", "发出日期"), SupervisionNotice.issued_on,
                   _day, sort=(SupervisionNotice.issued_on,), width=6),
        ListColumn("reply_due", QT_TRANSLATE_NOOP("ListColumn", "回复期限"), SupervisionNotice.reply_due,
                   _day, sort=(SupervisionNotice.reply_due,), width=6),
        ListColumn("replied_on", QT_TRANSLATE_NOOP("ListColumn", "回复日期"), SupervisionNotice.replied_on,
                   _day, width=6),
    ),
    default_sort="issued_on",
    default_descending=True,
    outer_joins=(
        (_n_enterprise, _n_enterprise.id == SupervisionNotice.enterprise_id),
        (_n_department, _n_department.id == SupervisionNotice.department_id),
    ),
    # kind, status, awaiting reply, overdue reply, period, employer, case, batch, free search: services.notice_filters
    filters={**notice_filters.LIST_FILTERS, "figure": _figure},
)

# --- enterprises ---------------------------------------------------------------------------------

_ENTERPRISES = ListSpec(
    name="enterprises",
    entity=Enterprise,
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("ListColumn", "名称"), Enterprise.name, sort=(Enterprise.name,), width=20),
        ListColumn("credit_code", QT_TRANSLATE_NOOP("ListColumn", "统一社会信用代码"), Enterprise.credit_code,
                   sort=(Enterprise.credit_code,), width=13),  # 18 Latin characters show whole
        ListColumn("street", QT_TRANSLATE_NOOP("ListColumn", "街道"), Enterprise.street,
                   sort=(Enterprise.street, Enterprise.name), width=6),
        ListColumn("industry", QT_TRANSLATE_NOOP("ListColumn", "行业"), Enterprise.industry,
                   _label(enums.Industry), sort=(Enterprise.industry, Enterprise.name), width=8),
        ListColumn("has_union", QT_TRANSLATE_NOOP("ListColumn", "有无工会"), Enterprise.has_union,
                   _yes_no("有", "无"), width=4),
    ),
    default_sort="name",
    default_descending=False,
    filters={"street": lambda street: Enterprise.street == street, "search": search_index.enterprises},
)

# --- workers -------------------------------------------------------------------------------------

_w_enterprise = aliased(Enterprise)

_WORKERS = ListSpec(
    name="workers",
    entity=Worker,
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("ListColumn", "姓名"), Worker.name, sort=(Worker.name,), width=5),
        # Masked columns do not sort: the order would give away the hidden digits.
        ListColumn("id_number", QT_TRANSLATE_NOOP("ListColumn", "身份证号"), Worker.id_number,
                   mask_id_number, width=10),
        ListColumn("phone", QT_TRANSLATE_NOOP("ListColumn", "电话"), Worker.phone, mask_phone, width=7),
        ListColumn("employment_form", QT_TRANSLATE_NOOP("ListColumn", "用工形式"), Worker.employment_form,
                   _label(enums.EmploymentForm), width=9),
        ListColumn("group", QT_TRANSLATE_NOOP("ListColumn", "群体"), Worker.group,
                   _label(enums.WorkerGroup), sort=(Worker.group, Worker.name), width=6),
        ListColumn("enterprise", QT_TRANSLATE_NOOP("ListColumn", "用人单位"), _w_enterprise.name, width=18),
    ),
    default_sort="name",
    default_descending=False,
    outer_joins=((_w_enterprise, _w_enterprise.id == Worker.enterprise_id),),
    filters={"enterprise_id": lambda enterprise_id: Worker.enterprise_id == enterprise_id, "search": search_index.workers},
)

SPECS: Mapping[str, ListSpec] = {s.name: s for s in (_CONSULTATIONS, _CASES, _NOTICES, _ENTERPRISES, _WORKERS)}


def get_spec(list_name: str) -> ListSpec:
    try:
        return SPECS[list_name]
    except KeyError:
        raise ValueError(f"没有名为“{list_name}”的列表") from None


def _conditions(spec: ListSpec, filters: Mapping[str, Any] | None, dense_search: bool = False) -> list[ColumnElement[bool]]:
    conditions = []
    for name, value in (filters or {}).items():
        predicate = spec.filters.get(name)
        if predicate is None:
            raise ValueError(f"列表“{spec.name}”不支持筛选条件“{name}”")
        if name == "search" and dense_search:
            conditions.append(search_index.LIST_SEARCHES[spec.name](value, True))
        else:
            conditions.append(predicate(value))
    return conditions


def _order_by(spec: ListSpec, sort_key: str, descending: bool) -> list[ColumnElement[Any]]:
    col = spec.column(sort_key)
    if not col.sortable:
        raise ValueError(f"列“{col.header}”不能排序")
    # An SQLite index ends with the rowid, so the id tie-break costs nothing; it makes offsets stable.
    keys = [*col.sort, spec.entity.id]  # type: ignore[attr-defined]
    return [k.desc() if descending else k.asc() for k in keys]


# --- how a filtered page is read (SQLite) --------------------------------------------------------
#
# SQLite's planner does not know how often a value occurs, so with a filter and a sort it may read a
# common value (the hotline: 60% of the calls) through the filter's index and sort it all, or walk
# the sort order through a million rows to find a rare one. A probe first counts the matching rows,
# stopping at FEW_ROWS (an index range: about a millisecond). Fewer: they are read through the
# filter's index and sorted, which is cheap. More: the list walks its sort index testing each row and
# fills a page within a few thousand rows. A search decides from the index's own counts
# (search_index.is_dense). PostgreSQL keeps value statistics and plans this itself.

FEW_ROWS = 20_000
_RANGE_OPERATORS = {operators.eq, operators.lt, operators.le, operators.gt, operators.ge}


@dataclass(frozen=True)
class PagePlan:
    many: bool  # walk the sort index (True) or sort the few matching rows (False)
    dense_search: bool = False


def plan_page(session: Session, list_name: str, filters: Mapping[str, Any] | None) -> PagePlan | None:
    """How to read a filtered page on SQLite (None: no filters, or a database that plans for itself)."""
    if not filters or session.get_bind().dialect.name != "sqlite":
        return None
    spec = get_spec(list_name)
    search = str(filters.get("search") or "")
    if search and spec.name in search_index.LIST_SEARCHES:
        dense = search_index.is_dense(session, spec.name, search)
        return PagePlan(many=dense, dense_search=dense)
    probe = select(literal(1)).select_from(spec.entity).where(*_conditions(spec, filters)).limit(FEW_ROWS).subquery()
    return PagePlan(many=session.execute(select(func.count()).select_from(probe)).scalar_one() >= FEW_ROWS)


def _on_sort_column(condition: ColumnElement[bool], column: Any) -> bool:
    """A comparison of the sort column itself (a date range): its index range is the walk's start."""
    return isinstance(condition, BinaryExpression) and condition.operator in _RANGE_OPERATORS and condition.left is column


def _walked(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """The same test, written so that no index can answer it: it is checked on each row walked."""
    return func.coalesce(condition, False).is_(True)


def _sorted(key: ColumnElement[Any]) -> ColumnElement[Any]:
    """The same order key, written so that no index serves it: the matching rows are sorted."""
    element = key.element if isinstance(key, UnaryExpression) else key  # type: ignore[attr-defined]
    wrapped = func.coalesce(element, element)
    return wrapped.desc() if isinstance(key, UnaryExpression) and key.modifier is operators.desc_op else wrapped.asc()


def page_query(
    list_name: str,
    sort_key: str,
    descending: bool,
    offset: int | BindParameter[int],
    limit: int | BindParameter[int],
    filters: Mapping[str, Any] | None = None,
    plan: PagePlan | None = None,
) -> Select[Any]:
    """The SELECT behind one page (separate so tests and benchmarks can EXPLAIN it).

    The first page of a list read in its index order is one join walked in that
    order, stopping after ``limit`` rows. Any other page first finds its ids by a
    walk of the list's own table (index-only, cheap however deep, or the few
    matching rows sorted) and joins only those rows.
    """
    spec = get_spec(list_name)
    entity_id = spec.entity.id  # type: ignore[attr-defined]
    order = _order_by(spec, sort_key, descending)
    conditions = _conditions(spec, filters, dense_search=plan is not None and plan.dense_search)
    inner_order = order
    if plan is not None and plan.many:
        first = spec.column(sort_key).sort[0]
        conditions = [c if _on_sort_column(c, first) else _walked(c) for c in conditions]
    elif plan is not None:
        inner_order = [_sorted(k) for k in order]
    columns = (entity_id, *(c.expr for c in spec.columns))
    if isinstance(offset, int) and offset == 0 and inner_order is order:
        top = select(*columns).select_from(spec.entity)
        for target, onclause in spec.outer_joins:
            top = top.outerjoin(target, onclause)
        return top.where(*conditions).order_by(*order).limit(limit)
    ids = (
        select(entity_id.label("page_id"))
        .where(*conditions)
        .order_by(*inner_order)
        .offset(offset)
        .limit(limit)
        .subquery("page_ids")
    )
    joined = ids.join(spec.entity, entity_id == ids.c.page_id)
    for target, onclause in spec.outer_joins:
        joined = joined.outerjoin(target, onclause)
    return select(*columns).select_from(joined).order_by(*order)


# --- running a page ------------------------------------------------------------------------------
#
# A list asks for a page on every reload, sort and scroll, and the plain query takes a fraction of a
# millisecond, so the fixed cost around it is what the user waits for. A page statement is built and
# compiled once per shape (list, order, filter values, plan, visible organizations, database) and
# kept; each page then binds only its offset and limit and runs on the driver's cursor, without a
# Session, without SQLAlchemy's per-execution cache key and result processing. Rows come back as the
# driver gives them; the few the screen shows are formatted (format_row) when painted.

Row = Sequence[Any]  # (id, the columns' values as the database driver returns them)
_OFFSET, _LIMIT = "page_offset", "page_limit"
_KEPT_STATEMENTS = 128


@dataclass(frozen=True)
class _PageStatement:
    """A compiled page: the SQL text and its parameters, with the slots where offset and limit go."""

    sql: str
    parameters: tuple[Any, ...] | dict[str, Any]  # positional (SQLite: qmark) or by name (psycopg)
    offset_slot: int | str | None  # None: a first page's statement (offset 0)
    limit_slot: int | str

    def run(self, connection: Any, offset: int, limit: int) -> list[Row]:
        """The rows of one page on a DBAPI connection."""
        parameters: Any
        if isinstance(self.parameters, tuple):
            parameters = list(self.parameters)
        else:
            parameters = dict(self.parameters)
        if self.offset_slot is None:
            if offset:
                raise ValueError(f"a first page's statement cannot read from row {offset}")
        else:
            parameters[self.offset_slot] = offset
        parameters[self.limit_slot] = limit
        cursor = connection.cursor()
        try:
            cursor.execute(self.sql, parameters)
            return cursor.fetchall()
        finally:
            cursor.close()


def _bound(compiled: SQLCompiler, dialect: Dialect, name: str, value: Any) -> Any:
    """A parameter value as the driver takes it (a moment in UTC, a date as text on SQLite ...)."""
    bind = compiled.binds.get(name)
    if bind is None:  # one value of an expanded IN list: named after the list's parameter
        bind = compiled.binds[name.rsplit("_", 1)[0]]
    process = bind.type.dialect_impl(dialect).bind_processor(dialect)
    return value if process is None or value is None else process(value)


def _compile(statement: Select[Any], dialect: Dialect) -> _PageStatement:
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True}))
    values = compiled.construct_params()
    if compiled.positional:
        names = list(compiled.positiontup or ())
        parameters: Any = tuple(_bound(compiled, dialect, n, values[n]) for n in names)
        offset = names.index(_OFFSET) if _OFFSET in names else None
        return _PageStatement(compiled.string, parameters, offset, names.index(_LIMIT))
    escaped: Mapping[str, str] = compiled.escaped_bind_names or {}
    parameters = {escaped.get(n, n): _bound(compiled, dialect, n, v) for n, v in values.items()}
    offset_name = escaped.get(_OFFSET, _OFFSET) if _OFFSET in values else None
    return _PageStatement(compiled.string, parameters, offset_name, escaped.get(_LIMIT, _LIMIT))


_PLAIN_VALUES = (str, int, float, date, type(None))  # bool and datetime are among them


def _shape(filters: Mapping[str, Any] | None) -> tuple[tuple[str, type, Any], ...] | None:
    """The filters as part of a cache key, or None when a value (a figure's SQL condition) cannot be one."""
    items = tuple(sorted((filters or {}).items()))
    if not all(isinstance(v, _PLAIN_VALUES) for _, v in items):
        return None
    return tuple((name, type(value), value) for name, value in items)  # True and 1 are equal keys, not one filter


_statements: OrderedDict[tuple[Any, ...], _PageStatement] = OrderedDict()
_statements_lock = threading.Lock()


def _page_statement(
    dialect: Dialect,
    organizations: frozenset[int] | None,
    list_name: str,
    sort_key: str,
    descending: bool,
    filters: Mapping[str, Any] | None,
    plan: PagePlan | None,
    first: bool,
) -> _PageStatement:
    """The compiled statement for a page of this shape, compiled on first use and kept (the last 128).

    ``first``: the statement reads the first page only (see ``page_query``).
    """
    shape = _shape(filters)
    key = (dialect.name, dialect.driver, organizations, list_name, sort_key, descending, shape, plan, first)
    if shape is not None:
        with _statements_lock:
            found = _statements.get(key)
            if found is not None:
                _statements.move_to_end(key)
                return found
    statement = page_query(list_name, sort_key, descending, 0 if first else bindparam(_OFFSET, 0),
                           bindparam(_LIMIT, PAGE_SIZE), filters, plan)
    if organizations is not None:
        # Below the ORM the session's scoping hook cannot add its criteria: they are compiled in here.
        statement = statement.options(*scoping.criteria(organizations))
    compiled = _compile(statement, dialect)
    if shape is not None:
        with _statements_lock:
            _statements[key] = compiled
            while len(_statements) > _KEPT_STATEMENTS:
                _statements.popitem(last=False)
    return compiled


def rows(
    session: Session,
    list_name: str,
    sort_key: str,
    descending: bool,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    filters: Mapping[str, Any] | None = None,
) -> list[Row]:
    """Rows ``offset .. offset+limit`` of a list in the given order, unformatted (see ``format_row``)."""
    if session.autoflush:
        session.flush()  # as the ORM would before a query: the session's own unsaved changes are listed too
    connection = session.connection()
    plan = plan_page(session, list_name, filters)
    statement = _page_statement(connection.dialect, session.info.get("organizations"), list_name, sort_key,
                                descending, filters, plan, offset == 0)
    return statement.run(connection.connection, offset, limit)


def page(
    session: Session,
    list_name: str,
    sort_key: str,
    descending: bool,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    filters: Mapping[str, Any] | None = None,
) -> list[RowData]:
    """Rows ``offset .. offset+limit`` of a list in the given order, formatted for display."""
    shown = format_row(list_name, session.get_bind().dialect)
    return [RowData(row[0], shown(row)) for row in rows(session, list_name, sort_key, descending, offset, limit, filters)]


class PageReader:
    """How the GUI reads one list's pages: from a pooled connection, without a Session.

    A filtered page is first planned (``plan_page``) in a short reading session;
    the plan is kept for the following pages of the same filters until
    ``forget_plans`` (the list page calls it on every reload: new filters, new
    data), so scrolling a filtered list reads pages as an unfiltered one does.
    Both plans give the same rows, so a kept plan can only be slower, never
    wrong. Reads are scoped to the organizations the database is restricted to
    at the time of each read.
    """

    def __init__(self, db: Database, list_name: str) -> None:
        self._db = db
        self._list_name = list_name
        self.format = format_row(list_name, db.engine.dialect)
        self._plans: dict[tuple[Any, ...], PagePlan | None] = {}

    def forget_plans(self) -> None:
        self._plans.clear()

    def rows(self, sort_key: str, descending: bool, offset: int, limit: int,
             filters: Mapping[str, Any] | None = None) -> list[Row]:
        shape = _shape(filters)
        if filters and (shape is None or shape not in self._plans):
            with self._db.reading() as session:
                plan = plan_page(session, self._list_name, filters)
                if shape is not None:
                    self._plans[shape] = plan
                bound = session.connection()
                statement = _page_statement(bound.dialect, self._db.organizations, self._list_name, sort_key,
                                            descending, filters, plan, offset == 0)
                return statement.run(bound.connection, offset, limit)
        engine = self._db.engine
        kept = self._plans.get(shape) if filters and shape is not None else None
        statement = _page_statement(engine.dialect, self._db.organizations, self._list_name, sort_key, descending,
                                    filters, kept, offset == 0)
        connection = engine.raw_connection()
        try:
            return statement.run(connection, offset, limit)
        finally:
            connection.close()  # back to the pool, which ends any transaction the driver began


_formatters: dict[tuple[str, str, str], Callable[[Row], tuple[str, ...]]] = {}
_DRIVER_VALUE_TYPES = (Date, DateTime, Boolean)  # their formatters take the driver's values (see _day)


def format_row(list_name: str, dialect: Dialect) -> Callable[[Row], tuple[str, ...]]:
    """The function turning a row of ``rows`` into its cell texts: labels, yuan, local time, masked numbers.

    Dates, moments and flags are formatted from the driver's values as they
    come; any other type with a result conversion (none today) is first made
    what SQLAlchemy would have made it.
    """
    key = (list_name, dialect.name, dialect.driver)
    found = _formatters.get(key)
    if found is not None:
        return found
    steps = []
    for column in get_spec(list_name).columns:
        kind = cast(ColumnElement[Any], column.expr).type
        if isinstance(kind.impl if isinstance(kind, TypeDecorator) else kind, _DRIVER_VALUE_TYPES):
            steps.append(column.fmt)
            continue
        convert = kind.dialect_impl(dialect).result_processor(dialect, None)
        steps.append(column.fmt if convert is None else _after(convert, column.fmt))

    def shown(row: Row) -> tuple[str, ...]:
        return tuple(map(call, steps, row[1:]))

    _formatters[key] = shown
    return shown


def _after(convert: Callable[[Any], Any], fmt: Formatter) -> Formatter:
    return lambda value: fmt(convert(value))


def count(session: Session, list_name: str, filters: Mapping[str, Any] | None = None) -> int:
    """How many rows the list holds under ``filters`` (no joins: filters are on the list's own table)."""
    spec = get_spec(list_name)
    stmt = select(func.count()).select_from(spec.entity).where(*_conditions(spec, filters))
    return int(session.execute(stmt).scalar_one())
