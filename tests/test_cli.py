"""The command line: version, demo session, screenshots, and one-line errors."""

from __future__ import annotations

import subprocess
import sys

from decisionaid import __version__
from decisionaid.storage import sessionfile
from tests.conftest import REPO


def cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "decisionaid", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version():
    out = cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"decisionaid {__version__}"


def test_demo_session_is_complete_and_loads(tmp_path, content):
    target = tmp_path / "demo.json"
    out = cli("demo-session", "-o", str(target))
    assert out.returncode == 0, out.stderr
    session = sessionfile.load(target)
    assert session.options.leaning and session.sure_score() is not None
    ids = [i.id for i in (*content.considerations.benefits, *content.considerations.risks)]
    assert all(i in session.ratings for i in ids)
    assert len(session.quiz) == len(content.quiz.questions)
    assert session.trial.registry_id and session.own_questions


def test_demo_session_to_unwritable_place_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = cli("demo-session", "-o", str(blocker / "demo.json"))
    assert out.returncode != 0
    assert out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_unknown_command_is_an_error():
    out = cli("fly")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr


def test_screenshots_writes_every_page(tmp_path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECISIONAID_DATA_DIR": str(tmp_path)}
    out = cli("screenshots", str(tmp_path / "shots"), "--text-size", "200", env=env)
    assert out.returncode == 0, out.stderr
    from decisionaid.app import steps

    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names == [f"{i + 1:02d}-{s.id}.png" for i, s in enumerate(steps())]
    for name in names:
        data = (tmp_path / "shots" / name).read_bytes()
        assert data.startswith(b"\x89PNG")


def test_screenshots_in_chinese(tmp_path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECISIONAID_DATA_DIR": str(tmp_path)}
    out = cli("screenshots", str(tmp_path / "zh"), "--language", "zh-CN", env=env)
    assert out.returncode == 0, out.stderr
    from decisionaid.app import steps

    assert len(list((tmp_path / "zh").glob("*.png"))) == len(steps())
    en = cli("screenshots", str(tmp_path / "en"), "--language", "en", env=env)
    assert en.returncode == 0, en.stderr
    # Same session, same size: only the language differs, so every page looks different.
    for shot in (tmp_path / "zh").glob("*.png"):
        assert shot.read_bytes() != (tmp_path / "en" / shot.name).read_bytes(), shot.name


def test_screenshots_in_an_unknown_language_is_one_line(tmp_path):
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECISIONAID_DATA_DIR": str(tmp_path)}
    out = cli("screenshots", str(tmp_path / "x"), "--language", "xx", env=env)
    assert out.returncode == 1
    assert "zh-CN" in out.stderr and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_screenshots_with_bad_session_is_one_line(tmp_path):
    import os

    bad = tmp_path / "bad.json"
    bad.write_bytes(b"%PDF-1.5 not a session")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DECISIONAID_DATA_DIR": str(tmp_path)}
    out = cli("screenshots", str(tmp_path / "s"), "--session", str(bad), env=env)
    assert out.returncode == 1
    assert "PDF document" in out.stderr
    assert "Traceback" not in out.stderr


def test_trial_show_summarises_a_registry_record():
    from tests.conftest import FIXTURES

    record = FIXTURES / "NCT01126879.json"
    if not record.exists():
        import pytest

        pytest.skip("shared fixtures not present")
    out = cli("trial", "show", str(record))
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Phase 2" in text
    assert "randomised" in text
    assert "about 1 in 2 (50%)" in text
    assert "assume an equal split" in text
    assert "placebo" in text.lower() and "Double-blind" in text
    assert "12 people" in text


def test_trial_show_bad_files_are_one_line(tmp_path):
    for raw in (b"%PDF-1.4", b'{"protocolSection": {', b'{"format": "x"}', b"[]"):
        bad = tmp_path / "bad.json"
        bad.write_bytes(raw)
        out = cli("trial", "show", str(bad))
        assert out.returncode == 1, raw
        assert out.stderr.count("\n") == 1, out.stderr
        assert out.stderr.startswith("decisionaid: error: ")
        assert "Traceback" not in out.stderr


def test_trial_show_prints_results_with_the_json_counts():
    import json

    from tests.conftest import FIXTURES
    from tests.model.test_results import expected_counts

    record = FIXTURES / "NCT01126879.json"
    want = expected_counts(json.loads(record.read_text(encoding="utf-8")))
    out = cli("trial", "show", str(record), "--cancer", "rectal cancer")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("This trial is not taking new people (status: Terminated)")
    assert "check with your doctor that this trial is for your kind of cancer" in text
    assert "Study type: interventional" in text
    for group, n in want["started"].items():
        assert f"{group}: {n} started. {want['finished'][group]} finished." in text
    for group, (a, n) in want["serious"].items():
        assert f"{group}: {a} of {n} people" in text
    a, n = want["events"]["Atrial Fibrillation"]["Arm I - Genistein"]
    assert f"Atrial Fibrillation: Arm I - Genistein: {a} of {n} people" in text
    assert "What was measured: Number of Circulating Prostate Cells" in text


def test_trial_show_observational_and_picked_from_an_ictrp_file():
    from tests.conftest import FIXTURES

    out = cli("trial", "show", str(FIXTURES / "NCT05052671.json"))
    assert out.returncode == 0 and "Study type: observational" in out.stdout
    ictrp = FIXTURES.parent / "who-ictrp" / "ictrp-export-2024-06-09.xml"
    out = cli("trial", "show", str(ictrp), "--pick", "NCT04418024")
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Registry number:") == 1 and "NCT04418024" in out.stdout
    out = cli("trial", "show", str(ictrp), "--pick", "NCT00000000")
    assert out.returncode == 1 and "holds no trial with the number" in out.stderr
