"""Plain-language lines about the trial a person was offered. No Qt.

Used by `decisionaid trial show` and the trial page. Short sentences, everyday words. What
the record does not say is called "not known": nothing is guessed. Phase sizes and purposes
follow the FDA/NCI descriptions in the evidence review (evidence.md section 4); the placebo
wording follows ASCO Cancer.Net 2022 (section 5).
"""

from __future__ import annotations

import math
from fractions import Fraction

from decisionaid.model.stats import allocation_chances, reduce_ratio
from decisionaid.model.trial import Arm, TrialInfo

PHASE_TEXT: dict[str, str] = {
    "early1": (
        "Early phase 1: a very small first study in people, done before phase 1. "
        "It uses a new drug to learn how it acts in the body. "
        "It is not designed to treat your cancer."
    ),
    "1": (
        "Phase 1: one of the first studies of a new treatment in people. "
        "It checks safety and looks for the right dose. "
        "It usually includes 15 to 50 people with cancer."
    ),
    "2": (
        "Phase 2: it checks whether the treatment works, for example whether it shrinks "
        "tumours, and learns more about side effects. "
        "It usually includes fewer than 100 to a few hundred people."
    ),
    "3": (
        "Phase 3: it compares the new treatment with standard care, to see which is better. "
        "It usually includes hundreds to thousands of people, and people are usually put "
        "into groups by chance."
    ),
    "4": (
        "Phase 4: the treatment is already approved. "
        "The study looks for long-term and rare effects in thousands of people."
    ),
    "na": (
        "Phase: not a drug phase. Studies of surgery, devices, care or daily habits "
        "often have no phase."
    ),
}

ARM_TYPE_TEXT: dict[str, str] = {
    "experimental": "gets the treatment being tested",
    "active_comparator": "gets a treatment already in use, to compare with",
    "placebo_comparator": "gets a placebo (a look-alike with no active medicine), to compare with",
    "sham_comparator": (
        "gets a sham: a pretend procedure or device, to compare with. It is not a placebo medicine"
    ),
    "no_intervention": "gets no study treatment",
    "other": "the registry calls this group 'other'",
    "": "the registry does not say what kind of group this is",
}

BLINDING_TEXT: dict[str, str] = {
    "none": "Nobody is kept in the dark: you and your doctors know which group you are in.",
    "single": (
        "Single-blind: one side does not know which group you are in. "
        "Often this is you, but ask who it is."
    ),
    "double": (
        "Double-blind: two sides do not know which group you are in. "
        "Usually this is you and the study doctors."
    ),
    "triple": (
        "Triple-blind: three sides do not know which group you are in. "
        "Usually this is you, the study doctors and the people who check the results."
    ),
    "quadruple": (
        "Quadruple-blind: you, the study doctors, the care team and the people who check "
        "the results all do not know which group you are in."
    ),
    "": "Not known: who knows which group you are in. Ask the study team.",
}

# Keys: the registry's status words in lower case (see ctgov.STATUS_LABELS).
STATUS_TEXT: dict[str, str] = {
    "recruiting": "It is looking for people to join now.",
    "not yet recruiting": "It has not started to take people yet.",
    "active, not recruiting": "It is going on, but it does not take new people.",
    "enrolling by invitation": "Only people who are invited can join.",
    "completed": "It has finished. It does not take new people.",
    "suspended": "It is paused for now.",
    "terminated": "It was stopped early. It does not take new people.",
    "withdrawn": "It was stopped before anyone joined.",
    "unknown": "The registry has not been updated for a long time, so this is not sure.",
    "available": "The treatment can be asked for outside a trial (expanded access).",
    "no longer available": "The treatment can no longer be asked for outside a trial.",
    "temporarily not available": "For now, the treatment cannot be asked for outside a trial.",
    "approved for marketing": "The treatment is approved and sold.",
}


