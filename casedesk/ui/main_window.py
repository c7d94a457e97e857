"""The main window: sidebar of pages, File and Help menus, status bar with the database and the union.

The window owns the open :class:`Database` (it disposes it on close or when
another file is opened) and one :class:`Runner` for background queries. Pages
are built the first time they are shown, so opening the window costs one
page, not eight.
"""
from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from sqlalchemy.exc import SQLAlchemyError
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from casedesk import __version__, paths
from casedesk.db.backup import backup_file
from casedesk.db.database import Database, DatabaseOpenError, open_database
from casedesk.db.lock import DatabaseLock
from casedesk.db.progress import BACKUP, CHECK, UPGRADE
from casedesk.services import organization
from casedesk.services.actor import Actor
from casedesk.services.organization import OrgInfo
from casedesk.ui import i18n, icons, record_windows, sizing
from casedesk.ui.pages import LIST_PAGE_KEYS, PAGE_KEYS
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner
from casedesk.ui.search_palette import SHORTCUT as SEARCH_SHORTCUT
from casedesk.ui.search_palette import SearchPalette, ShortcutPriority, modal_dialog_open
from casedesk.ui.session_controls import SessionControls
from casedesk.ui.shortcuts_dialog import ShortcutsDialog
from casedesk.ui import messages

if TYPE_CHECKING:  # the pages' own modules load when a page is first shown, not at start-up
    from PySide6.QtWidgets import QMenu

    from casedesk.services.ledgers import LedgerKind
    from casedesk.ui.duplicates_page import DuplicatesWindow
    from casedesk.ui.pages.list_page import ListPage

PAGE_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("MainWindow", "工作台"),
    "consultations": QT_TRANSLATE_NOOP("MainWindow", "咨询"),
    "cases": QT_TRANSLATE_NOOP("MainWindow", "案件"),
    "deadlines": QT_TRANSLATE_NOOP("MainWindow", "期限提醒"),
    "notices": QT_TRANSLATE_NOOP("MainWindow", "一函两书"),
    "enterprises": QT_TRANSLATE_NOOP("MainWindow", "用人单位"),
    "workers": QT_TRANSLATE_NOOP("MainWindow", "职工"),
    "stats": QT_TRANSLATE_NOOP("MainWindow", "统计"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "设置"),
}
SETTINGS_FILE = "gui.ini"
LAST_DATABASE_KEY = "database/last_file"
DB_FILTER = QT_TRANSLATE_NOOP("MainWindow", "CaseDesk 数据文件 (*.sqlite3 *.db);;所有文件 (*)")


