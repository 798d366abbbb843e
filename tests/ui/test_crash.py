"""The GUI never shows a traceback: an unexpected error is one message box and one line."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from decisionaid import app as app_module
from decisionaid.resources import ResourceError
from decisionaid.ui import crash


class Shown(list):
    pass


@pytest.fixture
def boxes(monkeypatch, qapp):
    """Message boxes are recorded (title, text, details) and closed at once, as if seen."""
    shown = Shown()
    monkeypatch.setattr(crash, "_HEADLESS", ())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        if getattr(fake_exec, "error_while_open", False) and len(shown) == 1:
            crash._hook(ValueError, ValueError("again"), None)
        return QMessageBox.StandardButton.Ok

    shown.exec = fake_exec  # type: ignore[attr-defined]

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _raise(message: str):
    try:
        raise KeyError(message)
    except KeyError as exc:
        return exc


def test_an_error_while_running_is_one_box_and_one_line(boxes, capsys):
    boxes.exec.error_while_open = True  # a second error while the box is open: no second box
    crash.install()
    exc = _raise("Mrs Wang typed this")
    sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("decisionaid: unexpected error: KeyError at test_crash.py:")
    assert err[0].endswith("(answers are kept in the backup copy)")
    assert len(err) == 2  # the first error, and the one raised while its box was open
    assert "Mrs Wang" not in "\n".join(err)  # what was typed never goes to stderr
    assert len(boxes) == 1
    title, text, detail = boxes[0]
    assert title == "Something went wrong"
    assert "Your answers are kept" in text and "Continue where I left off" in text
    assert "Mrs Wang" not in text + detail


def test_a_start_that_fails_is_one_box_and_one_line(boxes, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise ResourceError("content/en/quiz.toml")

    monkeypatch.setattr(app_module, "create_window", broken)
    assert app_module.run() == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "decisionaid: error: The program's files are incomplete: content/en/quiz.toml is "
        "missing. Please reinstall Trial Decision Aid."
    ]
    (title, text, detail), *more = boxes[:1]
    assert title == "Trial Decision Aid could not start"
    assert text.startswith("The program's files are incomplete: content/en/quiz.toml")
    assert "Your answers from last time are kept" in text


def test_an_unexpected_start_error_hides_its_message(boxes, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret patient words")

    monkeypatch.setattr(app_module, "create_window", broken)
    assert app_module.run() == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "RuntimeError at decisionaid/app.py:" in err  # the program's own innermost frame
    assert "secret" not in err and "secret" not in "".join(boxes[0])
    assert "could not start because of a problem it did not expect" in boxes[0][1]
