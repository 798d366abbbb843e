"""Opening files (issue 12): a registry record through File > Open, the trial-file dialog's
start folder, and files dropped on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from decisionaid.model.session import Session
from decisionaid.model.trial import TrialInfo
from decisionaid.storage import sessionfile, trialfile
from decisionaid.ui.settings import Settings, documents_dir
from tests.conftest import FIXTURES
from tests.ui.filehelp import assert_one_clear_message, choose_file, messages

B = QMessageBox.StandardButton
RECORD = FIXTURES / "NCT01126879.json"
ICTRP = FIXTURES.parent / "who-ictrp" / "ictrp-export-2024-06-09.xml"
CHICTR = FIXTURES.parent / "chictr" / "ChiCTR2000034346.xml"


def questions(boxes) -> list:
    return [b for b in boxes.shown if b.kind == "question"]


def _without_trial(session) -> bytes:
    import json

    data = json.loads(sessionfile.dumps(session))
    data["session"].pop("trial")
    for progress in ("current_step", "seen"):  # where the patient is, not an answer
        data["session"].pop(progress, None)
    return json.dumps(data).encode()


# --- File > Open on a registry record ---------------------------------------------------------


@pytest.mark.parametrize("record", [RECORD, CHICTR], ids=["ctgov", "chictr"])
def test_file_open_on_a_registry_record_offers_to_open_it_as_the_trial(
    patient_window, boxes, monkeypatch, record
):
    window = patient_window
    others = _without_trial(window.document.session)
    choose_file(monkeypatch, record)
    boxes.answers.append(B.Yes)
    window.open_action.trigger()
    (question,) = questions(boxes)
    assert "registry record, not a saved session" in question.text
    assert "Open it as the trial?" in question.text
    # The example patient has trial details: the question says they are replaced.
    assert "replaces the trial details" in question.text
    assert not messages(boxes)  # no "not a session" error as well
    assert window.current_step().id == "trial"
    trial = window.document.session.trial
    assert trial.registry_id == record.stem
    assert window.pages["trial"].registry_id.text() == record.stem
    assert f"Loaded the trial from {record.name}" in window.pages["trial"].message.text()
    # Only the trial changed: the session (name typed in) stays, unsaved.
    assert window.document.path is None
    assert window.document.session.situation.name == "Mei Lin"
    assert _without_trial(window.document.session) == others
    assert window.unsaved()


def test_no_leaves_everything_as_it_was(patient_window, boxes, monkeypatch):
    window = patient_window
    before = sessionfile.dumps(window.document.session)
    step = window.current_step().id
    choose_file(monkeypatch, RECORD)
    boxes.answers.append(B.No)
    window.open_action.trigger()
    assert len(questions(boxes)) == 1 and not messages(boxes)
    assert sessionfile.dumps(window.document.session) == before
    assert window.current_step().id == step


def test_a_record_with_several_trials_asks_which(patient_window, boxes, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = patient_window
    trials = trialfile.load_any(ICTRP)
    assert len(trials) > 1
    picked: list[list[str]] = []

    def get_item(parent, title, label, names, *args, **kwargs):
        picked.append(list(names))
        return names[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    choose_file(monkeypatch, ICTRP)
    window.open_action.trigger()
    assert picked and window.document.session.trial.registry_id == trials[1].registry_id


def test_a_prepared_trial_file_is_offered_too(make_window, boxes, monkeypatch, tmp_path):
    window = make_window()  # a fresh session: no trial details to replace
    del window.ask
    path = tmp_path / "clinic.trial.json"
    trialfile.save_trial(path, TrialInfo(title="Clinic trial A", registry_id="NCT01234567"))
    choose_file(monkeypatch, path)
    window.open_action.trigger()
    (question,) = questions(boxes)
    assert "prepared trial file, not a saved session" in question.text
    assert "replaces" not in question.text
    assert window.document.session.trial.title == "Clinic trial A"


def test_a_broken_record_is_still_not_a_session(make_window, boxes, monkeypatch, tmp_path):
    window = make_window()
    del window.ask
    del window.show_error
    bad = tmp_path / "record.json"
    bad.write_text('{"protocolSection": 5}', encoding="utf-8")
    choose_file(monkeypatch, bad)
    window.open_action.trigger()
    assert not questions(boxes)
    assert "not a Trial Decision Aid session" in assert_one_clear_message(boxes).text


# --- the trial-file dialog's start folder -----------------------------------------------------


def _trial_dialog_folder(window, monkeypatch, target: Path) -> str:
    page = window.page("trial")
    window.go_to(window.index_of("trial"))
    started = choose_file(monkeypatch, target)
    page.confirm_replace = lambda: True
    page.load_button.click()
    assert len(started) == 1
    return started[0]


def test_the_trial_dialog_starts_in_documents_then_in_the_last_trial_folder(
    make_window, monkeypatch, tmp_path
):
    window = make_window()
    folder = tmp_path / "records"
    folder.mkdir()
    record = folder / RECORD.name
    record.write_bytes(RECORD.read_bytes())
    assert _trial_dialog_folder(window, monkeypatch, record) == documents_dir()
    # The next time (and after a restart: it is a setting) it starts where the last one was.
    assert _trial_dialog_folder(window, monkeypatch, record) == str(folder)
    assert Settings().trial_dir == str(folder)
    # The session dialogs keep their own folder.
    assert window.settings.last_dir != str(folder)


def test_the_profile_trial_folder_comes_first(make_window, monkeypatch, tmp_path):
    prepared = tmp_path / "prepared"
    prepared.mkdir()
    Settings().set_profile("trial_folder", str(prepared))
    window = make_window()
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / RECORD.name).write_bytes(RECORD.read_bytes())
    assert _trial_dialog_folder(window, monkeypatch, other / RECORD.name) == str(prepared)
    assert _trial_dialog_folder(window, monkeypatch, other / RECORD.name) == str(prepared)
    # The earlier-studies dialog starts there too.
    started = choose_file(monkeypatch, other / RECORD.name)
    window.pages["trial"].add_earlier_dialog()
    assert started == [str(prepared)]


def test_a_missing_profile_folder_falls_back(make_window, monkeypatch, tmp_path):
    Settings().set_profile("trial_folder", str(tmp_path / "gone"))
    window = make_window()
    assert _trial_dialog_folder(window, monkeypatch, RECORD) == documents_dir()


def test_clinic_mode_keeps_no_last_trial_folder(tmp_path):
    """In clinic mode the trial page's "remember this folder" is dropped, not stored."""
    folder = tmp_path / "patient-records"
    folder.mkdir()
    Settings.clinic_forced = True
    settings = Settings()
    assert settings.clinic_mode
    settings.last_trial_dir = str(folder)
    assert settings.trial_dir == documents_dir()
    assert Settings().get("files/last_trial_dir") == ""


