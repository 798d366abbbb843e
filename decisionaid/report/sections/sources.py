"""The sources the handout cites, with their years; the evidence review date, the update
policy, funding, the disclaimer and the versions of the program and its content. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Spacer

from decisionaid import __version__
from decisionaid.report.strings import format_date

if TYPE_CHECKING:
    from decisionaid.report.document import Document


def add_about(doc: Document) -> None:
    """ "About this decision aid": who made and paid for it, evidence, updates, reading level,
    development and testing."""
    pack = doc.content.pack
    about = doc.content.about
    doc.heading(about.title, "h2")
    review = format_date(pack.evidence_review, doc.language)
    for title, paragraphs in about.filled(review, __version__, pack.content_version):
        doc.add(doc.paragraph(title, "h3"))
        for text in paragraphs:
            doc.add(doc.paragraph(text, "small"))


def add_sources(doc: Document) -> None:
    pack = doc.content.pack
    doc.heading(doc.text("sources_title"))
    unconfirmed = doc.text("tag_U")
    # Only what the handout cites: a source that backs nothing printed is not listed.
    for sid, source in doc.content.sources.sources.items():
        if sid not in doc.cited:
            continue
        tag = ""
        if source.tag == "U" and unconfirmed.lower() not in source.citation.lower():
            tag = doc.text("tag_mark", tag=unconfirmed)
        head = doc.text("source_head", short=source.short, year=source.year)
        text = f"{doc.inline(head, bold=True)} {doc.inline(source.citation + tag)}"
        doc.add(doc.markup_paragraph(text, "bullet_small", bullet="•"))
    review = format_date(pack.evidence_review, doc.language)
    doc.add(Spacer(1, doc.style["body"].size * 0.5))
    doc.add(doc.paragraph(doc.text("evidence_review", date=review), "body"))
    for key, value, style in (
        ("update_policy", pack.update_policy, "small"),
        ("funding_title", pack.funding, "small"),
        ("disclaimer_title", pack.disclaimer, "body"),
    ):
        doc.add(doc.labelled(doc.text(key), value, style))
    version = doc.text("app_version", version=__version__, content=pack.content_version)
    doc.add(doc.paragraph(version, "small"))
