"""The options a person has: this trial, standard treatment, another trial, comfort-focused
care. No Qt.

Today the blank handout lists each option with what it means. (The patient's handout gets its
side-by-side grid of the options here too.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decisionaid.report.document import Document


def add_blank_options(doc: Document) -> None:
    """Each option of the content pack, with what it means."""
    doc.heading(doc.text("blank_options"), "h2")
    for option in doc.content.decide.options:
        markup = f"{doc.inline(option.title, bold=True)}{doc.inline(doc.text('term_sep'))}"
        markup += doc.inline(option.text)
        doc.add(doc.markup_paragraph(markup, "bullet", bullet="•"))
