"""The patient's answers in the handout's words, for the sections that share them. No Qt.

Page 1 and "About the trial" both print the phase; page 1 and "All questions" both list the
questions; page 1 and "Benefits and risks" both print ratings; "About the trial" and the charts
both name the trial's groups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from decisionaid.content.schema import Consideration

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder


def phase_text(doc: HandoutBuilder) -> str:
    """'phase 2', 'phase 2/3', 'early phase 1', 'no phase (not a drug trial)', 'not known'."""
    phase = doc.summary.phase
    if phase.kind == "unknown":
        return doc.text("phase_unknown")
    if phase.kind == "none":
        return doc.text("phase_na")
    if phase.kind == "early1":
        return doc.text("phase_early1")
    shown = [doc.text("phase_early1_short") if p == "early1" else p for p in phase.shown]
    return doc.text("phase_value", phase="/".join(shown))


def considerations(doc: HandoutBuilder) -> list[tuple[Consideration, str]]:
    """Every benefit and risk with its kind ("benefit" or "risk"), benefits first."""
    c = doc.content.considerations
    return [(b, "benefit") for b in c.benefits] + [(r, "risk") for r in c.risks]


def rating_label(doc: HandoutBuilder, item_id: str) -> str:
    """How much the patient said the item matters ("A lot"), or "Not rated"."""
    rating = doc.session.ratings.get(item_id)
    labels = doc.content.considerations.rating_labels
    return labels[rating] if rating is not None else doc.text("not_rated")


def chances(doc: HandoutBuilder) -> list[tuple[str, str]]:
    """(group name, "2 in 3") for each group of the trial, one denominator for all."""
    return [
        (c.label, doc.words["n_in_d"].format(n=c.parts, d=c.total)) for c in doc.summary.chances
    ]


def counselor_markup(doc: HandoutBuilder) -> str:
    """'Prepared with Ana Silva, City Clinic' as markup, or "" when neither is given."""
    c = doc.session.counselor
    name, clinic = c.name.strip(), c.clinic.strip()
    if name and clinic:
        return doc.filled("counselor_clinic", name=name, clinic=clinic)
    if name:
        return doc.filled("counselor", name=name)
    if clinic:
        return doc.filled("clinic_only", clinic=clinic)
    return ""


def add_counselor(doc: HandoutBuilder) -> None:
    """The counselor and clinic line, in small print, when either is given."""
    markup = counselor_markup(doc)
    if markup:
        c = doc.session.counselor
        cjk = doc.fonts.has_cjk_text(c.name.strip() + c.clinic.strip())
        doc.add(doc.markup_paragraph(markup, "small", cjk=cjk))