# --- drag and drop ----------------------------------------------------------------------------


def _mime(*urls: QUrl, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    if urls:
        mime.setUrls(list(urls))
    if text is not None:
        mime.setText(text)
    return mime


def _drag(target, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` onto the middle of `target` and drop it: (enter accepted, drop accepted)."""
    point = target.rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(point), actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def _file(path: Path) -> QUrl:
    return QUrl.fromLocalFile(str(path))


def _settle(qtbot) -> None:
    """The window opens a dropped file just after the drop event returns."""
    qtbot.wait(20)


def test_dropping_a_session_on_the_window_opens_it(make_window, qtbot, demo, tmp_path):
    window = make_window()
    assert window.acceptDrops()
    path = tmp_path / "saved.json"
    sessionfile.save(demo, path)
    assert _drag(window, _mime(_file(path))) == (True, True)
    _settle(qtbot)
    assert window.document.path == path
    assert window.document.session.situation.name == demo.situation.name
    assert not window.questions_asked  # nothing typed yet: nothing to ask


def test_a_drop_on_a_text_field_opens_the_file_and_leaves_the_field_alone(
    patient_window, boxes, qtbot, demo, tmp_path
):
    """Dropped on the name field, a file is opened, not pasted as a path into the answer;
    unsaved answers are asked about as File > Open asks (Cancel keeps them)."""
    window = patient_window
    field = window.pages["situation"].name
    before = sessionfile.dumps(window.document.session)
    path = tmp_path / "other.json"
    sessionfile.save(demo, path)
    boxes.answers.append(B.Cancel)
    # File managers send the path as plain text too, which a line edit would paste.
    assert _drag(field, _mime(_file(path), text=str(path))) == (True, True)
    _settle(qtbot)
    assert field.text() == "Mei Lin"
    assert [b.text for b in questions(boxes)] == [
        "Do you want to save your answers before you go on?"
    ]
    assert sessionfile.dumps(window.document.session) == before
    boxes.answers.append(B.Discard)
    _drag(field, _mime(_file(path)))
    _settle(qtbot)
    assert window.document.path == path
    assert window.pages["situation"].name.text() == demo.situation.name


def test_a_drop_on_the_notes_field_does_not_paste_the_path(patient_window, boxes, qtbot):
    window = patient_window
    window.go_to(window.index_of("questions"))
    page = window.pages["questions"]
    notes = page.findChildren(QPlainTextEdit)
    assert notes
    target = notes[0].viewport()
    before = sessionfile.dumps(window.document.session)
    boxes.answers.append(B.No)
    assert _drag(target, _mime(_file(RECORD))) == (True, True)
    _settle(qtbot)
    assert len(questions(boxes)) == 1  # "Open it as the trial?" answered No
    assert str(RECORD) not in notes[0].toPlainText()
    assert sessionfile.dumps(window.document.session) == before


def test_a_drop_on_a_chart_opens_the_file(make_window, qtbot, demo, tmp_path):
    """A chart is a picture: it takes no drop itself (a QGraphicsView would), so a file dropped
    on it reaches the window, which opens it."""
    window = make_window()
    window.go_to(window.index_of("chances"))
    picture = window.pages["chances"].randomisation.plot
    assert not picture.acceptDrops() and not picture.viewport().acceptDrops()
    path = tmp_path / "saved.json"
    sessionfile.save(demo, path)
    assert _drag(picture.viewport(), _mime(_file(path))) == (True, True)
    _settle(qtbot)
    assert window.document.path == path


@pytest.mark.parametrize("record", [RECORD, CHICTR], ids=["json", "xml"])
def test_dropping_a_registry_record_opens_it_as_the_trial(patient_window, boxes, qtbot, record):
    window = patient_window
    boxes.answers.append(B.Yes)
    _drag(window, _mime(_file(record)))
    _settle(qtbot)
    (question,) = questions(boxes)
    assert "registry record, not a saved session" in question.text
    assert window.current_step().id == "trial"
    assert window.document.session.trial.registry_id == record.stem
    assert window.document.session.situation.name == "Mei Lin"


def test_dropping_a_bad_file_gives_one_message_and_changes_nothing(
    patient_window, boxes, qtbot, tmp_path
):
    window = patient_window
    before = sessionfile.dumps(window.document.session)
    bad = tmp_path / "huge.json"
    bad.write_bytes(
        b'{"format": "trial-decision-aid-session", "version": 2, "session": '
        + b'{"notes": '
        + b"9" * 5000
        + b"}}"
    )
    _drag(window, _mime(_file(bad)))
    _settle(qtbot)
    assert "huge.json" in assert_one_clear_message(boxes).text
    assert not questions(boxes)
    assert sessionfile.dumps(window.document.session) == before


def _refused(tmp_path: Path, case: str) -> QMimeData:
    if case == "several":
        a, b = tmp_path / "a.json", tmp_path / "b.json"
        for p in (a, b):
            sessionfile.save(Session(), p)
        return _mime(_file(a), _file(b))
    if case == "web":
        return _mime(QUrl("https://clinicaltrials.gov/api/v2/studies/NCT01126879"))
    if case == "folder":
        folder = tmp_path / "records.json"
        folder.mkdir()
        return _mime(_file(folder))
    if case == "other-kind":
        pdf = tmp_path / "handout.pdf"
        pdf.write_bytes(b"%PDF-1.4\n")
        return _mime(_file(pdf))
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("several", "one file at a time"),
        ("web", "Only files on this computer"),
        ("folder", "records.json is a folder"),
        ("other-kind", "handout.pdf cannot be opened here"),
    ],
)
def test_other_drops_are_refused_with_one_message(
    patient_window, boxes, qtbot, tmp_path, case, words
):
    window = patient_window
    before = sessionfile.dumps(window.document.session)
    step = window.current_step().id
    _drag(window.pages["situation"].name, _refused(tmp_path, case))
    _settle(qtbot)
    assert words in assert_one_clear_message(boxes).text
    assert not questions(boxes)
    assert sessionfile.dumps(window.document.session) == before
    assert window.current_step().id == step
    assert window.pages["situation"].name.text() == "Mei Lin"


def test_plain_text_drags_still_reach_the_fields(patient_window, qtbot):
    """Only drags that carry files go to the window; text can still be dragged into a field."""
    window = patient_window
    field = window.pages["situation"].name
    enter, drop = _drag(field, _mime(text=" Wang"))
    assert enter and drop
    _settle(qtbot)
    assert "Wang" in field.text()
    assert window.document.path is None
