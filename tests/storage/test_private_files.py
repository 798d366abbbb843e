"""Every file the program writes is 0600 and atomic; every folder it makes is 0700, whatever
the umask. A symlink planted at the data folder is refused, not followed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from decisionaid.model.session import Session
from decisionaid.storage import sessionfile, trialfile
from decisionaid.storage.autosave import Autosave
from decisionaid.storage.files import WriteError, ensure_private_dir, write_atomic


@pytest.fixture
def umask_000():
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_folders_and_their_missing_parents_are_0700_under_umask_000(tmp_path, umask_000):
    deep = tmp_path / "a" / "b" / "c"
    ensure_private_dir(deep)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", deep):
        assert mode(folder) == 0o700, folder


def test_an_existing_open_data_folder_is_made_private(tmp_path, umask_000):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o777)
    ensure_private_dir(folder)
    assert mode(folder) == 0o700


def test_a_symlink_at_the_data_folder_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "data"
    link.symlink_to(elsewhere)
    with pytest.raises(WriteError) as info:
        ensure_private_dir(link)
    assert "link" in str(info.value.strerror)
    with pytest.raises(WriteError):
        Autosave(ensure_private_dir(link))
    assert list(elsewhere.iterdir()) == []


def test_session_trial_and_autosave_files_are_0600_under_umask_000(tmp_path, umask_000):
    folder = ensure_private_dir(tmp_path / "data")
    sessionfile.save(Session(notes="private"), tmp_path / "s.json")
    trialfile.save_trial(tmp_path / "t.json", Session().trial)
    write_atomic(tmp_path / "x.pdf", b"%PDF-")
    autosave = Autosave(folder)
    autosave.start()
    autosave.write(Session(notes="private"))
    for path in (tmp_path / "s.json", tmp_path / "t.json", tmp_path / "x.pdf", autosave.path):
        assert mode(path) == 0o600, path
    assert mode(autosave.lock) == 0o600


def test_an_interrupted_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "s.json"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteError) as info:
        write_atomic(target, b"new")
    assert "disk is full" in str(info.value.strerror)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
