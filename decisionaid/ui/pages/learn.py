"""Step 4: What is a clinical trial: phases I-IV, randomisation, placebo, consent."""

from __future__ import annotations

from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import join_commas
from decisionaid.ui.widgets import Card, heading, paragraph, source_note


class LearnPage(Page):
    step_id = "learn"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        learn = content.learn
        self.add_heading(self.tr("What is a clinical trial?"))
        self.add_paragraph(learn.intro)
        self.add_heading(learn.phases_title, 2)
        self.yours_note = self.add_paragraph("")
        self.phase_cards: dict[str, Card] = {}
        for phase in learn.phases:
            card = Card()
            card.setAccessibleName(phase.name)
            card.add(heading(phase.name, 3))
            card.add(paragraph(self.tr("Size: {0}").format(phase.size)))
            card.add(paragraph(self.tr("Purpose: {0}").format(phase.purpose)))
            card.add(paragraph(self.tr("What it means for you: {0}").format(phase.for_you)))
            card.add(source_note(self.source_text(phase.sources)))
            self.phase_cards[phase.phase] = card
            self._add(card)
        for section in learn.sections:
            self.add_heading(section.title, 2)
            for text in section.paragraphs:
                self.add_paragraph(text)
            self.add_source(section.sources)
        self.finish()

    def refresh(self) -> None:
        phases = [p for p in self.document.session.trial.phases if p in self.phase_cards]
        for key, card in self.phase_cards.items():
            mine = key in phases
            if card.property("highlight") == mine:
                continue  # a style sheet set again re-styles the card and all it holds
            card.setProperty("highlight", mine)
            card.setStyleSheet(
                "QFrame#card { border: 3px solid palette(highlight); }" if mine else ""
            )
        if phases:
            names = join_commas(phases)
            self.yours_note.setText(
                self.tr(
                    "Your trial is phase {0}. Its phase is marked with a thick border below."
                ).format(names)
            )
            self.yours_note.show()
        else:
            self.yours_note.hide()
        self.mark_filled()

    def on_show(self) -> None:
        if not self.is_filled():  # the trial's phases may have changed since
            self.refresh()
