"""The periodic report (月报、季报、年报): the figures of a period beside the previous period and a year earlier.

The figures come from ``services.stats.compute`` and nothing else; this
module only arranges them (which figures, in which order, under which
Chinese label) into ``documents.report_data.ReportData``, which the PDF and
Excel renderers and the command line lay out. A comparison column appears
only when the database holds records from that earlier time, so a new
office does not see a row of zeros presented as last year's results.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from casedesk.documents.report_data import Breakdown, FigureRow, ReportData, Section, Trend, ValueKind
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, stats
from casedesk.services.actor import Actor
from casedesk.services.organization import get_org
from casedesk.services.stats_periods import Period
from casedesk.services.translation_marks import QT_TRANSLATE_NOOP

TITLE = "法律服务工作统计报表"
CONTEXT = "Stats"  # translation context of the labels below

# (figure key, label, kind, indent) per section; the dashboard tiles, the PDF, the workbook and the CLI table.
SECTIONS: tuple[tuple[str, tuple[tuple[str, str, ValueKind, int], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Stats", "咨询"), (
        ("consultations.total", QT_TRANSLATE_NOOP("Stats", "受理咨询"), "count", 0),
        ("consultations.referred", QT_TRANSLATE_NOOP("Stats", "其中转办"), "count", 1),
        ("consultations.to_case", QT_TRANSLATE_NOOP("Stats", "其中转立案"), "count", 1),
        ("consultations.followups_due", QT_TRANSLATE_NOOP("Stats", "应回访"), "count", 0),
        ("consultations.followups_on_time", QT_TRANSLATE_NOOP("Stats", "按期回访"), "count", 1),
        ("rates.followup_on_time", QT_TRANSLATE_NOOP("Stats", "回访按期率"), "rate", 1),
    )),
    (QT_TRANSLATE_NOOP("Stats", "案件"), (
        ("cases.opened", QT_TRANSLATE_NOOP("Stats", "受理案件"), "count", 0),
        ("cases.collective", QT_TRANSLATE_NOOP("Stats", "其中集体争议"), "count", 1),
        ("cases.workers_involved", QT_TRANSLATE_NOOP("Stats", "涉及职工人数"), "count", 0),
        ("cases.amount_involved_fen", QT_TRANSLATE_NOOP("Stats", "涉及金额（元）"), "fen", 0),
        ("cases.closed", QT_TRANSLATE_NOOP("Stats", "结案"), "count", 0),
        ("cases.amount_recovered_fen", QT_TRANSLATE_NOOP("Stats", "挽回金额（元）"), "fen", 0),
    )),
    (QT_TRANSLATE_NOOP("Stats", "一函两书"), (
        ("notices.total", QT_TRANSLATE_NOOP("Stats", "发出文书"), "count", 0),
        ("notices.reminder", QT_TRANSLATE_NOOP("Stats", "提示函"), "count", 1),
        ("notices.opinion", QT_TRANSLATE_NOOP("Stats", "意见书"), "count", 1),
        ("notices.recommendation", QT_TRANSLATE_NOOP("Stats", "建议书"), "count", 1),
        ("notices.reply_due", QT_TRANSLATE_NOOP("Stats", "回复期限届满"), "count", 0),
        ("notices.replied", QT_TRANSLATE_NOOP("Stats", "已回复"), "count", 1),
        ("notices.rectified", QT_TRANSLATE_NOOP("Stats", "已整改"), "count", 1),
        ("rates.notice_reply", QT_TRANSLATE_NOOP("Stats", "整改回复率"), "rate", 0),
        ("rates.notice_rectified", QT_TRANSLATE_NOOP("Stats", "整改率"), "rate", 0),
    )),
)

BREAKDOWNS: tuple[tuple[str, str], ...] = (
    ("consultations.by_channel", QT_TRANSLATE_NOOP("Stats", "咨询渠道")),
    ("consultations.by_category", QT_TRANSLATE_NOOP("Stats", "咨询问题类别")),
    ("cases.by_category", QT_TRANSLATE_NOOP("Stats", "案件争议类别")),
    ("cases.by_outcome", QT_TRANSLATE_NOOP("Stats", "结案方式")),
)

TREND_COUNTS: tuple[tuple[str, str], ...] = (
    ("consultations", QT_TRANSLATE_NOOP("Stats", "咨询")),
    ("cases_opened", QT_TRANSLATE_NOOP("Stats", "受理案件")),
    ("cases_closed", QT_TRANSLATE_NOOP("Stats", "结案")),
    ("notices", QT_TRANSLATE_NOOP("Stats", "发出文书")),
)
TREND_MONEY: tuple[tuple[str, str], ...] = (
    ("amount_involved_fen", QT_TRANSLATE_NOOP("Stats", "涉及金额")),
    ("amount_recovered_fen", QT_TRANSLATE_NOOP("Stats", "挽回金额")),
)

DEFINITIONS: tuple[str, ...] = (
    "咨询按受理时间（本地时间）统计；转办指转交外部单位办理，转立案指转为维权案件。",
    "应回访指回访期限在本期内的咨询，不论何时受理；按期回访指在期限当日或之前完成回访。",
    "受理案件按受理日期统计，结案按结案日期统计；集体争议、涉及职工人数、涉及金额均指本期受理的案件，"
    "涉及金额为其各项请求金额之和；挽回金额为本期结案案件的挽回金额之和。",
    "一个案件有多个争议类别时，在每个类别下各计一次。",
    "文书按发出日期统计（草稿不计）；回复期限届满指回复期限在本期内的文书，已回复指其中已有回复记录的"
    "（不论结果、是否逾期），已整改指其中整改结果为已整改的。",
    "整改回复率 = 已回复 ÷ 回复期限届满；整改率 = 已整改 ÷ 回复期限届满；回访按期率 = 按期回访 ÷ 应回访。",
)


def value_of(figures: Mapping[str, Any], key: str) -> Any:
    """A figure by its dotted key (``cases.opened``); by_* maps take the label as the last part."""
    node: Any = figures
    for part in key.split(".", 2):
        node = node.get(part, 0) if isinstance(node, Mapping) else 0
    return node


def _filter_kwargs(filters: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if v not in (None, "")}


def _compare(session: Session, period: Period, first: date | None, filters: Mapping[str, Any]) -> dict[str, Any] | None:
    """The figures of an earlier period, or None when the database has nothing that old."""
    if first is None or first > period.end:
        return None
    return stats.compute(session, period.start, period.end, trend=False, **filters)


class ReportCancelled(Exception):
    """The user stopped the report; nothing was written."""


StopCheck = Callable[[], bool]


def _never() -> bool:
    return False


def build_report(
    session: Session, period: Period, *, should_stop: StopCheck = _never, **filters: Any
) -> tuple[ReportData, dict[str, Any]]:
    """The report of ``period`` under optional filters (handler_id, street, industry, employment_form).

    Returns the laid-out report and the raw figures of the period (the same
    dict ``casedesk stats --json`` prints). ``should_stop`` is asked between
    the three periods' computations (the GUI's Cancel button).
    """
    filters = _filter_kwargs(filters)
    current = stats.compute(session, period.start, period.end, **filters)
    first = stats.first_record_date(session)
    previous_period, earlier_period = period.previous(), period.year_earlier()
    _check(should_stop)
    previous = _compare(session, previous_period, first, filters)
    _check(should_stop)
    # For a year the previous period is the year before: one comparison column, not the same one twice.
    earlier = None if earlier_period == previous_period else _compare(session, earlier_period, first, filters)

    def row(key: str, label: str, kind: ValueKind, indent: int) -> FigureRow:
        return FigureRow(
            key, label, kind, value_of(current, key),
            value_of(previous, key) if previous else None,
            value_of(earlier, key) if earlier else None,
            indent,
        )

    sections = tuple(Section(title, tuple(row(*spec) for spec in specs)) for title, specs in SECTIONS)
    breakdowns = tuple(
        Breakdown(key, title, tuple(value_of(current, key).items())) for key, title in BREAKDOWNS
    )
    t = current["trend"]
    trend = Trend(
        months=tuple(t["months"]),
        counts=tuple((label, tuple(t[key])) for key, label in TREND_COUNTS),
        money_fen=tuple((label, tuple(t[key])) for key, label in TREND_MONEY),
    )
    data = ReportData(
        org_name=get_org(session).name,
        title=TITLE,
        period_label=period.label,
        date_from=period.start.isoformat(),
        date_to=period.end.isoformat(),
        generated_on=date.today().isoformat(),
        filters_text=stats.describe_filters(session, filters),
        previous_label=previous_period.label if previous else None,
        year_earlier_label=earlier_period.label if earlier else None,
        sections=sections,
        breakdowns=breakdowns,
        trend=trend,
        definitions=DEFINITIONS,
    )
    return data, current


def _check(should_stop: StopCheck) -> None:
    if should_stop():
        raise ReportCancelled("已取消")


def _renderer(path: Path) -> Callable[[ReportData], bytes]:
    """The renderer for the file's suffix; refused before any work is done."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from casedesk.documents.report_pdf import render_pdf

        return render_pdf
    if suffix == ".xlsx":
        from casedesk.documents.report_xlsx import render_xlsx

        return render_xlsx
    raise ValidationError("报表文件“{file}”的类型不支持：请用 .pdf 或 .xlsx", file=path.name)


def export_report(
    session: Session, actor: Actor, path: Path, period: Period, *, should_stop: StopCheck = _never, **filters: Any
) -> ReportData:
    """Write the report file and record the export in the audit trail (same transaction).

    Read-only accounts may export: the report holds totals only, no personal
    data, and the audit row says who took it. A stop before the file is
    written leaves no file and no audit row.
    """
    renderer = _renderer(path)
    data, _ = build_report(session, period, should_stop=should_stop, **filters)
    content = renderer(data)
    _check(should_stop)
    path.write_bytes(content)
    audit.record(session, actor, "export", "report", None, {
        "file": path.name, "from": data.date_from, "to": data.date_to, **_filter_kwargs(filters),
    })
    return data
