"""The charts of "Your chances, in pictures": what they draw, what they say, and how they
behave (keyboard, large text, live updates, PNG export, accessibility)."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from tests.conftest import REPO

pg = pytest.importorskip("pyqtgraph")

from decisionaid.ui.charts import palette  # noqa: E402
from decisionaid.ui.charts.base import ChartBase, ChartText  # noqa: E402
from decisionaid.ui.charts.cost_chart import CostChart  # noqa: E402
from decisionaid.ui.charts.funnel_chart import FunnelChart  # noqa: E402
from decisionaid.ui.charts.icon_array import AFFECTED, OTHERS, IconArrayChart  # noqa: E402
from decisionaid.ui.charts.interval_chart import IntervalChart, IntervalRow  # noqa: E402
from decisionaid.ui.charts.randomisation_chart import RandomisationChart  # noqa: E402
from decisionaid.ui.charts.ratings_chart import RatingsChart  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def dollars(value: float) -> str:
    return f"${value:,.2f}"


def show(qtbot, chart: ChartBase, width: int = 640) -> ChartBase:
    qtbot.addWidget(chart)
    chart.resize(width, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart._settle()
    return chart


def spot_count(item: pg.ScatterPlotItem) -> int:
    return len(item.data)


def group_counts(chart: RandomisationChart) -> list[int]:
    """How many figures the picture draws for each group."""
    return [len(chart.group_spots(i)) for i in range(len(chart.ratio()))]


def bar_widths(item: pg.BarGraphItem) -> list[float]:
    width = item.opts.get("width")
    return [] if width is None else [float(w) for w in width]


def visible_texts(chart: ChartBase, required: bool = True) -> list[ChartText]:
    items = [
        i
        for i in chart.view.childGroup.childItems()
        if isinstance(i, ChartText) and i.isVisible() and i.toPlainText()
    ]
    assert items or not required, "the picture has no labels at all"
    return items


def assert_text_fits_and_does_not_overlap(chart: ChartBase) -> None:
    """Every label lies inside the picture, and no two labels overlap."""
    view_rect = chart.view.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    rects = []
    for item in visible_texts(chart, required=not isinstance(chart, IconArrayChart)):
        # Drawn at its own size: the view's range is its size in pixels.
        t = item.sceneTransform()
        assert (t.m11(), t.m22(), t.m12(), t.m21()) == pytest.approx((1, 1, 0, 0))
        rect = item.mapRectToScene(item.boundingRect())
        assert view_rect.contains(rect), f"{item.toPlainText()!r} is cut off: {rect} {view_rect}"
        rects.append((item.toPlainText(), rect))
    for (a, ra), (b, rb) in itertools.combinations(rects, 2):
        overlap = ra.intersected(rb)
        assert overlap.width() < 1 or overlap.height() < 1, f"{a!r} overlaps {b!r}"


def bar_rects(item: pg.BarGraphItem) -> list[QRectF]:
    o = item.opts
    if o.get("width") is None:
        return []
    rects = []
    for x0, y0, w, h in zip(o["x0"], o["y0"], o["width"], o["height"], strict=True):
        rects.append(item.mapRectToScene(QRectF(float(x0), float(y0), float(w), float(h))))
    return rects


def assert_bars_clear_of_text(chart: ChartBase, *items: pg.BarGraphItem) -> None:
    texts = [i.mapRectToScene(i.boundingRect()) for i in visible_texts(chart)]
    for item in items:
        for bar in bar_rects(item):
            for text in texts:
                overlap = bar.intersected(text)
                assert overlap.width() < 1 or overlap.height() < 1, "a label covers a bar"


def set_app_font(font: QFont) -> None:
    """Qt delivers an application font change to widgets from the event loop."""
    QApplication.setFont(font)
    QApplication.processEvents()


@pytest.fixture
def big_text():
    """Text at 200%, as the app's largest text size does it (QApplication.setFont)."""
    app = QApplication.instance()
    old = app.font()
    font = QFont(old)
    font.setPointSizeF(24.0)
    set_app_font(font)
    yield font
    set_app_font(old)


