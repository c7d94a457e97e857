"""设置: the union's own identity (name, 发文机关标志, number patterns, address), through services.organization."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.validators import ValidationError
from casedesk.services import organization
from casedesk.services.actor import Actor
from casedesk.services.organization import OrgInfo
from casedesk.ui.pages.common import header_row

# The field labels come from services.organization.LABELS; they are translated under this context.
LABEL_CONTEXT = "OrgLabels"


class SettingsPage(QWidget):
    """Saves only the fields that changed, so the audit trail records exactly what was edited."""

    org_saved = Signal(object)  # OrgInfo

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in organization.EDITABLE:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(QCoreApplication.translate(LABEL_CONTEXT, organization.LABELS[key]), edit)
        pattern_hint = QLabel(self.tr("编号格式中用 {year} 代表年份、{seq} 代表序号，例如：法援〔{year}〕{seq}号"))
        pattern_hint.setWordWrap(True)

        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("放弃修改"))
        revert.clicked.connect(self.load)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)

        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(pattern_hint)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("设置 — 本单位信息")))
        layout.addSpacing(8)
        layout.addWidget(box)
        layout.addStretch(1)
        self._saved: OrgInfo | None = None
        self.load()

    def load(self) -> None:
        with self._db.transaction() as session:
            self._show(organization.get_org(session))

    def _show(self, info: OrgInfo) -> None:
        self._saved = info
        for key, edit in self.fields.items():
            edit.setText(getattr(info, key))

    def changed_values(self) -> dict[str, str]:
        assert self._saved is not None
        return {k: e.text() for k, e in self.fields.items() if e.text() != getattr(self._saved, k)}

    def save(self) -> bool:
        """Validate and store the edited fields; a refused value is named in a message and nothing is saved."""
        values = self.changed_values()
        if not values:
            return True
        try:
            with self._db.transaction() as session:
                info = organization.update_org(session, self._actor, **values)
        except ValidationError as exc:
            self._focus_field_named_in(str(exc), values)
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        self._show(info)
        self.org_saved.emit(info)
        return True

    def _focus_field_named_in(self, message: str, candidates: dict[str, str]) -> None:
        for key in candidates:
            if organization.LABELS[key] in message:
                self.fields[key].setFocus()
                self.fields[key].selectAll()
                return
