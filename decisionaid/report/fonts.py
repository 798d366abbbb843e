"""Fonts for the PDF handout: TrueType only, so that every font is embedded (and subset).

reportlab embeds TrueType-outline fonts (.ttf, and .ttc with a subfont index). It cannot
embed CFF/PostScript-outline fonts (most .otf files, Noto CJK), and its built-in base-14
fonts (Helvetica, ...) and CID fonts (STSong-Light) are never embedded, so they may print
differently, or as empty boxes, elsewhere. They are never used here.

`font_set(language)` finds, once per process:

- a *Latin* TrueType font with a bold face (DejaVu Sans, Liberation Sans, Arial, Segoe UI, or
  the Bitstream Vera fonts that ship inside reportlab, so there is always one), and
- a *CJK* TrueType font that covers Chinese (WenQuanYi Micro Hei, Droid Sans Fallback,
  Microsoft YaHei, SimHei, Arial Unicode, STHeiti, ...).

The fonts the program carries (`resources/fonts/fonts.toml`, read by `decisionaid.resources`:
DejaVu Sans and WenQuanYi Micro Hei) come first, so the handout prints the same on a computer
with no fonts at all; the computer's fonts are the fallback for a role the program does not
carry. `DECISIONAID_PDF_FONT` (a path, optionally `path#index` for a .ttc) forces the CJK font.

Text is turned into Paragraph markup with `FontSet.markup()`: it escapes the text and sends
each run of characters to the first font in a fallback chain that has glyphs for it. English
handouts use the Latin font first; Chinese ones the CJK font first. A character no font has
prints as a box, but never stops the export. If no CJK font is found, `FontSet.warning` says so
in words a person can act on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from struct import error as struct_error
from xml.sax.saxutils import escape

from decisionaid.i18n import N_, _
from decisionaid.report import tounicode
from decisionaid.report.text import clean_text, is_cjk

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


def _load(file: FontFile):  # -> TTFont | None
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


@dataclass
class FontSet:
    """The fonts of one handout and the fallback chain for its text.

    `regular`/`bold` are the names to put into paragraph styles; `markup()` produces text
    for those styles, switching font for characters the first font lacks.
    """

    language: str
    regular: str
    bold: str
    chain: tuple[str, ...]
    bold_chain: tuple[str, ...]
    files: dict[str, FontFile]
    has_cjk: bool
    warning: str = ""
    # True when the first bold font is the regular one (WenQuanYi Micro Hei has no bold face):
    # bold paragraphs are then emboldened by stroking the outline (`EmboldenedParagraph`).
    fake_bold: bool = False
    _cmaps: dict[str, dict[int, int]] = field(default_factory=dict, repr=False)

    # --- coverage ------------------------------------------------------------------------------
    def covers(self, ch: str) -> bool:
        """True if some font of the handout has a glyph for `ch`."""
        cp = ord(ch)
        return any(cp in self._cmaps[name] for name in self.chain)

    def font_for(self, text: str, bold: bool = False) -> str:
        """One font for a short label in a drawing: the first that has all its characters."""
        chain = self.bold_chain if bold else self.chain
        needed = {ord(c) for c in text if not c.isspace()}
        for name in chain:
            if needed <= self._cmaps[name].keys():
                return name
        # Otherwise the font that has most of them.
        return max(chain, key=lambda n: len(needed & self._cmaps[n].keys()))

    def _runs(
        self, text: str, chain: tuple[str, ...], missing: set[str] | None = None
    ) -> Iterator[tuple[str, str]]:
        """(font name, text) runs; spaces stay in the current run. Characters that no font
        has go to the first font (they print as a box) and are added to `missing`."""
        current = chain[0]
        buf: list[str] = []
        for ch in text:
            if ch.isspace():
                buf.append(ch)
                continue
            cp = ord(ch)
            font = next((n for n in chain if cp in self._cmaps[n]), None)
            if font is None:
                font = chain[0]
                if missing is not None:
                    missing.add(ch)
            if font != current and buf:
                yield current, "".join(buf)
                buf = []
            current = font
            buf.append(ch)
        if buf:
            yield current, "".join(buf)

    def markup(
        self, text: str, bold: bool = False, inline: bool = False, missing: set[str] | None = None
    ) -> str:
        """Paragraph markup for plain `text`: escaped, line breaks kept, fonts chosen.

        The paragraph's style is expected to use `regular` (or `bold` when `bold`). With
        `inline`, every run names its font, so a bold snippet can sit in a regular paragraph.
        Characters no font can print are added to `missing` (when given).
        """
        chain = self.bold_chain if bold else self.chain
        lines = clean_text(text).split("\n")
        out: list[str] = []
        for i, line in enumerate(lines):
            if i:
                out.append("<br/>")
            for font, run in self._runs(line, chain, missing):
                run = escape(run)
                if inline or font != chain[0]:
                    out.append(f'<font face="{font}">{run}</font>')
                else:
                    out.append(run)
        return "".join(out)

    def has_cjk_text(self, text: str) -> bool:
        return any(is_cjk(c) for c in text)


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
    font = _load(file)
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


_REGISTERED: set[str] = set()


def _register(file: FontFile) -> str:
    from reportlab.pdfbase import pdfmetrics

    tounicode.install()
    name = font_name(file)
    if name not in _REGISTERED:
        font = _load(file)
        if font is None:
            raise FontError(
                _("The font {file} could not be loaded for the handout.").format(file=file)
            )
        pdfmetrics.registerFont(font)
        _REGISTERED.add(name)
    return name


def is_chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def font_set(language: str = "en", choice: FontChoice | None = None) -> FontSet:
    """The registered fonts for a handout in `language` ("en", "zh-CN", ...)."""
    from reportlab.lib.fonts import addMapping

    from decisionaid.report import cjkwrap

    cjkwrap.install()  # Chinese line breaking: no line ends with （ or 「
    choice = choice or default_choice()
    latin = _register(choice.latin)
    latin_bold = _register(choice.latin_bold) if choice.latin_bold else latin
    cjk = _register(choice.cjk) if choice.cjk else None
    cjk_bold = _register(choice.cjk_bold) if choice.cjk_bold else cjk
    # <b> inside a paragraph maps to the bold face of the same family.
    for regular, bold in ((latin, latin_bold), (cjk, cjk_bold)):
        if regular and bold:
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
    if cjk and cjk_bold and is_chinese(language):
        chain: tuple[str, ...] = (cjk, latin)
        bold_chain: tuple[str, ...] = (cjk_bold, latin_bold, cjk)
    elif cjk and cjk_bold:
        chain = (latin, cjk)
        bold_chain = (latin_bold, cjk_bold, latin)
    else:
        chain = (latin,)
        bold_chain = (latin_bold, latin)
    chain = tuple(dict.fromkeys(chain))
    bold_chain = tuple(dict.fromkeys(bold_chain))
    files = {
        font_name(f): f
        for f in (choice.latin, choice.latin_bold, choice.cjk, choice.cjk_bold)
        if f is not None
    }
    cmaps = {name: _load(files[name]).face.charToGlyph for name in files}
    return FontSet(
        language=language,
        regular=chain[0],
        bold=bold_chain[0],
        chain=chain,
        bold_chain=bold_chain,
        files={name: files[name] for name in dict.fromkeys(chain + bold_chain)},
        has_cjk=cjk is not None,
        warning="" if cjk is not None else _(NO_CJK_WARNING),
        fake_bold=bold_chain[0] == chain[0],
        _cmaps=cmaps,
    )


# --- emboldening -------------------------------------------------------------------------------
# Stroke width as a share of the font size: 3% thickens each stroke by about a quarter, like a
# bold face, and keeps the counters of dense characters (餐, 警) open at 10 pt and up.
EMBOLDEN = 0.03


def emboldened_paragraph_class():
    """A reportlab Paragraph that fills *and strokes* its glyph outlines (PDF text render
    mode 2), so a heading stands out in a font that has no bold face. The stroke is in the
    text colour, with round joins (no spikes at sharp corners). Imported lazily: reportlab
    is heavy."""
    global _EMBOLDENED
    if _EMBOLDENED is None:
        from reportlab.platypus import Paragraph

        class EmboldenedParagraph(Paragraph):
            def draw(self) -> None:
                canv = self.canv
                canv.saveState()
                canv.setStrokeColor(self.style.textColor)
                canv.setLineWidth(self.style.fontSize * EMBOLDEN)
                canv.setLineJoin(1)
                # Text state operators may stand outside a text object and last until the
                # graphics state is restored (PDF 32000-1, 9.3.1): every line of the
                # paragraph is drawn with fill then stroke.
                canv._code.append("2 Tr")
                try:
                    super().draw()
                finally:
                    canv._code.append("0 Tr")
                    canv.restoreState()

        _EMBOLDENED = EmboldenedParagraph
    return _EMBOLDENED


_EMBOLDENED = None


@cache
def default_choice() -> FontChoice:
    """The fonts of this computer (searched once per process)."""
    return find_fonts()


def font_warning() -> str:
    """A sentence for the user if Chinese text cannot be printed properly, else ""."""
    return "" if default_choice().cjk is not None else _(NO_CJK_WARNING)