# --- shared behaviour -----------------------------------------------------------------------


def make_all(qtbot) -> list[ChartBase]:
    icon = IconArrayChart()
    icon.set_data(18, 100, "responded", "did not", "Phase 1 trials, 2013 to 2019")
    interval = IntervalChart()
    interval.set_studies([("Small study", 12, 12), ("Bigger study", 49, 49), ("Other", 35, 54)])
    randomisation = RandomisationChart()
    randomisation.set_ratio([2, 1], ["New treatment", "Standard treatment"])
    funnel = FunnelChart()
    funnel.set_steps(
        "Start phase 1",
        [("Reach phase 2", 62.8), ("Reach phase 3", 24.6), ("Filed", 40.1), ("Approved", 82.4)],
    )
    cost = CostChart()
    cost.set_values({"Travel": 180.0, "Meals": 60.0, "Lodging": 120.0}, 100.0, dollars)
    ratings = RatingsChart()
    ratings.set_ratings([("Newest treatment", 4), ("Monitoring", None)], [("Side effects", 3)])
    charts = [icon, interval, randomisation, funnel, cost, ratings]
    for chart in charts:
        show(qtbot, chart)
    return charts


def test_every_chart_is_a_picture_not_a_plot_to_explore(qtbot) -> None:
    for chart in make_all(qtbot):
        assert chart.view.state["mouseEnabled"] == [False, False]
        assert not chart.view.menuEnabled() and chart.view.menu is None
        # No PlotItem: no axes, no auto-range button, no options menu.
        assert not [i for i in chart.plot.scene().items() if isinstance(i, pg.PlotItem)]
        assert not [i for i in chart.plot.scene().items() if isinstance(i, pg.ButtonItem)]
        # The view fills the picture exactly, so one view unit is one pixel.
        assert chart.view.width() == chart.plot.viewport().width()
        assert chart.view.height() == chart.plot.viewport().height()
        (x0, x1), (y0, y1) = chart.view.viewRange()
        assert x1 - x0 == pytest.approx(chart.view.width())
        # Wheel events go on to the page (so it scrolls) instead of zooming the chart.
        before = chart.view.viewRange()
        event = QWheelEvent(
            QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(chart.plot.viewport(), event)
        assert not event.isAccepted()
        assert chart.view.viewRange() == before


def test_every_chart_has_words_and_accessible_text(qtbot) -> None:
    for chart in make_all(qtbot):
        text = chart.text_equivalent()
        assert text
        assert chart.accessibleDescription() == text
        assert chart.accessibleName()
        assert chart.text_label.isVisible() and chart.text_label.wordWrap()
        assert chart.text_label.text() and chart.text_label.text() in text.replace("\n\n", "\n")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_labels_fit_and_never_overlap(qtbot, scale: float) -> None:
    app = QApplication.instance()
    old = app.font()
    font = QFont(old)
    font.setPointSizeF(12.0 * scale)
    set_app_font(font)
    try:
        charts = make_all(qtbot)
        for chart in charts:
            chart._settle()
            assert_text_fits_and_does_not_overlap(chart)
        icon, interval, randomisation, funnel, cost, ratings = charts
        assert_bars_clear_of_text(interval, interval.track_item, interval.bar_item)
        assert_bars_clear_of_text(funnel, funnel.bar_item)
        assert_bars_clear_of_text(cost, cost.track_item, cost.cost_item, cost.paid_item)
        assert_bars_clear_of_text(ratings, ratings.track_item, *ratings.bar_items)
    finally:
        set_app_font(old)


def test_text_in_the_picture_follows_the_application_font(qtbot, big_text) -> None:
    chart = show(qtbot, IntervalChart())
    chart.set_studies([("Small study", 12, 12)])
    for item in visible_texts(chart):
        assert item.font().pointSizeF() == pytest.approx(24.0)
    app = QApplication.instance()
    font = QFont(app.font())
    font.setPointSizeF(12.0)
    set_app_font(font)
    chart._settle()
    small_height = chart.plot.height()
    for item in visible_texts(chart):
        assert item.font().pointSizeF() == pytest.approx(12.0)
    set_app_font(big_text)
    chart._settle()
    assert chart.plot.height() > small_height * 1.5


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_save_png_writes_a_real_picture(qtbot, tmp_path, scale: float) -> None:
    for i, chart in enumerate(make_all(qtbot)):
        path = chart.save_png(tmp_path / f"chart{i}.png", scale=scale)
        data = path.read_bytes()
        assert data[:8] == PNG_SIGNATURE
        image = QImage(str(path))
        assert not image.isNull()
        assert image.width() == round(chart.width() * scale)
        assert image.height() >= chart.plot.height() * scale
        # The picture is not blank: it has the white background and dark ink.
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}  # fmt: skip
        assert len(colours) > 3


