"""Message boxes that show file names and record texts as plain text, never as HTML.

One place for the dialogs that report on a file, so every path that opens one (File > Open,
a drop on the window, the trial page, the command line's file) says the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from decisionaid.ui.qtenums import Qt


def box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal box with one OK button. `text` is plain text (a file name may hold `<b>`)."""
    message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    message.setTextFormat(Qt.TextFormat.PlainText)
    message.exec()


def replaced_characters(name: str) -> str:
    """Said once after a file or record whose text had to be mended (lone surrogates)."""
    return QCoreApplication.translate(
        "Messages",
        "Some characters in {0} could not be read. Each was replaced with \ufffd. "
        "Please check the text before you rely on it.",
    ).format(name)


def replaced_title() -> str:
    return QCoreApplication.translate("Messages", "Some characters were replaced")
