"""Long text as typed (the patient's notes), laid out in time linear in its length. No Qt.

reportlab breaks a paragraph into lines again each time it splits it across a page, so one
paragraph of N characters over P pages costs about N x P: 1 MB of notes took minutes. Here the
text becomes one paragraph per line the patient typed, and a line longer than `CHUNK_CHARS`
is cut after a sentence or a word into paragraphs of at most that many characters. Each
paragraph is then broken once or twice, whatever the text's length.

The paragraphs share one box, drawn by the frame behind them (reportlab's FrameBG), so the
notes look like one bordered block, on every page they reach, as a single paragraph did.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import FrameBG

from decisionaid.report.fonts import clean_text

if TYPE_CHECKING:
    from decisionaid.report.document import Document

# At most this many characters in one paragraph (about a third of an A4 page of body text).
CHUNK_CHARS = 800
_SENTENCE_END = re.compile(r"[.!?;。！？；…]\s*")


def chunks(line: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`line` cut into pieces of at most `limit` characters: after the last sentence end in
    the window if there is one, else after the last space, else (one very long word) at the
    limit. Joined, the pieces give back `line` (the spaces at a cut are kept)."""
    out: list[str] = []
    while len(line) > limit:
        window = line[:limit]
        cut = 0
        for mark in _SENTENCE_END.finditer(window):
            cut = mark.end()
        if cut < limit // 2:
            space = max(window.rfind(" "), window.rfind("\u3000"))
            cut = space + 1 if space >= limit // 2 else cut
        if cut < limit // 2:
            cut = limit
        out.append(line[:cut])
        line = line[cut:]
    out.append(line)
    return out


def text_block(doc: Document, text: str, style: str = "user") -> list[Flowable]:
    """`text` (plain, as typed) as bounded paragraphs in one box of `style`'s border."""
    t = doc.style[style]
    lines = [piece for line in clean_text(text).strip("\n").split("\n") for piece in chunks(line)]
    inner: dict[bool, ParagraphStyle] = {}

    def style_for(cjk: bool) -> ParagraphStyle:
        if cjk not in inner:
            base = doc.paragraph_style(style, cjk=cjk)
            inner[cjk] = ParagraphStyle(
                f"{base.name}-block",
                parent=base,
                leftIndent=t.left_indent + t.padding,
                rightIndent=t.right_indent + t.padding,
                spaceBefore=0,
                spaceAfter=0,
                borderWidth=0,
                borderPadding=0,
                borderColor=None,
                backColor=None,
            )
        return inner[cjk]

    story: list[Flowable] = [Spacer(0, t.space_before)]
    if t.border or t.background:
        story.append(
            FrameBG(
                color=colors.HexColor(t.background) if t.background else None,
                left=t.left_indent,
                right=t.right_indent,
                strokeColor=colors.HexColor(t.border) if t.border else None,
                strokeWidth=0.75 if t.border else None,
            )
        )
    story.append(Spacer(0, t.padding))
    for line in lines:
        if line.strip():
            markup = doc.fonts.markup(line, bold=t.bold, missing=doc.missing)
            story.append(Paragraph(markup, style_for(doc.fonts.has_cjk_text(line))))
        else:
            story.append(Spacer(0, t.leading))
    story.append(Spacer(0, t.padding))
    if t.border or t.background:
        story.append(FrameBG(start=False))
    story.append(Spacer(0, t.space_after))
    return story
