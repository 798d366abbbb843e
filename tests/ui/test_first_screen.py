"""A long page opened before it is made ready shows its first screen first (ui/pages/base.py:
Page.build_rest, Page.complete): painted before the rest is built, and once whole, the same
page, widget for widget, as one built in one go, with nothing of the session changed."""

from __future__ import annotations

import copy
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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


def _partial(window, step_id: str):
    """The page opened and painted, its rest not built yet."""
    window.go_to(window.index_of(step_id))
    page = window.pages[step_id]
    assert page.first_screen_only
    return page


def _pair(make_window, step_id: str):
    """Two windows on the same session, on `step_id`: one with the page half built, one
    with it built at once."""
    staged = make_window(_session(), first_screen_first=True)
    at_once = make_window(_session(), first_screen_first=False)
    page = _partial(staged, step_id)
    at_once.go_to(at_once.index_of(step_id))
    return staged, at_once, page


def _same_once_whole(staged, at_once, step_id: str, qtbot) -> None:
    _whole(staged, step_id, qtbot)
    qtbot.wait(50)
    got, want = _picture(staged.pages[step_id]), _picture(at_once.pages[step_id])
    assert [w for w in got if w not in want] == [w for w in want if w not in got] == []
    assert dumps(staged.document.session) == dumps(at_once.document.session)


def test_a_click_on_a_page_half_built_makes_it_whole_first(make_window, qtbot):
    # The first screen's "show" box hides standard treatment: every block of the grid
    # follows, as on a page built at once (the later blocks were built from the old grid).
    staged, at_once, page = _pair(make_window, "options")
    for window in (staged, at_once):
        box = window.pages["options"].show_slots[0].box.box
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert not page.first_screen_only  # whole before the click reached the box
    assert staged.document.session.options.hidden == at_once.document.session.options.hidden
    assert staged.document.session.options.hidden  # (the click did hide it)
    _same_once_whole(staged, at_once, "options", qtbot)


def test_a_key_on_a_page_half_built_makes_it_whole_first(make_window, qtbot):
    # The country on the costs page's first screen: its notes are below it.
    staged, at_once, page = _pair(make_window, "costs")
    for window in (staged, at_once):
        combo = window.pages["costs"].country
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert not page.first_screen_only
    assert staged.document.session.costs.country == at_once.document.session.costs.country
    assert staged.document.session.costs.country  # (the key did choose one)
    _same_once_whole(staged, at_once, "costs", qtbot)


def test_the_wheel_on_a_page_half_built_makes_it_whole_first(make_window, qtbot):
    window = make_window(_session(), first_screen_first=True)
    page = _partial(window, "values")
    body = page.widget()
    centre = QPointF(body.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(body.mapToGlobal(body.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(body, wheel)
    assert not page.first_screen_only


def test_a_trial_replaced_while_its_page_is_half_built(make_window, qtbot):
    # (a look-up's answer, or Clear): the groups still to build are the new trial's.
    window = make_window(_session(), first_screen_first=True)
    page = _partial(window, "trial")
    qtbot.waitUntil(lambda: len(page.arm_editors) > 0, timeout=5_000)  # one part built
    assert page.first_screen_only
    trial = copy.deepcopy(window.document.session.trial)
    trial.arms, trial.ratio = [Arm(label="A"), Arm(label="B")], [1, 1]
    page.set_trial(trial)
    while page.first_screen_only:
        qtbot.wait(1)
        assert len(page.arm_editors) <= 2  # none for the groups of the trial replaced
    assert [e.label.text() for e in page.arm_editors] == ["A", "B"]


def test_a_group_removed_while_the_page_is_half_built(make_window, qtbot):
    window = make_window(_session(), first_screen_first=True)
    page = _partial(window, "trial")
    page.remove_arm()  # (the button is below the groups; any way it is pressed)
    assert not page.first_screen_only
    labels = [e.label.text() for e in page.arm_editors]
    assert labels == [f"Group {i + 1}" for i in range(MAX_GROUPS - 1)]


def test_a_part_that_fails_gives_the_page_up_and_it_is_built_again_whole(
    make_window, qtbot, monkeypatch
):
    from decisionaid.ui.pages.chances import ChancesPage

    original = ChancesPage.build_rest

    def failing(self):
        if self.first_screen_only:
            yield
            raise RuntimeError("a part failed")
        yield from original(self)

    monkeypatch.setattr(ChancesPage, "build_rest", failing)
    window = make_window(_session(), first_screen_first=True)
    page = _partial(window, "chances")
    with qtbot.captureExceptions() as exceptions:  # (the crash report's, in the app)
        qtbot.waitUntil(lambda: window.pages.get("chances") not in (None, page), timeout=5_000)
    assert [str(e[1]) for e in exceptions] == ["a part failed"]
    again = window.pages["chances"]
    assert not again.first_screen_only and again.isVisible()
    assert again.funnel.isVisibleTo(again)  # all there
    window.go_to(window.index_of("values"))
    window.drop_page("chances")
    window.go_to(window.index_of("chances"))
    assert not window.pages["chances"].first_screen_only  # whole from then on


@pytest.mark.parametrize("step_id", ("learn", *STAGED))
def test_the_scroll_area_still_sizes_its_body(make_window, qtbot, step_id):
    # QScrollArea watches its body (an event filter) to size it again: a page's own watch
    # on the body, while half built, took that away.
    window = make_window(_session(), first_screen_first=True)
    window.go_to(window.index_of(step_id))
    page = _whole(window, step_id, qtbot)
    body = page.widget()
    height = body.height()
    body.resize(body.width(), height + 3000)
    qtbot.waitUntil(lambda: body.height() == height, timeout=2_000)
    assert page.verticalScrollBar().maximum() == max(0, height - page.viewport().height())


FREED = """
import gc, sys, weakref
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from decisionaid.app import create_window
from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.ui import preload
window = create_window(demo_session(load("en")))
window.show()
app.processEvents()
window.go_to(window.index_of("options"))  # built before the background work is done
app.processEvents()
preload.start_now()
assert preload.finished.wait(60)
assert gc.get_freeze_count() > 0, "nothing frozen"
page = weakref.ref(window.pages["options"])
window.start_fresh(demo_session(load("en")))  # as New patient does
app.processEvents()
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # (as in the event loop)
preload.freeze_again()  # (the app does it 2 s later)
assert page() is None, "the last patient's page is kept"
assert gc.get_freeze_count() > 0, "nothing frozen again"
print("ok")
"""


def test_what_is_loaded_in_the_background_is_frozen_and_pages_dropped_are_freed(tmp_path):
    # In a process of its own: freezing keeps whatever is alive then, every test's too.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("DECISIONAID_CLINIC", None)
    run = subprocess.run(
        [sys.executable, "-c", FREED], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr[-2000:]


def test_tab_goes_through_a_page_made_whole_by_the_tab_key_as_through_one_built_at_once(
    make_window, qtbot
):
    staged = make_window(_session(), first_screen_first=True)
    at_once = make_window(_session(), first_screen_first=False)
    page = _partial(staged, "trial")
    at_once.go_to(at_once.index_of("trial"))
    walks = []
    for window in (staged, at_once):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        trial_page = window.pages["trial"]
        trial_page.title.setFocus()
        walk = []
        for _ in range(60):  # past the groups
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            walk.append((type(widget).__name__, widget.accessibleName()))
        walks.append(walk)
    assert not page.first_screen_only
    assert walks[0] == walks[1]
    assert any("Group 1" in name or "group 1" in name for _, name in walks[1])
