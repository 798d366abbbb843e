"""Settings survive a restart: a new process reads what the last one wrote.

(Within one process QSettings keeps what it wrote in memory, so only another process shows
what the file really says.)
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings

from decisionaid.ui.settings import Settings
from tests.conftest import REPO

READ = (
    "import sys\n"
    "from PySide6.QtCore import QSettings\n"
    "from decisionaid.ui.settings import Settings\n"
    "print(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)).language)\n"
)


def _language_after_restart(conf) -> str:
    out = subprocess.run(
        [sys.executable, "-c", READ, str(conf)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return out.stdout.strip()


def test_language_is_remembered_after_a_restart(tmp_path):
    conf = tmp_path / "decisionaid.conf"
    settings = Settings(QSettings(str(conf), QSettings.Format.IniFormat))
    settings.language = "zh-CN"
    settings._s.sync()
    assert _language_after_restart(conf) == "zh-CN"


def test_language_saved_by_earlier_versions_is_still_read(tmp_path):
    conf = tmp_path / "decisionaid.conf"
    old = QSettings(str(conf), QSettings.Format.IniFormat)
    old.setValue("general/language", "zh-CN")  # Qt writes this group as [%General]
    old.sync()
    assert "[%General]" in conf.read_text(encoding="utf-8")
    assert _language_after_restart(conf) == "zh-CN"
