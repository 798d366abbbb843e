"""Opening files (issue 12): a registry record through File > Open, the trial-file dialog's
start folder, and files dropped on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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
    data["session"].pop("current_step", None)
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


def test_clinic_mode_keeps_no_last_trial_folder(make_window, monkeypatch, tmp_path):
    Settings.clinic_forced = True
    window = make_window()
    assert window.clinic
    folder = tmp_path / "patient-records"
    folder.mkdir()
    (folder / RECORD.name).write_bytes(RECORD.read_bytes())
    for _ in range(2):
        assert _trial_dialog_folder(window, monkeypatch, folder / RECORD.name) == documents_dir()
    assert Settings().get("files/last_trial_dir") == ""
