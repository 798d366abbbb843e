"""Step 3: The trial you were offered. Manual entry, a trial file or registry record, or an
online look-up by NCT number (only when the patient asks). "I don't know yet" is always fine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from decisionaid.model import trial_summary
from decisionaid.model.registry import (
    CTGOV_API,
    classify_registry_id,
    normalise_registry_id,
    registry_id_problem,
)
from decisionaid.model.results_summary import results_view
from decisionaid.model.session import MAX_EARLIER
from decisionaid.model.trial import (
    MAX_DISTANCE_KM,
    MAX_GROUPS,
    MAX_MONTHS,
    MAX_RATIO_PART,
    MAX_VISITS_PER_MONTH,
    Arm,
    ArmType,
    Blinding,
    TrialInfo,
)
from decisionaid.storage import trialfile
from decisionaid.storage.files import WriteError
from decisionaid.ui.lookup import RegistryLookup
from decisionaid.ui.pages.base import Page
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.results_panel import ResultsPanel
from decisionaid.ui.text import full_stop, join_commas, join_items
from decisionaid.ui.widgets import (
    Card,
    ChoiceRow,
    FlowLayout,
    HintHost,
    ScaledLabel,
    heading,
    mark_warning,
    paragraph,
    qt_made,
)

TRIAL_FILTER = QT_TRANSLATE_NOOP("TrialPage", "Trial files and registry records (*.json *.xml)")
KM_PER_MILE = 1.609344
PHASES = (
    ("early1", QT_TRANSLATE_NOOP("TrialPage", "Early phase 1")),
    ("1", QT_TRANSLATE_NOOP("TrialPage", "Phase 1")),
    ("2", QT_TRANSLATE_NOOP("TrialPage", "Phase 2")),
    ("3", QT_TRANSLATE_NOOP("TrialPage", "Phase 3")),
    ("4", QT_TRANSLATE_NOOP("TrialPage", "Phase 4")),
    ("na", QT_TRANSLATE_NOOP("TrialPage", "Not a drug phase")),
)
ARM_TYPES = get_args(ArmType)
BLINDING = get_args(Blinding)


def _shrinkable(combo: QComboBox) -> None:
    """Let a combo box with long choices get narrower than its longest choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


def _show_quietly(box: QPlainTextEdit, text: str) -> None:
    """Put `text` in a box of several lines, if it is not there, with no signal of an edit."""
    if box.toPlainText() != text:
        box.blockSignals(True)
        box.setPlainText(text)
        box.blockSignals(False)


def registry_base_url() -> str:
    """The ClinicalTrials.gov API address. A clinic can point it at a mirror with the setting
    `registry/ctgov_url` (or the environment variable DECISIONAID_CTGOV_URL, used by tests)."""
    configured = os.environ.get("DECISIONAID_CTGOV_URL", "").strip()
    if not configured:
        configured = str(QSettings().value("registry/ctgov_url", "") or "").strip()
    return configured or CTGOV_API


def _number_text(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "g", 6)


def _parse_number(text: str) -> tuple[float | None, bool]:
    """(value, ok). Empty text is (None, True): not known yet."""
    text = text.strip()
    if not text:
        return None, True
    value, ok = QLocale().toDouble(text)
    if not ok:
        try:
            value, ok = float(text), True
        except ValueError:
            return None, False
    if ok and (value < 0 or value != value or value > 1e6):
        return None, False
    return value, ok


# What `_show_results` has shown before it first runs (None means: no results).
_NOTHING_SHOWN = object()


class _ArmEditor(QObject):
    """One group (arm): name, type, what it gets, and its share of the ratio."""

    def __init__(self, page: TrialPage, index: int) -> None:
        super().__init__(page)
        self.page = page
        self.index = index
        # Each widget is made inside the one that holds it (twelve groups of ten widgets
        # each): a widget made on its own and put in later has its whole tree moved over.
        self.card = Card(page.arms_host)
        title = heading(self.tr("Group {0}").format(index + 1), 3)
        title.setParent(self.card)
        self.card.add(title)
        # Plain Qt widgets made by Qt (twelve groups of five: see widgets.qt_made).
        form_host = qt_made("QWidget", self.card)
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.label = qt_made("QLineEdit", form_host)
        self.label.setAccessibleName(self.tr("Group {0} name").format(index + 1))
        self.type = qt_made("QComboBox", form_host)
        _shrinkable(self.type)
        self.type.setAccessibleName(self.tr("Group {0} kind").format(index + 1))
        for key, text in zip(ARM_TYPES, page.arm_type_names(), strict=True):
            self.type.addItem(text, key)
        # Registry descriptions can be long: a small box that wraps, not a one-line field.
        self.description = qt_made("QPlainTextEdit", form_host)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.description.setAccessibleName(self.tr("What group {0} gets").format(index + 1))
        self.share = qt_made("QSpinBox", form_host)
        self.share.setRange(1, MAX_RATIO_PART)
        self.share.setAccessibleName(self.tr("Group {0} share of places").format(index + 1))
        for text, field in (
            (self.tr("Name:"), self.label),
            (self.tr("Kind of group:"), self.type),
            (self.tr("What this group gets:"), self.description),
            (self.tr("Share of places (ratio):"), self.share),
        ):
            form.addRow(text, field)  # the label made by Qt, with the field as its buddy
        self.card.add(form_host)
        self.label.textEdited.connect(self.on_edit)
        self.description.textChanged.connect(self.on_description_edited)
        self.type.activated.connect(self.on_edit)
        self.share.valueChanged.connect(self.on_share)

    def fill(self, arm: Arm, share: int | None) -> None:
        self.label.setText(arm.label)
        self.type.setCurrentIndex(max(0, self.type.findData(arm.type)))
        self.page.put_box_text(self.description, arm.description)
        self.share.blockSignals(True)
        self.share.setValue(share or 1)
        self.share.blockSignals(False)

    def on_description_edited(self) -> None:
        self.page.box_edited(self.description)
        self.on_edit()

    def on_edit(self, *_args) -> None:
        arm = self.page.trial.arms[self.index]
        arm.label = self.label.text()
        arm.type = self.type.currentData()
        arm.description = self.page.box_text(self.description)
        self.page.trial_edited()

    def on_share(self, value: int) -> None:
        trial = self.page.trial
        if len(trial.ratio) != len(trial.arms):
            trial.ratio = [1] * len(trial.arms)
        trial.ratio[self.index] = value
        trial.ratio_assumed = False
        self.page.trial_edited()


