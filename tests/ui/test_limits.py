"""Limits for large sessions: said in the field, refused with a message, nothing else lost."""

from __future__ import annotations

from decisionaid.model.session import MAX_NOTES_CHARS, MAX_OWN_QUESTIONS
from decisionaid.storage import sessionfile


def test_notes_beyond_the_limit_are_refused_with_a_message(make_window, qtbot):
    window = make_window()
    window.go_to(window.index_of("questions"))
    page = window.pages["questions"]
    page.notes.setPlainText("n" * (MAX_NOTES_CHARS - 3))
    page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
    page.notes.insertPlainText("abcdefgh")
    assert len(window.document.session.notes) == MAX_NOTES_CHARS
    assert len(page.notes.toPlainText()) == MAX_NOTES_CHARS
    assert page.notes_message.isVisible() and "20,000" in page.notes_message.text()
    sessionfile.loads(sessionfile.dumps(window.document.session))  # still opens


def test_questions_beyond_the_limit_are_refused_and_the_rest_kept(make_window, qtbot):
    window = make_window()
    window.go_to(window.index_of("questions"))
    page = window.pages["questions"]
    page.own.setPlainText("\n".join(f"q{i}" for i in range(MAX_OWN_QUESTIONS)))
    assert len(window.document.session.own_questions) == MAX_OWN_QUESTIONS
    page.own.moveCursor(page.own.textCursor().MoveOperation.End)
    page.own.insertPlainText("\none too many\nand another")
    assert len(window.document.session.own_questions) == MAX_OWN_QUESTIONS
    assert "one too many" not in page.own.toPlainText()
    assert page.own_message.isVisible()
    sessionfile.loads(sessionfile.dumps(window.document.session))
