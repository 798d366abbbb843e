"""Step 9: Check your understanding. 6-8 questions, each with a kind explanation, and a score."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from decisionaid.content.schema import QuizQuestion
from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import sentences
from decisionaid.ui.widgets import Card, ChoiceRow, heading, paragraph, source_note


class _QuestionSlot:
    def __init__(self, page: QuizPage, question: QuizQuestion, row: ChoiceRow, feedback) -> None:
        self.page = page
        self.question = question
        self.row = row
        self.feedback = feedback
        row.chosen.connect(self.on_chosen)

    def on_chosen(self, index: int) -> None:
        self.page.document.session.quiz[self.question.id] = index
        self.page.document.edit("quiz")
        self.show_feedback()
        self.page.update_score()

    def show_feedback(self) -> None:
        chosen = self.page.document.session.quiz.get(self.question.id)
        if chosen is None:
            self.feedback.hide()
            return
        if chosen == self.question.answer:
            lead = QCoreApplication.translate("QuizPage", "Yes, that is right.")
        else:
            right = self.question.choices[self.question.answer]
            lead = QCoreApplication.translate("QuizPage", "Not quite. The answer is: {0}.").format(
                right
            )
        self.feedback.setText(sentences(lead, self.question.explanation))
        self.feedback.show()


class QuizPage(Page):
    step_id = "quiz"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        quiz = content.quiz
        self.add_heading(self.tr("Check your understanding"))
        self.add_paragraph(quiz.intro)
        self.score = self.add_paragraph("")
        self.score.setAccessibleName(self.tr("Your score"))
        self.slots: list[_QuestionSlot] = []
        for number, question in enumerate(quiz.questions, start=1):
            card = Card()
            card.setAccessibleName(question.prompt)
            card.add(heading(f"{number}. {question.prompt}", 2))
            row = ChoiceRow(list(question.choices), question.prompt)
            card.add(row)
            feedback = paragraph("")
            feedback.setProperty("role", "feedback")
            card.add(feedback)
            card.add(source_note(self.source_text(question.sources)))
            self.slots.append(_QuestionSlot(self, question, row, feedback))
            self._add(card)
        self.finish()

    def update_score(self) -> None:
        correct, answered = self.document.session.quiz_score(self.content.quiz.answer_key())
        total = len(self.content.quiz.questions)
        if answered == 0:
            self.score.setText(self.tr("%n questions. Choose one answer for each.", "", total))
        else:
            self.score.setText(
                sentences(
                    self.tr("You have answered {0} of %n questions.", "", total).format(answered),
                    self.tr("%n of your answers are right.", "", correct),
                )
            )

    def refresh(self) -> None:
        answers = self.document.session.quiz
        for slot in self.slots:
            slot.row.set_value(answers.get(slot.question.id))
            slot.show_feedback()
        self.update_score()
