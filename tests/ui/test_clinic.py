"""Clinic mode: two patients in a row on one computer, and the idle timeout.

After a whole patient walk and New patient, nothing holds the patient's words in:
- the private data folder (DECISIONAID_DATA_DIR: autosave, lock, temporary files),
- the settings folder (XDG_CONFIG_HOME: decisionaid.conf, QtProject.conf of the file dialogs),
- the system temporary folder's print copies (decisionaid-print-*),
- the home folder (where handouts used to go by default),
and neither the clipboard nor any widget of the window holds them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

from decisionaid.model.session import Session
from decisionaid.storage import trialfile
from decisionaid.ui.clinic import fresh_session

WORDS = ("Zebediah", "Quuxley", "marmalade", "otterbridge", "Mesothelioma-Z9")


@pytest.fixture
def clinic_settings(_isolated_user_dirs):
    from decisionaid.ui.settings import Settings

    settings = Settings()
    settings.clinic_mode = True
    settings.set_profile("name", "J. Rivera, RN")
    settings.set_profile("clinic", "City Cancer Centre")
    settings.set_profile("country", "")
    settings.sync()
    return settings


def _files_holding_words(*folders: Path) -> list[str]:
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(w.encode() in data for w in WORDS):
                    hits.append(str(path))
    return hits


def _texts_of_window(window) -> list[str]:
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for page_id in [s.id for s in window.steps]:
        window.page(page_id)
    for widget in window.findChildren(QLineEdit):
        texts.append(widget.text())
    for widget in window.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in window.findChildren(QTextEdit):
        texts.append(widget.toPlainText())
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QComboBox):
        texts.append(widget.currentText())
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            texts.append(widget.windowTitle())
    return texts


def _holds_words(texts: list[str]) -> list[str]:
    return [t for t in texts if any(w in t for w in WORDS)]


def _walk_one_patient(window, qtbot, tmp_path: Path, first_name: str) -> Path:
    """A patient's whole walk: every step, typing, a trial file, the clipboard, a PDF."""
    assert window.current_step().id == "welcome"
    window.go_next()  # situation
    situation = window.pages["situation"]
    qtbot.keyClicks(situation.name, first_name)
    qtbot.keyClicks(situation.cancer_type, "Mesothelioma-Z9")
    window.go_next()  # trial
    (tmp_path / "handouts").mkdir(exist_ok=True)
    trial_file = tmp_path / "handouts" / "prepared.trial.json"  # the counselor's own file
    trial = Session().trial
    trial.title = "Study of otterbridge therapy"
    trialfile.save_trial(trial_file, trial)
    assert window.pages["trial"].open_path(trial_file)
    assert "prepared" in window.pages["trial"].message.text()
    while window.current_step().id != "questions":
        window.go_next()
    questions = window.pages["questions"]
    qtbot.keyClicks(questions.own, "Will marmalade help?")
    qtbot.keyClicks(questions.notes, "Ask about marmalade and otterbridge.")
    questions.notes.selectAll()
    questions.notes.copy()
    assert "marmalade" in QGuiApplication.clipboard().text()
    window.go_next()  # summary
    out = tmp_path / "handouts"
    out.mkdir(exist_ok=True)
    window.handout.save(window.document.session, window.content, out / "h.pdf")
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    pdf = window.handout.outcome
    assert pdf is not None and pdf.exists()
    window.statusBar().showMessage(f"Saved for {first_name}")
    return pdf


def _assert_nothing_left(window, home: Path):
    config = Path(os.environ["XDG_CONFIG_HOME"])
    data = Path(os.environ["DECISIONAID_DATA_DIR"])
    prints = list(Path(tempfile.gettempdir()).glob("decisionaid-print-*"))
    assert _files_holding_words(data, config, home / "config", *prints) == []
    # The home folder, except the handouts the counselor saved on purpose.
    leftovers = [p for p in _files_holding_words(home) if "/handouts/" not in p]
    assert leftovers == []
    clipboard = QGuiApplication.clipboard()
    assert not any(w in clipboard.text() for w in WORDS)
    assert _holds_words(_texts_of_window(window)) == []
    assert window.document.session == fresh_session(window.settings, "en")
    assert window.document.path is None and not window.document.modified


