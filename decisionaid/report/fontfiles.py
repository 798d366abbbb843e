"""Font files for the PDF handout: where to find them, and which ones reportlab can embed.

reportlab embeds TrueType-outline fonts (.ttf, and .ttc with a subfont index). It cannot
embed CFF/PostScript-outline fonts (most .otf files, Noto CJK), and its built-in base-14
fonts (Helvetica, ...) and CID fonts (STSong-Light) are never embedded, so they may print
differently, or as empty boxes, elsewhere. They are never used here.

`find_fonts()` (once per process through `default_choice()`) finds

- a *Latin* TrueType font with a bold face (DejaVu Sans, Liberation Sans, Arial, Segoe UI, or
  the Bitstream Vera fonts that ship inside reportlab, so there is always one), and
- a *CJK* TrueType font that covers Chinese (WenQuanYi Micro Hei, Droid Sans Fallback,
  Microsoft YaHei, SimHei, Arial Unicode, STHeiti, ...).

The fonts the program carries (`resources/fonts/fonts.toml`, read by `decisionaid.resources`:
DejaVu Sans and WenQuanYi Micro Hei) come first, so the handout prints the same on a computer
with no fonts at all; the computer's fonts are the fallback for a role the program does not
carry. `DECISIONAID_PDF_FONT` (a path, optionally `path#index` for a .ttc) forces the CJK font.

Registering the chosen files and choosing a font per character is `report.fonts`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from struct import error as struct_error

from decisionaid.i18n import N_, _

# A character every CJK candidate must have: 中 (U+4E2D), plus a common punctuation mark.
_CJK_PROBE = (0x4E2D, 0x6587, 0x3002)

NO_CJK_WARNING = N_(
    "No Chinese font was found on this computer, so Chinese text in the handout may print as "
    "empty boxes. Install the free font WenQuanYi Micro Hei (Linux: fonts-wqy-microhei), or "
    "Microsoft YaHei (Windows), and export again."
)


class FontError(RuntimeError):
    """No usable TrueType font at all (reportlab's own fonts are missing)."""


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0

    def __str__(self) -> str:
        return f"{self.path}#{self.index}" if self.index else str(self.path)


# --- where to look -----------------------------------------------------------------------------
# (regular, bold or None). Bold may be missing: the regular face is then used for headings.
_LATIN_NAMES: tuple[tuple[str, str | None], ...] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),  # Windows
    ("Arial.ttf", "Arial Bold.ttf"),  # macOS
    ("segoeui.ttf", "segoeuib.ttf"),
    ("verdana.ttf", "verdanab.ttf"),
    ("Verdana.ttf", "Verdana Bold.ttf"),
)
_CJK_NAMES: tuple[tuple[str, int, str | None], ...] = (
    ("wqy-microhei.ttc", 0, None),
    ("DroidSansFallbackFull.ttf", 0, None),
    ("DroidSansFallback.ttf", 0, None),
    ("wqy-zenhei.ttc", 0, None),
    ("msyh.ttc", 0, "msyhbd.ttc"),  # Microsoft YaHei (Windows)
    ("msyh.ttf", 0, "msyhbd.ttf"),
    ("Deng.ttf", 0, "Dengb.ttf"),  # DengXian (Windows)
    ("simhei.ttf", 0, None),
    ("simsun.ttc", 0, None),
    ("Arial Unicode.ttf", 0, None),  # macOS
    ("ARIALUNI.TTF", 0, None),
    ("STHeiti Light.ttc", 0, "STHeiti Medium.ttc"),  # macOS
    ("uming.ttc", 0, None),
)


def packaged_fonts() -> dict[str, list[FontFile]]:
    """role ("latin", "latin-bold", "cjk", "cjk-bold") -> the program's own font files."""
    from decisionaid import resources

    try:
        listed = resources.fonts()
    except FileNotFoundError:
        listed = ()
    roles: dict[str, list[FontFile]] = {}
    for font in listed:
        roles.setdefault(font.role, []).append(FontFile(font.path, font.index))
    return roles


def system_font_dirs() -> list[Path]:
    """Font folders of this computer, most specific first."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            home / "Library" / "Fonts",
            Path("/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/System/Library/Fonts"),
        ]
    else:
        data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
        dirs += [data_home / "fonts", home / ".fonts"]
        for base in (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":"):
            if base:
                dirs.append(Path(base) / "fonts")
    seen: set[Path] = set()
    return [d for d in dirs if not (d in seen or seen.add(d))]


def _index_dirs(dirs: Iterable[Path]) -> dict[str, Path]:
    """File name (lower case) -> first path found, searching folders recursively in order."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, subdirs, files in os.walk(folder):
            subdirs.sort()
            for name in sorted(files):
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def _reportlab_font_dir() -> Path:
    import reportlab

    return Path(reportlab.__file__).resolve().parent / "fonts"


