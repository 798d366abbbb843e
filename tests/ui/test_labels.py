"""Page text (ScaledLabel): selectable with the mouse as soon as the pointer is on it, and laid
out exactly as a selectable label is (the editor Qt keeps for selection is made on demand)."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from decisionaid.content.loader import load
from decisionaid.ui.qtenums import TEXT_SELECTABLE_BY_MOUSE, put
from decisionaid.ui.widgets import (
    ScaledLabel,
    WrapCheckBox,
    WrappedLabel,
    heading,
    paint_measured,
    paragraph,
    source_note,
)


def _texts() -> list[str]:
    texts = ["Group 3", "Share of places (ratio):", "Line one\nLine two", "<b>Bold</b> then plain"]
    for language in ("en", "zh-CN"):
        content = load(language)
        texts += [content.learn.intro, *(q.prompt for q in content.quiz.questions)]
        texts += [p for s in content.learn.sections for p in s.paragraphs][:6]
    return texts


def _enter(label: QLabel) -> None:
    point = QPointF(2, 2)
    QApplication.sendEvent(label, QEnterEvent(point, point, label.mapToGlobal(point)))


def test_text_becomes_selectable_when_the_pointer_comes_onto_it(qtbot):
    label = paragraph("Words a patient may want to copy.")
    qtbot.addWidget(label)
    _enter(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    label.show()
    qtbot.waitExposed(label)
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    assert label.hasSelectedText()


def test_an_explicit_choice_is_kept(qtbot):
    box = WrapCheckBox("Tick me")
    qtbot.addWidget(box)
    _enter(box.label)
    assert box.label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


@pytest.mark.parametrize("make", [paragraph, lambda t: heading(t, 1), source_note])
def test_laid_out_as_a_selectable_label(qtbot, make):
    """Height for every width and the size hint (grids share width out by it) are those of
    a label made selectable from the start, before and after the pointer came by."""
    for text in _texts():
        label = make(text)
        qtbot.addWidget(label)
        old = QLabel(text)
        qtbot.addWidget(old)
        old.setFont(label.font())
        old.setWordWrap(True)
        old.setStyleSheet(label.styleSheet())
        old.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for _ in range(2):
            assert label.sizeHint() == old.sizeHint(), text
            assert label.minimumSizeHint() == old.minimumSizeHint(), text
            for width in (90, 200, 377, 640):
                assert label.heightForWidth(width) == old.heightForWidth(width), (text, width)
            _enter(label)


def test_the_size_hint_follows_the_text_and_font(qtbot):
    label = ScaledLabel("short")
    qtbot.addWidget(label)
    short = label.sizeHint()
    label.setText("a much longer text than before, long enough to need more room " * 3)
    assert label.sizeHint() != short
    before = label.sizeHint()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.sizeHint() != before


def test_the_height_for_a_width_follows_the_font(qtbot):
    """The heights kept for each width are keyed on the font (its key string is kept for
    the last font seen): a larger font gives new heights, the same font again the old."""
    label = WrappedLabel("words to wrap over a few lines in a narrow label " * 4)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    small = label.heightForWidth(200)
    font = label.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(bigger)
    assert label.heightForWidth(200) > small
    label.setFont(QFont(font))
    assert label.heightForWidth(200) == small
    plain = QLabel(label.text())
    plain.setWordWrap(True)
    plain.setFont(bigger)
    label.setFont(bigger)
    assert label.heightForWidth(200) == plain.heightForWidth(200)


def _changes():
    """Changes of a label that its sizes follow, each as (name, what to do to a label)."""
    from PySide6.QtCore import QMargins
    from PySide6.QtWidgets import QFrame

    return [
        ("style sheet font", lambda label: label.setStyleSheet("QLabel { font-size: 31px }")),
        ("margins", lambda label: label.setContentsMargins(QMargins(7, 3, 11, 5))),
        ("frame", lambda label: label.setFrameShape(QFrame.Shape.Box)),
        (
            "frame width",
            lambda label: (label.setFrameShape(QFrame.Shape.Box), label.setLineWidth(6)),
        ),
        ("no wrapping", lambda label: label.setWordWrap(False)),
        ("indent", lambda label: label.setIndent(40)),
        ("margin", lambda label: label.setMargin(9)),
        ("plain", lambda label: label.setTextFormat(Qt.TextFormat.PlainText)),
        ("centred", lambda label: label.setAlignment(Qt.AlignmentFlag.AlignCenter)),
        ("smallest width", lambda label: label.setMinimumWidth(300)),
        ("largest width", lambda label: label.setMaximumWidth(150)),
        ("smallest height", lambda label: label.setMinimumHeight(500)),
    ]


@pytest.mark.parametrize("name", [name for name, _ in _changes()])
def test_the_sizes_kept_follow_every_change_of_the_label(qtbot, name):
    """A label keeps its sizes for its words, size limits and `_sizing`, which each change of
    font, style, frame, margins, wrapping, indent, format or alignment renews: after any of
    them, its sizes are those of a QLabel given the same change (and differ from before,
    where they do for a QLabel)."""
    change = dict(_changes())[name]
    text = "words to <b>wrap</b> over a few lines in a narrow label " * 4
    for make in (ScaledLabel, paragraph, lambda t: heading(t, 2)):
        label = make(text)
        qtbot.addWidget(label)
        label.show()
        before = (label.heightForWidth(200), label.sizeHint(), label.minimumSizeHint())
        old = QLabel(text)
        qtbot.addWidget(old)
        old.setFont(label.font())
        old.setWordWrap(True)
        put(old, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        for each in (label, old):
            change(each)
            each.ensurePolished()
        after = (label.heightForWidth(200), label.sizeHint(), label.minimumSizeHint())
        assert after == (old.heightForWidth(200), old.sizeHint(), old.minimumSizeHint()), name
        if name not in ("centred", "largest width"):  # the same sizes, as for a QLabel
            assert after != before, name


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_selectable_words_have_the_height_of_a_selectable_label(qtbot, scale):
    """A chart's words (selectable, plain, wrapped) are measured as plain words: the heights
    are those of a selectable QLabel, also with blank lines and at twice the text size."""
    texts = [*_texts(), "18 of 100 responded.\n82 of 100 did not.\n\nA range: 4 to 12 in 100."]
    texts.append("18 人中有 3 人（100 人中约 17 人）肿瘤缩小。\n\n来源：Chihara 等，2022 年。")
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    for text in texts:
        label = WrappedLabel(text)
        old = QLabel(text)
        for each in (label, old):
            qtbot.addWidget(each)
            each.setWordWrap(True)
            each.setTextFormat(Qt.TextFormat.PlainText)
            each.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            each.setFont(font)
        for width in (60, 90, 200, 377, 640, 824, 1200):
            assert label.heightForWidth(width) == old.heightForWidth(width), (text, width)


def _cell_html(title: str, body: str, size: float) -> str:
    """Rich text as the options table's cells have it: a bold name, words, a muted note."""
    return (
        f"<div><b>{escape(title)}</b></div>"
        f'<div style="margin-top:8px">{escape(body)}<br><b>Ask:</b> {escape(title)}</div>'
        f'<div style="margin-top:8px; font-size:{size:g}pt; color:rgba(90, 90, 90, 255)">'
        "Source: Chihara et al., Lancet 2022</div>"
    )


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_rich_text_is_measured_as_qlabel_measures_it(qtbot, scale):
    """A rich-text label's sizes come from a text document of its own (read once, never
    laid out again to be put back): they are QLabel's, for the size hints and the height at
    every width, after a change of words, font or margins too; a margin of its own, or
    words not aligned left, are left to QLabel."""
    from decisionaid.ui import widgets

    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    texts = _texts()
    for i, text in enumerate(texts):
        html = _cell_html(texts[i - 1][:40], text, font.pointSizeF() * 0.9)
        label = ScaledLabel(html)
        old = QLabel(html)
        for each in (label, old):
            qtbot.addWidget(each)
            each.setTextFormat(Qt.TextFormat.RichText)
            each.setWordWrap(True)
            each.setFont(font)
        old.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if i % 3 == 1:
            for each in (label, old):
                each.setContentsMargins(3, 5, 7, 2)
        if i % 5 == 2:
            for each in (label, old):
                each.setMargin(4)
        if i % 7 == 3:
            for each in (label, old):
                each.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        assert (widgets._DocMeasure.rich(label) is None) == (i % 5 == 2 or i % 7 == 3)
        assert label.sizeHint() == old.sizeHint(), html
        assert label.minimumSizeHint() == old.minimumSizeHint(), html
        for width in (60, 150, 203, 389, 640):
            assert label.heightForWidth(width) == old.heightForWidth(width), (html, width)
    for each in (label, old):  # margins changed after the words were measured
        each.setContentsMargins(6, 1, 2, 9)
    assert label.sizeHint() == old.sizeHint()
    assert label.heightForWidth(203) == old.heightForWidth(203)
    # The same words with a smallest width of their own, and a QLabel made so (QLabel keeps
    # the hints it worked out before a new minimum).
    twin, fresh = ScaledLabel(label.text()), QLabel(label.text())
    for each in (twin, fresh):
        qtbot.addWidget(each)
        each.setTextFormat(Qt.TextFormat.RichText)
        each.setWordWrap(True)
        each.setFont(font)
        each.setContentsMargins(6, 1, 2, 9)
        each.setMinimumWidth(300)
    fresh.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    assert twin.sizeHint() == fresh.sizeHint() != label.sizeHint()
    assert twin.heightForWidth(203) == fresh.heightForWidth(203)
    label.setText(_cell_html("Another name", texts[0], 9))
    old.setText(label.text())
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    for each in (label, old):
        each.setFont(bigger)
    assert label.sizeHint() == old.sizeHint()
    assert label.heightForWidth(203) == old.heightForWidth(203)


