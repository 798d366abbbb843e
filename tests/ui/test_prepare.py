"""Pages made ready while the patient reads (ui/prepare.py): all of them, changing nothing,
never while the patient types or a dialog is open, and each looks as if opened at once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from decisionaid.content.loader import load
from decisionaid.model.demo import demo_session
from decisionaid.model.session import Session
from decisionaid.model.trial import Arm, TrialInfo
from decisionaid.storage.sessionfile import dumps
from decisionaid.ui import preload, prepare
from tests.ui.textwalk import window_texts
from tests.ui.wheelhelp import wheel


@pytest.fixture
def quick(monkeypatch):
    """Short waits, and the background imports done (as a moment after the app starts)."""
    monkeypatch.setattr(prepare, "IDLE_MS", 150)
    monkeypatch.setattr(prepare, "GAP_MS", 1)
    done = threading.Event()
    done.set()
    monkeypatch.setattr(preload, "finished", done)


def _wait_ready(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.preparer.waiting(), timeout=30_000)


def test_every_page_is_made_ready_and_nothing_of_the_session_changes(make_window, qtbot, quick):
    session = demo_session(load("en"))
    window = make_window(session, prepare_ahead=True)
    before = dumps(session)
    edits, modified = window.document.edits, window.document.modified
    focus = QApplication.focusWidget()
    assert focus is not None
    assert list(window.pages) == ["welcome"]
    _wait_ready(window, qtbot)

    assert set(window.pages) == {step.id for step in window.steps}
    assert all(page.laid_out for page in window.pages.values())
    # Still on the welcome page, with the keyboard where it was; no other page on the screen.
    assert window.current_step().id == "welcome"
    assert QApplication.focusWidget() is focus
    hidden = [page for step_id, page in window.pages.items() if step_id != "welcome"]
    assert not any(page.isVisible() for page in hidden)
    # Nothing written to the session, no step seen, nothing to save.
    assert dumps(window.document.session) == before
    assert window.document.edits == edits
    assert window.document.modified == modified
    assert session.seen == []


def test_a_fresh_window_made_ready_has_nothing_to_save(make_window, qtbot, quick):
    window = make_window(prepare_ahead=True)
    _wait_ready(window, qtbot)
    assert not window.document.modified
    assert not window.unsaved()
    window.close()
    assert window.questions_asked == []  # no "Save changes?"


def test_no_page_is_made_while_the_patient_types(make_window, qtbot, quick):
    window = make_window(prepare_ahead=True)
    for _ in range(8):  # an edit every 50 ms, for 400 ms: more than the quiet time
        window.document.edit("notes")
        qtbot.wait(50)
        assert list(window.pages) == ["welcome"]
    _wait_ready(window, qtbot)
    assert len(window.pages) == len(window.steps)


def test_no_page_is_made_while_a_dialog_is_open(make_window, qtbot, quick):
    window = make_window(prepare_ahead=True)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.wait(3 * prepare.IDLE_MS)
    assert list(window.pages) == ["welcome"]
    dialog.close()
    _wait_ready(window, qtbot)


def test_the_trial_figures_go_into_the_costs_only_when_the_patient_gets_there(
    make_window, qtbot, quick
):
    session = Session(trial=TrialInfo(visits_per_month=3, months=4))
    window = make_window(session, prepare_ahead=True)
    _wait_ready(window, qtbot)
    assert session.costs.visits_per_month is None
    assert session.costs.months is None
    assert not window.document.modified
    window.go_to(window.index_of("costs"))
    page = window.pages["costs"]
    assert session.costs.visits_per_month == 3
    assert page.fields["months"].edit.text() == "4"
    assert page.prefill_note.isVisible()


def test_the_words_of_the_trial_groups_are_in_their_boxes_once_made_ready(
    make_window, qtbot, quick
):
    session = Session()
    session.trial.arms = [Arm(label="A", description="Pill every day."), Arm(label="B")]
    session.trial.ratio = [1, 1]
    window = make_window(session, prepare_ahead=True)
    _wait_ready(window, qtbot)
    first = window.pages["trial"].arm_editors[0]
    assert first.description.toPlainText() == "Pill every day."
    window.go_to(window.index_of("trial"))
    assert first.description.toPlainText() == "Pill every day."
    assert session.trial.arms[0].description == "Pill every day."


def test_after_new_patient_the_pages_are_made_again_from_the_blank_session(
    make_window, qtbot, quick
):
    session = demo_session(load("en"))
    window = make_window(session, prepare_ahead=True)
    _wait_ready(window, qtbot)
    old = window.pages["situation"]
    window.start_fresh(Session())
    assert list(window.pages) == ["welcome"]
    _wait_ready(window, qtbot)
    assert window.pages["situation"] is not old
    name = session.situation.name
    assert name  # the demo patient has a name
    assert not any(name in text for _, text in window_texts(window))


@pytest.mark.parametrize(
    ("language", "resized"), [("en", False), ("zh-CN", False), ("en", True), ("zh-CN", True)]
)
def test_a_page_made_ready_looks_as_when_it_is_opened_at_once(
    make_window, qtbot, quick, language, resized
):
    """Every page, pixel for pixel: opened straight after it is built, and after it was laid
    out hidden (then also with the window made larger in between, as when it is maximised)."""
    at_once = make_window(demo_session(load(language)))
    ready = make_window(demo_session(load(language)), prepare_ahead=True)
    _wait_ready(ready, qtbot)
    if resized:
        for window in (at_once, ready):
            window.resize(window.width() + 200, window.height() + 100)
        qtbot.waitUntil(lambda: ready.stack.currentWidget().width() > 900)
    assert at_once.size() == ready.size()
    for i, step in enumerate(at_once.steps):
        for window in (at_once, ready):
            window.go_to(i)
            if window.focusWidget() is not None:  # the focus ring: only in the active window
                window.focusWidget().clearFocus()
        qtbot.wait(1)
        one = at_once.stack.currentWidget().grab().toImage()
        two = ready.stack.currentWidget().grab().toImage()
        assert one == two, step.id


def test_a_hidden_window_makes_nothing_ready_until_it_is_shown_again(make_window, qtbot, quick):
    window = make_window(prepare_ahead=True)
    window.hide()
    qtbot.wait(3 * prepare.IDLE_MS)
    assert list(window.pages) == ["welcome"]
    assert not window.preparer.timer.isActive()  # no timer left running for nothing
    window.show()
    _wait_ready(window, qtbot)


def test_the_app_starts_making_pages_ready_once_its_window_is_painted(qtbot, quick):
    """As `app.run()` makes its window: nothing of this before the first paint."""
    from decisionaid.app import create_window

    window = create_window(defer_app_filters=True, prepare_ahead=True)
    qtbot.addWidget(window)
    assert window.preparer is None
    window.show()
    qtbot.waitUntil(lambda: window.preparer is not None)
    _wait_ready(window, qtbot)
    assert not window.document.modified


def test_keys_and_the_wheel_that_edit_nothing_put_it_off_too(make_window, qtbot, quick):
    """Moving around, words being composed, a refused key: input, though no edit yet."""
    from PySide6.QtCore import Qt

    window = make_window(prepare_ahead=True)
    focus = QApplication.focusWidget()
    for _ in range(5):  # a key every 50 ms, for 250 ms: more than the quiet time
        qtbot.keyClick(focus, Qt.Key.Key_Shift)
        qtbot.wait(50)
    viewport = window.pages["welcome"].viewport()
    for _ in range(5):  # then the wheel over the page
        wheel(viewport)
        qtbot.wait(50)
    assert list(window.pages) == ["welcome"]
    assert window.document.edits == 0
    _wait_ready(window, qtbot)


def test_a_page_that_fails_to_be_made_ready_is_dropped_and_left_for_the_visit(
    make_window, qtbot, quick, monkeypatch, capsys
):
    """No dialog for what the patient did not do: one line on stderr (no words of the
    error, which could quote the patient), and the visit builds the page again."""
    from decisionaid.ui.pages.learn import LearnPage

    def broken(self):
        raise RuntimeError("the patient's words")

    monkeypatch.setattr(LearnPage, "prepare", broken)
    window = make_window(prepare_ahead=True)
    _wait_ready(window, qtbot)
    assert window.preparer.failed == {"learn"}
    assert "learn" not in window.pages  # dropped, not left half made (or on the screen)
    assert all(window.pages[s.id].laid_out for s in window.steps if s.id != "learn")
    err = capsys.readouterr().err
    assert "unexpected error: RuntimeError" in err and "while making a page ready" in err
    assert "the patient's words" not in err
    window.go_to(window.index_of("learn"))  # the visit itself does not need `prepare`
    assert window.pages["learn"].isVisible()


def test_scrolling_puts_it_off(make_window, qtbot, quick):
    """However the page is scrolled (the wheel over an answer goes straight to the bar)."""
    window = make_window(demo_session(load("en")), prepare_ahead=True)
    window.go_to(window.index_of("learn"))
    bar = window.pages["learn"].verticalScrollBar()
    assert bar.maximum() > 0
    for value in (40, 80, 120, 160):
        qtbot.wait(prepare.IDLE_MS // 2)
        bar.setValue(value)
        assert window.preparer.timer.remainingTime() > prepare.IDLE_MS * 3 // 4
    assert len(window.pages) == 2  # welcome and learn only


def test_new_session_shows_no_other_page_on_the_way(make_window, qtbot, quick):
    """Taking the pages out one by one made the stack show (and lay out) each next one."""
    from PySide6.QtCore import QEvent, QObject

    from decisionaid.ui.pages.base import Page

    window = make_window(demo_session(load("en")), prepare_ahead=True)
    _wait_ready(window, qtbot)
    window.go_to(window.index_of("trial"))
    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Show and isinstance(watched, Page):
                shown.append(watched.step_id)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        window.start_fresh(Session())
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert shown == ["welcome"]


def test_the_pages_after_the_one_on_the_screen_come_first(make_window, qtbot, quick):
    session = demo_session(load("en"))
    window = make_window(session, prepare_ahead=True)
    window.go_to(window.index_of("costs"))
    ids = [step.id for step in window.steps]
    here = ids.index("costs")
    assert window.preparer.waiting() == [s for s in ids[here + 1 :] + ids[:here] if s != "welcome"]


def test_after_new_patient_the_last_pages_are_freed_first(make_window, qtbot, quick):
    # (ui/preload.py: what is frozen is never freed; the pages dropped are given back.)
    import gc

    window = make_window(demo_session(load("en")), prepare_ahead=True)
    _wait_ready(window, qtbot)
    window.start_fresh(Session())  # as New patient does
    assert preload.thawed()
    assert gc.get_freeze_count() == 0
    qtbot.waitUntil(lambda: not preload.thawed(), timeout=10_000)
    assert len(window.preparer.waiting()) >= len(window.steps) - 2  # done first, on its own
    assert gc.get_freeze_count() > 0
    _wait_ready(window, qtbot)
