"""About the trial: what the patient knows about the trial they were offered. No Qt.

Title, registry number, phase, the groups and the chance of each, the visits, placebo, where
it is, how many people take part, status, sponsor, what it covers and whom to contact. Nothing
is printed when there is no specific trial yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from decisionaid.report.sections import answers

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder


def number(value: float) -> str:
    """2.0 -> '2', 2.5 -> '2.5'."""
    return f"{value:g}"


def add_trial(doc: HandoutBuilder) -> None:
    s = doc.session
    t = s.trial
    if s.trial_unknown or t.is_empty():
        return
    doc.heading(doc.text("trial_details"))
    doc.add(doc.paragraph(t.title.strip() or doc.text("trial_untitled"), "h3"))
    rid = t.registry_id.strip() or doc.text("registry_unknown")
    doc.add(doc.labelled(doc.text("registry_id"), rid))
    doc.add(doc.labelled(doc.text("phase"), answers.phase_text(doc)))
    if t.arms:
        doc.add(doc.paragraph(doc.with_colon(doc.text("trial_groups")), "h3"))
        for arm in t.arms:
            text = arm.label.strip() or "—"
            if arm.description.strip():
                text = doc.text("label_value", label=text, value=arm.description.strip())
            doc.add(doc.paragraph(text, "bullet", bullet="•"))
    chances = answers.chances(doc)
    if chances:
        text = doc.text("list_sep").join(
            doc.text("label_value", label=label, value=chance) for label, chance in chances
        )
        if t.ratio_assumed:
            text += " " + doc.text("trial_ratio_assumed")
        doc.add(doc.labelled(doc.text("trial_ratio"), text))
    schedule = schedule_text(doc)
    if schedule:
        doc.add(doc.labelled(doc.text("trial_schedule"), schedule))
    if t.placebo is not None:
        key = "trial_placebo_yes" if t.placebo else "trial_placebo_no"
        doc.add(doc.labelled(doc.text("trial_placebo"), doc.text(key)))
    where = t.site.strip()
    if t.distance_km is not None:
        distance = doc.text("trial_distance", km=number(t.distance_km))
        where = doc.text("text_cite", text=where, sources=distance) if where else distance
    if where:
        doc.add(doc.labelled(doc.text("trial_site"), where))
    if t.enrollment is not None:
        kind = doc.text(f"enrollment_{t.enrollment_type}") if t.enrollment_type else ""
        value = (
            doc.text("trial_enrollment_value", n=t.enrollment, kind=kind)
            if kind
            else str(t.enrollment)
        )
        doc.add(doc.labelled(doc.text("trial_enrollment"), value))
    if t.status.strip():
        doc.add(doc.labelled(doc.text("trial_status"), t.status))
    if t.sponsor.strip():
        doc.add(doc.labelled(doc.text("trial_sponsor"), t.sponsor))
    for text, key in ((t.covers, "trial_covers"), (t.contact, "trial_contact")):
        if text.strip():
            doc.add(doc.paragraph(doc.with_colon(doc.text(key)), "h3"))
            doc.add(doc.paragraph(text, "user"))


def schedule_text(doc: HandoutBuilder) -> str:
    """'2 visits a month for 6 months', or as much of it as is known."""
    t = doc.session.trial
    visits, months = t.visits_per_month, t.months
    if visits is not None and months is not None:
        return doc.text("trial_schedule_value", visits=number(visits), months=number(months))
    if visits is not None:
        return doc.text("trial_visits_only", visits=number(visits))
    if months is not None:
        return doc.text("trial_months_only", months=number(months))
    return ""
