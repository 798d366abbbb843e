"""The Chinese Clinical Trial Registry's own XML export (``<trials><Triall>…``). No Qt.

ChiCTR exports one or more studies, each with a ``<main>`` part (number, titles, status, study
type, design, phase, conditions, interventions, size), contacts, countries and criteria. The
fields are loose text, read with the same careful rules as the WHO ICTRP export.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from decisionaid.i18n import N_, _
from decisionaid.model.registry.ictrp import (
    checked_id,
    eligibility,
    parse_date,
    parse_design,
    parse_phases,
    parse_status,
    parse_study_type,
    split_list,
)
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.text import clip
from decisionaid.model.registry.xmlsafe import lines_of, parse_each, parse_xml, text_of
from decisionaid.model.trial import TrialInfo


def _number(text: str) -> int | None:
    t = text.strip().replace(",", "")
    return int(t) if t.isdigit() and 0 < int(t) < 10_000_000 else None


def _trial(element: ET.Element, where: str) -> TrialInfo:
    main = element.find("main")
    if main is None:
        raise RecordError(
            _("{where} is not a ChiCTR study (it has no main part).").format(where=where)
        )
    t = TrialInfo(origin="chictr")
    t.registry_id = checked_id(text_of(main, "trial_id", 100), "ChiCTR", where)
    t.title = text_of(main, "public_title", 500) or text_of(main, "scientific_title", 500)
    t.study_type = parse_study_type(text_of(main, "study_type", 200))  # type: ignore[assignment]
    t.phases = parse_phases(text_of(main, "phase", 200))
    t.randomised, t.blinding, t.placebo = parse_design(lines_of(main, "study_design"))
    t.status, t.status_code = parse_status(text_of(main, "recruitment_status", 200))
    t.start_date = clip(text_of(main, "date_enrolment", 100), 40)
    t.last_update = parse_date(text_of(main, "date_registration", 100))
    t.enrollment = _number(text_of(main, "target_size", 100))
    t.sponsor = text_of(main, "primary_sponsor", 300)
    t.conditions = split_list(lines_of(main, "hc_freetext"), 40)
    t.interventions = [
        i for i in split_list(lines_of(main, "i_freetext"), 30) if i.upper() not in ("N/A", "NA")
    ]
    t.locations = split_list(
        "\n".join("".join(c.itertext()) for c in element.iterfind("countries/*")), 100, 100
    )
    contacts = []
    for c in element.iterfind("contacts/contact"):
        parts = [text_of(c, key, 200) for key in ("firstname", "lastname", "telephone", "email")]
        entry = ", ".join(p for p in parts if p)
        if entry and entry not in contacts:
            contacts.append(entry)
    t.contact = clip("; ".join(contacts[:3]), 500)
    t.eligibility_include, t.eligibility_exclude = eligibility(
        lines_of(element, "criteria/inclusion_criteria"),
        lines_of(element, "criteria/exclusion_criteria"),
    )
    return t


def is_chictr(root: ET.Element) -> bool:
    return root.tag == "trials" and root.find("Triall") is not None


def parse_chictr(root: ET.Element, name: str = N_("The file")) -> list[TrialInfo]:
    if root.tag != "trials":
        raise RecordError(_("{name} is not a ChiCTR export.").format(name=_(name)))
    return parse_each(
        root.findall("Triall"),
        name,
        _trial,
        "Study {number} in {name}",
        _("{name} holds no ChiCTR studies."),
        _("{name} holds more than {max_trials:,} studies. Export fewer at a time."),
    )


def loads_chictr(raw: bytes, name: str = N_("The file")) -> list[TrialInfo]:
    return parse_chictr(parse_xml(raw, name, _("a ChiCTR export")), name)
