"""The canvas and document template of the handout: pages numbered "X of Y", dates fixed to
the session's, and a log of what each page holds. No Qt.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from decisionaid.report.flowables import PageLog


def pdf_date(iso_date: str) -> str:
    """'2026-11-24' -> "D:20261124000000+00'00'" (midnight UTC); 2000-01-01 if not a date."""
    try:
        day = _dt.date.fromisoformat(iso_date)
    except (TypeError, ValueError):
        day = _dt.date(2000, 1, 1)
    return f"D:{day:%Y%m%d}000000+00'00'"


def numbered_canvas(decorate: Callable[[Canvas, int, int], None], created: str) -> type[Canvas]:
    """A canvas class that knows the page count when it draws headers and footers ("Page 2
    of 7"): pages are kept until `save()`, then decorated and written. Its creation and
    modification dates are `created` (an ISO date)."""
    stamp = pdf_date(created)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_parts: stamp)
            self.kept_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            # The usual reportlab recipe for "page X of Y": keep the page's state, start a
            # new page without writing this one yet.
            self.kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self.kept_pages)
            for number, state in enumerate(self.kept_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class LoggingDocTemplate(BaseDocTemplate):
    """reportlab's document template, logging what each page holds (`Document.page_log`)."""

    def __init__(self, log: PageLog, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.log = log

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        frame = getattr(self, "frame", None)
        if frame is not None:
            self.log.add(self.page, flowable, frame._y, frame._y1p)
