"""The letter PDF read back: page size, fonts, text, numbers, and the GB/T 9704 layout measured on rendered pages."""
from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from casedesk.documents import fonts as font_chain
from casedesk.documents.letter import (
    CHARS_PER_LINE,
    NO_END,
    NO_START,
    PITCH,
    BodyParagraph,
    Letter,
    Receipt,
    break_lines,
    render,
    render_one,
)

MM_PER_INCH = 25.4
DPI = 150
HANZI = "劳动者依法享有取得劳动报酬休息休假获得劳动安全卫生保护的权利用人单位应当遵守"


@pytest.fixture(scope="module")
def fonts() -> font_chain.FontSet:
    return font_chain.resolve()


def long_letter(repeat: int = 40, **overrides) -> Letter:  # type: ignore[no-untyped-def]
    """One long paragraph (page 2 is then full lines only) and a closing one."""
    body = (BodyParagraph(HANZI * repeat), BodyParagraph("特此函告。"))
    values = dict(
        issuer_mark="铁锋区总工会", number="铁工监提〔2025〕3号", title="工会劳动法律监督提示函",
        addressee="齐齐哈尔某某物流有限公司", body=body, signature="铁锋区总工会", date=date(2025, 3, 5),
        note="联系人：王明　联系电话：0452-2345678",
        receipt=Receipt("《工会劳动法律监督提示函》", "铁工监提〔2025〕3号", "齐齐哈尔某某物流有限公司", "铁锋区龙华路100号", "铁锋区总工会"),
        metadata_title="工会劳动法律监督提示函 铁工监提〔2025〕3号",
    )
    values.update(overrides)
    return Letter(**values)


@pytest.fixture(scope="module")
def pdf(fonts: font_chain.FontSet) -> bytes:
    return render_one(long_letter(), fonts)


def test_page_size_text_and_page_numbers(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 4
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)
    first = reader.pages[0].extract_text()
    for expected in ("铁锋区总工会", "铁工监提〔2025〕3号", "工会劳动法律监督提示函", "齐齐哈尔某某物流有限公司：", "— 1 —"):
        assert expected in first
    assert "— 2 —" in reader.pages[1].extract_text()
    letter_pages = len(reader.pages) - 1
    last_letter = reader.pages[letter_pages - 1].extract_text()
    assert "2025年3月5日" in last_letter and "（联系人：王明" in last_letter
    receipt = reader.pages[-1].extract_text()
    assert "送达回证" in receipt and "受送达人" in receipt and "—" not in receipt.replace("——", "")
    assert reader.metadata.title == "工会劳动法律监督提示函 铁工监提〔2025〕3号"


def test_every_font_is_an_embedded_truetype_subset(pdf: bytes, fonts: font_chain.FontSet) -> None:
    assert fonts.all_embedded, fonts.report()
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_body_is_16pt_with_28_characters_a_line(pdf: bytes) -> None:
    page = PdfReader(io.BytesIO(pdf)).pages[1]
    runs: list[tuple[float, str]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: runs.append((size, text)) if text.strip() else None)
    body = [text.strip() for size, text in runs if size == 16 and text.strip() and text.strip()[0] in HANZI]
    assert len(body) == 22
    assert all(len(line) == CHARS_PER_LINE for line in body)


def test_the_same_letter_renders_to_the_same_bytes(fonts: font_chain.FontSet) -> None:
    assert render_one(long_letter(5), fonts) == render_one(long_letter(5), fonts)


