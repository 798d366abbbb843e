"""Hostile and broken files: each gives one clear line, nothing hangs, nothing is half-read.

The cases of issue 11: a lone surrogate, a huge integer, a FIFO, a symlink to /dev/zero, a
symlink loop, a long or path-like `language`, deep nesting, a very long text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decisionaid.jsondoc import MAX_DEPTH, read_file
from decisionaid.model.session import Session
from decisionaid.storage import sessionfile, trialfile
from decisionaid.storage.sessionfile import SessionFileError

REPO = Path(__file__).resolve().parents[2]


def _session_doc(**session) -> bytes:
    doc = {"format": "trial-decision-aid-session", "version": 1, "session": session}
    return json.dumps(doc).encode()


def _one_line(message: str) -> None:
    assert message and "\n" not in message and "Traceback" not in message
    assert len(message) < 400


def test_a_lone_surrogate_in_a_session_is_replaced_and_can_be_saved(tmp_path):
    raw = b'{"format": "trial-decision-aid-session", "version": 1, "session": '
    raw += b'{"notes": "before \\ud800 after", "situation": {"name": "A\\udfffB"}}}'
    session = sessionfile.loads(raw)
    assert session.notes == "before \ufffd after"
    assert session.situation.name == "A\ufffdB"
    sessionfile.save(session, tmp_path / "again.json")
    assert sessionfile.load(tmp_path / "again.json").notes == "before \ufffd after"


def test_a_surrogate_pair_written_as_escapes_is_one_character():
    raw = _session_doc(notes="x").replace(b'"x"', b'"\\ud83d\\ude00"')
    assert sessionfile.loads(raw).notes == "\U0001f600"


def test_a_session_holding_a_lone_surrogate_in_memory_still_saves(tmp_path):
    session = Session(notes="typed \udc80 text", own_questions=["why\ud800?"])
    sessionfile.save(session, tmp_path / "s.json")
    back = sessionfile.load(tmp_path / "s.json")
    assert back.notes == "typed \ufffd text" and back.own_questions == ["why\ufffd?"]


def test_a_lone_surrogate_in_a_trial_file_and_a_registry_record(tmp_path):
    raw = (REPO / "tests" / "fixtures" / "ctgov").glob("*.json")
    record = next(iter(sorted(raw))).read_text(encoding="utf-8")
    doc = json.loads(record)
    doc.setdefault("protocolSection", {}).setdefault("identificationModule", {})["briefTitle"] = (
        "PLACEHOLDER"
    )
    path = tmp_path / "record.json"
    path.write_text(json.dumps(doc).replace("PLACEHOLDER", "\\ud800 title"), encoding="utf-8")
    (trial,) = trialfile.load_any(path)
    assert "\ud800" not in trial.title
    trialfile.save_trial(tmp_path / "t.json", trial)


@pytest.mark.parametrize(
    "raw, words",
    [
        (_session_doc(leaning=1).replace(b"1}", b"1" * 5000 + b"}"), "number"),
        (_session_doc(notes="x" * 300_000), "too long"),
        (
            b'{"format": "trial-decision-aid-session", "version": 1, "session": '
            + b'{"x": ' * (MAX_DEPTH + 5)
            + b"1"
            + b"}" * (MAX_DEPTH + 6),
            "nested",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested"),
        (_session_doc(leaning=float("nan")), "not a number"),
        (_session_doc(language="/some/folder/en"), "language"),
        (_session_doc(language="e" * 100_000), "language"),
        (_session_doc(language="fr"), "language"),
        (_session_doc(language="../en"), "language"),
        (_session_doc(own_questions=["q"] * 10_000), "own_questions"),
        (_session_doc(notes="n" * 20_001), "notes"),
        (_session_doc(trial={"arms": [{}] * 10_000}), "groups"),
    ],
    ids=[
        "huge-integer",
        "long-text",
        "deep-nesting",
        "very-deep-nesting",
        "nan",
        "path-language",
        "long-language",
        "unknown-language",
        "dotdot-language",
        "many-questions",
        "long-notes",
        "many-groups",
    ],
)
def test_bad_session_contents_give_one_line(raw, words):
    with pytest.raises(SessionFileError) as info:
        sessionfile.loads(raw, "bad.json")
    message = str(info.value)
    _one_line(message)
    assert words in message
    assert "bad.json" in message


def test_a_language_is_never_used_as_a_path(tmp_path, monkeypatch):
    from decisionaid.content.loader import ContentError, load

    planted = tmp_path / "some" / "folder" / "en"
    planted.mkdir(parents=True)
    for bad in (str(planted), "../en", "en/../en", "e" * 100_000, ""):
        with pytest.raises(ContentError):
            load(bad)


def _hangs(func, seconds=5.0):
    result = {}

    def target():
        try:
            func()
        except Exception as exc:  # noqa: BLE001 - recorded for the assertion
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    return thread.is_alive(), result.get("error")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "session.json"
    os.mkfifo(fifo)
    for reader in (sessionfile.load, trialfile.load_any):
        hung, error = _hangs(lambda reader=reader: reader(fifo))
        assert not hung
        assert error is not None and "ordinary file" in str(error)
        _one_line(str(error))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_symlink_to_dev_zero_is_refused_before_reading(tmp_path):
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    hung, error = _hangs(lambda: sessionfile.load(link))
    assert not hung and "ordinary file" in str(error)


def test_a_symlink_loop_gives_one_line(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(SessionFileError) as info:
        sessionfile.load(a)
    assert "circle" in str(info.value)
    _one_line(str(info.value))


def test_a_file_too_large_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(sessionfile.MAX_BYTES + 10)
    with pytest.raises(SessionFileError) as info:
        read_file(big, sessionfile.MAX_BYTES, SessionFileError)
    assert "too large" in str(info.value)


def test_a_very_long_file_name_gives_one_line(tmp_path):
    with pytest.raises(SessionFileError) as info:
        sessionfile.load(tmp_path / ("x" * 5000 + ".json"))
    _one_line(str(info.value))


def _cli(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "decisionaid", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("case", ["huge-integer", "fifo", "zero", "loop", "language"])
def test_the_command_line_gives_one_line(tmp_path, case):
    path = tmp_path / "bad.json"
    if case == "huge-integer":
        path.write_bytes(_session_doc(leaning=1).replace(b"1}", b"9" * 5000 + b"}"))
    elif case == "fifo":
        os.mkfifo(path)
    elif case == "zero":
        path.symlink_to("/dev/zero")
    elif case == "loop":
        (tmp_path / "other.json").symlink_to(path)
        path.symlink_to(tmp_path / "other.json")
    else:
        path.write_bytes(_session_doc(language="e" * 100_000))
    for args in (
        ("export", str(path), "-o", str(tmp_path / "out.pdf")),
        ("trial", "show", str(path)),
    ):
        result = _cli(*args, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "unexpected" not in lines[0] and "Traceback" not in result.stderr
        assert not (tmp_path / "out.pdf").exists()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(st.characters(codec=None, categories=None)),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_fuzz_session_contents_never_crash_and_always_save_again(value):
    """Any JSON under "session" gives a session that saves again, or one clear line."""
    raw = _session_doc(x=0).replace(b'{"x": 0}', json.dumps(value).encode())
    try:
        session = sessionfile.loads(raw, "fuzz.json")
    except SessionFileError as exc:
        _one_line(str(exc))
        return
    sessionfile.loads(sessionfile.dumps(session))


surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
texts_with_surrogates = st.lists(st.text(max_size=6) | surrogates, max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(texts_with_surrogates, st.lists(texts_with_surrogates, max_size=4))
def test_fuzz_any_text_with_surrogates_saves_and_reads_back_valid(notes, questions):
    session = Session(notes=notes, own_questions=questions)
    back = sessionfile.loads(sessionfile.dumps(session))
    back.notes.encode("utf-8")
    for q in back.own_questions:
        q.encode("utf-8")
    assert len(back.own_questions) == len(questions)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_bytes_never_crash_the_readers(raw):
    for loads in (sessionfile.loads, trialfile.loads):
        try:
            loads(raw, "fuzz.json")
        except (SessionFileError, trialfile.TrialFileError) as exc:
            _one_line(str(exc))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=41, max_value=6000), st.sampled_from(["session", "trial"]))
def test_fuzz_long_numbers_are_refused_at_reading_time(digits, kind):
    number = b"7" * digits
    if kind == "session":
        raw = _session_doc(leaning=1).replace(b"1}", number + b"}")
        with pytest.raises(SessionFileError, match="number"):
            sessionfile.loads(raw)
    else:
        raw = b'{"format": "trial-decision-aid-trial", "version": 1, "trial": {"enrollment": '
        with pytest.raises(trialfile.TrialFileError, match="number"):
            trialfile.loads(raw + number + b"}}")


def test_a_long_wrong_value_is_cut_short_in_the_message():
    with pytest.raises(SessionFileError) as info:
        sessionfile.loads(_session_doc(situation={"stage": "x" * 100_000}), "bad.json")
    _one_line(str(info.value))


@pytest.mark.parametrize("kind", ["fifo", "zero", "loop"])
def test_a_planted_lock_file_never_hangs_the_start(tmp_path, kind):
    """The lock file is read at every start: a FIFO, a link to /dev/zero or a link loop in
    its place counts as a crash (the restore offer is made), and the start goes on."""
    from decisionaid.storage.autosave import Autosave

    if kind == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    if kind == "zero" and not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    autosave = Autosave(tmp_path)
    if kind == "fifo":
        os.mkfifo(autosave.lock)
    elif kind == "zero":
        autosave.lock.symlink_to("/dev/zero")
    else:
        autosave.lock.symlink_to(autosave.lock)
    hung, error = _hangs(autosave.start)
    assert not hung and error is None
    assert autosave.crashed
    assert autosave.lock.is_file() and not autosave.lock.is_symlink()
