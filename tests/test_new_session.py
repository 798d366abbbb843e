"""`decisionaid new-session`: a blank session holding a prepared trial or a registry record."""

from __future__ import annotations

import os
import stat

import pytest

from decisionaid.cli import main
from decisionaid.model.options import build_grid
from decisionaid.model.trial import Arm, TrialInfo
from decisionaid.storage import sessionfile, trialfile
from tests.conftest import FIXTURES


@pytest.mark.parametrize("nct", ["NCT04267848", "NCT06008288", "NCT01126879"])
def test_session_from_a_registry_record(tmp_path, capsys, content, nct):
    out = tmp_path / "s.json"
    assert main(["new-session", "--trial", str(FIXTURES / f"{nct}.json"), "-o", str(out)]) == 0
    session = sessionfile.load(out)
    assert session.trial.registry_id == nct
    assert session.language == "en"
    assert session.ratings == {} and session.options.leaning == ""
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    # The trial's column of the option grid fills itself from the record.
    involves = build_grid(session, content).column("trial").cell("involves")
    assert f"({nct})" in involves.sources()[0]
    assert nct in capsys.readouterr().out


def test_session_from_a_prepared_trial_file_in_chinese(tmp_path):
    trial = TrialInfo(title="Prepared", phases=["3"], arms=[Arm("A"), Arm("B")], ratio=[1, 1])
    prepared = tmp_path / "trial.json"
    trialfile.save_trial(prepared, trial, prepared_by="Nurse")
    out = tmp_path / "s.json"
    args = ["new-session", "--trial", str(prepared), "--language", "zh-CN", "-o", str(out)]
    assert main(args) == 0
    session = sessionfile.load(out)
    assert session.language == "zh-CN" and session.trial.title == "Prepared"


@pytest.mark.parametrize(
    "setup, args, message",
    [
        (None, ["--trial", "{tmp}/missing.json"], "does not exist."),
        ("pdf", ["--trial", "{tmp}/x.json"], "is a PDF document"),
        ("session", ["--trial", "{tmp}/x.json"], "not a trial file"),
        (None, ["--trial", "{fix}/NCT04267848.json", "--language", "xx"], "not available"),
        ("exists", ["--trial", "{fix}/NCT04267848.json"], "already exists"),
    ],
)
def test_errors_are_one_line(tmp_path, capsys, setup, args, message):
    out = tmp_path / "out.json"
    if setup == "pdf":
        (tmp_path / "x.json").write_bytes(b"%PDF-1.7 ...")
    elif setup == "session":
        (tmp_path / "x.json").write_bytes(
            b'{"format": "trial-decision-aid-session", "version": 2, "session": {}}'
        )
    elif setup == "exists":
        out.write_text("keep me")
    args = [a.format(tmp=tmp_path, fix=FIXTURES) for a in args]
    assert main(["new-session", *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("decisionaid: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    if setup == "exists":
        assert out.read_text() == "keep me"
    else:
        assert not out.exists()
