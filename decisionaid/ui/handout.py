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

from PySide6.QtCore import QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from decisionaid.storage.files import WriteError
from decisionaid.ui.text import sentences

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack
    from decisionaid.model.session import Session


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


def print_pdf(data: bytes, job: PrintJob) -> None:
    """Send `data` to the printer through a private temporary file, removed as soon as the
    print service has it (`lp` copies it into the queue at once; Windows prints later, so
    there it is kept and removed by clean_print_leftovers on a later start)."""
    tmp = Path(tempfile.mkdtemp(prefix=PRINT_DIR_PREFIX))
    pdf = tmp / "handout.pdf"
    try:
        fd = os.open(pdf, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        send_to_printer(pdf, job)
    finally:
        if not sys.platform.startswith("win"):
            shutil.rmtree(tmp, ignore_errors=True)


class HandoutController(QObject):
    """Builds the PDF from the session, saves it, opens it, or prints it. No page owns it.

    The PDF is made off the interface thread (ui.export_worker), from a frozen copy of the
    session, one handout at a time; `progress_widget` (in the status bar) shows how far it is
    and offers Cancel. `busy_changed(bool)` lets the window grey out Save PDF and Print
    meanwhile. `outcome` is the last job's result: the saved path, True when printed, or None.
    """

    message = Signal(str)
    busy_changed = Signal(bool)
    # The finished job's outcome (also in `outcome`), for whoever waits on it.
    finished = Signal(object)

    def __init__(self, parent: QWidget, settings, progress_widget=None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QThreadPool

        from decisionaid.ui.export_progress import ExportProgress

        self.window = parent
        self.settings = settings
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task = None
        self.outcome: object = None
        self.preview_dialog = None  # the print preview while it is open
        # The window may have made it already, to have it in its status bar from the start.
        self.progress_widget = progress_widget or ExportProgress()
        self.progress_widget.cancel_requested.connect(self.cancel)

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

    # --- the background job ---------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def snapshot(self, session: Session) -> Session:
        """A frozen copy for the worker: later edits cannot race the export."""
        import copy

        return copy.deepcopy(self.with_counselor(session))

    def _start(self, work, text: str, on_done):
        from decisionaid.ui.export_worker import ExportTask

        task = ExportTask(work)
        task.progress.connect(self.progress_widget.set_value)
        task.done.connect(on_done)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        self.task, self.outcome = task, None
        self.progress_widget.begin(text)
        self.busy_changed.emit(True)
        task.start(self.pool)
        return task

    def _refuse_if_busy(self) -> bool:
        if self.task is None:
            return False
        self.message.emit(self.tr("A handout is being made. Wait for it, or press Cancel."))
        return True

    def cancel(self) -> None:
        """Stop the handout being made; nothing is written."""
        if self.task is not None:
            self.task.cancel()
            self.progress_widget.cancel_button.setEnabled(False)

    def stop_and_wait(self, timeout_s: float = 10.0) -> bool:
        """Cancel the running job and wait for its thread (New patient, quitting). Its result
        is dropped without a word. True if nothing runs any more."""
        task = self.task
        if task is None:
            return True
        for signal in (task.progress, task.done, task.failed, task.cancelled, task.finished):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        task.cancel()
        stopped = task.wait(timeout_s)
        self.task = None
        self.progress_widget.end()
        self.busy_changed.emit(False)
        return stopped

    def _on_finished(self) -> None:
        self.task = None
        self.progress_widget.end()
        self.busy_changed.emit(False)
        self.finished.emit(self.outcome)

    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, PrintError):
            self._failed(self.tr("Could not print the handout"), str(exc))
        elif isinstance(exc, WriteError):
            self._failed(self.tr("Could not save the handout"), str(exc.strerror or exc))
        else:
            self._failed(
                self.tr("Could not make the handout"),
                self.tr("The handout could not be made: {0}").format(exc),
            )

    def _on_cancelled(self) -> None:
        self.message.emit(self.tr("Stopped. No handout was saved or printed."))

    # --- actions --------------------------------------------------------------------------
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

    def save(self, session: Session, content: ContentPack, path: Path | None = None):
        """Start saving the handout to `path` (asked when None). Returns the running job, or
        None (cancelled, or a handout is being made already). The file is written at the end,
        atomically; `finished(outcome)` follows, with the path or None."""
        if self._refuse_if_busy():
            return None
        path = path or self.ask_path(session)
        if path is None:
            return None
        snapshot, paper, large = self.snapshot(session), self.paper(), self.large_print()

        def work(step):
            from decisionaid.report.builder import export_pdf

            return export_pdf(snapshot, content, path, paper, large, progress=step)

        return self._start(work, self.tr("Saving the handout\u2026"), self._on_saved)

    def _on_saved(self, result) -> None:
        path = result.path
        self.outcome = path
        self.settings.last_dir = str(path.parent)
        text = self.tr("Saved the handout ({0} pages) to {1}.", "", result.pages).format(
            result.pages, path
        )
        if result.warnings:
            text += " " + " ".join(result.warnings)
        if self.open_after_saving() and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            text = sentences(text, self.tr("It could not be opened here; open it from its folder."))
        self.message.emit(text)

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

    def print_(self, session: Session, content: ContentPack):
        """Ask for a printer, then make the handout and send it there in the background.
        Returns the running job, or None."""
        if self._refuse_if_busy():
            return None
        job = self.ask_printer()
        if job is None:
            return None
        snapshot, paper, large = self.snapshot(session), self.paper(), self.large_print()

        def work(step):
            from decisionaid.report.builder import build_pdf

            print_pdf(build_pdf(snapshot, content, paper, large, progress=step), job)
            return True

        return self._start(work, self.tr("Printing the handout\u2026"), self._on_printed)

    # --- print preview (ui/print_preview.py) -----------------------------------------------
    def preview(self, session: Session, content: ContentPack):
        """Make the handout in the background, then show its pages; Print there sends those
        very bytes. Returns the running job, or None."""
        if self._refuse_if_busy():
            return None
        snapshot, paper, large = self.snapshot(session), self.paper(), self.large_print()

        def work(step):
            from decisionaid.report.builder import build_pdf

            return build_pdf(snapshot, content, paper, large, progress=step)

        return self._start(work, self.tr("Making the print preview\u2026"), self._on_preview)

    def _on_preview(self, data: bytes) -> None:
        from functools import partial

        from decisionaid.ui.print_preview import PreviewError, PrintPreviewDialog

        try:
            dialog = PrintPreviewDialog(data, self.window)
        except PreviewError as exc:
            self._failed(self.tr("Could not show the preview"), str(exc))
            return
        dialog.print_requested.connect(partial(self.print_data, data))
        dialog.finished.connect(self._on_preview_closed)
        self.preview_dialog = dialog
        dialog.open()

    def _on_preview_closed(self, _code: int) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.deleteLater()  # the pages (patient data) do not stay in memory

    def print_data(self, data: bytes):
        """Ask for a printer and send `data` (a handout already made) there."""
        if self._refuse_if_busy():
            return None
        job = self.ask_printer()
        if job is None:
            return None

        def work(_step):
            print_pdf(data, job)
            return True

        return self._start(work, self.tr("Printing the handout\u2026"), self._on_printed)

    def _on_printed(self, _result) -> None:
        self.outcome = True
        self.message.emit(self.tr("The handout was sent to the printer."))
