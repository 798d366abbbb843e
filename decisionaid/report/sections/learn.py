"""What a clinical trial is, for the blank handout: its opening page, the phases with the
drug-development funnel, and randomisation with example pictures. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether

from decisionaid.report.sections import charts

if TYPE_CHECKING:
    from decisionaid.report.document import Document


def add_blank_cover(doc: Document) -> None:
    doc.add(doc.paragraph(doc.text("blank_kicker"), "kicker"))
    doc.add(doc.paragraph(doc.text("blank_title"), "title"))
    doc.add(doc.paragraph(doc.text("blank_intro"), "box"))
    doc.add(doc.paragraph(doc.content.learn.intro, "body"))


def add_phases(doc: Document) -> None:
    learn = doc.content.learn
    doc.heading(learn.phases_title or doc.text("blank_phases"))
    for phase in learn.phases:
        for_you = doc.inline(
            doc.text("text_cite", text=phase.for_you, sources=doc.cite(phase.sources))
        )
        doc.add(
            KeepTogether(
                [
                    doc.paragraph(phase.name, "h3"),
                    doc.paragraph(f"{phase.size} {phase.purpose}", "body_tight"),
                    doc.markup_paragraph(for_you, "note"),
                ]
            )
        )
    if doc.content.facts.funnel.steps:
        charts.add_funnel_figure(doc)


def add_randomisation(doc: Document) -> None:
    """The content's sections on how trials work; randomisation with two example pictures."""
    for section in doc.content.learn.sections:
        randomisation = section.id == "randomisation"
        doc.heading(section.title, "h1" if randomisation else "h2")
        for text in section.paragraphs:
            doc.add(doc.paragraph(text, "body"))
        doc.add(doc.paragraph(doc.text("cite", sources=doc.cite(section.sources)), "small"))
        if randomisation:
            for example in doc.content.facts.randomisation.examples[:2]:
                charts.add_randomisation_example(doc, example)