def _ink_box(png: Path, *, exclude_below_mm: float | None = None, red: bool = False) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm of the dark pixels (or the red ones) of a rendered page."""
    img = Image.open(png).convert("RGB")
    w, h = img.size
    px = img.load()
    limit = h if exclude_below_mm is None else int(exclude_below_mm / MM_PER_INCH * DPI)
    xs, ys = [], []
    for y in range(0, min(h, limit)):
        for x in range(0, w, 1):
            r, g, b = px[x, y]
            hit = (r > 150 and g < 90 and b < 90) if red else (r < 110 and g < 110 and b < 110)
            if hit:
                xs.append(x)
                ys.append(y)
    to_mm = MM_PER_INCH / DPI
    return min(xs) * to_mm, min(ys) * to_mm, (max(xs) + 1) * to_mm, (max(ys) + 1) * to_mm


def _text_rows(png: Path, below_mm: float) -> int:
    img = Image.open(png).convert("L")
    w, h = img.size
    px = img.load()
    limit = int(below_mm / MM_PER_INCH * DPI)
    rows, inside = 0, False
    for y in range(limit):
        dark = any(px[x, y] < 110 for x in range(0, w, 2))
        if dark and not inside:
            rows += 1
        inside = dark
    return rows


@pytest.fixture(scope="module")
def pages_png(pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    folder = tmp_path_factory.mktemp("png")
    (folder / "letter.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "2", str(folder / "letter.pdf"), str(folder / "p")], check=True)
    return folder


def test_margins_within_a_millimetre_on_a_full_page(pages_png: Path) -> None:
    page2 = next(pages_png.glob("p-*2.png"))
    left, top, right, bottom = _ink_box(page2, exclude_below_mm=297 - 35 + 3)  # leave out the page number
    assert left == pytest.approx(28, abs=1.0)  # 订口
    assert top == pytest.approx(37, abs=1.0)  # 天头
    assert right == pytest.approx(210 - 26, abs=1.0)  # 版心 156 mm wide
    assert bottom == pytest.approx(297 - 35, abs=1.0)  # 版心 225 mm high
    assert _text_rows(page2, 297 - 35 + 3) == 22


def test_page_number_and_red_letterhead(pages_png: Path) -> None:
    page1, page2 = sorted(pages_png.glob("p-*.png"))[:2]
    # 页码: 7 mm below the 版心; odd pages on the right, even pages on the left, one character in.
    img = Image.open(page1).convert("L")
    number_band = img.crop((0, int((297 - 35 + 3) / MM_PER_INCH * DPI), img.width, img.height))
    box = number_band.point(lambda v: 255 if v < 200 else 0).getbbox()  # the thin dashes are grey when rasterised
    assert box is not None and box[2] * MM_PER_INCH / DPI == pytest.approx(184 - 14 * 0.3528, abs=1.5)
    img2 = Image.open(page2).convert("L")
    band2 = img2.crop((0, int((297 - 35 + 3) / MM_PER_INCH * DPI), img2.width, img2.height))
    box2 = band2.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box2 is not None and box2[0] * MM_PER_INCH / DPI == pytest.approx(28 + 14 * 0.3528, abs=1.5)
    # 发文机关标志 and the rule are red and begin 35 mm below the top of the 版心.
    left, top, right, bottom = _ink_box(page1, red=True)
    assert top == pytest.approx(37 + 35, abs=3.0)
    assert (left, right) == (pytest.approx(28, abs=0.5), pytest.approx(184, abs=0.5))  # the rule spans the 版心


def test_several_letters_in_one_file_restart_page_numbers(fonts: font_chain.FontSet) -> None:
    a, b = long_letter(5), long_letter(5, number="铁工监提〔2025〕4号")
    result = render([a, b], fonts)
    single = len(PdfReader(io.BytesIO(render_one(a, fonts))).pages)
    assert result.pages == [(1, single), (single + 1, single)]
    reader = PdfReader(io.BytesIO(result.pdf))
    assert "— 1 —" in reader.pages[single].extract_text() and "铁工监提〔2025〕4号" in reader.pages[single].extract_text()


def test_cc_line_and_seal_image(fonts: font_chain.FontSet) -> None:
    seal = io.BytesIO()
    img = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    from PIL import ImageDraw

    ImageDraw.Draw(img).ellipse((5, 5, 195, 195), outline=(220, 0, 0, 255), width=8)
    img.save(seal, "PNG")
    pdf = render_one(long_letter(5, cc=("铁锋区人民检察院",), seal_image=seal.getvalue()), fonts)
    reader = PdfReader(io.BytesIO(pdf))
    letter_text = "".join(p.extract_text() for p in reader.pages[:-1])
    assert "抄送：铁锋区人民检察院。" in letter_text and "2025年3月5日印发" in letter_text
    images = [x for p in reader.pages[:-1] for x in p["/Resources"].get("/XObject", {}).values()
              if x.get_object()["/Subtype"] == "/Image"]
    assert images  # the seal (the letterhead is a shared form XObject on every first page too)


def test_draft_carries_a_watermark(fonts: font_chain.FontSet) -> None:
    text = PdfReader(io.BytesIO(render_one(long_letter(5, draft=True), fonts))).pages[0].extract_text()
    assert "样" in text and "稿" in text


# --- line breaking ------------------------------------------------------------------------------


def test_closing_punctuation_never_starts_a_line(fonts: font_chain.FontSet) -> None:
    font = fonts.body.name
    text = "一" * 28 + "。" + "二" * 10
    lines = break_lines(text, font, 16, 28 * PITCH, pitch=PITCH)
    assert [len(line.text) for line in lines] == [27, 12]
    assert lines[1].text.startswith("一。")
    # A full line is justified to the right edge; the last line is not.
    assert lines[0].char_space > PITCH - 16 and lines[1].char_space == pytest.approx(PITCH - 16)


def test_numbers_and_latin_words_stay_whole(fonts: font_chain.FontSet) -> None:
    text = "一" * 26 + "2025年" + "二" * 5
    lines = break_lines(text, fonts.body.name, 16, 28 * PITCH, pitch=PITCH)
    assert "2025" in lines[0].text or "2025" in lines[1].text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("劳动者权益保护用人单位工资。，、；：？！）》」“（《「2025ab")), min_size=1, max_size=200))
def test_kinsoku_holds_for_any_text(text: str) -> None:
    font = font_chain.resolve().body.name
    lines = break_lines(text, font, 16, 28 * PITCH, pitch=PITCH)
    assert "".join(line.text for line in lines) == text
    for prev, line in zip(lines, lines[1:], strict=False):
        # Only when a line would otherwise be emptied may a rule give way.
        if len(prev.text) > 3:
            assert line.text[0] not in NO_START
            assert prev.text[-1] not in NO_END


def test_builtin_font_when_no_truetype_font_is_found(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(font_chain, "_installed", lambda: {})
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font")
    chosen = font_chain.resolve(body=str(bad))
    assert not chosen.all_embedded and chosen.body.source == "builtin"
    report = "\n".join(chosen.report())
    assert "broken.ttf" in report and "未嵌入" in report
    pdf = render_one(long_letter(5), chosen)
    assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text().count("铁工监提") >= 1


def test_font_from_settings_wins(fonts: font_chain.FontSet) -> None:
    path = fonts.heading.path
    chosen = font_chain.resolve(body=path + "#0")
    assert chosen.body.source == "settings" and chosen.body.path == path
