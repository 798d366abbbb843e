"""Test setup: offscreen Qt, and settings/data folders pointed at a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "ctgov"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Tests never touch the real user's settings or autosave."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DECISIONAID_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - the domain tests run without Qt too
        yield home
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(home / "system-config")
    )
    from decisionaid.ui.settings import Settings

    Settings.clinic_forced = False
    yield home
    Settings.clinic_forced = False


@pytest.fixture
def content():
    from decisionaid.content.loader import load

    return load("en")


@pytest.fixture
def demo(content):
    from decisionaid.model.demo import demo_session

    return demo_session(content)
