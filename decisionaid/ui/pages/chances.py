"""Step 8: Your chances, in pictures. Icon arrays, the small-study intervals, the chance of each
group from the trial's own ratio, the drug funnel and the patient's own ratings.

The patient's own trial comes first when it is known. Every chart has its words beside it,
its source and year, and can be saved as a PNG picture. pyqtgraph is imported with this module,
which is loaded in the background once the first window is up (ui/preload.py), or when the
page is first needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from decisionaid.model.labels import own_trial_title
from decisionaid.model.options import shows_randomisation, trial_considerations
from decisionaid.model.trial_summary import group_chance_texts, short_group_names
from decisionaid.ui.charts.base import ChartBase
from decisionaid.ui.charts.funnel_chart import FunnelChart
from decisionaid.ui.charts.icon_array import IconArrayChart
from decisionaid.ui.charts.interval_chart import IntervalChart
from decisionaid.ui.charts.randomisation_chart import RandomisationChart
from decisionaid.ui.charts.ratings_chart import RatingsChart
from decisionaid.ui.pages.base import Page
from decisionaid.ui.text import full_stop, join_items, labelled, sentences
from decisionaid.ui.widgets import Card


class _SaveSlot:
    def __init__(self, page: ChancesPage, chart: ChartBase, name: str) -> None:
        self.page = page
        self.chart = chart
        self.name = name

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.page,
            QCoreApplication.translate("ChancesPage", "Save the picture"),
            str(Path.home() / f"{self.name}.png"),
            QCoreApplication.translate("ChancesPage", "PNG pictures (*.png)"),
        )
        if path:
            self.page.save_chart(self.chart, Path(path))


class ChancesPage(Page):
    step_id = "chances"
    staged = True  # the patient's own trial first; the other pictures below (`build_rest`)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        facts = content.facts
        self.save_slots: list[_SaveSlot] = []
        self.add_heading(facts.title)
        self.add_paragraph(facts.intro)
        self.message = self.add_paragraph("")
        self.message.hide()

        # 1. The patient's own trial: the chance of each group.
        self.trial_heading = self._heading(self.tr("Your trial"))
        self.trial_note = self.add_paragraph("")
        self.randomisation = RandomisationChart()
        self.randomisation_card = self._add_chart(self.randomisation, "chance-of-each-group")

        document.changed.connect(self._on_changed)
        self.finish()

    def build_rest(self) -> Iterator[None]:
        # Each part at a turn of its own when built after the first screen (see Page).
        facts = self.content.facts
        # 2. The trial's phase: early (phase 1) trial figures.
        self._heading(self.tr("What happened in early (phase 1) cancer trials"))
        self.phase_note = self.add_paragraph("")
        if self.first_screen_only:
            self._refresh_phase()
        self.response = IconArrayChart()
        self.response.set_fact(
            facts.frequency("phase1_response_recent"),
            self._source(facts.frequency("phase1_response_recent").sources),
        )
        self._add_chart(self.response, "phase1-tumour-shrank")
        yield
        self.deaths = IconArrayChart()
        self.deaths.set_fact(
            facts.frequency("phase1_death"),
            self._source(facts.frequency("phase1_death").sources),
            facts.range_note,
        )
        self._add_chart(self.deaths, "phase1-treatment-deaths")

        yield

        # 3. Why a small "100%" is not a certain 100%.
        self._heading(self.tr("Small studies: why \u201call of them\u201d is not a promise"))
        figure = facts.interval("dostarlimab")
        self.intervals = IntervalChart()
        self.intervals.set_figure(figure, self._source(self._figure_sources(figure)))
        self._add_chart(self.intervals, "small-study-ranges")

        yield

        # 4. The odds for a drug, not for a person.
        self._heading(self.tr("The odds for a new drug (not for you)"))
        self.funnel = FunnelChart()
        self.funnel.set_figure(facts.funnel, self._source(facts.funnel.sources))
        self._add_chart(self.funnel, "drug-funnel")

        yield

        # 5. What matters to you.
        self._heading(self.tr("What matters to you"))
        self.ratings = RatingsChart()
        self.ratings.set_rating_labels(self.content.considerations.rating_labels)
        if self.first_screen_only:  # filled as it is made, as when built at once (`refresh`)
            self._refresh_ratings()
        self._add_chart(self.ratings, "what-matters-to-me")

    # --- building ---------------------------------------------------------------------------
    def _source(self, ids: list[str]) -> str:
        return self.source_text(ids)

    @staticmethod
    def _figure_sources(figure) -> list[str]:
        ids: list[str] = []
        for study in figure.studies:
            for sid in study.sources:
                if sid not in ids:
                    ids.append(sid)
        return ids

    def _heading(self, text: str):
        self._section = text
        return self.add_heading(text, 2)

    def _add_chart(self, chart: ChartBase, name: str) -> Card:
        card = Card()
        card.add(chart)
        row = QHBoxLayout()
        button = QPushButton(self.tr("Save this picture\u2026"))
        # The chart's own title, or (while it has none) the heading above it.
        label = chart.title() or self._section
        button.setAccessibleName(self.tr("Save the picture: {0}").format(label))
        slot = _SaveSlot(self, chart, name)
        button.clicked.connect(slot.save)
        self.save_slots.append(slot)
        row.addWidget(button)
        row.addStretch(1)
        card.layout_.addLayout(row)
        self._add(card)
        return card

    def save_chart(self, chart: ChartBase, path: Path) -> bool:
        try:
            chart.save_png(path)
        except OSError as exc:
            text = self.tr("Could not save the picture: {0}").format(exc.strerror or exc)
            self.message.setText(text)
            self.message.show()
            window = self.window()
            if hasattr(window, "show_error"):  # a failed save is said at once, in a dialog
                window.show_error(self.tr("Could not save the picture"), text)
            return False
        self.message.setText(self.tr("Saved the picture to {0}.").format(path))
        self.message.show()
        return True

    # --- following the session ------------------------------------------------------------
    def _on_changed(self, section: str) -> None:
        # A hidden page fills itself when shown (`on_show`), not at every key typed elsewhere.
        if section in ("trial", "ratings") and self.isVisible():
            self.refresh()

    def on_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._refresh_trial()
        if not self.first_screen_only:
            self._refresh_phase()
            self._refresh_ratings()

    def _refresh_trial(self) -> None:
        t = self.document.session.trial
        figure = self.content.facts.randomisation
        source = self._source(figure.sources)
        usable = len(t.ratio) >= 2 and len(t.ratio) == len(t.arms) and all(r > 0 for r in t.ratio)
        # A single-group or non-randomised trial gets no randomisation picture at all.
        self.randomisation_card.setVisible(shows_randomisation(t))
        if not shows_randomisation(t):
            if len(t.arms) == 1:
                self.trial_note.setText(
                    self.tr(
                        "Your trial has one group: everyone gets the same plan. Chance does "
                        "not decide what you get."
                    )
                )
            else:
                self.trial_note.setText(
                    self.tr("Your trial is not randomised: chance does not decide your group.")
                )
        elif t.randomised is not False and usable:
            full = [
                arm.label.strip() or self.tr("Group {0}").format(i + 1)
                for i, arm in enumerate(t.arms)
            ]
            # Short names that stay different in the picture; the full names in words below.
            labels = short_group_names(full)
            # The picture is set once, as it ends up (the chart does nothing when it is the
            # same: the page is filled again each time it is shown).
            self.randomisation.set_caption(figure.caption)
            self.randomisation.set_source(source)
            note = self.tr("Your trial shares its places {0}.").format(
                ":".join(str(r) for r in t.ratio)
            )
            try:
                self.randomisation.set_ratio(t.ratio, labels)
                self.randomisation.set_title(own_trial_title(self.content))
            except ValueError:
                # Too many people to draw (e.g. 20:20:20:1): the example picture, and the
                # trial's own chances in words.
                example = figure.examples[0]  # as set_figure: model/labels.example_ratio
                self.randomisation.set_ratio(example, figure.labels_for(len(example)))
                self.randomisation.set_title(self.tr("An example: an even (1:1) split"))
                chances = join_items(
                    labelled(name, text)
                    for name, text in zip(labels, group_chance_texts(t.ratio), strict=True)
                )
                too_many = self.tr("That is too many to draw. The chance of each group: ")
                note = sentences(note, full_stop(too_many + chances))
            if t.ratio_assumed:
                note = sentences(
                    note,
                    self.tr(
                        "The registry does not say the ratio, so an equal split ({0}) is assumed. "
                        "Ask the study team."
                    ).format(":".join(str(r) for r in t.ratio)),
                )
            if labels != full:
                note = sentences(
                    note,
                    self.tr("The groups in full: {0}.").format(
                        join_items(
                            self.tr("{0} = {1}").format(short, name)
                            for short, name in zip(labels, full, strict=True)
                            if short != name
                        )
                    ),
                )
            self.trial_note.setText(note)
        else:
            self.randomisation.set_figure(figure, source)
            why = self.tr("Your trial's groups are not known yet.")
            self.trial_note.setText(
                sentences(why, self.tr("The picture shows an example with an even (1:1) split."))
            )

    def _refresh_phase(self) -> None:
        t = self.document.session.trial
        # The same words as the handout (facts.toml), and on screen where to read more.
        notes = self.content.facts.phase_notes
        note = notes.for_phases(t.phases)
        if note == notes.later:
            note = sentences(
                note,
                self.tr(
                    "What is and is not known for your trial's phase is on the \u201cYour "
                    "options\u201d step."
                ),
            )
        self.phase_note.setText(note)

    def _refresh_ratings(self) -> None:
        benefits, risks = trial_considerations(self.content, self.document.session.trial)
        ratings = self.document.session.ratings
        self.ratings.set_ratings(
            [(item.title, ratings.get(item.id)) for item in benefits],
            [(item.title, ratings.get(item.id)) for item in risks],
        )
