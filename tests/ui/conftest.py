"""Fixtures for widget tests: a main window over a fresh or given session."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def make_window(qtbot):
    from decisionaid.app import create_window

    # Keep every window alive until the test ends (a top-level widget without a Python
    # reference is deleted by PySide, pages included).
    windows = []

    def make(session=None):
        window = create_window(session)
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

        window.ask = ask
        window.show_error = show_error
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    windows.clear()