def group_chances(ratio: list[int]) -> list[Fraction]:
    """Each group's chance from an allocation ratio: [2, 1] -> [2/3, 1/3].

    An empty ratio gives [], a single group [1]. Raises ValueError if a part is not a whole
    number above 0. (The same rule as `stats.allocation_chances`, which needs 2 or more.)
    """
    if len(ratio) >= 2:
        try:
            return allocation_chances(list(ratio))
        except TypeError as exc:
            raise ValueError(str(exc)) from None
    for part in ratio:
        if isinstance(part, bool) or not isinstance(part, int) or part <= 0:
            raise ValueError(f"each part of the ratio must be a whole number above 0, not {part!r}")
    return [Fraction(1)] * len(ratio)


def chance_text(chance: Fraction, denominator: int | None = None) -> str:
    """'about 1 in 2 (50%)', 'about 2 in 3 (67%)'. Percent rounded half up.

    With `denominator`, the chance is given out of that number ('about 3 in 6'), so that
    groups compared side by side share one denominator.
    """
    percent = math.floor(chance * 100 + Fraction(1, 2))
    if denominator is None:
        return f"about {chance.numerator} in {chance.denominator} ({percent}%)"
    return f"about {chance * denominator} in {denominator} ({percent}%)"


def group_chance_texts(ratio: list[int]) -> list[str]:
    """One text per group, all out of the same number: 3:1:2 -> 3 in 6, 1 in 6, 2 in 6."""
    chances = group_chances(ratio)
    if len(chances) < 2:
        return [chance_text(c) for c in chances]
    total = sum(reduce_ratio(list(ratio)))
    return [chance_text(c, total) for c in chances]


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def _sentence_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _arm_name(arm: Arm, index: int) -> str:
    return arm.label.strip() or f"Group {index + 1}"


def _phase_lines(trial: TrialInfo) -> list[str]:
    phases = [p for p in trial.phases if p in PHASE_TEXT]
    if not phases and trial.study_type == "observational":
        return ["Phase: none. Observational studies do not have a phase."]
    if not phases:
        return ["Phase: not known. Ask the study team which phase this study is."]
    lines = []
    drug_phases = [p for p in phases if p != "na"]
    if len(drug_phases) > 1:
        names = ["early phase 1" if p == "early1" else f"phase {p}" for p in drug_phases]
        lines.append(
            f"This study combines {_sentence_list(names)}. It starts with the first and can "
            "move on to the next in the same study."
        )
    lines.extend(PHASE_TEXT[p] for p in phases)
    return lines


def _randomisation_lines(trial: TrialInfo) -> list[str]:
    if trial.randomised is None:
        return ["Not known: whether chance decides your group. Ask the study team."]
    if trial.randomised is False:
        if len(trial.arms) == 1:
            return ["It is not randomised: everyone in the study is in the same group."]
        return ["It is not randomised: chance does not decide your group."]
    lines = [
        "It is randomised: a computer decides by chance which group you are in. "
        "You and your doctor cannot choose."
    ]
    ratio = trial.ratio
    try:
        chances = group_chances(ratio)
    except ValueError:
        chances = []
    if trial.arms and len(chances) != len(trial.arms):
        chances = []  # a ratio that does not fit the listed groups says nothing reliable
    if len(chances) < 2:
        lines.append("Your chance of each group is not known. Ask the study team.")
        return lines
    if trial.ratio_assumed:
        lines.append(
            "The registry does not give the split between the groups. Here we assume an equal "
            "split (" + ":".join("1" for _ in ratio) + "). Ask the study team if it is different."
        )
    if trial.arms:
        names = [_arm_name(arm, i) for i, arm in enumerate(trial.arms)]
    else:
        names = [f"Group {i + 1}" for i in range(len(chances))]
    for name, text in zip(names, group_chance_texts(ratio), strict=True):
        lines.append(f"Your chance of being in '{name}': {text}.")
    return lines


