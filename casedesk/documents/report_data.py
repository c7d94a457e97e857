"""What a periodic report shows, as plain data, and how its values are written.

``services.report`` fills these from ``services.stats.compute``; the PDF and
Excel renderers, and the command line's table, only lay them out, so every
medium shows the same figures with the same labels.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from casedesk.domain.money import format_yuan

ValueKind = Literal["count", "fen", "rate"]
DASH = "—"


@dataclass(frozen=True)
class FigureRow:
    """One headline figure with its comparisons (None where the compared period has no data)."""

    key: str  # path in the statistics result, e.g. cases.amount_involved_fen
    label: str
    kind: ValueKind
    value: int | float | None
    previous: int | float | None = None
    year_earlier: int | float | None = None
    indent: int = 0  # 1 for a part of the row above (提示函 under 发出文书)


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[FigureRow, ...]


@dataclass(frozen=True)
class Breakdown:
    """A figure split by category: (label, count) pairs in the vocabulary's order (stable between periods)."""

    key: str
    title: str
    rows: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)


@dataclass(frozen=True)
class Trend:
    """Monthly series over the months ending with the period (``months`` as YYYY-MM)."""

    months: tuple[str, ...]
    counts: tuple[tuple[str, tuple[int, ...]], ...]  # (label, one value per month)
    money_fen: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class ReportData:
    org_name: str
    title: str  # 法律服务工作统计报表
    period_label: str  # 2025年第一季度
    date_from: str
    date_to: str
    generated_on: str
    filters_text: str  # "" when unfiltered
    previous_label: str | None  # None: no comparison column
    year_earlier_label: str | None
    sections: tuple[Section, ...]
    breakdowns: tuple[Breakdown, ...]
    trend: Trend
    definitions: tuple[str, ...] = field(default_factory=tuple)


def format_value(kind: ValueKind, value: int | float | None) -> str:
    """1,234 / 12,345.67 (yuan) / 66.7% / — for a missing value."""
    if value is None:
        return DASH
    if kind == "fen":
        return format_yuan(int(value))
    if kind == "rate":
        return f"{value * 100:.1f}%"
    return f"{int(value):,}"


def format_change(kind: ValueKind, value: int | float | None, base: int | float | None) -> str:
    """The change from ``base``: +12.5% for counts and money, +3.0个百分点 for rates; — when not comparable."""
    if value is None or base is None:
        return DASH
    if kind == "rate":
        return f"{(value - base) * 100:+.1f}个百分点"
    if base == 0:
        return DASH if value == 0 else "新增"
    return f"{(value - base) / base * 100:+.1f}%"

