"""Bad files through the real GUI paths (issue 11): one clear dialog, and nothing lost.

Each hostile input of issue 11 (a lone surrogate in a session, a trial file and a registry
record; an integer of more than 4,300 digits; a FIFO named *.json; a link to /dev/zero; a
link loop; a 100,000-character or path-like `language`; a server that sends 1 byte a second)
is opened the way a person would: File > Open, the trial page's "Open a trial file…" button
or its online look-up, with a patient's answers already typed in. Every message box is
captured (none may block): exactly one must appear, in plain text, with no traceback, and
the patient's answers must be unchanged and still save to a file that reads back equal.
"""

from __future__ import annotations

import faulthandler
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from decisionaid.model.trial import TrialInfo
from decisionaid.storage import sessionfile, trialfile
from tests.conftest import FIXTURES
from tests.ui.filehelp import (
    assert_one_clear_message,
    assert_still_saves,
    choose_file,
    messages,
)

B = QMessageBox.StandardButton
RECORD = FIXTURES / "NCT01126879.json"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@pytest.fixture
def window(patient_window):
    return patient_window


@pytest.fixture(autouse=True)
def _never_hang():
    """A read that blocks (a FIFO) must fail this test, not stall the whole run."""
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _session_doc(**session) -> bytes:
    doc = {"format": sessionfile.FORMAT, "version": sessionfile.VERSION, "session": session}
    return json.dumps(doc).encode()


def _make_bad(case: str, folder: Path) -> Path:
    """A hostile file named *.json."""
    path = folder / f"{case}.json"
    if case == "huge-integer":
        path.write_bytes(_session_doc(notes="x").replace(b'"x"', b"9" * 5000))
    elif case == "fifo":
        os.mkfifo(path)
    elif case == "dev-zero":
        path.symlink_to("/dev/zero")
    elif case == "link-loop":
        (folder / "other.json").symlink_to(path)
        path.symlink_to(folder / "other.json")
    elif case == "long-language":
        path.write_bytes(_session_doc(language="e" * 100_000))
    elif case == "path-language":
        pack = folder / "en"
        pack.mkdir()
        path.write_bytes(_session_doc(language=str(pack)))
    else:
        raise AssertionError(case)
    return path


SESSION_CASES = [
    "huge-integer",
    pytest.param("fifo", marks=needs_fifo),
    "dev-zero",
    "link-loop",
    "long-language",
    "path-language",
]


# --- File > Open -----------------------------------------------------------------------------


@pytest.mark.parametrize("case", SESSION_CASES)
def test_file_open_of_a_bad_session_gives_one_dialog_and_keeps_the_answers(
    window, boxes, monkeypatch, tmp_path, case
):
    before = sessionfile.dumps(window.document.session)
    step = window.current_step().id
    bad = _make_bad(case, tmp_path)
    choose_file(monkeypatch, bad)
    started = time.monotonic()
    window.open_action.trigger()
    assert time.monotonic() - started < 5
    box = assert_one_clear_message(boxes)
    assert bad.name in box.text or "file name is too long" in box.text.lower()
    # Not asked to save or discard first: the file was read and refused before anything else.
    assert not [b for b in boxes.shown if b.kind == "question"]
    assert sessionfile.dumps(window.document.session) == before
    assert window.document.path is None and window.unsaved()
    assert window.current_step().id == step
    assert window.content.pack.language == "en"
    assert_still_saves(window, monkeypatch, tmp_path)


def test_file_open_of_a_session_with_a_lone_surrogate(window, boxes, monkeypatch, tmp_path):
    """The file opens (after the question about the unsaved answers), the bad character is
    replaced with U+FFFD, one message says so, and the session saves."""
    path = tmp_path / "surrogate.json"
    path.write_bytes(_session_doc(notes="before PLACE after").replace(b"PLACE", b"\\ud800"))
    choose_file(monkeypatch, path)
    boxes.answers.append(B.Discard)
    window.open_action.trigger()
    assert [b.kind for b in boxes.shown if b.kind == "question"] == ["question"]
    box = assert_one_clear_message(boxes)
    assert "\ufffd" in box.text and path.name in box.text
    assert window.document.session.notes == "before \ufffd after"
    assert window.document.path == path
    # The backup copy works too (it failed on every change before).
    window.document.session.notes += " more"
    window.document.edit("notes")
    window.write_autosave()
    assert len(messages(boxes)) == 1
    assert_still_saves(window, monkeypatch, tmp_path)


def test_a_good_session_after_a_bad_one_opens(window, boxes, monkeypatch, tmp_path, demo):
    bad = _make_bad("huge-integer", tmp_path)
    choose_file(monkeypatch, bad)
    window.open_action.trigger()
    good = tmp_path / "good.json"
    sessionfile.save(demo, good)
    choose_file(monkeypatch, good)
    boxes.answers.append(B.Discard)
    window.open_action.trigger()
    assert window.document.path == good
    assert window.document.session.situation.name == demo.situation.name


# --- the trial page's "Open a trial file…" ---------------------------------------------------


def _trial_page(window):
    window.go_to(window.index_of("trial"))
    return window.pages["trial"]


def _without_trial(session) -> bytes:
    data = json.loads(sessionfile.dumps(session))
    data["session"].pop("trial")
    return json.dumps(data).encode()


