"""WHO ICTRP "Export to XML" and ChiCTR's XML export: one trial picked from many, ids checked,
bad or hostile XML refused with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from decisionaid.model.registry import xmlsafe
from decisionaid.model.registry.files import load_record_file, loads_record
from decisionaid.model.registry.ictrp import parse_design, parse_phases
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.trial_summary import summarise
from decisionaid.storage.trialfile import TrialFileError, load_any

FIXTURES = Path(__file__).parents[1] / "fixtures"
ICTRP = FIXTURES / "who-ictrp" / "ictrp-export-2024-06-09.xml"
CHICTR = FIXTURES / "chictr" / "ChiCTR2000034346.xml"


def test_ictrp_export_gives_every_trial_with_checked_numbers():
    trials = load_record_file(ICTRP)
    assert len(trials) == 95
    ids = [t.registry_id for t in trials]
    assert len(set(ids)) == 95
    assert ids[0] == "NCT06360289"
    assert "ChiCTR2100050713" in ids and "DRKS00032447" in ids and "KCT0000379" in ids
    assert "EUCTR2021-000037-14-ES" in ids and "JPRN-jRCTs031210288" in ids


def test_ictrp_trial_facts():
    trials = {t.registry_id: t for t in load_record_file(ICTRP)}
    first = trials["NCT06360289"]
    assert first.origin == "ictrp" and first.study_type == "observational"
    assert first.status_code == "recruiting" and first.last_update == "2024-05-20"
    assert first.enrollment == 500 and first.sponsor == "Alnylam Pharmaceuticals"
    assert first.eligibility_include and first.eligibility_exclude
    text = "\n".join(summarise(first))
    assert "Study type: observational" in text and "No study treatment is given" in text
    eu = trials["EUCTR2021-000037-14-ES"]
    assert eu.phases == ["3"] and eu.randomised is True and eu.blinding == "double"
    assert eu.placebo is True and eu.study_type == "interventional"
    ct = trials["NCT04418024"]
    assert ct.phases == ["3"] and ct.randomised is True and ct.blinding == "triple"
    assert ct.placebo is True and ct.intervention_types == ["drug"]
    assert ct.status_code == "not_recruiting"
    assert "not taking new people" in "\n".join(summarise(ct))


def test_load_any_picks_from_the_ictrp_file():
    trials = load_any(ICTRP)
    assert len(trials) == 95


def test_chictr_export_imports_one_trial():
    [t] = load_record_file(CHICTR)
    assert t.registry_id == "ChiCTR2000034346" and t.origin == "chictr"
    assert t.title.startswith("Survey for Surgery status")
    assert t.status_code == "completed" and t.study_type == "observational"
    assert t.phases == [] and t.locations == ["China"]
    assert t.conditions == ["Novel Coronavirus Pneumonia (COVID-19)"]
    assert t.eligibility_exclude == [
        "Missing detailed information",
        "Types of surgery not available previously in our hospital",
    ]
    assert "Jianxing He" in t.contact
    assert "Study type: observational" in "\n".join(summarise(t))


@pytest.mark.parametrize(
    ("text", "phases"),
    [
        ("Phase 3", ["3"]),
        ("Phase 2/Phase 3", ["2", "3"]),
        ("Phase1/Phase2", ["1", "2"]),
        ("Phase III", ["3"]),
        ("3", ["3"]),
        ("N/A", ["na"]),
        ("Early Phase 1", ["early1"]),
        ("Not selected", []),
        ("0", []),
        ("Retrospective study", []),
        (
            "Human pharmacology (Phase I): no\nTherapeutic exploratory (Phase II): yes\n"
            "Therapeutic confirmatory - (Phase III): yes\nTherapeutic use (Phase IV): no",
            ["2", "3"],
        ),
    ],
)
def test_loose_phases(text, phases):
    assert parse_phases(text) == phases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allocation: Randomized. Intervention model: Parallel Assignment. Masking: None "
            "(Open Label).",
            (True, "none", None),
        ),
        ("Allocation: N/A. Intervention model: Single Group Assignment.", (False, "", None)),
        ("Controlled: yes<br>Randomised: no<br>Open: yes<br>Placebo: no", (False, "none", False)),
        ("randomized controlled trial, open(masking not used)", (True, "none", None)),
        ("Non-randomized controlled trial", (False, "", None)),
        ("", (None, "", None)),
    ],
)
def test_loose_designs(text, expected):
    assert parse_design(text) == expected


def _xml_error(raw: bytes) -> str:
    with pytest.raises(RecordError) as info:
        loads_record(raw, "trial.xml")
    message = str(info.value)
    assert "\n" not in message and "trial.xml" in message
    return message


def test_bad_xml_gives_one_line():
    assert "damaged" in _xml_error(b"<Trials_downloaded_from_ICTRP><Trial><TrialID>NCT")
    assert "not a WHO ICTRP or ChiCTR" in _xml_error(b"<html><body>hello</body></html>")
    assert "no trials" in _xml_error(b"<Trials_downloaded_from_ICTRP/>")


def test_entity_expansion_is_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<Trials_downloaded_from_ICTRP><Trial><TrialID>&lol2;</TrialID></Trial>"
        b"</Trials_downloaded_from_ICTRP>"
    )
    assert "defines its own XML entities" in _xml_error(bomb)


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    raw = (
        f'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<trials><Triall><main><trial_id>&x;</trial_id></main></Triall></trials>"
    ).encode()
    message = _xml_error(raw)
    assert "private" not in message


def test_too_large_xml(tmp_path, monkeypatch):
    monkeypatch.setattr(xmlsafe, "MAX_XML_BYTES", 1000)
    path = tmp_path / "big.xml"
    path.write_bytes(b"<trials>" + b" " * 2000 + b"</trials>")
    with pytest.raises(RecordError, match="too large"):
        load_record_file(path)
    with pytest.raises(TrialFileError, match="too large"):
        load_any(path)


def test_wrong_number_for_its_registry_is_refused():
    raw = ICTRP.read_bytes().replace(b"<TrialID>NCT06360289", b"<TrialID>DRKS00032447", 1)
    assert "not a valid ClinicalTrials.gov number" in _xml_error(raw)
    bad = CHICTR.read_bytes().replace(b"ChiCTR2000034346", b"ChiCTR20000343")
    assert "not a valid Chinese Clinical Trial Registry" in _xml_error(bad)
