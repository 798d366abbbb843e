"""What every chart shares: a title, a pyqtgraph picture, a legend, the same facts in words,
the source, accessibility, large-print behaviour, and PNG export.

The picture is laid out in screen pixels: the view's range always equals its size in pixels
(y pointing down), and each chart places its shapes and text from font metrics in
`_layout_scene(width)`. So text never overlaps or clips at 200% text size; the picture just
grows taller. The picture's height is its height for its width (`ChartPicture`), so the page
lays it out once, at the width it really gets: a change of data or font only marks the
picture out of date, and the scene is placed again when a width is asked for (or at once when
the chart is on screen). Mouse pan/zoom, the context menu and the auto-range button are off:
these are pictures, not plots to explore.

Import this module lazily (it imports pyqtgraph, which takes a noticeable time to load).
"""

from __future__ import annotations

import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QRegion,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QFrame,
    QGraphicsTextItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from decisionaid.ui.charts import palette
from decisionaid.ui.charts.legend import ChartLegend, capitalise
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import full_stop
from decisionaid.ui.widgets import ScaledLabel, WrappedLabel, layout_size_hint

# Room around the chart for the keyboard-focus ring (ui/focus.py draws it just outside).
FOCUS_MARGIN = 5
# The title is this much larger than the text.
TITLE_FACTOR = 1.2


