"""Print preview: the handout's pages as they will print, before anything goes to a printer.

The PDF is made once, off the interface thread, by the same path as Save PDF and Print
(HandoutController); the preview shows exactly those bytes, rendered by PDFium (pypdfium2),
and Print sends exactly those bytes on. The preview keeps the PDF in memory only: no
temporary file is written for it (the printer's own copy is removed as soon as the print
service has it, see handout.print_pdf). pypdfium2 is imported here, when a preview is asked
for, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from decisionaid.ui.qtenums import Qt

# Pixels per PDF point at 100% zoom (72 points an inch; about 96 pixels an inch on screen).
SCALE = 96 / 72


class PreviewError(Exception):
    pass


def render_pages(data: bytes, scale: float = SCALE) -> list[QImage]:
    """Each page of the PDF `data` as an image."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # an incomplete install: printing and saving still work
        raise PreviewError(
            QCoreApplication.translate(
                "PrintPreviewDialog",
                "The preview cannot be shown on this computer. You can still print the "
                "handout, or save it as a PDF and look at it there.",
            )
        ) from None
    images = []
    try:
        doc = pdfium.PdfDocument(data)
        try:
            for index in range(len(doc)):
                page = doc[index]
                bitmap = page.render(scale=scale, rev_byteorder=True)
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                )
                images.append(image.copy())  # owns its pixels
                bitmap.close()
                page.close()
        finally:
            doc.close()
    except pdfium.PdfiumError as exc:
        raise PreviewError(str(exc)) from None
    return images


class PrintPreviewDialog(QDialog):
    """The pages one under the other, with Print and Close."""

    print_requested = Signal()

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Print preview"))
        layout = QVBoxLayout(self)
        # At larger text sizes the pages are drawn larger too (200% text: pages at 200%).
        from decisionaid.ui.settings import BASE_POINT_SIZE

        zoom = max(1.0, self.font().pointSizeF() / BASE_POINT_SIZE)
        self.pages = render_pages(data, SCALE * zoom)
        self.summary = QLabel(
            self.tr("The handout has %n pages. This is how they will print.", "", len(self.pages))
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        host = QWidget()
        column = QVBoxLayout(host)
        column.setSpacing(16)
        self.page_labels: list[QLabel] = []
        for number, image in enumerate(self.pages, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(self.tr("Page {0} of {1}").format(number, len(self.pages)))
            label.setStyleSheet("border: 1px solid #767676; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll = QScrollArea()
        self.scroll.setWidget(host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("The pages of the handout"))
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.print_button.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit()

    def _fit(self) -> None:
        page_width = max((img.width() for img in self.pages), default=600)
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = page_width + 80, 900
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 40), min(height, free.height() - 80)
        self.resize(width, height)

    def _print(self) -> None:
        self.accept()
        self.print_requested.emit()
