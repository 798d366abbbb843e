"""The marks of the step list: done (a tick), seen (a hollow circle) or not seen yet, each with
words for screen readers and a tooltip that says what finishes the step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from decisionaid.ui.text import sentences

DONE_MARK = "\u2713"  # ✓
SEEN_MARK = "\u25cb"  # ○
NO_MARK = "\u2003"  # an em space keeps the titles in line

# What finishes each step (model/progress.py), said when the step is seen but not done.
TO_FINISH = {
    "welcome": QT_TRANSLATE_NOOP("StepMarks", "Press Next to finish this step."),
    "options": QT_TRANSLATE_NOOP("StepMarks", "Press Next to finish this step."),
    "learn": QT_TRANSLATE_NOOP("StepMarks", "Press Next to finish this step."),
    "chances": QT_TRANSLATE_NOOP("StepMarks", "Press Next to finish this step."),
    "situation": QT_TRANSLATE_NOOP("StepMarks", "Say how far along you are to finish this step."),
    "trial": QT_TRANSLATE_NOOP(
        "StepMarks", "Enter something about the trial, or say you do not know of one yet."
    ),
    "benefits": QT_TRANSLATE_NOOP("StepMarks", "Rate every point to finish this step."),
    "risks": QT_TRANSLATE_NOOP("StepMarks", "Rate every point to finish this step."),
    "costs": QT_TRANSLATE_NOOP(
        "StepMarks", "Enter the visits each month and the number of months to finish this step."
    ),
    "quiz": QT_TRANSLATE_NOOP("StepMarks", "Answer every question to finish this step."),
    "values": QT_TRANSLATE_NOOP(
        "StepMarks",
        "Choose the option you lean toward, answer the four SURE questions and say how you "
        "want to decide, to finish this step.",
    ),
    "questions": QT_TRANSLATE_NOOP(
        "StepMarks", "Tick or write at least one question to finish this step."
    ),
}


def step_marks(step_id: str, state: str) -> tuple[str, str, str]:
    """(mark, words for screen readers, tooltip) for a step in `state`."""
    if state == "done":
        return (
            DONE_MARK,
            QCoreApplication.translate("StepMarks", "done"),
            QCoreApplication.translate("StepMarks", "Done."),
        )
    if state == "seen":
        finish = TO_FINISH.get(step_id, "")
        hint = QCoreApplication.translate("StepMarks", "Seen, not finished yet.")
        if finish:
            hint = sentences(hint, QCoreApplication.translate("StepMarks", finish))
        return SEEN_MARK, QCoreApplication.translate("StepMarks", "seen, not finished yet"), hint
    return (
        NO_MARK,
        QCoreApplication.translate("StepMarks", "not seen yet"),
        QCoreApplication.translate("StepMarks", "Not seen yet."),
    )