def _arm_lines(trial: TrialInfo) -> list[str]:
    if not trial.arms:
        return ["The study groups are not listed."]
    count = len(trial.arms)
    lines = ["The study has 1 group:" if count == 1 else f"The study has {count} groups:"]
    for i, arm in enumerate(trial.arms):
        what = ARM_TYPE_TEXT.get(arm.type, ARM_TYPE_TEXT[""])
        line = f"- {_arm_name(arm, i)}: {what}."
        if arm.interventions:
            shown = arm.interventions[:4]
            extra = len(arm.interventions) - len(shown)
            line += " Treatment: " + "; ".join(shown)
            line += f" and {extra} more." if extra else "."
        lines.append(line)
    return lines


def _placebo_lines(trial: TrialInfo) -> list[str]:
    if trial.placebo is True:
        return [
            "There is a placebo group. In cancer trials a placebo is given on top of standard "
            "treatment, not instead of it. Ask what treatment everyone gets."
        ]
    if trial.placebo is False:
        return ["There is no placebo group."]
    return ["Not known: whether there is a placebo group. Ask the study team."]


def _visit_lines(trial: TrialInfo) -> list[str]:
    visits, months = trial.visits_per_month, trial.months
    if visits is not None and months is not None:
        total = visits * months
        return [
            f"Visits: about {_number(visits)} a month, for about {_number(months)} months "
            f"(about {_number(total)} visits in all)."
        ]
    if visits is not None:
        return [f"Visits: about {_number(visits)} a month. How many months is not known."]
    if months is not None:
        return [f"It lasts about {_number(months)} months. How many visits a month is not known."]
    return ["Not known: how often you would visit and for how long. Ask the study team."]


def _enrolment_line(trial: TrialInfo) -> str:
    n = trial.enrollment
    if n is None:
        return "Not known: how many people take part."
    people = "1 person" if n == 1 else f"{n:,} people"
    if trial.enrollment_type == "actual":
        return f"Number of people: {people} (the actual number who took part)."
    if trial.enrollment_type == "estimated":
        return f"Number of people: about {people} (the planned number, an estimate)."
    return f"Number of people: {people} (not said whether this is planned or actual)."


def _status_line(trial: TrialInfo) -> str:
    status = " ".join(trial.status.split())
    if not status:
        return "Status: not known."
    key = status.lower().split(" (", 1)[0].strip()
    meaning = STATUS_TEXT.get(key)
    line = f"Status: {status}."
    return f"{line} {meaning}" if meaning else line


def summarise(trial: TrialInfo) -> list[str]:
    """Plain-language English lines describing `trial`, for a person deciding whether to join."""
    lines: list[str] = []
    if trial.title.strip():
        lines.append(f"Trial: {trial.title.strip()}")
    if trial.registry_id.strip():
        lines.append(f"Registry number: {trial.registry_id.strip()}")
    if not lines:
        lines.append("The trial's name and number are not known.")

    if trial.study_type == "observational":
        lines.append(
            "This is an observational study: it only watches and records what happens. "
            "It does not decide your treatment."
        )
    elif trial.study_type == "expanded_access":
        lines.append(
            "This is expanded access: a way to get a treatment that is not yet approved, "
            "outside a trial."
        )

    lines.extend(_phase_lines(trial))
    if trial.study_type != "observational":
        lines.extend(_randomisation_lines(trial))
    lines.extend(_arm_lines(trial))
    if trial.study_type != "observational":
        lines.extend(_placebo_lines(trial))
        lines.append(BLINDING_TEXT.get(trial.blinding, BLINDING_TEXT[""]))
    lines.extend(_visit_lines(trial))
    if trial.site.strip():
        where = f"Where: {trial.site.strip()}"
        if trial.distance_km is not None:
            where += f", about {_number(trial.distance_km)} km from home"
        lines.append(where + ".")
    lines.append(_enrolment_line(trial))
    lines.append(_status_line(trial))
    if trial.sponsor.strip():
        lines.append(f"Run by: {trial.sponsor.strip()}.")
    inc, exc = len(trial.eligibility_include), len(trial.eligibility_exclude)
    if inc or exc:
        lines.append(
            f"The registry lists {inc} {'point' if inc == 1 else 'points'} about who can join "
            f"and {exc} about who cannot. The study team checks these with you."
        )
    return lines
