"""Main window behaviour: opening bad files, autosave and resume, New, text size, steps."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from decisionaid.storage import sessionfile
from decisionaid.ui.settings import autosave_path

BAD_FILES = {
    "broken.json": b"{ this is not json",
    "truncated.json": b'{"format": "trial-decision-aid-session", "version": 1, "session": {"situ',
    "foreign.json": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n",
    "future.json": b'{"format": "trial-decision-aid-session", "version": 7, "session": {}}',
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_opening_a_bad_file_shows_a_message_and_changes_nothing(make_window, demo, tmp_path, name):
    window = make_window(demo)
    window.go_to(window.index_of("values"))
    before = sessionfile.dumps(window.document.session)
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    assert window.open_path(path) is False
    assert window.last_error
    assert "\n" not in window.last_error
    assert "Traceback" not in window.last_error
    assert sessionfile.dumps(window.document.session) == before
    assert window.current_step().id == "values"
    assert path.read_bytes() == BAD_FILES[name]


def test_autosave_then_resume_after_restart(make_window, qtbot, content):
    window = make_window()
    window.go_next()
    page = window.pages["situation"]
    qtbot.keyClicks(page.cancer_type, "Breast cancer")
    window.go_next()
    # As after a crash: the copy is written without closing the window.
    qtbot.waitUntil(autosave_path().exists, timeout=3000)
    assert oct(autosave_path().stat().st_mode & 0o777) == "0o600"
    assert oct(os.stat(autosave_path().parent).st_mode & 0o777) == "0o700"

    from decisionaid.app import load_autosave

    restored = load_autosave()
    assert restored.situation.cancer_type == "Breast cancer"
    again = make_window(restored)
    welcome = again.pages["welcome"]
    assert welcome.resume_button.isVisible()
    qtbot.mouseClick(welcome.resume_button, Qt.MouseButton.LeftButton)
    assert again.current_step().id == "trial"
    assert again.page("situation").cancer_type.text() == "Breast cancer"


def test_damaged_autosave_is_set_aside_not_loaded(make_window):
    path = autosave_path()
    path.write_bytes(b"{broken")
    from decisionaid.app import load_autosave

    assert load_autosave() is None
    assert path.with_suffix(".damaged.json").read_bytes() == b"{broken"


def test_new_session_asks_then_clears_everything(make_window, demo):
    window = make_window(demo)
    window.next_answer = QMessageBox.StandardButton.Cancel
    window.new_session()
    assert window.document.session == demo  # cancelled: nothing lost
    window.next_answer = QMessageBox.StandardButton.Discard
    window.new_session()
    assert window.questions_asked
    s = window.document.session
    assert s.ratings == {} and s.situation.name == "" and s.own_questions == []
    assert window.current_step().id == "welcome"
    assert not autosave_path().exists()
    assert window.page("situation").name.text() == ""


def test_jump_to_any_step_from_the_list(make_window, qtbot):
    window = make_window()
    window.step_list.setCurrentRow(window.index_of("quiz"))
    assert window.current_step().id == "quiz"
    assert window.document.session.current_step == "quiz"
    assert not window.document.session.done  # jumping does not mark steps done


def _marks(window) -> list[str]:
    return [window.step_list.item(i).text()[0] for i in range(window.step_list.count())]


def _said(window, step_id: str) -> str:
    return window.step_list.item(window.index_of(step_id)).data(Qt.ItemDataRole.AccessibleTextRole)


DONE, SEEN = "\u2713", "\u25cb"


def test_passing_a_step_marks_it_seen_and_its_answers_mark_it_done(make_window):
    window = make_window()
    window.go_next()
    window.go_next()
    marks = _marks(window)
    # Welcome is read and passed: done. Situation was passed without saying how far along
    # the patient is: only seen. The trial page is showing: seen. The rest: not seen.
    assert marks[:3] == [DONE, SEEN, SEEN]
    assert all(m not in (DONE, SEEN) for m in marks[3:])
    assert _said(window, "welcome").endswith("done")
    assert _said(window, "situation").endswith("seen, not finished yet")
    assert _said(window, "quiz").endswith("not seen yet")
    tip = window.step_list.item(1).toolTip()
    assert "Seen, not finished yet." in tip and "how far along" in tip
    window.page("situation").stage.chosen.emit(1)
    assert _marks(window)[1] == DONE


def test_quiz_is_done_only_with_every_answer(make_window):
    window = make_window()
    window.go_to(window.index_of("quiz"))
    page = window.page("quiz")
    questions = window.content.quiz.questions
    for slot, q in list(zip(page.slots, questions, strict=True))[:2]:
        slot.row.chosen.emit(q.answer)
    window.go_next()  # passed with 2 of 8 answered: seen, not done
    assert _marks(window)[window.index_of("quiz")] == SEEN
    for slot, q in list(zip(page.slots, questions, strict=True))[2:]:
        slot.row.chosen.emit(q.answer)
    assert _marks(window)[window.index_of("quiz")] == DONE
    assert _said(window, "quiz").endswith("done")


def test_a_prefilled_step_is_not_done_before_it_is_seen(make_window, demo):
    demo.done, demo.seen = [], []
    window = make_window(demo)
    costs = window.index_of("costs")
    assert demo.costs.visits_per_month is not None and demo.costs.months is not None
    assert _marks(window)[costs] not in (DONE, SEEN)
    window.go_to(costs)
    assert _marks(window)[costs] == DONE


def test_text_size_shortcuts_change_the_font_and_are_remembered(make_window, qtbot):
    window = make_window()
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    assert window.settings.text_scale == 1.25
    window.set_text_scale(2.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_headings_follow_the_text_size(make_window):
    from decisionaid.ui.widgets import ScaledLabel

    window = make_window()
    page = window.pages["welcome"]

    label = [w for w in page.widget().findChildren(ScaledLabel) if w.property("heading") == 1][0]
    before = label.font().pointSizeF()
    window.set_text_scale(2.0)
    QApplication.processEvents()
    assert label.font().pointSizeF() == pytest.approx(before * 2)
    window.set_text_scale(1.0)


def test_save_to_unwritable_place_keeps_session_and_says_why(make_window, demo, tmp_path):
    window = make_window(demo)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert window.save_to(blocker / "s.json") is False
    assert "folder" in window.last_error.lower() or "cannot" in window.last_error.lower()
    assert window.document.session == demo
    assert window.document.path is None


def test_closing_a_modified_named_file_asks_to_save(make_window, demo, tmp_path):
    window = make_window(demo)
    path = tmp_path / "s.json"
    assert window.save_to(path)
    window.document.session.notes = "changed"
    window.document.edit("notes")
    window.next_answer = QMessageBox.StandardButton.Save
    window.close()
    assert sessionfile.load(path).notes == "changed"


def test_sources_dialog_lists_every_source_with_year(content):
    from decisionaid.ui.dialogs import sources_html

    html = sources_html(content)
    for source in content.sources.sources.values():
        assert f"({source.year})" in html
    from decisionaid.formatting import formatter

    # The review date as the handout writes it ("November 1, 2026").
    assert formatter("en").date(content.pack.evidence_review) in html


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_page_is_cut_off_at_large_text(make_window, demo, scale):
    """Every page fits the window width (1280x800) at 100% and 200% text: nothing is cut."""
    from decisionaid.ui.settings import Settings

    Settings().text_scale = scale
    window = make_window(demo)
    window.resize(1280, 800)
    for index, step in enumerate(window.steps):
        window.go_to(index)
        QApplication.processEvents()
        page = window.pages[step.id]
        needed = page.widget().minimumSizeHint().width()
        assert needed <= page.viewport().width(), f"{step.id} needs {needed} px at {scale:.0%}"


def test_summary_shows_trial_and_costs(make_window, demo):
    window = make_window(demo)
    window.go_to(window.index_of("summary"))
    cards = window.pages["summary"].cards
    assert "NCT00000000" in cards["trial"].text()
    costs = cards["costs"].text()
    # 2 visits x (30 + 12 + 15 + 120 + 40) = 434 a month; paid back 2 x 12 + 50 = 74.
    assert "434.00" in costs and "74.00" in costs and "360.00" in costs
    assert "2,160.00" in costs or "2160.00" in costs
    window.document.session.costs.reimbursement_per_visit = 500
    window.document.edit("costs")
    assert "pays back" in cards["costs"].text()


def test_opening_a_file_from_the_command_line_asks_before_dropping_answers(
    make_window, demo, tmp_path
):
    other = tmp_path / "other.json"
    sessionfile.save(demo, other)
    window = make_window()  # as after loading an autosave with answers
    window.document.session.situation.name = "Alice"
    window.next_answer = QMessageBox.StandardButton.Cancel
    assert window.open_requested(other) is False
    assert window.questions_asked
    assert window.document.session.situation.name == "Alice"
    window.next_answer = QMessageBox.StandardButton.Discard
    assert window.open_requested(other)
    assert window.document.session.situation.name == demo.situation.name


def test_summary_and_handout_agree_on_what_matters_most(make_window, demo, content):
    """Screen and paper read one view model: the same items, ranks and ties."""
    from decisionaid.model.summary import summarise
    from decisionaid.report.builder import build_pdf
    from tests.report.conftest import pdf_pages, squash

    window = make_window(demo)
    window.go_to(window.index_of("summary"))
    screen = window.pages["summary"].cards["matters"].text()
    page1 = squash(pdf_pages(build_pdf(demo, content))[0])
    top = summarise(demo, content).priorities
    assert top.shown
    for item in top.shown:
        assert f"{item.rank}. {item.title}" in screen
        assert squash(f"{item.rank}. {item.title}") in page1
    if top.more_tied:
        assert f"{top.more_tied} more" in screen and squash(f"{top.more_tied} more") in page1
    phase = window.pages["summary"].cards["trial"].text()
    assert "early1" not in phase and "Phase 2" in phase
