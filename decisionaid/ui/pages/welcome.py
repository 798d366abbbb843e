"""Step 1: Welcome. What this is, how long it takes, no advice, privacy; language, text size."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton

from decisionaid.content.loader import pack_name
from decisionaid.ui import i18n
from decisionaid.ui.pages.base import Page
from decisionaid.ui.settings import TEXT_SCALES
from decisionaid.ui.widgets import Card, FlowLayout, HintHost, paragraph


class WelcomePage(Page):
    step_id = "welcome"
    start_requested = Signal()
    resume_requested = Signal()
    start_over_requested = Signal()
    text_scale_requested = Signal(float)
    language_requested = Signal(str)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        w = content.welcome
        self.add_heading(w.title)
        for text in w.paragraphs:
            self.add_paragraph(text)
        card = Card()
        for text in (w.duration, w.no_advice, w.privacy):
            card.add(paragraph(text))
        self._add(card)
        about = content.about
        self.add_paragraph(about.welcome_line)
        self.about_button = QPushButton(about.link + "\u2026")
        self.about_button.setAccessibleName(about.link)
        self.about_button.clicked.connect(self.show_about)
        about_row = HintHost()
        about_line = FlowLayout(about_row)
        about_line.addWidget(self.about_button)
        self._add(about_row)

        form_host = HintHost()
        form = QFormLayout(form_host)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        # Only languages with a content pack and, except English, a compiled translation.
        for lang in i18n.interface_languages():
            try:
                name = pack_name(lang)
            except Exception:  # noqa: BLE001 - a broken pack is simply not offered
                continue
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(0, self.language.findData(content.pack.language)))
        self.language.activated.connect(self._on_language)
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)}%", scale)
        self.text_size.activated.connect(self._on_text_size)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.text_size)
        self._add(form_host)

        row_host = HintHost()
        row = FlowLayout(row_host)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.resume_button = QPushButton(self.tr("&Continue where I left off"))
        self.start_over_button = QPushButton(self.tr("Start &over with a blank session"))
        for button in (self.start_button, self.resume_button, self.start_over_button):
            row.addWidget(button)
        self.start_button.clicked.connect(self.start_requested)
        self.resume_button.clicked.connect(self.resume_requested)
        self.start_over_button.clicked.connect(self.start_over_requested)
        self._add(row_host)
        self.finish()

    def _on_language(self, index: int) -> None:
        self.language_requested.emit(self.language.itemData(index))

    def _on_text_size(self, index: int) -> None:
        self.text_scale_requested.emit(float(self.text_size.itemData(index)))

    def set_text_scale(self, scale: float) -> None:
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - scale))
        self.text_size.setCurrentIndex(index)

    def show_about(self) -> None:
        from decisionaid.ui.dialogs import AboutAidDialog

        self.about_dialog = AboutAidDialog(self.content, self)
        self.about_dialog.open()

    def refresh(self) -> None:
        s = None if self.document.blank else self.document.session
        has_answers = s is not None and (
            bool(s.done) or bool(s.ratings) or s.current_step not in ("", self.step_id)
        )
        self.start_button.setVisible(not has_answers)
        self.resume_button.setVisible(has_answers)
        self.start_over_button.setVisible(has_answers)
        self.resume_button.setDefault(has_answers)
        self.start_button.setDefault(not has_answers)

    def on_show(self) -> None:
        self.refresh()

    def first_focus(self):
        """Start (or Continue where I left off): Enter goes on from the first screen."""
        for button in (self.start_button, self.resume_button):
            if button.isVisibleTo(self):
                return button
        return super().first_focus()
