"""The "Your options" step: the grid follows the trial, hiding is said on the page, what the
doctor said is typed into the cells (by keyboard), and patient-named options get every row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from decisionaid.content.options_schema import ROW_IDS
from decisionaid.model.session import Session
from decisionaid.storage.trialfile import load_any
from tests.conftest import FIXTURES


def _page(window):
    window.go_to(window.index_of("options"))
    return window.pages["options"]


def test_options_step_follows_the_trial_page(make_window):
    window = make_window()
    assert window.index_of("options") == window.index_of("trial") + 1
    page = _page(window)
    ids = {key[0] for key in page.cells}
    assert ids == {"trial", "standard", "other_trial", "comfort"}
    assert {key[1] for key in page.cells} == set(ROW_IDS)
    trial = load_any(FIXTURES / "NCT04267848.json")[0]
    window.document.replace(Session(trial=trial))
    standard = page.cells[("standard", "involves")].body_html
    assert "Arm A (platinum doublet, observation)" in standard
    source = page.cells[("standard", "involves")].source_line
    assert "NCT04267848" in source


def test_hiding_an_option_says_so_and_showing_it_again(make_window, qtbot):
    window = make_window()
    page = _page(window)
    comfort = next(s for s in page.show_slots if s.option_id == "comfort")
    qtbot.mouseClick(comfort.box.box, Qt.MouseButton.LeftButton)
    assert window.document.session.options.hidden == ["comfort"]
    assert not page.hidden_note.isHidden()
    assert "Care that focuses on comfort" in page.hidden_note.text()
    assert ("comfort", "chance") not in page.cells
    qtbot.mouseClick(comfort.box.box, Qt.MouseButton.LeftButton)
    assert window.document.session.options.hidden == []
    assert page.hidden_note.isHidden()
    assert ("comfort", "chance") in page.cells


def test_typing_what_the_doctor_said(make_window, qtbot, content):
    window = make_window()
    page = _page(window)
    slot = next(s for s in page.typed_slots if (s.option_id, s.row) == ("standard", "visits"))
    before = page.cells[("standard", "visits")].body_html
    assert "Ask your doctor" in before
    slot.edit.setFocus()
    qtbot.keyClicks(slot.edit, "Every 2 weeks for 3 months")
    assert window.document.session.options.typed == {
        "standard": {"visits": "Every 2 weeks for 3 months"}
    }
    cell = page.cells[("standard", "visits")]
    assert "Every 2 weeks for 3 months" in cell.body_html
    assert "Ask your doctor" not in cell.body_html
    assert content.options.typed_source in cell.source_line

    count, outcome, frame = page.number_widgets
    count.setFocus()
    count.setValue(60)
    qtbot.keyClicks(outcome, "are alive")
    qtbot.keyClicks(frame, "after 5 years")
    chance = page.cells[("standard", "chance")].body_html
    assert "About 60 in 100 people are alive after 5 years." in chance


def test_adding_and_removing_an_own_option(make_window, qtbot):
    window = make_window()
    page = _page(window)
    page.own_name.setFocus()
    qtbot.keyClicks(page.own_name, "Watchful waiting")
    qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
    own = window.document.session.options.own
    assert [o.name for o in own] == ["Watchful waiting"]
    assert {row for (oid, row) in page.cells if oid == "own1"} == set(ROW_IDS)
    assert "Ask your doctor" in page.cells[("own1", "chance")].body_html
    good = next(s for s in page.point_slots if s.kind == "good")
    qtbot.keyClicks(good.edit, "No side effects for now")
    assert own[0].good == "No side effects for now"
    qtbot.mouseClick(page.remove_slots[0].button, Qt.MouseButton.LeftButton)
    assert window.document.session.options.own == []
    assert not [key for key in page.cells if key[0] == "own1"]


def test_a_cell_shows_the_name_the_words_and_the_source(make_window):
    """One label per cell: the option's name, the words, then the source note in its
    smaller size, following the text size."""
    from html import escape

    from PySide6.QtWidgets import QApplication

    window = make_window()
    page = _page(window)
    cell = page.cells[("standard", "involves")]
    assert cell.isVisibleTo(page)
    shown = cell.label.text()
    assert f"<b>{escape(cell.title)}</b>" in shown
    assert cell.body_html in shown
    assert cell.source_line and escape(cell.source_line) in shown

    def source_size() -> str:
        return f"font-size:{QApplication.font().pointSizeF() * 0.9:g}pt"

    assert source_size() in shown
    window.set_text_scale(2.0)
    assert source_size() in cell.label.text()


def test_cells_built_while_hidden_are_placed_when_shown(make_window):
    """A rebuild while the page is hidden (another session opened on another step) puts the
    cells in when the page shows, at its own width."""
    from decisionaid.model.session import Session

    window = make_window()
    page = _page(window)
    window.go_to(window.index_of("learn"))
    other = Session()
    other.options.hidden = ["comfort"]
    window.document.replace(other)
    assert ("comfort", "chance") not in page.cells
    cell = page.cells[("standard", "chance")]
    assert not cell.isVisibleTo(page)
    window.go_to(window.index_of("options"))
    assert cell.isVisibleTo(page)
    assert all(block.per_line >= 1 for block in page.blocks)


def test_a_hidden_page_follows_the_edits_made_elsewhere_when_it_is_shown(make_window):
    """Not at every key typed on another step (each edit of the trial reached every page
    built), but as it is shown, with every edit made since."""
    window = make_window()
    page = _page(window)
    window.go_to(window.index_of("learn"))
    window.document.session.options.hidden = ["comfort"]
    window.document.edit("options")
    assert ("comfort", "chance") in page.cells  # not yet: the page is hidden
    window.go_to(window.index_of("options"))
    assert ("comfort", "chance") not in page.cells
    assert page.cells[("standard", "chance")].isVisibleTo(page)
    assert all(block.per_line >= 1 for block in page.blocks)
    # On the screen, at once.
    window.document.session.options.hidden = []
    window.document.edit("options")
    assert page.cells[("comfort", "chance")].isVisibleTo(page)


def test_cells_are_sized_as_the_grid_will_size_them(make_window):
    """Cells are shown at the width the block's grid then gives them (a cell shown at any
    other width lays all its words out once for nothing): the shares worked out before the
    page is laid out are the grid's own."""
    from decisionaid.ui.pages.options import _equal_shares

    window = make_window()
    page = _page(window)
    checked = 0
    for block in page.blocks:
        n = block.per_line
        body, inner = page.body.contentsMargins(), block.layout_.contentsMargins()
        estimate = page.viewport().width() - body.left() - body.right()
        estimate -= 2 * block.frameWidth() + inner.left() + inner.right()
        assert estimate == block.host.width()
        space = block.host.width() - block.grid.spacing() * (n - 1)
        shares = _equal_shares(space, n)
        assert sum(shares) == space
        if any(c.minimumSizeHint().width() > min(shares) for c in block.cells):
            continue  # a cell that needs more (the number boxes) takes it from the others
        checked += 1
        for i, cell in enumerate(block.cells):
            assert cell.width() == shares[i % n]
    assert checked >= len(page.blocks) - 1


