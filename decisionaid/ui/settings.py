"""User preferences (QSettings), the counselor profile, clinic mode, and the private data folder.

Where the settings live (QSettings, organisation "TrialDecisionAid", application "decisionaid"):

- Linux: `~/.config/TrialDecisionAid/decisionaid.conf`; administrators:
  `/etc/xdg/TrialDecisionAid/decisionaid.conf`
- Windows: registry `HKEY_CURRENT_USER\\Software\\TrialDecisionAid\\decisionaid`; administrators:
  `HKEY_LOCAL_MACHINE\\Software\\TrialDecisionAid\\decisionaid`
- macOS: `~/Library/Preferences/com.trialdecisionaid.decisionaid.plist`; administrators:
  `/Library/Preferences/com.trialdecisionaid.decisionaid.plist`

An administrator locks clinic mode by setting `clinic/locked=true` and `clinic/mode=true` in the
system-wide place. The counselor profile is stored here, never in a patient's session.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from decisionaid.languages import is_available
from decisionaid.storage.files import ensure_private_dir, make_private

TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
BASE_POINT_SIZE = 12.0
IDLE_MINUTES_DEFAULT = 10
IDLE_MINUTES_RANGE = (1, 120)
MAX_RECENT_FILES = 8


def _true(value) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class Settings:
    # Set by `decisionaid --clinic` for this run only.
    clinic_forced = False

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()
        self._system: QSettings | None = None

    def _get(self, key: str, default, type_):
        value = self._s.value(key, default)
        try:
            return type_(value)
        except (TypeError, ValueError):
            return default

    # --- the system-wide (administrator) settings ------------------------------------------
    def system(self) -> QSettings:
        if self._system is None:
            self._system = QSettings(
                self._s.format(),
                QSettings.Scope.SystemScope,
                self._s.organizationName() or "TrialDecisionAid",
                self._s.applicationName() or "decisionaid",
            )
        return self._system

    @property
    def clinic_locked(self) -> bool:
        """True when an administrator fixed clinic mode for every user of this computer."""
        return _true(self.system().value("clinic/locked", False))

    @property
    def clinic_mode(self) -> bool:
        """Clinic mode: nothing about a patient is written to disk unless saved on purpose
        (no autosave, no recent files, no last folder)."""
        if Settings.clinic_forced:
            return True
        if self.clinic_locked:
            return _true(self.system().value("clinic/mode", False))
        return _true(self._s.value("clinic/mode", False))

    @clinic_mode.setter
    def clinic_mode(self, on: bool) -> None:
        if not self.clinic_locked:
            self._s.setValue("clinic/mode", "true" if on else "false")

    @property
    def idle_minutes(self) -> int:
        value = self._get("clinic/idle_minutes", IDLE_MINUTES_DEFAULT, int)
        lo, hi = IDLE_MINUTES_RANGE
        return value if lo <= value <= hi else IDLE_MINUTES_DEFAULT

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        lo, hi = IDLE_MINUTES_RANGE
        self._s.setValue("clinic/idle_minutes", int(min(hi, max(lo, value))))

    # --- the counselor profile ---------------------------------------------------------------
    def profile(self, key: str) -> str:
        """One text of the counselor profile: name, clinic, country, currency, trial_folder."""
        return self._get(f"profile/{key}", "", str)

    def set_profile(self, key: str, value: str) -> None:
        self._s.setValue(f"profile/{key}", value)

    # --- view and files ----------------------------------------------------------------------
    @property
    def text_scale(self) -> float:
        value = self._get("view/text_scale", 1.0, float)
        return min(TEXT_SCALES, key=lambda s: abs(s - value))

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._s.setValue("view/text_scale", float(value))

    # Not "general/language": Qt's INI files (the native format on Linux) write a group called
    # "general" as [%General] and read it back as "General", so the choice was lost at restart.
    # The value saved under that old name is still read.
    @property
    def language(self) -> str:
        keys = ("interface/language", "General/language", "general/language")
        key = next((k for k in keys if self._s.contains(k)), keys[0])
        value = self._get(key, "en", str)
        return value if is_available(value) else "en"

    @language.setter
    def language(self, value: str) -> None:
        if is_available(value):
            self._s.setValue("interface/language", value)

    @property
    def last_dir(self) -> str:
        """The folder the file dialogs start in. Never remembered in clinic mode."""
        if self.clinic_mode:
            return documents_dir()
        return self._get("files/last_dir", documents_dir(), str)

    @last_dir.setter
    def last_dir(self, value: str) -> None:
        if self.clinic_mode:
            self._s.remove("files/last_dir")
        else:
            self._s.setValue("files/last_dir", value)

    @property
    def last_trial_dir(self) -> str:
        """The last folder a trial file was opened from ("" if none; never in clinic mode)."""
        if self.clinic_mode:
            return ""
        return self._get("files/last_trial_dir", "", str)

    @last_trial_dir.setter
    def last_trial_dir(self, value: str) -> None:
        if self.clinic_mode:
            self._s.remove("files/last_trial_dir")
        else:
            self._s.setValue("files/last_trial_dir", value)

    @property
    def trial_dir(self) -> str:
        """Where the trial-file dialog starts: the counselor profile's folder of prepared
        trial files if set, else the last folder used for trial files, else Documents."""
        for folder in (self.profile("trial_folder"), self.last_trial_dir):
            if folder and os.path.isdir(folder):
                return folder
        return documents_dir()

    # --- recent files (File > Open Recent; never in clinic mode) ------------------------------
    @property
    def recent_files(self) -> list[str]:
        """Session files opened or saved lately, newest first (none in clinic mode)."""
        if self.clinic_mode:
            return []
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT_FILES]

    def add_recent_file(self, path: str) -> None:
        if self.clinic_mode:
            self._s.remove("files/recent")
            return
        kept = [p for p in self.recent_files if p != path]
        self._s.setValue("files/recent", [path, *kept][:MAX_RECENT_FILES])

    def set_recent_files(self, paths: list[str]) -> None:
        if self.clinic_mode or not paths:
            self._s.remove("files/recent")
        else:
            self._s.setValue("files/recent", list(paths)[:MAX_RECENT_FILES])

    def forget_folders(self) -> None:
        """Forget every remembered folder and recent file: ours and the Qt file dialog's own."""
        self._s.remove("files/last_dir")
        self._s.remove("files/last_trial_dir")
        self._s.remove("files/recent")
        # QFileDialog keeps its own history in QSettings(UserScope, "QtProject") (native format).
        qt = QSettings(QSettings.Scope.UserScope, "QtProject")
        qt.remove("FileDialog")
        qt.sync()
        make_private(qt.fileName())

    @property
    def geometry(self):
        return self._s.value("window/geometry")

    @geometry.setter
    def geometry(self, value) -> None:
        self._s.setValue("window/geometry", value)

    def get(self, key: str, default: str = "") -> str:
        return self._get(key, default, str)

    def set(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    def file_name(self) -> str:
        return self._s.fileName()

    def sync(self) -> None:
        """Write the settings, owner-only (0600) in a 0700 folder, whatever the umask."""
        name = self._s.fileName()
        folder = Path(name).parent if name and os.path.isabs(name) else None
        if folder is not None and folder.name == (self._s.organizationName() or "x"):
            try:
                ensure_private_dir(folder)
            except OSError:
                pass
        self._s.sync()
        if name and os.path.isabs(name):
            make_private(name)


def documents_dir() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else str(Path.home())


def data_dir() -> Path:
    """Private (0700) folder for the autosave file. Raises WriteError (a symlink is refused)."""
    override = os.environ.get("DECISIONAID_DATA_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    )
    return ensure_private_dir(base)


def autosave_path() -> Path:
    return data_dir() / "autosave.json"


def lock_path() -> Path:
    return data_dir() / "running.lock"
