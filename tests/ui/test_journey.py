"""End to end: walk the whole journey with keyboard and mouse only, save, reopen, compare."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit, QPlainTextEdit

from decisionaid.storage import sessionfile


def _next(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)


def _click(qtbot, widget):
    widget.ensurePolished()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type_unicode(widget, text):
    """QTest only types ASCII; send real key events carrying the text for anything else."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _page(window):
    return window.pages[window.current_step().id]


# What the pages say about the same answers, in each interface language.
EXPECT = {
    "en": {
        "ratio": "about 2 in 3",
        "phase": "phase 2",
        "quiz": "8 of 8",
        "sure": "3 of 4",
        "summary": ("3 of 4", "8 of 8"),
        "position": "Step 2 of 13: Your situation",
        "grid_phase": "phase 2",
    },
    "zh-CN": {
        "ratio": "分到每组的机会：",
        "phase": "您的试验是2期",
        "quiz": "答对了8道",
        "sure": "4道题中您有3道答“是”",
        "summary": ("4题中3题答“是”", "8道题答对8道"),
        "position": "第2步，共13步：您的情况",
        "grid_phase": "2期",
    },
}


@pytest.fixture
def english_afterwards(qapp):
    yield
    from decisionaid.ui import i18n

    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_whole_journey_by_keyboard_and_mouse(
    qtbot, make_window, tmp_path, monkeypatch, language, english_afterwards
):
    from decisionaid import resources
    from decisionaid.model.session import Session

    expect = EXPECT[language]
    if language == "en" or language not in resources.languages():
        # Without a Chinese content pack the Chinese interface shows the English content.
        window = make_window(Session(language=language))
    else:
        # Choose the language on the Welcome page with the keyboard.
        window = make_window()
        combo = _page(window).language
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert window.content.pack.language == language
        assert QApplication.focusWidget() is _page(window).language
    content = window.content

    # 1. Welcome: press Start with the keyboard (Enter on the default button).
    page = _page(window)
    assert page.step_id == "welcome"
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)

    # 2. Situation: type into the fields, pick a stage with the mouse.
    page = _page(window)
    assert page.step_id == "situation"
    assert window.position_label.text() == expect["position"]
    name = page.findChild(QLineEdit)
    assert QApplication.focusWidget() is name
    qtbot.keyClicks(name, "Ana <b>&amp;</b> ")
    _type_unicode(name, "李")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    show = page.findChild(QCheckBox)
    assert QApplication.focusWidget() is show
    qtbot.keyClick(show, Qt.Key.Key_Space)  # tick "print my name" (off by default)
    qtbot.keyClick(show, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Lung cancer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "My son")
    _click(qtbot, page.stage.button(1))
    _next(qtbot, window)

    # 3. The trial: type a name and number, tick phase 2, two groups sharing places 2:1.
    page = _page(window)
    assert page.step_id == "trial"
    assert QApplication.focusWidget() is page.unknown
    page.title.setFocus()
    qtbot.keyClicks(page.title, "Study of drug X")
    qtbot.keyClick(page.title, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "NCT01234567")
    page.phase_boxes["2"].setFocus()
    qtbot.keyClick(page.phase_boxes["2"], Qt.Key.Key_Space)
    _click(qtbot, page.randomised.button(0))
    _click(qtbot, page.add_arm_button)
    qtbot.keyClicks(QApplication.focusWidget(), "Drug X")
    _click(qtbot, page.add_arm_button)
    qtbot.keyClicks(QApplication.focusWidget(), "Standard care")
    spin = page.arm_editors[0].share
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    page.visits.setFocus()
    qtbot.keyClicks(page.visits, "2")
    assert expect["ratio"] in page.ratio_note.text()
    _next(qtbot, window)

    # 3b. Your options: the trial's column shows our phase; type what the doctor said
    # about standard treatment's visits, which takes that question off the list.
    page = _page(window)
    assert page.step_id == "options"
    assert expect["grid_phase"] in page.cells[("trial", "chance")].body_html
    visits = next(s for s in page.typed_slots if (s.option_id, s.row) == ("standard", "visits"))
    visits.edit.setFocus()
    qtbot.keyClicks(visits.edit, "Every 2 weeks")
    assert "Every 2 weeks" in page.cells[("standard", "visits")].body_html
    _next(qtbot, window)

    # 4. Learn: read, then go on; phase 2 is marked as ours.
    assert expect["phase"] in _page(window).yours_note.text()
    assert _page(window).step_id == "learn"
    _next(qtbot, window)

    # 4-5. Benefits and risks: rate each item with the mouse, one with the keyboard arrows.
    for step_id in ("benefits", "risks"):
        page = _page(window)
        assert page.step_id == step_id
        for i, slot in enumerate(page.slots):
            _click(qtbot, slot.row.button(i % 5))
        first = page.slots[0].row
        first.button(0).setFocus()
        qtbot.keyClick(first.button(0), Qt.Key.Key_Right)  # arrow moves the choice to 1
        _next(qtbot, window)

    # Costs: type an amount; the total follows at once.
    page = _page(window)
    assert page.step_id == "costs"
    page.fields["travel"].edit.setFocus()
    qtbot.keyClicks(page.fields["travel"].edit, "25")
    assert window.document.session.costs.travel == 25
    _next(qtbot, window)

    # Chances: the trial's own 2:1 ratio is drawn, and the ratings chart has our answers.
    page = _page(window)
    assert page.step_id == "chances"
    assert page.randomisation.ratio() == [2, 1]
    assert "Drug X" in page.randomisation.text_equivalent()
    _next(qtbot, window)

    # 6. Quiz: answer every question by mouse.
    page = _page(window)
    assert page.step_id == "quiz"
    for slot in page.slots:
        _click(qtbot, slot.row.button(slot.question.answer))
    assert expect["quiz"] in page.score.text()
    assert all(slot.feedback.isVisible() for slot in page.slots)
    _next(qtbot, window)

    # 7. Values: SURE (yes, yes, no, yes) and a leaning of "not sure".
    page = _page(window)
    assert page.step_id == "values"
    for slot, answer in zip(page.sure_slots, (0, 0, 1, 0), strict=True):
        _click(qtbot, slot.row.button(answer))
    # Weigh: rate a good point of standard treatment; lean toward standard treatment.
    std_point = next(slot for slot in page.rating_slots if slot.point_id == "std_known")
    _click(qtbot, std_point.row.button(4))
    assert page.leaning_ids[1] == "standard"
    _click(qtbot, page.leaning.button(1))
    page.deadline.setFocus()
    qtbot.keyClicks(page.deadline, "by Friday")
    _click(qtbot, page.role.button(1))
    assert expect["sure"] in page.sure_result.text()
    _next(qtbot, window)

    # 8. Questions: tick two, type two of our own and a note.
    page = _page(window)
    assert page.step_id == "questions"
    _click(qtbot, page.slots[0].box)
    _click(qtbot, page.slots[3].box)
    own = page.own
    own.setFocus()
    qtbot.keyClicks(own, "Can I bring my dog?")
    qtbot.keyClick(own, Qt.Key.Key_Return)
    qtbot.keyClicks(own, "What about <script>?")
    notes = [w for w in page.findChildren(QPlainTextEdit) if w is not own][0]
    notes.setFocus()
    qtbot.keyClicks(notes, "Tired in the mornings")
    _next(qtbot, window)

    # 9. Summary shows the answers.
    page = _page(window)
    assert page.step_id == "summary"
    text = " ".join(label.text() for label in page.cards.values())
    assert "Lung cancer" in text
    assert content.options.option("standard").title in text
    assert all(part in text for part in expect["summary"]), text
    assert "Can I bring my dog?" in text
    assert "&lt;script&gt;" in text  # escaped, shown exactly as typed

    s = window.document.session
    assert s.situation.name == "Ana <b>&amp;</b> 李"
    assert s.situation.show_name is True
    assert s.situation.stage == "considering"
    assert s.ratings[content.considerations.benefits[0].id] == 1
    c = content.considerations
    shown = [slot for p in ("benefits", "risks") for slot in window.pages[p].slots]
    assert len(shown) == len(c.benefits) + len(c.risks)
    assert len(s.ratings) == len(shown) + 1  # and one point of standard treatment
    assert s.options.typed == {"standard": {"visits": "Every 2 weeks"}}
    assert s.options.leaning == "standard" and s.ratings["std_known"] == 4
    assert s.guide.deadline == "by Friday" and s.guide.role == "share"
    assert s.own_questions == ["Can I bring my dog?", "What about <script>?"]
    assert s.notes == "Tired in the mornings"
    assert s.trial.title == "Study of drug X" and s.trial.registry_id == "NCT01234567"
    assert s.trial.phases == ["2"] and s.trial.randomised is True
    assert [a.label for a in s.trial.arms] == ["Drug X", "Standard care"]
    assert s.trial.ratio == [2, 1] and s.trial.visits_per_month == 2
    assert {
        "welcome",
        "situation",
        "trial",
        "options",
        "learn",
        "benefits",
        "risks",
        "costs",
        "quiz",
        "values",
    } <= set(s.done)

    # Save with Ctrl+S (the file dialog is answered for us), then reopen in a new window.
    target = tmp_path / "journey.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists(), window.last_error
    saved = sessionfile.load(target)
    assert saved == s

    other = make_window(Session(language=language))
    assert other.open_path(target)
    assert other.document.session == s
    # The widgets show the reopened answers too.
    situation = other.page("situation")
    assert situation.name.text() == "Ana <b>&amp;</b> 李"
    assert situation.stage.value() == 1
    values = other.page("values")
    assert values.leaning.value() == 1
    questions = other.page("questions")
    assert questions.own.toPlainText() == "Can I bring my dog?\nWhat about <script>?"
    assert questions.notes.toPlainText() == "Tired in the mornings"
    trial = other.page("trial")
    assert trial.title.text() == "Study of drug X"
    assert trial.arm_editors[0].share.value() == 2
    assert other.page("costs").fields["travel"].edit.text() == "25"

    # The handout, saved with the keyboard (Ctrl+E): page 1 names the option the patient
    # leans toward, with cost and visits in one line and the notes in their own words.
    pdf = tmp_path / "journey.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), ""))
    )
    window.handout.set_open_after_saving(False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the shortcut goes to the active window
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.handout.busy, timeout=60000)  # made in the background
    assert pdf.exists(), window.last_error
    from tests.report.conftest import pdf_pages, squash

    page1 = squash(pdf_pages(pdf.read_bytes())[0])
    assert squash(content.options.option("standard").title) in page1
    assert squash(content.handout.words["burden"]) in page1
    assert squash("Tired in the mornings") in page1
    everything = squash(" ".join(pdf_pages(pdf.read_bytes())))
    assert squash("Every 2 weeks") in everything  # the grid as the patient filled it
    benefits = other.page("benefits")
    assert benefits.slots[0].row.value() == 1
