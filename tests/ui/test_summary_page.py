"""The summary page: every question the patient chose can be read there, few or many."""

from __future__ import annotations

from PySide6.QtCore import Qt

from decisionaid.model.session import MAX_OWN_QUESTIONS
from decisionaid.model.summary import summarise
from decisionaid.ui.pages.summary import QUESTIONS_IN_TEXT


def _type_questions(window, lines: list[str]) -> None:
    window.go_to(window.index_of("questions"))
    window.pages["questions"].own.setPlainText("\n".join(lines))


def test_a_few_questions_are_listed_in_the_card(make_window):
    window = make_window()
    _type_questions(window, ["Where do I go?", "Who pays for the scans?"])
    window.go_to(window.index_of("summary"))
    page = window.pages["summary"]
    text = page.cards["questions"].text()
    assert "Where do I go?" in text and "Who pays for the scans?" in text
    assert page.question_list.isHidden()


def test_many_questions_are_all_in_one_scrolling_list(make_window, qtbot):
    window = make_window()
    questions = [f"Question number {i}?" for i in range(MAX_OWN_QUESTIONS)]
    _type_questions(window, questions)
    window.go_to(window.index_of("summary"))
    page = window.pages["summary"]
    listed = page.question_list
    assert listed.isVisible()
    everything = summarise(window.document.session, window.content).questions
    assert len(everything) > MAX_OWN_QUESTIONS  # the options grid adds its own
    assert f"You have {len(everything)} questions" in page.cards["questions"].text()
    lines = listed.toPlainText().splitlines()
    assert lines == [f"\u2022 {q}" for q in everything]
    assert lines[: len(questions)] == [f"\u2022 {q}" for q in questions]
    # Read-only, reachable with Tab, named for a screen reader, and about 12 lines high.
    assert listed.isReadOnly()
    assert listed.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert listed.accessibleName() == "Your questions for the doctor"
    line = listed.fontMetrics().lineSpacing()
    assert 11 * line <= listed.height() <= 14 * line
    # Back to a few: the list goes, the card lists them again.
    few = QUESTIONS_IN_TEXT - (len(everything) - len(questions))
    _type_questions(window, questions[:few])
    window.go_to(window.index_of("summary"))
    assert listed.isHidden()
    assert f"Question number {few - 1}?" in page.cards["questions"].text()


def test_the_summary_follows_edits_made_on_other_steps(make_window, demo):
    window = make_window(demo)
    summary = window.index_of("summary")
    window.go_to(summary)
    page = window.pages["summary"]
    assert demo.situation.name in page.cards["you"].text()
    window.go_to(window.index_of("situation"))
    window.document.session.situation.name = "Another Name"
    window.document.edit("situation")
    window.go_to(summary)
    assert "Another Name" in page.cards["you"].text()
