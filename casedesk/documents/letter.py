"""一函两书 as official letters in the layout of GB/T 9704-2012, followed by a 送达回证 page.

Geometry (DESIGN.md, DOMAIN.md §4): A4; 天头 37 mm, 订口 28 mm, 版心 156 x 225 mm;
body 3号 (16 pt) on a grid of 22 lines x 28 characters; title 2号 (22 pt);
red 发文机关标志 35 mm below the top of the 版心, 发文字号 two lines below it,
a red rule 4 mm below the number, the title two lines below the rule;
成文日期 in Arabic numerals 右空四字 under a centred 署名 with room for the seal;
page numbers 4号 "— 1 —", odd pages right and even pages left, one character in,
7 mm below the 版心.

ReportLab's own paragraphs cannot put 28 sixteen-point characters on a 156 mm
line (that needs a pitch of 15.79 pt), so the body is set by :class:`GridText`:
our own line breaker on the character grid, with Chinese line-breaking rules
(no closing punctuation at a line start, no opening bracket at a line end;
Latin words and numbers are not split) and both edges justified, drawn one
line at a time with PDF character spacing. Each grid line is a slot of
:data:`LINE` points with the character's em box at its top, so the first line's
characters start at the top of the 版心 and the 22nd line's end at its bottom.

A batch prints the same body, letterhead and receipt form for hundreds of
employers: line breaking is remembered per paragraph, and whatever recurs in a
document is written into it once as a PDF form and placed again by reference
(``_draw_shared``), so a thousand letters cost little more than the text
that differs between them.

This module takes plain data (:class:`Letter`) and returns PDF bytes; it knows
nothing of the database. Output is deterministic (ReportLab's invariant mode),
so the same letter renders to the same bytes.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from casedesk.documents.fonts import FontSet

PAGE_W, PAGE_H = A4
TOP_MARGIN = 37 * mm  # 天头
LEFT_MARGIN = 28 * mm  # 订口
TEXT_W = 156 * mm  # 版心宽
TEXT_H = 225 * mm  # 版心高
BOTTOM_MARGIN = PAGE_H - TOP_MARGIN - TEXT_H  # 35 mm

BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
SMALL_SIZE = 14.0  # 4号: page numbers, 抄送, 印发
CHARS_PER_LINE = 28
LINES_PER_PAGE = 22
PITCH = TEXT_W / CHARS_PER_LINE  # 15.79 pt per character
LINE = (TEXT_H - BODY_SIZE) / (LINES_PER_PAGE - 1)  # 29.61 pt: one 3号 line (GB: 1 + 7/8 character)
EM_ASCENT = 0.88  # the baseline sits this far (in em) below the top of the ideographic em box
MARK_GAP = 35 * mm  # 发文机关标志: top edge below the top of the 版心
MARK_MAX_SIZE = 48.0
RULE_GAP = 4 * mm  # red rule below the 发文字号
RULE_WIDTH = 1.2
PAGE_NUMBER_GAP = 7 * mm  # 一字线 below the 版心
SEAL_SIZE = 42 * mm
TITLE_SLOT = 35.0
RED = Color(0.85, 0.0, 0.0)
WATERMARK = Color(0.82, 0.82, 0.82)

# Chinese line-breaking rules (禁则): never start a line with these ...
NO_START = frozenset("。，、；：？！）】》」』〕〉”’…．.,;:?!)]}%‰℃")
# ... and never end a line with these.
NO_END = frozenset("（【《「『〔〈“‘([{")
_TOKEN_RE = re.compile(r"[A-Za-z0-9@#&_+\-./:%]+|.", re.S)
EPSILON = 0.01
_FRAME_FUZZ = 1e-6  # what a platypus Frame allows when it checks that a flowable fits


@dataclass(frozen=True)
class BodyParagraph:
    text: str
    heading: bool = False  # "一、..." headings print in 黑体


@dataclass(frozen=True)
class Receipt:
    """The 送达回证 that follows a letter, filled in by hand on delivery."""

    document: str  # 《工会劳动法律监督提示函》
    number: str
    recipient: str
    address: str
    issuer: str


@dataclass(frozen=True)
class Letter:
    issuer_mark: str  # 发文机关标志, printed red
    number: str  # 发文字号
    title: str
    addressee: str  # 主送
    body: tuple[BodyParagraph, ...]
    signature: str  # 署名
    date: date  # 成文日期
    note: str = ""  # 附注 (联系人、电话), printed in brackets under the date
    cc: tuple[str, ...] = ()  # 抄送
    issued_by: str = ""  # 印发机关 in the 版记 (printed only with a 抄送 line)
    receipt: Receipt | None = None
    draft: bool = False  # 样稿 watermark
    seal_image: bytes | None = None
    metadata_title: str = ""


@dataclass
class RenderedLetters:
    pdf: bytes
    pages: list[tuple[int, int]] = field(default_factory=list)  # (first page, page count) per letter, 1-based


def cjk_date(day: date) -> str:
    """成文日期 with Arabic numerals and no leading zeros: 2025年3月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


