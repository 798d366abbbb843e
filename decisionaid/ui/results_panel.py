"""A study's posted results on screen: words first, and a small picture of 100 people for each
group's side effect, so groups of different sizes compare on the same denominator.

The words and numbers come from `model.results_summary.ResultsView` (the same view that
`trial show` and the handout use). The pictures are painted with QPainter: cheap enough for
dozens at once, and each has its words as accessible name and tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from decisionaid.model.results_summary import EventView, GroupShare, ResultsView
from decisionaid.ui.charts import palette
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.widgets import HintHost, ScaledLabel, heading, mark_warning, paragraph

COLUMNS = 20


class PeopleGrid(QWidget):
    """100 small figures in 5 rows of 20; the affected ones filled, the others outlined."""

    def __init__(self, share: GroupShare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self.setAccessibleName(share.text)
        self.setToolTip(share.text)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _cell(self) -> float:
        return max(6.0, self.fontMetrics().height() * 0.55)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        cell = self._cell()
        return QSize(int(cell * COLUMNS) + 2, int(cell * 5) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self._cell()
        filled = QColor(palette.OKABE_ITO["blue"])
        outline = QPen(self.palette().color(self.foregroundRole()), 0.8)
        affected = self.share.per_100 or 0
        unknown = self.share.per_100 is None
        for i in range(100):
            col, row = i % COLUMNS, i // COLUMNS
            x, y = 1 + col * cell, 1 + row * cell
            path = QPainterPath()
            head = cell * 0.28
            path.addEllipse(QRectF(x + cell / 2 - head / 2, y + cell * 0.05, head, head))
            path.addRoundedRect(
                QRectF(x + cell * 0.25, y + cell * 0.38, cell * 0.5, cell * 0.55), 2, 2
            )
            p.setPen(outline)
            if not unknown and i < affected:
                p.setBrush(filled)
            else:
                p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.end()


def _label(text: str, role: str = "") -> ScaledLabel:
    label = paragraph(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role == "warning":
        mark_warning(label)
    elif role:
        label.setProperty("role", role)
    return label


class ResultsPanel(HintHost):
    """Everything of one `ResultsView`: flow, primary outcome, side effects, deaths."""

    def __init__(self, view: ResultsView, picture_note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(view.heading, 3))
        if view.small_warning:
            layout.addWidget(_label(view.small_warning, "warning"))
        self.flow_text = _label("\n".join(view.flow_lines))
        layout.addWidget(self.flow_text)
        self.outcome_text = _label("\n".join(view.outcome_lines))
        layout.addWidget(self.outcome_text)
        self.grids: list[PeopleGrid] = []
        for title, events in (
            (self.tr("Serious side effects"), view.serious),
            (self.tr("Other side effects"), view.other),
        ):
            if events:
                layout.addWidget(heading(title, 3))
                layout.addWidget(self._events(events))
        if view.serious or view.other:
            layout.addWidget(_label(picture_note))
        self.events_text = _label("\n".join(view.event_notes))
        layout.addWidget(self.events_text)
        if view.limitations:
            layout.addWidget(_label(view.limitations))

    def _events(self, events: list[EventView]) -> QWidget:
        host = HintHost()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        row = 0
        for ev in events:
            term = ScaledLabel(ev.term, bold=True)
            grid.addWidget(term, row, 0, 1, 3)
            row += 1
            for share in ev.shares:
                name = _label(share.short)
                name.setToolTip(share.group)
                people = PeopleGrid(share)
                self.grids.append(people)
                grid.addWidget(name, row, 0)
                grid.addWidget(people, row, 1)
                grid.addWidget(_label(share.text), row, 2)
                row += 1
        grid.setColumnStretch(2, 1)
        return host
