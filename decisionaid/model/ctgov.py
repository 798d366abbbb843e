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

import html
import re
from pathlib import Path
from typing import Any, Literal

from decisionaid.errors import UserError
from decisionaid.jsondoc import decode_json, read_file
from decisionaid.model.registry import normalise_registry_id
from decisionaid.model.trial import MAX_GROUPS, Arm, ArmType, Blinding, Phase, TrialInfo

MAX_FILE_BYTES = 5_000_000
# Eligibility lists are capped so that a 20,000-character text stays readable on screen.
MAX_CRITERIA = 60
MAX_CRITERION_CHARS = 600
MAX_TEXT_CHARS = 5_000
MAX_LOCATIONS = 100
# Very long free texts are cut before any processing.
MAX_RAW_TEXT = 200_000


StudyType = Literal["", "interventional", "observational", "expanded_access"]
EnrollmentType = Literal["", "actual", "estimated"]


class RecordError(UserError, ValueError):
    """A study record could not be read. The message is one line, meant for a person."""


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


# --- plain text ----------------------------------------------------------------------------

_TAGS = (
    "a|abbr|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|"
    "li|meta|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|"
    "script|style|iframe|object|embed|link|title|form|input|button|svg"
)
# Only known HTML tag names: "PSA <10 and >5" and "a<b" are left alone.
_TAG = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>]{{0,500}})?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?tr|/?h[1-6])(?:\s[^<>]{0,500})?/?>", re.I)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|^=:%$&'\"])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_MOJIBAKE_HINT = re.compile(r"[ÂÃâ][\x80-\xbf\u0152-\u2122]")


def _fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as Windows-1252 ("â‰¥" -> "≥"), when that is certain."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


