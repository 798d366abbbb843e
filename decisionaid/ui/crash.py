"""What a person sees when the program meets an error it did not expect: never a traceback.

`install()` sets `sys.excepthook` for the GUI (as Mu does). An error while the window is open
(in a slot, an event handler or a timer) shows a short message box and writes one line on
stderr; the program goes on, and the backup copy (autosave) is left as it is, so the answers
typed so far are kept. `startup_failed()` does the same for an error before the window is up.

The stderr line names the kind of error and where it happened, never its message: messages
can quote what the person typed, and nothing a patient wrote goes to a log.
Offscreen (tests, screenshots, CI) no one can see a dialog, so only the line is written.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from decisionaid.errors import UserError

_HEADLESS = ("offscreen", "minimal")
_showing = False


# lupdate only finds literal QCoreApplication.translate("Crash", "...") calls, not a wrapper.
def _name() -> str:
    return QCoreApplication.translate("MainWindow", "Trial Decision Aid")


def where(tb: TracebackType | None) -> str:
    """ "file.py:line in function" of the innermost frame of the program's own code."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [f for f in frames if "decisionaid" in Path(f.filename).parts] or frames
    if not ours:
        return "unknown place"
    frame = ours[-1]
    parts = Path(frame.filename).parts
    if "decisionaid" in parts:
        start = len(parts) - 1 - parts[::-1].index("decisionaid")
        short = "/".join(parts[start:])
    else:
        short = parts[-1]
    return f"{short}:{frame.lineno} in {frame.name}"


def one_line(exc: BaseException, tb: TracebackType | None) -> str:
    if isinstance(exc, UserError):
        return f"decisionaid: error: {exc}"
    return f"decisionaid: unexpected error: {type(exc).__name__} at {where(tb)}"


def _show(title: str, text: str, detail: str) -> None:
    """A modal message box, unless no one can see it or one is already open."""
    global _showing
    app = QApplication.instance()
    if app is None or _showing or QGuiApplication.platformName() in _HEADLESS:
        return
    _showing = True
    try:
        from PySide6.QtWidgets import QMessageBox  # here: the start need not wait for it

        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
        if detail:
            box.setInformativeText(detail)
        box.exec()
    finally:
        _showing = False


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    print(one_line(exc, tb) + " (answers are kept in the backup copy)", file=sys.stderr)
    _show(
        QCoreApplication.translate("Crash", "Something went wrong"),
        QCoreApplication.translate(
            "Crash",
            "{0} ran into a problem it did not expect. Your answers are kept: the backup copy "
            "on this computer has everything up to your last change.\n\n"
            "You can go on. If something looks wrong, close the program and open it again, "
            "then press \u201cContinue where I left off\u201d.",
        ).format(_name()),
        QCoreApplication.translate("Crash", "For whoever looks after this computer: {0}").format(
            one_line(exc, tb)
        ),
    )


def install() -> None:
    """Route every uncaught exception of the GUI through the message box."""
    sys.excepthook = _hook


def startup_failed(exc: BaseException) -> int:
    """Report an error that stopped the window from opening; returns the exit status (1)."""
    print(one_line(exc, exc.__traceback__), file=sys.stderr)
    if isinstance(exc, UserError):
        text = str(exc)
    else:
        text = QCoreApplication.translate(
            "Crash", "{0} could not start because of a problem it did not expect."
        ).format(_name())
    _show(
        QCoreApplication.translate("Crash", "{0} could not start").format(_name()),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Crash",
            "Your answers from last time are kept and will be there when the program starts.",
        ),
        "" if isinstance(exc, UserError) else one_line(exc, exc.__traceback__),
    )
    return 1
