"""Named, reusable parts of the handout: table styles and flowables. No Qt.

Every table of the handout is built here, so its look is written once:

    key_facts_table()    page 1's answers: label column shaded, boxed
    ranked_table()       page 1's "what matters most": tag, item, rating
    money_table()        the cost estimate: header rule, striped rows, totals in bold
    blank_money_table()  the blank handout's cost form, a grid to fill in
    tick_box_table()     the blank handout's rating boxes 0-4
    write_in_lines()     ruled lines to write on

and the flowables: `figure()` (a chart with its title, drawing and words, the drawing
shrinking a little to fit: `flowables.FitFigure`) and
`stacked_height()` (how tall a list of flowables is, to decide what fits on a page).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from decisionaid.report.flowables import FitFigure

if TYPE_CHECKING:
    from decisionaid.report.document import Document
    from decisionaid.report.drawings import Figure

# Larger than any page, for measuring flowables without a limit.
UNLIMITED = float(0xFFFFFFF)


def stacked_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height of `flowables` set one under the other in a frame `width` wide, with the
    space between two of them the larger of the first's space after and the second's space
    before (as a frame sets them)."""
    total = 0.0
    space_after: float | None = None
    for flowable in flowables:
        _, height = flowable.wrapOn(None, width, UNLIMITED)
        if height <= 1e-5:
            continue
        if space_after is not None:
            total += max(space_after, flowable.getSpaceBefore())
        total += height
        space_after = flowable.getSpaceAfter()
    return total


def hex_color(value: str) -> colors.Color:
    return colors.HexColor(value)


def table_style(doc: Document, commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """Table commands, after setting our font for any plain-string cell (the default,
    Helvetica, is not embedded and must not appear in the PDF)."""
    body = doc.style["body"]
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), doc.fonts.regular),
            ("FONTSIZE", (0, 0), (-1, -1), body.size),
            ("LEADING", (0, 0), (-1, -1), body.leading),
            *commands,
        ]
    )


def padding(amount: float, left: float | None = None) -> list[tuple[Any, ...]]:
    """Cell padding on all four sides (`left` if the left side differs)."""
    return [
        ("TOPPADDING", (0, 0), (-1, -1), amount),
        ("BOTTOMPADDING", (0, 0), (-1, -1), amount),
        ("LEFTPADDING", (0, 0), (-1, -1), amount if left is None else left),
        ("RIGHTPADDING", (0, 0), (-1, -1), amount),
    ]


# --- tables -----------------------------------------------------------------------------------
def key_facts_table(
    doc: Document, rows: Sequence[tuple[Flowable, list[Flowable]]], label_width: float
) -> Table:
    """Label and value rows in a box, the labels on a shaded column."""
    st = doc.style
    pad = st["body"].size * 0.45
    return boxed_rows(
        doc,
        [[label, value] for label, value in rows],
        [label_width, st.frame_width - label_width],
        valign="TOP",
        box=(1, st.palette.heading),
        pad=(pad, pad * 1.2),
        extra=[("BACKGROUND", (0, 0), (0, -1), hex_color(st.palette.panel))],
    )


def ranked_table(
    doc: Document, rows: Sequence[tuple[Paragraph, Paragraph, Paragraph, str]]
) -> Table:
    """Rows of (tag, item, rating, tag colour): the tag cell carries the colour as well as
    the word (BENEFIT / RISK), so it reads without colour."""
    st = doc.style
    width = st.frame_width
    tag_w = width * 0.16
    rate_w = width * 0.27
    pad = st["body"].size * 0.4
    return boxed_rows(
        doc,
        [[tag, item, rating] for tag, item, rating, _color in rows],
        [tag_w, width - tag_w - rate_w, rate_w],
        valign="MIDDLE",
        box=(0.75, st.palette.rule),
        pad=(pad, pad),
        extra=[
            ("BACKGROUND", (0, row), (0, row), hex_color(color))
            for row, (*_cells, color) in enumerate(rows)
        ],
    )


def boxed_rows(
    doc: Document,
    data: list[list[Any]],
    widths: list[float],
    valign: str,
    box: tuple[float, str],
    pad: tuple[float, float],
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """Rows in a box of (line width, colour), a thin rule between rows; `pad` is (all sides,
    left side)."""
    table = Table(data, colWidths=widths, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, hex_color(doc.style.palette.rule)),
        ("BOX", (0, 0), (-1, -1), box[0], hex_color(box[1])),
        *padding(pad[0], left=pad[1]),
        *extra,
    ]
    table.setStyle(table_style(doc, commands))
    return table


