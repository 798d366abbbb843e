"""What matters most: the Ottawa guide steps. Rate every point of every option shown, lean
toward an option (or not sure), deadline, role, others and pressure, needs with next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from decisionaid.model.options import NOT_SURE


def _values(window):
    window.go_to(window.index_of("values"))
    return window.pages["values"]


def test_every_option_shown_has_its_points_to_rate(make_window, content):
    window = make_window()
    page = _values(window)
    ids = {slot.point_id for slot in page.rating_slots}
    for option_id in ("standard", "other_trial", "comfort"):
        option = content.options.option(option_id)
        assert {p.id for p in (*option.good, *option.bad)} <= ids
    assert {b.id for b in content.considerations.benefits} <= ids
    # The comparison-group risk only shows for a randomised trial with a comparison group;
    # with no trial entered yet it is shown (it may apply).
    assert "r_control_group" in ids


def test_rating_a_point_of_another_option(make_window, qtbot):
    window = make_window()
    page = _values(window)
    slot = next(s for s in page.rating_slots if s.point_id == "std_known")
    qtbot.mouseClick(slot.row.button(3), Qt.MouseButton.LeftButton)
    assert window.document.session.ratings["std_known"] == 3


def test_the_leaning_is_one_of_the_options_or_not_sure(make_window, qtbot, content):
    window = make_window()
    page = _values(window)
    assert page.leaning_ids == ["trial", "standard", "other_trial", "comfort", NOT_SURE]
    qtbot.mouseClick(page.leaning.button(1), Qt.MouseButton.LeftButton)
    assert window.document.session.options.leaning == "standard"
    qtbot.mouseClick(page.leaning.button(4), Qt.MouseButton.LeftButton)
    assert window.document.session.options.leaning == NOT_SURE
    # Hiding an option takes it out of the choices.
    window.document.session.options.hidden = ["comfort"]
    window.document.edit("options")
    assert "comfort" not in page.leaning_ids


def test_deadline_role_others_and_needs(make_window, qtbot, content):
    window = make_window()
    page = _values(window)
    s = window.document.session
    page.deadline.setFocus()
    qtbot.keyClicks(page.deadline, "by Friday")
    assert s.guide.deadline == "by Friday"
    qtbot.mouseClick(page.role.button(1), Qt.MouseButton.LeftButton)
    assert s.guide.role == "share"
    other = page.other_slots[0]
    other.who.setFocus()
    qtbot.keyClicks(other.who, "My son")
    other.prefers.setCurrentIndex(other.prefers.findData("trial"))
    other.prefers.activated.emit(other.prefers.currentIndex())
    qtbot.mouseClick(other.pressure.button(2), Qt.MouseButton.LeftButton)
    assert s.guide.others[0].who == "My son"
    assert s.guide.others[0].prefers == "trial" and s.guide.others[0].pressure == 2
    # A SURE "no" on "Do you know the good and bad points" ticks the need for facts.
    understand = next(slot for slot in page.sure_slots if slot.item.id == "sure_understand")
    qtbot.mouseClick(understand.row.button(1), Qt.MouseButton.LeftButton)
    facts = next(n for n in page.need_slots if n.need_id == "need_facts")
    assert facts.box.box.isChecked()
    facts.step.setFocus()
    qtbot.keyClicks(facts.step, "Call the nurse")
    assert s.guide.next_steps["need_facts"] == "Call the nurse"
    support = next(n for n in page.need_slots if n.need_id == "need_support")
    qtbot.mouseClick(support.box.box, Qt.MouseButton.LeftButton)
    assert s.guide.needs["need_support"] is True


def test_the_weighing_follows_the_options_at_once_when_shown(make_window):
    """Choices hidden on another step: the page, hidden meanwhile, rebuilds its weighing as
    it is shown, and the new cards are there at once, not a turn of the event loop later."""
    window = make_window()
    window.go_to(window.index_of("values"))
    page = window.pages["values"]
    before = len(page.weigh_cards)
    window.go_to(window.index_of("options"))
    window.document.session.options.hidden = ["comfort"]
    window.document.edit("options")
    window.go_to(window.index_of("values"))
    assert len(page.weigh_cards) == before - 1
    assert all(card.isVisible() for card in page.weigh_cards)
    assert page.leaning.isVisible()