def test_a_scaled_label_follows_the_application_font_without_an_event_override(qtbot):
    """One signal tells every ScaledLabel of a new application font (also a label outside the
    main window, and without exec() running); no label hands each of its events to Python."""
    assert "event" not in vars(ScaledLabel)
    words, title = paragraph("Some words."), heading("A title", 2)
    qtbot.addWidget(words)
    qtbot.addWidget(title)
    app = QApplication.instance()
    old = app.font()
    try:
        larger = QFont(old)
        larger.setPointSizeF(old.pointSizeF() * 2)
        app.setFont(larger)
        assert words.font().pointSizeF() == larger.pointSizeF()
        assert title.font().pointSizeF() == larger.pointSizeF() * 1.25
        assert title.font().bold()
    finally:
        app.setFont(old)
    assert words.font().pointSizeF() == old.pointSizeF()


def test_labels_with_the_same_words_share_one_measure(qtbot, monkeypatch):
    """A selectable label's hints are measured once for the same words, font and margins,
    whichever label asks; a change of any of them measures again, and the answer is that
    label's own."""
    from decisionaid.ui import widgets

    calls = []
    real = ScaledLabel._measure_selectable_hints

    def counting(label, smallest_only=False):
        calls.append(label.text())
        return real(label, smallest_only)

    monkeypatch.setattr(ScaledLabel, "_measure_selectable_hints", counting)
    monkeypatch.setattr(widgets, "_selectable_kept", {})
    words = "Words that a page shows in more than one place, long enough to wrap."
    first, second = paragraph(words), paragraph(words)
    for label in (first, second):
        qtbot.addWidget(label)
    assert first.sizeHint() == second.sizeHint()
    assert first.minimumSizeHint() == second.minimumSizeHint()
    assert calls == [words]
    bigger = heading(words, 1)
    qtbot.addWidget(bigger)
    assert bigger.sizeHint() != first.sizeHint() and len(calls) == 2
    second.setContentsMargins(4, 4, 4, 4)
    assert second.sizeHint() != first.sizeHint() and len(calls) == 3


