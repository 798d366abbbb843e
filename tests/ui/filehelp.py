"""Helpers for tests that open files through the window's dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from decisionaid.storage import sessionfile


def choose_file(monkeypatch, path: Path) -> list[str]:
    """Answer the next open-file dialog with `path`; returns the folders it started in."""
    started: list[str] = []

    def get_open(parent=None, caption="", folder="", *args, **kwargs):
        started.append(str(folder))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    return started


def messages(boxes) -> list:
    """The boxes shown, other than questions."""
    return [b for b in boxes.shown if b.kind != "question"]


def assert_one_clear_message(boxes):
    """Exactly one message (questions aside): plain text, one short paragraph, no traceback."""
    shown = messages(boxes)
    assert len(shown) == 1, shown
    box = shown[0]
    assert box.text.strip()
    assert not box.rich, box.text
    assert len(box.text) < 600, box.text
    for bad in ("Traceback", "Error:", "Errno", "RuntimeError", "ValueError", "unexpected"):
        assert bad not in box.text, box.text
    return box


def assert_still_saves(window, monkeypatch, tmp_path) -> None:
    """File > Save As works, and the file reads back equal to the session."""
    target = tmp_path / "saved" / "after.json"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.save_as_action.trigger()
    assert target.is_file()
    assert sessionfile.load(target) == window.document.session
    assert not window.document.modified