def plain_text(value: str, keep_lines: bool = False) -> str:
    """Markup-free text: HTML tags removed, entities and Markdown escapes undone.

    With `keep_lines`, line breaks (and HTML line/paragraph tags) are kept as "\\n";
    otherwise all whitespace is collapsed to single spaces.
    """
    text = value[:MAX_RAW_TEXT]
    text = _fix_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    # Entities such as &lt;b&gt; become tags only after unescaping: remove those too.
    text = _TAG.sub("", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = text.replace("**", "").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    if keep_lines:
        lines = [" ".join(line.split()) if line.strip() else "" for line in text.split("\n")]
        # Keep leading indentation of list items: it marks nesting, and is cheap to keep.
        indents = [len(line) - len(line.lstrip(" \t")) for line in text.split("\n")]
        return "\n".join(
            (" " * min(ind, 8) + line) if line else ""
            for line, ind in zip(lines, indents, strict=True)
        )
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


# --- eligibility ---------------------------------------------------------------------------

_BULLET = re.compile(
    r"""^(?:
        [*\-+–—]\s+                      # * item, - item, + item
      | [•·▪◦●○‣⁃■□➢►]\s*                # typographic bullets
      | \(?\d{1,3}[.)](?!\d)\s*          # 1. item, 1) item, (1) item (not 1.5 mg)
      | \(?[a-zA-Z][.)]\s+               # a. item, a) item
      | \(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s+  # i. item, iv) item
    )""",
    re.VERBOSE,
)
_INCLUDE_WORDS = re.compile(r"\binclu(?:sion|ded|de)\b|\beligible\b|纳入|入选|入组标准", re.I)
_EXCLUDE_WORDS = re.compile(
    r"\bexclu(?:sion|ded|de)\b|\bnot\s+eligible\b|\bineligible\b|排除", re.I
)
_HEADING_ONLY = re.compile(
    r"^(?:(?:key|main|major|general|other|additional|specific)\s+)?"
    r"(?:inclusion|exclusion)(?:\s+criteria)?(?:\s*\(.{0,60}\))?\s*[:：.]?$"
    r"|^(?:criteria\s+for\s+(?:inclusion|exclusion))\s*[:：]?$"
    r"|^(?:纳入|入选|排除)标准\s*[:：]?$",
    re.IGNORECASE,
)
# "Exclusion criteria: pregnant women" - a heading with its first item on the same line.
_HEADING_PREFIX = re.compile(
    r"^(?:(?:key|main|major|general|other|additional|specific)\s+)?"
    r"(inclusion|exclusion)(?:\s+criteria)?\s*[:：]\s*(\S.*)$"
    r"|^(纳入|入选|排除)标准\s*[:：]\s*(\S.*)$",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:[\s;,]+(?:and|or)\s*[;,]?|[;,])\s*$", re.IGNORECASE)


def _heading(line: str) -> str | None:
    """ "include" / "exclude" if the line is a criteria heading, else None."""
    text = line.strip().lstrip("#").strip().strip("*_ ").strip()
    if len(text) > 100:
        return None
    is_heading = bool(_HEADING_ONLY.match(text)) or (
        text.endswith((":", "：")) and not _BULLET.match(text)
    )
    if not is_heading:
        return None
    excl = _EXCLUDE_WORDS.search(text)
    incl = _INCLUDE_WORDS.search(text)
    if excl and not incl:
        return "exclude"
    if incl and not excl:
        return "include"
    if excl and incl:
        # "Exclusion criteria (patients included ...)": the first word decides.
        return "exclude" if excl.start() < incl.start() else "include"
    return None


def _tidy(item: str) -> str:
    item = " ".join(item.split())
    item = _TRAILING.sub("", item).strip()
    if item and item[0].islower():
        first_word = item.split(" ", 1)[0]
        # "pH", "mRNA", "qRT-PCR": do not capitalise words that carry their own capitals.
        if not any(ch.isupper() for ch in first_word):
            item = item[0].upper() + item[1:]
    return _clip(item, MAX_CRITERION_CHARS)


def _cap(items: list[str]) -> list[str]:
    if len(items) <= MAX_CRITERIA:
        return items
    rest = len(items) - (MAX_CRITERIA - 1)
    return [*items[: MAX_CRITERIA - 1], f"… and {rest} more. See the registry for the full list."]


def split_eligibility(text: str) -> tuple[list[str], list[str]]:
    """Split free eligibility text into (who can join, who cannot join) readable items.

    Headings such as "Inclusion Criteria:" / "Exclusion Criteria:" switch the list; text
    before any heading counts as "who can join". Bullets and numbers start items; indented
    lines continue the previous item. Each list is capped at MAX_CRITERIA items of at most
    MAX_CRITERION_CHARS characters.
    """
    if not isinstance(text, str) or not text.strip():
        return [], []
    lists: dict[str, list[str]] = {"include": [], "exclude": []}
    section = "include"
    current: list[str] | None = None

    def flush() -> None:
        nonlocal current
        if current:
            item = _tidy(" ".join(current))
            if item:
                lists[section].append(item)
        current = None

    for raw_line in plain_text(text, keep_lines=True).split("\n"):
        stripped = raw_line.strip()
        if not stripped:
            flush()
            continue
        kind = _heading(stripped)
        if kind is not None:
            flush()
            section = kind
            continue
        if prefixed := _HEADING_PREFIX.match(stripped.strip("*_# ")):
            flush()
            word = (prefixed.group(1) or prefixed.group(3)).lower()
            section = "exclude" if word in ("exclusion", "排除") else "include"
            current = [prefixed.group(2) or prefixed.group(4)]
            continue
        bullet = _BULLET.match(stripped)
        if bullet:
            flush()
            current = [stripped[bullet.end() :]]
        elif current is not None and raw_line[:1].isspace():
            current.append(stripped)
        else:
            flush()
            current = [stripped]
    flush()
    return _cap(lists["include"]), _cap(lists["exclude"])


# --- reading a record ----------------------------------------------------------------------

_TYPE_WORDS = {
    dict: "a table",
    list: "a list",
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "empty",
}


def _what(value: Any) -> str:
    return _TYPE_WORDS.get(type(value), "something else")


class _Reader:
    """Typed access to one study, with the key path for error messages."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, path: str, expected: str, value: Any) -> RecordError:
        return RecordError(
            f"{self.where} is not a study record in the expected form: "
            f"{path} should be {expected}, not {_what(value)}."
        )

    def table(self, obj: dict, key: str, path: str) -> dict:
        value = obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(f"{path}.{key}", "a table", value)
        return value

    def items(self, obj: dict, key: str, path: str) -> list:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{path}.{key}", "a list", value)
        return value

    def tables(self, obj: dict, key: str, path: str) -> list[dict]:
        out = []
        for i, entry in enumerate(self.items(obj, key, path)):
            if not isinstance(entry, dict):
                raise self.fail(f"{path}.{key}[{i}]", "a table", entry)
            out.append(entry)
        return out

    def texts(self, obj: dict, key: str, path: str) -> list[str]:
        out = []
        for i, entry in enumerate(self.items(obj, key, path)):
            if not isinstance(entry, str):
                raise self.fail(f"{path}.{key}[{i}]", "text", entry)
            cleaned = plain_text(entry)
            if cleaned:
                out.append(_clip(cleaned, MAX_TEXT_CHARS))
        return out

    def text(self, obj: dict, key: str, path: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "text", value)
        return _clip(plain_text(value), MAX_TEXT_CHARS)

    def raw_text(self, obj: dict, key: str, path: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "text", value)
        return value

    def code(self, obj: dict, key: str, path: str) -> str:
        """An enum code such as "PHASE2": upper-case, spaces as underscores."""
        return self.raw_text(obj, key, path).strip().upper().replace(" ", "_")


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
    r = _Reader(where)
    if not isinstance(study, dict):
        raise RecordError(
            f"{where} is not a study record (expected a table, found {_what(study)})."
        )
    if "protocolSection" not in study:
        raise RecordError(
            f"{where} is not a ClinicalTrials.gov study record (it has no protocol section)."
        )
    proto = study["protocolSection"]
    if not isinstance(proto, dict):
        raise r.fail("protocolSection", "a table", proto)
    if not proto:
        raise RecordError(
            f"{where} is not a ClinicalTrials.gov study record (its protocol is empty)."
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
        trial.registry_id = _clip(nct, 40)
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
    if allocation == "RANDOMIZED":
        trial.randomised = True
    elif allocation in ("NON_RANDOMIZED", "NA"):
        # "NA" is used for single-group studies: nobody is assigned by chance.
        trial.randomised = False
    elif trial.study_type in ("observational", "expanded_access"):
        trial.randomised = False

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
                label=_clip(r.text(group, "label", gp), 200) or f"Group {i + 1}",
                type=_ARM_TYPES.get(r.code(group, "type", gp), ""),
                description=r.text(group, "description", gp),
                interventions=[_clip(t, 300) for t in r.texts(group, "interventionNames", gp)],
            )
        )
    trial.arms = arms
    names: list[str] = []
    intervention_texts: list[str] = []
    for i, item in enumerate(r.tables(arms_mod, "interventions", ap)):
        ip = f"{ap}.interventions[{i}]"
        name = _clip(r.text(item, "name", ip), 300)
        if name:
            names.append(name)
        intervention_texts.append(name)
        intervention_texts.append(r.text(item, "description", ip))
        intervention_texts.extend(r.texts(item, "otherNames", ip))
    trial.interventions = _dedupe(names)

    # The ratio is never in the record: assume 1:1 (and say so), within the program's limits.
    if trial.randomised and 2 <= len(arms) <= MAX_GROUPS:
        trial.ratio = [1] * len(arms)
        trial.ratio_assumed = True

    # Placebo: a placebo arm, or an arm or intervention that mentions a placebo.
    arm_texts = [t for a in arms for t in (a.label, a.description, *a.interventions)]
    if any(a.type == "placebo_comparator" for a in arms) or any(
        _mentions_placebo(t) for t in (*arm_texts, *intervention_texts)
    ):
        trial.placebo = True
    elif trial.study_type == "interventional" and arms:
        trial.placebo = False

    # Status and dates
    sp = f"{p}.statusModule"
    status = r.code(status_mod, "overallStatus", sp)
    label = STATUS_LABELS.get(status, "")
    if status == "UNKNOWN":
        last = STATUS_LABELS.get(r.code(status_mod, "lastKnownStatus", sp), "")
        if last:
            label = f"Unknown (last known: {last.lower()})"
    trial.status = label
    start = r.table(status_mod, "startDateStruct", sp)
    trial.start_date = _clip(r.text(start, "date", f"{sp}.startDateStruct"), 40)
    done = r.table(status_mod, "completionDateStruct", sp)
    primary = r.table(status_mod, "primaryCompletionDateStruct", sp)
    trial.completion_date = _clip(
        r.text(done, "date", f"{sp}.completionDateStruct")
        or r.text(primary, "date", f"{sp}.primaryCompletionDateStruct"),
        40,
    )

    # Who, what, where
    trial.conditions = _dedupe(
        [_clip(c, 300) for c in r.texts(conditions_mod, "conditions", f"{p}.conditionsModule")]
    )
    trial.sponsor = _clip(r.text(lead, "name", f"{p}.sponsorCollaboratorsModule.leadSponsor"), 300)
    cp = f"{p}.contactsLocationsModule"
    places = []
    for i, loc in enumerate(r.tables(contacts_mod, "locations", cp)):
        lp = f"{cp}.locations[{i}]"
        parts = [r.text(loc, key, lp) for key in ("facility", "city", "country")]
        place = _clip(", ".join(part for part in parts if part), 300)
        if place:
            places.append(place)
    places = _dedupe(places)
    if len(places) > MAX_LOCATIONS:
        more = len(places) - (MAX_LOCATIONS - 1)
        places = [*places[: MAX_LOCATIONS - 1], f"… and {more} more places. See the registry."]
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
    trial.contact = _clip("; ".join(contacts[:3]), 500)

    # Eligibility
    criteria = r.raw_text(elig_mod, "eligibilityCriteria", f"{p}.eligibilityModule")
    trial.eligibility_include, trial.eligibility_exclude = split_eligibility(criteria)
    return trial


def parse_ctgov(data: Any) -> list[TrialInfo]:
    """Trials from ClinicalTrials.gov API v2 data: one study, a list, or {"studies": [...]}.

    Raises RecordError (one line, for a person) when the data is not a study record.
    """
    if isinstance(data, dict) and "protocolSection" not in data and "studies" in data:
        studies = data["studies"]
        if not isinstance(studies, list):
            raise RecordError(
                "This is not a ClinicalTrials.gov record in the expected form "
                f"(its list of studies is {_what(studies)})."
            )
    elif isinstance(data, dict):
        return [_study(data, "The record")]
    elif isinstance(data, list):
        studies = data
    else:
        raise RecordError(f"This is not a ClinicalTrials.gov record (it is {_what(data)}).")
    if not studies:
        raise RecordError("The record holds no studies.")
    if len(studies) == 1:
        return [_study(studies[0], "The record")]
    return [_study(study, f"Study {i + 1} in the record") for i, study in enumerate(studies)]


def loads_ctgov(raw: bytes, name: str = "The file") -> list[TrialInfo]:
    """Parse the bytes of a ClinicalTrials.gov JSON file. Raises RecordError."""
    data = decode_json(
        raw,
        name,
        "a ClinicalTrials.gov record (JSON)",
        RecordError,
        MAX_FILE_BYTES,
        damaged="is damaged or incomplete, or is not JSON",
    )
    try:
        return parse_ctgov(data)
    except RecordError as exc:
        message = str(exc)
        if message.startswith("The record"):
            message = name + message[len("The record") :]
        elif message.startswith("This"):
            message = f"{name}: t{message[1:]}"
        raise RecordError(message) from None


def load_ctgov_file(path: Path | str) -> list[TrialInfo]:
    """Trials from a ClinicalTrials.gov JSON file. Raises RecordError with a one-line message."""
    raw, name = read_file(path, MAX_FILE_BYTES, RecordError)
    return loads_ctgov(raw, name)
