"""The status bar's indication while the handout is made: "Making the handout…", a progress
bar and Cancel (the work itself: ui/export_worker.py).

Apart from the worker so that the window, which makes this widget hidden with the status bar
(so the bar's height never changes), needs none of the worker's thread pool before it is first
painted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ExportProgress(QWidget):
    """The status bar's "Making the handout…", a progress bar and Cancel, while a job runs."""

    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMinimumWidth(160)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retranslate()
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def retranslate(self) -> None:
        """Name the parts in the interface language (the window calls it on a switch)."""
        if not self.isVisible():
            self.label.setText(self.tr("Making the handout\u2026"))
        self.bar.setAccessibleName(self.tr("Progress of the handout"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop making the handout; nothing is saved"))

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the pages are counted
        self.cancel_button.setEnabled(True)
        self.show()

    def set_value(self, percent: int) -> None:
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        self.bar.setValue(max(0, min(100, percent)))

    def end(self) -> None:
        self.hide()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
