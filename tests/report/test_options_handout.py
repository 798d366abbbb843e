"""The handout's options: page 1 names the leaning option with cost and visits in one line and
the patient's notes; a page with the option grid as filled; the Ottawa guide's answers; and the
trial-tailoring rules (no randomisation picture for a single group, phase 1 figures labelled)."""

from __future__ import annotations

import pytest

from decisionaid.model.options import DoctorNumber, Guide, OptionAnswers, OtherPerson
from decisionaid.model.session import Session
from decisionaid.report.builder import build_pdf
from decisionaid.report.sections.options import CELL_CHARS
from decisionaid.storage.trialfile import load_any
from tests.conftest import FIXTURES
from tests.report.conftest import body_text, pdf_pages, squash


def _trial(nct):
    return load_any(FIXTURES / f"{nct}.json")[0]


def test_page_one_shows_the_leaning_option_cost_visits_and_notes(demo_pages, demo, en_content):
    page1 = squash(demo_pages[0])
    assert squash("Join this trial") in page1  # demo leans toward the trial
    assert squash("Join this trial (of 4 choices shown)") in page1
    assert squash("2 visits a month for 6 months") in page1
    assert squash("45 km from home") in page1
    assert squash("a month to pay") in page1 or squash("pays back about") in page1
    assert squash(demo.notes) in page1


def test_the_option_grid_page(demo_pdf, en_content, demo):
    text = squash(body_text(demo_pdf))
    o = en_content.options
    assert squash(o.title) in text
    for _row, title in [(r.id, r.title) for r in o.rows]:
        assert squash(title) in text
    for option_id in ("trial", "standard", "other_trial"):
        assert squash(o.option(option_id).title) in text
    assert squash("Surgery now") in text
    # The hidden option is said to be hidden, and its column is not printed.
    assert squash("You hid: Care that focuses on comfort") in text
    assert squash(o.option("comfort").cell("involves").text) not in text
    # What the doctor said, with its source.
    assert squash(demo.options.typed["standard"]["visits"]) in text
    assert squash(o.typed_source) in text
    # The Ottawa guide's answers.
    assert squash(demo.guide.deadline) in text
    assert squash(o.guide.roles[1]) in text
    assert squash("My daughter") in text
    assert squash(o.guide.needs[0].title) in text and squash(o.guide.needs[0].next_step) in text


def test_the_grid_questions_are_in_the_question_list(demo_pdf, demo, en_content):
    from decisionaid.model.options import build_grid

    text = squash(body_text(demo_pdf))
    for question in build_grid(demo, en_content).questions():
        assert squash(question) in text


def test_long_typed_text_is_shortened_in_the_grid_and_printed_in_full(en_content):
    long = "The doctor said " + "many words " * 80 + "END."
    s = Session(options=OptionAnswers(typed={"standard": {"visits": long}}))
    text = squash(body_text(build_pdf(s, en_content)))
    assert squash("What the doctor said, in full") in text
    assert squash(long) in text
    assert len(long) > CELL_CHARS


def test_doctor_number_printed_with_its_time_frame(en_content):
    s = Session(
        options=OptionAnswers(standard_number=DoctorNumber(40, "are alive", "after 2 years"))
    )
    text = squash(body_text(build_pdf(s, en_content)))
    assert squash("About 40 in 100 people are alive after 2 years.") in text


def test_single_group_trial_handout_has_no_randomisation_picture_or_comparison_risk(en_content):
    s = Session(trial=_trial("NCT06008288"))
    text = squash(body_text(build_pdf(s, en_content)))
    assert squash(en_content.facts.randomisation.title) not in text
    assert squash("An example") not in text
    assert squash("You may be in the comparison group") not in text
    assert squash(en_content.options.trial.placebo_yes) not in text


@pytest.mark.parametrize("nct", ["NCT06008288", "NCT01126879"])
def test_phase2_handout_labels_phase1_figures(en_content, nct):
    s = Session(trial=_trial(nct))
    pages = pdf_pages(build_pdf(s, en_content))
    text = squash(" ".join(pages))
    # Benefits and risks of a phase 2 trial never give phase 1 response rates as its chances.
    start = text.index(squash("Possible benefits")) if squash("Possible benefits") in text else 0
    values = text[start : start + 4000]
    assert squash("Your trial is phase 2") in values
    assert squash("12 of the 12") not in text.split(squash("Small studies"))[0]


def test_standard_group_of_a_randomised_trial_starts_the_standard_column(en_content):
    s = Session(trial=_trial("NCT04267848"))
    text = squash(body_text(build_pdf(s, en_content)))
    assert squash('In this trial, the group "Arm A (platinum doublet, observation)"') in text


def test_others_and_pressure(en_content):
    s = Session(
        guide=Guide(
            others=[OtherPerson("My wife", "standard", 2)], role="doctor", deadline="Friday"
        )
    )
    text = squash(body_text(build_pdf(s, en_content)))
    g = en_content.options.guide
    assert squash("My wife") in text and squash(g.pressure[2]) in text
    assert squash("Standard treatment, without the trial") in text
    assert squash(g.roles[2]) in text and squash("Friday") in text


def test_about_this_decision_aid_is_in_the_handout(demo_pdf, en_content):
    text = squash(body_text(demo_pdf))
    about = en_content.about
    assert squash(about.title) in text
    for section in about.sections:
        assert squash(section.title) in text
    assert squash("not yet been tested with patients") in text
