"""Fonts of one handout: registered with reportlab, and a font chosen for every character.

`font_set(language)` registers the font files `report.fontfiles` found (the program's own,
else the computer's) and returns a `FontSet`: the names for paragraph styles and a fallback
chain. Text is turned into Paragraph markup with `FontSet.markup()`: it escapes the text and
sends each run of characters to the first font in the chain that has glyphs for it. English
handouts use the Latin font first; Chinese ones the CJK font first. A character no font has
prints as a box, but never stops the export. If no CJK font is found, `FontSet.warning` says so
in words a person can act on.

Headings in a font with no bold face are emboldened by `report.embolden`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from decisionaid.i18n import _
from decisionaid.report import tounicode
from decisionaid.report.fontfiles import (
    NO_CJK_WARNING,
    FontChoice,
    FontError,
    FontFile,
    default_choice,
    font_name,
    load_font,
)
from decisionaid.report.text import clean_text, is_cjk


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


_REGISTERED: set[str] = set()


def _register(file: FontFile) -> str:
    from reportlab.pdfbase import pdfmetrics

    tounicode.install()
    name = font_name(file)
    if name not in _REGISTERED:
        font = load_font(file)
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
    cmaps = {name: load_font(files[name]).face.charToGlyph for name in files}
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
