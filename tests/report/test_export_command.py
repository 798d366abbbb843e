"""`decisionaid export` and `decisionaid handout`: files, options and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from decisionaid.cli import main
from decisionaid.storage import sessionfile
from tests.conftest import REPO
from tests.report.conftest import pdf_pages


@pytest.fixture
def session_file(tmp_path, demo):
    target = tmp_path / "session.json"
    sessionfile.save(demo, target)
    return target


def test_export(session_file, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert main(["export", str(session_file), "-o", str(out), "--paper", "letter"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "wrote" in capsys.readouterr().out
    assert "Mei L." in pdf_pages(out.read_bytes())[0]


def test_export_large_print(session_file, tmp_path):
    out = tmp_path / "out.pdf"
    assert main(["export", str(session_file), "-o", str(out), "--large-print"]) == 0
    assert len(pdf_pages(out.read_bytes())) > 5


def test_handout(tmp_path, capsys):
    out = tmp_path / "general.pdf"
    assert main(["handout", "-o", str(out), "--paper", "a4", "--large-print"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "wrote" in capsys.readouterr().out


def _future(raw: bytes) -> bytes:
    doc = json.loads(raw)
    doc["version"] = 99
    return json.dumps(doc).encode()


BAD_FILES = {
    "broken": lambda raw: b"{ this is not json",
    "truncated": lambda raw: raw[: len(raw) // 2],
    "empty": lambda raw: b"",
    "foreign-pdf": lambda raw: b"%PDF-1.4\n%binary\x00\xff",
    "future-version": _future,
    "not-a-session": lambda raw: b'{"hello": "world"}',
    "wrong-types": lambda raw: raw.replace(b'"role": "share"', b'"role": 3'),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_session_files_are_one_line_errors(kind, session_file, tmp_path, capsys):
    bad = tmp_path / f"{kind}.json"
    bad.write_bytes(BAD_FILES[kind](session_file.read_bytes()))
    before = bad.read_bytes()
    out = tmp_path / "out.pdf"
    assert main(["export", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("decisionaid: error:"), err
    assert "Traceback" not in err
    assert bad.read_bytes() == before
    assert not out.exists()


def test_missing_session_and_folder(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope.json"), "-o", str(tmp_path / "o.pdf")]) == 1
    assert main(["export", str(tmp_path), "-o", str(tmp_path / "o.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


def test_output_over_the_session_is_refused(session_file, capsys):
    before = session_file.read_bytes()
    assert main(["export", str(session_file), "-o", str(session_file)]) == 1
    assert session_file.read_bytes() == before
    assert "session file" in capsys.readouterr().err


def test_unwritable_output(session_file, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    before = session_file.read_bytes()
    assert main(["export", str(session_file), "-o", str(blocker / "out.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert session_file.read_bytes() == before


def test_real_process_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"%PDF-1.7 renamed")
    out = subprocess.run(
        [sys.executable, "-m", "decisionaid", "export", str(bad), "-o", str(tmp_path / "o.pdf")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "PDF" in out.stderr
