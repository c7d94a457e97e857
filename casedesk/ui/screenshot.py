"""Render one page of the main window to an image, as the user would see it once its data has loaded."""
from __future__ import annotations

import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from casedesk.db.database import Database
from casedesk.ui import i18n
from casedesk.ui.main_window import MainWindow


def render_page(db: Database, page: str, size: tuple[int, int], timeout_ms: int = 60_000) -> QImage:
    """Build the window on ``db`` (without touching the user's remembered window state), show ``page``, grab it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.apply_saved(db)  # the page in the language the office chose, as the GUI shows it
    window = MainWindow(db, remember=False)
    try:
        window.resize(*size)
        window.show()
        window.show_page(page)
        app.processEvents()
        window.wait_until_idle(timeout_ms)
        app.processEvents()
        return window.grab().toImage()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