def money_table(doc: Document, header: list[str], rows: list[list[str]], bold_from: int) -> Table:
    """The cost estimate: a header row, the items, and from `bold_from` on the totals in bold
    under a rule. The header repeats if the table runs onto a second page.

    An amount never breaks across lines: each amount column is as wide as its widest amount
    (right-aligned, as figures are compared down a column), and only if the amounts cannot
    fit beside the item names is the table's type made smaller (never below 70%)."""
    st = doc.style
    width = st.frame_width
    n = len(header)
    side = st["body"].size * 0.4  # left and right padding of each cell
    styles = ["value" if i >= bold_from else "body_tight" for i in range(len(rows))]
    # The widest amount of each column at full size (header words may wrap, amounts not).
    widest = [0.0] * n
    for row, style in zip(rows, styles, strict=True):
        bold = doc.style[style].bold
        for col in range(1, n):
            widest[col] = max(widest[col], text_width(doc, row[col], style, bold))
    label_min = width * 0.24
    room = width - label_min - (n - 1) * (2 * side + 1)
    needed = sum(widest[1:])
    scale = 1.0 if needed <= room else max(0.7, room / needed)
    amount_w = [widest[col] * scale + 2 * side + 1 for col in range(1, n)]
    # Equal amount columns when they fit (a calmer table); else each as wide as it needs.
    if max(amount_w) * (n - 1) <= width - label_min:
        amount_w = [max(amount_w, default=0.0)] * (n - 1)
    first = width - sum(amount_w)
    # Column headings keep their size unless their longest word would not fit.
    data = [[doc.paragraph(header[0], "label")]]
    for heading_text, col_w in zip(header[1:], amount_w, strict=True):
        word = max(heading_text.split() or [""], key=len)
        fit = (col_w - 2 * side - 1) / max(text_width(doc, word, "label", True), 1.0)
        data[0].append(_money_cell(doc, heading_text, "label", min(1.0, fit)))
    for row, style in zip(rows, styles, strict=True):
        data.append(
            [doc.paragraph(row[0], style)] + [_money_cell(doc, v, style, scale) for v in row[1:]]
        )
    table = Table(data, colWidths=[first, *amount_w], hAlign="LEFT", repeatRows=1)
    pad = st["body"].size * 0.3
    heading = hex_color(st.palette.heading)
    table.setStyle(
        table_style(
            doc,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, heading),
                ("LINEABOVE", (0, bold_from + 1), (-1, bold_from + 1), 1, heading),
                # The totals stay together, with the last item above them.
                ("NOSPLIT", (0, bold_from), (-1, -1)),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, hex_color(st.palette.panel)]),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("LEFTPADDING", (0, 0), (-1, -1), side),
                ("RIGHTPADDING", (0, 0), (-1, -1), side),
            ],
        )
    )
    return table


def text_width(doc: Document, text: str, style: str, bold: bool) -> float:
    """The width of `text` on one line in the handout's text style `style`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, doc.fonts.font_for(text, bold=bold), doc.style[style].size)


def _money_cell(doc: Document, text: str, style: str, scale: float) -> Paragraph:
    """An amount (or a column heading over amounts), right-aligned, at `scale` of its size."""
    base = doc.paragraph_style(style, doc.fonts.has_cjk_text(text))
    cell_style = ParagraphStyle(
        f"{base.name}-money-{scale:.3f}",
        parent=base,
        fontSize=base.fontSize * scale,
        leading=base.leading * scale,
        alignment=TA_RIGHT,
        splitLongWords=False,
    )
    markup = doc.fonts.markup(text, bold=doc.style[style].bold, missing=doc.missing)
    return Paragraph(markup, cell_style)


def blank_money_table(
    doc: Document, header: list[str], items: list[str], totals: list[str]
) -> Table:
    """A cost form to fill in by hand: one row per item, then the totals in bold."""
    st = doc.style
    data: list[list[Any]] = [[doc.paragraph(h, "label") for h in header]]
    data += [[doc.paragraph(item, "body_tight"), "", ""] for item in items]
    data += [[doc.paragraph(total, "value"), "", ""] for total in totals]
    width = st.frame_width
    table = Table(
        data,
        colWidths=[width * 0.46, width * 0.27, width * 0.27],
        rowHeights=[None] + [st["body"].leading * 1.7] * (len(data) - 1),
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            doc,
            [
                ("GRID", (0, 0), (-1, -1), 0.6, hex_color(st.palette.rule)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), hex_color(st.palette.panel)),
            ],
        )
    )
    return table


def tick_box_table(doc: Document, title: str, items: Sequence[str], boxes: int = 5) -> Table:
    """Items with a row of tick boxes numbered 0 to `boxes` - 1, to rate by hand."""
    st = doc.style
    width = st.frame_width
    box_w = width * 0.075
    data: list[list[Any]] = [
        [doc.paragraph(title, "label")] + [doc.paragraph(str(i), "label") for i in range(boxes)]
    ]
    data += [[doc.paragraph(item, "body_tight")] + ["☐"] * boxes for item in items]
    table = Table(data, colWidths=[width - boxes * box_w] + [box_w] * boxes, hAlign="LEFT")
    table.setStyle(
        table_style(
            doc,
            [
                ("FONTNAME", (1, 1), (-1, -1), doc.fonts.font_for("☐")),
                ("FONTSIZE", (1, 1), (-1, -1), st["body"].size * 1.3),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, hex_color(st.palette.rule)),
            ],
        )
    )
    return table


def write_in_lines(doc: Document, count: int = 6) -> Table:
    """`count` ruled lines across the frame, to write on."""
    st = doc.style
    lines = Table(
        [[""] for _ in range(count)],
        colWidths=[st.frame_width],
        rowHeights=[st["body"].leading * 1.8] * count,
    )
    lines.setStyle(
        table_style(doc, [("LINEBELOW", (0, 0), (-1, -1), 0.6, hex_color(st.palette.rule))])
    )
    return lines


# --- flowables --------------------------------------------------------------------------------
def figure(doc: Document, fig: Figure, caption: str = "") -> list[Flowable]:
    """A chart: its title with its drawing (which shrinks a little rather than leave a hole
    at the foot of a page), then its text equivalent ("In words: …") and the caption, which
    may flow on to the next page."""
    body = doc.style["body"].size
    title = doc.paragraph(fig.title, "chart_title") if fig.title else None
    block = FitFigure(title, fig.drawing, body * 0.4, doc.style.frame_height)
    words = f"{doc.inline(doc.text('in_words'), bold=True)} {doc.inline(fig.text)}"
    out: list[Flowable] = [
        block,
        Spacer(1, body * 0.5),
        doc.markup_paragraph(words, "caption", cjk=doc.fonts.has_cjk_text(fig.text)),
    ]
    if caption:
        out.append(doc.paragraph(caption, "caption"))
    return out
