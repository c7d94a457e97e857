"""The periodic report as a PDF: headline table with comparisons, monthly charts, breakdowns, definitions.

A4 portrait, platypus flowables, charts drawn with ``reportlab.graphics`` (so
they are vector and print sharply), Chinese text in the fonts
``documents.fonts`` resolves (embedded whenever a TrueType CJK font exists).
Every page carries the union's name, the period and "第 n 页 / 共 m 页".
"""
from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from casedesk.documents.fonts import resolve_role
from casedesk.documents.report_data import Breakdown, ReportData, format_change, format_value

MARGIN = 18 * mm
CONTENT_WIDTH = A4[0] - 2 * MARGIN
PALETTE = [colors.HexColor(c) for c in ("#2E6FB7", "#E08A2E", "#3A9D5D", "#C0504D", "#7F63B8", "#4BACC6")]
GRID = colors.HexColor("#B0B7C3")
HEAD_FILL = colors.HexColor("#DDE4EE")


class _Styles:
    def __init__(self, font: str, heading_font: str) -> None:
        base = dict(fontName=font, wordWrap="CJK")
        bold = dict(fontName=heading_font, wordWrap="CJK")
        self.title = ParagraphStyle("title", fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=2 * mm, **bold)
        self.subtitle = ParagraphStyle("subtitle", fontSize=10.5, leading=16, alignment=TA_CENTER, **base)
        self.heading = ParagraphStyle("heading", fontSize=13, leading=20, spaceBefore=5 * mm, spaceAfter=2 * mm, **bold)
        self.body = ParagraphStyle("body", fontSize=9.5, leading=15, **base)
        self.cell = ParagraphStyle("cell", fontSize=9, leading=12, **base)


def month_labels(months: Sequence[str]) -> list[str]:
    """'2025-03' -> '3月' for chart axes; the first month and every January carry the year: '25年1月'."""
    out = []
    for i, text in enumerate(months):
        year, month = text.split("-")
        out.append(f"{year[2:]}年{int(month)}月" if i == 0 or month == "01" else f"{int(month)}月")
    return out


def _legend(font: str, x: float, y: float, names: Sequence[str]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    return legend


def nice_step(peak: float, *, whole: bool) -> float:
    """A tick step of 1, 2 or 5 times a power of ten giving about five gridlines; whole numbers for counts."""
    raw = max(peak, 1e-9) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return max(1, round(step)) if whole else step


def bar_chart(
    font: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    width: float = CONTENT_WIDTH,
    height: float = 62 * mm,
    horizontal: bool = False,
    unit: str = "",
) -> Drawing:
    """Grouped bars with a title line and (for several series) a legend above the plot."""
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 11, title + (f"（{unit}）" if unit else ""), fontName=font, fontSize=9.5))
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    # Horizontal bars are named on the left: leave room for the longest name.
    left = max((stringWidth(c, font, 7.5) for c in categories), default=0) + 10 if horizontal else 40
    chart.x, chart.y = left, 12 if horizontal else 28
    chart.width = width - left - 12
    chart.height = height - chart.y - (34 if len(series) > 1 else 22)
    data = [list(values) for _, values in series] or [[0]]
    chart.data = data
    for i in range(len(data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    peak = max((max(values) for values in data if values), default=0)
    step = nice_step(peak, whole=not unit.startswith("万"))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, math.ceil(peak / step) * step)
    decimals = 0 if float(step).is_integer() else 1
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.{decimals}f}"
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E6EB")
    chart.valueAxis.visibleGrid = True
    if horizontal:
        chart.categoryAxis.reverseDirection = True  # the first category on top, as in the table beside it
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    elif len(categories) > 14:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.groupSpacing = 4 if len(data) > 1 else 6
    drawing.add(chart)
    if len(series) > 1:
        drawing.add(_legend(font, width - 12 - 70 * len(series), height - 24, [name for name, _ in series]))
    return drawing


def _table(rows: list[list[Any]], widths: Sequence[float], *, numeric_from: int = 1, bold_rows: Sequence[int] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F3F5F8")) for r in bold_rows]
    table.setStyle(TableStyle(style))
    return table


def _summary_table(data: ReportData, st: _Styles) -> Table:
    head = ["项目", "本期"]
    if data.previous_label:
        head += [f"上期\n{data.previous_label}", "环比"]
    if data.year_earlier_label:
        head += [f"去年同期\n{data.year_earlier_label}", "同比"]
    rows: list[list[Any]] = [[Paragraph(h.replace("\n", "<br/>"), st.cell) if "\n" in h else h for h in head]]
    section_rows = []
    for section in data.sections:
        section_rows.append(len(rows))
        rows.append([section.title] + [""] * (len(head) - 1))
        for fig in section.rows:
            line = ["　" * (fig.indent + 1) + fig.label, format_value(fig.kind, fig.value)]
            if data.previous_label:
                line += [format_value(fig.kind, fig.previous), format_change(fig.kind, fig.value, fig.previous)]
            if data.year_earlier_label:
                line += [format_value(fig.kind, fig.year_earlier), format_change(fig.kind, fig.value, fig.year_earlier)]
            rows.append(line)
    extra = len(head) - 2
    first = 46 * mm
    value = 30 * mm
    rest = (CONTENT_WIDTH - first - value) / extra if extra else 0
    widths = [first, value] + [rest] * extra if extra else [CONTENT_WIDTH - value - 20 * mm, value]
    table = _table(rows, widths, bold_rows=section_rows)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), 9)]
                              + [("SPAN", (0, r), (-1, r)) for r in section_rows]
                              + [("FONTNAME", (0, r), (-1, r), st.heading.fontName) for r in section_rows]))
    return table


