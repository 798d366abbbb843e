"""Step 11: Questions for your doctor. A suggested checklist plus the patient's own questions."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from decisionaid.ui.pages.base import Page
from decisionaid.ui.widgets import Card, WrapCheckBox, heading


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

        self.add_heading(self.tr("Your own questions"), 2)
        self.add_paragraph(self.tr("Write one question on each line."))
        self.own = QPlainTextEdit()
        self.own.setAccessibleName(self.tr("Your own questions, one on each line"))
        self.own.setTabChangesFocus(True)
        self.own.setMinimumHeight(140)
        self.own.textChanged.connect(self._on_own_changed)
        self._add(self.own)

        self.add_heading(self.tr("Anything else you want your doctor to know"), 2)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for your doctor"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(100)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._add(self.notes)
        self.finish()

    def _on_own_changed(self) -> None:
        if self.document.loading:
            return
        lines = [line.strip() for line in self.own.toPlainText().splitlines()]
        self.document.session.own_questions = [line for line in lines if line]
        self.document.edit("questions")

    def _on_notes_changed(self) -> None:
        if self.document.loading:
            return
        self.document.session.notes = self.own_notes_text()
        self.document.edit("notes")

    def own_notes_text(self) -> str:
        return self.notes.toPlainText()

    def refresh(self) -> None:
        s = self.document.session
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
        if self.notes.toPlainText() != s.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(s.notes)
            self.notes.blockSignals(False)
