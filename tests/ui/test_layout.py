"""Every page at 100% and 200% text, in English and Chinese, at 1280x800: no screens of blank
space below the content, no scroll bar when everything fits, and no label cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.model.session import Session
from decisionaid.storage.trialfile import load_any
from decisionaid.ui.settings import Settings
from tests.conftest import FIXTURES
from tests.ui.layoutcheck import blank_below, clipped_labels, content_bottom

# A registry record with results, so the trial page shows every section.
RECORD = FIXTURES / "NCT01126879.json"


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A Chinese window leaves its translators installed: later tests expect English."""
    yield
    from decisionaid import i18n as core_i18n
    from decisionaid.ui import i18n

    i18n.install(QApplication.instance(), "en")
    core_i18n.set_language("en")


def _session(kind: str, language: str) -> Session:
    if kind == "empty":
        return Session(language=language)
    session = demo_session(load(language))
    session.language = language
    session.trial = load_any(RECORD)[0]
    return session


def layout_problems(window) -> list[str]:
    """What is wrong with the layout of every page of `window`, page by page."""
    problems = []
    for index, step in enumerate(window.steps):
        window.go_to(index)
        QApplication.processEvents()
        page = window.pages[step.id]
        body = page.widget()
        screen = page.viewport().height()
        blank = blank_below(page)
        if blank > screen:
            problems.append(f"{step.id}: {blank} px of blank space below the content ({screen})")
        scroll = page.verticalScrollBar()
        bottom_margin = body.layout().contentsMargins().bottom()
        if scroll.maximum() > 0 and content_bottom(body) + bottom_margin <= screen:
            problems.append(f"{step.id}: a scroll bar although everything fits")
        problems += [f"{step.id}: {p}" for p in clipped_labels(body)]
        if step.id == "chances":
            problems += chart_problems(window, labels=False)
        # The window's own labels (where you are, between Back and Next); pages scroll.
        problems += [f"{step.id}: {p}" for p in clipped_labels(window.centralWidget())]
    return problems


@pytest.mark.parametrize("kind", ["record", "empty"])
@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_page_fits_its_content(make_window, scale, language, kind):
    Settings().text_scale = scale
    window = make_window(_session(kind, language))
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.settings.text_scale == scale
    assert layout_problems(window) == []


def test_welcome_shows_no_scroll_bar_when_it_fits(make_window):
    window = make_window()
    window.resize(1280, 800)
    QApplication.processEvents()
    page = window.pages["welcome"]
    assert content_bottom(page.widget()) < page.viewport().height()
    assert page.verticalScrollBar().maximum() == 0
    assert not page.verticalScrollBar().isVisible()


def test_the_checks_find_blank_space_and_cut_off_text(make_window, demo):
    """The checks above can fail: a page padded with empty space, and a label squeezed
    below its text's height."""
    window = make_window(demo)
    window.resize(1280, 800)
    page = window.page("learn")
    window.go_to(window.index_of("learn"))
    page.body.addSpacing(3000)
    window.go_to(window.index_of("learn"))
    label = page.yours_note
    label.setText("A long sentence that wraps over several lines. " * 20)
    label.setMaximumHeight(20)
    page.settle()
    assert blank_below(page) > page.viewport().height()
    assert any("A long sentence" in p for p in clipped_labels(page.widget()))


def chart_problems(window, labels: bool = True) -> list[str]:
    """The charts of the chances page: words cut off, a legend over its picture, a title
    that does not follow the text size, a label over a bar."""
    from decisionaid.ui.charts.base import TITLE_FACTOR, ChartBase
    from tests.ui.test_charts import assert_bars_clear_of_text

    page = window.pages["chances"]
    problems = [f"chances: {p}" for p in clipped_labels(page.widget())] if labels else []
    text_size = QApplication.font().pointSizeF()
    for chart in page.widget().findChildren(ChartBase):
        name = type(chart).__name__
        if chart.legend.isVisible() and chart.legend.geometry().intersects(chart.plot.geometry()):
            problems.append(f"{name}: the legend covers the picture")
        if chart.title_label.font().pointSizeF() != pytest.approx(text_size * TITLE_FACTOR):
            problems.append(f"{name}: title at {chart.title_label.font().pointSizeF()} pt")
        if chart.height() < chart.heightForWidth(chart.width()):
            problems.append(
                f"{name}: {chart.height()} px given, {chart.heightForWidth(chart.width())} needed"
            )
    assert_bars_clear_of_text(page.funnel, page.funnel.bar_item)
    assert_bars_clear_of_text(page.intervals, page.intervals.track_item, page.intervals.bar_item)
    return problems


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_charts_follow_a_text_size_change_at_run_time(make_window, language):
    """Ctrl+plus while the program runs: on another step, then on the chances step itself."""
    window = make_window(_session("record", language))
    window.resize(1280, 800)
    chances = window.index_of("chances")
    window.go_to(chances)
    assert chart_problems(window) == []
    window.go_to(0)
    for _ in range(4):
        window.larger_text()
    assert window.settings.text_scale == 2.0
    window.go_to(chances)
    assert chart_problems(window) == []
    # The words under the interval chart end with the caveat, and all of them show.
    caption = load(language).facts.interval("dostarlimab").caption
    assert window.pages["chances"].intervals.text_label.text().endswith(caption.strip())
    window.normal_text()
    assert chart_problems(window) == []
    window.set_text_scale(2.0)
    assert chart_problems(window) == []