def test_only_a_preferred_size_a_layout_reads_is_worked_out(qtbot):
    """Words in a column of columns up to a page's body report their smallest size as their
    preferred one (nothing reads it: three layouts of the words fewer); words in a row, or
    outside a page, have QLabel's own preferred size."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

    from decisionaid.ui import widgets

    words = "Words long enough to wrap over more than one line when the column is narrow. " * 2
    body = QWidget()
    body.setObjectName(widgets.PAGE_BODY)
    qtbot.addWidget(body)
    column = QVBoxLayout(body)
    direct = paragraph(words)
    column.addWidget(direct)
    card = widgets.Card()
    in_card = paragraph(words)
    card.add(in_card)
    column.addWidget(card)
    row = QHBoxLayout()
    in_row = paragraph(words)
    row.addWidget(in_row)
    column.addLayout(row)
    alone = paragraph(words)
    qtbot.addWidget(alone)
    assert not widgets._preferred_size_read(direct)
    assert not widgets._preferred_size_read(in_card)
    assert widgets._preferred_size_read(in_row)
    assert widgets._preferred_size_read(alone)
    for label in (direct, in_card):
        assert label.sizeHint() == label.minimumSizeHint()
    for label in (in_row, alone):
        assert label.sizeHint() != label.minimumSizeHint()
        old = QLabel(words)
        qtbot.addWidget(old)
        old.setFont(label.font())
        old.setWordWrap(True)
        old.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        assert label.sizeHint() == old.sizeHint()
        assert label.minimumSizeHint() == old.minimumSizeHint()
    assert direct.minimumSizeHint() == in_row.minimumSizeHint()
    # A column outside a page (a dialog's): its preferred size may be read.
    dialog = QWidget()
    qtbot.addWidget(dialog)
    in_dialog = paragraph(words)
    QVBoxLayout(dialog).addWidget(in_dialog)
    assert widgets._preferred_size_read(in_dialog)
    assert in_dialog.sizeHint() != in_dialog.minimumSizeHint()
    # Moved from the page's column into a row: measured again, as a row's words.
    moved = paragraph(words)
    column.addWidget(moved)
    assert moved.sizeHint() == moved.minimumSizeHint()
    other = QWidget()
    qtbot.addWidget(other)
    QHBoxLayout(other).addWidget(moved)
    assert moved.sizeHint() == in_row.sizeHint()
    # A chart's words (selectable plain words, measured as plain words) in the column too.
    chart_words = WrappedLabel(words)
    chart_words.setWordWrap(True)
    chart_words.setTextFormat(Qt.TextFormat.PlainText)
    chart_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    column.addWidget(chart_words)
    plain = QLabel(words)
    qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setFont(chart_words.font())
    assert chart_words.sizeHint() == chart_words.minimumSizeHint() == plain.minimumSizeHint()


class _MeasuredPaint(WrappedLabel):
    """A rich-text label painted from its measuring document, as the options table's cells."""

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.painted_from_measure = paint_measured(self)
        if not self.painted_from_measure:
            super().paintEvent(event)