def test_measuring_the_page_lays_no_cell_out_at_another_width(make_window):
    """The page's size hint (asked each time the scroll area fits the page) does not lay the
    cells' words out at the width they would have at their preferred size (QWidget's own
    size hint did, for the whole grid: every cell's words once more, about 404 px wide)."""
    window = make_window()
    page = _page(window)
    labels = [cell.label for cell in page.cells.values()]
    layouts = [page.body, page.grid_layout]
    for block in page.blocks:
        layouts += [block.layout_, block.grid, *(cell.layout_ for cell in block.cells)]
    for layout in layouts:
        layout.invalidate()
    for label in labels:
        label._sizes_kept = {}  # the heights it keeps, by width: what it is asked from now
        label.updateGeometry()  # and its layout item's, too
        label.parentWidget().updateGeometry()
    page.grid_host.sizeHint()
    page.widget().sizeHint()
    asked = {(key[0], label.width()) for label in labels for key in label._sizes_kept}
    assert not [(width, own) for width, own in asked if isinstance(width, int) and width != own]
    # What the layout asks when it places the cells: their heights at their own widths.
    page.grid_layout.heightForWidth(page.grid_host.width())
    asked = {(key[0], label.width()) for label in labels for key in label._sizes_kept}
    assert any(isinstance(width, int) for width, _own in asked)
    assert not [(width, own) for width, own in asked if isinstance(width, int) and width != own]


def test_a_cells_preferred_size_is_never_read(make_window):
    """A cell's words report their smallest size as their preferred one too (three layouts
    of the words fewer): every column a row block uses stretches, and Qt's layout engine
    takes a stretched column's smallest size for its preferred one (the cells' widths are
    the grid's shares: test_cells_are_sized_as_the_grid_will_size_them)."""
    window = make_window()
    for scale in (1.0, 2.0):
        window.set_text_scale(scale)
        page = _page(window)
        for block in page.blocks:
            assert block.per_line >= 1
            for c in range(block.per_line):
                assert block.grid.columnStretch(c) > 0
            for cell in block.cells:
                label = cell.label
                assert label.preferred_is_smallest
                assert label.sizeHint() == label.minimumSizeHint()
    window.set_text_scale(1.0)