def _breakdown_block(b: Breakdown, st: _Styles) -> list[Any]:
    """The breakdown's table with a bar chart of the same rows beside it."""
    if not b.rows:
        return [Paragraph(b.title, st.body), Paragraph("本期没有记录。", st.body), Spacer(0, 3 * mm)]
    total = b.total
    rows: list[list[Any]] = [["类别", "数量", "占比"]]
    rows += [[label, f"{n:,}", f"{n / total * 100:.1f}%" if total else "—"] for label, n in b.rows]
    rows.append(["合计", f"{total:,}", "100.0%" if total else "—"])
    table = _table(rows, [42 * mm, 18 * mm, 16 * mm], bold_rows=[len(rows) - 1])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.cell.fontName), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    height = max(32 * mm, (len(b.rows) + 2) * 5.6 * mm)  # about as tall as the table beside it
    chart = bar_chart(
        st.cell.fontName, "", [label for label, _ in b.rows], [(b.title, [n for _, n in b.rows])],
        width=CONTENT_WIDTH - 80 * mm, height=height, horizontal=True,
    )
    side = Table([[table, chart]], colWidths=[80 * mm, CONTENT_WIDTH - 80 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Paragraph(b.title, st.body), side, Spacer(0, 4 * mm)]


def _trend_charts(data: ReportData, font: str) -> list[Drawing]:
    """Consultations alone (they outnumber the rest tenfold), cases and notices together, then money."""
    t = data.trend
    labels = month_labels(t.months)
    first, *others = t.counts
    money = [(label, [v / 1_000_000 for v in values]) for label, values in t.money_fen]  # fen -> 万元
    return [
        bar_chart(font, first[0], labels, [first], unit="件"),
        bar_chart(font, "案件与文书", labels, others, unit="件"),
        bar_chart(font, "涉及金额与挽回金额", labels, money, unit="万元"),
    ]


def _page_decorator(data: ReportData, font: str) -> type[Canvas]:
    """A canvas that knows the page count when it draws each footer (two passes over the saved pages)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#555555"))
            y = 10 * mm
            self.drawString(MARGIN, y, f"{data.org_name}　{data.title}")
            self.drawRightString(A4[0] - MARGIN, y, f"{data.period_label}（{data.date_from} 至 {data.date_to}）")
            self.drawCentredString(A4[0] / 2, y, f"第 {self._pageNumber} 页 / 共 {total} 页")
            self.setStrokeColor(GRID)
            self.line(MARGIN, y + 4 * mm, A4[0] - MARGIN, y + 4 * mm)
            self.restoreState()

    return NumberedCanvas


def render_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes (the caller writes the file)."""
    # Tables and charts in 宋体, title and headings in 黑体, through the letters' font chain (DESIGN.md).
    font = resolve_role("song").name
    st = _Styles(font, resolve_role("heading").name)
    story: list[Any] = [
        Paragraph(data.org_name, st.subtitle),
        Paragraph(data.title, st.title),
        Paragraph(f"统计期间：{data.period_label}（{data.date_from} 至 {data.date_to}）", st.subtitle),
    ]
    if data.filters_text:
        story.append(Paragraph(f"筛选条件：{data.filters_text}", st.subtitle))
    story.append(Paragraph(f"制表日期：{data.generated_on}", st.subtitle))
    story += [Paragraph("一、主要指标", st.heading), _summary_table(data, st)]
    if not (data.previous_label or data.year_earlier_label):
        story.append(Paragraph("（数据库中没有更早的记录，未作环比、同比。）", st.body))
    # Each heading stays on the page of the first chart or table under it.
    charts = [[chart, Spacer(0, 3 * mm)] for chart in _trend_charts(data, font)]
    charts[0].insert(0, Paragraph("二、月度趋势", st.heading))
    story += [KeepTogether(block) for block in charts]
    blocks = [_breakdown_block(b, st) for b in data.breakdowns]
    blocks[0].insert(0, Paragraph("三、分类统计", st.heading))
    story += [KeepTogether(block) for block in blocks]
    story.append(Paragraph("四、统计口径", st.heading))
    story += [Paragraph(f"{i}. {line}", st.body) for i, line in enumerate(data.definitions, start=1)]

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=f"{data.org_name}{data.title}（{data.period_label}）", author=data.org_name, subject=data.title,
    )
    doc.build(story, canvasmaker=_page_decorator(data, font))
    return out.getvalue()
