"""A one-page specimen of the letter fonts, so an administrator sees what the chosen fonts look like.

Each role of a letter (title, heading, body, page number) is drawn in the
font the chain of ``documents.fonts`` chose for it, at the size a GB/T 9704
letter uses, with a caption saying which font it is and whether the PDF
carries it. Settings renders this page beside the font fields.
"""
from __future__ import annotations

import io

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from casedesk.documents.fonts import ROLE_LABELS, ChosenFont, FontSet

WIDTH, HEIGHT = 170 * mm, 96 * mm
CAPTION_PT = 9
GREY = Color(0.35, 0.35, 0.35)
# (role, size in pt, sample text): 2号小标宋 title, 3号黑体 heading, 3号仿宋 body, 4号宋体 page number.
LINES = (
    ("title", 22, "工会劳动法律监督提示函"),
    ("heading", 16, "一、查明的事实"),
    ("body", 16, "经查，你单位拖欠37名职工工资28.6万元。"),
    ("song", 14, "— 1 —"),
)


def _caption(font: ChosenFont) -> str:
    where = "嵌入PDF" if font.embedded else "未嵌入"
    return f"{ROLE_LABELS[font.role]}：{font.description}（{where}）"


def specimen_pdf(fonts: FontSet) -> bytes:
    """The specimen page as PDF bytes (captions in the body font, so they show whatever that font is)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(WIDTH, HEIGHT))
    canvas.setTitle("公文字体样张")
    y = HEIGHT - 12 * mm
    for role, size, text in LINES:
        font: ChosenFont = getattr(fonts, role)
        canvas.setFillColor(Color(0, 0, 0))
        canvas.setFont(font.name, size)
        canvas.drawString(10 * mm, y - size * 0.8, text)
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.body.name, CAPTION_PT)
        canvas.drawString(10 * mm, y - size - 4 * mm, _caption(font))
        y -= size + 12 * mm
    canvas.showPage()
    canvas.save()
    return out.getvalue()
