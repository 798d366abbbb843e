"""The patient's answers in the handout's words, for the sections that share them. No Qt.

Page 1 and "About the trial" both print the phase; page 1 and "All questions" both list the
questions; page 1 and "Benefits and risks" both print ratings; "About the trial" and the charts
both name the trial's groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from decisionaid.content.schema import Consideration

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder


def phase_text(doc: HandoutBuilder) -> str:
    """'phase 2', 'phase 2/3', 'early phase 1', 'no phase (not a drug trial)', 'not known'."""
    phases = doc.session.trial.phases
    if not phases:
        return doc.text("phase_unknown")
    if phases == ["na"]:
        return doc.text("phase_na")
    names = [p for p in phases if p != "na"]
    if names == ["early1"]:
        return doc.text("phase_early1")
    shown = [doc.text("phase_early1_short") if p == "early1" else p for p in names]
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


def checked_questions(doc: HandoutBuilder) -> list[str]:
    """The suggested questions the patient ticked (content text), in their order."""
    texts = [doc.content.questions.text(q) for q in doc.session.questions_checked]
    return [t for t in texts if t]


def own_questions(doc: HandoutBuilder) -> list[str]:
    return [q for q in doc.session.own_questions if q.strip()]


def arm_labels(doc: HandoutBuilder, n: int) -> list[str]:
    """The names of the trial's `n` groups; the content's defaults where they have none."""
    arms = doc.session.trial.arms
    defaults = doc.content.facts.randomisation.labels_for(n)
    if len(arms) == n:
        return [a.label.strip() or defaults[i] for i, a in enumerate(arms)]
    return defaults


def chances(ratio: Sequence[int], words: dict[str, str]) -> list[str]:
    """One denominator for all groups (3:1:2 -> 3 in 6, 1 in 6, 2 in 6), as evidence.md asks."""
    from decisionaid.model.stats import reduce_ratio

    parts = reduce_ratio(list(ratio))
    return [words["n_in_d"].format(n=p, d=sum(parts)) for p in parts]


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
