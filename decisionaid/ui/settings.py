"""User preferences (QSettings) and the private data folder for autosave."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from decisionaid.storage.files import ensure_private_dir

TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
BASE_POINT_SIZE = 12.0


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    def _get(self, key: str, default, type_):
        value = self._s.value(key, default)
        try:
            return type_(value)
        except (TypeError, ValueError):
            return default

    @property
    def text_scale(self) -> float:
        value = self._get("view/text_scale", 1.0, float)
        return min(TEXT_SCALES, key=lambda s: abs(s - value))

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._s.setValue("view/text_scale", float(value))

    @property
    def language(self) -> str:
        return self._get("general/language", "en", str)

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("general/language", value)

    @property
    def last_dir(self) -> str:
        return self._get("files/last_dir", str(Path.home()), str)

    @last_dir.setter
    def last_dir(self, value: str) -> None:
        self._s.setValue("files/last_dir", value)

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

    def sync(self) -> None:
        self._s.sync()


def data_dir() -> Path:
    """Private (0700) folder for the autosave file."""
    override = os.environ.get("DECISIONAID_DATA_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    )
    ensure_private_dir(base)
    try:
        os.chmod(base, 0o700)
    except OSError:
        pass
    return base


def autosave_path() -> Path:
    return data_dir() / "autosave.json"
