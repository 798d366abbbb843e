"""Small reusable widgets for the pages: headings, wrapped text, source notes, choice rows."""

from __future__ import annotations

import itertools
import math
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, QSizeF, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from decisionaid.ui.qtenums import (
    ALIGN_BOTTOM,
    ALIGN_HORIZONTAL_MASK,
    ALIGN_LEFT,
    ALIGN_LEFT_VCENTER,
    ALIGN_VCENTER,
    AUTO_TEXT,
    LINKS_ACCESSIBLE_BY_MOUSE,
    PLAIN_TEXT,
    RICH_TEXT,
    TEXT_INTERACTION_BUT_LINKS,
    TEXT_SELECTABLE_BY_MOUSE,
    Qt,
    put,
)
from decisionaid.ui.text import labelled
from decisionaid.ui.wheel import give_indicator_style


def _number(value) -> int:
    """Qt's number for one of PySide's enums or flags (or a number already)."""
    return int(getattr(value, "value", value))


class WrappedLabel(QLabel):
    """A QLabel that remembers its sizes: its height for each width it was asked about, and
    its size hints.

    QLabel works these out afresh whenever asked after any change near it, and a label whose
    text can be selected does so by laying out a whole text document, twice each time (at the
    width asked, then back at its own); its size hints take three such widths. One layout pass
    asks each label several times (its minimum and its preferred height, for every layout it
    sits in), so long pages spent most of their first opening there. The sizes depend only on
    what `_size_key` holds, so the answers are kept for it.
    """

    _KEPT = 8

    # What the label was given, as Qt's numbers (QLabel's defaults until then). Reading them
    # back from Qt (`alignment()`, `textFormat()`) would make PySide's whole Qt namespace,
    # which the first window does without (ui/qtenums.py). Set them through the setters
    # below, or `set_numbers`, never as Qt properties.
    _format = AUTO_TEXT
    _align = ALIGN_LEFT_VCENTER
    _interaction = LINKS_ACCESSIBLE_BY_MOUSE

    # Which state of the label the sizes kept are for (see `_size_key`): a new number at
    # every change a label's sizes may follow but its text and size limits do not show.
    _sizing = 0

    def _sizes_may_change(self) -> None:
        self._sizing = next(_sizings)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Qt tells a widget of a change of font, style, frame or margins (ContentsRectChange),
        # palette and parent this way, however it was made: from a style sheet too.
        self._sizing = next(_sizings)
        super().changeEvent(event)

    def setTextFormat(self, text_format) -> None:  # noqa: N802 - Qt API
        if _number(text_format) == self._format:
            return  # the same (QLabel too does nothing): the sizes kept stay right
        super().setTextFormat(text_format)
        self._format = _number(text_format)
        self._sizes_may_change()

    def setAlignment(self, alignment) -> None:  # noqa: N802 - Qt API
        super().setAlignment(alignment)
        self._align = _number(alignment)
        self._sizes_may_change()

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 - Qt API
        super().setTextInteractionFlags(flags)
        self._interaction = _number(flags)
        self._sizes_may_change()

    # Qt tells nothing of these: a label's own setters (its words and its size limits are
    # read in `_size_key`). Set them through these, never as Qt properties (setProperty or
    # ui/qtenums.put), which would leave the sizes kept for the old value.
    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt API
        super().setWordWrap(on)
        self._sizes_may_change()

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt API
        super().setIndent(indent)
        self._sizes_may_change()

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt API
        super().setMargin(margin)
        self._sizes_may_change()

    def set_numbers(
        self,
        text_format: int | None = None,
        alignment: int | None = None,
        interaction: int | None = None,
    ) -> None:
        """Set the text format, alignment or interaction flags from Qt's numbers
        (ui/qtenums.py), without PySide's enums."""
        if text_format is not None:
            put(self, "textFormat", text_format)
            self._format = text_format
        if alignment is not None:
            put(self, "alignment", alignment)
            self._align = alignment
        if interaction is not None:
            put(self, "textInteractionFlags", interaction)
            self._interaction = interaction
        self._sizes_may_change()

    def _size_key(self) -> tuple:
        """What this label's kept sizes are for. Asked several times per label in every
        layout pass, so it reads only what Qt tells no change of: the words and the size
        limits. Everything else (font, frame and margins, style, alignment, format, wrapping,
        indent, margin) is in `_sizing`, renewed at every change of them."""
        return (self.text(), self._sizing, self.minimumSize(), self.maximumWidth())

    def _content_key(self) -> tuple:
        """Everything a label's sizes follow, as values: for sizes shared between labels
        (`_selectable_kept`). One contentsRect, and the font's key string only when the font
        changed (building it is most of the cost)."""
        m = self.contentsMargins()
        inner = self.contentsRect()
        return (
            self.text(),
            self._font_key(),
            m.left(),
            m.top(),
            m.right(),
            m.bottom(),
            self.width() - inner.width(),
            self.height() - inner.height(),
            self.indent(),
            self.margin(),
            self._align,
            self.wordWrap(),
            self._format,
            self.maximumWidth(),
            self.minimumWidth(),
            self.minimumHeight(),
        )

    def _font_key(self) -> str:
        """`font().key()`, worked out again only for a font that is not equal to the last."""
        font = self.font()
        try:
            seen, key = self._font_seen
        except AttributeError:
            seen = None
        if seen is None or seen != font:
            key = font.key()
            self._font_seen = (font, key)
        return key

    def _kept(self) -> dict:
        try:
            kept = self._sizes_kept
        except AttributeError:
            kept = self._sizes_kept = {}
        if len(kept) >= self._KEPT:
            kept.clear()
        return kept

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        key = (width, self._size_key())
        kept = self._kept()
        if key not in kept:
            if self._selectable_words():
                # The same words not selectable have the same height (as ScaledLabel's,
                # tests/ui/test_labels.py), measured without laying a text document out
                # twice (at the width, then back at the label's own).
                kept[key] = _probe(self, selectable=False).heightForWidth(width)
            elif (rich := _DocMeasure.rich(self)) is not None:
                kept[key] = rich.height_for_width(width)
            else:
                kept[key] = super().heightForWidth(width)
        return kept[key]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._hint(0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._hint(1))

    def _hint(self, which: int) -> QSize:
        """The size hint (0) or the minimum size hint (1). Both are worked out together, and
        kept together: for selectable words, one measure gives both."""
        kept = self._kept()
        # Where it sits is in `_size_key` too (`_sizing`, renewed at a ParentChange): moved to
        # another widget, its preferred size may be read there (`_preferred_size_read`).
        # (Moved to another layout of the same widget, it keeps its hints: no page does that.)
        key = ("hints", self._size_key())
        if key not in kept:
            if self._selectable_words():
                smallest_only = not _preferred_size_read(self)
                if smallest_only and (measure := _DocMeasure.plain(self)) is not None:
                    # Selectable plain words (a chart's) in a column up to a page's body
                    # (see `_preferred_size_read`).
                    smallest = measure.smallest()
                    kept[key] = (smallest, smallest)
                else:
                    kept[key] = self._plain_hints()
            else:
                kept[key] = (super().sizeHint(), super().minimumSizeHint())
        return kept[key][which]

    def _selectable_words(self) -> bool:
        """Selectable wrapped plain text (a chart's words): Qt works its size hints out by
        laying the text document out about ten times (2 to 3 ms for a long paragraph)."""
        return (
            type(self) is WrappedLabel
            and self.wordWrap()
            and self._format == PLAIN_TEXT
            and bool(self._interaction & TEXT_SELECTABLE_BY_MOUSE)
        )

    def _plain_hints(self) -> tuple[QSize, QSize]:
        """The hints of the same words not selectable: the same smallest size (the longest
        word, one line), a preferred size of the same kind, in a fifth of the time."""
        return _probe_hints(self, selectable=False)


