"""Preview, print and save a letter: the real PDF shown with QtPdf and sent page by page to the printer.

What the clerk sees, prints and saves is the same PDF: the frozen copy of an
issued notice (byte-identical on every reprint), or the 样稿 of a draft. The
printer gets each PDF page rendered at its own resolution and placed on the
paper at its true size (A4, no scaling to margins), so the GB/T 9704
margins survive whatever the driver's defaults are.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
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
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner

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


def page_images(pdf: bytes, pages: Sequence[int], dpi: int) -> Iterator[QImage]:
    """Each of ``pages`` rendered at ``dpi`` at its true size (~0.5 s and half a gigabyte a page at a printer's
    1200 dpi). Safe off the GUI thread: it reads its own QPdfDocument; one page is held at a time."""
    document = load_pdf(pdf)
    try:
        for index in pages:
            size = document.pagePointSize(index)
            yield document.render(index, QSize(round(size.width() / POINTS_PER_INCH * dpi),
                                               round(size.height() / POINTS_PER_INCH * dpi)))
    finally:
        document.close()


class PrintJob:
    """A printer set to the PDF's page size with no margins (GB/T 9704's margins are in the page itself); the
    pages are painted one by one on the GUI thread, where Qt wants a QPainter on a printer used."""

    def __init__(self, printer: QPrinter, page_points: QSizeF) -> None:
        self.printer = printer
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(
            QPageSize(page_points, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        ))
        self._painter = QPainter()
        if not self._painter.begin(printer):
            raise OSError("无法开始打印（打印机不可用）")
        self.printed = 0

    def paint(self, image: QImage) -> None:
        if self.printed:
            self.printer.newPage()
        self._painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        self.printed += 1

    def finish(self) -> int:
        self._painter.end()
        return self.printed

    def abort(self) -> None:
        self.printer.abort()
        self._painter.end()


def print_document(pdf: bytes, printer: QPrinter, pages: Sequence[int] | None = None) -> int:
    """Print the PDF's pages at their true size, here and now (the preview's 打印 does it off the GUI thread)."""
    document = load_pdf(pdf)
    job = PrintJob(printer, document.pagePointSize(0))
    for image in page_images(pdf, pages if pages is not None else range(document.pageCount()), printer.resolution()):
        job.paint(image)
    return job.finish()


class _PageReady(QObject):
    """Carries a rendered page from the worker thread to the printer on the GUI thread."""

    ready = Signal(object)


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
        self._runner = Runner(self)
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
        pages = list(range(self.document.pageCount()))
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            pages = list(range(printer.fromPage() - 1, printer.toPage()))
        try:
            job = PrintJob(printer, self.document.pagePointSize(0))
        except OSError as exc:
            QMessageBox.critical(self, self.tr("打印失败"), str(exc))
            return
        self.print_pages(job, pages)

    def print_pages(self, job: PrintJob, pages: list[int]) -> BackgroundTask:
        """Pages rendered off the GUI thread, painted on it one at a time (the next renders while one is sent)."""
        pdf, dpi = self.pdf, job.printer.resolution()
        painted = threading.Event()
        carrier = _PageReady(self)

        def paint(image: QImage) -> None:
            job.paint(image)
            painted.set()

        carrier.ready.connect(paint)
        task = BackgroundTask(self, self._runner, self.tr("打印"), self.tr("正在送往打印机…"),
                              note=self.tr("取消：已送出的页照常打印，其余的页不再送出。"))

        def work(report: Callable[[int, int], None]) -> int:
            for done, image in enumerate(page_images(pdf, pages, dpi)):
                report(done, len(pages))
                painted.clear()
                carrier.ready.emit(image)
                while not painted.wait(0.2):
                    if task.cancelled:
                        raise Cancelled
            return len(pages)

        def done(_count: int) -> None:
            count = job.finish()
            if self._on_output:
                self._on_output("print", job.printer.printerName() or job.printer.outputFileName())
            QMessageBox.information(self, self.tr("打印"), self.tr("已送打印 {0} 页").format(count))

        def failed(exc: Exception) -> None:
            job.abort()
            if isinstance(exc, Cancelled):
                QMessageBox.information(self, self.tr("打印"), self.tr("已取消打印，已送出 {0} 页").format(job.printed))
            else:
                QMessageBox.critical(self, self.tr("打印失败"), str(exc))

        task.start(work, done, failed)
        return task

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