# --- loading -----------------------------------------------------------------------------------
_PARSED: dict[FontFile, object] = {}


def font_name(file: FontFile) -> str:
    """The reportlab name a file is registered under: one name per file, never reused."""
    stem = "".join(c if c.isalnum() else "-" for c in file.path.stem)
    return f"TDA-{stem}-{file.index}"


def load_font(file: FontFile):  # -> TTFont | None
    """A parsed reportlab TTFont for `file` (cached), or None if reportlab cannot embed it."""
    if file in _PARSED:
        return _PARSED[file]
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(font_name(file), str(file.path), subfontIndex=file.index)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError, struct_error):
        # CFF outlines, damaged files, missing subfont in a collection, unreadable file.
        font = None
    _PARSED[file] = font
    return font


def _covers_cjk(font) -> bool:
    cmap = font.face.charToGlyph
    return all(cp in cmap for cp in _CJK_PROBE)


def _forced_cjk() -> FontFile | None:
    value = os.environ.get("DECISIONAID_PDF_FONT", "").strip()
    if not value:
        return None
    path, _, index = value.partition("#")
    return FontFile(Path(path), int(index) if index.isdigit() else 0)


# --- discovery ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class FontChoice:
    latin: FontFile
    latin_bold: FontFile | None
    cjk: FontFile | None
    cjk_bold: FontFile | None


def _usable(file: FontFile | None, cjk: bool = False) -> bool:
    if file is None:
        return False
    font = load_font(file)
    return font is not None and (not cjk or _covers_cjk(font))


def find_fonts(
    dirs: list[Path] | None = None, packaged: dict[str, list[FontFile]] | None = None
) -> FontChoice:
    """Find the Latin and CJK TrueType files (parsed, not yet registered).

    By default the program's own fonts (`packaged_fonts()`) come first, then the system's font
    folders; `dirs` and `packaged` replace them (for tests: `dirs` alone means no packaged
    fonts). reportlab's own Vera fonts are the Latin last resort, so there is always one.
    """
    if dirs is None:
        dirs = system_font_dirs()
        if packaged is None:
            packaged = packaged_fonts()
    packaged = packaged or {}

    def first(role: str, cjk: bool = False) -> FontFile | None:
        return next((f for f in packaged.get(role, ()) if _usable(f, cjk=cjk)), None)

    index = _index_dirs(dirs)
    latin = first("latin")
    latin_bold = first("latin-bold") if latin else None
    if latin is None:
        for regular, bold in _LATIN_NAMES:
            path = index.get(regular.lower())
            if path and _usable(FontFile(path)):
                latin = FontFile(path)
                bold_path = index.get(bold.lower()) if bold else None
                if bold_path and _usable(FontFile(bold_path)):
                    latin_bold = FontFile(bold_path)
                break
    if latin is None:
        rl = _reportlab_font_dir()
        if not _usable(FontFile(rl / "Vera.ttf")):
            raise FontError(
                _("No TrueType font was found for the handout. Please reinstall the program.")
            )
        latin, latin_bold = FontFile(rl / "Vera.ttf"), FontFile(rl / "VeraBd.ttf")
        if not _usable(latin_bold):
            latin_bold = None

    candidates: list[tuple[FontFile, FontFile | None]] = []
    forced = _forced_cjk()
    if forced:
        candidates.append((forced, None))
    carried = first("cjk", cjk=True)
    if carried:
        candidates.append((carried, first("cjk-bold", cjk=True)))
    for name, idx, bold in _CJK_NAMES:
        path = index.get(name.lower())
        if path:
            bold_path = index.get(bold.lower()) if bold else None
            candidates.append(
                (FontFile(path, idx), FontFile(bold_path, idx) if bold_path else None)
            )
    cjk: FontFile | None = None
    cjk_bold: FontFile | None = None
    for regular_file, bold_file in candidates:
        if _usable(regular_file, cjk=True):
            cjk = regular_file
            cjk_bold = bold_file if _usable(bold_file, cjk=True) else None
            break
    return FontChoice(latin, latin_bold, cjk, cjk_bold)


@cache
def default_choice() -> FontChoice:
    """The fonts of this computer (searched once per process)."""
    return find_fonts()


def font_warning() -> str:
    """A sentence for the user if Chinese text cannot be printed properly, else ""."""
    return "" if default_choice().cjk is not None else _(NO_CJK_WARNING)
