"""`casedesk screenshot --page PAGE -o FILE.png [--size WxH]`: render one page of the main window offscreen.

For documentation, bug reports and checking the layout on a machine without
a display; the picture is the real window on the real database.
"""
from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from casedesk.cli.common import CliError, database
from casedesk.ui.pages import PAGE_KEYS

MIN_SIZE = (640, 480)
MAX_SIZE = (7680, 4320)


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800), within what a window can sensibly be."""
    m = re.fullmatch(r"\s*(\d{1,5})\s*[xX×*]\s*(\d{1,5})\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"invalid size {text!r}: use WIDTHxHEIGHT, e.g. 1280x800")
    width, height = int(m[1]), int(m[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise argparse.ArgumentTypeError(
            f"size {width}x{height} out of range: {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
        )
    return width, height


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render a page of the main window offscreen and save it as PNG")
    p.add_argument("--page", required=True, choices=PAGE_KEYS, help="the page to show")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--size", type=parse_size, default=(1280, 800), metavar="WxH", help="window size (default 1280x800)")
    p.set_defaults(func=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    # Must be set before the QApplication exists; a platform chosen by the user (e.g. xcb) is kept.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casedesk.ui.screenshot import render_page

    output: Path = args.output
    if not output.parent.is_dir():
        raise CliError(f"folder does not exist: {output.parent}")
    with database(args) as db:
        image = render_page(db, args.page, args.size)
    if not image.save(str(output), "PNG"):  # type: ignore[call-overload]  # PySide takes str
        raise CliError(f"could not write {output}")
    print(f"{args.page}: {image.width()}x{image.height()} -> {output}")
    return 0