@pytest.mark.parametrize("height_extra", [0, 1, 30, 31])
@pytest.mark.parametrize("look", ["plain", "muted", "inactive colours", "style sheet"])
def test_a_rich_label_painted_from_its_measure_looks_as_qlabel_paints_it(qtbot, height_extra, look):
    """Same pixels as QLabel's own painting (which reads the HTML into a document again):
    centred in a taller box (an odd number of pixels too: QLabel rounds down), in another
    colour role, with other colours for an inactive window (hidden, Qt uses the active
    ones); under a style sheet, and for words that can be selected, QLabel paints."""
    html = (
        "<div><b>Join this trial</b></div><div style='margin-top:6px'>"
        + escape("About 1 in 3 people, within 2 years (range 1 in 4 to 1 in 2).") * 3
        + "</div><div style='margin-top:6px; font-size:8pt; color:gray'>Source: NCI 2024</div>"
    )
    labels = []
    for cls in (_MeasuredPaint, QLabel):
        label = cls()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setFont(QFont(QApplication.font()))
        if look == "muted":
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        elif look == "inactive colours":
            palette = label.palette()
            palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text, Qt.red)
            palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Text, Qt.blue)
            label.setPalette(palette)
        elif look == "style sheet":
            label.setStyleSheet("color: #8a2be2;")
        label.setText(html)
        qtbot.addWidget(label)
        width = 260
        label.resize(width, label.heightForWidth(width) + height_extra)
        labels.append(label)
    ours, theirs = labels
    assert ours.grab().toImage() == theirs.grab().toImage()
    assert ours.painted_from_measure == (look != "style sheet")
    put(ours, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
    ours._interaction = TEXT_SELECTABLE_BY_MOUSE
    ours.grab()
    assert not ours.painted_from_measure
