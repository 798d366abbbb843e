"""Chinese line breaking for reportlab paragraphs (`wordWrap='CJK'`). No Qt.

reportlab's CJK splitter keeps one closing mark (。，、；：？！）」…) off the start of a line by
letting it hang in the margin, but it lets a line end with an opening mark such as （ or 「,
and after a run of Latin text it can still start a line with a closing mark. Chinese
typesetting forbids both. `install()` wraps reportlab's two CJK splitters (one for paragraphs
in one font, one for mixed fonts) and repairs their lines:

- an opening mark at the end of a line moves to the start of the next line;
- a closing mark at the start of a line moves up to hang at the end of the line before.
"""

from __future__ import annotations

from reportlab.lib.textsplit import ALL_CANNOT_START, CANNOT_END_LINE
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph

# Opening marks that must not end a line: reportlab's strict list plus the full-width ones.
CANNOT_END = frozenset(CANNOT_END_LINE[0] + "（「『《〈【〔〖“‘")
CANNOT_START = frozenset(ALL_CANNOT_START + "。，、；：？！）」』》〉】〕〗”’")

_original_word_split = _paragraph.wordSplit
_original_frag_split = _paragraph.cjkFragSplit


def fix_text_lines(lines: list[list], font: str, size: float) -> list[list]:
    """Repair `[extra space, text]` lines from reportlab's `wordSplit`."""

    def width(ch: str) -> float:
        return stringWidth(ch, font, size)

    for k in range(len(lines) - 1):
        here, there = lines[k], lines[k + 1]
        # Opening marks move down (never all of a line).
        while len(here[1]) > 1 and here[1][-1] in CANNOT_END:
            ch = here[1][-1]
            here[1], there[1] = here[1][:-1], ch + there[1]
            here[0] += width(ch)
            there[0] -= width(ch)
        # Closing marks move up and hang (never all of a line).
        while len(there[1]) > 1 and there[1][0] in CANNOT_START:
            ch = there[1][0]
            here[1], there[1] = here[1] + ch, there[1][1:]
            here[0] -= width(ch)
            there[0] += width(ch)
    return lines


def _word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: N803
    lines = _original_word_split(word, maxWidths, fontName, fontSize, encoding)
    return fix_text_lines([list(line) for line in lines], fontName, fontSize)


def _frag_text(line) -> str:
    return "".join(getattr(w, "text", "") for w in line.words)


def _move_last_char_down(here, there) -> None:
    last = here.words[-1]
    ch = last.text[-1]
    w = stringWidth(ch, last.fontName, last.fontSize)
    last.text = last.text[:-1]
    if not last.text:
        here.words.pop()
    first = there.words[0] if there.words else None
    if first is not None and _paragraph.sameFrag(first, last):
        first.text = ch + first.text
    else:
        moved = last.clone()
        moved.text = ch
        there.words.insert(0, moved)
    here.extraSpace += w
    here.currentWidth -= w
    there.extraSpace -= w
    there.currentWidth += w


def _move_first_char_up(here, there) -> None:
    first = there.words[0]
    ch = first.text[0]
    w = stringWidth(ch, first.fontName, first.fontSize)
    first.text = first.text[1:]
    if not first.text:
        there.words.pop(0)
    last = here.words[-1] if here.words else None
    if last is not None and _paragraph.sameFrag(first, last):
        last.text = last.text + ch
    else:
        moved = first.clone()
        moved.text = ch
        here.words.append(moved)
    here.extraSpace -= w
    here.currentWidth += w
    there.extraSpace += w
    there.currentWidth -= w


def _frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: N803
    result = _original_frag_split(frags, maxWidths, calcBounds, encoding)
    lines = result.lines
    for k in range(len(lines) - 1):
        here, there = lines[k], lines[k + 1]
        if getattr(here, "lineBreak", False):
            continue  # a forced break (<br/>) stays where the text put it
        while len(_frag_text(here)) > 1 and _frag_text(here)[-1] in CANNOT_END:
            _move_last_char_down(here, there)
        while len(_frag_text(there)) > 1 and _frag_text(there)[0] in CANNOT_START:
            _move_first_char_up(here, there)
    return result


def install() -> None:
    """Use the repaired splitters for every CJK paragraph (idempotent)."""
    _paragraph.wordSplit = _word_split
    _paragraph.cjkFragSplit = _frag_split
