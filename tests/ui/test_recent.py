"""File > Open Recent: sessions opened or saved lately, up to 8, missing ones dropped, a
"Clear Recent Files", kept owner-only in the settings, and never in clinic mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from decisionaid.model.session import Session
from decisionaid.storage import sessionfile
from decisionaid.ui.settings import MAX_RECENT_FILES, Settings


def _entries(window) -> list[str]:
    window.recent.rebuild()
    return [a.data() for a in window.recent.menu.actions() if a.data()]


def _session_file(tmp_path: Path, name: str, cancer: str = "") -> Path:
    s = Session()
    s.situation.cancer_type = cancer
    path = tmp_path / name
    sessionfile.save(s, path)
    return path


def test_saved_and_opened_files_are_listed_newest_first(make_window, tmp_path):
    window = make_window()
    assert window.recent is not None
    assert window.recent.menu.title() == "Open Rec&ent"
    assert [a.text() for a in window.recent.menu.actions() if a.isEnabled()] == []
    a = _session_file(tmp_path, "a.json", "Lung cancer")
    b = _session_file(tmp_path, "b.json", "Bowel cancer")
    assert window.open_path(a)
    assert window.save_to(b)
    assert _entries(window) == [str(b.resolve()), str(a.resolve())]
    texts = [x.text() for x in window.recent.menu.actions() if x.data()]
    assert texts == ["&1 b.json", "&2 a.json"]
    mode = stat.S_IMODE(os.stat(window.settings.file_name()).st_mode)
    assert mode == 0o600

    # Choosing one opens it through the window's own way in.
    other = make_window()
    assert _entries(other)[1] == str(a.resolve())
    entry = next(x for x in other.recent.menu.actions() if x.data() == str(a.resolve()))
    entry.trigger()
    assert other.document.path == a
    assert other.document.session.situation.cancer_type == "Lung cancer"


def test_at_most_eight_missing_dropped_and_clear(make_window, tmp_path):
    window = make_window()
    paths = [_session_file(tmp_path, f"s{i}.json") for i in range(MAX_RECENT_FILES + 2)]
    for p in paths:
        window.save_to(p)
    listed = _entries(window)
    assert len(listed) == MAX_RECENT_FILES
    assert listed[0] == str(paths[-1].resolve())
    paths[-1].unlink()
    assert str(paths[-1].resolve()) not in _entries(window)
    assert str(paths[-1].resolve()) not in window.settings.recent_files
    clear = [a for a in window.recent.menu.actions() if a.text() == "&Clear Recent Files"][0]
    assert clear.isEnabled()
    clear.trigger()
    assert _entries(window) == [] and window.settings.recent_files == []


def test_a_file_gone_since_the_menu_opened_says_so(make_window, tmp_path):
    window = make_window()
    path = _session_file(tmp_path, "gone.json")
    window.save_to(path)
    _entries(window)
    path.unlink()
    assert window.recent.open(path) is False
    assert "gone.json" in window.last_error


def test_clinic_mode_keeps_no_recent_files(make_window, tmp_path):
    home = Settings()
    home.add_recent_file(str(_session_file(tmp_path, "before.json")))
    home.sync()
    Settings.clinic_forced = True
    window = make_window()
    assert window.clinic and window.recent is None
    titles = [a.text() for a in window.file_menu.actions()]
    assert not any("Rec" in t for t in titles), titles
    assert window.settings.recent_files == []  # not even the list from home use
    window.save_to(tmp_path / "clinic.json")
    window.settings.sync()
    assert "recent" not in Path(window.settings.file_name()).read_text(encoding="utf-8")
    # New patient forgets everything a list could hold, for home mode too.
    window.next_answer = None
    window.clinic_controller.new_patient()
    Settings.clinic_forced = False
    assert Settings().recent_files == []