@pytest.mark.parametrize(("language", "scale"), [("en", 2.0), ("zh-CN", 1.0)])
def test_answering_the_quiz_moves_nothing(make_window, qtbot, language, scale):
    """The feedback (and the score above) keep their room: the question just answered and the
    next one stay where they were, under the pointer."""
    from PySide6.QtCore import QPoint, Qt

    Settings().text_scale = scale
    window = make_window(Session(language=language))
    window.resize(1280, 800)
    window.go_to(window.index_of("quiz"))
    page = window.pages["quiz"]
    body = page.widget()

    def tops() -> list[int]:
        QApplication.processEvents()  # the step list takes its width for the text size
        page.settle()
        return [slot.row.mapTo(body, QPoint(0, 0)).y() for slot in page.slots]

    before = tops()
    first, second = page.slots[0], page.slots[1]
    wrong = next(i for i in range(len(first.row.buttons)) if i != first.question.answer)
    for index in (wrong, first.question.answer):
        qtbot.mouseClick(first.row.button(index), Qt.MouseButton.LeftButton)
        assert window.document.session.quiz[first.question.id] == index
        assert first.question.explanation in first.feedback.text()
        assert tops() == before
    qtbot.mouseClick(second.row.button(second.question.answer), Qt.MouseButton.LeftButton)
    assert tops() == before
    assert layout_problems(window) == []


def test_every_widget_holding_a_layout_on_a_page_has_a_cheap_size_hint(make_window):
    """Every widget on a page whose layout has a height for a width takes its size hint from
    its layout (HintHost, or a size hint of the program's own): QWidget's own hint lays
    everything inside out again at its preferred width, for a height no layout reads (the
    trial page's words were laid out at three widths as it opened)."""
    from PySide6.QtWidgets import QWidget

    from decisionaid.model.trial import MAX_GROUPS, Arm

    def own_hint(widget: QWidget) -> bool:
        return any(
            "sizeHint" in vars(cls)
            for cls in type(widget).__mro__
            if cls.__module__.startswith("decisionaid")
        )

    many_groups = _session("demo", "en")
    many_groups.trial.arms = [Arm(label=f"Group {i + 1}") for i in range(MAX_GROUPS)]
    many_groups.trial.ratio = [1] * MAX_GROUPS
    for session in (_session("empty", "en"), _session("demo", "en"), many_groups):
        window = make_window(session)
        found = []
        for i, step in enumerate(window.steps):
            window.go_to(i)
            QApplication.processEvents()
            for widget in window.pages[step.id].widget().findChildren(QWidget):
                layout = widget.layout()
                if layout is not None and layout.hasHeightForWidth() and not own_hint(widget):
                    parent = type(widget.parentWidget()).__name__
                    found.append(f"{step.id}: {type(widget).__name__} in {parent}")
        assert found == []


def test_radio_buttons_and_tick_boxes_are_made_by_qt_and_keep_what_python_gave_them(qtbot):
    """A choice row's radio buttons and a wrapping tick box's box are made by Qt's own code
    (widgets.qt_made), without a Python subclass asking Python at every virtual call, and
    without Qt Designer's plugins loaded. What Python set on them stays, and they work."""
    import gc

    import shiboken6

    from decisionaid.ui.widgets import ChoiceRow, WrapCheckBox

    row = ChoiceRow(["Yes", "No", "A much longer answer that has to wrap on its line"], "Q")
    box = WrapCheckBox("Tick me")
    for widget in (row, box):
        qtbot.addWidget(widget)
    buttons = [*row.buttons, box.box]
    assert not any(shiboken6.createdByPython(b) for b in buttons)
    assert all(type(b).__module__ == "PySide6.QtWidgets" for b in buttons)
    gc.collect()
    assert all(b.focus_companion is not None for b in row.buttons)  # stacked: its words
    assert box.box.focus_companion is box.label
    chosen = []
    row.chosen.connect(chosen.append)
    row.buttons[1].click()
    assert chosen == [1] and row.value() == 1
    row.set_value(None)
    assert row.value() is None
    from decisionaid.ui import widgets

    assert widgets._loader and widgets._loader.pluginPaths() == []