class TrialPage(Page):
    step_id = "trial"
    staged = True  # the groups, below the first screen, after it (`build_rest`)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        self.imperial = QLocale().measurementSystem() != QLocale.MeasurementSystem.MetricSystem
        self.lookup = RegistryLookup(self)
        self.earlier_lookup = RegistryLookup(self)
        self.earlier_lookup.succeeded.connect(self._on_earlier_lookup_done)
        self.earlier_lookup.failed.connect(self._on_earlier_lookup_failed)
        self.lookup.succeeded.connect(self._on_lookup_done)
        self.lookup.failed.connect(self._on_lookup_failed)
        self.arm_editors: list[_ArmEditor] = []
        # Words for boxes of several lines, waiting for the page to be shown (put_box_text).
        self._waiting_text: dict[QPlainTextEdit, str] = {}

        self.add_heading(self.tr("The trial you were offered"))
        self.add_paragraph(
            self.tr(
                "Enter what you know. Leave anything you do not know empty. A research nurse may "
                "have a trial file for you, or you can open a record saved from "
                "ClinicalTrials.gov."
            )
        )
        # Nobody can join (terminated, completed, ...), or the record is old: said first.
        self.banner = mark_warning(paragraph(""))
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(False)
        self._add(self.banner)
        self.unknown = QCheckBox(self.tr("I don't know the details of a trial yet"))
        self.unknown.toggled.connect(self._on_unknown)
        self._add(self.unknown)
        self.unknown_note = self.add_paragraph(
            self.tr(
                "That is fine. The next steps give general information that fits most trials. "
                "You can come back and add details at any time."
            )
        )

        self.details = HintHost()
        self._details_shown = True  # as built: shown with the page
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(14)
        self._add(self.details)

        buttons_host = HintHost()
        buttons = FlowLayout(buttons_host)
        self.load_button = QPushButton(self.tr("&Open a trial file\u2026"))
        self.lookup_button = QPushButton(self.tr("Look &up online by NCT number\u2026"))
        self.save_button = QPushButton(self.tr("Save as a &prepared trial file\u2026"))
        self.clear_button = QPushButton(self.tr("Clear trial details"))
        for b in (self.load_button, self.lookup_button, self.save_button, self.clear_button):
            buttons.addWidget(b)
        self.load_button.clicked.connect(self.open_dialog)
        self.lookup_button.clicked.connect(self.lookup_online)
        self.save_button.clicked.connect(self.save_dialog)
        self.clear_button.clicked.connect(self.clear_trial)
        details.addWidget(buttons_host)
        self._add_prepared_files(details)
        self.message = paragraph("")
        self.message.setProperty("role", "status")
        # File names and registry texts are plain text, never rich text (HTML).
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        details.addWidget(self.message)

        # --- the basics ---
        basics = Card()
        basics.add(heading(self.tr("Name and number"), 2))
        form_host = HintHost()
        form = QFormLayout(form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Trial name"))
        self.registry_id = QLineEdit()
        self.registry_id.setAccessibleName(self.tr("Registry number"))
        self.registry_id.setPlaceholderText("NCT01234567, ChiCTR2000029308, CTR20210123")
        self.registry_message = paragraph("")
        form.addRow(self.tr("Tria&l name:"), self.title)
        form.addRow(self.tr("&Registry number:"), self.registry_id)
        form.addRow("", self.registry_message)
        basics.add(form_host)
        details.addWidget(basics)
        self.title.textEdited.connect(self._on_title)
        self.registry_id.textEdited.connect(self._on_registry_id)
        self.registry_id.editingFinished.connect(self._on_registry_done)

        # --- phase and design ---
        design = Card()
        design.add(heading(self.tr("Phase and design"), 2))
        design.add(paragraph(self.tr("Phase (tick all that apply; leave empty if unknown):")))
        phase_host = HintHost()
        phase_row = FlowLayout(phase_host)
        self.phase_boxes: dict[str, QCheckBox] = {}
        for key, text in PHASES:
            box = QCheckBox(self.tr(text))
            box.toggled.connect(self._on_phase)
            phase_row.addWidget(box)
            self.phase_boxes[key] = box
        design.add(phase_host)
        yes_no_unknown = [self.tr("Yes"), self.tr("No"), self.tr("I don't know")]
        design.add(paragraph(self.tr("Are people put into groups by chance (randomised)?")))
        self.randomised = ChoiceRow(yes_no_unknown, self.tr("Randomised"))
        self.randomised.chosen.connect(self._on_randomised)
        design.add(self.randomised)
        design.add(
            paragraph(self.tr("Is a placebo given on top of standard care to one of the groups?"))
        )
        self.placebo = ChoiceRow(yes_no_unknown, self.tr("Placebo"))
        self.placebo.chosen.connect(self._on_placebo)
        design.add(self.placebo)
        blind_host = HintHost()
        blind_form = QFormLayout(blind_host)
        blind_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.blinding = QComboBox()
        _shrinkable(self.blinding)
        self.blinding.setAccessibleName(self.tr("Who knows which group you are in"))
        for key, text in zip(BLINDING, self.blinding_names(), strict=True):
            self.blinding.addItem(text, key)
        self.blinding.activated.connect(self._on_blinding)
        blind_form.addRow(self.tr("&Who knows your group:"), self.blinding)
        design.add(blind_host)
        details.addWidget(design)

        # --- groups ---
        groups = Card()
        groups.add(heading(self.tr("The groups and what each one gets"), 2))
        self.ratio_note = paragraph("")
        groups.add(self.ratio_note)
        arms_host = self.arms_host = HintHost()
        self.arms_layout = QVBoxLayout(arms_host)
        self.arms_layout.setContentsMargins(0, 0, 0, 0)
        groups.add(arms_host)
        arm_buttons = QHBoxLayout()
        self.add_arm_button = QPushButton(self.tr("&Add a group"))
        self.remove_arm_button = QPushButton(self.tr("Remove the last group"))
        self.add_arm_button.clicked.connect(self.add_arm)
        self.remove_arm_button.clicked.connect(self.remove_arm)
        arm_buttons.addWidget(self.add_arm_button)
        arm_buttons.addWidget(self.remove_arm_button)
        arm_buttons.addStretch(1)
        groups.layout_.addLayout(arm_buttons)
        details.addWidget(groups)

        # --- schedule and practical details ---
        practical = Card()
        practical.add(heading(self.tr("Visits, place and what the study covers"), 2))
        p_host = HintHost()
        p_form = QFormLayout(p_host)
        p_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.visits = QLineEdit()
        self.visits.setAccessibleName(self.tr("Visits per month"))
        self.months = QLineEdit()
        self.months.setAccessibleName(self.tr("How many months"))
        self.site = QLineEdit()
        self.site.setAccessibleName(self.tr("Study site"))
        self.distance = QLineEdit()
        unit = self.tr("miles") if self.imperial else self.tr("km")
        self.distance.setAccessibleName(self.tr("Distance to the site in {0}").format(unit))
        self.covers = QPlainTextEdit()
        self.covers.setTabChangesFocus(True)
        self.covers.setMaximumHeight(110)
        self.covers.setAccessibleName(self.tr("What the study covers or pays back"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact"))
        self.number_message = paragraph("")
        p_form.addRow(self.tr("V&isits per month:"), self.visits)
        p_form.addRow(self.tr("For how many &months:"), self.months)
        p_form.addRow(self.tr("Study &site:"), self.site)
        p_form.addRow(self.tr("&Distance to the site ({0}):").format(unit), self.distance)
        p_form.addRow(self.tr("What the study &covers or pays back:"), self.covers)
        p_form.addRow(self.tr("Con&tact:"), self.contact)
        p_form.addRow("", self.number_message)
        practical.add(p_host)
        details.addWidget(practical)
        for edit in (self.visits, self.months, self.distance):
            edit.textEdited.connect(self._on_numbers)
        self.site.textEdited.connect(self._on_text_fields)
        self.contact.textEdited.connect(self._on_text_fields)
        self.covers.textChanged.connect(self._on_covers)

        # --- from the registry record (read only) ---
        self.record_card = Card()
        self.record_card.add(heading(self.tr("From the registry record"), 2))
        self.record_text = paragraph("")
        self.record_card.add(self.record_text)
        self.condition_prompt = mark_warning(paragraph(""))
        self.record_card.add(self.condition_prompt)
        self.include_title = heading(self.tr("You may be able to join if\u2026"), 3)
        self.include_text = paragraph("")
        self.exclude_title = heading(self.tr("You may not be able to join if\u2026"), 3)
        self.exclude_text = paragraph("")
        for w in (self.include_title, self.include_text, self.exclude_title, self.exclude_text):
            self.record_card.add(w)
        self.record_card.add(
            paragraph(
                self.tr(
                    "Only the study team can say for sure whether you can join. "
                    "Ask them about anything on these lists."
                )
            )
        )
        details.addWidget(self.record_card)

        # --- results posted for this trial (read only) ---
        self.results_card = Card()
        self.results_card.add(heading(self.tr("Results posted for this trial"), 2))
        self.results_host = HintHost()
        self.results_layout = QVBoxLayout(self.results_host)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_card.add(self.results_host)
        details.addWidget(self.results_card)

        # --- earlier studies of the same treatment ---
        earlier = Card()
        earlier.add(heading(self.tr("Earlier studies of this treatment"), 2))
        earlier.add(
            paragraph(
                self.tr(
                    "A trial often has an earlier study of the same treatment behind it, with "
                    "results posted in the registry. Add it here to see who stopped and why, "
                    "the side effects in each group, and the main result."
                )
            )
        )
        earlier_buttons_host = HintHost()
        earlier_buttons = FlowLayout(earlier_buttons_host)
        self.add_earlier_button = QPushButton(self.tr("Add an earlier stud&y from a file\u2026"))
        self.add_earlier_online_button = QPushButton(
            self.tr("Add an &earlier study by NCT number\u2026")
        )
        earlier_buttons.addWidget(self.add_earlier_button)
        earlier_buttons.addWidget(self.add_earlier_online_button)
        self.add_earlier_button.clicked.connect(self.add_earlier_dialog)
        self.add_earlier_online_button.clicked.connect(self.add_earlier_online)
        earlier.add(earlier_buttons_host)
        self.earlier_message = paragraph("")
        self.earlier_message.setProperty("role", "status")
        earlier.add(self.earlier_message)
        self.earlier_host = HintHost()
        self.earlier_layout = QVBoxLayout(self.earlier_host)
        self.earlier_layout.setContentsMargins(0, 0, 0, 0)
        self.earlier_layout.setSpacing(18)
        earlier.add(self.earlier_host)
        details.addWidget(earlier)
        self.earlier_panels: list[QWidget] = []
        self.results_panel: ResultsPanel | None = None
        self._results_shown: object = _NOTHING_SHOWN

        # --- plain-language summary ---
        summary = Card()
        summary.add(heading(self.tr("What this means, in plain words"), 2))
        self.summary = ScaledLabel("")
        summary.add(self.summary)
        details.addWidget(summary)
        self.finish()

    def build_rest(self) -> Iterator[None]:
        """The trial's groups, four at a time (see Page); filled by `refresh`."""
        while self.first_screen_only and len(self.arm_editors) < len(self.trial.arms):
            t = self.trial  # as it is now (a look-up may have replaced it since the last part)
            for _ in range(min(4, len(t.arms) - len(self.arm_editors))):
                i = len(self.arm_editors)
                editor = _ArmEditor(self, i)
                self.arms_layout.addWidget(editor.card)
                self.arm_editors.append(editor)
                editor.fill(t.arms[i], t.ratio[i] if len(t.ratio) == len(t.arms) else None)
                self.show_added((editor.card,))
            self.on_show()  # the descriptions' words (`put_box_text`)
            yield

    # --- names ------------------------------------------------------------------------------
    def arm_type_names(self) -> list[str]:
        return [
            self.tr("I don't know"),
            self.tr("Gets the new treatment"),
            self.tr("Gets another active treatment (often standard care)"),
            self.tr("Gets a placebo on top of standard care"),
            self.tr("Gets a sham (pretend) procedure"),
            self.tr("Gets no study treatment"),
            self.tr("Other"),
        ]

    def blinding_names(self) -> list[str]:
        return [
            self.tr("I don't know"),
            self.tr("Everyone knows (not blinded)"),
            self.tr("You do not know (single blind)"),
            self.tr("You and your doctors do not know (double blind)"),
            self.tr("You, your doctors and others do not know (triple blind)"),
            self.tr("No one involved knows (quadruple blind)"),
        ]

    @property
    def trial(self) -> TrialInfo:
        return self.document.session.trial

    # --- filling ----------------------------------------------------------------------------
    def put_box_text(self, box: QPlainTextEdit, text: str) -> None:
        """Show `text` in a box of several lines, without telling the page it was edited.

        While the page is hidden, the words wait (`box_text` gives them) until it is shown
        (`on_show`), so the box lays them out once, at the width it has on the screen. A box
        lays its words out again at every width it is given, and a page being laid out for
        the first time gives it several (about ten layouts of each group's description, a
        seventh of the page's opening with twelve groups)."""
        if not self.isVisible():
            if text == box.toPlainText():
                self._waiting_text.pop(box, None)
            else:
                self._waiting_text[box] = text
            return
        self._waiting_text.pop(box, None)
        _show_quietly(box, text)

    def box_edited(self, box: QPlainTextEdit) -> None:
        """Words typed or put into a box: no words wait for it any more."""
        self._waiting_text.pop(box, None)

    def box_text(self, box: QPlainTextEdit) -> str:
        """The words of a box of several lines, waiting ones included (`put_box_text`)."""
        waiting = self._waiting_text.get(box)
        return box.toPlainText() if waiting is None else waiting

    def prepare(self) -> None:
        self.on_show()  # the boxes' words, put in as the page is laid out hidden

    def on_show(self) -> None:
        # Only as the page the window shows (the window also calls this for every page
        # when the session is replaced, before the pages refresh).
        if not self.isVisibleTo(self.window()):
            return
        waiting, self._waiting_text = self._waiting_text, {}
        for box, text in waiting.items():
            if shiboken6.isValid(box):
                _show_quietly(box, text)

    def refresh(self) -> None:
        s = self.document.session
        t = s.trial
        self.unknown.blockSignals(True)
        self.unknown.setChecked(s.trial_unknown)
        self.unknown.blockSignals(False)
        self._show_details(not s.trial_unknown)
        self.title.setText(t.title)
        self.registry_id.setText(t.registry_id)
        self._check_registry_id(final=True)
        for key, box in self.phase_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in t.phases)
            box.blockSignals(False)
        self.randomised.set_value(None if t.randomised is None else (0 if t.randomised else 1))
        self.placebo.set_value(None if t.placebo is None else (0 if t.placebo else 1))
        self.blinding.setCurrentIndex(max(0, self.blinding.findData(t.blinding)))
        self.visits.setText(_number_text(t.visits_per_month))
        self.months.setText(_number_text(t.months))
        distance = t.distance_km
        if distance is not None and self.imperial:
            distance = round(distance / KM_PER_MILE, 1)
        self.distance.setText(_number_text(distance))
        self.site.setText(t.site)
        self.contact.setText(t.contact)
        self.put_box_text(self.covers, t.covers)
        self.number_message.setText("")
        self._rebuild_arms()
        self._rebuild_earlier()
        self._update_derived()

    def _rebuild_arms(self) -> None:
        t = self.trial
        while len(self.arm_editors) > len(t.arms):
            editor = self.arm_editors.pop()
            self._waiting_text.pop(editor.description, None)
            editor.card.setParent(None)
            editor.card.deleteLater()
            editor.deleteLater()
        # The groups are below the first screen: built after it (`build_rest`).
        wanted = 0 if self.first_screen_only else len(t.arms)
        while len(self.arm_editors) < wanted:
            editor = _ArmEditor(self, len(self.arm_editors))
            self.arms_layout.addWidget(editor.card)
            self.arm_editors.append(editor)
        for i, editor in enumerate(self.arm_editors):
            share = t.ratio[i] if len(t.ratio) == len(t.arms) else None
            editor.fill(t.arms[i], share)
        self.remove_arm_button.setEnabled(bool(t.arms))
        self.structure_changed()
        self.add_arm_button.setEnabled(len(t.arms) < MAX_GROUPS)

    def _update_derived(self) -> None:
        t = self.trial
        if not t.arms:
            self.ratio_note.setText(
                self.tr("No groups entered. Add a group for each treatment people may get.")
            )
        elif len(t.ratio) == len(t.arms):
            texts = trial_summary.group_chance_texts(t.ratio)
            parts = [
                self.tr("{0}: {1}").format(arm.label or self.tr("Group {0}").format(i + 1), text)
                for i, (arm, text) in enumerate(zip(t.arms, texts, strict=True))
            ]
            lead = ""
            if t.ratio_assumed:
                lead = self.tr(
                    "The registry does not say how places are shared, so 1:1 is assumed. "
                    "Ask the study team and change the shares below. "
                )
            self.ratio_note.setText(
                lead + full_stop(self.tr("Chance of each group: ") + join_items(parts))
            )
        else:
            self.ratio_note.setText(self.tr("Set each group's share of places below."))
        record_lines = []
        if t.status:
            record_lines.append(self.tr("Status: {0}").format(t.status))
        if t.enrollment is not None:
            kind = {"actual": self.tr("actual"), "estimated": self.tr("planned")}.get(
                t.enrollment_type, ""
            )
            record_lines.append(
                self.tr("People in the study: {0} {1}").format(t.enrollment, kind).strip()
            )
        if t.start_date or t.completion_date:
            record_lines.append(
                self.tr("Dates: {0} to {1}").format(
                    t.start_date or self.tr("not known"), t.completion_date or self.tr("not known")
                )
            )
        if t.sponsor:
            record_lines.append(self.tr("Sponsor: {0}").format(t.sponsor))
        if t.conditions:
            record_lines.append(self.tr("Conditions: {0}").format(join_commas(t.conditions)))
        if t.locations:
            shown = t.locations[:8]
            more = len(t.locations) - len(shown)
            text = join_items(shown) + (self.tr(" and {0} more").format(more) if more else "")
            record_lines.append(self.tr("Places: {0}").format(text))
        has_record = bool(record_lines or t.eligibility_include or t.eligibility_exclude)
        self.record_card.setVisible(has_record)
        self.record_text.setTextFormat(self.record_text.textFormat().PlainText)
        self.record_text.setText("\n".join(record_lines))
        for title, label, items in (
            (self.include_title, self.include_text, t.eligibility_include),
            (self.exclude_title, self.exclude_text, t.eligibility_exclude),
        ):
            title.setVisible(bool(items))
            label.setVisible(bool(items))
            label.setTextFormat(label.textFormat().PlainText)
            label.setText("\n".join(f"\u2022 {item}" for item in items))
        self.summary.setTextFormat(self.summary.textFormat().PlainText)
        session = self.document.session
        facts = trial_summary.facts(t, session.situation.cancer_type, self.language())
        if session.trial_unknown or t.is_empty():
            self.summary.setText(self.tr("No trial details yet."))
            banner = ""
        else:
            self.summary.setText("\n".join(facts.lines))
            banner = "\n".join(x for x in (facts.closed, facts.stale) if x)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.condition_prompt.setText(facts.condition_prompt)
        self.condition_prompt.setVisible(bool(facts.condition_prompt))
        self._show_results()

    def language(self) -> str:
        return self.content.pack.language

    def _show_results(self) -> None:
        """The trial's own posted results, rebuilt only when they change (they are large)."""
        t = self.trial
        # (A trial with no results has None: shown once, not again at every key typed.)
        if self._results_shown is t.results:
            return
        if self.results_panel is not None:
            self.results_panel.setParent(None)
            self.results_panel.deleteLater()
            self.results_panel = None
        self._results_shown = t.results
        view = results_view(t, self.language())
        self.results_card.setVisible(view is not None)
        if view is not None:
            self.results_panel = ResultsPanel(view, self._picture_note())
            self.results_layout.addWidget(self.results_panel)
        self.structure_changed()

    def _picture_note(self) -> str:
        return self.tr("Each picture shows 100 people, so that groups of any size compare.")

    def _rebuild_earlier(self) -> None:
        for panel in self.earlier_panels:
            panel.setParent(None)
            panel.deleteLater()
        self.earlier_panels = []
        studies = self.document.session.earlier
        if not studies:
            note = paragraph(self.tr("No earlier studies added yet."))
            self.earlier_layout.addWidget(note)
            self.earlier_panels.append(note)
        for index, study in enumerate(studies):
            host = HintHost()
            box = QVBoxLayout(host)
            box.setContentsMargins(0, 0, 0, 0)
            view = results_view(study, self.language())
            if view is not None:
                box.addWidget(ResultsPanel(view, self._picture_note()))
            else:
                title = heading(
                    self.tr("{0}: {1}").format(study.registry_id or "?", study.title), 3
                )
                box.addWidget(title)
                box.addWidget(
                    paragraph(self.tr("This record has no results posted in the registry yet."))
                )
            remove = QPushButton(self.tr("Remove this earlier study"))
            remove.setAccessibleName(
                self.tr("Remove the earlier study {0}").format(study.registry_id or index + 1)
            )
            remove.setProperty("earlier_index", index)
            remove.clicked.connect(self._on_remove_earlier)
            row = QHBoxLayout()
            row.addWidget(remove)
            row.addStretch(1)
            box.addLayout(row)
            self.earlier_layout.addWidget(host)
            self.earlier_panels.append(host)
        full = len(studies) >= MAX_EARLIER
        self.add_earlier_button.setEnabled(not full)
        self.add_earlier_online_button.setEnabled(not full and not self.earlier_lookup.busy())
        self.structure_changed()

    def _on_remove_earlier(self) -> None:
        index = self.sender().property("earlier_index")
        studies = self.document.session.earlier
        if isinstance(index, int) and 0 <= index < len(studies):
            removed = studies.pop(index)
            self.document.edit("trial")
            self._rebuild_earlier()
            self.earlier_message.setText(
                self.tr("Removed {0}.").format(removed.registry_id or self.tr("the study"))
            )

    def add_earlier(self, study: TrialInfo) -> bool:
        studies = self.document.session.earlier
        if len(studies) >= MAX_EARLIER:
            self.earlier_message.setText(
                self.tr("At most {0} earlier studies can be added.", "", MAX_EARLIER).format(
                    MAX_EARLIER
                )
            )
            return False
        if study.registry_id and any(s.registry_id == study.registry_id for s in studies):
            self.earlier_message.setText(
                self.tr("{0} is already in the list.").format(study.registry_id)
            )
            return False
        studies.append(study)
        self.document.edit("trial")
        self._rebuild_earlier()
        if study.results is None:
            self.earlier_message.setText(
                self.tr("Added {0}. It has no results posted yet.").format(study.registry_id)
            )
        else:
            self.earlier_message.setText(self.tr("Added {0}.").format(study.registry_id))
        return True

    def add_earlier_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add an earlier study"), self.start_folder(), self.tr(TRIAL_FILTER)
        )
        if path:
            self.add_earlier_path(Path(path))

    def add_earlier_path(self, path: Path) -> bool:
        try:
            trials = trialfile.load_any(path)
        except trialfile.TrialFileError as exc:
            self.earlier_message.setText(str(exc))
            return False
        study = self.choose_trial(trials)
        return study is not None and self.add_earlier(study)

    def add_earlier_online(self) -> None:
        text = self.ask_nct_id()
        if text is None:
            return
        if classify_registry_id(text) != "nct":
            self.earlier_message.setText(
                self.tr("Online look-up needs an NCT number, like NCT01234567.")
            )
            return
        number = normalise_registry_id(text)
        self.add_earlier_online_button.setEnabled(False)
        self.earlier_message.setText(self.tr("Looking up {0}\u2026").format(number))
        if not self.earlier_lookup.start(number, registry_base_url()):
            self.add_earlier_online_button.setEnabled(True)

    def _on_earlier_lookup_done(self, study: TrialInfo) -> None:
        self.add_earlier_online_button.setEnabled(True)
        self.add_earlier(study)

    def _on_earlier_lookup_failed(self, message: str) -> None:
        self.add_earlier_online_button.setEnabled(True)
        self.earlier_message.setText(message)

    def _show_details(self, show: bool) -> None:
        # Only when it changes: showing a widget polishes it and all it holds (nearly the
        # whole page) at once, even while the page is hidden; the page is polished again
        # when it goes on the screen, so a page built with its details showing paid twice.
        if show != self._details_shown:
            self._details_shown = show
            self.details.setVisible(show)
        self.unknown_note.setVisible(not show)

    def max_distance(self) -> int:
        """The largest distance to accept, in the unit shown (km or miles)."""
        return int(MAX_DISTANCE_KM / KM_PER_MILE) if self.imperial else MAX_DISTANCE_KM

    # --- edits ------------------------------------------------------------------------------
    def trial_edited(self) -> None:
        if not self.trial.origin:
            self.trial.origin = "manual"
        self.document.edit("trial")
        self._update_derived()

    def _on_unknown(self, checked: bool) -> None:
        self.document.session.trial_unknown = checked
        self._show_details(not checked)
        self.document.edit("trial")
        self._update_derived()

    def _on_title(self, text: str) -> None:
        self.trial.title = text
        self.trial_edited()

    def _check_registry_id(self, final: bool) -> bool:
        text = self.registry_id.text()
        problem = registry_id_problem(text) if text.strip() else None
        if problem and (final or len(text.strip()) >= 11):
            self.registry_message.setText(problem)
            self.registry_id.setAccessibleDescription(problem)
            return False
        self.registry_message.setText("")
        self.registry_id.setAccessibleDescription("")
        return problem is None

    def _on_registry_id(self, text: str) -> None:
        # Keep what the person typed; the model only gets a valid or empty number.
        if self._check_registry_id(final=False) and not registry_id_problem(text or " "):
            self.trial.registry_id = normalise_registry_id(text) if text.strip() else ""
            self.trial_edited()
        elif not text.strip():
            self.trial.registry_id = ""
            self.trial_edited()

    def _on_registry_done(self) -> None:
        if self._check_registry_id(final=True) and self.registry_id.text().strip():
            normal = normalise_registry_id(self.registry_id.text())
            if normal != self.registry_id.text():
                self.registry_id.setText(normal)
            if self.trial.registry_id != normal:
                self.trial.registry_id = normal
                self.trial_edited()

    def _on_phase(self, _checked: bool) -> None:
        self.trial.phases = [k for k, box in self.phase_boxes.items() if box.isChecked()]
        self.trial_edited()

    def _on_randomised(self, index: int) -> None:
        self.trial.randomised = (True, False, None)[index]
        self.trial_edited()

    def _on_placebo(self, index: int) -> None:
        self.trial.placebo = (True, False, None)[index]
        self.trial_edited()

    def _on_blinding(self, index: int) -> None:
        self.trial.blinding = self.blinding.itemData(index)
        self.trial_edited()

    def _on_numbers(self, _text: str) -> None:
        problems = []
        values = {}
        for name, edit, limit in (
            (self.tr("Visits per month"), self.visits, MAX_VISITS_PER_MONTH),
            (self.tr("Months"), self.months, MAX_MONTHS),
            (self.tr("Distance"), self.distance, self.max_distance()),
        ):
            value, ok = _parse_number(edit.text())
            if not ok or (value is not None and value > limit):
                problems.append(
                    self.tr("{0}: please enter a number from 0 to {1}, or leave it empty.").format(
                        name, limit
                    )
                )
                edit.setAccessibleDescription(problems[-1])
                continue
            edit.setAccessibleDescription("")
            values[edit] = value
        self.number_message.setText(" ".join(problems))
        if self.visits in values:
            self.trial.visits_per_month = values[self.visits]
        if self.months in values:
            self.trial.months = values[self.months]
        if self.distance in values:
            d = values[self.distance]
            self.trial.distance_km = (
                None if d is None else (round(d * KM_PER_MILE, 2) if self.imperial else d)
            )
        self.trial_edited()

    def _on_text_fields(self, _text: str) -> None:
        self.trial.site = self.site.text()
        self.trial.contact = self.contact.text()
        self.trial_edited()

    def _on_covers(self) -> None:
        self.box_edited(self.covers)
        if self.document.loading:
            return
        self.trial.covers = self.covers.toPlainText()
        self.trial_edited()

    def add_arm(self) -> None:
        self.complete()  # (a page built first screen first: its groups all there)
        t = self.trial
        if len(t.arms) >= MAX_GROUPS:
            return
        t.arms.append(Arm())
        if len(t.ratio) == len(t.arms) - 1:
            t.ratio.append(1)
        else:
            t.ratio = [1] * len(t.arms)
        self._rebuild_arms()
        self.trial_edited()
        self.arm_editors[-1].label.setFocus()

    def remove_arm(self) -> None:
        self.complete()
        t = self.trial
        if not t.arms:
            return
        t.arms.pop()
        t.ratio = t.ratio[: len(t.arms)] if len(t.ratio) > len(t.arms) else [1] * len(t.arms)
        self._rebuild_arms()
        self.trial_edited()

    # --- files and look-up --------------------------------------------------------------------
    def confirm_replace(self) -> bool:
        if self.trial.is_empty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the trial details?"),
            self.tr("This replaces the trial details you have now. Go on?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_trial(self, trials: list[TrialInfo]) -> TrialInfo | None:
        if len(trials) == 1:
            return trials[0]
        no_name = self.tr("(no name)")
        names = [
            self.tr("{0}: {1}").format(t.registry_id or "?", t.title or no_name) for t in trials
        ]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Choose a trial"),
            self.tr("This file has several trials:"),
            names,
            0,
            False,
        )
        return trials[names.index(name)] if ok else None

    def _add_prepared_files(self, layout) -> None:
        """The counselor profile's folder of prepared trial files, one click to open each."""
        from decisionaid.ui.clinic import prepared_trial_files
        from decisionaid.ui.settings import Settings

        files = prepared_trial_files(Settings())
        self.prepared_buttons: list[QPushButton] = []
        if not files:
            return
        label = paragraph(self.tr("Prepared trial files:"))
        layout.addWidget(label)
        host = HintHost()
        flow = FlowLayout(host)
        for path in files:
            button = QPushButton(path.stem.removesuffix(".trial"))
            button.setToolTip(str(path))
            button.setProperty("path", str(path))
            button.clicked.connect(self._open_prepared)
            flow.addWidget(button)
            self.prepared_buttons.append(button)
        layout.addWidget(host)

    def _open_prepared(self) -> None:
        button = self.sender()
        if button is not None:
            self.open_path(Path(button.property("path")))

    def report(self, text: str) -> None:
        self.message.setText(text)

    def show_error(self, title: str, text: str) -> None:
        """One dialog, in plain text, through the window when there is one (also the line
        below the buttons, which stays after the dialog is closed)."""
        self.report(text)
        window = self.window()
        if window is not self and hasattr(window, "show_error"):
            window.show_error(title, text)
        else:
            from decisionaid.ui import messages

            messages.box(self, QMessageBox.Icon.Warning, title, text)

    def show_info(self, title: str, text: str) -> None:
        window = self.window()
        if window is not self and hasattr(window, "show_info"):
            window.show_info(title, text)
        else:
            from decisionaid.ui import messages

            messages.box(self, QMessageBox.Icon.Information, title, text)

    def start_folder(self) -> str:
        """Where the trial-file dialog starts: the counselor profile's trial folder, else the
        last folder used for trial files (never kept in clinic mode), else Documents."""
        from decisionaid.ui.settings import Settings

        return Settings().trial_dir

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a trial file"), self.start_folder(), self.tr(TRIAL_FILTER)
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, confirmed: bool = False) -> bool:
        """Read a trial file or registry record, then put its trial in the session.
        `confirmed`: the person has already agreed to replace the trial details."""
        from decisionaid.safetext import counting

        path = Path(path)
        with counting() as tally:
            try:
                trials = trialfile.load_any(path)
            except trialfile.TrialFileError as exc:
                self.show_error(self.tr("Could not open the trial file"), str(exc))
                return False
        return self.open_trials(trials, path, tally.replaced, confirmed)

    def open_trials(
        self, trials: list[TrialInfo], path: Path, replaced: int = 0, confirmed: bool = False
    ) -> bool:
        """The trial (chosen if the file has several) from `path`, already read."""
        trial = self.choose_trial(trials)
        if trial is None or not (confirmed or self.confirm_replace()):
            return False
        self.set_trial(trial)
        from decisionaid.ui.settings import Settings

        Settings().last_trial_dir = str(path.parent)
        self.report(self.tr("Loaded the trial from {0}.").format(path.name))
        if replaced:
            from decisionaid.ui import messages

            self.show_info(messages.replaced_title(), messages.replaced_characters(path.name))
        return True

    def set_trial(self, trial: TrialInfo) -> None:
        self.document.session.trial = trial
        self.document.session.trial_unknown = False
        self.document.edit("trial")
        self.refresh()

    def save_dialog(self) -> None:
        suggested = (self.trial.registry_id or "trial") + ".trial.json"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a prepared trial file"),
            str(Path.home() / suggested),
            self.tr(TRIAL_FILTER),
        )
        if path:
            self.save_path(Path(path))

    def save_path(self, path: Path) -> bool:
        try:
            trialfile.save_trial(path, self.trial)
        except WriteError as exc:
            self.report(str(exc.strerror or exc))
            return False
        self.report(self.tr("Saved the trial to {0}.").format(path))
        return True

    def ask_nct_id(self) -> str | None:
        current = self.trial.registry_id if classify_registry_id(self.trial.registry_id) else ""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Look up a trial online"),
            self.tr(
                "Type the NCT number. Only this number is sent to ClinicalTrials.gov, "
                "nothing about you."
            ),
            QLineEdit.EchoMode.Normal,
            current if current.upper().startswith("NCT") else "",
        )
        return text if ok else None

    def lookup_online(self) -> None:
        text = self.ask_nct_id()
        if text is None:
            return
        if classify_registry_id(text) != "nct":
            self.report(self.tr("Online look-up needs an NCT number, like NCT01234567."))
            return
        self.lookup_button.setEnabled(False)
        self.report(self.tr("Looking up {0}\u2026").format(normalise_registry_id(text)))
        if not self.lookup.start(normalise_registry_id(text), registry_base_url()):
            self.lookup_button.setEnabled(True)

    def _on_lookup_done(self, trial: TrialInfo) -> None:
        self.lookup_button.setEnabled(True)
        if not self.confirm_replace():
            self.report(self.tr("Look-up finished. Your details were kept."))
            return
        self.set_trial(trial)
        self.report(self.tr("Loaded {0} from ClinicalTrials.gov.").format(trial.registry_id))

    def _on_lookup_failed(self, message: str) -> None:
        self.lookup_button.setEnabled(True)
        self.show_error(self.tr("The look-up did not work"), message)

    def clear_trial(self) -> None:
        if not self.confirm_replace():
            return
        self.set_trial(TrialInfo())
        self.report(self.tr("Trial details cleared."))
