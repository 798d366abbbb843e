"""Every style of the handout, as plain data. No Qt, no reportlab.

`handout_style(paper, large_print)` gives a `HandoutStyle`: the page, the margins, the colours
(Okabe–Ito, safe for colour-blind readers) and one `TextStyle` per kind of text. The builder turns
them into reportlab paragraph styles; the drawings read the palette and sizes from here too.

Sizes follow print-readability advice for older readers: body text 12 pt in normal print and
15 pt in large print (at least 14 pt), generous line spacing, no text smaller than 9 pt (12 pt in
large print), left-aligned (never justified), dark text on white.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from decisionaid.colours import OKABE_ITO, SERIES

Paper = Literal["a4", "letter"]

MM = 72.0 / 25.4  # points per millimetre
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "a4": (210 * MM, 297 * MM),  # 595.3 x 841.9 pt
    "letter": (612.0, 792.0),  # 8.5 x 11 in
}


@dataclass(frozen=True)
class Palette:
    """The handout's colours (hex): text and rules, and the roles of the chart colours, which
    are the screen's (Okabe–Ito, `decisionaid.colours`). Charts never rely on colour alone:
    labels and patterns too."""

    ink: str = "#1A1A1A"
    muted: str = "#4D4D4D"
    rule: str = "#9A9A9A"
    faint: str = "#EDEDED"
    panel: str = "#F3F6F9"
    heading: str = "#0B3C5D"
    unaffected: str = "#D9D9D9"
    # Roles, by Okabe–Ito name
    benefit: str = OKABE_ITO["blue"]
    risk: str = OKABE_ITO["vermillion"]
    affected: str = OKABE_ITO["blue"]

    @staticmethod
    def okabe(name: str) -> str:
        """An Okabe–Ito colour by name ("blue", "sky_blue", ...)."""
        return OKABE_ITO[name]

    @staticmethod
    def series() -> tuple[str, ...]:
        """Colours for groups and stacked parts, in the screen's order."""
        return tuple(OKABE_ITO[name] for name in SERIES)


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    bold: bool = False
    color: str = "#1A1A1A"
    space_before: float = 0.0
    space_after: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    # Hanging indent for lists: the bullet sits at left_indent - bullet_gap.
    bullet_gap: float = 0.0
    # 0 left, 1 centre, 2 right (never justified: ragged right reads more easily).
    align: int = 0
    background: str | None = None
    border: str | None = None
    padding: float = 0.0


@dataclass(frozen=True)
class HandoutStyle:
    paper: Paper
    large_print: bool
    page_size: tuple[float, float]
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    text: dict[str, TextStyle]
    palette: Palette = field(default_factory=Palette)
    # Drawings scale their fonts and marks by this (1.0 normal, ~1.25 large print).
    chart_scale: float = 1.0
    # Chart text sizes
    chart_font: float = 9.0
    chart_small_font: float = 8.0
    # Widths of lines and boxes
    rule_width: float = 0.75

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.margin_top - self.margin_bottom

    def __getitem__(self, name: str) -> TextStyle:
        return self.text[name]


