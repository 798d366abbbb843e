"""Step: What matters most to you. The Ottawa Personal Decision Guide on one page: weigh the
good and bad points of every option shown, the leaning (one of the options, or not sure), the
SURE test, when the decision is due, the role the patient wants, what people close to them
prefer and any pressure, and what else they need with a next step for each need.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit

from decisionaid.content.schema import SureItem
from decisionaid.model.options import (
    MAX_OTHERS,
    MAX_TEXT,
    NOT_SURE,
    ROLES,
    OtherPerson,
    build_grid,
)
from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import sentences
from decisionaid.ui.widgets import (
    Card,
    ChoiceRow,
    HintHost,
    WrapCheckBox,
    heading,
    paragraph,
    source_note,
)


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
        self.page.refresh_needs()


class _RatingSlot:
    """One point of one option: how much it matters (the same key as Benefits and Risks)."""

    def __init__(self, page: ValuesPage, point_id: str, row: ChoiceRow) -> None:
        self.page, self.point_id, self.row = page, point_id, row
        row.chosen.connect(self.on_chosen)

    def on_chosen(self, index: int) -> None:
        self.page.document.session.ratings[self.point_id] = index
        self.page.document.edit("ratings")


class _OtherSlot:
    """One person close to the patient: who, what they prefer, and any pressure."""

    def __init__(self, page: ValuesPage, index: int) -> None:
        self.page, self.index = page, index
        g = page.content.options.guide
        self.who = QLineEdit()
        self.who.setMaxLength(200)
        self.who.setPlaceholderText(
            QCoreApplication.translate("ValuesPage", "Who? For example: my son")
        )
        self.who.setAccessibleName(
            QCoreApplication.translate("ValuesPage", "Person {0}: who").format(index + 1)
        )
        self.prefers = QComboBox()
        self.prefers.setAccessibleName(
            QCoreApplication.translate("ValuesPage", "Person {0}: which choice they prefer").format(
                index + 1
            )
        )
        self.pressure = ChoiceRow(
            list(g.pressure),
            QCoreApplication.translate("ValuesPage", "Person {0}: {1}").format(
                index + 1, g.pressure_question
            ),
        )
        self.who.textEdited.connect(self.on_edited)
        self.prefers.activated.connect(self.on_edited)
        self.pressure.chosen.connect(self.on_edited)

    def person(self) -> OtherPerson | None:
        others = self.page.document.session.guide.others
        return others[self.index] if self.index < len(others) else None

    def on_edited(self, *_args) -> None:
        if self.page.filling:
            return
        others = self.page.document.session.guide.others
        while len(others) <= self.index:
            others.append(OtherPerson())
        person = others[self.index]
        person.who = self.who.text()
        person.prefers = self.prefers.currentData() or ""
        person.pressure = self.pressure.value()
        # Drop trailing empty rows so an untouched row is not saved.
        while others and others[-1] == OtherPerson():
            others.pop()
        self.page.document.edit("guide")


class _NeedSlot:
    def __init__(self, page: ValuesPage, need_id: str, box: WrapCheckBox, step: QLineEdit):
        self.page, self.need_id, self.box, self.step = page, need_id, box, step
        box.box.toggled.connect(self.on_toggled)
        step.textEdited.connect(self.on_step)

    def on_toggled(self, checked: bool) -> None:
        if self.page.filling:
            return
        self.page.document.session.guide.needs[self.need_id] = checked
        self.page.document.edit("guide")
        self.page.refresh_needs()

    def on_step(self, text: str) -> None:
        steps = self.page.document.session.guide.next_steps
        if text.strip():
            steps[self.need_id] = text
        else:
            steps.pop(self.need_id, None)
        self.page.document.edit("guide")


class ValuesPage(Page):
    step_id = "values"
    staged = True  # the options weighed first; the other questions below (`build_rest`)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        d = content.decide
        g = content.options.guide
        self.filling = False
        self.add_heading(self.tr("What matters most to you"))
        self.add_paragraph(d.intro)

        # 1. Weigh the options: every point of every option shown.
        self.add_heading(g.weigh_title, 2)
        self.add_paragraph(g.weigh_intro)
        self.weigh_host = HintHost()
        self.weigh_layout = QGridLayout(self.weigh_host)
        self.weigh_layout.setContentsMargins(0, 0, 0, 0)
        self._add(self.weigh_host)
        self.weigh_cards: list[Card] = []
        self.rating_slots: list[_RatingSlot] = []
        self.structure: tuple = ()
        self.leaning: ChoiceRow | None = None
        self.leaning_ids: list[str] = []
        self.choices_structure: tuple = ()
        self.sure_slots: list[_SureSlot] = []
        self.other_slots: list[_OtherSlot] = []
        self.need_slots: list[_NeedSlot] = []

        document.changed.connect(self._on_changed)
        self.finish()

    def build_rest(self) -> Iterator[None]:
        # Each part at a turn of its own when built after the first screen (see Page).
        d = self.content.decide
        g = self.content.options.guide
        # 1. The cards of the other options, below the first two (`refresh`).
        grid = build_grid(self.document.session, self.content)
        if tuple((col.id, col.title) for col in grid.columns) == self.structure:
            self._add_weigh_cards(grid, len(grid.columns))
        yield

        # 2. The leaning.
        self.add_heading(g.leaning_question, 2)
        self.leaning_host = HintHost()
        self.leaning_layout = QGridLayout(self.leaning_host)
        self.leaning_layout.setContentsMargins(0, 0, 0, 0)
        self._add(self.leaning_host)
        self.add_paragraph(
            self.tr("It is fine to be unsure. \u201c{0}\u201d is a real answer.").format(g.not_sure)
        )

        yield

        # 3. The SURE test.
        self.add_heading(d.sure_title, 2)
        self.add_paragraph(d.sure_intro)
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

        yield

        # 4. When, and how.
        self.add_heading(g.deadline_title, 2)
        self.deadline = QLineEdit()
        self.deadline.setMaxLength(200)
        self.deadline.setPlaceholderText(g.deadline_question)
        self.deadline.setAccessibleName(g.deadline_title)
        self.deadline.textEdited.connect(self._on_deadline)
        self._add(self.deadline)
        self.add_heading(g.role_title, 2)
        self.role = ChoiceRow(list(g.roles), g.role_title)
        self.role.chosen.connect(self._on_role)
        self._add(self.role)

        yield

        # 5. Others: what they prefer, and any pressure.
        self.add_heading(g.others_title, 2)
        self.add_paragraph(g.others_intro)
        for i in range(MAX_OTHERS):
            slot = _OtherSlot(self, i)
            card = Card()
            card.add(slot.who)
            card.add(paragraph(self.tr("Which choice do they prefer?")))
            card.add(slot.prefers)
            card.add(paragraph(g.pressure_question))
            card.add(slot.pressure)
            self.other_slots.append(slot)
            self._add(card)

        yield

        # 6. Needs, each with a next step.
        self.add_heading(g.needs_title, 2)
        self.add_paragraph(g.needs_intro)
        for need in g.needs:
            card = Card()
            box = WrapCheckBox(need.title)
            step = QLineEdit()
            step.setMaxLength(MAX_TEXT)
            step.setPlaceholderText(need.next_step)
            step.setAccessibleName(self.tr("Next step for: {0}").format(need.title))
            card.add(box)
            card.add(paragraph(self.tr("Next step:")))
            card.add(step)
            self.need_slots.append(_NeedSlot(self, need.id, box, step))
            self._add(card)
        self.add_source(["legare2010"])

    # --- building the option-dependent parts -----------------------------------------------------
    def _clear_weigh(self) -> None:
        for card in self.weigh_cards:
            self.weigh_layout.removeWidget(card)
            card.hide()  # gone now, not when deleted
            card.deleteLater()
        self.weigh_cards, self.rating_slots = [], []

    def _add_weigh_cards(self, grid, count: int) -> None:
        """The cards of the options after those built, up to `count`: two side by side."""
        c = self.content.considerations
        o = self.content.options
        first = len(self.weigh_cards)
        for i, column in enumerate(grid.columns[first:count], start=first):
            card = Card()
            card.setAccessibleName(column.title)
            card.add(heading(column.title, 3))
            for kind, points in ((o.good_title, column.good), (o.bad_title, column.bad)):
                card.add(heading(kind, 3))
                for point in points:
                    card.add(paragraph(f"<b>{point.title}</b>"))
                    if point.source:
                        card.add(source_note(self.tr("Source: {0}").format(point.source)))
                    name = f"{column.title}: {point.title}. {c.rating_question}"
                    row = ChoiceRow(list(c.rating_labels), name)
                    card.add(row)
                    self.rating_slots.append(_RatingSlot(self, point.id, row))
            card.layout_.addStretch(1)  # points start at the top, side by side
            self.weigh_cards.append(card)
            self.weigh_layout.addWidget(card, i // 2, i % 2)
        self.show_added(self.weigh_cards[first:])
        self.structure_changed()

    def _rebuild_choices(self, grid) -> None:
        """The leaning, and the choices the people close to the patient may prefer."""
        o = self.content.options
        if self.leaning is not None:
            self.leaning_layout.removeWidget(self.leaning)
            self.leaning.hide()
            self.leaning.deleteLater()
        self.leaning_ids = [col.id for col in grid.columns] + [NOT_SURE]
        labels = [col.title for col in grid.columns] + [o.guide.not_sure]
        self.leaning = ChoiceRow(labels, o.guide.leaning_question)
        self.leaning.chosen.connect(self._on_leaning)
        self.leaning_layout.addWidget(self.leaning, 0, 0)
        for slot in self.other_slots:
            slot.prefers.clear()
            slot.prefers.addItem(self.tr("(not said)"), "")
            for col in grid.columns:
                slot.prefers.addItem(col.title, col.id)
            slot.prefers.addItem(o.guide.not_sure, NOT_SURE)
        self.show_added((self.leaning,))
        self.structure_changed()

    # --- writing answers -------------------------------------------------------------------------
    def _on_leaning(self, index: int) -> None:
        self.document.session.options.leaning = self.leaning_ids[index]
        self.document.edit("leaning")

    def _on_deadline(self, text: str) -> None:
        self.document.session.guide.deadline = text
        self.document.edit("guide")

    def _on_role(self, index: int) -> None:
        self.document.session.guide.role = ROLES[index]
        self.document.edit("guide")

    # --- following the session -------------------------------------------------------------------
    def _on_changed(self, section: str) -> None:
        # A hidden page fills itself when shown (`on_show`: an edit since it was filled).
        if section in ("options", "trial", "ratings") and self.isVisible():
            self.refresh()

    def on_show(self) -> None:
        if not self.is_filled():
            self.refresh()

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

    def refresh_needs(self) -> None:
        s = self.document.session
        needs = {n.id: n for n in self.content.options.guide.needs}
        self.filling = True
        try:
            for slot in self.need_slots:
                ticked = s.guide.needs.get(slot.need_id)
                if ticked is None:  # not answered: a SURE "no" signals this need
                    ticked = s.sure.get(needs[slot.need_id].sure) is False
                slot.box.box.setChecked(ticked)
                text = s.guide.next_steps.get(slot.need_id, "")
                if slot.step.text() != text:
                    slot.step.setText(text)
        finally:
            self.filling = False

    def refresh(self) -> None:
        s = self.document.session
        grid = build_grid(s, self.content)
        structure = tuple((col.id, col.title) for col in grid.columns)
        if structure != self.structure:
            self._clear_weigh()
            self.structure = structure
        # The first screen shows the first two options' cards, side by side.
        count = 2 if self.first_screen_only else len(grid.columns)
        if len(self.weigh_cards) < min(count, len(grid.columns)):
            self._add_weigh_cards(grid, count)
        for slot in self.rating_slots:
            slot.row.set_value(s.ratings.get(slot.point_id))
        if self.first_screen_only:
            return  # the rest is filled once built (Page.complete)
        if structure != self.choices_structure:
            self._rebuild_choices(grid)
            self.choices_structure = structure
        for slot in self.sure_slots:
            answer = s.sure.get(slot.item.id)
            slot.row.set_value(None if answer is None else (0 if answer else 1))
        self.update_sure()
        leaning = s.options.leaning
        assert self.leaning is not None
        self.leaning.set_value(
            self.leaning_ids.index(leaning) if leaning in self.leaning_ids else None
        )
        if self.deadline.text() != s.guide.deadline:
            self.deadline.setText(s.guide.deadline)
        self.role.set_value(ROLES.index(s.guide.role) if s.guide.role in ROLES else None)
        self.filling = True
        try:
            for slot in self.other_slots:
                person = slot.person() or OtherPerson()
                if slot.who.text() != person.who:
                    slot.who.setText(person.who)
                index = slot.prefers.findData(person.prefers)
                slot.prefers.setCurrentIndex(max(0, index))
                slot.pressure.set_value(person.pressure)
        finally:
            self.filling = False
        self.refresh_needs()
        self.mark_filled()
