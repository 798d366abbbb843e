"""Plain-language facts about the trial a person was offered. No Qt.

Used by `decisionaid trial show`, the trial page, the summary page, the handout and the option
grid (the "this trial" column). Every sentence comes from the content pack (registry.toml) of
the language asked for. What the record does not say is "not stated in the registry": nothing
is guessed. Phase sizes and purposes follow the FDA/NCI descriptions in the evidence review
(evidence.md section 4); the placebo wording follows ASCO Cancer.Net 2022 (section 5).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from fractions import Fraction

from decisionaid.model.registry.words import Words, words
from decisionaid.model.stats import allocation_chances, reduce_ratio
from decisionaid.model.trial import Arm, TrialInfo

# A record not updated for this long may be out of date (ClinicalTrials.gov calls a study's
# status "unknown" after 2 years without an update).
STALE_DAYS = 730
SHORT_NAME_CHARS = 16
# Statuses that say plainly that nobody can join now.
CLOSED_STATUSES = frozenset(
    {
        "active_not_recruiting",
        "not_recruiting",
        "completed",
        "suspended",
        "terminated",
        "withdrawn",
        "no_longer_available",
        "temporarily_not_available",
        "withheld",
        "approved_for_marketing",
    }
)
PHASE_KEYS = ("early1", "1", "2", "3", "4", "na")
ARM_KEYS = (
    "experimental",
    "active_comparator",
    "placebo_comparator",
    "sham_comparator",
    "no_intervention",
    "other",
    "",
)
BLINDING_KEYS = ("none", "single", "double", "triple", "quadruple", "")


# --- chances -------------------------------------------------------------------------------


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


def chance_text(chance: Fraction, denominator: int | None = None, language: str = "en") -> str:
    """'about 1 in 2 (50%)', 'about 2 in 3 (67%)'. Percent rounded half up.

    With `denominator`, the chance is given out of that number ('about 3 in 6'), so that
    groups compared side by side share one denominator.
    """
    percent = math.floor(chance * 100 + Fraction(1, 2))
    w = words(language)
    if denominator is None:
        return w("chance", n=chance.numerator, d=chance.denominator, pct=percent)
    return w("chance", n=chance * denominator, d=denominator, pct=percent)


def group_chance_texts(ratio: list[int], language: str = "en") -> list[str]:
    """One text per group, all out of the same number: 3:1:2 -> 3 in 6, 1 in 6, 2 in 6."""
    chances = group_chances(ratio)
    if len(chances) < 2:
        return [chance_text(c, language=language) for c in chances]
    total = sum(reduce_ratio(list(ratio)))
    return [chance_text(c, total, language) for c in chances]


# --- group names that stay apart -------------------------------------------------------------

_WORD = re.compile(r"\S+")


def _cut(text: str, limit: int) -> str:
    text = text.strip(" -:,;()")
    return text if len(text) <= limit else text[: limit - 1].rstrip(" -:,;(") + "…"


def short_group_names(names: list[str], limit: int = SHORT_NAME_CHARS) -> list[str]:
    """Names short enough for a picture that still tell the groups apart.

    Words that end every name ("group") are dropped. Names that still look the same when cut
    keep the part where they differ: "PEG-rhG-CSF group, 100 μg/kg", "PEG-rhG-CSF group, 6 mg",
    "rhG-CSF group" give "…100 μg/kg", "…6 mg", "rhG-CSF group". When nothing else works,
    the group's number leads ("1: …").
    """
    names = [" ".join(n.split()) for n in names]
    if len(names) < 2:
        return [_cut(n, limit) for n in names]
    # "Arm A (platinum doublet, observation)", "Arm I - Genistein": when the part before the
    # bracket or dash already tells the groups apart and fits, that part is the short name.
    for sep in (" (", " - ", ": "):
        if all(sep in n for n in names):
            heads = [n.split(sep, 1)[0].strip() for n in names]
            if all(heads) and len(set(heads)) == len(heads) and max(map(len, heads)) <= limit:
                return heads
    tokens = [n.split() for n in names]
    # Drop the words every name ends with, while each name keeps at least one word.
    while all(len(t) > 1 for t in tokens) and len({t[-1].lower() for t in tokens}) == 1:
        tokens = [t[:-1] for t in tokens]
    trimmed = [" ".join(t) for t in tokens]
    out = [_cut(n, limit) for n in trimmed]
    for value in {o for o in out if out.count(o) > 1}:
        idx = [i for i, o in enumerate(out) if o == value]
        group = [trimmed[i].split() for i in idx]
        k = 0
        while all(len(t) > k + 1 for t in group) and len({t[k].lower() for t in group}) == 1:
            k += 1
        for i, t in zip(idx, group, strict=True):
            rest = " ".join(t[k:])
            out[i] = ("…" + _cut(rest, limit - 1)) if k else _cut(rest, limit)
    if len(set(out)) < len(out):
        out = [f"{i + 1}: {_cut(n, max(4, limit - 3))}" for i, n in enumerate(trimmed)]
    return out


def ratio_text(ratio: list[int]) -> str:
    return ":".join(str(p) for p in ratio)


# --- facts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupFact:
    name: str
    short: str
    kind: str
    treatments: list[str]
    chance: str = ""


@dataclass(frozen=True)
class TrialFacts:
    """What the app says about a trial, computed once for every place that shows it."""

    study_type: str
    # A banner for the top of the page, the summary and page 1 of the handout: the trial is
    # not taking people ("" when it is, or when the status is not known).
    closed: str
    status: str
    stale: str
    conditions: list[str]
    condition_prompt: str
    phase: list[str]
    randomisation: list[str]
    ratio_caption: str
    groups: list[GroupFact]
    placebo: str
    blinding: str
    lines: list[str] = field(default_factory=list)


def _sentence_list(items: list[str], w: Words) -> str:
    if len(items) <= 1:
        return "".join(items)
    return w("list.join", items=w("list.sep").join(items[:-1]), last=items[-1])


def _arm_name(arm: Arm, index: int, w: Words) -> str:
    return arm.label.strip() or w("group.n", n=index + 1)


def _phase_name(p: str, w: Words) -> str:
    return w(f"phase.name.{p}")


def phase_lines(trial: TrialInfo, language: str = "en") -> list[str]:
    w = words(language)
    phases = [p for p in trial.phases if p in PHASE_KEYS]
    if trial.study_type == "observational":
        return [w("phase.observational")]
    if not phases:
        return [w("phase.unknown")]
    lines = []
    drug_phases = [p for p in phases if p != "na"]
    if len(drug_phases) > 1:
        names = [_phase_name(p, w) for p in drug_phases]
        lines.append(w("phase.combined", phases=_sentence_list(names, w)))
    for p in phases:
        lines.append(w(f"phase.{p}") if p != "na" else _phase_na(trial, w))
    return lines


_NON_DRUG = {
    "device": "device",
    "procedure": "procedure",
    "radiation": "procedure",
    "behavioral": "behaviour",
    "diagnostic_test": "procedure",
}


def _phase_na(trial: TrialInfo, w: Words) -> str:
    """Why a study has no phase, from what its interventions are."""
    kinds = set(trial.intervention_types)
    drugs = kinds & {"drug", "biological", "genetic", "combination_product"}
    if drugs:
        return w("phase.na.drug")
    found = [_NON_DRUG[k] for k in trial.intervention_types if k in _NON_DRUG]
    if found:
        names = list(dict.fromkeys(w(f"phase.na.kind.{k}") for k in found))
        return w("phase.na.because", kinds=_sentence_list(names, w))
    if "dietary_supplement" in kinds:
        return w("phase.na.supplement")
    return w("phase.na")


def _randomisation(trial: TrialInfo, names: list[str], w: Words) -> tuple[list[str], str]:
    if trial.randomised is None:
        return [w("random.unknown")], ""
    if trial.randomised is False:
        if len(trial.arms) == 1:
            return [w("random.no.single")], ""
        return [w("random.no")], ""
    lines = [w("random.yes")]
    ratio = trial.ratio
    try:
        chances = group_chances(ratio)
    except ValueError:
        chances = []
    if trial.arms and len(chances) != len(trial.arms):
        chances = []  # a ratio that does not fit the listed groups says nothing reliable
    if len(chances) < 2:
        lines.append(w("random.chance_unknown"))
        return lines, ""
    if trial.ratio_assumed:
        lines.append(w("random.assumed", ratio=ratio_text(ratio)))
        caption = w("ratio.caption.assumed", ratio=ratio_text(ratio))
    else:
        caption = w("ratio.caption", ratio=ratio_text(ratio))
    if not names:
        names = [w("group.n", n=i + 1) for i in range(len(chances))]
    for name, text in zip(names, group_chance_texts(ratio, w.language), strict=True):
        lines.append(w("random.chance", name=name, chance=text))
    return lines, caption


def _groups(trial: TrialInfo, w: Words) -> list[GroupFact]:
    names = [_arm_name(a, i, w) for i, a in enumerate(trial.arms)]
    shorts = short_group_names(names)
    chances: list[str] = []
    if trial.randomised and len(trial.ratio) == len(trial.arms) >= 2:
        try:
            chances = group_chance_texts(trial.ratio, w.language)
        except ValueError:
            chances = []
    out = []
    for i, arm in enumerate(trial.arms):
        kind = arm.type if arm.type in ARM_KEYS else ""
        if trial.study_type == "observational":
            kind_text = w("arm.observational")
        else:
            kind_text = w(f"arm.{kind or 'unknown'}")
        out.append(
            GroupFact(
                name=names[i],
                short=shorts[i],
                kind=kind_text,
                treatments=list(arm.interventions),
                chance=chances[i] if chances else "",
            )
        )
    return out


def _group_lines(trial: TrialInfo, groups: list[GroupFact], w: Words) -> list[str]:
    if not groups:
        if trial.study_type == "observational":
            return [w("groups.none.observational")]
        return [w("groups.none")]
    count = len(groups)
    lines = [w("groups.one") if count == 1 else w("groups.many", n=count)]
    for g in groups:
        line = w("group.line", name=g.name, kind=g.kind)
        if g.treatments:
            shown = g.treatments[:4]
            extra = len(g.treatments) - len(shown)
            line += w.sp + w("group.treatment", items=w.items.join(shown))
            if extra:
                line += w.sp + w("group.more", n=extra)
        lines.append(line)
    return lines


def _placebo(trial: TrialInfo, w: Words) -> str:
    """'' for a single-group or observational study: there is nobody to get a placebo."""
    if trial.study_type == "observational" or len(trial.arms) == 1:
        return ""
    if trial.placebo is True:
        return w("placebo.yes")
    if trial.placebo is False:
        return w("placebo.no")
    return w("placebo.unknown")


def _blinding(trial: TrialInfo, w: Words) -> str:
    if trial.study_type == "observational":
        return ""
    if trial.blinding == "none" and len(trial.arms) == 1:
        return w("blinding.none.single")
    key = trial.blinding if trial.blinding in BLINDING_KEYS else ""
    return w(f"blinding.{key or 'unknown'}")


def _bare(text: str) -> str:
    """A value to put inside a sentence: no full stop of its own at the end."""
    return " ".join(text.split()).rstrip(" .")


def _parse_date(text: str) -> _dt.date | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text.strip())
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
    except ValueError:
        return None


def status_code(trial: TrialInfo) -> str:
    """The status code, also for trials saved before codes existed (only the label is known)."""
    if trial.status_code:
        return trial.status_code
    label = " ".join(trial.status.split()).lower().split(" (", 1)[0].strip()
    code = label.replace(", ", "_").replace(" ", "_")
    return code if code in CLOSED_STATUSES | _OPEN_OR_UNKNOWN else ""


_OPEN_OR_UNKNOWN = frozenset(
    {"recruiting", "not_yet_recruiting", "enrolling_by_invitation", "available", "unknown"}
)


def status_lines(
    trial: TrialInfo, language: str = "en", today: _dt.date | None = None
) -> tuple[str, str]:
    """(the status line, a warning when the record is more than two years old or "")."""
    w = words(language)
    code = status_code(trial)
    label = " ".join(trial.status.split())
    if code and w.has(f"status.{code}"):
        # The registry's own words are English: other languages use the pack's name.
        name = label if label and w.language == "en" else w(f"status.name.{code}")
        line = w("status.line", status=name, meaning=w(f"status.{code}"))
    elif label:
        line = w("status.line.plain", status=label)
    else:
        line = w("status.unknown_line")
    if trial.why_stopped and code in ("terminated", "withdrawn", "suspended"):
        line += w.sp + w("status.why", why=_bare(trial.why_stopped))
    stale = ""
    updated = _parse_date(trial.last_update) if trial.last_update else None
    if updated is not None:
        line += w.sp + w("status.updated", date=trial.last_update)
        today = today or _dt.date.today()
        if (today - updated).days > STALE_DAYS:
            stale = w("status.stale", date=trial.last_update)
    return line, stale


def closed_banner(trial: TrialInfo, language: str = "en") -> str:
    """'This trial is not taking new people …' for a trial nobody can join now, else ''."""
    w = words(language)
    code = status_code(trial)
    if code in CLOSED_STATUSES:
        text = w("closed", status=w(f"status.name.{code}"))
        if trial.why_stopped and code in ("terminated", "withdrawn", "suspended"):
            text += w.sp + w("status.why", why=_bare(trial.why_stopped))
        return text
    if code == "unknown":
        return w("closed.unknown")
    return ""


# --- conditions ------------------------------------------------------------------------------

_GENERIC = re.compile(
    r"\b(?:cancers?|carcinomas?|tumou?rs?|neoplasms?|malignan\w*|adenocarcinomas?|stage|"
    r"advanced|metastatic|recurrent|primary|of|the|and|or|with|in|i{1,3}v?|iv|[0-9]+[a-c]?)\b",
    re.IGNORECASE,
)


def _site_keys(text: str, w: Words) -> set[str]:
    low = text.lower()
    return {site for site, names in w.sites.items() if any(n.lower() in low for n in names)}


def condition_mismatch(trial: TrialInfo, cancer_type: str, language: str = "en") -> bool:
    """True when the patient typed a cancer type and none of the trial's conditions mention it.

    A prompt to check with the doctor, never a rule: kinds of cancer are matched by the
    content pack's list of names (English and Chinese, e.g. rectal / rectum / 直肠), and
    otherwise by the typed words themselves, leaving out words such as "cancer" and "stage".
    """
    typed = " ".join(cancer_type.split())
    if not typed or not trial.conditions:
        return False
    w = words(language)
    conditions = " ; ".join(trial.conditions)
    if w.sites:
        typed_sites = _site_keys(typed, w)
        if typed_sites:
            return not (typed_sites & _site_keys(conditions, w))
    key_words = [t for t in _GENERIC.sub(" ", typed.lower()).split() if len(t) >= 3]
    if not key_words:
        return False
    low = conditions.lower()
    return not any(k in low for k in key_words)


# --- all of it --------------------------------------------------------------------------------


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def _visit_line(trial: TrialInfo, w: Words) -> str:
    visits, months = trial.visits_per_month, trial.months
    if visits is not None and months is not None:
        return w(
            "visits.both",
            visits=_number(visits),
            months=w.months(months, _number(months)),
            total=w.visits(visits * months, _number(visits * months)),
        )
    if visits is not None:
        return w("visits.only", visits=_number(visits))
    if months is not None:
        return w("visits.months", months=w.months(months, _number(months)))
    return w("visits.unknown")


def _enrolment_line(trial: TrialInfo, w: Words) -> str:
    n = trial.enrollment
    if n is None:
        return w("enrol.unknown")
    people = w.people(n)
    if trial.enrollment_type == "actual":
        return w("enrol.actual", people=people)
    if trial.enrollment_type == "estimated":
        return w("enrol.estimated", people=people)
    return w("enrol.plain", people=people)


def study_type_line(trial: TrialInfo, language: str = "en") -> str:
    w = words(language)
    return w(f"type.{trial.study_type or 'unknown'}")


def facts(
    trial: TrialInfo,
    cancer_type: str = "",
    language: str = "en",
    today: _dt.date | None = None,
) -> TrialFacts:
    """Every fact the app shows about `trial`, in the words of `language`."""
    w = words(language)
    groups = _groups(trial, w)
    randomisation, caption = ([], "")
    if trial.study_type != "observational":
        randomisation, caption = _randomisation(trial, [g.name for g in groups], w)
    status, stale = status_lines(trial, language, today)
    prompt = w("conditions.prompt") if condition_mismatch(trial, cancer_type, language) else ""
    result = TrialFacts(
        study_type=study_type_line(trial, language),
        closed=closed_banner(trial, language),
        status=status,
        stale=stale,
        conditions=list(trial.conditions),
        condition_prompt=prompt,
        phase=phase_lines(trial, language),
        randomisation=randomisation,
        ratio_caption=caption,
        groups=groups,
        placebo=_placebo(trial, w),
        blinding=_blinding(trial, w),
    )
    lines: list[str] = []
    if result.closed:
        lines.append(result.closed)
    if trial.title.strip():
        lines.append(w("line.title", title=trial.title.strip()))
    if trial.registry_id.strip():
        lines.append(w("line.number", id=trial.registry_id.strip()))
    if not lines or lines == [result.closed]:
        lines.append(w("line.no_name"))
    lines.append(result.study_type)
    lines.append(result.status)
    if result.stale:
        lines.append(result.stale)
    if trial.conditions:
        lines.append(conditions_line(result, language))
    if prompt:
        lines.append(prompt)
    lines.extend(result.phase)
    lines.extend(result.randomisation)
    lines.extend(_group_lines(trial, groups, w))
    if result.placebo:
        lines.append(result.placebo)
    if result.blinding:
        lines.append(result.blinding)
    lines.append(_visit_line(trial, w))
    if trial.site.strip():
        if trial.distance_km is not None:
            lines.append(
                w("where.distance", site=trial.site.strip(), km=_number(trial.distance_km))
            )
        else:
            lines.append(w("where", site=trial.site.strip()))
    elif (trial.site_count or len(trial.locations)) > 1:
        lines.append(w("where.many", n=f"{trial.site_count or len(trial.locations):,}"))
    lines.append(_enrolment_line(trial, w))
    if trial.sponsor.strip():
        lines.append(w("sponsor", sponsor=_bare(trial.sponsor)))
    inc, exc = len(trial.eligibility_include), len(trial.eligibility_exclude)
    if inc or exc:
        lines.append(w("eligibility", inc=inc, exc=exc))
    return TrialFacts(**{**result.__dict__, "lines": lines})


def conditions_line(facts: TrialFacts, language: str = "en") -> str:
    """'Conditions the study is for: a; b; c.' (at most 8, then 'And 3 more.')."""
    w = words(language)
    shown = facts.conditions[:8]
    text = w("conditions.line", items=w.items.join(shown))
    if len(facts.conditions) > len(shown):
        text += w.sp + w("conditions.more", n=len(facts.conditions) - len(shown))
    return text


def summarise(
    trial: TrialInfo,
    cancer_type: str = "",
    language: str = "en",
    today: _dt.date | None = None,
) -> list[str]:
    """Plain-language lines describing `trial`, for a person deciding whether to join."""
    return facts(trial, cancer_type, language, today).lines
