"""文书设置: wording templates with a live preview, the law-article catalogue, the government bodies,
default reply deadlines, fonts and the seal image, and the holiday calendar.

Every change is a service call (admins only where the service says so), so
the same checks apply as from anywhere else: a template that would make a
broken letter cannot be saved, and the preview shows exactly what the letter
will look like, rendered in the background as the admin types.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.enums import DeadlineUnit, GovBodyKind, NoticeKind, ViolationType
from casedesk.domain.validators import ValidationError
from casedesk.services import (
    government_bodies,
    holidays,
    law_catalogue,
    letter_templates,
    notice_letter,
    notices,
    settings,
)
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.ui import i18n, sizing
from casedesk.ui.case_widgets import (
    CheckGrid,
    DateField,
    enum_combo,
    fill_table,
    label,
    label_of,
    read_only_table,
    refuse,
    select_data,
    selected_id,
)
from casedesk.ui.notice_preview import load_pdf
from casedesk.ui.runner import Runner
from casedesk.ui import messages

PREVIEW_DELAY_MS = 600


class _Tab(QWidget):
    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__()
        self._db, self._runner, self._actor = db, runner, actor

    def _write(self, action, title: str) -> bool:  # type: ignore[no-untyped-def]
        try:
            with self._db.transaction() as session:
                action(session)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc, title)
            return False
        return True


class TemplatesTab(_Tab):
    """One kind's wording at a time, checked and previewed on sample data as it is typed."""

    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__(db, runner, actor)
        self._generation = 0
        self._document: QPdfDocument | None = None
        self.kind = enum_combo(NoticeKind)
        self.kind.currentIndexChanged.connect(self.load)
        self.editor = QPlainTextEdit()
        self.editor.textChanged.connect(lambda: self._timer.start())
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020;")
        fields = QLabel(self.tr("可用字段：") + "；".join(f"${{{k}}}：{v}" for k, v in letter_templates.FIELDS.items()))
        fields.setWordWrap(True)
        self.state = QLabel()
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        save = QPushButton(self.tr("保存模板"))
        save.clicked.connect(self.save)
        reset = QPushButton(self.tr("恢复默认"))
        reset.clicked.connect(self.reset)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("文书类型")))
        top.addWidget(self.kind)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(save)
        top.addWidget(reset)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.errors)
        left_layout.addWidget(fields)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.load()

    def load(self) -> None:
        with self._db.reading() as session:
            info = letter_templates.current(session, self.kind.currentData())
        self.state.setText(self.tr("（已修改）") if info.customized else self.tr("（默认）"))
        self.editor.setPlainText(info.text)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Check now; render the sample letter in the background (the newest text wins)."""
        kind, text = self.kind.currentData(), self.editor.toPlainText()
        found = letter_templates.problems(text, kind)
        self.errors.setText("\n".join(map(messages.text, found)))
        if found:
            return
        self._generation += 1
        generation = self._generation

        def render() -> bytes:
            with self._db.reading() as session:
                return notice_letter.template_preview(session, kind, text).pdf

        def show(pdf: bytes) -> None:
            if generation == self._generation:
                self._document = load_pdf(pdf, self)
                self.view.setDocument(self._document)

        self._runner.submit(self, render, show, lambda exc: self.errors.setText(messages.text(exc)))

    def save(self) -> None:
        if self._write(lambda s: letter_templates.save(s, self._actor, self.kind.currentData(), self.editor.toPlainText()),
                       self.tr("模板未保存")):
            self.load()

    def reset(self) -> None:
        if self._write(lambda s: letter_templates.reset(s, self._actor, self.kind.currentData()), self.tr("未恢复")):
            self.load()


class LawsTab(_Tab):
    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__(db, runner, actor)
        self.table = read_only_table([self.tr("法律法规"), self.tr("条"), self.tr("要点"), self.tr("来源")], stretch_column=2)
        self.table.itemSelectionChanged.connect(self._pick)
        self.law = QLineEdit()
        self.law.setPlaceholderText(self.tr("如 黑龙江省工资支付条例"))
        self.article = QLineEdit()
        self.article.setPlaceholderText(self.tr("如 第十条"))
        self.gist = QPlainTextEdit()
        self.gist.setMaximumHeight(sizing.box_height(self.gist, 5))
        self.violations = CheckGrid(ViolationType, columns=3)
        form = QFormLayout()
        form.addRow(self.tr("法律法规名称"), self.law)
        form.addRow(self.tr("条号"), self.article)
        form.addRow(self.tr("条文要点"), self.gist)
        form.addRow(self.tr("适用的违法类型"), self.violations)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("保存条文"), self.save), (self.tr("从目录中隐藏"), self.hide_article),
                           (self.tr("恢复原文"), self.restore)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self._db.reading() as session:
            self._articles = law_catalogue.catalogue(session)
        fill_table(self.table, [(a.key, (a.law, a.article, a.gist, self.tr("本地修改") if a.custom else self.tr("随软件")))
                                for a in self._articles])

    def _pick(self) -> None:
        key = selected_id(self.table)
        art = next((a for a in self._articles if a.key == key), None)
        if art is not None:
            self.law.setText(art.law)
            self.article.setText(art.article)
            self.gist.setPlainText(art.gist)
            self.violations.set_codes(art.violations)

    def _key(self) -> str:
        return law_catalogue.citation(self.law.text().strip().strip("《》"), self.article.text().strip())

    def save(self) -> None:
        if self._write(lambda s: law_catalogue.save_article(s, self._actor, self.law.text(), self.article.text(),
                                                            self.gist.toPlainText(), self.violations.codes()),
                       self.tr("条文未保存")):
            self.reload()

    def hide_article(self) -> None:
        if self._write(lambda s: law_catalogue.hide_article(s, self._actor, self._key()), self.tr("未隐藏")):
            self.reload()

    def restore(self) -> None:
        if self._write(lambda s: law_catalogue.restore_shipped(s, self._actor, self._key()), self.tr("未恢复")):
            self.reload()


class BodiesTab(_Tab):
    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__(db, runner, actor)
        self.table = read_only_table([self.tr("名称"), self.tr("类型"), self.tr("地址"), self.tr("状态")], stretch_column=0)
        self.table.itemSelectionChanged.connect(self._pick)
        self.name = QLineEdit()
        self.kind = enum_combo(GovBodyKind)
        self.address = QLineEdit()
        self.active = QCheckBox(self.tr("在用"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("地址"), self.address)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("新增"), self.add), (self.tr("保存修改"), self.update)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("建议书主送的劳动行政部门、人民政府，以及抄送的人民检察院。")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self._db.reading() as session:
            self._bodies = government_bodies.list_bodies(session, include_inactive=True)
        fill_table(self.table, [(b.id, (b.name, label_of(GovBodyKind, b.kind), b.address, self.tr("在用") if b.active else self.tr("停用")))
                                for b in self._bodies])

    def _pick(self) -> None:
        body = next((b for b in self._bodies if b.id == selected_id(self.table)), None)
        if body is not None:
            self.name.setText(body.name)
            select_data(self.kind, body.kind)
            self.address.setText(body.address)
            self.active.setChecked(body.active)

    def add(self) -> None:
        if self._write(lambda s: government_bodies.add_body(s, self._actor, self.name.text(), self.kind.currentData(), self.address.text()),
                       self.tr("未新增")):
            self.reload()

    def update(self) -> None:
        body_id = selected_id(self.table)
        if body_id is None:
            QMessageBox.information(self, self.tr("保存修改"), self.tr("请先在列表中选择一个部门"))
            return
        if self._write(lambda s: government_bodies.update_body(
                s, self._actor, body_id, name=self.name.text(), kind=self.kind.currentData(), address=self.address.text(),
                active=self.active.isChecked()), self.tr("未保存")):
            self.reload()


class LetterTab(_Tab):
    """Default reply deadlines per kind, the letter fonts (with the chain's report) and the seal image."""

    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__(db, runner, actor)
        form = QFormLayout()
        self.deadlines: dict[str, tuple[QSpinBox, QComboBox]] = {}
        with db.reading() as session:
            for kind in NoticeKind:
                count, unit = notices.default_deadline(session, kind.value)
                spin = QSpinBox()
                spin.setRange(1, notices.MAX_DEADLINE)
                spin.setValue(count)
                combo = enum_combo(DeadlineUnit)
                select_data(combo, unit)
                row = QHBoxLayout()
                row.addWidget(spin)
                row.addWidget(combo)
                row.addStretch(1)
                form.addRow(self.tr("{0}回复期限").format(label(kind)), row)
                self.deadlines[kind.value] = (spin, combo)
            self.fonts: dict[str, QLineEdit] = {}
            for role, text in (("body", self.tr("正文字体（仿宋）")), ("title", self.tr("标题字体（小标宋）")), ("heading", self.tr("小标题字体（黑体）"))):
                edit = QLineEdit(settings.get(session, notice_letter.FONT_KEYS[role]) or "")
                edit.setPlaceholderText(self.tr("留空：自动选择（仿宋/宋体 → AR PL UMing → 文泉驿 → 内置）"))
                browse = QPushButton(self.tr("选择…"))
                browse.clicked.connect(lambda _=False, e=edit: self._browse_font(e))
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(browse)
                form.addRow(text, row)
                self.fonts[role] = edit
            has_seal = bool(settings.get(session, "letter.seal_image"))
        save = QPushButton(self.tr("保存期限和字体"))
        save.clicked.connect(self.save)
        self.seal_state = QLabel(self.tr("已设置印章图片") if has_seal else self.tr("未设置（打印后加盖实物印章）"))
        seal = QPushButton(self.tr("选择印章图片…"))
        seal.clicked.connect(self.choose_seal)
        clear_seal = QPushButton(self.tr("不使用印章图片"))
        clear_seal.clicked.connect(lambda: self._set_seal(None))
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_state)
        seal_row.addWidget(seal)
        seal_row.addWidget(clear_seal)
        seal_row.addStretch(1)
        form.addRow(self.tr("印章"), seal_row)
        self.report = QLabel()
        self.report.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(QLabel(self.tr("公文实际使用的字体：")))
        layout.addWidget(self.report)
        layout.addStretch(1)
        self.show_report()

    def show_report(self) -> None:
        with self._db.reading() as session:
            fonts = notice_letter.font_set(session)
        self.report.setText("\n".join(i18n.font_report(fonts)))
        self.report.setStyleSheet("" if fonts.all_embedded else "color: #b85c00;")

    def _browse_font(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择字体文件"), "", self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if name:
            edit.setText(name)

    def save(self) -> None:
        def write(session) -> None:  # type: ignore[no-untyped-def]
            for kind, (spin, combo) in self.deadlines.items():
                notices.set_default_deadline(session, self._actor, kind, spin.value(), combo.currentData())
            for role, edit in self.fonts.items():
                notice_letter.set_font(session, self._actor, role, edit.text())

        if self._write(write, self.tr("未保存")):
            self.show_report()
            QMessageBox.information(self, self.tr("文书设置"), self.tr("已保存。新签发的文书按新设置生成；已签发的文书不变。"))

    def choose_seal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择印章图片"), "", self.tr("图片 (*.png *.jpg *.jpeg)"))
        if name:
            self._set_seal(Path(name).read_bytes())

    def _set_seal(self, data: bytes | None) -> None:
        if self._write(lambda s: notice_letter.set_seal_image(s, self._actor, data), self.tr("印章未保存")):
            self.seal_state.setText(self.tr("已设置印章图片") if data else self.tr("未设置（打印后加盖实物印章）"))


class HolidaysTab(_Tab):
    """Days an admin marks by hand over the holiday library (a new year's 放假安排, a local holiday)."""

    def __init__(self, db: Database, runner: Runner, actor: Actor) -> None:
        super().__init__(db, runner, actor)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.reload)
        self.library = QLabel()
        self.table = read_only_table([self.tr("日期"), self.tr("类型"), self.tr("名称")], stretch_column=2)
        self.first = DateField(self.tr("开始日期"))
        self.last = DateField(self.tr("结束日期"))
        self.workday = QComboBox()
        self.workday.addItem(self.tr("放假（休息日）"), False)
        self.workday.addItem(self.tr("调休上班（工作日）"), True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如 国庆节"))
        add = QPushButton(self.tr("标记"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("删除所选标记"))
        remove.clicked.connect(self.remove)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addWidget(self.library, 1)
        row = QHBoxLayout()
        for w in (self.first, QLabel("—"), self.last, self.workday, self.name, add, remove):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        self.library.setText(
            self.tr("节假日库已包含 {0} 年的放假安排；这里的标记优先。").format(year) if holidays.library_covers(year)
            else self.tr("节假日库尚无 {0} 年的放假安排：请按国务院办公厅通知在此标记放假和调休日期，否则只按周末计算。").format(year)
        )
        with self._db.reading() as session:
            marks = holidays.marks(session, year)
        fill_table(self.table, [(m.day, (m.day.isoformat(), self.tr("调休上班") if m.is_workday else self.tr("放假"), m.name)) for m in marks])

    def add(self) -> None:
        try:
            first, last = self.first.value(), self.last.value() or self.first.value()
            if first is None:
                raise ValidationError(self.tr("请填写开始日期"))
        except ValidationError as exc:
            refuse(self, exc, self.tr("未标记"))
            return
        if self._write(lambda s: holidays.set_range(s, self._actor, first, last, is_workday=self.workday.currentData(),
                                                    name=self.name.text()), self.tr("未标记")):
            self.reload()

    def remove(self) -> None:
        day = selected_id(self.table)
        if day is not None and self._write(lambda s: holidays.clear_day(s, self._actor, day), self.tr("未删除")):
            self.reload()


class NoticeSettingsDialog(QDialog):
    TABS = ("templates", "laws", "bodies", "letter", "holidays")

    def __init__(self, db: Database, runner: Runner, actor: Actor, tab: str = "templates", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("文书设置"))
        self.tabs = QTabWidget()
        self.pages = {
            "templates": TemplatesTab(db, runner, actor),
            "laws": LawsTab(db, runner, actor),
            "bodies": BodiesTab(db, runner, actor),
            "letter": LetterTab(db, runner, actor),
            "holidays": HolidaysTab(db, runner, actor),
        }
        titles = {"templates": self.tr("文书模板"), "laws": self.tr("法律条文目录"), "bodies": self.tr("政府部门"),
                  "letter": self.tr("期限、字体和印章"), "holidays": self.tr("节假日")}
        for key, page in self.pages.items():
            self.tabs.addTab(page, titles[key])
        self.tabs.setCurrentWidget(self.pages[tab])
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        if actor.role != "admin":
            row.addWidget(QLabel(self.tr("只有管理员可以修改这些设置；您可以查看。")))
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        sizing.size_window(self, 100, 58)
