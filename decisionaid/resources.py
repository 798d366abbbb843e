"""One place to find packaged files (content packs, translations, icons).

Resources live in the top-level `resources/` folder of the source tree. The packaged
app (PyInstaller) copies that folder next to the package; both layouts are found here.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    override = os.environ.get("DECISIONAID_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The program's resources folder is missing. Please reinstall.")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


def content_dir(language: str) -> Path:
    return path("content", language)


def languages() -> list[str]:
    base = path("content")
    return sorted(p.name for p in base.iterdir() if (p / "pack.toml").is_file())
