"""Letter rendering and issuing speed (DESIGN.md: one letter < 50 ms; 1,000 letters < 30 s).

``documents.letter`` (the GB/T 9704 grid with its own line breaking, kinsoku,
justified lines, red letterhead, page numbers and the 送达回证 page) against
the same text drawn with plain ReportLab canvas calls in the same font: every
text the letter prints (letterhead, number, title, addressee, body, 署名,
date, 附注, 抄送 and the receipt's heading, labels, filled-in and printed
cells) set with ``drawString`` 28 characters a line, 22 lines a page. The
difference is what the official layout costs.

One letter is a long one (two pages of text and the receipt). The 1,000 are
one 专项提示函 batch as ``notice_batch`` issues it: the letter the services
make from a database notice, then a different employer, number, receipt
recipient (with its credit code) and address for each; the baseline draws
those same 1,000 letters' texts. A batch of 200 issued on SQLite (number,
frozen PDF and audit row each) is reported too.
"""
from __future__ import annotations

import dataclasses
import io
import time
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from casedesk.db.database import Database
from casedesk.documents import fonts as font_chain
from casedesk.documents.letter import Letter, cjk_date, receipt_rows, render, render_one
from casedesk.services import notice_batch, notice_letter, notices, parties
from casedesk.services.actor import SYSTEM
from tests.db.test_notices import setup_office
from tests.db.test_notices_batch import CONTENT
from tests.perf.bench import RESULTS, Figure, median_seconds
from tests.unit.test_letter_layout import long_letter

pytestmark = pytest.mark.perf
SCALE = "-"  # independent of the dataset
BASELINE = "the same texts with plain ReportLab canvas drawString"


def _lines(letter: Letter) -> list[str]:
    """Every text of the letter, cut into 28-character lines as the grid holds them."""
    texts = [letter.issuer_mark, letter.number, letter.title, letter.addressee + "：",
             *(p.text for p in letter.body), letter.signature, cjk_date(letter.date), letter.note]
    if letter.cc:
        texts += ["抄送：" + "，".join(letter.cc) + "。", letter.issued_by, cjk_date(letter.date) + "印发"]
    if letter.receipt is not None:
        texts += [letter.receipt.issuer, "送达回证"]
        texts += [part for row in receipt_rows(letter.receipt) for text in row for part in text.split("\n")]
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


def _batch_letters(db: Database, count: int) -> list[Letter]:
    """``count`` letters of one 专项提示函 batch: the services' letter, then each employer's own details."""
    setup_office(db)
    with db.transaction() as s:
        employer = parties.find_or_create_enterprise(s, SYSTEM, "铁锋区第1快递有限公司")
        employer.address = "铁锋区龙华路1号"
        batch = notice_batch.issue_batch(s, SYSTEM, [employer.id], CONTENT, issued_on=date(2025, 7, 10))
        first = notice_letter.letter_of(s, notices.get(s, batch.notice_ids[0]))
    assert first.receipt is not None and first.addressee == "铁锋区第1快递有限公司"
    letters = []
    for i in range(1, count + 1):
        number, name = f"铁工监提〔2025〕{i}号", f"铁锋区第{i}快递有限公司"
        receipt = dataclasses.replace(first.receipt, number=number, address=f"铁锋区龙华路{i}号",
                                      recipient=f"{name}（统一社会信用代码：91230200MA{i:08d}）")
        letters.append(dataclasses.replace(first, number=number, addressee=name, receipt=receipt,
                                           metadata_title=f"{first.title} {number}"))
    return letters


def test_one_letter_and_a_thousand(sqlite_db: Database) -> None:
    fonts = font_chain.resolve()
    letter = long_letter(12)  # two pages of text plus the receipt
    ours = median_seconds(lambda: render_one(letter, fonts), runs=15)
    plain = median_seconds(lambda: _plain_canvas([letter], fonts), runs=15)
    RESULTS.add(Figure("render one letter PDF (2 pages + 送达回证)", SCALE, ours, plain, BASELINE, 0.050, 1.5))
    batch = _batch_letters(sqlite_db, 1000)
    thousand = median_seconds(lambda: render(batch, fonts), runs=3)
    plain_thousand = median_seconds(lambda: _plain_canvas(batch, fonts), runs=3)
    result = render(batch, fonts)
    RESULTS.add(Figure("render 1,000 letters of a batch into one PDF", SCALE, thousand, plain_thousand, BASELINE, 30.0, 1.5,
                       note=f"{len(result.pdf) // 1024:,} KB, {result.pages[-1][0] + result.pages[-1][1] - 1:,} pages, "
                            f"font {fonts.body.name}"))
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
