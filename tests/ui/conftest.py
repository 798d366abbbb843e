"""Fixtures for widget tests: a main window over a fresh or given session."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

B = QMessageBox.StandardButton


@pytest.fixture
def make_window(qtbot):
    from decisionaid.app import create_window

    # Keep every window alive until the test ends (a top-level widget without a Python
    # reference is deleted by PySide, pages included).
    windows = []

    def make(session=None, prepare_ahead=False, first_screen_first=None):
        window = create_window(
            session, prepare_ahead=prepare_ahead, first_screen_first=first_screen_first
        )
        windows.append(window)
        window._autosave_enabled = not window.clinic
        qtbot.addWidget(window)
        # Never block on a modal box in a test: record and answer instead.
        window.questions_asked = []

        def ask(title, text, buttons, default):
            window.questions_asked.append(text)
            return getattr(window, "next_answer", QMessageBox.StandardButton.Discard)

        def show_error(title, text):
            window.last_error = text
            window.errors_shown = [*getattr(window, "errors_shown", []), text]

        def show_info(title, text):
            window.infos_shown = [*getattr(window, "infos_shown", []), text]

        window.ask = ask
        window.show_error = show_error
        window.show_info = show_info
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    windows.clear()


@dataclass
class Box:
    kind: str  # "warning", "information", "question", "critical" or "box" (built by hand)
    title: str
    text: str
    rich: bool  # shown as rich text (HTML)


@pytest.fixture
def boxes(monkeypatch):
    """Every QMessageBox is recorded and answered at once (from `boxes.answers`, else the
    default: Yes to questions, Ok to the rest)."""
    shown: list[Box] = []
    answers: list = []

    def _rich(fmt, text: str) -> bool:
        if fmt == Qt.TextFormat.PlainText:
            return False
        if fmt == Qt.TextFormat.RichText:
            return True
        return QtGui.Qt.mightBeRichText(text)

    def _exec(box: QMessageBox) -> int:
        text = " ".join(t for t in (box.text(), box.informativeText()) if t)
        shown.append(Box("box", box.windowTitle(), text, _rich(box.textFormat(), box.text())))
        if answers:
            return int(answers.pop(0).value)
        return int(B.Ok.value)

    def _static(kind: str, default_answer):
        def show(parent, title, text, *args, **kwargs):
            # The static functions treat text as "auto" (rich if it looks like HTML).
            shown.append(Box(kind, title, text, _rich(Qt.TextFormat.AutoText, text)))
            return answers.pop(0) if answers else default_answer

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "exec", _exec)
    monkeypatch.setattr(QMessageBox, "question", _static("question", B.Yes))
    monkeypatch.setattr(QMessageBox, "warning", _static("warning", B.Ok))
    monkeypatch.setattr(QMessageBox, "information", _static("information", B.Ok))
    monkeypatch.setattr(QMessageBox, "critical", _static("critical", B.Ok))

    return SimpleNamespace(shown=shown, answers=answers)


@pytest.fixture
def patient_window(make_window, demo, boxes, qtbot):
    """The example patient's answers, plus a name typed in: unsaved, as in a real session."""
    w = make_window(demo)
    # Real dialogs (captured by `boxes`), not the shared fixture's recorders.
    del w.ask
    del w.show_error
    del w.show_info
    w.go_to(w.index_of("situation"))
    page = w.pages["situation"]
    page.name.clear()
    qtbot.keyClicks(page.name, "Mei Lin")
    assert w.document.session.situation.name == "Mei Lin"
    assert w.unsaved()
    return w
