"""The periodic report as an Excel workbook: a summary sheet, one sheet per breakdown, the monthly trend.

Numbers are written as numbers (counts as integers, money as 元 with two
decimals, rates as fractions formatted as percentages) so the office can sum
and chart them in Excel; text is always written as text, never as a formula.
"""
from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from casedesk.documents.report_data import Breakdown, ReportData, ValueKind

NUMBER_FORMATS: dict[ValueKind, str] = {"count": "#,##0", "fen": "#,##0.00", "rate": "0.0%"}
CHANGE_FORMAT = "+0.0%;-0.0%;0.0%"
POINTS_FORMAT = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'
_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INVALID_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def yuan(fen: int) -> Decimal:
    """Fen as 元 with exactly two decimals (Decimal, so 0.1 + 0.2 problems never appear)."""
    return (Decimal(int(fen)) / 100).quantize(Decimal("0.01"))


def _cell_value(kind: ValueKind, value: int | float | None) -> Any:
    if value is None:
        return None
    return yuan(int(value)) if kind == "fen" else value


def _change(kind: ValueKind, value: int | float | None, base: int | float | None) -> tuple[Any, str]:
    """(number, format) of the change from ``base``: a relative change, or percentage points for rates."""
    if value is None or base is None:
        return None, "General"
    if kind == "rate":
        return round((value - base) * 100, 1), POINTS_FORMAT
    if base == 0:
        return None, "General"
    return round((value - base) / base, 4), CHANGE_FORMAT


def _text(ws: Worksheet, row: int, column: int, text: str, font: Font | None = None) -> None:
    cell = ws.cell(row=row, column=column, value=text)
    cell.data_type = TYPE_STRING  # never a formula, whatever the text starts with
    if font is not None:
        cell.font = font


def _header(ws: Worksheet, row: int, titles: list[str]) -> None:
    for col, title in enumerate(titles, start=1):
        _text(ws, row, col, title, _BOLD)
        cell = ws.cell(row=row, column=col)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center")


def _widths(ws: Worksheet, widths: list[int]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _heading(ws: Worksheet, data: ReportData, subtitle: str) -> int:
    """Title lines at the top of a sheet; returns the next free row."""
    _text(ws, 1, 1, f"{data.org_name}{data.title}", _TITLE)
    _text(ws, 2, 1, f"{subtitle}　统计期间：{data.period_label}（{data.date_from} 至 {data.date_to}）")
    row = 3
    if data.filters_text:
        _text(ws, row, 1, f"筛选：{data.filters_text}")
        row += 1
    _text(ws, row, 1, f"制表日期：{data.generated_on}")
    return row + 2


def _summary(wb: Workbook, data: ReportData) -> None:
    ws = wb.active
    ws.title = "汇总"
    row = _heading(ws, data, "汇总")
    titles = ["项目", "本期"]
    if data.previous_label:
        titles += [f"上期（{data.previous_label}）", "环比"]
    if data.year_earlier_label:
        titles += [f"去年同期（{data.year_earlier_label}）", "同比"]
    _header(ws, row, titles)
    ws.freeze_panes = ws.cell(row=row + 1, column=2)
    for section in data.sections:
        row += 1
        _text(ws, row, 1, section.title, _BOLD)
        for fig in section.rows:
            row += 1
            _text(ws, row, 1, "　" * fig.indent + fig.label)
            columns: list[tuple[Any, str]] = [(_cell_value(fig.kind, fig.value), NUMBER_FORMATS[fig.kind])]
            if data.previous_label:
                columns += [(_cell_value(fig.kind, fig.previous), NUMBER_FORMATS[fig.kind]),
                            _change(fig.kind, fig.value, fig.previous)]
            if data.year_earlier_label:
                columns += [(_cell_value(fig.kind, fig.year_earlier), NUMBER_FORMATS[fig.kind]),
                            _change(fig.kind, fig.value, fig.year_earlier)]
            for col, (value, fmt) in enumerate(columns, start=2):
                cell = ws.cell(row=row, column=col, value=value)
                cell.number_format = fmt
    _widths(ws, [22, 16, 24, 14, 24, 14])


def _breakdown(wb: Workbook, data: ReportData, breakdown: Breakdown) -> None:
    ws = wb.create_sheet(breakdown.title.translate(_INVALID_SHEET_CHARS)[:31])
    row = _heading(ws, data, breakdown.title)
    _header(ws, row, ["类别", "数量", "占比"])
    total = breakdown.total
    for label, n in breakdown.rows:
        row += 1
        _text(ws, row, 1, label)
        ws.cell(row=row, column=2, value=n).number_format = NUMBER_FORMATS["count"]
        ws.cell(row=row, column=3, value=round(n / total, 4) if total else None).number_format = "0.0%"
    row += 1
    _text(ws, row, 1, "合计", _BOLD)
    ws.cell(row=row, column=2, value=total).number_format = NUMBER_FORMATS["count"]
    _widths(ws, [24, 12, 10])


def _trend(wb: Workbook, data: ReportData) -> None:
    ws = wb.create_sheet("月度趋势")
    row = _heading(ws, data, "月度趋势")
    t = data.trend
    _header(ws, row, ["月份", *(label for label, _ in t.counts), *(f"{label}（元）" for label, _ in t.money_fen)])
    for i, month in enumerate(t.months):
        row += 1
        _text(ws, row, 1, month)
        col = 2
        for _, values in t.counts:
            ws.cell(row=row, column=col, value=values[i]).number_format = NUMBER_FORMATS["count"]
            col += 1
        for _, values in t.money_fen:
            ws.cell(row=row, column=col, value=yuan(values[i])).number_format = NUMBER_FORMATS["fen"]
            col += 1
    _widths(ws, [10, *([10] * len(t.counts)), *([16] * len(t.money_fen))])


def _definitions(wb: Workbook, data: ReportData) -> None:
    ws = wb.create_sheet("统计口径")
    _text(ws, 1, 1, "统计口径", _TITLE)
    for i, line in enumerate(data.definitions, start=3):
        _text(ws, i, 1, f"{i - 2}. {line}")
    _widths(ws, [120])


def render_xlsx(data: ReportData) -> bytes:
    """The workbook as bytes (the caller writes the file, so a failure never leaves half a file)."""
    wb = Workbook()
    _summary(wb, data)
    for breakdown in data.breakdowns:
        _breakdown(wb, data, breakdown)
    _trend(wb, data)
    _definitions(wb, data)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
