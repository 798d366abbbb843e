"""Home mode: autosave with a maximum wait, the lock file, restore after a crash, Quit."""

from __future__ import annotations

import json
import os
import stat
import time

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QMessageBox

from decisionaid.storage import sessionfile
from decisionaid.storage.autosave import Autosave
from decisionaid.ui.main_window import AUTOSAVE_MAX_WAIT_MS
from decisionaid.ui.settings import autosave_path, data_dir

B = QMessageBox.StandardButton


def test_steady_typing_is_saved_while_it_goes_on(make_window, qtbot):
    """The debounce never starves: while a key comes every 100 ms, copies keep coming."""
    window = make_window()
    window.go_to(window.index_of("questions"))
    notes = window.pages["questions"].notes
    notes.setFocus()
    clock = QElapsedTimer()
    clock.start()
    lags = []
    typed = ""
    while clock.elapsed() < 3000:
        qtbot.keyClicks(notes, "a")
        typed += "a"
        qtbot.wait(100)
        if autosave_path().exists():
            saved = sessionfile.load(autosave_path()).notes
            lags.append(len(typed) - len(saved))
    assert lags, "no autosave while typing"
    # About 10 keys a second: never more than one second of typing behind.
    assert max(lags[5:]) <= 10, lags


def test_the_copy_is_written_within_the_maximum_wait(make_window, qtbot):
    window = make_window()
    window.document.session.notes = "x"
    window.document.edit("notes")
    qtbot.waitUntil(autosave_path().exists, timeout=AUTOSAVE_MAX_WAIT_MS + 500)


def test_a_lone_surrogate_typed_in_is_replaced_and_the_copy_still_saves(make_window, qtbot):
    window = make_window()
    window.document.session.notes = "before \ud800 after"
    window.document.edit("notes")
    window.write_autosave()
    assert sessionfile.load(autosave_path()).notes == "before \ufffd after"
    assert window.document.session.notes == "before \ufffd after"
    assert not getattr(window, "errors_shown", [])


def test_a_failing_copy_is_said_at_once_in_a_dialog(make_window, qtbot):
    window = make_window()
    folder = data_dir()
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: make the target a folder instead
            autosave_path().mkdir()
        for note in ("a", "ab", "abc"):
            window.document.session.notes = note
            window.document.edit("notes")
            window.write_autosave()
    finally:
        os.chmod(folder, 0o700)
    assert len(window.errors_shown) == 1  # said once, not on every key
    assert "not being kept" in window.errors_shown[0] or "backup" in window.errors_shown[0]


def test_quit_discard_really_discards(make_window, qtbot, demo, tmp_path):
    path = tmp_path / "saved.json"
    sessionfile.save(demo, path)
    window = make_window()
    assert window.open_path(path)
    window.document.session.notes = "edited after saving"
    window.document.edit("notes")
    window.write_autosave()
    assert autosave_path().exists()
    window.next_answer = B.Discard
    assert window.close()
    assert window.questions_asked
    assert not autosave_path().exists()
    assert sessionfile.load(path).notes == demo.notes


def test_quit_of_a_never_saved_session_asks(make_window):
    window = make_window()
    window.document.session.situation.name = "Pat"
    window.document.edit("situation")
    window.next_answer = B.Cancel
    assert not window.close()
    assert window.isVisible() and window.questions_asked
    window.next_answer = B.Discard
    assert window.close()
    assert not autosave_path().exists()


def test_a_crash_is_told_from_a_quit_and_the_answers_restored(make_window, qtbot, tmp_path):
    folder = data_dir()
    first = Autosave(folder)
    first.start()
    assert not first.crashed
    window = make_window()
    window._autosave = first
    window.document.session.situation.name = "Pat"
    window.document.edit("situation")
    window.write_autosave()
    # Killed: the lock stays, pointing at a process that is gone.
    first.lock.write_text(json.dumps({"pid": 2**22 + 12345, "host": os.uname().nodename}))
    leftover = folder / ".autosave.json.abc123.tmp"
    leftover.write_text('{"half": ')
    second = Autosave(folder)
    second.start()
    assert second.crashed
    assert not leftover.exists()
    recovery = second.recover()
    assert recovery is not None and recovery.crashed
    assert recovery.session.situation.name == "Pat"
    assert abs(recovery.saved_at.timestamp() - time.time()) < 60
    second.stop()
    assert not second.lock.exists()


def test_a_normal_quit_leaves_no_lock_and_no_copy(make_window):
    folder = data_dir()
    autosave = Autosave(folder)
    autosave.start()
    window = make_window()
    window._autosave = autosave
    window.document.session.notes = "n"
    window.document.edit("notes")
    window.write_autosave()
    window.next_answer = B.Discard
    assert window.close()
    autosave.stop()
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_second_copy_of_the_program_leaves_the_first_ones_files_alone(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    first = Autosave(folder)
    first.start()
    first.lock.write_text(json.dumps({"pid": os.getppid(), "host": os.uname().nodename}))
    second = Autosave(folder)
    second.start()
    assert second.other_running and not second.crashed
    assert second.recover() is None


def test_opening_a_session_replaces_only_after_it_is_read_and_checked(make_window, demo, tmp_path):
    window = make_window(demo)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"format": "trial-decision-aid-session", "version": 1, "session": 7}')
    assert not window.open_path(bad)
    assert window.document.session == demo
    good = tmp_path / "good.json"
    sessionfile.save(demo, good)
    assert window.open_path(good)
    assert stat.S_IMODE(os.stat(autosave_path()).st_mode) == 0o600


def test_the_lock_can_wait_for_the_first_paint():
    """The app checks the lock before its window (crash or not) and writes its own once the
    window is painted: until then there is no lock file, then one naming this process."""
    folder = data_dir()
    autosave = Autosave(folder)
    autosave.start(write_lock=False)
    assert not autosave.crashed and not autosave.lock.exists()
    autosave.write_lock()
    info = json.loads(autosave.lock.read_text())
    assert info["pid"] == os.getpid()
    assert (autosave.lock.stat().st_mode & 0o777) == 0o600
    autosave.stop()
    assert not autosave.lock.exists()
