"""All questions and the patient's notes; the blank handout's questions to ask. No Qt.

The patient's handout prints, in full, the questions they wrote and the suggested ones they
ticked, with a box to tick at the visit, then their notes. The blank handout prints every
suggested question and lines to write one's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from decisionaid.report import longtext, parts

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import Document


def add_questions(doc: HandoutBuilder) -> None:
    doc.heading(doc.text("questions_title"))
    for title, questions in (
        ("questions_own", doc.summary.own_questions),
        ("questions_chosen", doc.summary.checked_questions),
        ("questions_grid", doc.summary.grid_questions),
    ):
        doc.add(doc.paragraph(doc.text(title), "h3"))
        if questions:
            doc.bullets(questions, mark="☐")
        else:
            doc.add(doc.paragraph(doc.text("questions_none"), "body"))
    if doc.session.notes.strip():
        doc.heading(doc.text("notes_title"), "h2")
        doc.add(*longtext.text_block(doc, doc.session.notes, "user"))


def add_blank_questions(doc: Document) -> None:
    doc.heading(doc.text("blank_questions"))
    doc.bullets([q.text for q in doc.content.questions.suggested], mark="☐")
    doc.add(doc.paragraph(doc.text("blank_write_in"), "h3"))
    doc.add(parts.write_in_lines(doc))
