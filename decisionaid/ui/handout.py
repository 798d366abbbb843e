"""Save and print the PDF handout from the app.

Printing sends the very same PDF to the system's print service after the patient picks a
printer in Qt's print dialog, so the paper copy matches the saved file exactly:
`lp` on Linux and macOS (CUPS), the shell's "print" verb on Windows.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from decisionaid.model.session import Session
from decisionaid.storage.files import WriteError
from decisionaid.ui.text import sentences

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack


def default_paper() -> str:
    """US Letter where it is the norm (US, Canada, Mexico, ...), A4 elsewhere."""
    country = QLocale().territory()
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return "letter" if country in letter else "a4"


PRINT_DIR_PREFIX = "decisionaid-print-"


def clean_print_leftovers(max_age_s: float = 3600.0) -> int:
    """Remove handout copies left for the printer by earlier runs (Windows prints later, so
    they cannot be removed at once). Returns how many folders were removed."""
    import time

    removed = 0
    base = Path(tempfile.gettempdir())
    try:
        folders = [p for p in base.glob(PRINT_DIR_PREFIX + "*") if p.is_dir()]
    except OSError:
        return 0
    for folder in folders:
        try:
            info = folder.stat()
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if mine and time.time() - info.st_mtime > max_age_s:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            continue
    return removed


@dataclass
class PrintJob:
    printer: str
    copies: int


class PrintError(OSError):
    pass


def send_to_printer(pdf: Path, job: PrintJob) -> None:
    """Hand `pdf` to the system print service. Raises PrintError with a readable message."""
    if sys.platform.startswith("win"):
        try:
            os.startfile(str(pdf), "print")  # type: ignore[attr-defined]  # noqa: S606
        except OSError as exc:
            raise PrintError(f"Windows could not print the handout: {exc}") from None
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError(
            "No printing service was found on this computer. Save the PDF and print it "
            "from your PDF viewer."
        )
    command = [lp, "-n", str(max(1, job.copies))]
    if job.printer:
        command += ["-d", job.printer]
    command.append(str(pdf))
    import subprocess  # here, not at the top: the first window does not wait for it

    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(f"The printer did not answer: {exc}") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise PrintError("The printer refused the handout: " + (detail[0] if detail else "?"))


class HandoutController(QObject):
    """Builds the PDF from the session, saves it, opens it, or prints it. No page owns it."""

    message = Signal(str)

    def __init__(self, parent: QWidget, settings) -> None:
        super().__init__(parent)
        self.window = parent
        self.settings = settings

    # --- options (remembered) -------------------------------------------------------------
    def paper(self) -> str:
        value = self.settings.get("handout/paper", "")
        return value if value in ("a4", "letter") else default_paper()

    def set_paper(self, paper: str) -> None:
        self.settings.set("handout/paper", paper)

    def large_print(self) -> bool:
        return self.settings.get("handout/large_print", "") == "true"

    def set_large_print(self, on: bool) -> None:
        self.settings.set("handout/large_print", "true" if on else "false")

    def open_after_saving(self) -> bool:
        return self.settings.get("handout/open_after", "true") == "true"

    def set_open_after_saving(self, on: bool) -> None:
        self.settings.set("handout/open_after", "true" if on else "false")

    # --- actions --------------------------------------------------------------------------
    def build(self, session: Session, content: ContentPack) -> bytes:
        from decisionaid.report.builder import build_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return build_pdf(
                self.with_counselor(session), content, self.paper(), self.large_print()
            )
        finally:
            QGuiApplication.restoreOverrideCursor()

    def with_counselor(self, session: Session) -> Session:
        """The session with the counselor profile's name and clinic for the handout (the
        profile is never written into the patient's session)."""
        import copy

        name, clinic = self.settings.profile("name"), self.settings.profile("clinic")
        if not (name or clinic) or session.counselor.name or session.counselor.clinic:
            return session
        from decisionaid.model.session import Counselor

        shown = copy.copy(session)
        shown.counselor = Counselor(name=name, clinic=clinic)
        return shown

    @staticmethod
    def default_name() -> str:
        """A neutral name, never the patient's, with the date and time, so one handout never
        replaces another by accident."""
        import datetime as dt

        return f"trial-decision-summary-{dt.datetime.now():%Y-%m-%d-%H%M}.pdf"

    def ask_path(self, session: Session) -> Path | None:
        start = str(Path(self.settings.last_dir) / self.default_name())
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the handout as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return Path(path)

    def save(self, session: Session, content: ContentPack, path: Path | None = None) -> Path | None:
        path = path or self.ask_path(session)
        if path is None:
            return None
        from decisionaid.report.builder import export_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_pdf(
                self.with_counselor(session), content, path, self.paper(), self.large_print()
            )
        except WriteError as exc:
            self._failed(self.tr("Could not save the handout"), str(exc.strerror or exc))
            return None
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of a patient
            self._failed(
                self.tr("Could not save the handout"),
                self.tr("The handout could not be made: {0}").format(exc),
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.settings.last_dir = str(path.parent)
        text = self.tr("Saved the handout ({0} pages) to {1}.", "", result.pages).format(
            result.pages, path
        )
        if result.warnings:
            text += " " + " ".join(result.warnings)
        if self.open_after_saving() and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            text = sentences(text, self.tr("It could not be opened here; open it from its folder."))
        self.message.emit(text)
        return path

    def _failed(self, title: str, text: str) -> None:
        """A failed save is said at once, in a dialog (and on the status bar)."""
        self.message.emit(text)
        if hasattr(self.window, "show_error"):
            self.window.show_error(title, text)

    def ask_printer(self) -> PrintJob | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the handout"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return PrintJob(printer.printerName(), printer.copyCount())

    def print_(self, session: Session, content: ContentPack) -> bool:
        job = self.ask_printer()
        if job is None:
            return False
        try:
            data = self.build(session, content)
        except Exception as exc:  # noqa: BLE001 - never a traceback in front of a patient
            self.message.emit(self.tr("The handout could not be made: {0}").format(exc))
            return False
        # A private folder only the user can read. `lp` copies the file into the print queue
        # at once, so it is removed right after; Windows prints later, so it is kept there.
        tmp = Path(tempfile.mkdtemp(prefix=PRINT_DIR_PREFIX))
        pdf = tmp / "handout.pdf"
        try:
            fd = os.open(pdf, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            send_to_printer(pdf, job)
        except (PrintError, OSError) as exc:
            self.message.emit(str(exc))
            return False
        finally:
            if not sys.platform.startswith("win"):
                shutil.rmtree(tmp, ignore_errors=True)
        self.message.emit(self.tr("The handout was sent to the printer."))
        return True
