"""Writing the PDF: atomic, private, one-line errors, no partial file, session untouched."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from decisionaid.report.builder import export_handout, export_pdf
from decisionaid.schema import to_data
from decisionaid.storage.files import WriteError
from tests.report.conftest import pdf_pages


def test_export_writes_a_private_pdf(demo, en_content, tmp_path):
    target = tmp_path / "handout.pdf"
    result = export_pdf(demo, en_content, target, paper="letter", large_print=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert result.path == target and result.size == target.stat().st_size
    assert result.pages == len(pdf_pages(target.read_bytes()))
    assert result.warnings == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


def _unwritable(tmp_path):
    """A target that cannot be written. root ignores folder permissions, so as root the
    "folder" is a regular file instead."""
    if os.geteuid() == 0:
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("x")
        return blocker / "handout.pdf", blocker
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder / "handout.pdf", folder


def test_unwritable_target_is_one_line_and_leaves_nothing(demo, en_content, tmp_path):
    target, folder = _unwritable(tmp_path)
    before = to_data(demo)
    try:
        with pytest.raises(WriteError) as info:
            export_pdf(demo, en_content, target)
        message = str(info.value.strerror)
        assert "\n" not in message and message
        assert not target.exists()
        if folder.is_dir():
            assert list(folder.iterdir()) == []
    finally:
        if folder.is_dir():
            folder.chmod(0o700)
    assert to_data(demo) == before


def test_full_disk_leaves_no_partial_pdf(demo, en_content, tmp_path, monkeypatch):
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"%PDF- the old handout")
    real_write = os.write
    calls = []

    def full_disk(fd, data):
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[:100])  # a partial write first

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(WriteError) as info:
        export_pdf(demo, en_content, target)
    monkeypatch.setattr(os, "write", real_write)
    assert "disk is full" in str(info.value.strerror)
    assert target.read_bytes() == b"%PDF- the old handout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]


def test_blank_handout_export(en_content, tmp_path):
    target = tmp_path / "general.pdf"
    result = export_handout(en_content, target, paper="a4")
    assert result.pages >= 4
    text = "".join(pdf_pages(target.read_bytes()))
    assert "GENERAL INFORMATION" in text
