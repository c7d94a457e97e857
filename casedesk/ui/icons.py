"""One icon per page and per common command, from the style's standard set.

Qt's standard icons are drawn for every platform style and at every device-pixel ratio, so they stay sharp at
200% and match the dialogs' own buttons; one table here keeps the same picture for the same idea everywhere.
"""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

PAGE_ICONS: dict[str, QStyle.StandardPixmap] = {
    "dashboard": SP.SP_ComputerIcon,
    "consultations": SP.SP_MessageBoxQuestion,
    "cases": SP.SP_DirOpenIcon,
    "deadlines": SP.SP_MessageBoxWarning,
    "notices": SP.SP_FileDialogDetailedView,
    "enterprises": SP.SP_DirHomeIcon,
    "workers": SP.SP_DirLinkIcon,
    "stats": SP.SP_FileDialogListView,
    "settings": SP.SP_FileDialogInfoView,
}

COMMAND_ICONS: dict[str, QStyle.StandardPixmap] = {
    "new": SP.SP_FileIcon,
    "open": SP.SP_DialogOpenButton,
    "save": SP.SP_DialogSaveButton,
    "import": SP.SP_ArrowDown,
    "export": SP.SP_ArrowUp,
    "backup": SP.SP_DriveHDIcon,
    "search": SP.SP_FileDialogContentsView,
    "duplicates": SP.SP_FileDialogBack,
    "refresh": SP.SP_BrowserReload,
    "help": SP.SP_DialogHelpButton,
    "about": SP.SP_MessageBoxInformation,
    "quit": SP.SP_DialogCloseButton,
}


def page_icon(key: str) -> QIcon:
    return _standard(PAGE_ICONS.get(key))


def command_icon(key: str) -> QIcon:
    return _standard(COMMAND_ICONS.get(key))


def _standard(pixmap: QStyle.StandardPixmap | None) -> QIcon:
    if pixmap is None:
        return QIcon()
    return QApplication.style().standardIcon(pixmap)