def _text_styles(body: float, palette: Palette) -> dict[str, TextStyle]:
    """All text styles, scaled from the body size."""
    lead = 1.38
    small = max(10.0, round(body * 0.83, 1))
    note = body

    def heading(size: float, leading: float, before: float, after: float) -> TextStyle:
        """A heading in the heading colour; sizes and spaces are multiples of the body size."""
        return TextStyle(
            body * size,
            body * leading,
            bold=True,
            color=palette.heading,
            space_before=body * before,
            space_after=body * after,
        )

    def bullet(size: float, leading: float, after: float, color: str = palette.ink) -> TextStyle:
        """A list item with a hanging bullet; spaces are multiples of its own size."""
        return TextStyle(
            size,
            size * leading,
            color=color,
            left_indent=size * 1.6,
            bullet_gap=size * 1.6,
            space_after=size * after,
        )

    return {
        "body": TextStyle(body, body * lead, space_after=body * 0.45),
        "body_tight": TextStyle(body, body * lead * 0.95),
        "small": TextStyle(small, small * 1.32, color=palette.muted, space_after=small * 0.3),
        "footer": TextStyle(small, small * 1.2, color=palette.muted),
        "kicker": TextStyle(small, small * 1.3, bold=True, color=palette.muted, space_after=2),
        "title": TextStyle(
            min(body * 1.75, 24.0),
            min(body * 2.1, 28.5),
            bold=True,
            color=palette.heading,
            space_after=body * 0.3,
        ),
        "h1": heading(1.5, 1.85, before=0.4, after=0.5),
        "h2": heading(1.2, 1.5, before=0.9, after=0.35),
        "h3": TextStyle(
            body * 1.05, body * 1.35, bold=True, space_before=body * 0.5, space_after=body * 0.15
        ),
        # Page 1: "Leaning now | Probably join"
        "label": TextStyle(body * 0.92, body * 1.25, bold=True, color=palette.muted),
        "value": TextStyle(body * 1.08, body * 1.4, bold=True),
        "value_note": TextStyle(body * 0.92, body * 1.3, color=palette.ink),
        "bullet": bullet(body, lead, after=0.3),
        "bullet_small": bullet(small, 1.32, after=0.2, color=palette.muted),
        # Evidence notes ("how likely"), chart captions, who pays: body size and dark, never
        # small grey print, because they carry the numbers.
        "note": TextStyle(note, note * 1.36, space_after=body * 0.35),
        "caption": TextStyle(note, note * 1.36, space_after=body * 0.6),
        "bullet_note": bullet(note, 1.36, after=0.3),
        "chart_title": TextStyle(body * 1.02, body * 1.3, bold=True, space_before=body * 0.6),
        # The patient's own words, in a thin frame (the padding sits outside the text box).
        "user": TextStyle(
            body,
            body * lead,
            left_indent=body * 0.5,
            right_indent=body * 0.5,
            space_before=body * 0.75,
            space_after=body * 1.0,
            border=palette.rule,
            padding=body * 0.5,
        ),
        "tag": TextStyle(small, small * 1.25, bold=True, color="#FFFFFF", align=1),
        # The option grid: small but dark (it carries facts); what the patient typed stands
        # out in the heading colour; sources are grey.
        "grid": TextStyle(small, small * 1.3, space_after=small * 0.3),
        "grid_head": TextStyle(small, small * 1.3, bold=True),
        "grid_typed": TextStyle(small, small * 1.3, color=palette.heading, space_after=small * 0.3),
        "grid_source": TextStyle(small, small * 1.2, color=palette.muted),
        # A shaded box; the padding is inside the margins (indents), so the box lines up with
        # the tables.
        "box": TextStyle(
            body,
            body * lead,
            background=palette.panel,
            padding=body * 0.6,
            left_indent=body * 0.6,
            right_indent=body * 0.6,
            space_before=body * 0.9,
            space_after=body * 1.0,
        ),
    }


def handout_style(paper: str = "a4", large_print: bool = False) -> HandoutStyle:
    """The handout's styles for `paper` ("a4" or "letter") and normal or large print."""
    key = paper.lower()
    if key not in PAPER_SIZES:
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    palette = Palette()
    body = 15.0 if large_print else 12.0
    margin = (16 if large_print else 18) * MM
    scale = 1.25 if large_print else 1.0
    return HandoutStyle(
        paper=key,  # type: ignore[arg-type]
        large_print=large_print,
        page_size=PAPER_SIZES[key],
        margin_left=margin,
        margin_right=margin,
        margin_top=margin,
        margin_bottom=margin + (6 if large_print else 4) * MM,
        text=_text_styles(body, palette),
        palette=palette,
        chart_scale=scale,
        chart_font=round(9.5 * scale, 1),
        chart_small_font=round(8.5 * scale, 1),
    )


def with_text(style: HandoutStyle, name: str, **changes: object) -> HandoutStyle:
    """A copy of `style` with one text style changed (for callers that need a variant)."""
    text = dict(style.text)
    text[name] = replace(text[name], **changes)  # type: ignore[arg-type]
    return replace(style, text=text)
