"""A session at the limits: 200 own questions, 20,000 characters of notes, 12 trial groups.

Measures, in a real (offscreen) window, each as wall time and as this process's CPU time
(the machine may be shared: CPU time is what other work disturbs least; compare both):
- every page opened as a patient gets to it: the pages are dropped (as after New patient or
  a language switch), the welcome page is "read" while the window makes the other pages
  ready (ui/prepare.py), then each page is opened; how long that making ready took, and the
  longest turn of the event loop meanwhile (the longest a key pressed then could wait);
- the first open of every page before it is made ready (built from the session at once,
  as when a page is picked in the first second after such a session is opened), and a
  later open, over BENCH_ROUNDS rounds (default 3; the pages are built again each round),
  medians, and the worst first open (the first round is each page's very first open in the
  process);
- a key press in the notes, from the key event to the end of the event loop's work (median
  and worst of 200 presses), and the autosave when its timer fires (every 20 presses); a
  key press in the trial's name (100 presses), which the other pages follow;
- the PDF export of that session (BENCH_ROUNDS runs).
Targets: an edit (key press or autosave) in 16 ms or less, every page in 100 ms or less (as
the patient gets to it: made ready, and opened again), export under 5 s. Prints OK or MISSED
for each; exits 1 when one is missed. The opens before a page is made ready are printed
beside them, "within" or "over" 100 ms.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/large_session.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DECISIONAID_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))


def large_session(content):
    from decisionaid.model.demo import demo_session
    from decisionaid.model.session import MAX_NOTES_CHARS, MAX_OWN_QUESTIONS
    from decisionaid.model.trial import MAX_GROUPS, Arm

    s = demo_session(content)
    s.own_questions = [
        f"Question {i}: " + "what about this and that? " * 3 for i in range(MAX_OWN_QUESTIONS)
    ]
    # Paragraphs of about 320 characters, as people write notes.
    words = "I want to know how the visits fit with my work and my family. " * 5 + "\n"
    s.notes = (words * (MAX_NOTES_CHARS // len(words) + 1))[: MAX_NOTES_CHARS - 300]
    s.trial.arms = [
        Arm(label=f"Group {i + 1}", description="A long description. " * 20)
        for i in range(MAX_GROUPS)
    ]
    s.trial.ratio = [1] * MAX_GROUPS
    return s


ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
EDIT_MS, PAGE_MS, EXPORT_S = 16.0, 100.0, 5.0


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from decisionaid.app import background_tasks, create_window
    from decisionaid.content.loader import load
    from decisionaid.ui import preload, prepare

    content = load("en")
    session = large_session(content)
    # The pages made ready (ui/prepare.py), as the app does, in the child process; here the
    # pages are built only when opened, so that the opens before a page is ready are timed.
    made_ready = "--made-ready" in sys.argv
    # A long page opened before it is ready shows its first screen first, as in the app.
    window = create_window(session, prepare_ahead=made_ready, first_screen_first=True)
    window.show()
    app.processEvents()
    preload.start_now(background_tasks(window))
    preload.finished.wait(30)  # as when the patient has read the welcome page
    app.processEvents()

    def timed(action) -> tuple[float, float]:
        """(wall ms, CPU ms of this process) of `action` and the event loop's work after it.
        CPU time is what a shared machine disturbs least."""
        w0, c0 = time.perf_counter(), time.process_time()
        action()
        app.processEvents()
        return (time.perf_counter() - w0) * 1000, (time.process_time() - c0) * 1000

    if made_ready:
        return _made_ready(app, window, timed)
    # The pages made ready, in a process of their own (started before any other work here),
    # so that there too each page's very first build in the process is measured.
    child = subprocess.run(
        [sys.executable, __file__, "--made-ready"], capture_output=True, text=True, check=True
    )
    made = json.loads(child.stdout.strip().splitlines()[-1])
    ready, turns, prepared = made["ready"], made["turns"], made["prepared"]

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        """When the page's body is first painted: the page is on the screen."""

        at: tuple[float, float] | None = None

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
            if self.at is None and event.type() == QEvent.Type.Paint:
                self.at = (time.perf_counter(), time.process_time())
            return False

    def opened(i: int) -> tuple[float, float, float, float]:
        """A page opened before it is ready: (wall ms and CPU ms until its first screen is
        painted, wall ms until it is whole, the longest turn of the event loop after that
        paint, as long as a key pressed then could wait)."""
        w0, c0 = time.perf_counter(), time.process_time()
        window.go_to(i)
        page = window.shown_page()
        painted = FirstPaint()
        page.widget().installEventFilter(painted)
        app.processEvents()
        first_turn_end = time.perf_counter()
        turns = []
        while page.first_screen_only:
            turn = time.perf_counter()
            app.processEvents()
            turns.append((time.perf_counter() - turn) * 1000)
        whole = (time.perf_counter() - w0) * 1000
        page.widget().removeEventFilter(painted)
        at_wall, at_cpu = painted.at or (first_turn_end, time.process_time())
        turns.append((first_turn_end - at_wall) * 1000)  # what followed the paint
        return (at_wall - w0) * 1000, (at_cpu - c0) * 1000, whole, max(turns)

    # First opens: every page built from the session, ROUNDS times (the pages are dropped
    # and built again between rounds, as after New patient or a language switch).
    first: dict[str, list[tuple[float, float, float, float]]] = {s.id: [] for s in window.steps}
    again: dict[str, list[tuple[float, float]]] = {step.id: [] for step in window.steps}
    for _ in range(ROUNDS):
        window._drop_pages()
        app.processEvents()
        preload.freeze_again()  # as the app does 2 s after (ui/preload.py `thaw`)
        for i, step in enumerate(window.steps):
            first[step.id].append(opened(i))
        for i, step in enumerate(window.steps):
            again[step.id].append(timed(lambda i=i: window.go_to(i)))

    # A key pressed at once on a page opened before it was ready, just after its first
    # screen is painted: the page is made whole first (ui/pages/base.py `_RestWatch`).
    window._drop_pages()
    app.processEvents()
    preload.freeze_again()
    early_keys: dict[str, float] = {}
    for i, step in enumerate(window.steps):
        window.go_to(i)
        page = window.shown_page()
        if not page.first_screen_only:
            continue
        painted = FirstPaint()
        page.widget().installEventFilter(painted)
        while painted.at is None:
            app.processEvents()
        page.widget().removeEventFilter(painted)
        if not page.first_screen_only:
            continue  # (whole already)
        focus = page.first_focus()  # (a step picked in the list keeps the keyboard there)
        focus.setFocus()
        early_keys[step.id] = timed(lambda f=focus: QTest.keyClick(f, Qt.Key.Key_Shift))[0]
        assert not page.first_screen_only

    window.go_to(window.index_of("questions"))
    notes = window.pages["questions"].notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    app.processEvents()
    presses, saves = [], []
    for i in range(200):
        presses.append(timed(lambda: QTest.keyClick(notes, Qt.Key.Key_A)))
        if i % 20 == 19:  # let the autosave timers fire now and then, and time that too
            time.sleep(0.75)
            saves.append(timed(lambda: None))

    # A key press in the trial's name, with every page built (as once they are made ready):
    # the other pages follow trial edits, so this is the edit that reaches most of them.
    window.go_to(window.index_of("trial"))
    title = window.pages["trial"].title
    title.setFocus()
    app.processEvents()
    words = "of a new drug for bowel cancer "  # words, as names are typed (with spaces)
    title_presses = [
        timed(lambda k=k: QTest.keyClick(title, words[k % len(words)])) for k in range(100)
    ]

    from decisionaid.report.builder import build_pdf

    export = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        data = build_pdf(window.document.session, content)
        export.append(time.perf_counter() - t0)

    def med(values: list[tuple[float, float]], k: int) -> float:
        return statistics.median(v[k] for v in values)

    print(
        "session: 200 own questions, 20,000 characters of notes, 12 groups "
        f"({ROUNDS} rounds; medians; wall and CPU time of this process)"
    )
    print(
        f"targets: an edit <= {EDIT_MS:.0f} ms, a page opens <= {PAGE_MS:.0f} ms, "
        f"export < {EXPORT_S:.0f} s"
    )
    ok = True
    # Every page, as the patient gets it: made ready while the welcome page is read, and
    # opened again later; or opened before it is ready (in the first seconds after such a
    # session is opened, or steps taken faster than the pages are made ready), when a long
    # page shows its first screen first and builds the rest after it. Worst of the rounds:
    # the first round is each page's very first open in the process.
    print(
        f"  {'page':<12}{'made ready':>11}{'worst':>8}{'again':>8}"
        f"{'not ready: shown':>18}{'(CPU)':>7}{'worst':>8}{'whole':>8}{'turn':>7}"
    )
    for step_id in first:
        p_wall, p_worst = med(prepared[step_id], 0), max(v[0] for v in prepared[step_id])
        a_wall = med(again[step_id], 0)
        f_wall, f_cpu = med(first[step_id], 0), med(first[step_id], 1)
        f_worst = max(v[0] for v in first[step_id])
        whole = med(first[step_id], 2)
        turn = max(v[3] for v in first[step_id])
        page_ok = max(p_worst, a_wall, f_worst) <= PAGE_MS
        ok = ok and page_ok
        print(
            f"  {step_id:<12}{p_wall:8.1f} ms{p_worst:5.1f} ms{a_wall:5.1f} ms"
            f"{f_wall:15.1f} ms{f_cpu:4.0f} ms{f_worst:5.1f} ms{whole:5.0f} ms{turn:4.0f} ms"
            f"{'' if page_ok else '  over'}"
        )
    worst_page = max(prepared, key=lambda k: max(v[0] for v in prepared[k]))
    worst_ms = max(v[0] for v in prepared[worst_page])
    print(
        f"page made ready, then opened: worst {worst_ms:.0f} ms ({worst_page}, worst of {ROUNDS} "
        f"rounds), {'OK' if worst_ms <= PAGE_MS else 'MISSED'}"
    )
    cold_page = max(first, key=lambda k: max(v[0] for v in first[k]))
    cold_ms = max(v[0] for v in first[cold_page])
    turn_page = max(first, key=lambda k: max(v[3] for v in first[k]))
    print(
        f"page opened before it was made ready, until its first screen is painted: worst "
        f"{cold_ms:.0f} ms ({cold_page}), {'OK' if cold_ms <= PAGE_MS else 'MISSED'}; the "
        f"longest turn of the event loop while the rest was built: "
        f"{max(v[3] for v in first[turn_page]):.0f} ms ({turn_page})"
    )
    print(
        f"making every page ready: {statistics.median(ready):.1f} s after the last step "
        f"change (median), {prepare.IDLE_MS / 1000:.1f} s of it quiet; the longest turn of "
        f"the event loop meanwhile (a key pressed then could wait as long): {max(turns):.0f} ms"
    )
    print(
        "a key pressed just after such a first screen is painted waits for the rest: "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in early_keys.items())
    )
    worst_key = max(p[0] for p in presses)
    worst_save = max(s[0] for s in saves)
    worst_title = max(p[0] for p in title_presses)
    print(
        f"key press in the notes: median {med(presses, 0):.1f} ms, worst {worst_key:.1f} ms "
        f"(CPU worst {max(p[1] for p in presses):.1f} ms), "
        f"{'OK' if worst_key <= EDIT_MS else 'MISSED'}"
    )
    print(
        f"autosave of that session (timer firing): median {med(saves, 0):.1f} ms, "
        f"worst {worst_save:.1f} ms (CPU worst {max(s[1] for s in saves):.1f} ms), "
        f"{'OK' if worst_save <= EDIT_MS else 'MISSED'}"
    )
    print(
        f"key press in the trial's name (every page built): median "
        f"{med(title_presses, 0):.1f} ms, worst {worst_title:.1f} ms, "
        f"{'OK' if worst_title <= EDIT_MS else 'MISSED'}"
    )
    ok = ok and worst_key <= EDIT_MS and worst_save <= EDIT_MS and worst_title <= EDIT_MS
    print(
        f"export: median {statistics.median(export):.2f} s, {len(data) // 1024} KB, "
        f"{'OK' if max(export) < EXPORT_S else 'MISSED'}"
    )
    ok = ok and max(export) < EXPORT_S
    # The session was typed into: answer the "Save changes?" question with Discard (a modal
    # dialog would wait forever in the offscreen window).
    from PySide6.QtWidgets import QMessageBox

    window.ask = lambda *args: QMessageBox.StandardButton.Discard
    window.close()
    return 0 if ok else 1


