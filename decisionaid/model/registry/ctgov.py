"""Read ClinicalTrials.gov API v2 study records into `TrialInfo`. No Qt, no network.

Accepted shapes: one study (``{"protocolSection": ...}``), a list of studies, or a search
answer ``{"studies": [...]}``. Records come from outside, so nothing is trusted:

- a wrong type in a field this module reads (for example ``phases`` given as text) raises
  `RecordError` with a one-line message for a person;
- values this module does not know (a new phase code, a new status) become "not known";
- text fields may hold HTML or Markdown. They are turned into plain text here and must be
  shown as plain text (never as rich text) by the caller.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from decisionaid.i18n import N_, _
from decisionaid.jsondoc import decode_json
from decisionaid.model.registry.eligibility import split_eligibility
from decisionaid.model.registry.ids import normalise_registry_id
from decisionaid.model.registry.reader import Reader, RecordError, what
from decisionaid.model.registry.results import parse_results
from decisionaid.model.registry.text import clip
from decisionaid.model.trial import MAX_GROUPS, Arm, ArmType, Blinding, Phase, TrialInfo

MAX_FILE_BYTES = 5_000_000
MAX_LOCATIONS = 100


StudyType = Literal["", "interventional", "observational", "expanded_access"]
EnrollmentType = Literal["", "actual", "estimated"]


_PHASES: dict[str, Phase] = {
    "EARLY_PHASE1": "early1",
    "PHASE1": "1",
    "PHASE2": "2",
    "PHASE3": "3",
    "PHASE4": "4",
    "NA": "na",
}
_STUDY_TYPES: dict[str, StudyType] = {
    "INTERVENTIONAL": "interventional",
    "OBSERVATIONAL": "observational",
    "EXPANDED_ACCESS": "expanded_access",
}
_ENROLMENT_TYPES: dict[str, EnrollmentType] = {
    "ACTUAL": "actual",
    "ESTIMATED": "estimated",
    "ANTICIPATED": "estimated",  # the older name for "estimated"
}
_MASKING: dict[str, Blinding] = {
    "NONE": "none",
    "SINGLE": "single",
    "DOUBLE": "double",
    "TRIPLE": "triple",
    "QUADRUPLE": "quadruple",
}
_ARM_TYPES: dict[str, ArmType] = {
    "EXPERIMENTAL": "experimental",
    "ACTIVE_COMPARATOR": "active_comparator",
    "PLACEBO_COMPARATOR": "placebo_comparator",
    "SHAM_COMPARATOR": "sham_comparator",
    "NO_INTERVENTION": "no_intervention",
    "OTHER": "other",
}
# The registry's own wording for each status code.
STATUS_LABELS = {
    "RECRUITING": "Recruiting",
    "NOT_YET_RECRUITING": "Not yet recruiting",
    "ACTIVE_NOT_RECRUITING": "Active, not recruiting",
    "ENROLLING_BY_INVITATION": "Enrolling by invitation",
    "COMPLETED": "Completed",
    "SUSPENDED": "Suspended",
    "TERMINATED": "Terminated",
    "WITHDRAWN": "Withdrawn",
    "UNKNOWN": "Unknown",
    "AVAILABLE": "Available",
    "NO_LONGER_AVAILABLE": "No longer available",
    "TEMPORARILY_NOT_AVAILABLE": "Temporarily not available",
    "APPROVED_FOR_MARKETING": "Approved for marketing",
    "WITHHELD": "Withheld",
}


# --- reading a record ----------------------------------------------------------------------

_DATE = re.compile(r"(?:19|20)\d\d-\d\d(?:-\d\d)?")
_PLACEBO = re.compile(r"(?<![\w-])(no|not|without|non)?[\s-]*placebos?\b", re.IGNORECASE)


def _mentions_placebo(text: str) -> bool:
    return any(not m.group(1) for m in _PLACEBO.finditer(text))


def _dedupe(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def _study(study: Any, where: str) -> TrialInfo:
    r = Reader(where)
    if not isinstance(study, dict):
        raise RecordError(
            _("{where} is not a study record (expected a table, found {what}).").format(
                where=where, what=what(study)
            )
        )
    if "protocolSection" not in study:
        raise RecordError(
            _(
                "{where} is not a ClinicalTrials.gov study record (it has no protocol section)."
            ).format(where=where)
        )
    proto = study["protocolSection"]
    if not isinstance(proto, dict):
        raise r.fail("protocolSection", "a table", proto)
    if not proto:
        raise RecordError(
            _("{where} is not a ClinicalTrials.gov study record (its protocol is empty).").format(
                where=where
            )
        )
    p = "protocolSection"
    ident = r.table(proto, "identificationModule", p)
    design = r.table(proto, "designModule", p)
    design_info = r.table(design, "designInfo", f"{p}.designModule")
    masking = r.table(design_info, "maskingInfo", f"{p}.designModule.designInfo")
    enrol = r.table(design, "enrollmentInfo", f"{p}.designModule")
    arms_mod = r.table(proto, "armsInterventionsModule", p)
    status_mod = r.table(proto, "statusModule", p)
    conditions_mod = r.table(proto, "conditionsModule", p)
    contacts_mod = r.table(proto, "contactsLocationsModule", p)
    sponsor_mod = r.table(proto, "sponsorCollaboratorsModule", p)
    lead = r.table(sponsor_mod, "leadSponsor", f"{p}.sponsorCollaboratorsModule")
    elig_mod = r.table(proto, "eligibilityModule", p)

    trial = TrialInfo(origin="ctgov")

    # Identification
    nct = r.text(ident, "nctId", f"{p}.identificationModule")
    try:
        trial.registry_id = normalise_registry_id(nct)
    except ValueError:
        trial.registry_id = clip(nct, 40)
    trial.title = r.text(ident, "briefTitle", f"{p}.identificationModule") or r.text(
        ident, "officialTitle", f"{p}.identificationModule"
    )

    # Design
    dp = f"{p}.designModule"
    trial.study_type = _STUDY_TYPES.get(r.code(design, "studyType", dp), "")
    phase_codes = r.items(design, "phases", dp)
    phases: list[Phase] = []
    for i, code in enumerate(phase_codes):
        if not isinstance(code, str):
            raise r.fail(f"{dp}.phases[{i}]", "text", code)
        phase = _PHASES.get(code.strip().upper().replace(" ", "_"))
        if phase and phase not in phases:
            phases.append(phase)
    trial.phases = phases
    trial.blinding = _MASKING.get(r.code(masking, "masking", f"{dp}.designInfo.maskingInfo"), "")
    allocation = r.code(design_info, "allocation", f"{dp}.designInfo")
    model = r.code(design_info, "interventionModel", f"{dp}.designInfo")
    if allocation == "RANDOMIZED":
        trial.randomised = True
    elif allocation == "NON_RANDOMIZED":
        trial.randomised = False
    elif allocation == "NA" and model == "SINGLE_GROUP":
        # "NA" is what the registry says for a single-group study: nobody is assigned by chance.
        trial.randomised = False
    elif trial.study_type in ("observational", "expanded_access"):
        trial.randomised = False  # nobody is given a treatment, so nobody is assigned one
    # Otherwise the record does not say: randomised stays None ("not stated in the registry").

    count = enrol.get("count")
    if count is not None:
        if isinstance(count, bool) or not isinstance(count, (int, float)):
            raise r.fail(f"{dp}.enrollmentInfo.count", "a number", count)
        whole = isinstance(count, int) or count.is_integer()  # NaN and infinity are not
        if whole and 0 <= count < 10_000_000:
            trial.enrollment = int(count)
    trial.enrollment_type = _ENROLMENT_TYPES.get(r.code(enrol, "type", f"{dp}.enrollmentInfo"), "")

    # Arms and interventions
    ap = f"{p}.armsInterventionsModule"
    arms: list[Arm] = []
    for i, group in enumerate(r.tables(arms_mod, "armGroups", ap)):
        gp = f"{ap}.armGroups[{i}]"
        arms.append(
            Arm(
                label=clip(r.text(group, "label", gp), 200) or f"Group {i + 1}",
                type=_ARM_TYPES.get(r.code(group, "type", gp), ""),
                description=r.text(group, "description", gp),
                interventions=[clip(t, 300) for t in r.texts(group, "interventionNames", gp)],
            )
        )
    trial.arms = arms
    names: list[str] = []
    intervention_texts: list[str] = []
    kinds: list[str] = []
    for i, item in enumerate(r.tables(arms_mod, "interventions", ap)):
        ip = f"{ap}.interventions[{i}]"
        name = clip(r.text(item, "name", ip), 300)
        if name:
            names.append(name)
        kind = r.code(item, "type", ip).lower()
        if kind and len(kind) <= 40:
            kinds.append(kind)
        intervention_texts.append(name)
        intervention_texts.append(r.text(item, "description", ip))
        intervention_texts.extend(r.texts(item, "otherNames", ip))
    trial.interventions = _dedupe(names)
    trial.intervention_types = _dedupe(kinds)

    # The ratio is never in the record: assume 1:1 (and say so), within the program's limits.
    if trial.randomised and 2 <= len(arms) <= MAX_GROUPS:
        trial.ratio = [1] * len(arms)
        trial.ratio_assumed = True

    # Placebo: only from what the record says. One group is never a placebo group unless the
    # registry gives it the type "placebo comparator" (a dose-escalation study that mentions a
    # placebo from an earlier study has none). With two groups or more, a placebo-comparator
    # group, or a group or intervention that mentions a placebo, says yes; groups whose types
    # are all given, none a placebo, say no. Anything else is "not stated in the registry".
    arm_texts = [t for a in arms for t in (a.label, a.description, *a.interventions)]
    placebo_named = any(a.type == "placebo_comparator" for a in arms) or any(
        _mentions_placebo(t) for t in (*arm_texts, *intervention_texts)
    )
    if trial.study_type == "interventional" and len(arms) == 1:
        trial.placebo = arms[0].type == "placebo_comparator"
    elif trial.study_type == "interventional" and len(arms) >= 2:
        if placebo_named:
            trial.placebo = True
        elif all(a.type for a in arms):
            trial.placebo = False
    elif trial.study_type == "interventional" and placebo_named:
        trial.placebo = True

    # Status and dates
    sp = f"{p}.statusModule"
    status = r.code(status_mod, "overallStatus", sp)
    label = STATUS_LABELS.get(status, "")
    if status == "UNKNOWN":
        last = STATUS_LABELS.get(r.code(status_mod, "lastKnownStatus", sp), "")
        if last:
            label = f"Unknown (last known: {last.lower()})"
    trial.status = label
    trial.status_code = status.lower() if label else ""
    trial.why_stopped = clip(r.text(status_mod, "whyStopped", sp), 500)
    for key in ("lastUpdatePostDateStruct", "lastUpdateSubmitDate", "statusVerifiedDate"):
        value = status_mod.get(key)
        if isinstance(value, dict):
            value = value.get("date")
        if isinstance(value, str) and _DATE.fullmatch(value.strip()):
            trial.last_update = value.strip()
            break
    start = r.table(status_mod, "startDateStruct", sp)
    trial.start_date = clip(r.text(start, "date", f"{sp}.startDateStruct"), 40)
    done = r.table(status_mod, "completionDateStruct", sp)
    primary = r.table(status_mod, "primaryCompletionDateStruct", sp)
    trial.completion_date = clip(
        r.text(done, "date", f"{sp}.completionDateStruct")
        or r.text(primary, "date", f"{sp}.primaryCompletionDateStruct"),
        40,
    )

    # Who, what, where
    trial.conditions = _dedupe(
        [clip(c, 300) for c in r.texts(conditions_mod, "conditions", f"{p}.conditionsModule")]
    )
    trial.sponsor = clip(r.text(lead, "name", f"{p}.sponsorCollaboratorsModule.leadSponsor"), 300)
    cp = f"{p}.contactsLocationsModule"
    places = []
    for i, loc in enumerate(r.tables(contacts_mod, "locations", cp)):
        lp = f"{cp}.locations[{i}]"
        parts = [r.text(loc, key, lp) for key in ("facility", "city", "country")]
        place = clip(", ".join(part for part in parts if part), 300)
        if place:
            places.append(place)
    places = _dedupe(places)
    trial.site_count = len(places) or None
    if len(places) > MAX_LOCATIONS:
        more = len(places) - (MAX_LOCATIONS - 1)
        places = [
            *places[: MAX_LOCATIONS - 1],
            _("… and {more} more places. See the registry.").format(more=more),
        ]
    trial.locations = places
    if len(places) == 1:
        trial.site = places[0]
    contacts = []
    for i, person in enumerate(r.tables(contacts_mod, "centralContacts", cp)):
        cp_i = f"{cp}.centralContacts[{i}]"
        parts = [r.text(person, key, cp_i) for key in ("name", "phone", "email")]
        entry = ", ".join(part for part in parts if part)
        if entry:
            contacts.append(entry)
    trial.contact = clip("; ".join(contacts[:3]), 500)

    # Eligibility
    criteria = r.raw_text(elig_mod, "eligibilityCriteria", f"{p}.eligibilityModule")
    trial.eligibility_include, trial.eligibility_exclude = split_eligibility(criteria)

    # Posted results
    section = study.get("resultsSection")
    if section is not None:
        if not isinstance(section, dict):
            raise r.fail("resultsSection", "a table", section)
        trial.results = parse_results(r, section)
    return trial


def parse_ctgov(data: Any) -> list[TrialInfo]:
    """Trials from ClinicalTrials.gov API v2 data: one study, a list, or {"studies": [...]}.

    Raises RecordError (one line, for a person) when the data is not a study record.
    """
    if isinstance(data, dict) and "protocolSection" not in data and "studies" in data:
        studies = data["studies"]
        if not isinstance(studies, list):
            raise RecordError(
                _(
                    "This is not a ClinicalTrials.gov record in the expected form "
                    "(its list of studies is {what})."
                ).format(what=what(studies))
            )
    elif isinstance(data, dict):
        return [_study(data, _("The record"))]
    elif isinstance(data, list):
        studies = data
    else:
        raise RecordError(
            _("This is not a ClinicalTrials.gov record (it is {what}).").format(what=what(data))
        )
    if not studies:
        raise RecordError(_("The record holds no studies."))
    if len(studies) == 1:
        return [_study(studies[0], _("The record"))]
    return [
        _study(study, _("Study {number} in the record").format(number=i + 1))
        for i, study in enumerate(studies)
    ]


def loads_ctgov(raw: bytes, name: str = N_("The file")) -> list[TrialInfo]:
    """Parse the bytes of a ClinicalTrials.gov JSON file. Raises RecordError."""
    data = decode_json(
        raw,
        name,
        _("a ClinicalTrials.gov record (JSON)"),
        RecordError,
        MAX_FILE_BYTES,
        damaged=_(
            "{name} is damaged or incomplete, or is not JSON (line {line}, column {column})."
        ),
    )
    try:
        return parse_ctgov(data)
    except RecordError as exc:
        message = str(exc)
        record = _("The record")
        if message.startswith(record):
            message = _(name) + message[len(record) :]
        elif message.startswith("This"):
            message = f"{name}: t{message[1:]}"
        raise RecordError(message) from None
