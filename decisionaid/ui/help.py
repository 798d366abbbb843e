"""Help > How to Use This Program and Help > Glossary: the content pack's guide and words, in
the interface's language. Built only when asked for (the first window does not wait).

Both dialogs size themselves from the text size (at 200% they are twice as large, within the
screen), scroll, and close with Esc. The glossary filters as you type, on the word and on its
explanation.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from decisionaid.ui.qtenums import Qt

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack, Term


def howto_html(content: ContentPack) -> str:
    h = content.howto
    parts = [f"<h2>{escape(h.title)}</h2>", f"<p>{escape(h.intro)}</p>"]
    for section in h.sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        parts += [f"<p>{escape(p)}</p>" for p in section.paragraphs]
    return "".join(parts)


def matching_terms(terms: list[Term], query: str) -> list[Term]:
    """The terms whose word or explanation holds `query` (any case; all when empty)."""
    q = query.strip().casefold()
    if not q:
        return list(terms)
    return [t for t in terms if q in t.term.casefold() or q in t.definition.casefold()]


def glossary_html(terms: list[Term]) -> str:
    return "".join(f"<p><b>{escape(t.term)}</b><br>{escape(t.definition)}</p>" for t in terms)


def _fit(dialog: QDialog, ems_wide: int, ems_high: int) -> None:
    """A size that grows with the text, within the screen's free space."""
    em = dialog.fontMetrics().horizontalAdvance("M")
    width, height = em * ems_wide, em * ems_high
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 40), min(height, free.height() - 80)
    dialog.resize(max(320, width), max(240, height))


class _TextDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(title)

    def finish(self) -> None:
        self.layout_.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)


class HowToDialog(_TextDialog):
    def __init__(self, content: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(content.howto.title, parent)
        self.browser.setHtml(howto_html(content))
        self.finish()
        _fit(self, 44, 36)


class GlossaryDialog(_TextDialog):
    def __init__(self, content: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Glossary"), parent)
        self.terms = list(content.glossary.terms)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Type a word to find it"))
        self.search.setAccessibleName(self.tr("Find a word"))
        label = QLabel(self.tr("&Find a word:"))
        label.setBuddy(self.search)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.count)
        self.browser.setAccessibleName(self.tr("Words and what they mean"))
        self.search.textChanged.connect(self.show_matches)
        self.finish()
        self.show_matches("")
        _fit(self, 40, 36)

    def show_matches(self, query: str) -> None:
        found = matching_terms(self.terms, query)
        self.browser.setHtml(glossary_html(found))
        if not found:
            self.count.setText(self.tr("No word matches \u201c{0}\u201d.").format(query.strip()))
        else:
            self.count.setText(self.tr("%n words", "", len(found)))
