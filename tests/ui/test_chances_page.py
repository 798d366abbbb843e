"""The chances page follows the session: the trial's ratio and the patient's ratings."""

from __future__ import annotations

from decisionaid.model.trial import Arm


def test_ratio_change_on_trial_page_updates_the_picture(make_window):
    window = make_window()
    trial_page = window.page("trial")
    trial_page.add_arm()
    trial_page.add_arm()
    trial_page.arm_editors[0].label.setText("Drug")
    trial_page.arm_editors[0].on_edit()
    chances = window.page("chances")
    window.go_to(window.index_of("chances"))
    assert chances.randomisation.ratio() == [1, 1]
    trial_page.arm_editors[0].share.setValue(3)
    assert chances.randomisation.ratio() == [3, 1]
    assert chances.randomisation.figure_counts() == [3, 1]
    assert "Drug: 3 in 4 (75%)" in chances.randomisation.text_equivalent()
    assert "3:1" in chances.trial_note.text()


def test_unknown_trial_shows_an_example_and_says_so(make_window):
    window = make_window()
    chances = window.page("chances")
    window.go_to(window.index_of("chances"))
    assert chances.randomisation.ratio() == [1, 1]
    assert "example" in chances.trial_note.text()


def test_assumed_ratio_is_named(make_window):
    window = make_window()
    s = window.document.session
    s.trial.arms = [Arm("A", "experimental"), Arm("B", "placebo_comparator")]
    s.trial.ratio = [1, 1]
    s.trial.ratio_assumed = True
    s.trial.randomised = True
    window.document.edit("trial")
    chances = window.page("chances")
    chances.refresh()
    assert "equal split (1:1) is assumed" in chances.trial_note.text()


def test_phase_one_trial_is_told_the_figures_fit(make_window):
    window = make_window()
    window.document.session.trial.phases = ["1"]
    chances = window.page("chances")
    chances.refresh()
    assert "fit it best" in chances.phase_note.text()


def test_ratings_chart_follows_the_ratings(make_window, content):
    window = make_window()
    chances = window.page("chances")
    benefits, risks = chances.ratings.ratings()
    assert all(value is None for _, value in benefits + risks)
    item = content.considerations.risks[0]
    window.document.session.ratings[item.id] = 4
    window.document.edit("ratings")
    # Hidden, the page follows the ratings as it is shown; on the screen, at once.
    window.go_to(window.index_of("chances"))
    _, risks = chances.ratings.ratings()
    assert risks[0] == (item.title, 4)
    window.document.session.ratings[item.id] = 2
    window.document.edit("ratings")
    _, risks = chances.ratings.ratings()
    assert risks[0] == (item.title, 2)


def test_figures_carry_their_sources(make_window):
    window = make_window()
    chances = window.page("chances")
    assert "Chihara et al., Lancet 2022" in chances.response.text_equivalent()
    assert "18 of 100" in chances.response.text_equivalent()
    assert "Cercek et al., NEJM 2022" in chances.intervals.text_equivalent()
    assert "73.5" in chances.intervals.text_equivalent()
    assert "not" in chances.funnel.text_equivalent().lower()  # drugs, not people
    assert "BIO industry report 2016" in chances.funnel.text_equivalent()


def test_save_picture_as_png_and_failure_message(make_window, tmp_path):
    window = make_window()
    chances = window.page("chances")
    target = tmp_path / "chart.png"
    assert chances.save_chart(chances.response, target)
    assert target.read_bytes().startswith(b"\x89PNG")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not chances.save_chart(chances.response, blocker / "x.png")
    assert "Could not save" in chances.message.text()


def test_ratio_too_large_to_draw_is_given_in_words(make_window):
    window = make_window()
    trial = window.page("trial")
    for _ in range(4):
        trial.add_arm()
    for editor, share in zip(trial.arm_editors, (20, 20, 20, 1), strict=True):
        editor.share.setValue(share)
    window.go_to(window.index_of("chances"))
    chances = window.pages["chances"]
    assert "too many to draw" in chances.trial_note.text()
    assert "about 20 in 61 (33%)" in chances.trial_note.text()
    assert "example" in chances.randomisation.title().lower()


def test_at_most_twelve_groups(make_window):
    window = make_window()
    trial = window.page("trial")
    for _ in range(15):
        trial.add_arm()
    assert len(window.document.session.trial.arms) == 12
    assert not trial.add_arm_button.isEnabled()


def test_three_groups_sharing_a_long_prefix_stay_distinct_in_the_picture(make_window):
    window = make_window()
    s = window.document.session
    names = ["PEG-rhG-CSF group, 100 μg/kg", "PEG-rhG-CSF group, 6 mg fixed", "rhG-CSF group"]
    s.trial.arms = [Arm(n, "experimental") for n in names]
    s.trial.ratio = [1, 1, 1]
    s.trial.ratio_assumed = True
    s.trial.randomised = True
    window.document.edit("trial")
    chances = window.page("chances")
    chances.refresh()
    labels = chances.randomisation.labels()
    assert len(set(labels)) == 3 and all(len(label) <= 16 for label in labels)
    note = chances.trial_note.text()
    assert "equal split (1:1:1) is assumed" in note and "1:1 is assumed" not in note
    for name in names[:2]:
        assert name in note  # the full name is given in words beside the picture


def test_a_chart_changed_while_away_is_drawn_anew_when_shown(make_window, content):
    """The charts are placed once, at the width they have: one changed while its page is
    hidden (a rating given on another step) is placed when the page shows again, and its
    picture is tall enough for what it now holds."""
    window = make_window()
    window.show()
    chances_index = window.index_of("chances")
    window.go_to(chances_index)
    chances = window.pages["chances"]
    ratings = chances.ratings
    assert ratings.plot.height() == ratings.picture_height(ratings.plot.width())
    window.go_to(window.index_of("values"))
    item = content.considerations.risks[0]
    window.document.session.ratings[item.id] = 3
    window.document.edit("ratings")
    assert not ratings.isVisible()
    window.go_to(chances_index)
    assert ratings.isVisible()
    width = ratings.view.width()
    assert ratings._placed_width == width
    assert ratings.plot.height() == ratings.picture_height(width)
    shown = {t.toPlainText() for t in ratings.view.childGroup.childItems() if t.isVisible()
             and hasattr(t, "toPlainText")}  # fmt: skip
    assert ratings.rating_text(3).replace("\xa0", " ") in shown
    # Shown again with nothing changed: nothing is placed again.
    placed = ratings._heights.copy()
    window.go_to(window.index_of("values"))
    window.go_to(chances_index)
    assert ratings._heights == placed