class ScaledLabel(WrappedLabel):
    """A label whose font is the application font times `factor`; follows text size changes."""

    # True for a label whose preferred size no layout reads (a cell of a grid whose columns
    # all stretch: Qt's layout engine takes a stretched column's smallest size for its
    # preferred one). Its size hint is then its minimum size hint, without the three more
    # layouts of the words that Qt's preferred size takes (its "golden ratio" width). So is
    # the hint of every label in a column of columns up to a page's body
    # (`_preferred_size_read`).
    preferred_is_smallest = False

    def __init__(
        self, text: str = "", factor: float = 1.0, bold: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._bold = bold
        # The words can be selected with the mouse. Qt lays a selectable label out through
        # a text editor of its own, which made every label cost about twice as much to lay
        # out, on every page. So the label becomes selectable when the pointer first comes
        # onto it (see enterEvent): before that, nothing can select it, and its height for a
        # width is the same either way.
        self._select_on_enter = True
        self._selectable_hint = True  # see sizeHint
        # Preferred with height-for-width, not Minimum: a Minimum height is the size hint,
        # which QLabel works out at a narrow "golden ratio" width, so every paragraph asked
        # for several extra lines and the page body ended in screens of blank space.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setWordWrap(True)
        self.apply_font()
        _follow_font(self)

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 - Qt API
        """An explicit choice (none, for a check box's words) is kept: no change on enter."""
        self._select_on_enter = self._selectable_hint = False
        super().setTextInteractionFlags(flags)

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._select_on_enter:
            self._select_on_enter = False
            WrappedLabel.set_numbers(self, interaction=TEXT_SELECTABLE_BY_MOUSE)
        super().enterEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The size hints of a selectable label, before and after it became one: Qt works
        a selectable label's out another way, and grids share their width out by them (the
        values page). QLabel keeps the hints it worked out before, so the text stays put."""
        if not self._selectable_hint:
            return super().sizeHint()
        return QSize(self._selectable_hints()[0])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if not self._selectable_hint:
            return super().minimumSizeHint()
        return QSize(self._selectable_hints()[1])

    def _selectable_hints(self) -> tuple[QSize, QSize]:
        # Where the label sits is in `_sizing` too (a ParentChange): see WrappedLabel._hint.
        key = self._size_key()
        if getattr(self, "_hints_key", None) != key:
            smallest_only = self.preferred_is_smallest or not _preferred_size_read(self)
            shared = (smallest_only, *self._content_key())
            hints = _selectable_kept.get(shared)
            if hints is None:
                if len(_selectable_kept) >= _SELECTABLE_KEPT:
                    _selectable_kept.clear()
                hints = _selectable_kept[shared] = self._measure_selectable_hints(smallest_only)
            self._hints_key = key
            self._hints = hints
        return self._hints

    def _measure_selectable_hints(self, smallest_only: bool = False) -> tuple[QSize, QSize]:
        """(sizeHint, minimumSizeHint); with `smallest_only`, the minimum twice (see
        `preferred_is_smallest`)."""
        if _shows_rich(self):  # laid out by a text document in any case: its hints are those
            measure = _DocMeasure.rich(self)
            if measure is None:
                return QSize(QLabel.sizeHint(self)), QSize(QLabel.minimumSizeHint(self))
        else:
            measure = _DocMeasure.plain(self)
            if measure is None:
                return _probe_hints(self, selectable=True)
        if smallest_only:
            smallest = measure.smallest()
            return smallest, smallest
        return measure.hints()

    def apply_font(self) -> None:
        font = QApplication.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setBold(self._bold)
        self.setFont(font)


# Every ScaledLabel made, told of a change of the application font through one signal
# (QGuiApplication.fontChanged, emitted as the font is set, before Qt tells the widgets). It
# used to be an `event` override on the label: every event of every label of a page went
# through Python for it (about 970 on the values page as it opened, 400 on the trial page).
_scaled: weakref.WeakSet[ScaledLabel] = weakref.WeakSet()
_font_source: object = None  # the application whose fontChanged is connected


def _follow_font(label: ScaledLabel) -> None:
    global _font_source
    _scaled.add(label)
    app = QApplication.instance()
    if app is not _font_source:
        app.fontChanged.connect(_apply_fonts)
        _font_source = app


def _apply_fonts(_font: QFont | None = None) -> None:
    for label in list(_scaled):
        if shiboken6.isValid(label):
            label.apply_font()


QWIDGETSIZE_MAX = (1 << 24) - 1


class _DocMeasure:
    """The sizes of a label's words, worked out as QLabel works them out when it lays them out
    through a text document (rich text, or text that can be selected): Qt's
    QLabelPrivate::sizeForWidth, with the document set up as its ensureTextLayouted does.

    QLabel lays its own document out again after each measure, to put it back at the width
    it had, and reads the text again after each change of words or font; its size hints take
    three measures. Here a height for a width is one layout, and the hints are Qt's own
    three measures (the preferred size, its "golden ratio", lays the words out two to four
    times). A rich-text label keeps a document of
    its own, read from the HTML once for its words and font, for its height at each width
    too (the options table's 40 cells spent most of the page's opening in QLabel's); its own
    document is then read and laid out only when it is painted. Plain words share one
    document, for their hints only. Only for the labels whose sizes this gives exactly (no
    margin, indent or minimum size of their own; tests/ui/test_labels.py holds them to
    QLabel's): others are measured by QLabel."""

    __slots__ = ("key", "doc", "margins")

    def __init__(self) -> None:
        from PySide6.QtGui import QTextDocument, QTextOption

        self.key: tuple | None = None
        doc = self.doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        # As QLabel sets its document up (its root frame without a margin, words wrapped
        # between words, aligned left: see `measurable`); kept when the words change.
        doc.setDocumentMargin(0)
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        self.margins = QMargins()

    @staticmethod
    def measurable(label: WrappedLabel) -> bool:
        # Aligned left, as a document is unless told otherwise (telling it would make
        # PySide's Qt namespace before the first paint, ui/qtenums.py). No words: QLabel
        # has no height for a width then.
        return (
            label._align & ALIGN_HORIZONTAL_MASK == ALIGN_LEFT
            and bool(label.text())
            and label.wordWrap()
            and label.margin() == 0
            and (label.indent() == 0 or (label.indent() < 0 and label.frameWidth() == 0))
            and label.minimumWidth() == 0
            and label.minimumHeight() == 0
        )

    @staticmethod
    def rich(label: WrappedLabel) -> _DocMeasure | None:
        """The measure of a rich-text label (rich, or automatic text that is rich), kept on
        it."""
        # Whether it is one, and its measure, for the label as it is (`_size_key`): asked
        # at every measure and paint of the label.
        key = label._size_key()
        kept = getattr(label, "_rich_kept", None)
        if kept is not None and kept[0] == key:
            return kept[1]
        measure = None
        if _shows_rich(label) and _DocMeasure.measurable(label):
            measure = getattr(label, "_doc_measure", None)
            if measure is None:
                measure = label._doc_measure = _DocMeasure()
            measure._load(label, rich=True)
        label._rich_kept = (key, measure)
        return measure

    @staticmethod
    def plain(label: WrappedLabel) -> _DocMeasure | None:
        """The shared measure, given `label`'s plain words (plain or automatic text that is
        not rich; Markdown is left to QLabel)."""
        if label._format not in (PLAIN_TEXT, AUTO_TEXT) or not _DocMeasure.measurable(label):
            return None
        global _plain_measure
        if _plain_measure is None:
            _plain_measure = _DocMeasure()
        return _plain_measure._load(label, rich=False)

    def _load(self, label: WrappedLabel, rich: bool) -> _DocMeasure:
        key = (rich, label.text(), label._font_key())
        if key != self.key:
            doc = self.doc
            # No page size: a document lays itself out after every change while it has
            # one, and the font and the words would each cost a layout of all the words.
            # A measure gives it a width, and one layout.
            doc.setPageSize(_NO_PAGE)
            doc.setDefaultFont(label.font())
            if rich:
                doc.setHtml(label.text())
            else:
                doc.setPlainText(label.text())
            self.key = key
        self.margins = label.contentsMargins()
        return self

    def _size(self, width: int | None) -> QSize:
        """QLabel's sizeForWidth: None lays the words out at Qt's "golden ratio" width."""
        m = self.margins
        across, down = m.left() + m.right(), m.top() + m.bottom()
        if width is None:
            self.doc.adjustSize()
        else:
            self.doc.setTextWidth(max(width - across, 0))
        size = self.doc.size()
        return QSize(math.ceil(size.width()) + across, math.ceil(size.height()) + down)

    def height_for_width(self, width: int) -> int:
        return self._size(width).height()

    def paint(self, label: WrappedLabel) -> bool:
        """Paint `label`'s words from this document, as QLabel paints rich text (its
        paintEvent and layoutRect): QLabel reads the HTML into a document of its own and lays
        it out again to paint it (about 8 million instructions for an options cell, four
        times as the page first shows). False, painting nothing, when QLabel must paint:
        words that can be selected (a selection to draw), a frame, or a style sheet."""
        if label._interaction & TEXT_INTERACTION_BUT_LINKS or label.frameWidth():
            return False
        if label.style().metaObject().className() == "QStyleSheetStyle":
            return False  # QLabel takes a style sheet's colours into account
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter

        rect = label.contentsRect()
        doc = self.doc
        if doc.textWidth() != rect.width():
            doc.setTextWidth(rect.width())
        height = doc.size().height()
        # As QLabel's layoutRect, rounded down to whole pixels (its toAlignedRect).
        offset = 0.0
        if label._align & ALIGN_VCENTER:
            offset = max((rect.height() - height) / 2, 0.0)
        elif label._align & ALIGN_BOTTOM:
            offset = max(rect.height() - height, 0.0)
        top = rect.y() + math.floor(offset)
        # The label's palette as it is (Qt picks the colour group), its foreground role's
        # colour for the words, as QLabel's paintEvent.
        palette = QPalette(label.palette())
        role = label.foregroundRole()
        if role != QPalette.ColorRole.Text and label.isEnabled():
            palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        painter = QPainter(label)
        painter.translate(rect.x(), top)
        painter.setClipRect(0, 0, rect.width(), rect.height() - (top - rect.y()))
        doc.documentLayout().draw(painter, context)
        painter.end()
        return True

    def hints(self) -> tuple[QSize, QSize]:
        """(sizeHint, minimumSizeHint), as QLabel's."""
        hint = self._size(None)
        return hint, self.smallest(hint.height())

    def smallest(self, hint_height: int | None = None) -> QSize:
        """QLabel's minimumSizeHint: as wide as the widest word, and the height of the words
        on one line each (no more than the size hint's height, which is never less)."""
        one_line = self._size(QWIDGETSIZE_MAX).height()
        height = one_line if hint_height is None else min(one_line, hint_height)
        return QSize(self._size(0).width(), height)


def paint_measured(label: WrappedLabel) -> bool:
    """Paint a rich-text label from the document its sizes were measured with, if it has
    one and QLabel need not paint it (`_DocMeasure.paint`): for a label's `paintEvent`."""
    measure = _DocMeasure.rich(label)
    return measure is not None and measure.paint(label)


def _shows_rich(label: WrappedLabel) -> bool:
    """Whether QLabel shows `label`'s words as rich text: rich text, or automatic text that
    looks rich. Text with neither "<" nor "&" never does (Qt.mightBeRichText looks for a tag
    or an entity such as "&lt;")."""
    if label._format == RICH_TEXT:
        return True
    text = label.text()
    return label._format == AUTO_TEXT and ("<" in text or "&" in text) and Qt.mightBeRichText(text)


_plain_measure: _DocMeasure | None = None
_NO_PAGE = QSizeF(0, 0)

# The objectName of a page's body (pages/base.py): nothing reads its preferred size.
PAGE_BODY = "pageBody"


def _preferred_size_read(widget: QWidget) -> bool:
    """Whether a layout may read `widget`'s preferred size (sizeHint), beyond working out
    a preferred size of its own. False for a widget in a column (a QVBoxLayout, not a row
    inside it) of a widget in a column, and so on up to a page's body: a column gives each
    of its widgets its whole width and, as they have a height for each width, their
    heights for it; the scroll area around the body takes the body's smallest width and its
    height for its width, and the window has a size of its own.

    This holds as long as no widget on the way is added to its column with an alignment
    (`addWidget(w, 0, AlignLeft)` gives it its preferred width), no column is aligned
    (`layout.setAlignment`), and no size policy on the way is Maximum or Fixed (capped at
    the preferred size). No page does any of these; an item's alignment cannot be read
    without `itemAt` (see focus.reading_order), so it is not checked here."""
    while True:
        parent = widget.parentWidget()
        if parent is None:
            return True
        layout = parent.layout()
        if type(layout) is not QVBoxLayout or layout.indexOf(widget) < 0:
            return True
        if parent.objectName() == PAGE_BODY:
            return False
        widget = parent


# Hidden labels that measure the size hints of others (ScaledLabel, WrappedLabel): one for
# selectable words, one for plain, word-wrapped text.
_probes: dict[bool, QLabel] = {}

# The selectable hints measured so far, by everything the probe is given (the label's
# `_size_key`), for every label: a page repeats words (the values page asked
# 57 times for 34 texts), and a page built again (New patient, another language, another text
# size and back) finds its own. Each measure lays a text document out several times; rich
# text (the options table's bold words) was measured afresh at every layout pass.
_selectable_kept: dict[tuple, tuple[QSize, QSize]] = {}
_sizings = itertools.count(1)  # WrappedLabel._sizing
_SELECTABLE_KEPT = 4096


def _probe_hints(label: WrappedLabel, selectable: bool) -> tuple[QSize, QSize]:
    """What `label.sizeHint()` and `minimumSizeHint()` are for its words, font and margins
    in a label whose text is selectable (in the label's format and wrapping), or else plain,
    word-wrapped text."""
    probe = _probe(label, selectable)
    return probe.sizeHint(), probe.minimumSizeHint()


def _probe(label: WrappedLabel, selectable: bool) -> QLabel:
    """The probe for `selectable` (see `_probe_hints`), with `label`'s words, font and
    margins."""
    probe = _probes.get(selectable)
    if probe is None:
        probe = _probes[selectable] = QLabel()
        if selectable:
            put(probe, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
    if selectable:
        put(probe, "textFormat", label._format)
        probe.setWordWrap(label.wordWrap())
    else:
        put(probe, "textFormat", PLAIN_TEXT)
        probe.setWordWrap(True)
    probe.setFont(label.font())
    probe.setMargin(label.margin())
    probe.setIndent(label.indent())
    probe.setContentsMargins(label.contentsMargins())
    probe.setMaximumWidth(label.maximumWidth())
    put(probe, "alignment", label._align)
    probe.setText(label.text())
    return probe


class SteadyLabel(ScaledLabel):
    """A word-wrapped label that keeps room for the longest of the texts it may show, so a
    change of text (quiz feedback, a score) never moves what lies below it."""

    def __init__(self, text: str = "", factor: float = 1.0, parent: QWidget | None = None):
        super().__init__(text, factor, parent=parent)
        self._reserved: tuple[str, ...] = ()
        self._heights: dict[tuple, int] = {}
        self._probe: QLabel | None = None

    def set_reserved(self, texts) -> None:
        """The texts to keep room for (the current text always counts too)."""
        reserved = tuple(dict.fromkeys(t for t in texts if t))
        if reserved != self._reserved:
            self._reserved = reserved
            self._heights.clear()
            self.updateGeometry()

    def _reserved_height(self, width: int) -> int:
        if not self._reserved or width <= 0:
            return 0
        key = (width, self.font().key(), self.contentsMargins().top())
        if key not in self._heights:
            if self._probe is None:
                self._probe = QLabel()  # never shown: measures texts in this label's font
                self._probe.setWordWrap(True)
            probe = self._probe
            probe.setFont(self.font())
            put(probe, "textFormat", self._format)
            probe.setContentsMargins(self.contentsMargins())
            probe.setIndent(self.indent())
            probe.setMargin(self.margin())
            heights = []
            for text in self._reserved:
                probe.setText(text)
                heights.append(probe.heightForWidth(width))
            self._heights[key] = max(heights)
        return self._heights[key]

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(super().heightForWidth(width), self._reserved_height(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved_height(hint.width())))


def heading(text: str, level: int = 1) -> ScaledLabel:
    factor = {1: 1.6, 2: 1.25, 3: 1.1}[level]
    label = ScaledLabel(text, factor, bold=True)
    label.setAccessibleName(text)
    label.setProperty("heading", level)
    return label


def paragraph(text: str) -> ScaledLabel:
    return ScaledLabel(text)


SOURCE_FACTOR = 0.9  # source notes: this much of the text size, in the muted colour


def source_note(text: str) -> ScaledLabel:
    label = ScaledLabel(text, SOURCE_FACTOR)
    label.setProperty("role", "source")
    # The muted colour of the palette (as "color: palette(placeholder-text)" did, without a
    # style sheet: each one puts the label through Qt's style sheet machinery).
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


# Warnings (a trial nobody can join, an old record): a bar and bold, not colour only.
WARNING_STYLE = "border-left: 4px solid #D55E00; padding: 4px 8px;"


def mark_warning(label: ScaledLabel) -> ScaledLabel:
    """Show `label` as a warning: bold, with an orange bar on its left. Its own style sheet,
    not one for the whole application (under which every widget of every page costs more
    to build and lay out)."""
    label.setProperty("role", "warning")
    label.setStyleSheet(WARNING_STYLE)
    label._bold = True
    label.apply_font()
    return label


def layout_size_hint(widget: QWidget) -> QSize | None:
    """`widget`'s layout's size hint, with the widget's margins: what QWidget.sizeHint gives,
    except the height, which it works out for the hint's width by a height-for-width pass
    over everything inside (every label, at widths it is never shown at: its natural width,
    each grid cell's). Containers in height-for-width layouts (cards, a page's column) are
    given their height for their real width by the layout they sit in, and their hint's
    width stays the same, so nothing is laid out differently."""
    layout = widget.layout()
    if layout is None:
        return None
    m = widget.contentsMargins()
    return layout.sizeHint() + QSize(m.left() + m.right(), m.top() + m.bottom())


class HintHost(QWidget):
    """A plain widget holding a layout, with the cheap size hint (`layout_size_hint`): every
    widget on a page that holds a layout is one (or has a size hint of its own), from the
    column a page's content sits in (its scroll area asks for the hint each time it fits the
    column, through qSmartMinSize, and uses only the minimum) to a row of buttons. QWidget's
    own hint lays everything inside out again, at its preferred width, for a height no
    layout reads (tests/ui/test_layout.py holds every page to this)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return layout_size_hint(self) or super().sizeHint()


class Card(QFrame):
    """A framed block with a vertical layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(8)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return layout_size_hint(self) or super().sizeHint()

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget


class FlowLayout(QLayout):
    """Lays children out left to right and wraps to the next line when space runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # heightForWidth by width, until the layout is invalidated (as QBoxLayout keeps it):
        # Qt asks for the same width many times in one layout pass.
        self._heights: dict[int, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def widgets_in_order(self) -> list[QWidget]:
        """Its widgets, in its order, from its own list (focus.reading_order: `indexOf`
        would call `itemAt` in Python for every item, for every widget asked about)."""
        return [w for item in self._items if (w := item.widget()) is not None]

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._do_layout(QRect(0, 0, width, 0), True)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


_loader = None  # QUiLoader, made on first use (on the GUI thread); False without Qt's UI tools


def qt_made(class_name: str, parent: QWidget) -> QWidget:
    """A plain Qt widget of `class_name` ("QRadioButton", "QLineEdit", ...) in `parent`, made
    by Qt's own code (QUiLoader's widget factory) rather than from Python.

    Qt for Python gives a widget made from Python a class of its own: it asks Python at each
    virtual call whether the call is overridden, and binds every signal of its classes as it
    is made (about 0.16 million instructions for a radio button; the values page has 125).
    A widget Qt made is the plain Qt class, with its Python object made when Python first
    sees it. Only for widgets no Python code subclasses. Its parent keeps its Python object
    alive, with what Python set on it (such as `focus_companion`). So to delete one whose
    parent stays, take it out first (`setParent(None)`, then `deleteLater`): otherwise its
    dead Python object stays until the parent goes. Made from Python as usual if Qt's UI
    tools are missing."""
    global _loader
    if _loader is None:
        try:
            from PySide6.QtUiTools import QUiLoader
        except ImportError:  # pragma: no cover - a Qt for Python without its UI tools
            _loader = False
        else:
            # Without Qt Designer's plugins: a loader loads every plugin in each library
            # path's "designer" folder as it is made (Qt Quick's and WebEngine's widgets
            # among them, 13 ms), and only Qt's own widgets are ever asked of it.
            paths = QCoreApplication.libraryPaths()
            QCoreApplication.setLibraryPaths([])
            try:
                _loader = QUiLoader()
            finally:
                QCoreApplication.setLibraryPaths(paths)
    if _loader:
        widget = _loader.createWidget(class_name, parent)
        if widget is not None:
            return widget
    import PySide6.QtWidgets

    return getattr(PySide6.QtWidgets, class_name)(parent)


class _ChoiceLabel(ScaledLabel):
    """The word-wrapped text of a radio button or check box; clicking it clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setBuddy(button)
        # The focus ring goes around the button and these words (ui/focus.py).
        button.focus_companion = self

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.button.click()
        self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class ChoiceRow(HintHost):
    """Radio buttons that may have no answer yet. `chosen(index)` on user choice.

    Short answers sit side by side and wrap to the next line as needed. Long answers are
    stacked, each with word-wrapped text, because a radio button's own text never wraps
    and would be cut off at large text sizes.
    """

    chosen = Signal(int)
    LONG = 28

    def __init__(self, labels: list[str], accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        stacked = any(len(text) > self.LONG for text in labels)
        layout = QVBoxLayout(self) if stacked else FlowLayout(self)
        if stacked:
            layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: list[QAbstractButton] = []
        for index, text in enumerate(labels):
            button = qt_made("QRadioButton", self)
            if not stacked:
                button.setText(text)
            give_indicator_style(button)
            button.setAccessibleName(labelled(accessible_name, text))
            button.setToolTip(text)
            self.group.addButton(button, index)
            if stacked:
                line = QHBoxLayout()
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(_ChoiceLabel(text, button), 1)
                layout.addLayout(line)
            else:
                layout.addWidget(button)
            self.buttons.append(button)
        self.group.idToggled.connect(self._on_toggled)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.chosen.emit(index)

    def value(self) -> int | None:
        index = self.group.checkedId()
        return None if index < 0 else index

    def set_value(self, value: int | None) -> None:
        self.group.blockSignals(True)
        try:
            if value is None or not 0 <= value < len(self.buttons):
                self.group.setExclusive(False)
                for button in self.buttons:
                    button.setChecked(False)
                self.group.setExclusive(True)
            else:
                self.buttons[value].setChecked(True)
        finally:
            self.group.blockSignals(False)

    def button(self, index: int) -> QAbstractButton:
        return self.buttons[index]


class WrapCheckBox(HintHost):
    """A check box whose text wraps (a QCheckBox's own text never does). Use `.box`."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = qt_made("QCheckBox", self)
        give_indicator_style(self.box)
        self.box.setAccessibleName(text)
        self.box.setToolTip(text)
        self.label = _ChoiceLabel(text, self.box)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.label, 1)
