"""Step 11: Questions for your doctor. A suggested checklist plus the patient's own questions."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from decisionaid.model.options import build_grid
from decisionaid.model.session import MAX_NOTES_CHARS, MAX_OWN_QUESTIONS, MAX_QUESTION_CHARS
from decisionaid.ui.pages.base import Page
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.widgets import Card, WrapCheckBox, heading, paragraph, source_note


def _remove_before_cursor(edit: QPlainTextEdit, count: int) -> None:
    """Take back the last `count` characters typed or pasted (those before the cursor)."""
    cursor = edit.textCursor()
    count = min(count, cursor.position())
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, count)
    cursor.removeSelectedText()


class _CheckSlot:
    def __init__(self, page: QuestionsPage, qid: str, box: QCheckBox) -> None:
        self.page = page
        self.qid = qid
        self.box = box
        box.toggled.connect(self.on_toggled)

    def on_toggled(self, checked: bool) -> None:
        chosen = self.page.document.session.questions_checked
        if checked and self.qid not in chosen:
            chosen.append(self.qid)
        elif not checked and self.qid in chosen:
            chosen.remove(self.qid)
        self.page.document.edit("questions")


class QuestionsPage(Page):
    step_id = "questions"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        q = content.questions
        self.add_heading(self.tr("Questions for your doctor"))
        self.add_paragraph(q.intro)
        card = Card()
        card.add(heading(self.tr("Suggested questions"), 2))
        self.slots: list[_CheckSlot] = []
        for item in q.suggested:
            choice = WrapCheckBox(item.text)
            card.add(choice)
            self.slots.append(_CheckSlot(self, item.id, choice.box))
        self._add(card)

        grid_card = Card()
        grid_card.add(heading(self.tr("From your options, side by side"), 2))
        grid_card.add(
            paragraph(
                self.tr(
                    "Nobody has told you these yet. They come from the blocks that say "
                    "\u201cAsk\u201d on the options step. Type the answer there and the "
                    "question leaves this list."
                )
            )
        )
        self.grid_questions = paragraph("")
        grid_card.add(self.grid_questions)
        self._add(grid_card)

        self.add_heading(self.tr("Your own questions"), 2)
        self.add_paragraph(self.tr("Write one question on each line."))
        self.own = QPlainTextEdit()
        self.own.setAccessibleName(self.tr("Your own questions, one on each line"))
        self.own.setTabChangesFocus(True)
        self.own.setMinimumHeight(140)
        self.own.textChanged.connect(self._on_own_changed)
        self._add(self.own)
        self.add_source_like(
            self.tr(
                "Up to {0} questions, each up to {1} characters.", "", MAX_OWN_QUESTIONS
            ).format(MAX_OWN_QUESTIONS, f"{MAX_QUESTION_CHARS:,}")
        )
        self.own_message = self._status()
        self._own_len = 0

        self.add_heading(self.tr("Anything else you want your doctor to know"), 2)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for your doctor"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(100)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._add(self.notes)
        self.add_source_like(
            self.tr("Up to {0} characters.", "", MAX_NOTES_CHARS).format(f"{MAX_NOTES_CHARS:,}")
        )
        self.notes_message = self._status()
        self.finish()

    def add_source_like(self, text: str):
        return self._add(source_note(text))

    def _status(self):
        label = paragraph("")
        label.setProperty("role", "status")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return self._add(label)

    def _say(self, label, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _on_own_changed(self) -> None:
        if self.document.loading:
            return
        text = self.own.toPlainText()
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > MAX_OWN_QUESTIONS or any(len(q) > MAX_QUESTION_CHARS for q in lines):
            # Refused: the last thing typed or pasted is taken back, and the field says why.
            _remove_before_cursor(self.own, max(1, len(text) - self._own_len))
            self._say(
                self.own_message,
                self.tr(
                    "That is more than fits here: at most {0} questions, each up to {1} "
                    "characters. Nothing else was changed.",
                    "",
                    MAX_OWN_QUESTIONS,
                ).format(MAX_OWN_QUESTIONS, f"{MAX_QUESTION_CHARS:,}"),
            )
            return
        self._own_len = len(text)
        if self.own_message.isVisible() and len(lines) < MAX_OWN_QUESTIONS:
            self._say(self.own_message, "")
        self.document.session.own_questions = lines
        self.document.edit("questions")

    def _on_notes_changed(self) -> None:
        if self.document.loading:
            return
        text = self.own_notes_text()
        if len(text) > MAX_NOTES_CHARS:
            _remove_before_cursor(self.notes, len(text) - MAX_NOTES_CHARS)
            self._say(
                self.notes_message,
                self.tr(
                    "The notes can hold up to {0} characters. The rest was not added.",
                    "",
                    MAX_NOTES_CHARS,
                ).format(f"{MAX_NOTES_CHARS:,}"),
            )
            return
        self.document.session.notes = text
        self.document.edit("notes")

    def own_notes_text(self) -> str:
        return self.notes.toPlainText()

    def on_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        s = self.document.session
        asked = build_grid(s, self.content).questions()
        self.grid_questions.setText(
            "<br>".join(f"\u2610 {escape(q)}" for q in asked)
            if asked
            else escape(self.tr("None: every block has an answer."))
        )
        for slot in self.slots:
            slot.box.blockSignals(True)
            slot.box.setChecked(slot.qid in s.questions_checked)
            slot.box.blockSignals(False)
        own = "\n".join(s.own_questions)
        if (
            self.own.toPlainText() != own
            and [x.strip() for x in self.own.toPlainText().splitlines() if x.strip()]
            != s.own_questions
        ):
            self.own.blockSignals(True)
            self.own.setPlainText(own)
            self.own.blockSignals(False)
        self._own_len = len(self.own.toPlainText())
        if self.notes.toPlainText() != s.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(s.notes)
            self.notes.blockSignals(False)