class ChartBase(QWidget):
    """Base class for the charts. Subclasses implement `_layout_scene` and `_sentences`."""

    # The text equivalent, whenever it changes.
    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._caption = ""
        self._source = ""
        self._last_text = ""
        self._in_layout = False
        self._exporting = False
        # The scene's height for each width asked since the data or font last changed, the
        # width the items are placed at now (None: out of date), and the view's range.
        self._heights: dict[float, int] = {}
        self._placed_width: float | None = None
        self._range: tuple[float, float] | None = None
        # True while a chart off screen is sized on purpose (a PNG export).
        self._sizing = False

        # A ScaledLabel follows the text size by itself, also when the text size changes
        # while the program runs (Ctrl+plus): a font set once here stayed at 100%.
        self.title_label = ScaledLabel("", TITLE_FACTOR, bold=True, parent=self)
        self.title_label.setObjectName("chartTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.title_label.hide()

        # A GraphicsView whose one item is a bare ViewBox: no PlotItem, so no axes, no
        # auto-range button and no options menu are built at all (PlotItem's menus cost about
        # 15 ms per chart when the page first opens), and no GraphicsLayout around the box
        # (a grid of one cell, every geometry change of it handled in Python). Mouse pan/zoom
        # and the context menu are off: these are pictures, not plots to explore.
        self.plot = ChartPicture(self)
        self.plot.setBackground(palette.BACKGROUND)
        self.plot.setObjectName("chartPicture")
        self.plot.setFrameShape(QFrame.Shape.NoFrame)
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setAntialiasing(True)
        self.plot.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plot.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plot.setMinimumWidth(120)
        # A picture takes no drops (a QGraphicsView takes them by default): a file dropped on
        # it goes to the window, which opens it (ui/drops.py), with no filter on the picture
        # seeing every event of it.
        self.plot.setAcceptDrops(False)
        self.plot.viewport().setAcceptDrops(False)
        self.view = pg.ViewBox(
            enableMouse=False, enableMenu=False, invertY=True, defaultPadding=0.0
        )
        self.plot.setCentralItem(self.view)
        self.view.setMouseEnabled(False, False)
        self.view.setMenuEnabled(False)
        self.view.enableAutoRange(enable=False)
        self.view.sigResized.connect(self._on_view_resized)

        self.legend = ChartLegend(self)
        self.legend.hide()

        self.text_label = WrappedLabel(self)
        self.text_label.setObjectName("chartText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.source_label = WrappedLabel(self)
        self.source_label.setObjectName("chartSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_MARGIN, FOCUS_MARGIN, FOCUS_MARGIN, FOCUS_MARGIN)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.plot)
        layout.addWidget(self.legend)
        layout.addWidget(self.text_label)
        layout.addWidget(self.source_label)
        layout.addStretch(1)

        # A picture is no Tab stop (its words are on the page); charts that answer keys (the
        # icon arrays) take focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Preferred, not Maximum: a Maximum height is capped at sizeHint(), which is worked out
        # at another width, so at 200% text the wrapped words below the picture overlapped it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # --- public API ------------------------------------------------------------------------
    # The setters do nothing when nothing changes: a page fills its charts again each time
    # it is shown, and the words and picture would be worked out again for nothing.
    def set_title(self, title: str) -> None:
        if title == self._title and self.title_label.text() == title:
            return
        self._title = title
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self._update_text()

    def title(self) -> str:
        return self._title

    def accessible_title(self) -> str:
        """What a screen reader calls the chart: its title, or words for what it shows."""
        if self._title:
            return self._title
        if name := self._default_name():
            return name
        sentences = [p for p in self._sentences() if p]
        return _sentence(sentences[0]) if sentences else self.tr("A picture")

    def set_caption(self, caption: str) -> None:
        """Extra plain words shown under the picture (after the numbers)."""
        if caption == self._caption:
            return
        self._caption = caption
        self._update_text()

    def set_source(self, source: str) -> None:
        """Where the numbers come from, with the year: 'Source: Chihara et al., Lancet 2022'."""
        if source == self._source:
            return
        self._source = source
        self.source_label.setText(source)
        self.source_label.setVisible(bool(source))
        self._update_text()

    def text_equivalent(self) -> str:
        """Everything the picture shows, in words: for screen readers, the PDF and anyone
        who cannot tell the colours apart."""
        parts = [self._title, *self._sentences(), self._caption, self._source]
        return "\n".join(_sentence(p) for p in parts if p)

    def save_png(self, path: str | Path, scale: float = 1.0) -> Path:
        """Write the chart (title, picture, legend and words) to a PNG file. No SVG: the
        pyqtgraph 0.14 SVG exporter is broken with current Qt."""
        path = Path(path)
        needed = self._settle()
        width = self.width()
        height = max(1, min(needed, self.height()))
        image = QImage(
            math.ceil(width * scale),
            math.ceil(height * scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(QColor(palette.BACKGROUND))
        self._exporting = True
        self._export_started()
        try:
            self.render(image, sourceRegion=QRegion(0, 0, width, height))
        finally:
            self._exporting = False
            self._export_finished()
        # Encoded in memory, then written atomically and privately (0600): the picture can
        # hold the patient's own ratings.
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from decisionaid.storage.files import write_atomic

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise OSError(f"could not make the chart picture for {path}")
        buffer.close()
        write_atomic(Path(path), bytes(data.data()))
        return Path(path)

    # --- for subclasses --------------------------------------------------------------------
    def _export_started(self) -> None:
        """Hide things that only make sense on screen (focus marks) before a PNG export."""

    def _export_finished(self) -> None:
        """Undo `_export_started`."""

    def _layout_scene(self, width: float) -> float:
        """Place every graphics item for a picture `width` pixels wide; return its height."""
        raise NotImplementedError

    def _sentences(self) -> list[str]:
        """The picture's content in words (without title, caption and source)."""
        raise NotImplementedError

    def _default_name(self) -> str:
        """A name for a chart without a title, saying what it shows ("" to use its first
        sentence)."""
        return ""

    def _changed(self) -> None:
        """Call after the data changed: the picture is out of date (placed again now when it is
        on screen, else when its width is known) and the words are updated."""
        self._scene_changed()
        self._update_text()

    def _scene_changed(self) -> None:
        self._heights.clear()
        self._placed_width = None
        if self.isVisible():
            self._relayout()  # asks the layout again if the height changed
        else:
            # Its height for its width may differ now: the layout asks again when shown.
            self.plot.updateGeometry()

    def _scene_font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        return font

    def _line_height(self) -> float:
        return QFontMetricsF(self._scene_font()).height()

    def _text_rows(
        self, pool: list[tuple[ChartText, ChartText]], count: int
    ) -> list[tuple[ChartText, ChartText]]:
        """Grow `pool` of (bold label, plain text) pairs to `count`; hide the spare ones."""
        while len(pool) < count:
            pool.append((self._text_item(bold=True), self._text_item()))
        for label, numbers in pool[count:]:
            label.setVisible(False)
            numbers.setVisible(False)
        return pool

    def _text_item(self, bold: bool = False, color: str = palette.TEXT) -> ChartText:
        item = ChartText(color)
        item.setFont(self._scene_font(bold=bold))
        # In the view box's own group, as view.addItem puts it, without adding it to the
        # view's items (they only matter to auto-range, which is off).
        if item.zValue() < self.view.zValue():
            item.setZValue(self.view.zValue() + 1)
        item.setParentItem(self.view.childGroup)
        return item

    def _place_text(
        self,
        item: ChartText,
        text: str,
        x: float,
        y: float,
        width: float | None,
        bold: bool = False,
    ) -> float:
        """Put `text` with its top-left at (x, y), wrapped to `width` (None: one line);
        return the height it takes."""
        font = self._scene_font(bold=bold)
        if item.font() != font:
            item.setFont(font)
        if item.toPlainText() != text:
            item.setPlainText(text)
        text_width = -1.0 if width is None else max(10.0, width)
        if item.textWidth() != text_width:
            item.setTextWidth(text_width)
        item.setPos(x, y)
        item.setVisible(bool(text))
        return item.boundingRect().height() if text else 0.0

    def _text_width(self, text: str, bold: bool = False) -> float:
        return QFontMetricsF(self._scene_font(bold=bold)).horizontalAdvance(text)

    def _announce(self, message: str) -> None:
        """Tell screen readers about a change the user caused (arrow keys, for example)."""
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    # --- layout ----------------------------------------------------------------------------
    def _view_width(self) -> float:
        if self.plot.testAttribute(Qt.WidgetAttribute.WA_WState_Created) and self.isVisible():
            width = self.view.width()
        else:
            # Not laid out on screen yet: estimate from the chart's own width.
            width = self.width() - 2 * FOCUS_MARGIN
        return float(max(width, 40))

    def picture_height(self, width: float) -> int:
        """The picture's height at `width` pixels.

        The scene is placed for the width the picture has (on screen, or sized for a PNG).
        Any other width gets the height it has now, without placing anything: a page being
        built is not at its real width yet, layouts work out size hints at widths a little
        off the real one, and when the picture gets a new width it is placed for it and the
        layout asks again if its height changed (`_relayout`, also when shown)."""
        width = float(max(width, 40))
        height = self._heights.get(width)
        if height is None:
            if not (self._sizing or (self.isVisible() and width == self._view_width())):
                return max(20, self.plot.height())
            self._place(width)
            height = self._heights[width]
        return height

    def _place(self, width: float) -> None:
        """Place every item for `width` (unless they are placed there already)."""
        if self._placed_width == width and width in self._heights:
            return
        self._heights[width] = max(20, math.ceil(self._layout_scene(width)) + 2)
        self._placed_width = width

    def _relayout(self) -> None:
        if self._in_layout or not (self.isVisible() or self._sizing):
            return  # placed when shown, at the width it has then
        self._in_layout = True
        try:
            width = self._view_width()
            self._place(width)
            height = self._heights[width]
            if self.plot.height() != height:
                self.plot.updateGeometry()
            # The view fills the plot widget exactly (no axes, no margins, no frame).
            view_height = max(float(height), self.view.height())
            if self._range != (width, view_height):
                self._range = (width, view_height)
                self.view.setRange(
                    xRange=(0.0, width), yRange=(0.0, view_height), padding=0.0, update=True
                )
        finally:
            self._in_layout = False

    def _on_view_resized(self, _view: object = None) -> None:
        self._relayout()

    def _settle(self) -> int:
        """Bring the layout up to date, also for a chart that is hidden or a window of its
        own; return the height the chart needs at its current width."""
        self.ensurePolished()
        layout = self.layout()
        needed = self.height()
        self._sizing = True
        try:
            for _ in range(4):
                self._relayout()
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                layout.activate()
                needed = layout.totalHeightForWidth(self.width())
                if needed <= 0:
                    needed = layout.totalSizeHint().height()
                if (self.isWindow() or not self.isVisible()) and self.height() != needed:
                    self.resize(self.width(), needed)
                elif self.height() >= needed:
                    break
        finally:
            self._sizing = False
        return needed

    def _update_text(self) -> None:
        # On screen, a blank line between the numbers and the caption helps older readers.
        numbers = "\n".join(_sentence(p) for p in self._sentences() if p)
        body = "\n\n".join(p for p in (numbers, _sentence(self._caption)) if p)
        self.text_label.setText(body)
        self.text_label.setVisible(bool(body))
        text = self.text_equivalent()
        name = self.accessible_title()
        self.setAccessibleName(name)
        self.setAccessibleDescription(text)
        self.plot.setAccessibleName(name)
        self.plot.setAccessibleDescription(text)
        if text != self._last_text:
            self._last_text = text
            self.text_changed.emit(text)

    # --- Qt events -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Its layout's hint (see `layout_size_hint`): QWidget's own lays the words under
        the picture out once more, at the chart's preferred width, each time a card or the
        page around it is measured. Its height for its real width comes from the layout."""
        return layout_size_hint(self) or super().sizeHint()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._placed_width is None:
            # Changed while off screen, and the layout did not ask for the new height (the
            # page was laid out before): place it now, at its width; the layout follows.
            self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scene_changed()
        super().changeEvent(event)


class ChartText(QGraphicsTextItem):
    """A chart's words: Qt's own text item, in the view box.

    The view's range is always its size in pixels, y pointing down (see the module's
    docstring), so the words are drawn at their size without the work of pyqtgraph's
    TextItem: a wrapper item around a text item, a transform worked out again in Python for
    each text before every paint, and a Python hook on every change of every item (a page of
    charts has dozens of texts)."""

    def __init__(self, color: str) -> None:
        super().__init__()
        self.document().setDocumentMargin(0)
        self.setDefaultTextColor(QColor(color))


class ChartPicture(pg.GraphicsView):
    """The picture: as wide as the chart, and as tall as its scene at that width."""

    def __init__(self, chart: ChartBase) -> None:
        super().__init__(chart)
        self._chart = chart
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._chart.picture_height(width)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        # pyqtgraph calls this itself (event None) each time its central item is set, twice
        # while a chart is built: each sizes the view box, and each size change goes through
        # Python (pyqtgraph's handlers and the chart's own). A picture not shown yet gets a
        # real resize event when it is first shown, at its real width: sized then.
        if event is None and not self.isVisible():
            return
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = max(self.width(), self.minimumWidth())
        return QSize(width, self._chart.picture_height(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.minimumWidth(), 20)


def _chart_accessible(_class_name: str, obj: object) -> QAccessibleInterface | None:
    """Charts are charts to assistive technology (not a plain "client" area)."""
    if isinstance(obj, ChartBase):
        return QAccessibleWidget(obj, QAccessible.Role.Chart)
    return None


# Installed once, when the first chart module is imported (the charts load late).
QAccessible.installFactory(_chart_accessible)


def _sentence(text: str) -> str:
    """A line of the text equivalent: starts with a capital, ends with punctuation."""
    return full_stop(capitalise(text.strip()))


def set_bars(
    item: pg.BarGraphItem,
    bars: list[tuple[float, float, float, float]],
    brushes: list | None = None,
) -> None:
    """Give a BarGraphItem its bars as (x, y, width, height), and optionally a brush each."""
    opts: dict = {
        "x0": [b[0] for b in bars],
        "y0": [b[1] for b in bars],
        "width": [b[2] for b in bars],
        "height": [b[3] for b in bars],
    }
    if brushes is not None:
        opts["brushes"] = brushes
    item.setOpts(**opts)
