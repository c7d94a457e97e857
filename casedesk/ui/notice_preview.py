"""Preview, print and save a letter: the real PDF shown with QtPdf and sent page by page to the printer.

What the clerk sees, prints and saves is the same PDF: the frozen copy of an
issued notice (byte-identical on every reprint), or the 样稿 of a draft. The
printer gets each PDF page rendered at its own resolution and placed on the
paper at its true size (A4, no scaling to margins), so the GB/T 9704
margins survive whatever the driver's defaults are.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QStandardPaths,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from casedesk.ui import sizing

POINTS_PER_INCH = 72.0


def documents_dir() -> Path:
    """Where a clerk keeps files (the 文档 folder), for save dialogs."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument over ``data``; the buffer is parented to the document so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"PDF cannot be read ({document.error()})")
    return document


def print_document(document: QPdfDocument, printer: QPrinter, pages: range | None = None) -> int:
    """Paint the PDF's pages onto ``printer`` at their true size; returns the number of pages printed."""
    printer.setFullPage(True)
    first_size = document.pagePointSize(0)
    printer.setPageLayout(QPageLayout(
        QPageSize(first_size, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
    ))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印（打印机不可用）")
    printed = 0
    try:
        dpi = printer.resolution()
        for index in pages if pages is not None else range(document.pageCount()):
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            pixels = QSize(round(size.width() / POINTS_PER_INCH * dpi), round(size.height() / POINTS_PER_INCH * dpi))
            image = document.render(index, pixels)
            target = QRectF(0, 0, pixels.width(), pixels.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewDialog(QDialog):
    """Shows a PDF; 打印 and 另存为PDF call back so the caller can audit them."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        *,
        on_output: Callable[[str, str], None] | None = None,  # (action "print"/"export", target)
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self._suggested = suggested_name
        self._on_output = on_output
        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(self.tr("另存为PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        pages = QLabel(self.tr("共 {0} 页").format(self.document.pageCount()))
        buttons = QHBoxLayout()
        buttons.addWidget(pages)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        sizing.size_window(self, 63, 64)

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = None
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            pages = range(printer.fromPage() - 1, printer.toPage())
        try:
            count = print_document(self.document, printer, pages)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("打印失败"), str(exc))
            return
        if self._on_output:
            self._on_output("print", printer.printerName() or printer.outputFileName())
        QMessageBox.information(self, self.tr("打印"), self.tr("已送打印 {0} 页").format(count))

    def save_pdf(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为PDF"), str(documents_dir() / self._suggested), self.tr("PDF 文件 (*.pdf)")
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("无法保存"), f"{path}：{exc.strerror or exc}")
            return None
        if self._on_output:
            self._on_output("export", str(path))
        return path