def test_two_patients_in_a_row_leave_nothing_behind(
    make_window, qtbot, clinic_settings, tmp_path, _isolated_user_dirs
):
    home = _isolated_user_dirs
    window = make_window()
    assert window.clinic and window.clinic_controller is not None
    assert window.new_patient_button.isVisible()
    assert not window._autosave_enabled
    _walk_one_patient(window, qtbot, home, "Zebediah")
    # Nothing is written behind the counselor's back during the walk either.
    assert not (Path(os.environ["DECISIONAID_DATA_DIR"]) / "autosave.json").exists()
    window.next_answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(window.new_patient_button, Qt.MouseButton.LeftButton)
    assert window.questions_asked  # unsaved answers: it asks first
    assert window.document.session.situation.name == "Zebediah"  # Cancel keeps them
    window.next_answer = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(window.new_patient_button, Qt.MouseButton.LeftButton)
    window.settings.sync()
    _assert_nothing_left(window, home)

    # The second patient starts clean, on every page, and leaves nothing either.
    for step in window.steps:
        window.go_to(window.index_of(step.id))
    assert window.page("situation").name.text() == ""
    assert window.page("questions").notes.toPlainText() == ""
    assert window.page("trial").title.text() == ""
    window.go_to(0)
    _walk_one_patient(window, qtbot, home, "Quuxley")
    assert "Zebediah" not in repr(window.document.session)
    window.next_answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    window.settings.sync()
    _assert_nothing_left(window, home)


def test_the_file_dialogs_last_folder_is_forgotten(make_window, clinic_settings, tmp_path):
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", str(tmp_path / "Zebediah-files"))
    qt.sync()
    window = make_window()
    window.settings.last_dir = str(tmp_path / "patient-folder")
    assert window.settings.last_dir != str(tmp_path / "patient-folder")
    window.clinic_controller.clear()
    qt.sync()
    assert qt.value("FileDialog/lastVisited") is None


def test_the_handout_names_the_counselor_but_the_session_does_not(make_window, clinic_settings):
    window = make_window()
    shown = window.handout.with_counselor(window.document.session)
    assert shown.counselor.name == "J. Rivera, RN" and shown.counselor.clinic
    assert window.document.session.counselor.name == ""
    name = window.handout.default_name()
    assert name.startswith("trial-decision-summary-") and name.endswith(".pdf")


def test_new_patient_closes_dialogs(make_window, clinic_settings, qtbot):
    window = make_window()
    from decisionaid.ui.clinic import ProfileDialog

    dialog = ProfileDialog(window.settings, window.content, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.clinic_controller.clear()
    assert not dialog.isVisible()


def test_idle_timeout_warns_keeps_working_then_clears(make_window, qtbot, clinic_settings):
    window = make_window()
    clinic = window.clinic_controller
    window.document.session.situation.name = "Zebediah"
    window.document.edit("situation")
    clinic.set_idle_ms(300, warning_seconds=2)
    qtbot.waitUntil(lambda: clinic.warning is not None and clinic.warning.isVisible(), timeout=3000)
    assert "2 seconds" in clinic.warning.label.text()
    qtbot.mouseClick(clinic.warning.button, Qt.MouseButton.LeftButton)  # Keep working
    assert clinic.warning is None
    assert window.document.session.situation.name == "Zebediah"
    qtbot.waitUntil(lambda: clinic.warning is not None, timeout=3000)
    warning = clinic.warning
    qtbot.waitUntil(lambda: warning.label.text().count("1 second") == 1, timeout=3000)
    qtbot.waitUntil(lambda: clinic.warning is None, timeout=3000)
    assert window.document.session.situation.name == ""
    assert window.current_step().id == "welcome"
    assert not window.questions_asked  # the timeout does not ask


def test_input_restarts_the_idle_timer(make_window, qtbot, clinic_settings):
    window = make_window()
    clinic = window.clinic_controller
    clinic.set_idle_ms(1500)
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < 3000:  # twice the timeout, with a key every 300 ms
        qtbot.wait(300)
        qtbot.keyClick(window.next_button, Qt.Key.Key_Shift)
    assert clinic.warning is None
    qtbot.waitUntil(lambda: clinic.warning is not None, timeout=5000)


def test_clinic_mode_from_the_command_line_and_the_administrator_lock(_isolated_user_dirs):
    from decisionaid.ui.settings import Settings

    settings = Settings()
    assert not settings.clinic_mode
    Settings.clinic_forced = True
    assert settings.clinic_mode
    Settings.clinic_forced = False
    system = settings.system()
    system.setValue("clinic/locked", "true")
    system.setValue("clinic/mode", "true")
    system.sync()
    settings.clinic_mode = False  # locked: the user cannot turn it off
    assert settings.clinic_locked and settings.clinic_mode


def test_prepared_trial_files_are_listed_on_the_trial_page(make_window, qtbot, tmp_path):
    from decisionaid.ui.settings import Settings

    folder = tmp_path / "prepared"
    folder.mkdir()
    trial = Session().trial
    trial.title = "The ALPHA study"
    trialfile.save_trial(folder / "alpha.trial.json", trial)
    settings = Settings()
    settings.set_profile("trial_folder", str(folder))
    settings.sync()
    window = make_window()
    page = window.page("trial")
    assert [b.text() for b in page.prepared_buttons] == ["alpha"]
    page.prepared_buttons[0].click()
    assert window.document.session.trial.title == "The ALPHA study"
