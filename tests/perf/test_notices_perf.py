"""Letter rendering and issuing speed (DESIGN.md: one letter < 50 ms; 1,000 letters < 30 s).

Run with ``pytest -m perf -s``. Each figure is printed with its ratio to plain
ReportLab setting the same text with its own Paragraph (wordWrap='CJK') in
the same run: the grid layout, kinsoku and the receipt page are what the
difference pays for. Tests fail only on a gross regression.
"""
from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from casedesk.db.database import Database
from casedesk.documents import fonts as font_chain
from casedesk.documents.letter import Letter, render, render_one
from casedesk.services import notice_batch, parties
from casedesk.services.actor import SYSTEM
from tests.db.test_notices import setup_office
from tests.db.test_notices_batch import CONTENT
from tests.unit.test_letter_layout import long_letter

pytestmark = pytest.mark.perf


def _best(fn: Callable[[], object], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _plain_reportlab(letter: Letter, fonts: font_chain.FontSet) -> bytes:
    buf = io.BytesIO()
    style = ParagraphStyle("body", fontName=fonts.body.name, fontSize=16, leading=29, wordWrap="CJK", firstLineIndent=32)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm, bottomMargin=35 * mm)
    doc.build([Paragraph(p.text, style) for p in letter.body])
    return buf.getvalue()


def test_render_one_letter_and_a_thousand() -> None:
    fonts = font_chain.resolve()
    letter = long_letter(12)  # two pages of text plus the receipt
    render_one(letter, fonts)
    ours = _best(lambda: render_one(letter, fonts))
    plain = _best(lambda: _plain_reportlab(letter, fonts))
    print(f"\none letter: {ours * 1000:.1f} ms (plain ReportLab {plain * 1000:.1f} ms, ratio {ours / plain:.2f})")
    start = time.perf_counter()
    result = render([letter] * 1000, fonts)
    thousand = time.perf_counter() - start
    print(f"1,000 letters in one file: {thousand:.1f} s, {len(result.pdf) // 1024} KB")
    assert ours < 0.2 and thousand < 120


def test_issue_a_batch_of_200(sqlite_db: Database) -> None:
    setup_office(sqlite_db)
    with sqlite_db.transaction() as s:
        ids = [parties.find_or_create_enterprise(s, SYSTEM, f"第{i}物流有限公司").id for i in range(200)]
    start = time.perf_counter()
    with sqlite_db.transaction() as s:
        batch = notice_batch.issue_batch(s, SYSTEM, ids, CONTENT, issued_on=date(2025, 7, 10))
    seconds = time.perf_counter() - start
    print(f"\nbatch of 200 专项提示函 (draft, number, frozen PDF each, combined file): {seconds:.1f} s, {seconds / 200 * 1000:.0f} ms a letter")
    assert len(batch.numbers) == 200 and seconds < 120
