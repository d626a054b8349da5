"""Print preview and printing of our PDFs with QtPdf (QPdfDocument) and QtPrintSupport.

QPdfDocument renders pages onto transparent ARGB images, so every page is painted onto a white
image first (toolchain.md). Printing renders each page at the printer's resolution onto the
whole sheet (full-page mode): the PDF already carries the Decree 30 margins.

Importing this module also registers the printed documents with the record pages' Print button
(``ui.widgets.print_button``).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QLabel, QScrollArea, QSpinBox, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.ui.screen import fit_to_screen
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SCREEN_DPI = 96.0
PRINT_DPI = 300


class PdfUnreadable(QmsError):
    context = "Preview"


def render_page(document: QPdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` as an opaque white image, ``scale`` pixels per point."""
    size = document.pagePointSize(index)
    pixels = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    transparent = document.render(index, pixels)
    page = QImage(pixels, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, transparent)
    painter.end()
    return page


def open_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over bytes; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PdfUnreadable(QT_TRANSLATE_NOOP("Preview", "The document could not be opened for preview."))
    return document, buffer


def print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int | None = None) -> int:
    """Print pages ``first``..``last`` (1-based) on ``printer``; returns the number printed."""
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    last = min(last or document.pageCount(), document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        # 300 dpi is plenty for text; a 1200 dpi raster of A4 would take over 500 MB per page.
        scale = min(printer.resolution(), PRINT_DPI) / 72.0
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            image = render_page(document, number - 1, scale)
            if image.width() > image.height():  # a landscape page (an annex's wide table) on the portrait sheet:
                image = image.transformed(QTransform().rotate(-90))  # turned, its top to the bound left edge
            painter.drawImage(target, image)
    finally:
        painter.end()
    return last - first + 1


class PrintPreviewDialog(QDialog):
    """Shows a PDF page by page, with zoom, Print… and Save as PDF…."""

    def __init__(self, pdf: bytes, title: str, *, file_name: str = "document.pdf", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf, self.file_name = pdf, file_name
        self.document, self._buffer = open_pdf(pdf, self)
        self.index, self.zoom = 0, 1.0
        self.page_label = QLabel()
        self.page_label.setObjectName("pageImage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setStyleSheet("background: #808080; padding: 12px;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page_label)
        self.prev_button = push_button(self.tr("◀ Pr&evious"), lambda: self.show_page(self.index - 1))
        self.next_button = push_button(self.tr("&Next ▶"), lambda: self.show_page(self.index + 1))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, self.document.pageCount())
        self.count_label = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        self.zoom_out = push_button(self.tr("Zoom &out"), lambda: self.step_zoom(-1))
        self.zoom_in = push_button(self.tr("Zoom &in"), lambda: self.step_zoom(+1))
        self.zoom_label = QLabel()
        self.print_button = push_button(self.tr("&Print…"), self.print_)
        self.save_button = push_button(self.tr("&Save as PDF…"), self.save_as)
        self.close_button = push_button(self.tr("&Close"), self.accept)
        self.prev_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.page_box.valueChanged.connect(lambda v: self.show_page(v - 1))
        bar = hbox(self.prev_button, self.page_box, self.count_label, self.next_button, 1,
                   self.zoom_out, self.zoom_label, self.zoom_in, 1,
                   self.save_button, self.print_button, self.close_button)
        vbox(bar, (scroll, 1), parent=self)
        fit_to_screen(self, 900, 1000)  # an A4 page is tall: as much as the screen allows
        self.show_page(0)

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_image(self) -> QImage:
        return self.page_label.pixmap().toImage()

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        self.index = index
        image = render_page(self.document, index, self.zoom * SCREEN_DPI / 72.0)
        self.page_label.setPixmap(QPixmap.fromImage(image))
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count() - 1)
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")

    def step_zoom(self, direction: int) -> None:
        position = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, position + direction))]
        self.show_page(self.index)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = (printer.fromPage(), printer.toPage()) if printer.fromPage() else (1, self.page_count())
        print_pdf(self.document, printer, first, last)

    def save_as(self) -> Path | None:
        from qms_desktop.ui.folders import save_file

        path = save_file(self, self.tr("Save as PDF"), self.file_name, "PDF (*.pdf)")
        return self.save_to(Path(path)) if path else None

    def save_to(self, path: Path) -> Path | None:
        from qms_desktop.reports.files import atomic_write

        from qms_desktop.ui.pages.base import show_error
        if not path.name.isascii():  # exported names stay ASCII (USB sticks, e-mail gateways)
            from qms_desktop.domain.text import ascii_slug
            path = path.with_name((ascii_slug(path.stem) or "document") + ".pdf")
        try:
            return atomic_write(path, self.pdf)
        except (QmsError, ValueError) as exc:
            show_error(self, exc if isinstance(exc, QmsError) else QmsError(str(exc)))
            return None


def show_preview(pdf: bytes, title: str, *, file_name: str, parent: QWidget | None = None) -> PrintPreviewDialog:
    """Open the preview (modal)."""
    dialog = PrintPreviewDialog(pdf, title, file_name=file_name, parent=parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


# ------------------------------------------------------------------ the record pages' Print button

# Keys used by the record pages → our document kinds (services.reports.documents.KINDS).
PAGE_DOCUMENTS = {"announcement": "announcement", "announcement_notice": "announcement_notice", "review_minutes": "review_minutes", "car_form": "car",
                  "car": "car", "audit_plan": "audit_plan", "audit_report": "audit_report",
                  "procedure_cover": "procedure_cover", "procedure_steps": "procedure_steps",
                  "procedure_flowchart": "procedure_flowchart"}


def preview_document(env, kind: str, record_id: int, parent: QWidget) -> None:
    """Build the document's PDF off the GUI thread, then show the preview."""
    from qms_desktop.services.reports import documents
    from qms_desktop.ui.pages.base import show_error

    title = QCoreApplication.translate("Documents", documents.KINDS[kind]) or documents.KINDS[kind]
    env.runner.start(lambda progress, cancel: documents.document_pdf(env.ctx, kind, record_id), parent=parent,
                     label=QCoreApplication.translate("Preview", "Preparing the document…"),
                     on_done=lambda pdf: show_preview(pdf, title, file_name=documents.document_file_name(kind, record_id),
                                                      parent=parent),
                     on_error=lambda exc: show_error(parent, exc))


def _register() -> None:
    try:
        from qms_desktop.ui.widgets import print_button
    except ImportError:  # the record pages' widgets are not there (yet)
        return
    for key, kind in PAGE_DOCUMENTS.items():
        print_button.register(key, functools.partial(_handler, kind))


def _handler(kind: str, env, record_id: int, parent: QWidget) -> None:
    preview_document(env, kind, record_id, parent)


_register()
