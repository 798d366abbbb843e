"""Benefits and risks with the patient's ratings, the same weight and space for both. No Qt.

The patient's handout prints the ratings chart and each item with its rating, what it means and
how likely it is (with its source). The blank handout prints the same items with boxes to rate
them by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Spacer

from decisionaid.content.schema import Consideration
from decisionaid.model.options import how_likely, trial_considerations
from decisionaid.report import drawings, parts
from decisionaid.report.sections import answers

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import Document


def add_values(doc: HandoutBuilder) -> None:
    c = doc.content.considerations
    benefits, risks = trial_considerations(doc.content, doc.session.trial)
    doc.heading(doc.text("values_title"))
    doc.add(doc.paragraph(doc.text("values_intro"), "body"))
    ratings = doc.session.ratings
    fig = drawings.ratings_chart(
        doc.chart_context(),
        [(b.title, ratings.get(b.id)) for b in benefits],
        [(r.title, ratings.get(r.id)) for r in risks],
        c.rating_labels,
        (doc.text("benefits"), doc.text("risks")),
        doc.text("ratings_chart_title"),
    )
    doc.add(*parts.figure(doc, fig))
    for title, items in ((doc.text("benefits"), benefits), (doc.text("risks"), risks)):
        for i, item in enumerate(items):
            block = _consideration(doc, item)
            if i == 0:  # the section heading stays with its first item
                block.insert(0, doc.paragraph(title, "h2"))
            doc.add(KeepTogether(block))


def _consideration(doc: HandoutBuilder, item: Consideration) -> list[Flowable]:
    rating = doc.session.ratings.get(item.id)
    max_rating = len(doc.content.considerations.rating_labels) - 1
    dots = "●" * (rating or 0) + "○" * (max_rating - (rating or 0))
    rating_markup = (
        f"{doc.inline(doc.with_colon(doc.text('rating')), bold=True)} {doc.inline(dots)} "
        f"{doc.inline(answers.rating_label(doc, item.id), bold=rating is not None)}"
    )
    words = how_likely(item, doc.session.trial)
    cited = doc.text("text_cite", text=words, sources=doc.cite(item.sources))
    likely = f"{doc.inline(doc.with_colon(doc.text('how_likely')), bold=True)} {doc.inline(cited)}"
    return [
        doc.paragraph(item.title, "h3"),
        doc.markup_paragraph(rating_markup, "body_tight"),
        doc.paragraph(item.text, "body"),
        doc.markup_paragraph(likely, "note"),
    ]


def add_blank_values(doc: Document) -> None:
    """Every benefit and risk with boxes 0 to 4, to rate by hand."""
    c = doc.content.considerations
    doc.heading(doc.text("blank_rate_title"))
    doc.add(doc.paragraph(doc.text("blank_rate_intro"), "body"))
    for title, items in ((doc.text("benefits"), c.benefits), (doc.text("risks"), c.risks)):
        table = parts.tick_box_table(doc, title, [item.title for item in items])
        doc.add(table, Spacer(1, doc.style["body"].size))
