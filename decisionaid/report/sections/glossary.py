"""Words used in the handout, with what they mean. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decisionaid.report.document import Document


def add_glossary(doc: Document) -> None:
    doc.heading(doc.text("glossary_title"))
    for term in doc.content.glossary.terms:
        markup = f"{doc.inline(term.term, bold=True)}{doc.inline(doc.text('term_sep'))}"
        markup += doc.inline(term.definition)
        doc.add(doc.markup_paragraph(markup, "body"))
