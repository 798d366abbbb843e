"""docs/privacy.md is the list of what the program writes; this test holds the code to it.

A patient walk in each mode, under umask 000; then the files found in DATA, CONFIG and the
temporary folder's print copies must be the documented ones, with the documented modes.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from decisionaid.storage.autosave import Autosave
from decisionaid.ui.settings import Settings, data_dir

DOC = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def documented(mode: str) -> tuple[dict[str, int], set[str]]:
    """{file: permissions} for `mode`, and which of them are optional."""
    files, optional = {}, set()
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (home|clinic|both) \| `([^`]+)` \| (0\d\d\d)", line)
        if m and m.group(1) in (mode, "both"):
            files[m.group(2)] = int(m.group(3), 8)
            if "optional" in line:
                optional.add(m.group(2))
    return files, optional


def found_files(home: Path) -> dict[str, int]:
    roots = {"DATA": Path(os.environ["DECISIONAID_DATA_DIR"]), "CONFIG": home / "config"}
    out = {}
    for name, root in roots.items():
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if path.is_file():
                rel = (
                    path.relative_to(root).as_posix().replace("decisionaid.ini", "decisionaid.conf")
                )
                rel = rel.replace("QtProject.ini", "QtProject.conf")
                out[f"{name}/{rel}"] = stat.S_IMODE(path.stat().st_mode)
            elif path.is_dir():
                assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for folder in Path(tempfile.gettempdir()).glob("decisionaid-print-*"):
        if folder.stat().st_uid == os.getuid():
            for path in folder.iterdir():
                out["TEMP/decisionaid-print-*/" + path.name] = stat.S_IMODE(path.stat().st_mode)
    return out


@pytest.fixture
def umask_000(qapp):
    """umask 000, and the application's real names (they name the settings folder)."""
    old = os.umask(0)
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("TrialDecisionAid")
    qapp.setApplicationName("decisionaid")
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    os.umask(old)


def _walk(window, qtbot, tmp_path):
    window.go_next()
    qtbot.keyClicks(window.pages["situation"].name, "Pat")
    window.go_to(window.index_of("questions"))
    qtbot.keyClicks(window.pages["questions"].notes, "my own words")
    window.settings.last_dir = str(tmp_path)
    window.write_autosave()
    window.handout.save(window.document.session, window.content, tmp_path / "h.pdf")
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    pdf = window.handout.outcome
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    window.settings.sync()


def test_home_mode_writes_what_the_privacy_list_says(
    make_window, qtbot, tmp_path, umask_000, _isolated_user_dirs
):
    autosave = Autosave(data_dir())
    autosave.start()
    window = make_window()
    window._autosave = autosave
    _walk(window, qtbot, tmp_path)
    files, optional = documented("home")
    found = found_files(_isolated_user_dirs)
    assert set(found) <= set(files), set(found) - set(files)
    assert set(files) - optional <= set(found)
    for name, mode in found.items():
        assert mode == files[name], name
    window.next_answer = QMessageBox.StandardButton.Discard
    window.close()
    autosave.stop()
    assert "DATA/autosave.json" not in found_files(_isolated_user_dirs)
    assert "DATA/running.lock" not in found_files(_isolated_user_dirs)


def test_clinic_mode_writes_what_the_privacy_list_says(
    make_window, qtbot, tmp_path, umask_000, _isolated_user_dirs
):
    Settings.clinic_forced = True
    window = make_window()
    assert window.clinic
    _walk(window, qtbot, tmp_path)
    window.next_answer = QMessageBox.StandardButton.Discard
    window.new_session()
    window.settings.sync()
    files, optional = documented("clinic")
    found = found_files(_isolated_user_dirs)
    assert set(found) <= set(files), set(found) - set(files)
    assert set(files) - optional <= set(found)
    for name, mode in found.items():
        assert mode == files[name], name
    window.settings.text_scale = 1.25  # a setting changes: the file is written
    window.close()
    window.settings.sync()
    found = found_files(_isolated_user_dirs)
    assert set(found) == {"CONFIG/TrialDecisionAid/decisionaid.conf"}
    conf = next((_isolated_user_dirs / "config").rglob("decisionaid.*")).read_text()
    assert "my own words" not in conf and "Pat" not in conf
    assert str(tmp_path) not in conf  # no last folder in clinic mode


def test_print_my_name_is_off_by_default(make_window, qtbot, tmp_path):
    """A typed name stays off the handout until the patient ticks "Print my name"."""
    from tests.report.conftest import pdf_pages

    window = make_window()
    window.go_next()
    page = window.pages["situation"]
    assert not page.show_name.isChecked()
    qtbot.keyClicks(page.name, "Zebulon")
    assert window.document.session.situation.show_name is False
    window.handout.save(window.document.session, window.content, tmp_path / "off.pdf")
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    pdf = window.handout.outcome
    data = pdf.read_bytes()
    assert "Zebulon" not in " ".join(pdf_pages(data)) and b"Zebulon" not in data
    page.show_name.click()
    assert window.document.session.situation.show_name is True
    window.handout.save(window.document.session, window.content, tmp_path / "on.pdf")
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)
    pdf = window.handout.outcome
    assert "Zebulon" in " ".join(pdf_pages(pdf.read_bytes()))
