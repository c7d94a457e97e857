"""The small dialogs of a notice's lifecycle: issue, delivery, reply, rectification, closing, escalation,
and the picker of law articles.

Each dialog only collects and reads what the clerk types (dates through the
same parser as everywhere else); the notice window passes the values to the
service function, which validates and explains in Chinese what is wrong. A
refused value keeps the dialog open with everything typed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.enums import DeliveryMethod, GovBodyKind, NoticeStatus
from casedesk.domain.timeutil import local_now
from casedesk.services.government_bodies import BodyInfo
from casedesk.services.law_catalogue import Article
from casedesk.ui import sizing
from casedesk.ui.case_widgets import (
    DateField,
    FieldInputError,
    enum_combo,
    label,
    refuse,
)


def _today() -> date:
    return local_now().date()


class _FormDialog(QDialog):
    """A titled form with OK/Cancel whose OK runs ``submit``; a refusal keeps the dialog open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.submit: Callable[[], None] | None = None

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def _accept(self) -> None:
        try:
            if self.submit is not None:
                self.submit()
        except Exception as exc:  # noqa: BLE001 - shown to the clerk; the dialog stays open
            refuse(self, exc, self.windowTitle())
            return
        self.accept()


def _required_date(field: DateField) -> date:
    value = field.value()
    if value is None:
        raise FieldInputError(QCoreApplication.translate("NoticeDialogs", "{0}不能为空").format(field.field_name), field)
    return value


class IssueDialog(_FormDialog):
    """签发: the issue date, and a last look at what happens (number, frozen copy, font warnings)."""

    def __init__(self, number_hint: str, font_warnings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "签发文书"), parent)
        text = self.tr("签发后将编号为“{0}”并生成存档PDF，之后正文不能再修改。").format(number_hint)
        if font_warnings:
            text += "\n\n" + self.tr("字体提示：") + "\n" + "\n".join(font_warnings)
        self.set_intro(text)
        self.issued_on = DateField(self.tr("发文日期"))
        self.issued_on.set_value(_today())
        self.form.addRow(self.tr("发文日期（成文日期）"), self.issued_on)

    def value(self) -> date:
        return _required_date(self.issued_on)


@dataclass(frozen=True)
class Delivery:
    method: str
    delivered_on: date
    signed_by: str
    refusal_witness: str
    tracking_number: str


class DeliveryDialog(_FormDialog):
    """送达: method, date, who signed (or who witnessed a refusal), the EMS number for post."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "登记送达"), parent)
        self.method = enum_combo(DeliveryMethod)
        self.delivered_on = DateField(self.tr("送达日期"))
        self.delivered_on.set_value(_today())
        self.signed_by = QLineEdit()
        self.refused = QCheckBox(self.tr("受送达人拒收（留置送达）"))
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("见证人姓名及身份，如 社区干部张某"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("EMS 邮件号码"))
        self.form.addRow(self.tr("送达方式"), self.method)
        self.form.addRow(self.tr("送达日期"), self.delivered_on)
        self.form.addRow(self.tr("签收人"), self.signed_by)
        self.form.addRow("", self.refused)
        self.form.addRow(self.tr("拒收见证人"), self.witness)
        self.form.addRow(self.tr("邮件号码"), self.tracking)
        self.method.currentIndexChanged.connect(self._sync)
        self.refused.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        post = self.method.currentData() == DeliveryMethod.POST.value
        self.tracking.setEnabled(post)
        self.witness.setEnabled(self.refused.isChecked())
        self.signed_by.setEnabled(not self.refused.isChecked())

    def value(self) -> Delivery:
        refused = self.refused.isChecked()
        post = self.method.currentData() == DeliveryMethod.POST.value
        return Delivery(
            method=self.method.currentData(),
            delivered_on=_required_date(self.delivered_on),
            signed_by="" if refused else self.signed_by.text(),
            refusal_witness=self.witness.text() if refused else "",
            tracking_number=self.tracking.text() if post else "",
        )


RESULTS = (NoticeStatus.RECTIFIED, NoticeStatus.PARTLY_RECTIFIED, NoticeStatus.NOT_RECTIFIED)


@dataclass(frozen=True)
class Reply:
    replied_on: date
    content: str
    rectification: str | None


class ReplyDialog(_FormDialog):
    """书面回复: date, a summary of the content, and the rectification result if already known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "登记回复"), parent)
        self.replied_on = DateField(self.tr("回复日期"))
        self.replied_on.set_value(_today())
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("回复的主要内容（可摘录）"))
        self.outcome = enum_combo(NoticeStatus, RESULTS, blank=self.tr("尚待核实"))
        self.form.addRow(self.tr("回复日期"), self.replied_on)
        self.form.addRow(self.tr("回复内容"), self.content)
        self.form.addRow(self.tr("整改情况"), self.outcome)

    def value(self) -> Reply:
        return Reply(_required_date(self.replied_on), self.content.toPlainText(), self.outcome.currentData())


class RectificationDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "登记整改情况"), parent)
        self.outcome = enum_combo(NoticeStatus, RESULTS)
        self.form.addRow(self.tr("核实的整改情况"), self.outcome)

    def value(self) -> str:
        return self.outcome.currentData()


class CloseDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "办结文书"), parent)
        self.closed_on = DateField(self.tr("办结日期"))
        self.closed_on.set_value(_today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如 已足额补发工资；已移交劳动保障监察"))
        self.form.addRow(self.tr("办结日期"), self.closed_on)
        self.form.addRow(self.tr("办结说明"), self.note)

    def value(self) -> tuple[date, str]:
        return _required_date(self.closed_on), self.note.text()


class DepartmentDialog(_FormDialog):
    """The department a 建议书 goes to, from the maintained list."""

    def __init__(self, bodies: Sequence[BodyInfo], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoticeDialogs", "升级为建议书"), parent)
        self.set_intro(self.tr("建议书主送同级劳动行政部门或人民政府。请从政府部门名录中选择："))
        self.body = QComboBox()
        for b in bodies:
            self.body.addItem(f"{b.name}（{label(GovBodyKind(b.kind))}）", b.id)
        self.form.addRow(self.tr("主送部门"), self.body)

    def value(self) -> int | None:
        return self.body.currentData()


class LawPickerDialog(QDialog):
    """Pick articles from the catalogue: typed filter, and the articles of the chosen violation types first."""

    def __init__(self, articles: Sequence[Article], suggested: set[str], chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选择法律依据"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入法律名称、条号或关键词筛选，如 工资、第三十条"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        ordered = [a for a in articles if a.key in suggested] + [a for a in articles if a.key not in suggested]
        for art in ordered:
            item = QListWidgetItem(f"{art.key}\n{art.gist}")
            item.setData(Qt.ItemDataRole.UserRole, art.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if art.key in chosen else Qt.CheckState.Unchecked)
            if art.key in suggested:
                item.setToolTip(self.tr("与所选违法类型相关"))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._apply_filter)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText(self.tr("目录中没有的条文：《法规名称》第N条，如《黑龙江省工资支付条例》第十条"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("其他条文（可选）")))
        layout.addWidget(self.custom)
        layout.addWidget(buttons)
        sizing.size_window(self, 60, 46)

    def _apply_filter(self, text: str) -> None:
        words = text.split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in item.text() for w in words))

    def keys(self) -> list[str]:
        out = [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if self.custom.text().strip():
            out.append(self.custom.text().strip())
        return out
