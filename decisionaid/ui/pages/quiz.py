"""Step 9: Check your understanding. 6-8 questions, each with a kind explanation, and a score."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from decisionaid.content.schema import QuizQuestion
from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import sentences
from decisionaid.ui.widgets import Card, ChoiceRow, SteadyLabel, heading, source_note

# Before an answer, the feedback's place holds a hint in the muted colour of the source notes.
HINT_STYLE = "color: palette(placeholder-text);"


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

    def feedback_text(self, chosen: int | None) -> str:
        if chosen is None:
            return QCoreApplication.translate(
                "QuizPage", "Choose an answer. Then you will see here if it is right, and why."
            )
        if chosen == self.question.answer:
            lead = QCoreApplication.translate("QuizPage", "Yes, that is right.")
        else:
            right = self.question.choices[self.question.answer]
            lead = QCoreApplication.translate("QuizPage", "Not quite. The answer is: {0}.").format(
                right
            )
        return sentences(lead, self.question.explanation)

    def show_feedback(self) -> None:
        """The feedback has its room from the start (the longest of its texts), so answering
        never pushes the next question down under the pointer."""
        chosen = self.page.document.session.quiz.get(self.question.id)
        wrong = next(i for i in range(len(self.question.choices)) if i != self.question.answer)
        self.feedback.set_reserved(
            [
                self.feedback_text(None),
                self.feedback_text(self.question.answer),
                self.feedback_text(wrong),
            ]
        )
        self.feedback.setText(self.feedback_text(chosen))
        self.feedback.setStyleSheet("" if chosen is not None else HINT_STYLE)


class QuizPage(Page):
    step_id = "quiz"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        quiz = content.quiz
        self.add_heading(self.tr("Check your understanding"))
        self.add_paragraph(quiz.intro)
        # The score keeps the room of its longest wording: a second line appearing when the
        # first answer is given would push the question being answered down.
        self.score = self._add(SteadyLabel())
        self.score.setAccessibleName(self.tr("Your score"))
        self.slots: list[_QuestionSlot] = []
        for number, question in enumerate(quiz.questions, start=1):
            card = Card()
            card.setAccessibleName(question.prompt)
            card.add(heading(f"{number}. {question.prompt}", 2))
            row = ChoiceRow(list(question.choices), question.prompt)
            card.add(row)
            feedback = SteadyLabel()
            feedback.setProperty("role", "feedback")
            card.add(feedback)
            card.add(source_note(self.source_text(question.sources)))
            self.slots.append(_QuestionSlot(self, question, row, feedback))
            self._add(card)
        self.finish()

    def score_text(self, correct: int, answered: int, total: int) -> str:
        if answered == 0:
            return self.tr("%n questions. Choose one answer for each.", "", total)
        return sentences(
            self.tr("You have answered {0} of %n questions.", "", total).format(answered),
            self.tr("%n of your answers are right.", "", correct),
        )

    def update_score(self) -> None:
        correct, answered = self.document.session.quiz_score(self.content.quiz.answer_key())
        total = len(self.content.quiz.questions)
        if self.score.property("reserved_for") != total:
            self.score.setProperty("reserved_for", total)
            self.score.set_reserved(
                self.score_text(right, done, total)
                for done in range(total + 1)
                for right in range(done + 1)
            )
        self.score.setText(self.score_text(correct, answered, total))

    def refresh(self) -> None:
        answers = self.document.session.quiz
        for slot in self.slots:
            slot.row.set_value(answers.get(slot.question.id))
            slot.show_feedback()
        self.update_score()
