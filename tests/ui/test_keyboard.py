"""Keyboard use on every page: no two things share an Alt+letter shortcut."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a text such as "&Next" or "Save &PDF…" (lower case), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window) -> dict[str, list[str]]:
    """Alt+letter -> the texts that use it, among what the window shows now (the menu bar's
    menus, the buttons and the labels with a buddy of the window and its current page)."""
    used: dict[str, list[str]] = defaultdict(list)
    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                used[key].append(action.text())
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if key := mnemonic(widget.text()):
            used[key].append(widget.text())
    return used


def test_mnemonic_helper():
    assert mnemonic("Save &PDF…") == "p"
    assert mnemonic("Fish && chips") is None
    assert mnemonic("No mnemonic") is None


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_no_two_things_share_an_alt_letter_on_any_page(make_window, demo, language):
    demo.language = language
    window = make_window(demo)
    clashes = {}
    for index, step in enumerate(window.steps):
        window.go_to(index)
        QApplication.processEvents()
        for key, texts in visible_mnemonics(window).items():
            if len(texts) > 1:
                clashes[f"{step.id} Alt+{key.upper()}"] = texts
    # The translators and the core's language are global: leave English for other tests.
    window.set_language("en")
    assert not clashes, clashes
