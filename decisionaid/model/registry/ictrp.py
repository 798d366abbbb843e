"""The WHO ICTRP search portal's "Export to XML" file: many trials from many registries. No Qt.

The export (``<Trials_downloaded_from_ICTRP><Trial>…``) gives each trial as loose text fields:
``Phase`` may be "Phase 3", "3", "Phase III", "N/A" or the EU register's list of
"(Phase III): yes" lines; ``Study_design`` may be "Allocation: Randomized. … Masking: None" or
"Randomised: yes<br>Double blind: yes". Only what a field says plainly is read; everything
else stays "not known". The trial number is checked against the form its registry uses.
"""

from __future__ import annotations

import datetime as _dt
import re
import xml.etree.ElementTree as ET

from decisionaid.i18n import N_, _
from decisionaid.model.registry.eligibility import split_eligibility
from decisionaid.model.registry.ids import (
    REGISTRY_NAMES,
    _match,
    kind_for_register,
)
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.text import clip, plain_text
from decisionaid.model.registry.xmlsafe import lines_of, parse_each, parse_xml, text_of
from decisionaid.model.trial import Blinding, Phase, StatusCode, TrialInfo

MAX_CONDITIONS = 40
MAX_LOCATIONS = 100

# --- loose fields shared with the ChiCTR reader ----------------------------------------------

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_PHASE_WORD = re.compile(r"\bphase\s*-?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_EU_PHASE = re.compile(r"\(phase\s+(iv|iii|ii|i)\)\s*:\s*yes", re.IGNORECASE)


def parse_phases(text: str) -> list[Phase]:
    """Phases from loose text: "Phase 2/Phase 3", "Phase III", "3", "Early Phase 1", "N/A"."""
    t = " ".join(text.split())
    low = t.lower()
    if not t:
        return []
    if low in ("n/a", "na", "not applicable"):
        return ["na"]
    found: list[Phase] = []
    eu = _EU_PHASE.findall(t)
    if eu or "(phase i)" in low:
        for roman in eu:
            phase = _ROMAN[roman.lower()]
            if phase not in found:
                found.append(phase)  # type: ignore[arg-type]
        return found
    if "early phase 1" in low:
        found.append("early1")
        low = low.replace("early phase 1", "")
    for m in _PHASE_WORD.finditer(low):
        phase = _ROMAN[m.group(1).lower()]
        if phase not in found:
            found.append(phase)  # type: ignore[arg-type]
    if not found and re.fullmatch(r"[1-4](?:\s*[/-]\s*[1-4])?", low):
        for digit in re.findall(r"[1-4]", low):
            if digit not in found:
                found.append(digit)  # type: ignore[arg-type]
    return found


def parse_study_type(text: str) -> str:
    low = text.lower()
    if "observational" in low or any(
        word in low
        for word in ("epidemiolog", "epidemilog", "health services", "prognos", "cause", "survey")
    ):
        return "observational"
    if "expanded access" in low:
        return "expanded_access"
    if "interventional" in low or "treatment study" in low:
        return "interventional"
    return ""


_YES_NO = re.compile(
    r"\b(randomi[sz]ed|open|single blind|double blind|placebo)\s*:\s*(yes|no)\b", re.I
)


def parse_design(text: str) -> tuple[bool | None, Blinding, bool | None]:
    """(randomised, blinding, placebo) from a loose design text; None / "" when not said."""
    t = " ".join(plain_text(text).split())
    low = t.lower()
    randomised: bool | None = None
    blinding: Blinding = ""
    placebo: bool | None = None
    answers = {key.lower(): value.lower() == "yes" for key, value in _YES_NO.findall(t)}
    for key in ("randomised", "randomized"):
        if key in answers:
            randomised = answers[key]
    if answers.get("double blind"):
        blinding = "double"
    elif answers.get("single blind"):
        blinding = "single"
    elif answers.get("open"):
        blinding = "none"
    if "placebo" in answers:
        placebo = answers["placebo"]
    if randomised is None:
        if re.search(
            r"allocation:\s*randomi[sz]ed|\brandomi[sz]ed\b(?!\s*:)", low
        ) and not re.search(r"non-?\s?randomi[sz]ed", low):
            randomised = True
        elif re.search(r"non-?\s?randomi[sz]ed|single (?:group|arm)", low):
            randomised = False
    if not blinding:
        masking = re.search(r"masking:\s*(none|single|double|triple|quadruple)", low)
        if masking:
            blinding = masking.group(1)  # type: ignore[assignment]
        elif "open label" in low or "open(masking not used)" in low or "open (masking" in low:
            blinding = "none"
    return randomised, blinding, placebo


_STATUS: dict[str, StatusCode] = {
    "recruiting": "recruiting",
    "not recruiting": "not_recruiting",
    "not yet recruiting": "not_yet_recruiting",
    "pending": "not_yet_recruiting",
    "completed": "completed",
    "terminated": "terminated",
    "withdrawn": "withdrawn",
    "suspended": "suspended",
}


def parse_status(text: str) -> tuple[str, StatusCode]:
    """(the registry's own words, a status code or "" when the words are not clear)."""
    words = clip(" ".join(text.split()), 80)
    return words, _STATUS.get(words.lower(), "")


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


def parse_date(text: str) -> str:
    """ "2024-05-20" from "20 May 2024", "2024-05-20", "20240520" or "May 20, 2024"; else ""."""
    t = " ".join(text.split()).replace(",", "")
    try:
        if m := re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", t):
            return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", t):
            return _dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1])).isoformat()
        if m := re.fullmatch(r"([A-Za-z]+) (\d{1,2}) (\d{4})", t):
            return _dt.date(int(m[3]), _MONTHS[m[1].lower()], int(m[2])).isoformat()
    except (KeyError, ValueError):
        return ""
    return ""


