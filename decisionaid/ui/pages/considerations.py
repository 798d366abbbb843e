"""Steps 5 and 6: Possible benefits, and Possible risks and burdens. Same layout, same depth."""

from __future__ import annotations

from decisionaid.content.schema import Consideration
from decisionaid.model.options import how_likely, trial_considerations
from decisionaid.ui.pages.base import Page
from decisionaid.ui.widgets import Card, ChoiceRow, heading, paragraph, source_note


class _RatingSlot:
    """Connects one item's ChoiceRow to the session ratings (a bound method, no lambda)."""

    def __init__(self, page: ConsiderationsPage, item_id: str, row: ChoiceRow) -> None:
        self.page = page
        self.item_id = item_id
        self.row = row
        row.chosen.connect(self.on_chosen)

    def on_chosen(self, index: int) -> None:
        self.page.document.session.ratings[self.item_id] = index
        self.page.document.edit("ratings")


class ConsiderationsPage(Page):
    kind = "benefits"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        c = content.considerations
        items: list[Consideration] = c.benefits if self.kind == "benefits" else c.risks
        if self.kind == "benefits":
            self.add_heading(self.tr("Possible benefits"))
            self.add_paragraph(c.benefits_intro)
        else:
            self.add_heading(self.tr("Possible risks and burdens"))
            self.add_paragraph(c.risks_intro)
        self.slots: list[_RatingSlot] = []
        # Item id -> (item, its card, its "How likely" label): tailored to the trial on refresh.
        self.cards: dict[str, tuple[Consideration, Card, object]] = {}
        for item in items:
            card = Card()
            card.setAccessibleName(item.title)
            card.add(heading(item.title, 2))
            card.add(paragraph(item.text))
            likely = card.add(paragraph(""))
            self.cards[item.id] = (item, card, likely)
            card.add(source_note(self.source_text(item.sources)))
            card.add(heading(c.rating_question, 3))
            row = ChoiceRow(list(c.rating_labels), f"{item.title}. {c.rating_question}")
            card.add(row)
            self.slots.append(_RatingSlot(self, item.id, row))
            self._add(card)
        document.changed.connect(self._on_changed)
        self.finish()

    def _on_changed(self, section: str) -> None:
        # A hidden page fills itself when shown (`on_show`), not at every key typed elsewhere.
        if section == "trial" and self.isVisible():
            self.refresh()

    def on_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        session = self.document.session
        ratings = session.ratings
        for slot in self.slots:
            slot.row.set_value(ratings.get(slot.item_id))
        # Only the points that fit this trial (no comparison-group risk for a single group),
        # with "How likely" for its phase (phase 1 figures only for a phase 1 trial).
        benefits, risks = trial_considerations(self.content, session.trial)
        shown = {i.id for i in (*benefits, *risks)}
        for item_id, (item, card, likely) in self.cards.items():
            card.setVisible(item_id in shown)
            likely.setText(self.tr("How likely: {0}").format(how_likely(item, session.trial)))


class BenefitsPage(ConsiderationsPage):
    step_id = "benefits"
    kind = "benefits"


class RisksPage(ConsiderationsPage):
    step_id = "risks"
    kind = "risks"
