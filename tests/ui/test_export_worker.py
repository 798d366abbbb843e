"""The handout is made off the interface thread: the window stays free, progress shows and
hides, Cancel, errors in one dialog, a complete file, and quitting or New patient meanwhile."""

from __future__ import annotations

import stat
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from decisionaid.model.session import MAX_NOTES_CHARS
from decisionaid.report import builder
from decisionaid.ui.handout import PrintJob

pypdf = pytest.importorskip("pypdf")

NOTES = ("I want to know how the visits fit with my work and my family. " * 5 + "\n") * 60
LAST_WORDS = "The very last words of my notes."


@pytest.fixture
def summary(make_window, demo):
    demo.notes = (NOTES[: MAX_NOTES_CHARS - 100] + LAST_WORDS)[:MAX_NOTES_CHARS]
    window = make_window(demo)
    window.handout.set_open_after_saving(False)
    window.go_to(window.index_of("summary"))
    return window, window.pages["summary"]


def _finish(window, qtbot):
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    return window.handout.outcome


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def gate(monkeypatch):
    """The export waits in its thread until `gate.set()`; `gate.entered` once it waits."""
    real = builder.export_pdf
    release = threading.Event()
    release.entered = threading.Event()

    def held(*args, **kwargs):
        release.entered.set()
        assert release.wait(30), "the gate was never opened"
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "export_pdf", held)
    yield release
    release.set()


def test_the_event_loop_runs_while_the_handout_is_made(summary, tmp_path, qtbot, gate):
    window, page = summary
    target = tmp_path / "handout.pdf"
    # Only the event loop can open the gate: if the export ran on the interface thread, it
    # would wait for a timer that can never fire.
    QTimer.singleShot(50, gate.set)
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(window.handout.busy))
    ticker.start(10)
    task = window.handout.save(window.document.session, window.content, target)
    assert task is not None and window.handout.busy
    assert _finish(window, qtbot) == target
    ticker.stop()
    assert gate.is_set()
    assert ticks.count(True) >= 3  # the timer fired while the export was running
    assert "Saved the handout" in page.handout_message.text()


def test_a_real_export_leaves_the_timer_running(summary, tmp_path, qtbot):
    window, _page = summary
    window.document.session.notes = NOTES * 10  # beyond the limit, through the core: slow
    ticks = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(window.handout.busy))
    ticker.start(5)
    window.handout.save(window.document.session, window.content, tmp_path / "big.pdf")
    _finish(window, qtbot)
    ticker.stop()
    assert ticks.count(True) >= 3


def test_progress_shows_moves_and_hides(summary, tmp_path, qtbot, gate):
    window, page = summary
    progress = window.handout.progress_widget
    assert not progress.isVisible()
    values = []
    task = window.handout.save(window.document.session, window.content, tmp_path / "h.pdf")
    task.progress.connect(values.append)
    assert progress.isVisible() and progress.label.text().startswith("Saving the handout")
    # One handout at a time: Save PDF and Print wait meanwhile, and say why if asked.
    assert not page.pdf_button.isEnabled() and not page.print_button.isEnabled()
    assert not window.pdf_action.isEnabled() and not window.print_action.isEnabled()
    assert window.handout.save(window.document.session, window.content, tmp_path / "2.pdf") is None
    assert "being made" in page.handout_message.text()
    gate.set()
    _finish(window, qtbot)
    assert not progress.isVisible()
    assert page.pdf_button.isEnabled() and window.print_action.isEnabled()
    assert values == sorted(values) and values[-1] >= 90
    assert not (tmp_path / "2.pdf").exists()


def test_the_file_is_complete_private_and_of_the_session_as_it_was(summary, tmp_path, qtbot, gate):
    window, page = summary
    target = tmp_path / "h.pdf"
    window.handout.save(window.document.session, window.content, target)
    assert gate.entered.wait(10)
    # The patient edits while the handout is made: the handout is of the moment they asked.
    window.document.session.notes = "Changed while the handout was being made."
    window.document.session.own_questions.append("A question typed meanwhile?")
    gate.set()
    assert _finish(window, qtbot) == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = pypdf.PdfReader(target)
    text = _squash(_text(target))
    assert _squash(LAST_WORDS) in text
    assert "Changedwhile" not in text and "typedmeanwhile" not in text
    assert f"({len(reader.pages)} pages)" in page.handout_message.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.pdf"]  # no temporary file


def test_cancel_writes_nothing(summary, tmp_path, qtbot, gate):
    window, page = summary
    window.handout.save(window.document.session, window.content, tmp_path / "h.pdf")
    assert gate.entered.wait(10)
    qtbot.mouseClick(window.handout.progress_widget.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    assert _finish(window, qtbot) is None
    assert list(tmp_path.iterdir()) == []
    assert "Stopped" in page.handout_message.text()
    assert not getattr(window, "errors_shown", [])


def test_a_failing_build_gives_one_dialog(summary, tmp_path, qtbot, monkeypatch):
    window, page = summary

    def broken(*_args, **_kwargs):
        raise ValueError("the drawing would not fit")

    monkeypatch.setattr(builder, "export_pdf", broken)
    window.handout.save(window.document.session, window.content, tmp_path / "h.pdf")
    assert _finish(window, qtbot) is None
    assert window.errors_shown == ["The handout could not be made: the drawing would not fit"]
    assert "Traceback" not in page.handout_message.text()
    assert list(tmp_path.iterdir()) == []
    assert not window.handout.progress_widget.isVisible()


def test_quitting_meanwhile_waits_for_the_handout(summary, tmp_path, qtbot, gate):
    window, _page = summary
    window.document.mark_saved(tmp_path / "session.json")  # nothing to ask on closing
    target = tmp_path / "h.pdf"
    window.handout.save(window.document.session, window.content, target)
    assert not window.close()  # not yet: the handout is still being made
    assert window.isVisible()
    assert "closes when the handout is ready" in window.statusBar().currentMessage()
    gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
    assert _squash(LAST_WORDS) in _squash(_text(target))


def test_new_patient_meanwhile_stops_the_handout(summary, tmp_path, qtbot, gate):
    from decisionaid.model.session import Session

    window, page = summary
    window.handout.save(window.document.session, window.content, tmp_path / "h.pdf")
    assert gate.entered.wait(10)
    threading.Timer(0.2, gate.set).start()  # the window waits for the worker to stop
    window.start_fresh(Session(language="en"))
    assert not window.handout.busy and not window.handout.progress_widget.isVisible()
    qtbot.wait(200)  # any late signal of the stopped job arrives now, and changes nothing
    assert list(tmp_path.iterdir()) == []
    assert window.handout.outcome is None
    assert window.statusBar().currentMessage() == ""
    assert window.pdf_action.isEnabled()


def test_printing_removes_its_temporary_copy(summary, tmp_path, qtbot, monkeypatch):
    import os

    window, _page = summary
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    spool = tmp_path / "spool"
    spool.mkdir()
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nfor last in "$@"; do :; done\ncp "$last" "{spool}/printed.pdf"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    window.handout.ask_printer = lambda: PrintJob("", 1)
    assert window.print_handout()
    assert window.handout.progress_widget.label.text().startswith("Printing")
    assert _finish(window, qtbot) is True
    assert _squash(LAST_WORDS) in _squash(_text(spool / "printed.pdf"))
    assert list(temp.iterdir()) == []
