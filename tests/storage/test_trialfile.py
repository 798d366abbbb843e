"""Prepared trial files: round trip, private atomic saves, clear errors, and load_any."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from decisionaid.model.trial import Arm, TrialInfo
from decisionaid.storage import trialfile
from decisionaid.storage.files import WriteError
from decisionaid.storage.trialfile import (
    TrialFileError,
    load_any,
    load_prepared,
    load_trial,
    save_trial,
)

REPO = Path(__file__).parents[2]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"


@pytest.fixture
def trial() -> TrialInfo:
    return TrialInfo(
        title="Drug X for rectal cancer",
        registry_id="NCT01126879",
        phases=["2"],
        study_type="interventional",
        randomised=True,
        arms=[
            Arm("New drug", "experimental", "Drug X every 3 weeks", ["Drug X"]),
            Arm("Placebo", "placebo_comparator", "Placebo plus standard care", ["Placebo"]),
        ],
        ratio=[2, 1],
        blinding="double",
        placebo=True,
        visits_per_month=2,
        months=6,
        site="City Cancer Centre",
        distance_km=45,
        covers="Study drug and research scans.",
        contact="Research nurse, 555-0100",
        enrollment=120,
        enrollment_type="estimated",
        status="Recruiting",
        eligibility_include=["Age 18 or older"],
        eligibility_exclude=["Pregnant"],
        origin="manual",
    )


def test_round_trip(tmp_path, trial):
    path = tmp_path / "trial.json"
    save_trial(path, trial, prepared_by="Research office", notes="Ratio checked.")
    loaded = load_trial(path)
    # Loading a prepared file marks where the details came from.
    assert loaded.origin == "prepared"
    loaded.origin = trial.origin
    assert loaded == trial
    prepared = load_prepared(path)
    assert prepared.prepared_by == "Research office"
    assert prepared.notes == "Ratio checked."
    assert load_any(path) == [prepared.trial]


def test_file_is_owner_only_and_versioned(tmp_path, trial):
    path = tmp_path / "trial.json"
    save_trial(path, trial)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "trial-decision-aid-trial"
    assert doc["version"] == 1
    assert doc["prepared_by"] == "" and doc["notes"] == ""
    assert doc["trial"]["registry_id"] == "NCT01126879"


def test_save_replaces_atomically_and_keeps_unicode(tmp_path, trial):
    path = tmp_path / "trial.json"
    save_trial(path, trial)
    trial.title = "直肠癌新药试验 <b>not bold</b>"
    save_trial(path, trial, notes="Notes with \"quotes\" and 'apostrophes'")
    assert load_trial(path).title == "直肠癌新药试验 <b>not bold</b>"
    assert [p.name for p in tmp_path.iterdir()] == ["trial.json"]  # no temporary files left


def test_save_into_a_missing_folder_is_a_write_error(tmp_path, trial):
    with pytest.raises(WriteError, match="does not exist"):
        save_trial(tmp_path / "missing" / "trial.json", trial)


def test_empty_trial_round_trips(tmp_path):
    path = tmp_path / "empty.json"
    save_trial(path, TrialInfo())
    assert load_trial(path) == TrialInfo(origin="prepared")


def _doc(**changes) -> bytes:
    doc = {
        "format": "trial-decision-aid-trial",
        "version": 1,
        "trial": {"title": "T", "phases": ["1"]},
        "prepared_by": "",
        "notes": "",
    }
    doc.update(changes)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (_doc()[:40], "damaged or incomplete"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "PDF document"),
        (b"", "is empty"),
        (b"\xff\xfe\x00garbage", "not text"),
        (b"[" * 100_000, "nested too deeply|damaged"),
        (b'{"format": "trial-decision-aid-session", "version": 1}', "not a Trial Decision Aid"),
        (b"[1, 2, 3]", "not a Trial Decision Aid"),
        (_doc(version=2), "newer version of the program \\(format 2\\)"),
        (_doc(version=0), "unknown format version"),
        (_doc(version="1"), "no valid format version"),
        (_doc(version=True), "no valid format version"),
        (_doc(trial=None), "damaged"),
        (_doc(trial={"phases": ["5"]}), "damaged: trial.phases\\[0\\]"),
        (_doc(trial={"colour": "red"}), "damaged: trial.colour: unknown key"),
        (_doc(trial={"arms": [{}, {}], "ratio": [2, 0]}), "ratio part must be from 1 to 20"),
        (_doc(trial={"ratio": [2, 1]}), "ratio has 2 parts but the trial has 0 groups"),
        (_doc(trial={"months": 1e200}), "months must be a number from 0 to 120"),
        (_doc(trial={"arms": {"label": "A"}}), "damaged: trial.arms"),
        (_doc(notes=5), "notes should be text"),
        (b'{"format": "trial-decision-aid-trial", "version": 1}', "holds no trial"),
    ],
)
def test_bad_files_give_one_line_messages(tmp_path, raw, fragment):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    for loader in (load_trial, load_any):
        if loader is load_any and fragment == "not a Trial Decision Aid":
            continue  # load_any words this case differently (see below)
        with pytest.raises(TrialFileError) as info:
            loader(path)
        message = str(info.value)
        assert "\n" not in message and "Traceback" not in message
        assert message.startswith("bad.json")
        assert re.search(fragment, message), message


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(trialfile, "MAX_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_bytes(_doc(notes="x" * 500))
    with pytest.raises(TrialFileError, match="too large"):
        load_trial(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(TrialFileError, match="does not exist"):
        load_trial(tmp_path / "none.json")
    with pytest.raises(TrialFileError, match="is a folder"):
        load_any(tmp_path)


# --- load_any: prepared files and ClinicalTrials.gov records --------------------------------


def test_load_any_reads_ctgov_records(tmp_path):
    if not FIXTURES.is_dir():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    [trial] = load_any(FIXTURES / "NCT01126879.json")
    assert trial.registry_id == "NCT01126879" and trial.origin == "ctgov"
    both = [
        json.loads((FIXTURES / n).read_text()) for n in ("NCT01126879.json", "NCT05600179.json")
    ]
    path = tmp_path / "search.json"
    path.write_text(json.dumps({"studies": both}))
    assert [t.registry_id for t in load_any(path)] == ["NCT01126879", "NCT05600179"]


def test_load_any_then_save_then_load(tmp_path):
    """A counselor opens a registry record, checks it, and saves it as a prepared file."""
    if not FIXTURES.is_dir():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    [trial] = load_any(FIXTURES / "NCT05602779.json")
    trial.visits_per_month = 4
    path = tmp_path / "prepared.json"
    save_trial(path, trial, prepared_by="Nurse")
    again = load_trial(path)
    assert again.visits_per_month == 4
    assert [a.type for a in again.arms] == [a.type for a in trial.arms]


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b'{"format": "trial-decision-aid-session", "version": 1}', "not a trial file"),
        (b'{"hello": "world"}', "neither a prepared trial file nor a registry record"),
        (b"[]", "neither"),
        (b'"just text"', "neither"),
        (b'{"studies": []}', "bad.json holds no studies"),
        (b'{"protocolSection": {"designModule": {"phases": "PHASE1"}}}', "phases should be a list"),
        (b'{"protocolSection": {"identificationModule": {"nctId": "NCT01126879"}', "damaged"),
    ],
)
def test_load_any_errors(tmp_path, raw, fragment):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(TrialFileError) as info:
        load_any(path)
    message = str(info.value)
    assert "\n" not in message
    assert fragment in message, message


def test_errors_are_user_errors():
    """The command line prints UserError messages as one line, without a traceback."""
    from decisionaid.errors import UserError

    assert issubclass(TrialFileError, UserError) and issubclass(TrialFileError, ValueError)


def test_documented_example_loads():
    doc = (REPO / "docs" / "trial-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", doc, flags=re.DOTALL)
    examples = []
    for block in blocks:
        try:
            examples.append(json.loads(block))
        except json.JSONDecodeError:
            continue  # the envelope sketch with "{ ... }"
    assert examples, "docs/trial-format.md has no complete JSON example"
    for example in examples:
        prepared = trialfile.loads(json.dumps(example).encode(), "example")
        assert prepared.trial.registry_id == "NCT01126879"
        assert prepared.trial.ratio_assumed is True
