"""Flowables that keep the handout's pages full: drawings that shrink a little to fit, and
headings kept with what follows them, counting that shrink. No Qt.

    FitFigure      a chart's title and drawing as one block; the drawing shrinks (to 80% at
                   the least) rather than jump to the next page and leave a hole
    KeepWithNext   reportlab's KeepTogether for a heading and what follows it, which knows
                   that a FitFigure may shrink (the document template uses it for every
                   paragraph style with keepWithNext)
    RowSplitTable  a table whose long rows split at the foot of a page, never leaving an
                   empty piece or a header in the middle of a page
    PageLog        what each page holds, from the document template's afterFlowable: the
                   kind of each flowable, where it ends, so tests can tell a heading that
                   ends a page or a page left half empty

A heading therefore moves to the next page only with the start of what follows it, and a
drawing moves only when even 80% of it does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable, KeepTogether, Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import _listWrapOn

# A drawing shrinks to no less than this share of its size to stay on its page.
MIN_SCALE = 0.8


class FitFigure(Flowable):
    """A title over a drawing, never split; the drawing shrinks to fit what is left of the
    page, down to `MIN_SCALE`, and to fit a whole page if it is taller than one."""

    def __init__(
        self,
        title: Flowable | None,
        drawing: Drawing,
        gap: float,
        page_height: float,
        min_scale: float = MIN_SCALE,
    ) -> None:
        super().__init__()
        self.title = title
        self.drawing = drawing
        self.gap = gap if title is not None else 0.0
        self.page_height = page_height
        self.min_scale = min_scale
        self.scale = 1.0
        self._title_h = 0.0

    def _title_height(self, width: float) -> float:
        if self.title is None:
            return 0.0
        _, height = self.title.wrapOn(getattr(self, "canv", None), width, self.page_height)
        return height

    def shrinkable(self, width: float) -> float:
        """How many points this block may give up to stay on a page."""
        return self.drawing.height * (1.0 - self.min_scale)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._title_h = self._title_height(avail_width)
        top = self._title_h + self.gap
        natural = self.drawing.height
        room = avail_height - top
        if natural <= room:
            self.scale = 1.0
        elif natural * self.min_scale <= room:
            self.scale = room / natural
        elif top + natural > self.page_height:
            # Taller than a whole page: as large as a page allows.
            self.scale = max(0.05, (self.page_height - top) / natural)
        else:
            self.scale = 1.0  # it goes whole onto the next page
        self.width = avail_width
        self.height = top + natural * self.scale
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.title.getSpaceBefore() if self.title is not None else 0.0

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        if self.title is not None:
            y -= self._title_h
            self.title.drawOn(canv, 0, y)
        y -= self.gap
        canv.saveState()
        canv.translate(0, y - self.drawing.height * self.scale)
        canv.scale(self.scale, self.scale)
        self.drawing.drawOn(canv, 0, 0)
        canv.restoreState()


class KeepWithNext(KeepTogether):
    """A heading kept with what follows it. Like reportlab's KeepTogether, but the heading
    needs room only for the start of what follows: a FitFigure counts at its smallest, and a
    paragraph or table that can split needs only its first part. So the heading moves to the
    next page only when that start does not fit, never because what follows is long."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, avail_width, self.canv, dims=dims)
        for flowable in self._content:
            if isinstance(flowable, FitFigure):
                height -= flowable.shrinkable(avail_width)
        if height > avail_height and self._starts_here(avail_width, avail_height):
            height = avail_height
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = avail_width, avail_height
        return width, 0xFFFFFF  # force a split, as KeepTogether does

    def _starts_here(self, avail_width: float, avail_height: float) -> bool:
        """True if the headings fit with the first part of the flowable that follows them."""
        *heads, last = self._content
        if not heads or isinstance(last, FitFigure):
            return False
        _, heads_height = _listWrapOn(heads, avail_width, self.canv)
        room = avail_height - heads_height - max(heads[-1].getSpaceAfter(), last.getSpaceBefore())
        if room <= 0:
            return False
        last.wrapOn(self.canv, avail_width, room)
        return len(last.splitOn(self.canv, avail_width, room)) > 1


class RowSplitTable(Table):
    """A table whose long rows split where the page ends (splitByRow=0, splitInRow=1), with
    its header repeated on the next page, but never into an empty piece: when all of a row
    but its padding fits, the row goes whole to the next page instead (reportlab would start
    the next page with an empty row). Splitting between rows first would not do: reportlab
    then sets the rest of the table, repeated header and all, again on the same page before
    splitting its first row, so a header would stand in the middle of a page."""

    def __init__(self, data: list[list[Any]], **kwargs: Any) -> None:
        # reportlab makes the pieces of a split table with the same class and its settings.
        kwargs.setdefault("splitByRow", 0)
        kwargs.setdefault("splitInRow", 1)
        super().__init__(data, **kwargs)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) == 2 and _only_blank_rows(parts[1]):
            # The rows that fit, then the rest at the top of the next page (set straight
            # after the first piece, the rest would be split again here, under its header).
            self._calc(avail_width, avail_height)
            parts = self._splitRows(avail_height, doInRowSplit=0)
            if len(parts) == 2:
                return [parts[0], FrameBreak(), parts[1]]
        return parts


def _only_blank_rows(table: Flowable) -> bool:
    """True if every row below the repeated header holds nothing to print."""
    rows = getattr(table, "_cellvalues", None)
    if rows is None:
        return False
    repeat = table.repeatRows if isinstance(table.repeatRows, int) else 0
    return all(_blank(cell) for row in rows[repeat:] for cell in row)


def _blank(cell: Any) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        return not cell.strip()
    if isinstance(cell, (list, tuple)):
        return all(_blank(item) for item in cell)
    return False


@dataclass
class Placed:
    """One flowable as laid out: its page, its kind (a paragraph's style name, or the class
    name), its text (paragraphs only), the height left under it on the page and its own
    height."""

    page: int
    kind: str
    text: str
    space_below: float
    height: float = 0.0


@dataclass
class PageLog:
    """What the pages hold, in order (filled by the document template's afterFlowable)."""

    frame_height: float
    placed: list[Placed] = field(default_factory=list)

    def add(self, page: int, flowable: Flowable, frame_y: float, frame_bottom: float) -> None:
        style = getattr(flowable, "style", None)
        kind = getattr(style, "name", None) or type(flowable).__name__
        text = flowable.getPlainText() if hasattr(flowable, "getPlainText") else ""
        height = getattr(flowable, "_height", None) or getattr(flowable, "height", 0.0)
        self.placed.append(Placed(page, kind, text, frame_y - frame_bottom, float(height or 0)))

    def last_on_each_page(self) -> dict[int, Placed]:
        """The last flowable that takes room on each page."""
        out: dict[int, Placed] = {}
        for item in self.placed:
            if item.kind not in ("CondPageBreak", "PageBreak", "Spacer", "NullActionFlowable"):
                out[item.page] = item
        return out
