"""A dashboard tile's big number is never cut: a province's ten-digit yuan sum shrinks to fit."""
from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from casedesk.ui.pages.dashboard import Tile


def test_a_long_figure_shrinks_to_the_tile_and_a_short_one_keeps_its_size(qtbot: QtBot) -> None:
    tile = Tile("涉及金额（元）")
    qtbot.addWidget(tile)
    tile.resize(tile.minimumSize())
    tile.show()
    qtbot.waitExposed(tile)
    label = tile.value_label
    tile.show_value("12")
    full = label.font().pointSizeF()
    assert full > tile.font().pointSizeF() * 1.9

    tile.show_value("1,234,567,890.00")
    assert label.font().pointSizeF() < full
    assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.contentsRect().width()

    tile.show_value("7")
    assert label.font().pointSizeF() == full