def split_list(text: str, limit: int, item_chars: int = 300) -> list[str]:
    """Items of a ';' or line separated field, cleaned, without repeats."""
    items: list[str] = []
    for part in re.split(r"[;\n]", plain_text(text, keep_lines=True)):
        item = clip(" ".join(part.split()), item_chars)
        if item and item not in items and len(items) < limit:
            items.append(item)
    return items


def eligibility(inclusion: str, exclusion: str) -> tuple[list[str], list[str]]:
    if exclusion.strip():
        inc, _ = split_eligibility(inclusion)
        _, exc = split_eligibility("Exclusion criteria:\n" + exclusion)
        return inc, exc
    return split_eligibility(inclusion)


def checked_id(raw: str, register: str, where: str) -> str:
    """The trial number in its usual spelling, if it has the form its registry uses."""
    text = " ".join(raw.split())
    found = _match(text)
    expected = kind_for_register(register)
    if found is None or (expected is not None and found[0] != expected):
        registry = (
            REGISTRY_NAMES.get(expected, register) if expected else register or _("its registry")
        )
        raise RecordError(
            _("{where} has the number {clip!r}, which is not a valid {registry} number.").format(
                where=where, clip=clip(text, 40), registry=registry
            )
        )
    return found[1]


def _enrolment(text: str) -> int | None:
    t = text.strip().replace(",", "")
    return int(t) if t.isdigit() and 0 < int(t) < 10_000_000 else None


# --- the export ------------------------------------------------------------------------------

_INTERVENTION_TYPE = re.compile(
    r"^(drug|device|procedure|behavioral|behavioural|biological|radiation|genetic|"
    r"dietary supplement|combination product|diagnostic test|other)\s*:\s*",
    re.IGNORECASE,
)


def _trial(element: ET.Element, where: str) -> TrialInfo:
    t = TrialInfo(origin="ictrp")
    register = text_of(element, "Source_Register", 200)
    t.registry_id = checked_id(text_of(element, "TrialID", 100), register, where)
    t.title = text_of(element, "Public_title", 500) or text_of(element, "Scientific_title", 500)
    t.study_type = parse_study_type(text_of(element, "Study_type", 200))  # type: ignore[assignment]
    t.phases = parse_phases(lines_of(element, "Phase"))
    t.randomised, t.blinding, t.placebo = parse_design(lines_of(element, "Study_design"))
    t.status, t.status_code = parse_status(text_of(element, "Recruitment_Status", 200))
    t.last_update = parse_date(text_of(element, "Last_Refreshed_on", 100))
    t.start_date = clip(text_of(element, "Date_enrollement", 100), 40)
    t.enrollment = _enrolment(text_of(element, "Target_size", 100))
    t.sponsor = text_of(element, "Primary_sponsor", 300)
    t.conditions = split_list(lines_of(element, "Condition"), MAX_CONDITIONS)
    names, kinds = [], []
    for item in split_list(lines_of(element, "Intervention"), 30):
        m = _INTERVENTION_TYPE.match(item)
        if m:
            kinds.append(m.group(1).lower().replace(" ", "_").replace("behavioural", "behavioral"))
            item = item[m.end() :]
        if item and item not in names:
            names.append(item)
    t.interventions = names
    t.intervention_types = list(dict.fromkeys(kinds))
    if t.placebo is None and any(re.search(r"\bplacebo\b", n, re.I) for n in names):
        t.placebo = True
    t.locations = split_list(lines_of(element, "Countries"), MAX_LOCATIONS, 100)
    person = " ".join(
        p
        for p in (text_of(element, "Contact_Firstname"), text_of(element, "Contact_Lastname"))
        if p
    )
    parts = [person, text_of(element, "Contact_Tel", 100), text_of(element, "Contact_Email", 200)]
    t.contact = clip(", ".join(p for p in parts if p), 500)
    t.eligibility_include, t.eligibility_exclude = eligibility(
        lines_of(element, "Inclusion_Criteria"), lines_of(element, "Exclusion_Criteria")
    )
    return t


def is_ictrp(root: ET.Element) -> bool:
    return root.tag == "Trials_downloaded_from_ICTRP"


def parse_ictrp(root: ET.Element, name: str = N_("The file")) -> list[TrialInfo]:
    """Every trial in an ICTRP export. Raises RecordError (one line) on a bad file or number."""
    if not is_ictrp(root):
        raise RecordError(
            _("{name} is not a WHO ICTRP export (Export to XML).").format(name=_(name))
        )
    return parse_each(
        root.findall("Trial"),
        name,
        _trial,
        "Trial {number} in {name}",
        _("{name} holds no trials."),
        _("{name} holds more than {max_trials:,} trials. Export fewer at a time."),
    )


def loads_ictrp(raw: bytes, name: str = N_("The file")) -> list[TrialInfo]:
    return parse_ictrp(parse_xml(raw, name, _("a WHO ICTRP export")), name)
