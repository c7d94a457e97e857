"""The office's statistics: every figure of the dashboard, the periodic report and ``casedesk stats``.

There is one function, :func:`compute`, and everything that shows a total
calls it, so a figure is the same wherever it appears. The definitions (also
in the README):

* consultations are counted by ``received_at`` (a UTC moment) falling in the
  local calendar period; ``referred`` = sent to an outside body
  (``referral_body`` set), ``to_case`` = turned into a case;
* follow-ups due = consultations whose ``followup_due`` falls in the period,
  whatever day they came in; on time = done on or before that date;
* cases opened by ``intake_date``, closed by ``closed_date``; collective and
  workers involved (sum of ``worker_count``) are of the cases opened;
  amount involved = claimed amounts of the cases opened in the period, amount
  recovered = recovered amounts of the cases closed in the period;
  ``by_category`` counts opened cases per dispute category (a case with two
  categories counts under both), ``by_outcome`` counts closed cases;
* notices by ``issued_on`` (so drafts never count); ``reply_due`` = notices
  whose reply deadline fell in the period, ``replied`` = those of them with a
  reply on record (any result, on time or late), ``rectified`` = those of
  them found fully rectified; the rectification-reply rate is replied /
  reply_due and the follow-up on-time rate is on time / due.

Filters narrow every figure: a handler (the consultation's or case's handler,
the staff member who issued a notice), an enterprise's street or industry
(through the record's enterprise), a worker's employment form (the caller of
a consultation, any party of a case, the parties of a notice's case).

Every count and sum is done by the database with GROUP BY / SUM over index
ranges; Python only adds up the few grouped rows. Each figure is defined by
a condition on its own table, and :func:`figure_records` hands the same
condition to the list pages, so a click on a figure opens exactly the
records it counts.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select, true
from sqlalchemy.orm import Session

from casedesk.db.models import (
    Case,
    CaseCategory,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.domain import enums
from casedesk.domain.messages import Joined, Message
from casedesk.domain.timeutil import from_local
from casedesk.domain.validators import ValidationError
from casedesk.services.stats_periods import months

# Closed cases with no outcome recorded are counted under this label, so by_outcome adds up to ``closed``.
NO_OUTCOME = "未填写结果"
# The monthly trend shows at least this many months, ending with the period's last month.
TREND_MONTHS = 12

NOTICE_KIND_KEYS = tuple(k.value for k in enums.NoticeKind)  # reminder, opinion, recommendation

# The extra conditions of the figures that are a subset of a base set (see the module docstring).
REFERRED = Consultation.referral_body.is_not(None)
TO_CASE = Consultation.case_id.is_not(None)
FOLLOWUP_ON_TIME = Consultation.followup_done.is_not(None) & (Consultation.followup_done <= Consultation.followup_due)
COLLECTIVE = Case.is_collective.is_(True)
REPLIED = SupervisionNotice.replied_on.is_not(None)
RECTIFIED = SupervisionNotice.rectification == enums.NoticeStatus.RECTIFIED.value


@dataclass(frozen=True)
class StatFilters:
    """Optional narrowing of every figure; None means no restriction."""

    handler_id: int | None = None
    street: str | None = None
    industry: str | None = None  # Industry code
    employment_form: str | None = None  # EmploymentForm code

    def __post_init__(self) -> None:
        if self.industry is not None and self.industry not in enums.Industry.labels():
            raise ValidationError("行业“{industry}”不存在", industry=self.industry)
        if self.employment_form is not None and self.employment_form not in enums.EmploymentForm.labels():
            raise ValidationError("用工形式“{employment_form}”不存在", employment_form=self.employment_form)

    @property
    def empty(self) -> bool:
        return self == StatFilters()


# --- the sets every figure is drawn from --------------------------------------------------------


def _day_range(column: Any, start: date, end: date) -> ColumnElement[bool]:
    return (column >= start) & (column <= end)


def local_day_start(day: date) -> datetime:
    """Local midnight at the start of ``day`` as an aware UTC moment (how received_at is stored)."""
    return from_local(datetime.combine(day, time()))


def _moment_range(column: Any, start: date, end: date) -> ColumnElement[bool]:
    return (column >= local_day_start(start)) & (column < local_day_start(end + timedelta(days=1)))


def _of_enterprises(column: Any, f: StatFilters) -> list[ColumnElement[bool]]:
    """``column`` (an enterprise id) is one of the street's or industry's enterprises.

    Written as ``column + 0`` so the planner keeps walking the period's date
    range and checks each record: a street can hold thousands of employers
    whose records span every year, and following the enterprise index reads
    them all.
    """
    ids = _enterprise_ids(f)
    return [] if ids is None else [(column + 0).in_(ids)]


def _enterprise_ids(f: StatFilters) -> Select[Any] | None:
    if f.street is None and f.industry is None:
        return None
    stmt = select(Enterprise.id)
    if f.street is not None:
        stmt = stmt.where(Enterprise.street == f.street)
    if f.industry is not None:
        stmt = stmt.where(Enterprise.industry == f.industry)
    return stmt


def _has_form(case_id: Any, form: str) -> ColumnElement[bool]:
    """A party of the case ``case_id`` has this employment form (per-row lookups through the case_party index)."""
    return (
        select(CaseParty.id)
        .join(Worker, Worker.id == CaseParty.worker_id)
        .where(CaseParty.case_id == case_id, Worker.employment_form == form)
        .exists()
    )


def _worker_has_form(worker_id: Any, form: str) -> ColumnElement[bool]:
    return select(Worker.id).where(Worker.id == worker_id, Worker.employment_form == form).exists()


def _consultation_scope(f: StatFilters) -> list[ColumnElement[bool]]:
    out = []
    if f.handler_id is not None:
        out.append(Consultation.handler_id == f.handler_id)
    out += _of_enterprises(Consultation.enterprise_id, f)
    if f.employment_form is not None:
        out.append(_worker_has_form(Consultation.caller_id, f.employment_form))
    return out


def _case_scope(f: StatFilters) -> list[ColumnElement[bool]]:
    out = []
    if f.handler_id is not None:
        out.append(Case.handler_id == f.handler_id)
    out += _of_enterprises(Case.enterprise_id, f)
    if f.employment_form is not None:
        out.append(_has_form(Case.id, f.employment_form))
    return out


def _notice_scope(f: StatFilters) -> list[ColumnElement[bool]]:
    out = []
    if f.handler_id is not None:
        out.append(SupervisionNotice.issued_by_id == f.handler_id)
    out += _of_enterprises(SupervisionNotice.enterprise_id, f)
    if f.employment_form is not None:
        out.append(_has_form(SupervisionNotice.case_id, f.employment_form))
    return out


def _and(conditions: list[ColumnElement[bool]]) -> ColumnElement[bool]:
    out: ColumnElement[bool] = true()
    for c in conditions:
        out = out & c
    return out


@dataclass(frozen=True)
class _Sets:
    """The base sets of a period under filters, each a condition on its own table."""

    start: date
    end: date
    filters: StatFilters

    def consultations(self, start: date | None = None, end: date | None = None) -> ColumnElement[bool]:
        rng = _moment_range(Consultation.received_at, start or self.start, end or self.end)
        return _and([rng, *_consultation_scope(self.filters)])

    def followups_due(self) -> ColumnElement[bool]:
        return _and([_day_range(Consultation.followup_due, self.start, self.end), *_consultation_scope(self.filters)])

    def cases_opened(self, start: date | None = None, end: date | None = None) -> ColumnElement[bool]:
        rng = _day_range(Case.intake_date, start or self.start, end or self.end)
        return _and([rng, *_case_scope(self.filters)])

    def cases_closed(self, start: date | None = None, end: date | None = None) -> ColumnElement[bool]:
        rng = _day_range(Case.closed_date, start or self.start, end or self.end)
        return _and([rng, *_case_scope(self.filters)])

    def notices_issued(self, start: date | None = None, end: date | None = None) -> ColumnElement[bool]:
        rng = _day_range(SupervisionNotice.issued_on, start or self.start, end or self.end)
        return _and([rng, *_notice_scope(self.filters)])

    def notices_reply_due(self) -> ColumnElement[bool]:
        return _and([_day_range(SupervisionNotice.reply_due, self.start, self.end), *_notice_scope(self.filters)])


# --- computing ----------------------------------------------------------------------------------


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """COUNT(*) FILTER (WHERE condition): the rows of the set meeting ``condition`` (cheaper than SUM(CASE ...))."""
    return func.count().filter(condition)


def _claims_of_case(amount: Any) -> Any:
    """The case's claim lines summed, correlated to the outer case row (uses the claim.case_id index)."""
    return select(func.coalesce(func.sum(amount), 0)).where(Claim.case_id == Case.id).correlate(Case).scalar_subquery()


