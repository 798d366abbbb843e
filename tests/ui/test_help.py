"""Help > How to Use This Program and Help > Glossary: from the content pack, both languages,
searchable, readable at 200% text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from decisionaid.content.loader import load
from decisionaid.ui.help import GlossaryDialog, HowToDialog, matching_terms


@pytest.fixture
def no_exec(monkeypatch):
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


def test_help_menu_opens_both(make_window, no_exec):
    window = make_window()
    texts = [a.text() for a in window.help_menu.actions()]
    assert texts[:2] == ["&How to Use This Program\u2026", "&Glossary\u2026"]
    window.howto_action.trigger()
    window.glossary_action.trigger()
    howto, glossary = no_exec
    assert isinstance(howto, HowToDialog) and isinstance(glossary, GlossaryDialog)
    assert window.howto_action.shortcuts()  # F1 where the platform has it


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_how_to_holds_every_section(qtbot, language):
    content = load(language)
    dialog = HowToDialog(content)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert content.howto.title in text and content.howto.intro in text
    for section in content.howto.sections:
        assert section.title in text
        assert all(p in text for p in section.paragraphs)


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_glossary_lists_and_finds(qtbot, language):
    content = load(language)
    dialog = GlossaryDialog(content)
    qtbot.addWidget(dialog)
    terms = content.glossary.terms
    text = dialog.browser.toPlainText()
    assert all(t.term in text and t.definition in text for t in terms)
    placebo = next(t for t in terms if "lacebo" in t.term or "安慰剂" in t.term)
    dialog.search.setText(placebo.term[:3].lower())
    shown = dialog.browser.toPlainText()
    assert placebo.term in shown
    assert len(matching_terms(terms, placebo.term[:3])) < len(terms)
    dialog.search.setText("zzzz")
    assert dialog.browser.toPlainText().strip() == ""
    assert "zzzz" in dialog.count.text()


def test_glossary_counts_words():
    terms = load("en").glossary.terms
    assert matching_terms(terms, "") == list(terms)
    assert matching_terms(terms, "RANDOM")[0].term == "Randomisation"


def test_dialogs_grow_with_the_text(qtbot):
    from decisionaid.ui.settings import BASE_POINT_SIZE

    content = load("en")
    sizes = []
    font = QApplication.font()
    try:
        for scale in (1.0, 2.0):
            f = QApplication.font()
            f.setPointSizeF(BASE_POINT_SIZE * scale)
            QApplication.setFont(f)
            dialog = GlossaryDialog(content)
            qtbot.addWidget(dialog)
            sizes.append(dialog.size())
    finally:
        QApplication.setFont(font)
    assert sizes[1].width() > sizes[0].width()
