"""Save PDF, Print and the handout options from the summary page and the File menu."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from decisionaid.ui.handout import PrintJob

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def summary(make_window, demo):
    window = make_window(demo)
    window.go_to(window.index_of("summary"))
    return window, window.pages["summary"]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _finish(window, qtbot):
    """Wait for the handout made in the background; its outcome (path, True or None)."""
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    return window.handout.outcome


def test_save_pdf_from_summary_page(summary, tmp_path, qtbot):
    window, page = summary
    target = tmp_path / "handout.pdf"
    window.handout.ask_path = lambda session: target
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert _finish(window, qtbot) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = _text(target)
    assert "NCT00000000" in text
    assert "Saved the handout" in page.handout_message.text()


def test_paper_and_large_print_are_used_and_remembered(summary, tmp_path, qtbot):
    window, page = summary
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page._on_paper(page.paper.currentIndex())
    page.large_print.setChecked(True)
    assert window.handout.paper() == "letter" and window.handout.large_print()
    target = tmp_path / "big.pdf"
    window.handout.save(window.document.session, window.content, target)
    _finish(window, qtbot)
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_unwritable_target_gives_one_dialog_and_no_file(summary, tmp_path, qtbot):
    window, page = summary
    blocker = tmp_path / "file"
    blocker.write_text("x")
    before = window.document.session
    assert window.handout.save(window.document.session, window.content, blocker / "x.pdf")
    assert _finish(window, qtbot) is None
    assert len(window.errors_shown) == 1
    assert page.handout_message.text() == window.errors_shown[0]
    assert "Traceback" not in page.handout_message.text()
    assert window.document.session is before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_print_sends_the_same_pdf_to_the_print_service(summary, tmp_path, monkeypatch, qtbot):
    window, page = summary
    spool = tmp_path / "spool"
    spool.mkdir()
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        f'printf "%s " "$@" > "{spool}/args"\n'
        'for last in "$@"; do :; done\n'
        f'cp "$last" "{spool}/printed.pdf"\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    window.handout.ask_printer = lambda: PrintJob("Clinic_Printer", 2)
    assert window.print_handout()
    assert _finish(window, qtbot) is True
    args = (spool / "args").read_text()
    assert "-d Clinic_Printer" in args and "-n 2" in args
    assert "NCT00000000" in _text(spool / "printed.pdf")
    assert "sent to the printer" in page.handout_message.text()


def test_print_without_a_print_service_says_what_to_do(summary, monkeypatch, tmp_path, qtbot):
    window, page = summary
    monkeypatch.setenv("PATH", str(tmp_path))
    window.handout.ask_printer = lambda: PrintJob("", 1)
    assert window.print_handout()
    assert _finish(window, qtbot) is None
    assert "Save the PDF" in page.handout_message.text()
    assert len(window.errors_shown) == 1 and "Save the PDF" in window.errors_shown[0]


def test_cancelled_print_dialog_does_nothing(summary):
    window, page = summary
    window.handout.ask_printer = lambda: None
    assert window.print_handout() is None
    assert not window.handout.busy


def test_old_print_copies_are_cleaned_up(tmp_path, monkeypatch):
    import tempfile
    import time

    from decisionaid.ui.handout import PRINT_DIR_PREFIX, clean_print_leftovers

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    old = tmp_path / f"{PRINT_DIR_PREFIX}old"
    new = tmp_path / f"{PRINT_DIR_PREFIX}new"
    for folder in (old, new):
        folder.mkdir()
        (folder / "handout.pdf").write_bytes(b"%PDF")
    long_ago = time.time() - 7200
    os.utime(old, (long_ago, long_ago))
    assert clean_print_leftovers() == 1
    assert not old.exists() and new.exists()
