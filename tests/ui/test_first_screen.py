"""A long page opened before it is made ready shows its first screen first (ui/pages/base.py:
Page.build_rest, Page.complete): painted before the rest is built, and once whole, the same
page, widget for widget, as one built in one go, with nothing of the session changed."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.model.trial import MAX_GROUPS, Arm
from decisionaid.storage.sessionfile import dumps
from decisionaid.ui import preload

STAGED = ("trial", "options", "costs", "chances", "values")


def _session():
    """The demo, with as many groups as a trial may have (the groups come after the first
    screen on the trial page)."""
    session = demo_session(load("en"))
    session.trial.arms = [
        Arm(label=f"Group {i + 1}", description=f"What group {i + 1} gets.")
        for i in range(MAX_GROUPS)
    ]
    session.trial.ratio = [1] * MAX_GROUPS
    return session


def _whole(window, step_id: str, qtbot):
    page = window.pages[step_id]
    qtbot.waitUntil(lambda: not page.first_screen_only, timeout=10_000)
    # A chart shown with the last part gets its height for its width a turn or two later
    # (as a page built at once, once shown): below the first screen.
    qtbot.wait(50)
    return page


def _picture(page) -> list[tuple]:
    """Every widget on the page as laid out: where, what kind, and what it shows."""
    from decisionaid.ui.charts.base import ChartBase

    body = page.widget()
    seen = []
    for widget in body.findChildren(QWidget):
        if not widget.isVisibleTo(page) or type(widget).__name__ == "FocusRing":
            continue  # (the focus ring is where the keyboard is: in one window of the two)
        if isinstance(widget, ChartBase):
            shows = widget.text_equivalent()
        elif isinstance(widget, QLabel):
            shows = widget.text()
        elif isinstance(widget, QAbstractButton):
            shows = (widget.text(), widget.isChecked(), widget.isEnabled())
        elif isinstance(widget, QLineEdit):
            shows = (widget.text(), widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit):
            shows = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            shows = (widget.currentText(), widget.count())
        else:
            shows = widget.accessibleName()
        where = widget.mapTo(body, widget.rect().topLeft())
        seen.append(
            (where.y(), where.x(), widget.width(), widget.height(), type(widget).__name__, shows)
        )
    return sorted(seen, key=repr)


@pytest.mark.parametrize("step_id", STAGED)
def test_a_page_built_first_screen_first_ends_as_one_built_at_once(make_window, qtbot, step_id):
    staged = make_window(_session(), first_screen_first=True)
    at_once = make_window(_session(), first_screen_first=False)
    before = dumps(staged.document.session)
    edits = staged.document.edits
    index = staged.index_of(step_id)

    staged.go_to(index)
    page = staged.pages[step_id]
    assert page.first_screen_only  # the rest waits for the first paint
    at_once.go_to(index)
    assert not at_once.pages[step_id].first_screen_only
    _whole(staged, step_id, qtbot)
    qtbot.wait(50)  # the page built at once, too

    got, want = _picture(page), _picture(at_once.pages[step_id])
    assert [w for w in got if w not in want] == [w for w in want if w not in got] == []
    assert got == want
    # Seen, as any visit marks a step; nothing else written.
    staged.document.session.seen = at_once.document.session.seen = []
    assert dumps(staged.document.session) == dumps(at_once.document.session)
    assert staged.document.edits == edits
    assert before  # (the session as it was: unchanged but for the step)


class _Painted(QObject):
    """Records whether the page was still its first screen when its body was first painted."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.first_screen_only: bool | None = None

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.first_screen_only is None:
            self.first_screen_only = self.page.first_screen_only
        return False


@pytest.mark.parametrize("step_id", STAGED)
def test_the_first_screen_is_painted_before_the_rest_is_built(make_window, qtbot, step_id):
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of(step_id))
    page = window.pages[step_id]
    painted = _Painted(page)
    page.widget().installEventFilter(painted)
    _whole(window, step_id, qtbot)
    page.widget().removeEventFilter(painted)
    assert painted.first_screen_only is True


def test_the_rest_comes_a_part_at_a_time(make_window, qtbot):
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of("chances"))
    page = window.pages["chances"]
    assert not hasattr(page, "funnel")  # below the first screen
    assert page.randomisation.isVisibleTo(page)
    parts = 0
    while page.first_screen_only:
        qtbot.wait(1)
        parts += 1
    assert parts >= 2
    assert page.funnel.isVisibleTo(page) and page.intervals.isVisibleTo(page)
    assert not page.message.isVisibleTo(page)  # hidden on purpose: stays hidden


def test_any_other_use_of_the_page_makes_it_whole_at_once(make_window):
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of("trial"))
    page = window.pages["trial"]
    assert page.first_screen_only and page.arm_editors == []
    assert window.page("trial") is page
    assert not page.first_screen_only
    assert len(page.arm_editors) == MAX_GROUPS
    assert page.arm_editors[-1].card.isVisibleTo(page)
    assert page.arm_editors[-1].label.text() == f"Group {MAX_GROUPS}"


def test_an_edit_before_the_page_is_whole_is_shown(make_window, qtbot):
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of("chances"))
    page = window.pages["chances"]
    assert page.first_screen_only
    trial = window.document.session.trial
    trial.arms, trial.ratio = trial.arms[:2], [2, 1]
    window.document.edit("trial")
    _whole(window, "chances", qtbot)
    assert "2:1" in page.trial_note.text()


def test_a_page_dropped_before_it_is_whole_builds_no_more(make_window, qtbot):
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of("values"))
    page = window.pages["values"]
    assert page.first_screen_only
    window.new_session()  # drops every page
    qtbot.wait(150)  # past the first paint and REST_MS
    assert page.first_screen_only  # never completed: no part ran on a page taken out
    assert "values" not in window.pages


def test_first_screens_first_go_with_making_pages_ready(make_window):
    # As the app runs (app.run: prepare_ahead=True); windows made directly build at once.
    assert make_window(prepare_ahead=True).first_screen_first
    assert not make_window().first_screen_first


def test_what_is_loaded_in_the_background_is_frozen_for_the_garbage_collector():
    preload.start_now()
    assert preload.finished.wait(60)
    assert gc.get_freeze_count() > 0
