"""Step 2: Your situation. Name (optional), cancer type, how far along, who decides with you."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from decisionaid.model.session import STAGES
from decisionaid.ui.pages.base import Page
from decisionaid.ui.widgets import ChoiceRow, HintHost, heading


class SituationPage(Page):
    step_id = "situation"

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        self.add_heading(self.tr("Your situation"))
        self.add_paragraph(
            self.tr(
                "Every question here is optional. Your answers help you, and your doctor, "
                "see where you are. They stay on this computer."
            )
        )
        host = HintHost()
        form = QFormLayout(host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("First name or initials"))
        self.name.setPlaceholderText(self.tr("For example: Mei, or M. L."))
        self.show_name = QCheckBox(self.tr("Print my name on the summary"))
        self.cancer_type = QLineEdit()
        self.cancer_type.setMaxLength(300)
        self.cancer_type.setAccessibleName(self.tr("Type of cancer"))
        self.cancer_type.setPlaceholderText(self.tr("For example: breast cancer"))
        self.decides_with = QLineEdit()
        self.decides_with.setMaxLength(300)
        self.decides_with.setAccessibleName(self.tr("Who makes this decision with you"))
        self.decides_with.setPlaceholderText(self.tr("For example: my husband and my doctor"))
        form.addRow(self.tr("First name or &initials:"), self.name)
        form.addRow("", self.show_name)
        form.addRow(self.tr("&Type of cancer:"), self.cancer_type)
        form.addRow(self.tr("&Who decides with you:"), self.decides_with)
        self._add(host)

        self._add(heading(self.tr("How far along are you with this decision?"), 2))
        self.stage_labels = [
            self.tr("I have not thought about it yet"),
            self.tr("I am thinking about it"),
            self.tr("I am close to choosing"),
            self.tr("I have already decided"),
        ]
        self.stage = ChoiceRow(self.stage_labels, self.tr("How far along are you"))
        self._add(self.stage)

        self.name.textEdited.connect(self._on_name)
        self.show_name.toggled.connect(self._on_show_name)
        self.cancer_type.textEdited.connect(self._on_cancer_type)
        self.decides_with.textEdited.connect(self._on_decides_with)
        self.stage.chosen.connect(self._on_stage)
        self.finish()

    def refresh(self) -> None:
        s = self.document.session.situation
        self.name.setText(s.name)
        self.show_name.blockSignals(True)
        self.show_name.setChecked(s.show_name)
        self.show_name.blockSignals(False)
        self.cancer_type.setText(s.cancer_type)
        self.decides_with.setText(s.decides_with)
        self.stage.set_value(STAGES.index(s.stage) if s.stage in STAGES else None)

    def _on_name(self, text: str) -> None:
        self.document.session.situation.name = text
        self.document.edit("situation")

    def _on_show_name(self, checked: bool) -> None:
        self.document.session.situation.show_name = checked
        self.document.edit("situation")

    def _on_cancer_type(self, text: str) -> None:
        self.document.session.situation.cancer_type = text
        self.document.edit("situation")

    def _on_decides_with(self, text: str) -> None:
        self.document.session.situation.decides_with = text
        self.document.edit("situation")

    def _on_stage(self, index: int) -> None:
        self.document.session.situation.stage = STAGES[index]
        self.document.edit("situation")