def test_save_png_works_for_a_chart_never_shown(qtbot, tmp_path) -> None:
    chart = IconArrayChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data(12, 100, "responded", "did not", "Phase 1 trials")
    path = chart.save_png(tmp_path / "hidden.png")
    image = QImage(str(path))
    assert image.width() == 500 and image.height() > 300
    assert spot_count(chart.affected_item) == 12


def test_focus_frame_and_selection_are_not_exported(qtbot, tmp_path) -> None:
    chart = show(qtbot, IconArrayChart())
    chart.set_data(18, 100, "responded", "did not", "t")
    chart.select_group(AFFECTED)
    chart.save_png(tmp_path / "a.png")
    assert chart.highlight_item.isVisible()  # back on screen after the export


def test_pyqtgraph_is_imported_only_by_the_chart_modules() -> None:
    code = (
        "import sys\n"
        "import decisionaid.ui.charts, decisionaid.ui.charts.palette\n"
        "import decisionaid.ui.charts.legend, decisionaid.ui.charts.symbols\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


# --- icon array -----------------------------------------------------------------------------


def test_icon_array_counts_and_both_framings(qtbot) -> None:
    chart = show(qtbot, IconArrayChart())
    with qtbot.waitSignal(chart.text_changed):
        chart.set_data(18, 100, "responded", "did not", "Phase 1 trials, 2013 to 2019")
    assert spot_count(chart.affected_item) == 18
    assert spot_count(chart.other_item) == 82
    assert spot_count(chart.partial_item) == 0
    assert "18 of 100 responded; 82 of 100 did not" in chart.text_equivalent()
    assert chart.legend.texts() == ["18 of 100 responded", "82 of 100 did not"]
    # Filled vs outlined: a pattern, not only a colour.
    assert chart.affected_item.opts["brush"].color().name() != "#ffffff"
    assert chart.other_item.opts["brush"].color().name() == "#ffffff"
    # Affected people come first, in reading order (the first row is full).
    first_row_y = {round(p[1]) for p in chart.affected_item.getData()[1:2] for _ in [0]}
    xs, ys = chart.affected_item.getData()
    assert len(set(ys.round(3))) == 2 and ys.min() < chart.other_item.getData()[1].min()
    assert first_row_y


def test_icon_array_rate_under_one_in_a_hundred(qtbot, content) -> None:
    chart = show(qtbot, IconArrayChart())
    fact = content.facts.frequency("phase1_death")
    chart.set_fact(fact, "Source: Chihara et al., Lancet 2022")
    assert spot_count(chart.affected_item) == 0
    assert spot_count(chart.partial_item) == 1
    assert spot_count(chart.other_item) == 100
    text = chart.text_equivalent()
    assert "Fewer than 1 of 100 died from the treatment" in text
    assert "0 of 100" not in text and "100 of 100" not in text
    assert "about 1 in 150" in text
    assert "Source: Chihara et al., Lancet 2022" in text
    assert fact.time_frame in text


def test_icon_array_updates_live_and_validates(qtbot) -> None:
    chart = show(qtbot, IconArrayChart())
    chart.set_data(18, 100, "responded", "did not", "t")
    chart.set_data(12, 100, "responded", "did not", "t")
    assert spot_count(chart.affected_item) == 12 and spot_count(chart.other_item) == 88
    chart.set_data(1, 150, "died", "did not", "t")
    assert spot_count(chart.affected_item) == 1 and spot_count(chart.other_item) == 149
    with pytest.raises(ValueError):
        chart.set_data(101, 100, "a", "b", "t")


def test_icon_array_keyboard_moves_between_groups(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before = QPushButton("Before", host)
    chart = IconArrayChart(host)
    layout.addWidget(before)
    layout.addWidget(chart)
    chart.set_data(18, 100, "responded", "did not", "Phase 1")
    host.resize(600, 800)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    before.setFocus()
    with qtbot.waitSignal(chart.group_selected) as blocker:
        qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert chart.hasFocus()
    assert blocker.args == ["18 of 100 responded"]
    assert chart.selected_group() == AFFECTED
    assert chart.accessibleDescription() == "18 of 100 responded"
    assert not chart.highlight_item.path().isEmpty()
    affected_area = chart.highlight_item.path().boundingRect()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.selected_group() == OTHERS
    assert chart.accessibleDescription() == "82 of 100 did not"
    assert chart.highlight_item.path().boundingRect() != affected_area
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected_group() == AFFECTED
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.selected_group() == OTHERS
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.accessibleDescription() == "18 of 100 responded"
    # Leaving the chart restores the full description.
    qtbot.keyClick(chart, Qt.Key.Key_Backtab)
    assert not chart.hasFocus()
    assert chart.selected_group() is None
    assert chart.accessibleDescription() == chart.text_equivalent()


def test_icon_array_hover_reads_the_numbers(qtbot) -> None:
    chart = show(qtbot, IconArrayChart())
    chart.set_data(18, 100, "responded", "did not", "t")
    assert chart.affected_item.opts["hoverable"] and chart.other_item.opts["hoverable"]
    pos = chart.other_item.getData()
    tip = chart.other_item.opts["tip"](x=pos[0][0], y=pos[1][0], data=OTHERS)
    assert tip == "82 of 100 did not"
    spot = chart.affected_item.points()[0]
    assert chart.affected_item.opts["tip"](x=0, y=0, data=spot.data()) == "18 of 100 responded"


# --- interval chart -------------------------------------------------------------------------


def test_interval_chart_bars_whiskers_and_labels(qtbot) -> None:
    chart = show(qtbot, IntervalChart())
    chart.set_studies(
        [
            IntervalRow("First study", 12, 12, "12 of the 12 people who finished treatment"),
            ("Larger study", 49, 49),
            ("Other tumours", 35, 54),
        ]
    )
    labels = {t.toPlainText() for t in visible_texts(chart)}
    assert "12 of 12 (interval 73.5–100%)" in labels
    assert "49 of 49 (interval 92.7–100%)" in labels
    assert "35 of 54 (interval 50.6–77.3%)" in labels
    assert chart.intervals[0] == pytest.approx((0.7353515, 1.0), abs=1e-6)
    tracks, bars = bar_widths(chart.track_item), bar_widths(chart.bar_item)
    assert bars[0] == pytest.approx(tracks[0]) and bars[1] == pytest.approx(tracks[1])
    assert bars[2] == pytest.approx(tracks[2] * 35 / 54)
    # The whisker of 12/12 starts at 73.5% of the track; the one of 49/49 at 92.7%.
    x0 = chart.track_item.opts["x0"][0]
    wx = list(chart.whisker_item.getData()[0])
    assert (wx[0] - x0) / tracks[0] == pytest.approx(0.7354, abs=1e-3)
    assert (wx[6] - x0) / tracks[0] == pytest.approx(0.9275, abs=1e-3)
    text = chart.text_equivalent()
    assert "12 of the 12 people who finished treatment" in text
    assert "could be as low as 73.5%" in text
    assert "anywhere from 50.6% to 77.3%" in text


def test_interval_chart_from_facts(qtbot, content) -> None:
    chart = show(qtbot, IntervalChart())
    figure = content.facts.interval("dostarlimab")
    chart.set_figure(figure, "Source: " + content.cite(["cercek2022", "cercek2025"]))
    assert [r.total for r in chart.rows()] == [12, 49, 54]
    text = chart.text_equivalent()
    assert "followed for 6 to 25 months" in text
    assert "cured" not in text.lower()
    chart.set_studies([("Only one", 3, 10)])
    assert len(bar_widths(chart.bar_item)) == 1
    assert "12 of 12" not in {t.toPlainText() for t in visible_texts(chart)}


# --- randomisation --------------------------------------------------------------------------


def test_randomisation_pictograph_updates_live(qtbot) -> None:
    chart = show(qtbot, RandomisationChart())
    chart.set_ratio([2, 1], ["New treatment", "Standard treatment"])
    assert group_counts(chart) == [2, 1]
    assert chart.legend.texts() == [
        "New treatment: 2 in 3 (67%)",
        "Standard treatment: 1 in 3 (33%)",
    ]
    assert "Out of every 3 people who join" in chart.text_equivalent()
    with qtbot.waitSignal(chart.text_changed):
        chart.set_ratio([1, 1, 1], ["A", "B", "C"])
    assert group_counts(chart) == [1, 1, 1]
    assert "A: 1 in 3 (33%)" in chart.text_equivalent()
    chart.set_ratio([1, 1])
    assert group_counts(chart) == [1, 1]
    assert spot_count(chart.figures_item) == 2
    assert chart.legend.texts() == ["Group 1: 1 in 2 (50%)", "Group 2: 1 in 2 (50%)"]
    chart.set_ratio([4, 2], ["New", "Standard"])
    assert chart.figure_counts() == [2, 1]
    assert "same chances as 2:1" in chart.text_equivalent()


def test_randomisation_groups_differ_by_more_than_colour(qtbot) -> None:
    chart = show(qtbot, RandomisationChart())
    chart.set_ratio([1, 1, 1])
    hatching = {
        (round(spot.pos().x()), round(spot.pos().y())): spot.brush().style()
        for spot in chart.pattern_item.points()
    }
    styles = set()
    for group in range(3):
        (spot,) = chart.group_spots(group)
        where = (round(spot.pos().x()), round(spot.pos().y()))
        pattern = hatching.get(where, Qt.BrushStyle.NoBrush)
        styles.add((spot.brush().color().name() == "#ffffff", pattern))
    assert len(styles) == 3


def test_randomisation_draws_each_group_as_its_legend_shows(qtbot) -> None:
    """One scatter item holds every group's figures: each figure keeps its group's colour,
    fill and pattern, the same as its legend sample, for as many groups as a trial may have."""
    chart = show(qtbot, RandomisationChart())
    chart.set_ratio([1] * 12)
    assert group_counts(chart) == [1] * 12
    hatching = {
        (round(spot.pos().x()), round(spot.pos().y())): spot.brush().style()
        for spot in chart.pattern_item.points()
    }
    for group, (swatch, _text) in enumerate(chart.legend.entries()):
        (spot,) = chart.group_spots(group)
        if swatch.fill is None:  # outlined in the group's colour
            assert spot.brush().color().name() == "#ffffff"
            assert spot.pen().color() == palette.color(swatch.outline)
        else:
            assert spot.brush().color() == palette.color(swatch.fill)
        where = (round(spot.pos().x()), round(spot.pos().y()))
        assert hatching.get(where) == swatch.pattern
    chart.set_ratio([2, 1])
    assert group_counts(chart) == [2, 1]


@pytest.mark.parametrize("ratio", [[1], [0, 1], [2, -1], [1.5, 1], [61, 1]])
def test_randomisation_rejects_bad_ratios(qtbot, ratio) -> None:
    chart = show(qtbot, RandomisationChart())
    chart.set_ratio([2, 1])
    with pytest.raises((ValueError, TypeError)):
        chart.set_ratio(ratio)
    assert chart.ratio() == [2, 1]


def test_randomisation_from_facts(qtbot, content) -> None:
    chart = show(qtbot, RandomisationChart())
    chart.set_figure(content.facts.randomisation, "Source: Gupta et al. 2021", [2, 1])
    assert chart.labels() == ["New treatment", "Standard treatment"]
    assert "238" in chart.text_equivalent()


# --- funnel ---------------------------------------------------------------------------------


def test_funnel_is_about_drugs(qtbot, content) -> None:
    chart = show(qtbot, FunnelChart())
    chart.set_figure(content.facts.funnel, "Source: BIO 2016")
    widths = bar_widths(chart.bar_item)
    assert len(widths) == 5
    assert [w / widths[0] for w in widths] == pytest.approx(
        [1.0, 0.628, 0.154488, 0.0619497, 0.0510465], abs=1e-4
    )
    text = chart.text_equivalent()
    assert "Counting drugs, not people" in text
    assert "about 63 of 100 drugs (62.8% of those at the step before)" in text
    assert "about 5 of 100 drugs" in text
    assert "DRUG" in chart.title()
    with pytest.raises(ValueError):
        chart.set_steps("Start", [("Next", 0.0)])


# --- costs ----------------------------------------------------------------------------------


def test_cost_chart_stacks_categories_and_updates_live(qtbot) -> None:
    chart = show(qtbot, CostChart())
    chart.set_values({"Travel": 180.0, "Parking": 0.0, "Meals": 60.0}, 100.0, dollars)
    widths = bar_widths(chart.cost_item)
    assert len(widths) == 2  # zero amounts are not drawn
    assert widths[0] / widths[1] == pytest.approx(3.0)
    track = bar_widths(chart.track_item)[0]
    assert sum(widths) == pytest.approx(track)
    assert bar_widths(chart.paid_item)[0] == pytest.approx(track * 100 / 240)
    assert chart.legend.texts() == [
        "Travel: $180.00",
        "Meals: $60.00",
        "Paid back by the trial: $100.00",
    ]
    text = chart.text_equivalent()
    assert "Left for you to pay each month: $140.00" in text
    assert "Parking $0.00" in text
    with qtbot.waitSignal(chart.text_changed):
        chart.set_values({"Travel": 50.0}, 80.0, dollars)
    assert bar_widths(chart.cost_item) == pytest.approx([track * 50 / 80])
    assert bar_widths(chart.paid_item) == pytest.approx([track])
    assert "The trial pays back $30.00 a month more than these costs" in chart.text_equivalent()
    chart.set_values({}, 0.0, dollars)
    assert "No costs entered yet" in chart.text_equivalent()
    with pytest.raises(ValueError):
        chart.set_values({"Travel": -1.0}, 0.0, dollars)
    with pytest.raises(ValueError):
        chart.set_values({"Travel": float("nan")}, 0.0, dollars)


def test_cost_categories_have_colour_and_pattern(qtbot) -> None:
    chart = show(qtbot, CostChart())
    chart.set_values({"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0}, 0.0, dollars)
    colours = [pg.mkBrush(b).color().name() for b in chart.cost_item.opts["brushes"]]
    patterns = [pg.mkBrush(b).style() for b in chart.cost_pattern_item.opts["brushes"]]
    assert len(set(colours)) == 4
    assert len(set(patterns)) == 4


# --- ratings --------------------------------------------------------------------------------


def test_ratings_side_by_side_with_equal_weight(qtbot) -> None:
    chart = show(qtbot, RatingsChart())
    chart.set_ratings(
        [("Newest treatment", 4), ("Close monitoring", 2), ("Help with costs", None)],
        [("Side effects", 4), ("More visits", 1)],
    )
    left, right = chart.bar_items
    assert len(bar_widths(left)) == 2 and len(bar_widths(right)) == 2
    tracks = bar_widths(chart.track_item)
    assert len(set(round(t, 3) for t in tracks)) == 1  # one scale for both sides
    full = tracks[0]
    assert bar_widths(left) == pytest.approx([full, full / 2])
    assert bar_widths(right) == pytest.approx([full, full / 4])
    assert left.opts["height"][0] == right.opts["height"][0]
    assert len(bar_widths(chart.unrated_item)) == 1
    texts = {t.toPlainText() for t in visible_texts(chart)}
    assert "Not rated" in texts
    assert "A great deal (4 of 4)" in texts
    assert chart.rating_text(4) == "A great deal (4\u00a0of\u00a04)"  # kept on one line
    text = chart.text_equivalent()
    assert "Help with costs: Not rated" in text
    assert "Side effects: A great deal" in text
    # Both columns start at the same height and are equally wide.
    lx, rx = chart.track_item.opts["x0"][0], chart.track_item.opts["x0"][3]
    assert rx > lx + full


def test_ratings_validate_and_use_content_labels(qtbot, content) -> None:
    chart = show(qtbot, RatingsChart(rating_labels=content.considerations.rating_labels))
    chart.set_ratings([("x", 3)], [])
    assert content.considerations.rating_labels[3] in chart.text_equivalent()
    assert "none listed" in chart.text_equivalent()
    with pytest.raises(ValueError):
        chart.set_ratings([("x", 5)], [])
    with pytest.raises(ValueError):
        chart.set_ratings([("x", True)], [])
    with pytest.raises(ValueError):
        chart.set_rating_labels(["a", "b"])


def test_a_chart_is_measured_without_laying_its_words_out_at_another_width(qtbot) -> None:
    """A chart's size hint is its layout's: the words under the picture are laid out at
    their own width only (QWidget's own hint laid them out at the chart's preferred width,
    each time a card or the page around it was measured)."""
    chart = show(qtbot, IconArrayChart())
    chart.set_data(18, 100, "responded", "did not", "Phase 1 trials, 2013 to 2019")
    chart._settle()
    labels = [chart.text_label, *(label for _, label in chart.legend._rows)]
    for label in labels:
        label._sizes_kept = {}  # the heights it keeps, by width: what it is asked from now
        label.updateGeometry()
    chart.layout().invalidate()
    chart.legend.layout().invalidate()
    chart.sizeHint()
    chart.legend.sizeHint()
    asked = [
        (key[0], label.width())
        for label in labels
        for key in label._sizes_kept
        if isinstance(key[0], int)
    ]
    assert not [(width, own) for width, own in asked if width != own]
    # Laid out, each is asked its height at its own width.
    chart.layout().activate()
    chart.layout().totalHeightForWidth(chart.width())
    assert any(isinstance(key[0], int) for key in chart.text_label._sizes_kept)


def test_text_goes_into_the_view_box_and_follows_it(qtbot) -> None:
    """Text items join the view box directly (not the scene first): they are drawn in the
    picture, above the view box, and follow the view box's range and transform. That
    transform draws them at their own size: the view's range is its size in pixels."""
    chart = show(qtbot, IconArrayChart())
    item = chart._text_item(bold=True)
    assert item.parentItem() is chart.view.childGroup
    assert item.scene() is chart.view.scene()
    assert item.zValue() > chart.view.zValue()
    scale = item.sceneTransform()
    assert (scale.m11(), scale.m22(), scale.m12(), scale.m21()) == pytest.approx((1, 1, 0, 0))
    item.setPlainText("Words")
    item.setPos(10.0, 20.0)
    assert item.mapToScene(QPointF(0, 0)) == chart.view.childGroup.mapToScene(QPointF(10, 20))


def test_legend_rows_taken_away_leave_nothing_behind(qtbot):
    """Rows a legend no longer needs are deleted with their Python objects (its words are
    labels made by Qt, which a parent would otherwise keep alive after they are deleted)."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent

    from decisionaid.ui.charts.legend import ChartLegend, Swatch

    legend = ChartLegend()
    qtbot.addWidget(legend)
    made = []
    for _ in range(10):
        legend.set_entries([(Swatch("rect", fill="#123456"), f"row {j}") for j in range(5)])
        made += [weakref.ref(label) for _, label in legend._rows]
        legend.set_entries([(Swatch("rect", fill="#123456"), "one")])
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    alive = [ref for ref in made if ref() is not None]
    assert len({id(ref()) for ref in alive}) == 1  # the one row still shown