def _labelled(counts: Mapping[str | None, int], enum_cls: type[enums.LabeledEnum], none_label: str = "") -> dict[str, int]:
    """{code: n} -> {Chinese label: n} in the vocabulary's order; unknown codes keep their code as the key."""
    labels = enum_cls.labels()
    out = {labels[code]: counts[code] for code in labels if counts.get(code)}
    for code, n in counts.items():
        if code not in labels and n:
            key = none_label if code is None else code
            out[key] = out.get(key, 0) + n
    return out


def _int(value: Any) -> int:
    return int(value or 0)


def rate(numerator: int, denominator: int) -> float | None:
    """A share in 0..1 rounded to four places, or None when nothing was due."""
    return round(numerator / denominator, 4) if denominator else None


def _split(
    session: Session, condition: ColumnElement[bool], column: Any, codes: list[str], sums: Sequence[Any], total: int
) -> dict[str | None, int]:
    """{code: n} from conditional sums, one per vocabulary code (no sort of the rows, unlike GROUP BY).

    A code outside the vocabulary (an old ledger's value) leaves the sums
    short of the total; only then one GROUP BY finds it.
    """
    counts: dict[str | None, int] = dict(zip(codes, (_int(v) for v in sums), strict=True))
    if sum(counts.values()) == total:
        return counts
    return {code: n for code, n in session.execute(select(column, func.count()).where(condition).group_by(column))}