def desktop_actor() -> Actor:
    """Until sign-in exists, changes made in the window are recorded under the operating-system user."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = "desktop"
    return Actor(staff_id=None, name=name)


def gui_settings() -> QSettings:
    """Window state in an INI file in the data folder (never the registry), so tests stay self-contained."""
    return QSettings(str(paths.data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def remember_database(path: Path) -> None:
    """The file opened through 文件 > 打开/新建, reopened by the next ``casedesk`` without ``--db``."""
    settings = gui_settings()
    settings.setValue(LAST_DATABASE_KEY, str(path))
    settings.sync()


def start_database(named: str | None) -> tuple[str | None, str]:
    """The database to open at start: the one named (``--db``, ``CASEDESK_DB``), else the file last opened
    through the File menu if it is still there, else the default file (None).

    Returns (target, note); the note says why the remembered file was not used (for the status bar), or is
    empty. Server addresses are never remembered (they may hold a password).
    """
    if named or os.environ.get("CASEDESK_DB"):
        return named, ""
    last = str(gui_settings().value(LAST_DATABASE_KEY, "") or "")
    if not last:
        return None, ""
    if Path(last).is_file():
        return last, ""
    return None, QCoreApplication.translate("MainWindow", "上次打开的数据文件 {0} 已不存在，已打开默认数据文件").format(last)


class MainWindow(QMainWindow):
    """``remember=False`` (screenshots) neither restores nor saves the geometry and last page."""

    def __init__(self, db: Database, *, remember: bool = True, actor: Actor | None = None,
                 lock: DatabaseLock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = Runner(self)
        self.actor = actor or desktop_actor()
        self._remember = remember
        self._pages: dict[str, QWidget] = {}
        self._search: SearchPalette | None = None
        self._duplicates: DuplicatesWindow | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { outline: 0; } QListWidget#sidebar::item { padding: 9px 14px; }"
        )
        for key in PAGE_KEYS:
            self.sidebar.addItem(QListWidgetItem(icons.page_icon(key), self.tr(PAGE_TITLES[key])))
        # Wide enough for the longest title in the user's language (English ones are longer), in font units.
        em = sizing.em(self)
        widest = max(self.fontMetrics().horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count()))
        self.sidebar.setIconSize(QSize(2 * em, 2 * em))
        self.sidebar.setFixedWidth(max(9 * em, widest + 2 * em + 5 * em))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(sizing.text_size(self, 53, 34))

        self._build_menus()
        # Case and employer windows ask for consultations and narrowed lists; the pages show them.
        record_windows.events().consultation_requested.connect(self.open_consultation)
        record_windows.events().list_requested.connect(self.open_list)
        self.db_label = QLabel()
        self.org_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.org_label)

        self._load_org()
        # Who is signed in, 管理 menu, read-only guard, file lock, periodic backups (ui.session_controls).
        self.session = SessionControls(self, lock)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        settings = gui_settings() if remember else None
        geometry = settings.value("window/geometry") if settings else None
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            sizing.size_window(self, 107, 57)
        last = str(settings.value("window/last_page", "dashboard")) if settings else "dashboard"
        self.show_page(last if last in PAGE_KEYS else "dashboard")

    # --- pages -----------------------------------------------------------------------------------

    @property
    def current_page_key(self) -> str:
        return PAGE_KEYS[self.sidebar.currentRow()]

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        if key not in self._pages:
            widget = self._create_page(key)
            if key in LIST_PAGE_KEYS:
                self._add_list_buttons(key, widget)
            self._pages[key] = widget
            self.stack.addWidget(widget)
            self.session.page_created()
        return self._pages[key]

    def _add_list_buttons(self, key: str, widget: QWidget) -> None:
        from casedesk.ui.duplicates_page import LIST_KINDS, add_duplicates_button
        from casedesk.ui.pages.list_page import ListPage

        if key == "enterprises" and isinstance(widget, ListPage):
            from casedesk.ui.notice_batch_dialog import add_enterprise_list_button

            add_enterprise_list_button(widget, self.open_notice_batch)
        if key in LIST_KINDS and isinstance(widget, ListPage):
            add_duplicates_button(widget, lambda k=LIST_KINDS[key]: self.open_duplicates(k))

    def _create_page(self, key: str) -> QWidget:
        # Each page's module is imported in its branch, the first time it is shown: start-up pays for one page.
        if key == "cases":
            from casedesk.ui.case_list import CaseListPage

            cases_page = CaseListPage(self.tr(PAGE_TITLES[key]), self.db, self.runner, self.actor)
            cases_page.show_deadlines.connect(lambda: self.show_page("deadlines"))
            return cases_page
        if key == "deadlines":
            from casedesk.ui.deadline_page import DeadlinePage

            return DeadlinePage(self.db, self.runner, self.actor)
        if key == "enterprises":
            from casedesk.ui.pages.list_page import ListPage

            enterprises = ListPage(key, self.tr(PAGE_TITLES[key]), self.db, self.runner)
            enterprises.view.activated.connect(lambda index: record_windows.open_enterprise(
                self.db, self.runner, self.actor, enterprises.model.row_id(index.row()), self))
            return enterprises
        if key == "consultations":
            from casedesk.ui.consultation_list import ConsultationsPage

            return ConsultationsPage(self.tr(PAGE_TITLES[key]), self.db, self.runner, self.actor)
        if key == "notices":
            from casedesk.ui.notice_list import NoticeListPage

            return NoticeListPage(self.tr(PAGE_TITLES[key]), self.db, self.runner, self.actor,
                                  open_batch=self.open_notice_batch, open_settings=self.open_notice_settings)
        if key in LIST_PAGE_KEYS:
            from casedesk.ui.pages.list_page import ListPage

            return ListPage(key, self.tr(PAGE_TITLES[key]), self.db, self.runner)
        if key == "dashboard":
            from casedesk.ui.pages.dashboard import DashboardPage

            dashboard = DashboardPage(self.db, self.runner)
            dashboard.open_list.connect(self.open_list)
            return dashboard
        if key == "stats":
            from casedesk.ui.pages.stats import StatsPage

            stats_page = StatsPage(self.db, self.runner, self.actor)
            stats_page.open_list.connect(self.open_list)
            return stats_page
        if key == "settings":
            from casedesk.ui.pages.settings import SettingsPage

            settings = SettingsPage(self.db, self.actor, self.runner)
            settings.org_saved.connect(self._show_org)
            settings.org_saved.connect(lambda _info: self.statusBar().showMessage(self.tr("已保存本单位信息"), 4000))
            settings.language_changed.connect(
                lambda _code: self.statusBar().showMessage(self.tr("已保存界面语言，重新启动程序后生效"), 8000))
            settings.backup_saved.connect(self.session.database_changed)  # a new backup interval applies now
            return settings
        raise ValueError(f"unknown page {key!r}")

    def show_page(self, key: str) -> QWidget:
        """Select ``key`` in the sidebar (which shows the page) and return the page."""
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))
        return self.page(key)

    def _on_sidebar_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page(PAGE_KEYS[row]))

    def open_list(self, list_name: str, filters: Mapping[str, Any], description: str) -> None:
        """Show a list narrowed to ``filters`` (a dashboard tile's rows)."""
        from casedesk.ui.pages.list_page import ListPage

        page = self.show_page(list_name)
        assert isinstance(page, ListPage)
        page.set_filter(filters, description)

    def new_case(self) -> None:
        from casedesk.ui.case_list import CaseListPage

        page = self.show_page("cases")
        assert isinstance(page, CaseListPage)
        page.new_case()

    def open_consultation(self, consultation_id: int) -> None:
        """A consultation chosen in a case or employer window opens in the consultations page's form."""
        from casedesk.ui.consultation_list import ConsultationsPage

        page = self.show_page("consultations")
        assert isinstance(page, ConsultationsPage)
        page.open_form(consultation_id)

    def open_notice_batch(self, street: str = "") -> None:
        """专项提示函 to many employers (from the notices page, or the enterprise list with its street)."""
        from casedesk.ui.notice_batch_dialog import BatchDialog

        BatchDialog(self.db, self.runner, self.actor, street=street, parent=self).exec()

    def open_search(self) -> None:
        """Ctrl+K: the one search box over every kind of record."""
        if modal_dialog_open():
            return
        if self._search is None:
            self._search = SearchPalette(self.db, self.runner, self.actor, self)
        self._search.popup()

    def open_duplicates(self, kind: str = "enterprise") -> None:
        """工具 > 查找重复 (or the employer and worker lists): a window of its own; merges reload the lists."""
        if self._duplicates is None:
            from casedesk.ui.duplicates_page import DuplicatesWindow

            self._duplicates = DuplicatesWindow(self.db, self.runner, self.actor, self)
            self._duplicates.page.merged.connect(self._reload_lists)
        self._duplicates.page.show_kind(kind)
        self._duplicates.show()
        self._duplicates.raise_()
        self._duplicates.activateWindow()

    def open_notice_settings(self) -> None:
        from casedesk.ui.notice_settings import NoticeSettingsDialog

        NoticeSettingsDialog(self.db, self.runner, self.actor, parent=self).exec()

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Let background counts and totals arrive (screenshots and tests want the finished picture)."""
        return self.runner.wait_idle(timeout_ms)

    # --- organization and status bar -------------------------------------------------------------

    def _load_org(self) -> None:
        with self.db.transaction() as session:
            self._show_org(organization.get_org(session))
        self.db_label.setText(self.tr("数据库：{0}").format(self.db.display_location))

    def _show_org(self, info: OrgInfo) -> None:
        self.setWindowTitle(self.tr("CaseDesk — {0}").format(info.name))
        self.org_label.setText(info.name)

    # --- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        # No Ctrl+N / Ctrl+O here: those belong to the pages (new consultation, ...); databases change rarely.
        self._add_action(file_menu, self.tr("新建咨询"), self.new_consultation, QKeySequence.StandardKey.New).setIcon(
            icons.command_icon("new"))
        import_menu = file_menu.addMenu(icons.command_icon("import"), self.tr("导入台账"))
        # Filled when it first opens: listing the ledger kinds loads their readers and the services under them.
        import_menu.aboutToShow.connect(lambda: self._fill_import_menu(import_menu))
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("新建数据库…"), self.new_database)
        self._add_action(file_menu, self.tr("打开数据库…"), self.open_database_file)
        self._add_action(file_menu, self.tr("备份…"), self.backup).setIcon(icons.command_icon("backup"))
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit).setIcon(icons.command_icon("quit"))
        case_menu = self.menuBar().addMenu(self.tr("案件(&C)"))
        self._add_action(case_menu, self.tr("新建案件…"), self.new_case)
        self._add_action(case_menu, self.tr("期限提醒"), lambda: self.show_page("deadlines"))
        tools_menu = self.menuBar().addMenu(self.tr("工具(&T)"))
        search = self._add_action(tools_menu, self.tr("搜索全部记录…"), self.open_search)
        search.setShortcut(SEARCH_SHORTCUT)
        search.setIcon(icons.command_icon("search"))
        search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # from record windows too
        self._shortcut_priority = ShortcutPriority(self)  # and from text fields
        self._add_action(tools_menu, self.tr("查找重复的用人单位和职工…"), self.open_duplicates).setIcon(
            icons.command_icon("duplicates"))
        search_button = QPushButton(icons.command_icon("search"),
                                    self.tr("搜索（Ctrl+K）"), self.menuBar())
        search_button.setFlat(True)
        search_button.setToolTip(self.tr("按姓名、电话、身份证号、编号或单位名称查找任何记录"))
        search_button.clicked.connect(self.open_search)
        self.menuBar().setCornerWidget(search_button, Qt.Corner.TopRightCorner)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        shortcuts = self._add_action(help_menu, self.tr("快捷键…"), self.show_shortcuts)
        shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
        shortcuts.setIcon(icons.command_icon("help"))
        self._add_action(help_menu, self.tr("关于 CaseDesk"), self.about).setIcon(icons.command_icon("about"))
        # Ctrl+1 … Ctrl+9: the sidebar's pages, in order (listed under 帮助 > 快捷键).
        for number, key in enumerate(PAGE_KEYS[:9], 1):
            page_action = QAction(self)
            page_action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            page_action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(page_action)

    def _fill_import_menu(self, menu: QMenu) -> None:
        from casedesk.services import ledgers

        if menu.isEmpty():
            for kind in ledgers.kinds().values():
                self._add_action(menu, self.tr("{0}…").format(i18n.ledger_label(kind.label)),
                                 lambda _=False, k=kind: self.import_ledger(k))

    def show_shortcuts(self) -> None:
        """帮助 > 快捷键 (F1): every shortcut of the program in one table."""
        ShortcutsDialog(self).exec()

    def _add_action(self, menu: Any, text: str, slot: Any, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def new_consultation(self) -> None:
        """Ctrl+N from anywhere: the consultations list comes forward with a new call's form on top."""
        from casedesk.ui.consultation_list import ConsultationsPage

        page = self.show_page("consultations")
        assert isinstance(page, ConsultationsPage)
        page.new_consultation()

    def import_ledger(self, kind: LedgerKind) -> None:
        """File > 导入台账: check the file, show the report, import on the clerk's word, refresh the lists."""
        from casedesk.ui.ledger_dialogs import LedgerImport

        flow = LedgerImport(self, self.db, self.runner, self.actor, kind)
        flow.finished.connect(lambda _report: self._reload_lists())
        flow.choose_and_check(self._start_dir())

    def _reload_lists(self) -> None:
        from casedesk.ui.pages.list_page import ListPage

        for page in self._pages.values():
            if isinstance(page, ListPage):
                page.reload()

    def _start_dir(self) -> str:
        return str(self.db.path.parent if self.db.path else paths.data_dir())

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建数据库"), str(Path(self._start_dir()) / "casedesk.sqlite3"), self.tr(DB_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite3")
        if path.exists():
            answer = QMessageBox.question(
                self, self.tr("新建数据库"), self.tr("{0} 已经存在。要打开这个已有的数据库吗？").format(path)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.switch_database(str(path), create=True)

    def open_database_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), self._start_dir(), self.tr(DB_FILTER))
        if name:
            self.switch_database(name, create=False)

    def switch_database(self, target: str, *, create: bool) -> BackgroundTask:
        """Open (creating and upgrading as needed) another database in the background, then show it here.

        An old file is backed up and upgraded first, minutes for a province-size one: the dialog names the
        step, and 取消 until the upgrade commits keeps this window on the current database with the other
        file as it was (``db.migrate.upgrade_to_head``).
        """
        name = Path(target).name if "://" not in target else target
        task = BackgroundTask(
            self, self.runner, self.tr("打开数据库"), self.tr("正在打开 {0}…").format(name), delay_ms=0,
            modality=Qt.WindowModality.ApplicationModal,
            note=self.tr("取消：仍使用当前的数据库。要打开的文件保持原样——如果已经开始升级，升级会整个撤销，"
                         "文件仍是原来的版本，升级前的备份留在备份文件夹中；新建的文件不会留下。"),
        )
        progress = task.steps({
            CHECK: self.tr("正在检查 {0}…").format(name),
            BACKUP: self.tr("正在备份 {0}（升级数据库结构之前）…").format(name),
            UPGRADE: self.tr("正在升级 {0} 的数据库结构…").format(name),
        })

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("已取消打开 {0}，仍在使用 {1}").format(
                    name, self.db.display_location), 8000)
            elif isinstance(exc, (DatabaseOpenError, SQLAlchemyError, OSError)):
                QMessageBox.critical(self, self.tr("无法打开数据库"), messages.text(exc))
            else:
                raise exc

        task.start(lambda _report: open_database(target, create=create, progress=progress), self._opened, failed)
        return task

    def _opened(self, new_db: Database) -> None:
        if self.actor.staff_id is not None:  # a signed-in session signs in to the other file too
            actor = self.session.sign_in(new_db)
            if actor is None:
                new_db.dispose()
                return
            self.actor = actor
        self.set_database(new_db)
        if self._remember and new_db.path is not None:
            remember_database(new_db.path)
        self.statusBar().showMessage(self.tr("已打开 {0}").format(new_db.display_location), 5000)

    def set_database(self, db: Database) -> None:
        """Drop every page built on the old database, dispose it, and show the current page on ``db``."""
        key = self.current_page_key
        record_windows.close_all()  # they hold the old database
        for tool in (self._search, self._duplicates):
            if tool is not None:
                tool.close()
                tool.deleteLater()
        self._search = self._duplicates = None
        self.runner.shutdown()
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.db.dispose()
        self.db = db
        self._load_org()
        self.session.database_changed()
        self.stack.setCurrentWidget(self.page(key))

    def backup(self) -> None:
        source = self.db.path
        if source is None:
            QMessageBox.information(
                self, self.tr("备份"),
                self.tr("当前使用的是服务器数据库（{0}），由服务器管理员负责备份。").format(self.db.display_location),
            )
            return
        suggested = paths.backup_dir(source) / f"{source.stem}-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("备份到"), str(suggested), self.tr(DB_FILTER))
        if not name:
            return
        target = Path(name)
        if target.resolve() == source.resolve():
            QMessageBox.warning(self, self.tr("备份"), self.tr("不能把数据库备份到它自己。请选择另一个文件名。"))
            return
        task = BackgroundTask(self, self.runner, self.tr("备份"), self.tr("正在备份到 {0}…").format(target.name),
                              note=self.tr("取消：不会留下备份文件，当前数据不受影响。"))

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("已备份到 {0}").format(path), 8000)
            QMessageBox.information(self, self.tr("备份"), self.tr("备份完成并已校验：\n{0}").format(path))

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("已取消备份，没有留下文件"), 8000)
            else:
                QMessageBox.critical(self, self.tr("备份失败"), messages.text(exc))

        task.start(lambda _report: backup_file(source, target, task.keep_going), done, failed)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 CaseDesk"),
            self.tr("CaseDesk {0}\n区总工会法律服务案件管理\n\n数据库：{1}").format(
                __version__, self.db.display_location
            ),
        )

    # --- lifetime --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._remember:
            settings = gui_settings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/last_page", self.current_page_key)
            settings.sync()
        record_windows.close_all()
        self.session.close()
        self.runner.shutdown()
        self.db.dispose()
        super().closeEvent(event)
