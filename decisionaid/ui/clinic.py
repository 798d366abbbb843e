"""Clinic mode: a shared computer, one patient after another.

- **New patient** ends the session. It asks first if there are unsaved answers, then clears
  the window by rebuilding every page from a fresh session, the clipboard if it holds text
  from the program, status messages, open dialogs (print preview included), and the folders
  the file dialogs remember.
- **Idle timeout**: after N minutes without input (the counselor profile; default 10), a
  warning counts down for 60 seconds with **Keep working**; then the program clears itself
  as New patient does, without asking. Unsaved answers are dropped: that is the point.
- The **counselor profile** (name, clinic, default country, currency, paper, print size, the
  folder of prepared trial files, the idle timeout, clinic mode) lives in the settings, never
  in a patient's session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from decisionaid.model.session import Counselor, Session
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.settings import IDLE_MINUTES_RANGE, Settings

WARNING_SECONDS = 60
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def fresh_session(settings: Settings, language: str) -> Session:
    """A blank session with the counselor profile's defaults (country and currency)."""
    session = Session(language=language)
    session.costs.country = settings.profile("country")
    session.costs.currency = settings.profile("currency")
    return session


def counselor(settings: Settings) -> Counselor:
    """The counselor from the profile (it goes on the handout, not into the session file)."""
    return Counselor(name=settings.profile("name"), clinic=settings.profile("clinic"))


def session_texts(session: Session) -> list[str]:
    """Every text of the session (to tell whether the clipboard holds the patient's words)."""
    import dataclasses

    out: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            if value.strip():
                out.append(value)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)

    walk(session)
    return out


def clear_clipboard(session: Session) -> bool:
    """Clear the clipboard (and the X11 selection) if it holds text from the program."""
    clipboard = QGuiApplication.clipboard()
    texts = session_texts(session)
    cleared = False
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        text = clipboard.text(mode)
        ours = (
            clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else (clipboard.ownsSelection())
        )
        if text and (ours or any(text.strip() in t or t in text for t in texts)):
            clipboard.clear(mode)
            cleared = True
    return cleared


def close_dialogs(window: QWidget) -> int:
    """Close every other top-level window of the program (dialogs, print preview)."""
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        closed += 1
    return closed


class IdleWarning(QDialog):
    """ "The session will be cleared in N seconds", with Keep working."""

    keep_working = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.button = QPushButton(self.tr("&Keep working"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._keep)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.seconds = WARNING_SECONDS

    def show_count(self, seconds: int) -> None:
        self.seconds = seconds
        text = self.tr(
            "Nobody has used the program for a while. To protect the patient's privacy, "
            "their answers will be cleared in %n seconds.",
            "",
            seconds,
        )
        self.label.setText(text)

    def _keep(self) -> None:
        self.keep_working.emit()
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button: the same as Keep working
        self.keep_working.emit()
        super().reject()


class ClinicController(QObject):
    """New patient and the idle timeout for one main window."""

    cleared = Signal()

    def __init__(self, window, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.warn)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.warning: IdleWarning | None = None
        self.set_idle_minutes(settings.idle_minutes)
        QCoreApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._stop)

    # --- idle timeout ----------------------------------------------------------------------
    def set_idle_minutes(self, minutes: float) -> None:
        self.idle_ms = max(1, int(minutes * 60_000))
        self.idle_timer.start(self.idle_ms)

    def set_idle_ms(self, ms: int, warning_seconds: int = WARNING_SECONDS) -> None:
        """For tests: a short timeout and countdown."""
        self.idle_ms = ms
        self.warning_seconds = warning_seconds
        self.idle_timer.start(ms)

    warning_seconds = WARNING_SECONDS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self.warning is None:
            self.idle_timer.start(self.idle_ms)
        return False

    def warn(self) -> None:
        if self.warning is not None:
            return
        self.warning = IdleWarning(self.window)
        self.warning.keep_working.connect(self.keep_working)
        self.left = self.warning_seconds
        self.warning.show_count(self.left)
        self.warning.show()
        self.countdown.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.countdown.stop()
            self._dismiss_warning()
            self.clear()
            self.idle_timer.start(self.idle_ms)
            return
        if self.warning is not None:
            self.warning.show_count(self.left)

    def keep_working(self) -> None:
        self.countdown.stop()
        warning, self.warning = self.warning, None
        if warning is not None:
            warning.hide()
            warning.deleteLater()
        self.idle_timer.start(self.idle_ms)

    def _dismiss_warning(self) -> None:
        warning, self.warning = self.warning, None
        if warning is not None:
            warning.blockSignals(True)
            warning.hide()
            warning.deleteLater()

    def _stop(self) -> None:
        self.idle_timer.stop()
        self.countdown.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- New patient -----------------------------------------------------------------------
    def new_patient(self) -> bool:
        """Ask if there are unsaved answers, then clear everything. True if cleared."""
        if not self.window._confirm_discard():
            return False
        self.clear()
        return True

    def clear(self) -> None:
        """Clear the window, clipboard, messages, dialogs and remembered folders."""
        window = self.window
        old = window.document.session
        close_dialogs(window)
        clear_clipboard(old)
        window.clear_autosave()
        self.settings.forget_folders()
        paper = self.settings.profile("paper")
        if paper in ("a4", "letter"):
            self.settings.set("handout/paper", paper)
        large = self.settings.profile("large_print")
        if large in ("true", "false"):
            self.settings.set("handout/large_print", large)
        window.start_fresh(fresh_session(self.settings, window.content.pack.language))
        window.statusBar().clearMessage()
        self.settings.sync()
        from decisionaid.ui.handout import clean_print_leftovers

        clean_print_leftovers(max_age_s=600)
        self.cleared.emit()