TRIAL_CASES = [
    "huge-integer",
    pytest.param("fifo", marks=needs_fifo),
    "dev-zero",
    "link-loop",
]


@pytest.mark.parametrize("case", TRIAL_CASES)
def test_opening_a_bad_trial_file_gives_one_dialog_and_keeps_the_answers(
    window, boxes, monkeypatch, tmp_path, case
):
    page = _trial_page(window)
    before = sessionfile.dumps(window.document.session)
    bad = _make_bad(case, tmp_path)
    if case == "huge-integer":
        doc = json.loads(trialfile.dumps(TrialInfo(title="A trial")))
        doc["trial"]["months"] = 0
        bad.write_bytes(json.dumps(doc).replace('"months": 0', '"months": ' + "9" * 5000).encode())
    choose_file(monkeypatch, bad)
    started = time.monotonic()
    page.load_button.click()
    assert time.monotonic() - started < 5
    box = assert_one_clear_message(boxes)
    assert bad.name in box.text
    assert not [b for b in boxes.shown if b.kind == "question"]
    assert sessionfile.dumps(window.document.session) == before
    assert_still_saves(window, monkeypatch, tmp_path)


def _record_with_surrogate(tmp_path: Path) -> Path:
    doc = json.loads(RECORD.read_text(encoding="utf-8"))
    doc["protocolSection"]["identificationModule"]["briefTitle"] = "PLACE title"
    path = tmp_path / "NCT01126879.json"
    path.write_text(json.dumps(doc).replace("PLACE", "\\ud800"), encoding="utf-8")
    return path


def _trial_file_with_surrogate(tmp_path: Path) -> Path:
    path = tmp_path / "prepared.trial.json"
    raw = trialfile.dumps(TrialInfo(title="PLACE title", registry_id="NCT01234567"))
    path.write_bytes(raw.replace(b"PLACE", b"\\udfff"))
    return path


@pytest.mark.parametrize("make", [_record_with_surrogate, _trial_file_with_surrogate])
def test_a_lone_surrogate_in_a_trial_file_or_record(window, boxes, monkeypatch, tmp_path, make):
    page = _trial_page(window)
    others = _without_trial(window.document.session)
    path = make(tmp_path)
    choose_file(monkeypatch, path)
    page.load_button.click()  # "Replace the trial details?" is answered Yes
    box = assert_one_clear_message(boxes)
    assert "\ufffd" in box.text and path.name in box.text
    trial = window.document.session.trial
    assert trial.title == "\ufffd title"
    assert page.title.text() == "\ufffd title"
    # Everything else the patient typed is as it was.
    assert _without_trial(window.document.session) == others
    window.write_autosave()
    assert len(messages(boxes)) == 1
    assert_still_saves(window, monkeypatch, tmp_path)


# --- the online look-up against a server that sends 1 byte a second ---------------------------


class _TrickleServer(ThreadingMixIn, HTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Trickle)
        self.stop = threading.Event()


class _Trickle(BaseHTTPRequestHandler):
    server: _TrickleServer

    def do_GET(self) -> None:  # noqa: N802 - the name http.server expects
        body = RECORD.read_bytes()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for i in range(len(body)):
                if self.server.stop.wait(1.0):
                    return
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
        except (OSError, BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def trickle(monkeypatch):
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    server = _TrickleServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    monkeypatch.setenv("DECISIONAID_CTGOV_URL", f"http://127.0.0.1:{server.server_address[1]}")
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.mark.network
def test_a_server_sending_one_byte_a_second_stops_at_the_total_limit(
    window, boxes, monkeypatch, qtbot, trickle, tmp_path
):
    page = _trial_page(window)
    before = sessionfile.dumps(window.document.session)
    # The real limit is 30 s; the same timer, shorter. Silence never lasts the 10 s transfer
    # time-out, so only the total limit can stop this answer.
    page.lookup.total.setInterval(1500)
    assert page.lookup.transfer_timeout_ms >= 10_000
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("NCT01126879", True))
    )
    started = time.monotonic()
    page.lookup_button.click()
    assert not page.lookup_button.isEnabled()
    qtbot.waitUntil(lambda: bool(messages(boxes)), timeout=10_000)
    assert time.monotonic() - started < 6
    box = assert_one_clear_message(boxes)
    assert "too long" in box.text
    assert not page.lookup.busy() and page.lookup_button.isEnabled()
    assert sessionfile.dumps(window.document.session) == before
    assert_still_saves(window, monkeypatch, tmp_path)


@pytest.mark.parametrize("case", ["huge-integer", "dev-zero", "link-loop", "path-language"])
def test_the_message_is_in_the_window_language(make_window, boxes, monkeypatch, tmp_path, case):
    from decisionaid.model.session import Session

    window = make_window(Session(language="zh-CN"))
    del window.show_error
    bad = _make_bad(case, tmp_path)
    choose_file(monkeypatch, bad)
    window.open_action.trigger()
    box = assert_one_clear_message(boxes)
    words = box.text.replace(str(bad), "").replace(bad.name, "")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in words), box.text
    for english in ("cannot", "is not", "holds", "link", "names a language"):
        assert english not in words, box.text
