"""A session at the limits: 200 own questions, 20,000 characters of notes, 12 trial groups.

Measures, in a real (offscreen) window:
- a key press in the notes, from the key event to the end of the event loop's work,
  including the autosave when its timer fires (median and worst of 200 presses);
- the first open of every page (built from the session), and a later open;
- the PDF export of that session.
Targets: an edit in 16 ms or less, every page in 100 ms or less, export under 5 s.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/large_session.py
"""

from __future__ import annotations

import os
import statistics
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


def main() -> int:
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from decisionaid.app import create_window
    from decisionaid.content.loader import load
    from decisionaid.ui import preload

    content = load("en")
    session = large_session(content)
    window = create_window(session)
    window.show()
    app.processEvents()
    preload.start_soon()
    time.sleep(1.5)
    app.processEvents()

    opens = {}
    clock = QElapsedTimer()
    for i, step in enumerate(window.steps):
        clock.start()
        window.go_to(i)
        app.processEvents()
        opens[step.id] = clock.nsecsElapsed() / 1e6
    again = {}
    for i, step in enumerate(window.steps):
        clock.start()
        window.go_to(i)
        app.processEvents()
        again[step.id] = clock.nsecsElapsed() / 1e6

    window.go_to(window.index_of("questions"))
    notes = window.pages["questions"].notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    app.processEvents()
    presses = []
    for i in range(200):
        clock.start()
        QTest.keyClick(notes, Qt.Key.Key_A)
        app.processEvents()
        presses.append(clock.nsecsElapsed() / 1e6)
        if i % 20 == 19:  # let the autosave timers fire now and then, and time that too
            time.sleep(0.75)
            clock.start()
            app.processEvents()
            presses.append(clock.nsecsElapsed() / 1e6)

    from decisionaid.report.builder import build_pdf

    t0 = time.perf_counter()
    data = build_pdf(window.document.session, content)
    export_s = time.perf_counter() - t0

    print("session: 200 own questions, 20,000 characters of notes, 12 groups")
    print(
        f"key press in the notes: median {statistics.median(presses):.1f} ms, "
        f"worst {max(presses):.1f} ms (target 16 ms)"
    )
    worst_page = max(opens, key=opens.get)
    print(
        f"page first open: worst {opens[worst_page]:.0f} ms ({worst_page}); "
        f"later opens: worst {max(again.values()):.0f} ms (target 100 ms)"
    )
    for step_id, ms in opens.items():
        print(f"  {step_id:<10} {ms:6.1f} ms   again {again[step_id]:5.1f} ms")
    print(f"export: {export_s:.2f} s, {len(data) // 1024} KB (target under 5 s)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