def _made_ready(app, window, timed) -> int:
    """As a patient goes: the pages are dropped (New patient), the welcome page is read while
    the window makes the other pages ready (ui/prepare.py), then each page is opened. The
    longest turn of the event loop meanwhile is the longest a key press could have waited.
    Prints the figures as JSON."""
    ready: list[float] = []
    turns: list[float] = []
    prepared: dict[str, list[tuple[float, float]]] = {step.id: [] for step in window.steps}
    for _ in range(ROUNDS):
        window._drop_pages()
        window.go_to(0)
        app.processEvents()
        t0 = time.perf_counter()
        while window.preparer.waiting() and time.perf_counter() - t0 < 60:
            turn = time.perf_counter()
            app.processEvents()
            turns.append((time.perf_counter() - turn) * 1000)
            time.sleep(0.002)
        ready.append(time.perf_counter() - t0)
        if window.preparer.waiting():
            print(f"pages not made ready in 60 s: {window.preparer.waiting()}", file=sys.stderr)
            os._exit(1)
        for i, step in enumerate(window.steps):
            prepared[step.id].append(timed(lambda i=i: window.go_to(i)))
    print(json.dumps({"ready": ready, "turns": turns, "prepared": prepared}), flush=True)
    os._exit(0)  # the window holds answers: no "Save changes?" at the end


if __name__ == "__main__":
    raise SystemExit(main())
