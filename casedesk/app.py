"""The GUI entry: `casedesk [--db PATH_OR_URL]` with no sub-command opens the main window."""
from __future__ import annotations

import gc
import sys

from sqlalchemy.exc import SQLAlchemyError

from casedesk import __version__, paths


def run_gui(db_target: str | None) -> int:
    """Open (creating and upgrading if needed) the database and run the main window until it closes."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from casedesk.db.database import DatabaseOpenError, open_database
    from casedesk.ui import first_start_wizard, i18n
    from casedesk.ui.main_window import MainWindow, desktop_actor

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.install(i18n.DEFAULT)  # Qt's own buttons in Chinese until the file says otherwise
    try:
        db = open_database(db_target)
    except (DatabaseOpenError, SQLAlchemyError, OSError) as exc:
        # A GUI user has no terminal to read: say it in a window, in words a clerk can act on.
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "CaseDesk 无法启动"),
            QCoreApplication.translate(
                "App", "无法打开数据库。\n\n{0}\n\n请检查文件位置，或用 --db 指定另一个数据文件。"
            ).format(exc),
        )
        return 1
    i18n.apply_saved(db)  # the language chosen in Settings (界面语言), from the wizard on
    # A database never set up (no union name, no records) starts with the wizard; 取消 there quits untouched.
    start = first_start_wizard.run_if_needed(db, desktop_actor())
    if not start.completed:
        db.dispose()
        return 0
    window = MainWindow(db, actor=start.actor)
    window.show()
    # Everything built so far lives as long as the app; freezing it keeps full garbage collections
    # (150 ms over ~300,000 startup objects) from pausing the window later.
    gc.freeze()
    return app.exec()