def _range_count(condition: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(Consultation).where(condition).scalar_subquery()


def _consultation_figures(session: Session, sets: _Sets) -> dict[str, Any]:
    """The period's consultations in one statement of index ranges.

    The totals come from one pass over the (received_at, referral_body,
    case_id) index; each channel and category is its own range of the
    (channel, received_at) and (category, received_at) indexes. Counting index
    entries this way is several times cheaper than testing every row of a
    year against twenty conditions.
    """
    channels, categories = list(enums.Channel.labels()), list(enums.DisputeCategory.labels())
    received = sets.consultations()
    totals = select(func.count(), _count_where(REFERRED), _count_where(TO_CASE)).where(received).subquery()
    row = session.execute(
        select(
            *totals.c,
            *(_range_count(received & (Consultation.channel == code)) for code in channels),
            *(_range_count(received & (Consultation.category == code)) for code in categories),
        )
    ).one()
    total = _int(row[0])
    by_channel = _split(session, received, Consultation.channel, channels, row[3:3 + len(channels)], total)
    by_category = _split(session, received, Consultation.category, categories, row[3 + len(channels):], total)
    due, on_time = session.execute(select(func.count(), _count_where(FOLLOWUP_ON_TIME)).where(sets.followups_due())).one()
    return {
        "total": total,
        "by_channel": _labelled(by_channel, enums.Channel),
        "by_category": _labelled(by_category, enums.DisputeCategory),
        "referred": _int(row[1]),
        "to_case": _int(row[2]),
        "followups_due": _int(due),
        "followups_on_time": _int(on_time),
    }


def _case_figures(session: Session, sets: _Sets) -> dict[str, Any]:
    opened, collective, workers, claimed = session.execute(
        select(func.count(), _count_where(COLLECTIVE), func.sum(Case.worker_count),
               func.sum(_claims_of_case(Claim.amount_claimed_fen)))
        .where(sets.cases_opened())
    ).one()
    outcomes = session.execute(
        select(Case.outcome, func.count(), func.sum(_claims_of_case(Claim.amount_recovered_fen)))
        .where(sets.cases_closed())
        .group_by(Case.outcome)
    ).all()
    categories = session.execute(
        select(CaseCategory.category, func.count())
        .join(Case, Case.id == CaseCategory.case_id)
        .where(sets.cases_opened())
        .group_by(CaseCategory.category)
    ).all()
    return {
        "opened": _int(opened),
        "closed": sum(row[1] for row in outcomes),
        "collective": _int(collective),
        "workers_involved": _int(workers),
        "amount_involved_fen": _int(claimed),
        "amount_recovered_fen": sum(_int(row[2]) for row in outcomes),
        "by_category": _labelled(dict(categories), enums.DisputeCategory),  # type: ignore[arg-type]
        "by_outcome": _labelled({code: n for code, n, _ in outcomes}, enums.CaseOutcome, NO_OUTCOME),
    }


def _notice_figures(session: Session, sets: _Sets) -> dict[str, Any]:
    kinds = dict(
        session.execute(
            select(SupervisionNotice.kind, func.count()).where(sets.notices_issued()).group_by(SupervisionNotice.kind)
        ).all()
    )
    reply_due, replied, rectified = session.execute(
        select(func.count(), _count_where(REPLIED), _count_where(RECTIFIED)).where(sets.notices_reply_due())
    ).one()
    return {
        "total": sum(kinds.values()),
        **{key: _int(kinds.get(key)) for key in NOTICE_KIND_KEYS},
        "replied": _int(replied),
        "rectified": _int(rectified),
        "reply_due": _int(reply_due),
    }


def trend_months(start: date, end: date) -> list[date]:
    """The months the trend shows: every month of the period, and at least the TREND_MONTHS up to its end."""
    first = end.replace(day=1)
    for _ in range(TREND_MONTHS - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    return months(min(first, start.replace(day=1)), end)


def _month_bounds(month: date, end: date) -> tuple[date, date]:
    """The days of ``month`` that count in the trend: the whole month, cut at the period's end."""
    last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return month, min(last, end)


@dataclass(frozen=True)
class _Series:
    """A monthly series of the trend: which records (a condition for days a..b) and what is added up."""

    key: str
    column: Any  # the date (or UTC moment) that puts a record in a month
    rows: Callable[[_Sets, date, date], ColumnElement[bool]]
    amount: Any = None  # a Claim amount summed over the records' claim lines; None counts the records

    def value(self) -> Any:
        return func.count() if self.amount is None else func.coalesce(func.sum(self.amount), 0)

    def select_rows(self, *columns: Any) -> Select[Any]:
        stmt = select(*columns, self.value())
        if self.amount is not None:
            return stmt.select_from(Claim).join(Case, Case.id == Claim.case_id)
        return stmt.select_from(self.column.class_)


_SERIES = (
    _Series("consultations", Consultation.received_at, _Sets.consultations),
    _Series("cases_opened", Case.intake_date, _Sets.cases_opened),
    _Series("cases_closed", Case.closed_date, _Sets.cases_closed),
    _Series("notices", SupervisionNotice.issued_on, _Sets.notices_issued),
    _Series("amount_involved_fen", Case.intake_date, _Sets.cases_opened, Claim.amount_claimed_fen),
    _Series("amount_recovered_fen", Case.closed_date, _Sets.cases_closed, Claim.amount_recovered_fen),
)


def _bucket(series: _Series, day_edges: list[date]) -> ColumnElement[int]:
    """The month index of a record: ``edges[i] <= column < edges[i+1]`` (rows outside are filtered away)."""
    edges = [local_day_start(d) for d in day_edges] if series.column is Consultation.received_at else day_edges
    inner = edges[1:-1]
    return case(*[(series.column < edge, i) for i, edge in enumerate(inner)], else_=len(inner)).label("bucket")


def _trend(session: Session, sets: _Sets) -> dict[str, Any]:
    """Every monthly series over :func:`trend_months`, the last month cut at the period's end.

    Unfiltered, each month of each series is one small index range, all in
    one statement (a count is then read from the index alone). Under a filter
    the planner would follow the filter's index once per month instead, so
    each series is read in one pass and grouped by month.
    """
    month_starts = trend_months(sets.start, sets.end)
    bounds = [_month_bounds(m, sets.end) for m in month_starts]
    n = len(bounds)
    out: dict[str, Any] = {"months": [m.strftime("%Y-%m") for m in month_starts]}
    if sets.filters.empty:
        row = session.execute(
            select(*(s.select_rows().where(s.rows(sets, a, b)).scalar_subquery() for s in _SERIES for a, b in bounds))
        ).one()
        for i, s in enumerate(_SERIES):
            out[s.key] = [_int(v) for v in row[i * n:(i + 1) * n]]
        return out
    day_edges = [*month_starts, sets.end + timedelta(days=1)]
    for s in _SERIES:
        values = [0] * n
        bucket = _bucket(s, day_edges)
        # Grouped by the output column's name: PostgreSQL would see the CASE's bound edges as a new expression.
        for index, value in session.execute(s.select_rows(bucket).where(s.rows(sets, month_starts[0], sets.end)).group_by("bucket")):
            values[index] = _int(value)
        out[s.key] = values
    return out


def compute(
    session: Session,
    date_from: date,
    date_to: date,
    *,
    handler_id: int | None = None,
    street: str | None = None,
    industry: str | None = None,
    employment_form: str | None = None,
    trend: bool = True,
) -> dict[str, Any]:
    """Every figure of the period ``date_from`` .. ``date_to`` (local dates, both included).

    Returns the JSON shape of ``casedesk stats --json``: integers, money in
    fen, ``by_*`` maps keyed by Chinese labels, plus ``rates`` (0..1 or None)
    and, unless ``trend`` is False, the monthly ``trend`` (see
    :func:`trend_months`).
    """
    if date_to < date_from:
        raise ValidationError("统计期间的结束日期 {date_to} 早于开始日期 {date_from}", date_to=date_to, date_from=date_from)
    filters = StatFilters(handler_id, street or None, industry or None, employment_form or None)
    sets = _Sets(date_from, date_to, filters)
    consultations = _consultation_figures(session, sets)
    cases = _case_figures(session, sets)
    notices = _notice_figures(session, sets)
    result: dict[str, Any] = {
        "period": {"from": date_from.isoformat(), "to": date_to.isoformat()},
        "filters": {k: v for k, v in vars(filters).items() if v is not None},
        "consultations": consultations,
        "cases": cases,
        "notices": notices,
        "rates": {
            "notice_reply": rate(notices["replied"], notices["reply_due"]),
            "notice_rectified": rate(notices["rectified"], notices["reply_due"]),
            "followup_on_time": rate(consultations["followups_on_time"], consultations["followups_due"]),
        },
    }
    if trend:
        result["trend"] = _trend(session, sets)
    return result


def first_record_date(session: Session) -> date | None:
    """The earliest day any consultation, case or issued notice is dated; None for an empty file."""
    first_moment, first_case, first_notice = session.execute(
        select(
            select(func.min(Consultation.received_at)).scalar_subquery(),
            select(func.min(Case.intake_date)).scalar_subquery(),
            select(func.min(SupervisionNotice.issued_on)).scalar_subquery(),
        )
    ).one()
    days = [d for d in (first_case, first_notice) if d is not None]
    if first_moment is not None:
        days.append(first_moment.astimezone().date())
    return min(days) if days else None


# --- the records behind a figure ----------------------------------------------------------------


@dataclass(frozen=True)
class FigureRecords:
    """Where a figure's records are listed: the list and the ``figure`` filter that selects exactly them."""

    list_name: str  # consultations / cases / notices (services.listing)
    condition: ColumnElement[bool]

    @property
    def list_filters(self) -> dict[str, Any]:
        return {"figure": self.condition}

    def count(self, session: Session) -> int:
        entity = _LIST_ENTITIES[self.list_name]
        return int(session.scalar(select(func.count()).select_from(entity).where(self.condition)) or 0)


_LIST_ENTITIES: dict[str, Any] = {"consultations": Consultation, "cases": Case, "notices": SupervisionNotice}


def _code(enum_cls: type[enums.LabeledEnum], label: str) -> str:
    try:
        return enum_cls.from_label(label).value
    except ValueError:
        return label  # an unknown code shown as itself


def _month_range(sets: _Sets, month_text: str) -> tuple[date, date]:
    try:
        month = datetime.strptime(month_text, "%Y-%m").date()
    except ValueError:
        raise ValueError(f"没有名为“{month_text}”的月份") from None
    return _month_bounds(month, sets.end)


_Builder = Callable[[_Sets, str], FigureRecords]

_FIGURES: dict[str, _Builder] = {
    "consultations.total": lambda s, _: FigureRecords("consultations", s.consultations()),
    "consultations.by_channel": lambda s, label: FigureRecords(
        "consultations", s.consultations() & (Consultation.channel == _code(enums.Channel, label))),
    "consultations.by_category": lambda s, label: FigureRecords(
        "consultations", s.consultations() & (Consultation.category == _code(enums.DisputeCategory, label))),
    "consultations.referred": lambda s, _: FigureRecords("consultations", s.consultations() & REFERRED),
    "consultations.to_case": lambda s, _: FigureRecords("consultations", s.consultations() & TO_CASE),
    "consultations.followups_due": lambda s, _: FigureRecords("consultations", s.followups_due()),
    "consultations.followups_on_time": lambda s, _: FigureRecords("consultations", s.followups_due() & FOLLOWUP_ON_TIME),
    "cases.opened": lambda s, _: FigureRecords("cases", s.cases_opened()),
    "cases.collective": lambda s, _: FigureRecords("cases", s.cases_opened() & COLLECTIVE),
    "cases.workers_involved": lambda s, _: FigureRecords("cases", s.cases_opened()),
    "cases.amount_involved_fen": lambda s, _: FigureRecords("cases", s.cases_opened()),
    "cases.by_category": lambda s, label: FigureRecords("cases", s.cases_opened() & Case.id.in_(
        select(CaseCategory.case_id).where(CaseCategory.category == _code(enums.DisputeCategory, label)))),
    "cases.closed": lambda s, _: FigureRecords("cases", s.cases_closed()),
    "cases.amount_recovered_fen": lambda s, _: FigureRecords("cases", s.cases_closed()),
    "cases.by_outcome": lambda s, label: FigureRecords("cases", s.cases_closed() & (
        Case.outcome.is_(None) if label == NO_OUTCOME else Case.outcome == _code(enums.CaseOutcome, label))),
    "notices.total": lambda s, _: FigureRecords("notices", s.notices_issued()),
    **{
        f"notices.{kind}": (lambda k: lambda s, _: FigureRecords(
            "notices", s.notices_issued() & (SupervisionNotice.kind == k)))(kind)
        for kind in NOTICE_KIND_KEYS
    },
    "notices.reply_due": lambda s, _: FigureRecords("notices", s.notices_reply_due()),
    "notices.replied": lambda s, _: FigureRecords("notices", s.notices_reply_due() & REPLIED),
    "notices.rectified": lambda s, _: FigureRecords("notices", s.notices_reply_due() & RECTIFIED),
    # A rate opens the records it is a share of: the notices due a reply, the follow-ups due.
    "rates.notice_reply": lambda s, _: FigureRecords("notices", s.notices_reply_due()),
    "rates.notice_rectified": lambda s, _: FigureRecords("notices", s.notices_reply_due()),
    "rates.followup_on_time": lambda s, _: FigureRecords("consultations", s.followups_due()),
    "trend.consultations": lambda s, m: FigureRecords("consultations", s.consultations(*_month_range(s, m))),
    "trend.cases_opened": lambda s, m: FigureRecords("cases", s.cases_opened(*_month_range(s, m))),
    "trend.amount_involved_fen": lambda s, m: FigureRecords("cases", s.cases_opened(*_month_range(s, m))),
    "trend.cases_closed": lambda s, m: FigureRecords("cases", s.cases_closed(*_month_range(s, m))),
    "trend.amount_recovered_fen": lambda s, m: FigureRecords("cases", s.cases_closed(*_month_range(s, m))),
    "trend.notices": lambda s, m: FigureRecords("notices", s.notices_issued(*_month_range(s, m))),
}


def figure_records(
    key: str,
    date_from: date,
    date_to: date,
    *,
    handler_id: int | None = None,
    street: str | None = None,
    industry: str | None = None,
    employment_form: str | None = None,
) -> FigureRecords:
    """The records a figure of :func:`compute` counts, for the list a click on it opens.

    ``key`` is the figure's path in the result: ``cases.opened``,
    ``consultations.by_channel.12351热线``, ``trend.notices.2025-03``. A sum
    (workers involved, amounts) opens the cases it adds up, a rate the
    records it is a share of.
    """
    sets = _Sets(date_from, date_to, StatFilters(handler_id, street or None, industry or None, employment_form or None))
    head, _, rest = key.partition(".")
    name, _, argument = rest.partition(".")
    builder = _FIGURES.get(f"{head}.{name}")
    if builder is None:
        raise ValueError(f"没有名为“{key}”的统计数字")
    return builder(sets, argument)


# --- choices for the filter pickers --------------------------------------------------------------


@dataclass(frozen=True)
class FilterChoices:
    handlers: list[tuple[int, str]]  # (staff id, display name)
    streets: list[str]
    industries: dict[str, str]  # code -> label
    employment_forms: dict[str, str]


def filter_choices(session: Session) -> FilterChoices:
    """What the period picker's filter boxes offer: the office's staff and the streets enterprises are in."""
    handlers = [(i, name) for i, name in session.execute(select(Staff.id, Staff.display_name).order_by(Staff.display_name))]
    streets = list(session.scalars(select(Enterprise.street).where(Enterprise.street != "").distinct().order_by(Enterprise.street)))
    return FilterChoices(handlers, streets, enums.Industry.labels(), enums.EmploymentForm.labels())


def describe_filters(session: Session, filters: Mapping[str, Any]) -> str:
    """The filters in words for a report heading: 承办人：张三；街道：龙华街道 (a ``Joined`` of messages)."""
    parts = []
    if (handler_id := filters.get("handler_id")) is not None:
        name = session.scalar(select(Staff.display_name).where(Staff.id == handler_id))
        parts.append(Message("承办人：{name}", name=name or handler_id))
    if street := filters.get("street"):
        parts.append(Message("街道：{street}", street=street))
    if industry := filters.get("industry"):
        parts.append(Message("行业：{industry}", industry=enums.Industry.labels().get(industry, industry)))
    if form := filters.get("employment_form"):
        parts.append(Message("用工形式：{form}", form=enums.EmploymentForm.labels().get(form, form)))
    return Joined(parts)


def find_handler(session: Session, text: str) -> int:
    """A staff member by display name or login, for ``--handler``; a clear error when none or several match."""
    wanted = text.strip()
    ids = list(session.scalars(select(Staff.id).where((Staff.display_name == wanted) | (Staff.login == wanted))))
    if not ids:
        raise ValidationError("承办人“{text}”不存在（请填写工作人员的姓名或登录名）", text=text)
    if len(ids) > 1:
        raise ValidationError("承办人“{text}”有重名，请改用登录名", text=text)
    return ids[0]
