"""Step 10: What matters most. Ratings side by side, the options, the SURE test, the leaning."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QWidget

from decisionaid.content.schema import SureItem
from decisionaid.model.session import LEANING_NOT_SURE, RATING_MAX
from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import labelled, sentences
from decisionaid.ui.widgets import Card, ChoiceRow, ScaledLabel, heading, paragraph


class _SureSlot:
    def __init__(self, page: ValuesPage, item: SureItem, row: ChoiceRow) -> None:
        self.page = page
        self.item = item
        self.row = row
        row.chosen.connect(self.on_chosen)

    def on_chosen(self, index: int) -> None:
        self.page.document.session.sure[self.item.id] = index == 0
        self.page.document.edit("sure")
        self.page.update_sure()


class ValuesPage(Page):
    step_id = "values"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        d = content.decide
        self.add_heading(self.tr("What matters most to you"))
        self.add_paragraph(d.intro)

        self.add_heading(d.options_title, 2)
        for option in d.options:
            card = Card()
            card.add(heading(option.title, 3))
            card.add(paragraph(option.text))
            self._add(card)

        self.add_heading(self.tr("Your ratings, side by side"), 2)
        self.add_paragraph(
            self.tr(
                "Longer bars are the things that matter more to you. You can change a rating "
                "on the Benefits and Risks steps."
            )
        )
        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setHorizontalSpacing(24)
        self.bars: dict[str, tuple[QProgressBar, ScaledLabel, str]] = {}
        c = content.considerations
        sides = (
            (self.tr("Reasons to join (possible benefits)"), c.benefits),
            (self.tr("Reasons not to join (risks and burdens)"), c.risks),
        )
        for column, (title, items) in zip((0, 1), sides, strict=True):
            card = Card()
            card.add(heading(title, 3))
            for item in items:
                card.add(paragraph(item.title))
                bar = QProgressBar()
                bar.setRange(0, RATING_MAX)
                bar.setTextVisible(False)
                bar.setMaximumHeight(max(12, bar.fontMetrics().height() // 2))
                value_label = ScaledLabel("", 0.95, bold=True)
                line = QHBoxLayout()
                # Half the row for the words, so a rating ("有一点重要") rarely needs two lines.
                line.addWidget(bar, 1)
                line.addWidget(value_label, 1)
                card.layout_.addLayout(line)
                self.bars[item.id] = (bar, value_label, item.title)
            card.layout_.addStretch(1)
            self.grid.addWidget(card, 0, column)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self._add(grid_host)

        self.add_heading(d.sure_title, 2)
        self.add_paragraph(d.sure_intro)
        self.sure_slots: list[_SureSlot] = []
        yes_no = [self.tr("Yes"), self.tr("No")]
        for item in d.sure:
            card = Card()
            card.add(paragraph(f"<b>{item.letter}</b> &nbsp; {item.text}"))
            row = ChoiceRow(yes_no, item.text)
            card.add(row)
            self.sure_slots.append(_SureSlot(self, item, row))
            self._add(card)
        self.sure_result = self.add_paragraph("")
        self.add_source(d.sources)

        self.add_heading(d.leaning_question, 2)
        self.leaning = ChoiceRow(list(d.leaning), d.leaning_question)
        self.leaning.chosen.connect(self._on_leaning)
        self._add(self.leaning)
        self.add_paragraph(
            self.tr("It is fine to be unsure. \u201c{0}\u201d is a real answer.").format(
                d.leaning[LEANING_NOT_SURE]
            )
        )
        self.finish()

    def _on_leaning(self, index: int) -> None:
        self.document.session.leaning = index
        self.document.edit("leaning")

    def update_sure(self) -> None:
        score = self.document.session.sure_score([i.id for i in self.content.decide.sure])
        d = self.content.decide
        if score is None:
            self.sure_result.setText(self.tr("Answer all four questions to see your result."))
        else:
            verdict = d.sure_ok if score == 4 else d.sure_low
            self.sure_result.setText(
                sentences(self.tr("You answered yes to {0} of 4.").format(score), verdict)
            )

    def refresh(self) -> None:
        s = self.document.session
        labels = self.content.considerations.rating_labels
        for item_id, (bar, value_label, title) in self.bars.items():
            value = s.ratings.get(item_id)
            text = self.tr("Not rated") if value is None else labels[value]
            bar.setValue(value or 0)
            value_label.setText(text)
            bar.setAccessibleName(labelled(title, text))
        for slot in self.sure_slots:
            answer = s.sure.get(slot.item.id)
            slot.row.set_value(None if answer is None else (0 if answer else 1))
        self.update_sure()
        self.leaning.set_value(s.leaning)

    def on_show(self) -> None:
        self.refresh()
