"""Help dialogs: Sources (every source with its year and the evidence review date) and About."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from decisionaid import __version__

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack


def _reviewed(content: ContentPack) -> str:
    """The evidence review date as the language writes dates (2026年11月1日), like the handout."""
    from decisionaid.formatting import formatter

    return formatter(content.pack.language).date(content.pack.evidence_review)


def sources_html(content: ContentPack) -> str:
    tags = {
        "V": QCoreApplication.translate(
            "SourcesDialog", "checked against the original study or law"
        ),
        "S": QCoreApplication.translate("SourcesDialog", "from reliable reports of the original"),
        "U": QCoreApplication.translate("SourcesDialog", "not confirmed: treat as an estimate"),
    }
    parts = [
        "<h2>{}</h2>".format(escape(QCoreApplication.translate("SourcesDialog", "Sources"))),
        "<p>"
        + escape(
            QCoreApplication.translate("SourcesDialog", "Evidence last reviewed: {0}.").format(
                _reviewed(content)
            )
        )
        + " "
        + escape(content.pack.update_policy)
        + "</p><ol>",
    ]
    ordered = sorted(content.sources.sources.values(), key=lambda s: (s.short, s.year))
    for source in ordered:
        parts.append(
            f"<li><b>{escape(source.short)} ({source.year})</b><br>{escape(source.citation)}"
            f"<br><i>{escape(tags[source.tag])}</i></li>"
        )
    parts.append("</ol>")
    parts.append(f"<p>{escape(content.pack.funding)}</p>")
    return "".join(parts)


class SourcesDialog(QDialog):
    def __init__(self, content: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(sources_html(content))
        self.browser.setAccessibleName(self.tr("List of sources"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def about_aid_html(content: ContentPack) -> str:
    """ "About this decision aid": who made and paid for it, evidence, updates, reading
    level, development and testing (the content pack's words)."""
    about = content.about
    parts = [f"<h2>{escape(about.title)}</h2>"]
    for title, paragraphs in about.filled(
        content.pack.evidence_review, __version__, content.pack.content_version
    ):
        parts.append(f"<h3>{escape(title)}</h3>")
        parts += [f"<p>{escape(p)}</p>" for p in paragraphs]
    return "".join(parts)


class AboutAidDialog(QDialog):
    def __init__(self, content: ContentPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(content.about.title)
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(about_aid_html(content))
        self.browser.setAccessibleName(content.about.title)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def about_html(content: ContentPack) -> str:
    what = QCoreApplication.translate(
        "SourcesDialog", "Helps you think through whether to join a clinical trial."
    )
    reviewed = QCoreApplication.translate("SourcesDialog", "Evidence last reviewed: {0}.").format(
        _reviewed(content)
    )
    name = QCoreApplication.translate("MainWindow", "Trial Decision Aid")
    return (
        f"<h3>{escape(name)} {escape(__version__)}</h3>"
        f"<p>{escape(what)}</p>"
        f"<p>{escape(content.pack.disclaimer)}</p>"
        f"<p>{escape(content.pack.funding)}</p>"
        f"<p>{escape(reviewed)}</p>"
    )
