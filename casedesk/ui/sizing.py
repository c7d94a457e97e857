"""Window and field sizes counted in the widget's own font, so they are right at 100 % and 200 % and with large fonts.

A size in pixels fits one font at one scale. Qt scales logical pixels with the
screen, but a clerk's large system font (or a bigger fallback CJK font) makes
a fixed 1180×760 dialog cut its contents, and a fixed 90-pixel text box shows
two lines instead of five. So sizes here are counted in the font's width of
one Chinese character (``em``) and its line height; a window is never made
smaller than its layout asks for, nor larger than the free area of its screen.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTextEdit, QWidget


def em(widget: QWidget) -> int:
    """The width of one Chinese character in ``widget``'s font."""
    return widget.fontMetrics().horizontalAdvance("中")


def text_width(widget: QWidget, columns: float) -> int:
    """``columns`` Chinese characters wide, in ``widget``'s font."""
    return math.ceil(columns * em(widget))


def text_height(widget: QWidget, lines: float) -> int:
    """``lines`` lines of text high, in ``widget``'s font."""
    return math.ceil(lines * widget.fontMetrics().lineSpacing())


def text_size(widget: QWidget, columns: float, lines: float) -> QSize:
    return QSize(text_width(widget, columns), text_height(widget, lines))


def box_height(box: QAbstractScrollArea, lines: float) -> int:
    """The height of a text box or list showing ``lines`` lines: the text, its frame and its document margins."""
    margin = 0.0
    if isinstance(box, (QTextEdit, QPlainTextEdit)):
        margin = 2 * box.document().documentMargin()
    return text_height(box, lines) + 2 * box.frameWidth() + math.ceil(margin)


def screen_room(widget: QWidget) -> QSize:
    """The free area (without task bars) of the screen ``widget`` is on, or of the primary screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1 << 15, 1 << 15)


def size_window(window: QWidget, columns: float, lines: float | None = None) -> None:
    """Resize a window or dialog to ``columns`` × ``lines`` of its font (``lines`` None: the height its layout asks
    for); never smaller than its layout's size hint, never larger than the free area of its screen.

    Call it once the window's layout is built (the hint depends on it).
    """
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    width = max(text_width(window, columns), hint.width())
    height = hint.height() if lines is None else max(text_height(window, lines), hint.height())
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))
