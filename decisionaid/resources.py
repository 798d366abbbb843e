"""The one place that finds the program's data files: content packs, translations, fonts, icons.

In the source tree they live in the top-level `resources/` folder. The build (setup.py) installs
that folder as the package `decisionaid._data`, and an editable install maps the same name onto
the folder, so the installed wheel, the editable checkout and the frozen PyInstaller app all find
it the same way: `importlib.resources.files("decisionaid._data")`.

Two other ways in, both explicit:

- `DECISIONAID_RESOURCES=/some/folder` points at another copy (content authors, tests);
- a checkout run without installing (or a venv made before this mapping existed) has no
  `decisionaid._data`; then the checkout's own `resources/` beside the package is used.

A file that should be there and is not raises `ResourceError`: one sentence that names the file
and says to reinstall. It is a `UserError` (the command line prints it as one line) and a
`FileNotFoundError` (callers that fall back to English on a missing language keep doing so).
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from decisionaid.errors import UserError

PACKAGE = "decisionaid._data"


class ResourceError(UserError, FileNotFoundError):
    """A file the program ships with is missing: the installation is incomplete."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(
            f"The program's files are incomplete: {what} is missing. "
            "Please reinstall Trial Decision Aid."
        )

    def __str__(self) -> str:
        return self.args[0]


@cache
def root() -> Path:
    """The folder that holds content/, i18n/, fonts/ and icons/."""
    override = os.environ.get("DECISIONAID_RESOURCES")
    if override:
        folder = Path(override)
    else:
        try:
            folder = _package_folder()
        except ModuleNotFoundError:
            folder = Path(__file__).resolve().parent.parent / "resources"
    if not folder.is_dir():
        raise ResourceError("the folder of its data files")
    return folder


def _package_folder() -> Path:
    """The folder of the package `decisionaid._data`: where its import spec says (the wheel,
    the editable mapping), else by importlib.resources (which is slower to import: the
    frozen app and other loaders)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None:
        raise ModuleNotFoundError(PACKAGE)
    for location in spec.submodule_search_locations or ():
        if Path(location).is_dir():
            return Path(location)
    import importlib.resources as package_resources

    return Path(str(package_resources.files(PACKAGE)))


def path(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist; see `require`)."""
    return root().joinpath(*parts)


def require(*parts: str) -> Path:
    """Like `path`, but a missing file or folder raises ResourceError naming it."""
    found = path(*parts)
    if not found.exists():
        raise ResourceError("/".join(parts))
    return found


def content_dir(language: str) -> Path:
    return path("content", language)


def languages() -> list[str]:
    """The languages that have a content pack, sorted ("en", "zh-CN", ...)."""
    base = require("content")
    return sorted(p.name for p in base.iterdir() if (p / "pack.toml").is_file())


@dataclass(frozen=True)
class PackagedFont:
    """One face listed in fonts/fonts.toml."""

    path: Path
    index: int
    role: str  # "latin", "latin-bold", "cjk" or "cjk-bold"
    license: Path | None


FONT_ROLES = ("latin", "latin-bold", "cjk", "cjk-bold")


@cache
def fonts() -> tuple[PackagedFont, ...]:
    """The fonts the program carries, in the order of fonts/fonts.toml.

    Entries whose file is missing, or whose role is unknown, are left out, so the PDF and the
    window fall back to the computer's own fonts rather than fail.
    """
    from decisionaid import tomlread

    try:
        folder = path("fonts")
        manifest = tomlread.loads(
            (folder / "fonts.toml").read_text(encoding="utf-8"), folder / "fonts.toml"
        )
    except (OSError, UnicodeDecodeError, tomlread.TOMLDecodeError):
        return ()
    found: list[PackagedFont] = []
    for entry in manifest.get("font", []):
        if not isinstance(entry, dict) or entry.get("role") not in FONT_ROLES:
            continue
        file = folder / str(entry.get("file", ""))
        if not file.is_file() or file.parent != folder:
            continue
        licence = entry.get("license")
        index = entry.get("index", 0)
        found.append(
            PackagedFont(
                path=file,
                index=index if isinstance(index, int) and index >= 0 else 0,
                role=entry["role"],
                license=folder / licence if isinstance(licence, str) else None,
            )
        )
    return tuple(found)


def app_icon_dir() -> Path:
    """The PNG sizes of the app icon (icons/decisionaid-<size>.png) and its SVG source."""
    return path("icons")
