"""Letter rendering and issuing speed (DESIGN.md: one letter < 50 ms; 1,000 letters < 30 s).

``documents.letter`` (the GB/T 9704 grid with its own line breaking, kinsoku,
justified lines, red letterhead, page numbers and the 送达回证 page) against
the same text drawn with plain ReportLab canvas calls in the same font: every
line set with ``drawString`` 28 characters at a time, 22 lines a page. The
difference is what the official layout costs. A batch of 200 专项提示函
issued on SQLite (number, frozen PDF and audit row each) is reported too.
"""
from __future__ import annotations

import io
import time
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from casedesk.db.database import Database
from casedesk.documents import fonts as font_chain
from casedesk.documents.letter import Letter, cjk_date, render, render_one
from casedesk.services import notice_batch, parties
from casedesk.services.actor import SYSTEM
from tests.db.test_notices import setup_office
from tests.db.test_notices_batch import CONTENT
from tests.perf.bench import RESULTS, Figure, median_seconds
from tests.unit.test_letter_layout import long_letter

pytestmark = pytest.mark.perf
SCALE = "-"  # independent of the dataset
BASELINE = "the same text with plain ReportLab canvas drawString"


def _lines(letter: Letter) -> list[str]:
    """Every text of the letter, cut into 28-character lines as the grid holds them."""
    texts = [letter.issuer_mark, letter.number, letter.title, letter.addressee + "：",
             *(p.text for p in letter.body), letter.signature, cjk_date(letter.date), letter.note]
    if letter.receipt is not None:
        r = letter.receipt
        texts += ["送达回证", r.document, r.number, r.recipient, r.address, r.issuer]
    return [t[i:i + 28] for t in texts if t for i in range(0, len(t), 28)]


def _plain_canvas(letters: list[Letter], fonts: font_chain.FontSet) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for letter in letters:
        for n, line in enumerate(_lines(letter)):
            if n and n % 22 == 0:
                canvas.showPage()
            canvas.setFont(fonts.body.name, 16)
            canvas.drawString(28 * mm, A4[1] - 37 * mm - (n % 22) * 29, line)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def test_one_letter_and_a_thousand() -> None:
    fonts = font_chain.resolve()
    letter = long_letter(12)  # two pages of text plus the receipt
    ours = median_seconds(lambda: render_one(letter, fonts), runs=9)
    plain = median_seconds(lambda: _plain_canvas([letter], fonts), runs=9)
    RESULTS.add(Figure("render one letter PDF (2 pages + 送达回证)", SCALE, ours, plain, BASELINE, 0.050, 1.5))
    start = time.perf_counter()
    result = render([letter] * 1000, fonts)
    thousand = time.perf_counter() - start
    start = time.perf_counter()
    _plain_canvas([letter] * 1000, fonts)
    plain_thousand = time.perf_counter() - start
    RESULTS.add(Figure("render 1,000 letters into one PDF", SCALE, thousand, plain_thousand, BASELINE, 30.0, 1.5,
                       note=f"{len(result.pdf) // 1024:,} KB, font {fonts.body.name}"))
    assert ours < 0.2 and thousand < 120


def test_issue_a_batch_of_200(sqlite_db: Database) -> None:
    setup_office(sqlite_db)
    with sqlite_db.transaction() as s:
        ids = [parties.find_or_create_enterprise(s, SYSTEM, f"第{i}物流有限公司").id for i in range(200)]
    start = time.perf_counter()
    with sqlite_db.transaction() as s:
        batch = notice_batch.issue_batch(s, SYSTEM, ids, CONTENT, issued_on=date(2025, 7, 10))
    seconds = time.perf_counter() - start
    RESULTS.add(Figure("issue a batch of 200 专项提示函 (numbers, frozen PDFs, audit)", SCALE, seconds,
                       note=f"{seconds / 200 * 1000:.0f} ms a letter, on SQLite"))
    assert len(batch.numbers) == 200 and seconds < 120
