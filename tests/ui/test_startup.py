"""The app's start: application-wide rules arrive just after the first paint, and then hold
for the widgets that were there before them."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from decisionaid.app import create_window
from decisionaid.ui import wheel
from tests.ui.wheelhelp import wheel as turn_wheel


def test_rules_arrive_after_the_first_paint_and_cover_earlier_widgets(qtbot):
    window = create_window(defer_app_filters=True)
    qtbot.addWidget(window)
    assert window.drops is None
    welcome = window.pages["welcome"]
    assert welcome._tab_order_stale  # the Tab order waits for the first paint too
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: wheel._guard is not None and window.drops is not None)
    assert window.acceptDrops()
    assert not welcome._tab_order_stale
    # The Welcome page's boxes were polished before the rule: they get its focus policy, and
    # a wheel turn over one that has no focus does not change it.
    for box in (welcome.language, welcome.text_size):
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    window.next_button.setFocus()
    before = welcome.text_size.currentIndex()
    turn_wheel(welcome.text_size)
    assert welcome.text_size.currentIndex() == before


def test_windows_made_directly_have_the_rules_at_once(qtbot):
    window = create_window()
    qtbot.addWidget(window)
    assert wheel._guard is not None and window.drops is not None
    assert window.acceptDrops()


def test_what_waits_for_the_first_paint_is_there_just_after_it(qtbot):
    """The first window shows the menu bar with its four titles, the welcome page and the
    step list; the menus' items, the handout controller, the style sheet and a session come
    once it is painted, and a blank session is only made when something needs it."""
    window = create_window(defer_app_filters=True)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&View", "&Help"]
    assert not window._menus_filled and window._handout is None
    assert window.document.blank
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._menus_filled)
    assert window._handout is not None
    assert [a.text() for a in window.menuBar().actions()] == titles
    assert window.open_action.text() == "&Open\u2026"
    assert window.file_menu.actions() and window.help_menu.actions()
    assert not window.back_action.isEnabled() and window.next_action.isEnabled()
    from decisionaid.ui import wheel  # the tick-box size, in the application's style

    assert wheel._indicator_side > 0
    # The welcome page and the step list needed no session; Next makes one.
    assert window.document.blank
    window.go_next()
    assert not window.document.blank
    assert window.document.session.current_step == window.steps[1].id
    assert window.back_action.isEnabled()


def test_when_painted_runs_at_once_for_a_window_made_directly(qtbot):
    window = create_window()
    qtbot.addWidget(window)
    ran = []
    window.when_painted(lambda: ran.append(True))
    assert ran == [True] and window._menus_filled and window._handout is not None


def test_the_first_window_registers_the_faces_its_language_shows():
    from decisionaid.ui import fonts

    assert fonts.roles_for("en") == {"latin", "latin-bold"}
    assert {"cjk", "latin"} <= fonts.roles_for("zh-CN")
    families = fonts.register()  # every carried face, once; again changes nothing
    assert families.get("latin") and families.get("cjk")
    assert fonts.register(fonts.roles_for("en")) == families
    assert QApplication.font().families()[: len(families["latin"])] == families["latin"]


def test_the_first_frame_is_the_window_as_it_stays(qtbot):
    """Nothing done after the first paint moves what the first frame showed (the handout's
    status-bar progress, hidden, keeps its room in the status bar from the start)."""
    window = create_window(defer_app_filters=True)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)

    def places():
        parts = (window.centralWidget(), window.stack, window.back_button, window.next_button)
        return [window.statusBar().height(), window.menuBar().height()] + [
            (w.mapTo(window, w.rect().topLeft()), w.size()) for w in parts
        ]

    first = places()
    qtbot.waitUntil(lambda: window._menus_filled and window._handout is not None)
    QApplication.processEvents()
    assert window.statusBar().height() > 0
    assert places() == first


def test_the_background_import_has_every_page_but_the_first():
    """Importing a page's module was most of its very first opening: the worker thread that
    imports the charts once the window is up imports every other page too, and nothing
    else of Qt is made there (importing only defines classes)."""
    import sys

    from decisionaid.app import steps
    from decisionaid.ui import preload

    pages = [step.factory.module for step in steps()]
    assert pages[0] == "decisionaid.ui.pages.welcome"
    assert set(pages[1:]) <= set(preload.MODULES)
    assert "decisionaid.ui.pages.welcome" not in preload.MODULES
    preload.start_now()
    assert preload.finished.wait(60)
    assert all(name in sys.modules for name in preload.MODULES)


_WARM_CHECK = r"""
import os, pickle, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from decisionaid.app import background_tasks, create_window
window = create_window()
tasks = background_tasks(window)
reads = []
real_load = pickle.load
pickle.load = lambda *a, **k: reads.append(1) or real_load(*a, **k)
for task in tasks:  # as ui/preload.py runs them: on a worker thread
    worker = threading.Thread(target=task)
    worker.start()
    worker.join()
before = len(reads)
from decisionaid.ui import money
language = window.content.pack.language
money.format_money(12.5, money.locale_currency(language), language)
print(before, len(reads) - before, flush=True)
os._exit(0)
"""


def test_the_background_work_reads_babels_tables_before_the_costs_page_needs_them(tmp_path):
    """Babel's CLDR tables (unpickled on first use) were a quarter of the costs page's first
    opening: the background start-up work reads them for the content language."""
    import subprocess
    import sys

    env = dict(os.environ, DECISIONAID_DATA_DIR=str(tmp_path), HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", _WARM_CHECK], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    during, after = (int(n) for n in out.stdout.split())
    assert during > 0  # the tasks read them...
    assert after == 0  # ...so formatting money later reads nothing more
