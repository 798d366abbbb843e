"""Print preview: the handout made once (in the background, like Save PDF), its pages shown,
and Print sends those very bytes; no file is left behind, New patient closes the preview."""

from __future__ import annotations

import io
import os
import tempfile

import pypdf
import pytest

from decisionaid.ui.handout import PrintJob

# A dependency since this round (pyproject.toml); a venv made before it lacks it until
# `make .venv/.test-stamp` runs again. CI installs it, so these tests run there.
pytest.importorskip("pypdfium2")
from decisionaid.ui.print_preview import PreviewError, PrintPreviewDialog, render_pages  # noqa: E402


@pytest.fixture
def summary(make_window, demo):
    window = make_window(demo)
    window.go_to(window.index_of("summary"))
    return window, window.pages["summary"]


def _preview(window, qtbot) -> PrintPreviewDialog:
    assert window.preview_handout()
    qtbot.waitUntil(lambda: getattr(window.handout, "preview_dialog", None), timeout=60000)
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    return window.handout.preview_dialog


def test_pages_are_rendered(demo, content):
    from decisionaid.report.builder import build_pdf

    data = build_pdf(demo, content)
    images = render_pages(data, scale=0.5)
    assert len(images) == len(pypdf.PdfReader(io.BytesIO(data)).pages)
    first = images[0]
    dark = sum(
        1
        for x in range(0, first.width(), 4)
        for y in range(0, first.height(), 4)
        if first.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # there is text on the page, not a blank image


def test_preview_then_print_sends_the_same_pdf(summary, qtbot, tmp_path, monkeypatch):
    window, page = summary
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    spool = tmp_path / "spool"
    spool.mkdir()
    fake = tmp_path / "bin" / "lp"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nfor last in "$@"; do :; done\ncp "$last" "{spool}/printed.pdf"\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")

    assert page.preview_button.text() == "Print previe&w\u2026"
    assert window.preview_action.text() == "Print Pre&view\u2026"
    dialog = _preview(window, qtbot)
    pages = len(pypdf.PdfReader(io.BytesIO(dialog.data)).pages)
    assert len(dialog.page_labels) == pages >= 2
    assert dialog.page_labels[0].accessibleName() == f"Page 1 of {pages}"
    assert str(pages) in dialog.summary.text()
    assert list(temp.iterdir()) == []  # the preview writes no file

    window.handout.ask_printer = lambda: PrintJob("", 1)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    assert window.handout.outcome is True
    assert (spool / "printed.pdf").read_bytes() == dialog.data
    assert list(temp.iterdir()) == []  # the printer's copy is gone too
    assert window.handout.preview_dialog is None


def test_closing_the_preview_prints_nothing(summary, qtbot):
    window, _page = summary
    asked = []
    window.handout.ask_printer = lambda: asked.append(1)
    dialog = _preview(window, qtbot)
    dialog.reject()
    assert asked == [] and window.handout.preview_dialog is None


def test_new_patient_closes_the_preview(make_window, demo, qtbot):
    from decisionaid.ui.settings import Settings

    Settings.clinic_forced = True
    window = make_window(demo)
    dialog = _preview(window, qtbot)
    assert dialog.isVisible()
    window.next_answer = None
    from PySide6.QtWidgets import QMessageBox

    window.next_answer = QMessageBox.StandardButton.Discard
    assert window.clinic_controller.new_patient()
    assert not dialog.isVisible()
    assert window.handout.preview_dialog is None


def test_without_pdfium_the_preview_says_so(summary, qtbot, monkeypatch):
    import sys

    window, _page = summary
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import fails
    with pytest.raises(PreviewError, match="still print"):
        render_pages(b"%PDF-1.4")
    assert window.preview_handout()
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    assert window.handout.preview_dialog is None
    assert "still print" in window.errors_shown[-1]