# --- the character grid ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    text: str
    x: float
    char_space: float


class _Advances(dict[str, float]):
    """One font's advance widths in thousandths of an em, measured once per character."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        width = self[char] = stringWidth(char, self.font, 1000.0)
        return width


_ADVANCES: dict[str, _Advances] = {}


def text_width(text: str, font: str, size: float) -> float:
    """``stringWidth`` from a table of the font's character widths.

    The line breaker measures every token of every paragraph; a dictionary
    lookup per character is several times cheaper than asking ReportLab.
    """
    advances = _ADVANCES.get(font)
    if advances is None:
        advances = _ADVANCES.setdefault(font, _Advances(font))
    return 0.001 * size * sum(map(advances.__getitem__, text))


def break_lines(
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    pitch: float | None = None,
    first_indent: float = 0.0,
    align: str = "justify",
) -> list[_Line]:
    """Lay ``text`` out on lines of ``width`` points, ``pitch`` points per full-width character.

    A newline starts a new line. Kinsoku: when the next line would begin with
    closing punctuation, or this one ends with an opening bracket, the last
    characters of this line move down (推出), and the line is justified across
    the width. Spaces are kept as typed (forms use full-width spaces as blanks).
    """
    return list(_laid_out(text, font, size, width, pitch, first_indent, align))


@lru_cache(maxsize=4096)
def _laid_out(
    text: str, font: str, size: float, width: float, pitch: float | None, first_indent: float, align: str
) -> tuple[_Line, ...]:
    """The lines of a text, remembered: a 专项提示函 batch prints the same paragraphs for hundreds of employers."""
    lines: list[_Line] = []
    for i, part in enumerate(text.replace("\r", "").split("\n")):
        lines += _break_part(part, font, size, width, pitch, first_indent if i == 0 else 0.0, align)
    return tuple(lines)


def _break_part(
    text: str, font: str, size: float, width: float, pitch: float | None, first_indent: float, align: str
) -> list[_Line]:
    base_cs = (pitch - size) if pitch is not None else 0.0

    def tok_width(tok: str) -> float:
        return text_width(tok, font, size) + base_cs * len(tok)

    if text_width(text, font, size) + base_cs * len(text) <= width - first_indent + EPSILON:
        return [_set_line(text, 0, 1, font, size, width, base_cs, first_indent, align)]  # it fits: one line
    expanded: list[str] = []
    for tok in _TOKEN_RE.findall(text):
        # An unbreakable Latin run longer than a line is broken by character.
        if len(tok) > 1 and tok_width(tok) > width - first_indent:
            expanded.extend(tok)
        else:
            expanded.append(tok)
    raw_lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    avail = width - first_indent
    for tok in expanded:
        w = tok_width(tok)
        # A line holds as many character cells (advance + spacing) as fit: 28 at 3号 on the grid.
        if current and used + w > avail + EPSILON:
            carry: list[str] = []
            while len(current) > 1 and len(carry) < 3 and (
                (carry[0] if carry else tok)[0] in NO_START or current[-1][-1] in NO_END
            ):
                carry.insert(0, current.pop())
            raw_lines.append(current)
            current = carry
            used = sum(tok_width(t) for t in carry)
            avail = width
        current.append(tok)
        used += w
    raw_lines.append(current)

    return [
        _set_line("".join(toks), i, len(raw_lines), font, size, width, base_cs, first_indent, align)
        for i, toks in enumerate(raw_lines)
    ]


def _set_line(
    text: str, i: int, count: int, font: str, size: float, width: float, base_cs: float, first_indent: float, align: str
) -> _Line:
    """Line ``i`` of ``count``: where it starts and its character spacing (every line but the last is justified)."""
    indent = first_indent if i == 0 else 0.0
    room = width - indent
    natural = text_width(text, font, size) + base_cs * (len(text) - 1) if text else 0.0
    cs, x = base_cs, indent
    if align == "justify" and i < count - 1 and len(text) > 1:
        cs = base_cs + (room - natural) / (len(text) - 1)
    elif align == "center":
        x = indent + (room - natural) / 2
    elif align == "right":
        x = indent + room - natural
    return _Line(text, x, cs)


class GridText(Flowable):
    """Text on the letter's line grid: one slot per line, split across pages line by line."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float = BODY_SIZE,
        *,
        slot: float = LINE,
        pitch: float | None = PITCH,
        first_indent: float = 0.0,
        align: str = "justify",
        color: Color = black,
        lines: Sequence[_Line] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size, self.slot, self.pitch = text, font, size, slot, pitch
        self.first_indent, self.align, self.color = first_indent, align, color
        self._lines = tuple(lines) if lines is not None else None
        self._fixed = lines is not None  # a continuation keeps the lines it was split with
        self._for_width = -1.0

    def _layout(self, width: float) -> tuple[_Line, ...]:
        if not self._fixed and (self._lines is None or self._for_width != width):
            self._lines = _laid_out(self.text, self.font, self.size, width, self.pitch, self.first_indent, self.align)
            self._for_width = width
        return self._lines or ()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.slot
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self._layout(availWidth)
        fit = int((availHeight + EPSILON) // self.slot)
        if fit <= 0 or fit >= len(lines):
            return []
        kwargs = dict(slot=self.slot, pitch=self.pitch, align=self.align, color=self.color)
        return [
            GridText(self.text, self.font, self.size, lines=lines[:fit], **kwargs),
            GridText(self.text, self.font, self.size, lines=lines[fit:], **kwargs),
        ]

    def draw(self) -> None:
        _draw_shared(self.canv, self.key(), self._draw_lines)

    def key(self) -> tuple:  # type: ignore[type-arg]
        """Everything that decides what :meth:`draw` puts on the page."""
        return ("text", self.font, self.size, self.slot, self.color.rgb(), self.height, self._lines)

    def _draw_lines(self) -> None:
        canv = self.canv
        canv.setFillColor(self.color)
        canv.setFont(self.font, self.size)
        for i, line in enumerate(self._lines or ()):
            if line.text:
                baseline = self.height - i * self.slot - EM_ASCENT * self.size
                canv.drawString(line.x, baseline, line.text, charSpace=line.char_space)


@dataclass
class _SharedDrawings:
    """A document's drawings that recur, by key: "" once seen, then the name of the form that holds it."""

    forms: dict[tuple, str] = field(default_factory=dict)  # type: ignore[type-arg]
    depth: int = 0  # > 0 while drawing something shared: its parts are then drawn as they are
    made: int = 0  # forms so far

    def paint(self, paint: Callable[[], None]) -> None:
        self.depth += 1
        try:
            paint()
        finally:
            self.depth -= 1


_SHARED: WeakKeyDictionary[Canvas, _SharedDrawings] = WeakKeyDictionary()
_FORM_BOX = (-PAGE_W, -PAGE_H, 2 * PAGE_W, 2 * PAGE_H)  # a form is never clipped


def _draw_shared(canv: Canvas, key: tuple, paint: Callable[[], None]) -> None:  # type: ignore[type-arg]
    """Draw what ``paint`` draws; from its second time in a document on, as one reused PDF form.

    A batch prints the same body, 发文机关标志, 送达回证 wording and page
    numbers on every letter: each is then written into the file once and
    placed again with one operator, instead of being set and encoded a
    thousand times. What appears once is drawn as it is. ``key`` must name
    everything ``paint`` draws, relative to the current origin.
    """
    shared = _SHARED.get(canv)
    if shared is None:
        shared = _SHARED.setdefault(canv, _SharedDrawings())
    name = shared.forms.get(key)
    if shared.depth or name is None:
        if not shared.depth:
            shared.forms[key] = ""
        shared.paint(paint)
        return
    if not name:
        shared.made += 1
        name = shared.forms[key] = f"cdShared{shared.made}"
        canv.beginForm(name, *_FORM_BOX)
        shared.paint(paint)
        canv.endForm()
    canv.doForm(name)


# --- letter parts ---------------------------------------------------------------------------------


@dataclass
class _PageState:
    """What the page-end hook needs to know: where each letter began, and whether we are in its receipt.

    Filled in by :meth:`_LetterDoc.afterFlowable` as each 版头 and 送达回证 is drawn.
    """

    starts: list[int] = field(default_factory=list)  # first page of each letter so far
    in_receipt: bool = False


class Letterhead(Flowable):
    """版头: red 发文机关标志, 发文字号 two lines below it, the red rule, and room for the title."""

    def __init__(self, mark: str, number: str, fonts: FontSet) -> None:
        super().__init__()
        self.mark, self.number, self.fonts = mark, number, fonts
        n = max(len(mark), 1)
        fit = TEXT_W * 0.92 / n
        self.mark_size = min(MARK_MAX_SIZE, fit)
        self.height = MARK_GAP + self.mark_size + 2 * LINE + BODY_SIZE + RULE_GAP + 2 * LINE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        mark_top = self.height - MARK_GAP
        number_top = mark_top - self.mark_size - 2 * LINE
        _draw_shared(canv, ("letterhead", self.mark, self.fonts.title.name, self.mark_size, self.width, number_top),
                     lambda: self._draw_mark_and_rule(mark_top, number_top))
        canv.setFillColor(black)
        canv.setFont(self.fonts.body.name, BODY_SIZE)
        canv.drawCentredString(self.width / 2, number_top - EM_ASCENT * BODY_SIZE, self.number)

    def _draw_mark_and_rule(self, mark_top: float, number_top: float) -> None:
        canv = self.canv
        font = self.fonts.title.name
        canv.setFillColor(RED)
        canv.setFont(font, self.mark_size)
        natural = text_width(self.mark, font, self.mark_size)
        spread = (TEXT_W * 0.92 - natural) / max(len(self.mark) - 1, 1) if len(self.mark) > 1 else 0.0
        spread = max(0.0, min(spread, self.mark_size * 0.5))
        total = natural + spread * (len(self.mark) - 1)
        canv.drawString((self.width - total) / 2, mark_top - EM_ASCENT * self.mark_size, self.mark, charSpace=spread)
        rule_y = number_top - BODY_SIZE - RULE_GAP
        canv.setStrokeColor(RED)
        canv.setLineWidth(RULE_WIDTH)
        canv.line(0, rule_y, self.width, rule_y)


class SignatureBlock(Flowable):
    """署名 and 成文日期 (右空四字) with room for the seal, which presses over both from within a line of the text."""

    def __init__(self, signature: str, day: date, fonts: FontSet, seal: bytes | None) -> None:
        super().__init__()
        self.signature, self.day, self.fonts, self.seal = signature, day, fonts, seal
        self.height = 4 * LINE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def key(self) -> tuple:  # type: ignore[type-arg]
        return ("signature", self.signature, self.day, self.fonts.body.name, self.seal, self.width, self.height)

    def draw(self) -> None:
        _draw_shared(self.canv, self.key(), self._draw_signature)

    def _draw_signature(self) -> None:
        canv = self.canv
        font = self.fonts.body.name
        date_text = cjk_date(self.day)
        cs = PITCH - BODY_SIZE
        date_w = text_width(date_text, font, BODY_SIZE) + cs * (len(date_text) - 1)
        date_right = self.width - 4 * PITCH
        date_center = date_right - date_w / 2
        sig_w = text_width(self.signature, font, BODY_SIZE) + cs * (len(self.signature) - 1)
        canv.setFillColor(black)
        canv.setFont(font, BODY_SIZE)
        sig_x = max(0.0, min(date_center - sig_w / 2, self.width - sig_w))
        canv.drawString(sig_x, self.height - 2 * LINE - EM_ASCENT * BODY_SIZE, self.signature, charSpace=cs)
        canv.drawString(date_right - date_w, self.height - 3 * LINE - EM_ASCENT * BODY_SIZE, date_text, charSpace=cs)
        if self.seal:
            # Top of the seal on the line under the text (GB: within one line); its 42 mm then end
            # just above the 附注 line, with 署名 and date a little below its centre.
            seal_top = self.height
            canv.drawImage(
                ImageReader(io.BytesIO(self.seal)), date_center - SEAL_SIZE / 2, seal_top - SEAL_SIZE,
                width=SEAL_SIZE, height=SEAL_SIZE, mask="auto", preserveAspectRatio=True, anchor="c",
            )


class RecordBlock(Flowable):
    """版记 at the foot of the last page: 抄送 and 印发 lines between rules (GB/T 9704 §7.4)."""

    def __init__(self, cc: Sequence[str], issued_by: str, day: date, fonts: FontSet) -> None:
        super().__init__()
        self.cc, self.issued_by, self.day, self.fonts = tuple(cc), issued_by, day, fonts
        self.needed = 2 * LINE + LINE - BODY_SIZE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        # Take the rest of the page so the block sits on the last lines of the 版心.
        self.height = max(self.needed, availHeight)
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        font = self.fonts.body.name
        rows = [("抄送：" + "，".join(self.cc) + "。", ""), (self.issued_by, cjk_date(self.day) + "印发")]
        # The frame runs (LINE - BODY_SIZE) below the 版心: the last row ends on the 版心's bottom edge.
        bottom = LINE - BODY_SIZE
        canv.setStrokeColor(black)
        canv.setFillColor(black)
        canv.setFont(font, SMALL_SIZE)
        for i, (left, right) in enumerate(rows):
            top = bottom + (len(rows) - i) * LINE
            canv.setLineWidth(0.35 * mm if i == 0 else 0.25 * mm)
            canv.line(0, top, self.width, top)
            baseline = top - (LINE - SMALL_SIZE) / 2 - EM_ASCENT * SMALL_SIZE
            canv.drawString(SMALL_SIZE, baseline, left)  # 左空一字
            if right:
                canv.drawRightString(self.width - SMALL_SIZE, baseline, right)  # 右空一字
        canv.setLineWidth(0.35 * mm)
        canv.line(0, bottom, self.width, bottom)


RECEIPT_LABEL_W = 34 * mm
RECEIPT_SLOT = SMALL_SIZE * 1.6
RECEIPT_PAD = (6.0, 4.0, 6.0)  # top, bottom, left and right of a cell's text
RECEIPT_RULE = 0.8  # line width of the cells' rules


@dataclass(frozen=True)
class _ReceiptRow:
    label: GridText
    value: GridText
    shared: bool  # the same on every receipt with this issuer: drawn in the shared form


class ReceiptTable(Flowable):
    """The 送达回证's heading and form, drawn as a table of labelled rows with ruled cells.

    The heading, rules, labels and printed wording are the same on every
    receipt of a batch and are drawn as one shared drawing (``_draw_shared``:
    a PDF form from the second receipt on); only the document number,
    recipient and address are drawn per letter. A receipt
    that does not fit its page continues on the next one, split between rows.
    """

    def __init__(self, heading: Sequence[Flowable], rows: Sequence[_ReceiptRow]) -> None:
        super().__init__()
        self.heading, self.rows = tuple(heading), tuple(rows)

    def _measure(self, width: float) -> None:
        if getattr(self, "width", None) == width:
            return  # platypus asks again: wrap, split, draw
        self.width = width
        for flowable in self.heading:
            flowable.wrap(width, PAGE_H)
        value_w = width - RECEIPT_LABEL_W - 2 * RECEIPT_PAD[2]
        self.row_heights = [
            max(row.label.wrap(RECEIPT_LABEL_W - 2 * RECEIPT_PAD[2], PAGE_H)[1], row.value.wrap(value_w, PAGE_H)[1])
            + RECEIPT_PAD[0] + RECEIPT_PAD[1]
            for row in self.rows
        ]
        self.heading_height = sum(f.height for f in self.heading)
        self.height = self.heading_height + sum(self.row_heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self._measure(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._measure(availWidth)
        room, fit = availHeight - self.heading_height, 0
        while fit < len(self.rows) and self.row_heights[fit] <= room:
            room -= self.row_heights[fit]
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        return [ReceiptTable(self.heading, self.rows[:fit]), ReceiptTable((), self.rows[fit:])]

    def draw(self) -> None:
        key = ("receipt", self.width, tuple(_flowable_key(f) for f in self.heading),
               tuple((_flowable_key(r.label), _flowable_key(r.value) if r.shared else None, h)
                     for r, h in zip(self.rows, self.row_heights, strict=True)))
        _draw_shared(self.canv, key, self._draw_form)
        for row, (cells_y, height) in zip(self.rows, self._row_positions(), strict=True):
            if not row.shared:
                self._draw_cell(row.value, RECEIPT_LABEL_W, cells_y, height)

    def _row_positions(self) -> list[tuple[float, float]]:
        """(bottom, height) of each row, top row first."""
        positions, top = [], self.height - self.heading_height
        for height in self.row_heights:
            top -= height
            positions.append((top, height))
        return positions

    def _draw_cell(self, text: GridText, x: float, row_y: float, row_h: float) -> None:
        # Centred in the row as a ReportLab Table with VALIGN MIDDLE places it.
        text.drawOn(self.canv, x + RECEIPT_PAD[2], row_y + (row_h + RECEIPT_PAD[1] - RECEIPT_PAD[0] - text.height) / 2)

    def _draw_form(self) -> None:
        canv = self.canv
        y = self.height
        for flowable in self.heading:
            y -= flowable.height
            flowable.drawOn(canv, 0, y)
        positions = self._row_positions()
        for row, (row_y, height) in zip(self.rows, positions, strict=True):
            self._draw_cell(row.label, 0.0, row_y, height)
            if row.shared:
                self._draw_cell(row.value, RECEIPT_LABEL_W, row_y, height)
        canv.setStrokeColor(black)
        canv.setLineWidth(RECEIPT_RULE)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        top, bottom = self.height - self.heading_height, positions[-1][0]
        for rule_y in [top] + [row_y for row_y, _ in positions]:
            canv.line(0, rule_y, self.width, rule_y)
        for rule_x in (0.0, RECEIPT_LABEL_W, self.width):
            canv.line(rule_x, top, rule_x, bottom)


def _flowable_key(flowable: Flowable) -> tuple:  # type: ignore[type-arg]
    return flowable.key() if isinstance(flowable, GridText) else (type(flowable).__name__, flowable.height)


_BLANK_DATE = "　" * 8 + "年　　月　　日　　时　　分"
_OWN_ROWS = 3  # the receipt's first rows name the letter and its recipient; the rest is the printed form


def receipt_rows(receipt: Receipt) -> list[tuple[str, str]]:
    """The 送达回证's rows, label and text, top to bottom."""
    return [
        ("送达文书", f"{receipt.document}\n{receipt.number}"),
        ("受送达人", receipt.recipient),
        ("送达地址", receipt.address),
        ("送达方式", "□直接送达　　□电子送达\n□邮寄（邮件号码：　　　　　　　　　　）"),
        ("受送达人\n签名或盖章", f"\n\n{_BLANK_DATE}"),
        ("代收人及\n代收理由", "\n\n"),
        ("拒收情况\n及见证人", f"拒收理由：\n\n见证人签名：\n{_BLANK_DATE}"),
        ("送达人", f"\n{_BLANK_DATE}"),
        ("备注", f"请受送达人签收后将本回证交送达人带回；邮寄送达的，请将本回证与书面回复一并寄回{receipt.issuer}。"),
    ]


def _receipt_rows(rows: Sequence[tuple[str, str]], fonts: FontSet, *, shared: bool) -> list[_ReceiptRow]:
    def cell(text: str, align: str = "left") -> GridText:
        return GridText(text, fonts.body.name, SMALL_SIZE, slot=RECEIPT_SLOT, pitch=None, align=align)

    return [_ReceiptRow(cell(label, "center"), cell(text), shared) for label, text in rows]


_ReceiptParts = tuple[tuple[Flowable, ...], list[_ReceiptRow]]


def _receipt(receipt: Receipt, fonts: FontSet, made: dict[str, _ReceiptParts]) -> ReceiptTable:
    """The receipt; its heading and printed form depend only on the issuer and are made once per document.

    (Never shared between documents: drawing sets a flowable's canvas, and
    two renders may run at once on different threads.)
    """
    rows = receipt_rows(receipt)
    if receipt.issuer not in made:
        heading = (
            GridText(receipt.issuer, fonts.title.name, BODY_SIZE, slot=LINE, pitch=None, align="center"),
            GridText("送达回证", fonts.title.name, TITLE_SIZE, slot=TITLE_SLOT * 1.3, pitch=None, align="center"),
            Spacer(1, LINE / 2),
        )
        made[receipt.issuer] = heading, _receipt_rows(rows[_OWN_ROWS:], fonts, shared=True)
    heading, form = made[receipt.issuer]
    return ReceiptTable(heading, [*_receipt_rows(rows[:_OWN_ROWS], fonts, shared=False), *form])


def _letter_story(letter: Letter, fonts: FontSet, receipts: dict[str, _ReceiptParts]) -> list[Flowable]:
    body_font, heading_font = fonts.body.name, fonts.heading.name
    story: list[Flowable] = [
        Letterhead(letter.issuer_mark, letter.number, fonts),
        GridText(letter.title, fonts.title.name, TITLE_SIZE, slot=TITLE_SLOT, pitch=None, align="center"),
        Spacer(1, LINE),
        GridText(f"{letter.addressee}：", body_font),
    ]
    paragraphs = [
        GridText(para.text, heading_font if para.heading else body_font, first_indent=2 * PITCH) for para in letter.body
    ]
    signature = SignatureBlock(letter.signature, letter.date, fonts, letter.seal_image)
    # The 署名 never stands alone on a page: the last two lines of the text go with it.
    tail: list[GridText] = []
    if letter.body:
        last = letter.body[-1]
        font = heading_font if last.heading else body_font
        lines = break_lines(last.text, font, BODY_SIZE, TEXT_W, pitch=PITCH, first_indent=2 * PITCH)
        paragraphs.pop()
        if len(lines) > 2:
            paragraphs.append(GridText(last.text, font, lines=lines[:-2]))
        tail.append(GridText(last.text, font, lines=lines[-2:]))
    if paragraphs:
        story.append(_Stack(paragraphs, splittable=True))
    story.append(_Stack([*tail, signature], splittable=False))
    if letter.note:
        story.append(GridText(f"（{letter.note}）", body_font, first_indent=2 * PITCH))
    if letter.cc:
        story.append(RecordBlock(letter.cc, letter.issued_by or letter.signature, letter.date, fonts))
    if letter.receipt is not None:
        story += [PageBreak(), _receipt(letter.receipt, fonts, receipts)]
    return story


class _Stack(Flowable):
    """Flowables set one under the other and drawn as one: a batch's letters share the drawing of each page's part.

    A splittable stack (the body) breaks across pages exactly where its parts
    would, between them or within one; an unsplittable one (the last lines of
    the text with the 署名) moves to the next page whole.
    """

    def __init__(self, parts: Sequence[GridText | SignatureBlock], *, splittable: bool) -> None:
        super().__init__()
        self.parts, self.splittable = tuple(parts), splittable

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = sum(part.wrap(availWidth, availHeight)[1] for part in self.parts)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if not self.splittable:
            return []
        room, first = availHeight, list[GridText | SignatureBlock]()
        for i, part in enumerate(self.parts):
            part.wrap(availWidth, room)
            if part.height <= room + _FRAME_FUZZ:
                first.append(part)
                room -= part.height
                continue
            pieces = part.split(availWidth, room)
            rest = list(self.parts[i + 1:])
            if pieces:
                first.append(pieces[0])
                rest.insert(0, pieces[1])
            else:
                rest.insert(0, part)
            return [_Stack(first, splittable=True), _Stack(rest, splittable=True)] if first else []
        return []

    def draw(self) -> None:
        _draw_shared(self.canv, ("stack", self.width, *(part.key() for part in self.parts)), self._draw_parts)

    def _draw_parts(self) -> None:
        y = self.height
        for part in self.parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)


def _page_number(canv: Canvas, state: _PageState, fonts: FontSet) -> None:
    if state.in_receipt:
        return
    n = canv.getPageNumber() - state.starts[-1] + 1
    text = f"— {n} —"
    font = fonts.song.name

    def paint() -> None:
        canv.setFont(font, SMALL_SIZE)
        canv.setFillColor(black)
        y = BOTTOM_MARGIN - PAGE_NUMBER_GAP - 0.35 * SMALL_SIZE
        if n % 2:
            canv.drawRightString(LEFT_MARGIN + TEXT_W - SMALL_SIZE, y, text)
        else:
            canv.drawString(LEFT_MARGIN + SMALL_SIZE, y, text)

    _draw_shared(canv, ("page number", font, n), paint)


def _watermark(canv: Canvas, font: str) -> None:
    """样稿: a draft can be read and checked, never mistaken for an issued letter."""

    def paint() -> None:
        canv.setFillColor(WATERMARK)
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(35)
        canv.setFont(font, 110)
        canv.drawCentredString(0, -40, "样　稿")

    canv.saveState()
    _draw_shared(canv, ("watermark", font), paint)
    canv.restoreState()


class _LetterDoc(BaseDocTemplate):
    """Lays the letters out one at a time, noting where each 版头 and 送达回证 is drawn and reporting letters done.

    Each letter's flowables are made only when the one before it is laid
    out: platypus takes flowables off the front of its list (a cost that grows
    with the list), and a thousand letters' worth held at once would also give
    the garbage collector that much more to walk through again and again.
    """

    def __init__(self, buf: io.BytesIO, state: _PageState, stories: Iterator[list[Flowable]],
                 progress: Callable[[int, int], bool] | None, total: int, **kwargs: object) -> None:
        super().__init__(buf, **kwargs)
        self.state, self.stories, self.progress, self.total = state, stories, progress, total

    def build_letters(self, first: list[Flowable]) -> None:
        self.story = first
        self.build(first)

    def filterFlowables(self, flowables: list[Flowable]) -> None:  # noqa: N802 - ReportLab API
        if flowables is self.story and len(flowables) <= 1:  # (platypus passes its own lists here too)
            flowables += next(self.stories, [])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab API
        if isinstance(flowable, Letterhead):
            self.state.starts.append(self.canv.getPageNumber())
            self.state.in_receipt = False
            self.report(len(self.state.starts) - 1)
        elif isinstance(flowable, ReceiptTable):
            self.state.in_receipt = True

    def report(self, done: int) -> None:
        if done and self.progress is not None and self.progress(done, self.total) is False:
            raise RenderCancelled()


def render(
    letters: Sequence[Letter],
    fonts: FontSet,
    *,
    progress: Callable[[int, int], bool] | None = None,
) -> RenderedLetters:
    """One PDF holding every letter (each with its receipt), page numbers restarting per letter.

    ``progress(done, total)`` is called as letters are laid out; returning False stops
    (raises :class:`RenderCancelled`).
    """
    if not letters:
        raise ValueError("no letters to render")
    buf = io.BytesIO()
    state = _PageState()
    draft = any(letter.draft for letter in letters)
    first = letters[0]
    receipts: dict[str, _ReceiptParts] = {}
    stories = ([PageBreak(), *_letter_story(letter, fonts, receipts)] for letter in letters[1:])
    doc = _LetterDoc(
        buf,
        state,
        stories,
        progress,
        len(letters),
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=PAGE_W - LEFT_MARGIN - TEXT_W,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=first.metadata_title if len(letters) == 1 else f"{first.title}（{len(letters)}份）",
        author=first.signature,
        subject=first.number if len(letters) == 1 else "",
        creator="CaseDesk",
        invariant=1,
        lang="zh-CN",
        initialFontName=fonts.body.name,  # no unembedded Helvetica in the page resources
    )
    # The grid's last slot runs (LINE - BODY_SIZE) below the 版心 so that 22 slots fit
    # while the 22nd line's characters end exactly on the 版心's bottom edge.
    frame = Frame(
        LEFT_MARGIN, BOTTOM_MARGIN - (LINE - BODY_SIZE), TEXT_W, LINES_PER_PAGE * LINE + EPSILON,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )

    def on_page(canv, _doc) -> None:  # type: ignore[no-untyped-def]
        if draft:
            _watermark(canv, fonts.title.name)

    def on_page_end(canv, _doc) -> None:  # type: ignore[no-untyped-def]
        _page_number(canv, state, fonts)

    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build_letters(_letter_story(letters[0], fonts, receipts))
    doc.report(len(letters))
    pages_total = doc.page
    firsts = state.starts
    pages = [(p, (firsts[i + 1] if i + 1 < len(firsts) else pages_total + 1) - p) for i, p in enumerate(firsts)]
    return RenderedLetters(buf.getvalue(), pages)


class RenderCancelled(Exception):
    """The progress callback asked to stop."""


def render_one(letter: Letter, fonts: FontSet) -> bytes:
    return render([letter], fonts).pdf