class ProfileDialog(QDialog):
    """The counselor profile: kept in the settings, never in a patient's session."""

    def __init__(self, settings: Settings, content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Counselor profile"))
        form = QFormLayout()
        self.name = QLineEdit(settings.profile("name"))
        self.clinic = QLineEdit(settings.profile("clinic"))
        self.country = QComboBox()
        self.country.addItem(self.tr("No default"), "")
        for country in content.costs.countries:
            self.country.addItem(country.name, country.id)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.profile("country"))))
        self.currency = QLineEdit(settings.profile("currency"))
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("USD, CNY, EUR")
        self.paper = QComboBox()
        self.paper.addItem(self.tr("As this computer's region"), "")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.profile("paper"))))
        self.large_print = QCheckBox(self.tr("Large print handouts"))
        self.large_print.setChecked(settings.profile("large_print") == "true")
        folder_row = QHBoxLayout()
        self.trial_folder = QLineEdit(settings.profile("trial_folder"))
        browse = QPushButton(self.tr("&Choose\u2026"))
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.trial_folder, 1)
        folder_row.addWidget(browse)
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        self.clinic_mode = QCheckBox(self.tr("Clinic mode (a shared computer)"))
        self.clinic_mode.setChecked(settings.clinic_mode)
        if settings.clinic_locked or Settings.clinic_forced:
            self.clinic_mode.setEnabled(False)
            self.clinic_mode.setToolTip(self.tr("Set by the administrator or the command line."))
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("C&linic:"), self.clinic)
        form.addRow(self.tr("Default c&ountry:"), self.country)
        form.addRow(self.tr("Default c&urrency:"), self.currency)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow("", self.large_print)
        form.addRow(self.tr("Prepared &trial files:"), folder_row)
        form.addRow(self.tr("Clear after &idle time:"), self.idle)
        form.addRow("", self.clinic_mode)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "These settings belong to you, not to a patient. "
                "Your name and clinic go on handouts."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of prepared trial files"), self.trial_folder.text()
        )
        if folder:
            self.trial_folder.setText(folder)

    def save(self) -> None:
        s = self.settings
        s.set_profile("name", self.name.text().strip())
        s.set_profile("clinic", self.clinic.text().strip())
        s.set_profile("country", self.country.currentData() or "")
        s.set_profile("currency", self.currency.text().strip().upper())
        s.set_profile("paper", self.paper.currentData() or "")
        s.set_profile("large_print", "true" if self.large_print.isChecked() else "false")
        s.set_profile("trial_folder", self.trial_folder.text().strip())
        s.idle_minutes = self.idle.value()
        if self.clinic_mode.isEnabled():
            s.clinic_mode = self.clinic_mode.isChecked()
        s.sync()


def prepared_trial_files(settings: Settings, limit: int = 50) -> list[Path]:
    """The prepared trial files in the profile's folder (newest names first, at most `limit`)."""
    folder = settings.profile("trial_folder")
    if not folder:
        return []
    try:
        files = [p for p in Path(folder).iterdir() if p.suffix.lower() == ".json" and p.is_file()]
    except OSError:
        return []
    return sorted(files, key=lambda p: p.name.lower())[:limit]
