"""About the trial: what the patient knows about the trial they were offered. No Qt.

Title, registry number, phase, the groups and the chance of each, the visits, placebo, where
it is, how many people take part, status, sponsor, what it covers and whom to contact. Nothing
is printed when there is no specific trial yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from decisionaid.model import trial_summary
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
    facts = trial_summary.facts(t, s.situation.cancer_type, doc.language)
    doc.heading(doc.text("trial_details"))
    for warning in (facts.closed, facts.stale):
        if warning:
            doc.add(doc.paragraph(warning, "box"))
    doc.add(doc.paragraph(t.title.strip() or doc.text("trial_untitled"), "h3"))
    rid = t.registry_id.strip() or doc.text("registry_unknown")
    doc.add(doc.labelled(doc.text("registry_id"), rid))
    doc.add(doc.paragraph(facts.study_type))
    doc.add(doc.paragraph(facts.status))
    doc.add(doc.labelled(doc.text("phase"), answers.phase_text(doc)))
    for line in facts.phase:
        doc.add(doc.paragraph(line))
    add_design(doc, facts, bool(answers.chances(doc)))
    if facts.conditions:
        doc.add(doc.paragraph(trial_summary.conditions_line(facts, doc.language)))
    if facts.condition_prompt:
        doc.add(doc.paragraph(facts.condition_prompt, "box"))
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
        doc.add(doc.labelled(facts.ratio_caption or doc.text("trial_ratio"), text))
    schedule = schedule_text(doc)
    if schedule:
        doc.add(doc.labelled(doc.text("trial_schedule"), schedule))
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
    if t.sponsor.strip():
        doc.add(doc.labelled(doc.text("trial_sponsor"), t.sponsor))
    for text, key in ((t.covers, "trial_covers"), (t.contact, "trial_contact")):
        if text.strip():
            doc.add(doc.paragraph(doc.with_colon(doc.text(key)), "h3"))
            doc.add(doc.paragraph(text, "user"))


def add_design(doc: HandoutBuilder, facts: trial_summary.TrialFacts, chances: bool) -> None:
    """How the trial is run, together and before the (often long) groups: randomised or not,
    placebo, who knows the group. Each says "not stated in the registry" when the record is
    silent, in the same words as the screen. An observational study has none of them (its
    study type line says that no study treatment is given)."""
    if facts.randomisation:
        doc.add(doc.paragraph(facts.randomisation[0]))
        if not chances:
            # "Your chance of each group is not known", or the assumed split.
            for line in facts.randomisation[1:2]:
                doc.add(doc.paragraph(line))
    # Never for a single group or an observational study: nobody there gets a placebo.
    if facts.placebo:
        doc.add(doc.paragraph(facts.placebo))
    if facts.blinding:
        doc.add(doc.paragraph(facts.blinding))


def schedule_text(doc: HandoutBuilder) -> str:
    """'2 visits a month for 6 months', or as much of it as is known."""
    t = doc.session.trial
    visits, months = t.visits_per_month, t.months
    per_month = how_long = ""
    if visits is not None:
        per_month = doc.counted("count_visits_month", visits, n=number(visits))
    if months is not None:
        how_long = doc.counted("count_months", months, n=number(months))
    if visits is not None and months is not None:
        return doc.text("trial_schedule_value", visits=per_month, months=how_long)
    if visits is not None:
        return doc.text("trial_visits_only", visits=per_month)
    if months is not None:
        return doc.text("trial_months_only", months=how_long)
    return ""
