"""Session files: round trip, clear errors for bad files, atomic and private saves."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest

from decisionaid.model.session import Session
from decisionaid.storage import sessionfile
from decisionaid.storage.files import WriteError, write_atomic


def test_round_trip_keeps_every_answer(demo, tmp_path):
    path = tmp_path / "s.json"
    sessionfile.save(demo, path)
    assert sessionfile.load(path) == demo


def test_file_is_owner_only(demo, tmp_path):
    path = tmp_path / "s.json"
    sessionfile.save(demo, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_document_is_versioned(demo):
    doc = json.loads(sessionfile.dumps(demo))
    assert doc["format"] == sessionfile.FORMAT
    assert doc["version"] == sessionfile.VERSION


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": "trial-decision-aid-session", "version": 1, "sess', "damaged or incomplete"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not text"),
        (b'{"hello": "world"}', "not a Trial Decision Aid session"),
        (b"[1, 2, 3]", "not a Trial Decision Aid session"),
        (
            b'{"format": "trial-decision-aid-session", "version": 99, "session": {}}',
            "newer version",
        ),
        (b'{"format": "trial-decision-aid-session", "version": "1", "session": {}}', "version"),
        (
            b'{"format": "trial-decision-aid-session", "version": 1, "session": {"leaning": 9}}',
            "unknown key",
        ),
        (
            b'{"format": "trial-decision-aid-session", "version": 1, "session": {"x": 1}}',
            "session.x: unknown key",
        ),
        (
            b'{"format": "trial-decision-aid-session", "version": 1, '
            b'"session": {"ratings": {"a": "high"}}}',
            "session.ratings.a",
        ),
    ],
)
def test_bad_files_give_one_line_messages(tmp_path, raw, expected):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(sessionfile.SessionFileError) as err:
        sessionfile.load(path)
    message = str(err.value)
    assert expected in message
    assert "\n" not in message
    assert path.read_bytes() == raw


def test_truncated_real_file_is_rejected(demo, tmp_path):
    raw = sessionfile.dumps(demo)
    for cut in (1, len(raw) // 3, len(raw) - 3):
        with pytest.raises(sessionfile.SessionFileError):
            sessionfile.loads(raw[:cut])


def test_missing_and_folder(tmp_path):
    with pytest.raises(sessionfile.SessionFileError, match="does not exist"):
        sessionfile.load(tmp_path / "nope.json")
    with pytest.raises(sessionfile.SessionFileError, match="folder"):
        sessionfile.load(tmp_path)


def test_interrupted_save_leaves_old_file_whole(demo, tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    sessionfile.save(Session(), path)
    before = path.read_bytes()

    def boom(*_args):
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(WriteError):
        sessionfile.save(demo, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_disk_full_gives_clear_message_and_no_partial_file(demo, tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    real_write = os.write
    calls = []

    def full(fd, data):
        calls.append(1)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[:10])

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(WriteError) as err:
        sessionfile.save(demo, path)
    assert "disk is full" in str(err.value.strerror)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WriteError) as err:
        write_atomic(blocker / "s.json", b"{}")
    assert str(err.value.strerror)
