"""The PDF handouts: model -> story, section by section. No Qt.

`HandoutBuilder(session, content, options).build()` returns the patient's handout as bytes. Its
sections, in order, each in a module of `report.sections`:

    cover       page 1, for the doctor: who, when, the trial, leaning, SURE, knowledge check,
                the three things that matter most, the top questions
    trial       what the patient knows about the trial
    values      benefits and risks with the patient's ratings (same weight for both)
    costs       the cost estimate
    charts      the evidence in pictures, each with its text equivalent
    questions   all questions and the patient's notes
    glossary    words used
    sources     sources with years, evidence review date, version, funding, disclaimer

`GeneralHandoutBuilder(content, options).build()` makes the blank handout for clinics: phases,
randomisation, costs and questions to ask, with no patient data at all.

`export_pdf()` / `export_handout()` write the file atomically (storage.files.write_atomic):
a full disk or a read-only folder raises WriteError with a one-line message and leaves no
partial file. The session is only read, never changed.

The page template, header, footer and metadata are in `report.document`; the tables and
flowables the sections share are in `report.parts`; the charts in `report.drawings`.

User text is escaped and keeps its line breaks (fonts.FontSet.markup); it only ever goes into
paragraphs that can split across pages, never into table cells, so 10,000 characters of notes
cannot overflow a page. The output is reproducible: the same session gives the same bytes.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from decisionaid.content.schema import ContentPack
from decisionaid.model.options import Grid
from decisionaid.model.session import Session
from decisionaid.model.summary import Summary, summarise
from decisionaid.report.document import (
    Document,
    ExportResult,
    HandoutOptions,
    Progress,
    metadata_text,
)
from decisionaid.report.sections import (
    charts,
    costs,
    cover,
    glossary,
    learn,
    options,
    questions,
    results,
    sources,
    trial,
    values,
)
from decisionaid.report.sections.answers import add_counselor
from decisionaid.report.strings import format_date
from decisionaid.storage.files import write_atomic

__all__ = [
    "ExportResult",
    "GeneralHandoutBuilder",
    "HandoutBuilder",
    "HandoutOptions",
    "build_pdf",
    "export_handout",
    "export_pdf",
]


# The patient's handout, in the order it is printed. The counselor's line closes it.
PATIENT_SECTIONS = (
    cover.add_cover,
    trial.add_trial,
    results.add_results,
    options.add_options,
    values.add_values,
    costs.add_costs,
    charts.add_charts,
    questions.add_questions,
    glossary.add_glossary,
    sources.add_about,
    sources.add_sources,
    add_counselor,
)

# The blank handout for clinics (no patient data).
BLANK_SECTIONS = (
    learn.add_blank_cover,
    options.add_blank_options,
    learn.add_phases,
    learn.add_randomisation,
    costs.add_blank_costs,
    values.add_blank_values,
    questions.add_blank_questions,
    glossary.add_glossary,
    sources.add_about,
    sources.add_sources,
)


class HandoutBuilder(Document):
    """The patient's summary to take to the doctor."""

    def __init__(
        self, session: Session, content: ContentPack, options: HandoutOptions | None = None
    ) -> None:
        super().__init__(content, options)
        self.session = session

    @cached_property
    def summary(self) -> Summary:
        """What page 1 and the summary page both show (computed once per build)."""
        return summarise(self.session, self.content)

    @property
    def grid(self) -> Grid:
        """The option grid as the patient filled it (from the summary, computed once)."""
        assert self.summary.grid is not None
        return self.summary.grid

    @property
    def leaning_title(self) -> str:
        return self.summary.leaning.label

    @property
    def name(self) -> str:
        """The patient's name, or "" when they chose not to print it."""
        s = self.session.situation
        return s.name.strip() if s.show_name and s.name.strip() else ""

    @property
    def date(self) -> str:
        return format_date(self.session.created, self.language)

    def header_text(self) -> str:
        parts = [self.text("cover_title")]
        if self.name:
            parts.append(metadata_text(self.name, 60))
        parts.append(self.date)
        return " · ".join(parts)

    def build(self) -> bytes:
        self.__dict__.pop("summary", None)  # the session may have changed since
        title = (
            self.text("doc_title_named", name=metadata_text(self.name))
            if self.name
            else self.text("doc_title")
        )
        return self.build_pdf(
            PATIENT_SECTIONS,
            title=title,
            subject=self.text("doc_subject"),
            author=metadata_text(self.name),
            created=self.session.created,
        )


class GeneralHandoutBuilder(Document):
    """A general handout with no patient data: phases, randomisation, costs, questions."""

    def header_text(self) -> str:
        return self.text("blank_title")

    def build(self) -> bytes:
        return self.build_pdf(
            BLANK_SECTIONS,
            title=self.text("blank_title"),
            subject=self.text("blank_subject"),
            author="",
            created=self.content.pack.evidence_review,
        )


# --- writing files ----------------------------------------------------------------------------
def build_pdf(
    session: Session,
    content: ContentPack,
    paper: str = "a4",
    large_print: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The patient's handout as PDF bytes. `progress(kind, value)` is reportlab's progress
    call-back (Document.progress); an exception it raises stops the build."""
    builder = HandoutBuilder(session, content, HandoutOptions(paper, large_print))
    builder.progress = progress
    return builder.build()


def _write(builder: Document, out_path: Path | str, progress: Progress | None) -> ExportResult:
    builder.progress = progress
    data = builder.build()  # type: ignore[attr-defined]
    out = Path(out_path)
    write_atomic(out, data)
    return ExportResult(out, len(data), builder.pages, builder.warnings)


def export_pdf(
    session: Session,
    content: ContentPack,
    out_path: Path | str,
    paper: str = "a4",
    large_print: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the patient's handout to `out_path` atomically.

    Raises storage.files.WriteError (a one-line message) if the file cannot be written; then
    no partial file is left behind. The session is not changed. The file is written only
    after the last page, so an exception from `progress` leaves no file at all.
    """
    builder = HandoutBuilder(session, content, HandoutOptions(paper, large_print))
    return _write(builder, out_path, progress)


def export_handout(
    content: ContentPack, out_path: Path | str, paper: str = "a4", large_print: bool = False
) -> ExportResult:
    """Write the blank general handout (no patient data) to `out_path` atomically."""
    builder = GeneralHandoutBuilder(content, HandoutOptions(paper, large_print))
    return _write(builder, out_path, None)
