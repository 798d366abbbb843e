"""The options and the option grid: same rows for every option, the trial's column from its
record, standard treatment never given a made-up number, phase-tailored words."""

from __future__ import annotations

import re

import pytest

from decisionaid.content.options_schema import ROW_IDS
from decisionaid.model.options import (
    NOT_SURE,
    DoctorNumber,
    OptionAnswers,
    OwnOption,
    build_grid,
    how_likely,
    leaning_title,
    needs_with_steps,
    shows_randomisation,
    standard_care_arm,
    trial_considerations,
)
from decisionaid.model.session import Session
from decisionaid.model.trial import TrialInfo
from decisionaid.schema import SchemaError, from_data
from decisionaid.storage import sessionfile
from decisionaid.storage.trialfile import load_any
from tests.conftest import FIXTURES


def _trial(nct: str) -> TrialInfo:
    return load_any(FIXTURES / f"{nct}.json")[0]


def _all_text(column) -> str:
    words = [c.text for c in column.cells]
    words += [f"{p.title} {p.text}" for p in (*column.good, *column.bad)]
    return " ".join(words)


SESSIONS = {
    "blank": lambda: Session(),
    "single_group": lambda: Session(trial=_trial("NCT06008288")),
    "phase3": lambda: Session(trial=_trial("NCT04267848")),
    "own_and_hidden": lambda: Session(
        trial=_trial("NCT01126879"),
        options=OptionAnswers(
            hidden=["comfort"], own=[OwnOption("own1", "Surgery now", good="Done in one go")]
        ),
    ),
}


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_every_option_shown_has_every_row_and_a_good_and_a_bad_point(content, name):
    grid = build_grid(SESSIONS[name](), content)
    assert [r for r, _ in grid.rows] == list(ROW_IDS)
    assert len(grid.columns) >= 4
    for column in grid.columns:
        assert [c.row for c in column.cells] == list(ROW_IDS), column.id
        for cell in column.cells:
            assert cell.text.strip(), (column.id, cell.row)
            # Every fact has its source; a cell with no source asks the question instead.
            for part in cell.parts:
                assert part.source or part.kind == "note", (column.id, cell.row, part.text)
            assert cell.parts or cell.question
        assert column.good and column.bad, column.id
        for point in (*column.good, *column.bad):
            assert point.title and point.text


def test_other_options_get_the_same_kinds_of_point_as_the_trial(content):
    grid = build_grid(Session(trial=_trial("NCT04267848")), content)
    for column in grid.columns[1:4]:
        good_rows = {p.row for p in column.good}
        bad_rows = {p.row for p in column.bad}
        assert len(good_rows) >= 2 and len(bad_rows) >= 2, column.id


def test_hidden_option_is_left_out_and_named(content):
    s = SESSIONS["own_and_hidden"]()
    grid = build_grid(s, content)
    ids = [c.id for c in grid.columns]
    assert ids == ["trial", "standard", "other_trial", "own1"]
    assert grid.hidden == (content.options.option("comfort").title,)
    s.options.leaning = "comfort"
    assert leaning_title(s, content) == ""
    s.options.leaning = "own1"
    assert leaning_title(s, content) == "Surgery now"
    s.options.leaning = NOT_SURE
    assert leaning_title(s, content) == content.options.guide.not_sure


def test_the_trial_column_cannot_be_hidden():
    with pytest.raises(ValueError):
        OptionAnswers(hidden=["trial"])


# --- standard treatment: never an invented number ------------------------------------------------
def test_standard_treatment_has_no_number_until_the_doctor_gives_one(content):
    s = Session(trial=_trial("NCT06008288"))
    column = build_grid(s, content).column("standard")
    stated = " ".join(p.text for c in column.cells for p in c.parts)
    assert not re.search(r"\d", stated)
    chance = column.cell("chance")
    assert chance.ask_label == "Ask your doctor"
    assert chance.question in build_grid(s, content).questions()


def test_what_the_doctor_said_fills_the_cell_and_removes_the_question(content):
    s = Session()
    s.options.standard_number = DoctorNumber(60, "are alive", "after 5 years")
    s.options.typed = {"standard": {"visits": "Every 3 weeks for 4 months"}}
    grid = build_grid(s, content)
    column = grid.column("standard")
    chance = column.cell("chance")
    assert "About 60 in 100 people are alive after 5 years." in chance.text
    assert content.options.typed_source in chance.sources()
    assert chance.question == ""
    assert column.cell("visits").question == ""
    assert "Every 3 weeks for 4 months" in column.cell("visits").text
    asked = grid.questions()
    assert content.options.option("standard").cell("chance").ask not in asked
    assert content.options.option("standard").cell("visits").ask not in asked


def test_doctor_number_needs_count_and_outcome():
    assert not DoctorNumber(60).complete()
    assert DoctorNumber(60, "are alive").complete()
    with pytest.raises(ValueError):
        DoctorNumber(101)


# --- the trial's column from the record ---------------------------------------------------------
def test_single_group_trial_no_control_group_risk_no_randomisation_no_placebo(content):
    trial = _trial("NCT06008288")
    assert len(trial.arms) == 1 and trial.placebo is not True
    benefits, risks = trial_considerations(content, trial)
    assert "r_control_group" not in [r.id for r in risks]
    assert not shows_randomisation(trial)
    column = build_grid(Session(trial=trial), content).column("trial")
    text = _all_text(column)
    assert "placebo" not in text.lower()
    assert "comparison group" not in text.lower()
    assert "Chance decides your group" not in text
    assert "JAB-21822" in column.cell("involves").text
    assert column.cell("involves").sources() == ["Your trial's registry record (NCT06008288)"]


def test_randomised_phase3_standard_group_starts_the_standard_column(content):
    trial = _trial("NCT04267848")
    arm = standard_care_arm(trial)
    assert arm is not None and arm.label.startswith("Arm A")
    assert shows_randomisation(trial)
    _, risks = trial_considerations(content, trial)
    assert "r_control_group" in [r.id for r in risks]
    column = build_grid(Session(trial=trial), content).column("standard")
    involves = column.cell("involves")
    trial_parts = [p for p in involves.parts if p.kind == "trial"]
    assert len(trial_parts) == 1
    assert "Arm A (platinum doublet, observation)" in trial_parts[0].text
    assert trial_parts[0].source == "Your trial's registry record (NCT04267848)"
    assert (
        "phase 3" in build_grid(Session(trial=trial), content).column("trial").cell("chance").text
    )


def test_single_group_trial_has_no_standard_care_group(content):
    assert standard_care_arm(_trial("NCT06008288")) is None
    column = build_grid(Session(trial=_trial("NCT06008288")), content).column("standard")
    assert not [p for c in column.cells for p in c.parts if p.kind == "trial"]


def test_placebo_only_when_the_record_has_one(content):
    with_placebo = _trial("NCT01126879")
    assert with_placebo.placebo is True
    text = build_grid(Session(trial=with_placebo), content).column("trial").cell("involves").text
    assert "placebo" in text and "on top of standard treatment" in text
    without = _trial("NCT04267848")
    text = build_grid(Session(trial=without), content).column("trial").cell("involves").text
    assert "No group gets a placebo." in text


@pytest.mark.parametrize("nct", ["NCT06008288", "NCT01126879"])
def test_phase2_non_rectal_no_12_of_12_benefit_and_phase1_figures_labelled(content, nct):
    trial = _trial(nct)
    assert "2" in trial.phases and not any("rectal" in c.lower() for c in trial.conditions)
    benefits, risks = trial_considerations(content, trial)
    grid = build_grid(Session(trial=trial), content)
    shown = [f"{i.title} {i.text} {how_likely(i, trial)}" for i in (*benefits, *risks)]
    shown += [c.text for col in grid.columns for c in col.cells]
    shown += [f"{p.title} {p.text}" for col in grid.columns for p in (*col.good, *col.bad)]
    for text in shown:
        assert "12 of 12" not in text and "12 of the 12" not in text and "dMMR" not in text
        # Phase 1 figures are never shown as this phase 2 trial's chances.
        assert "12 in 100" not in text and "18 in 100" not in text
        assert "13,847" not in text


def test_phase1_figures_always_say_they_are_phase_1(content):
    trial = TrialInfo(phases=["1"])
    benefits, risks = trial_considerations(content, trial)
    grid = build_grid(Session(trial=trial), content)
    texts = [how_likely(i, trial) for i in (*benefits, *risks)]
    texts += [c.text for c in grid.column("trial").cells]
    figures = [t for t in texts if re.search(r"12 in 100|18 in 100|13,847|88 in 100", t)]
    assert figures
    for text in figures:
        assert "Phase 1 figures" in text


def test_no_consideration_suggests_the_12_of_12_study(content):
    c = content.considerations
    for item in (*c.benefits, *c.risks):
        words = " ".join([item.text, item.how_likely, *item.by_phase.values()])
        assert "12 of" not in words and "rectal" not in words.lower()


def test_manual_trial_uses_entered_source(content):
    trial = TrialInfo(phases=["2"], visits_per_month=2, months=6, distance_km=40, origin="manual")
    cell = build_grid(Session(trial=trial), content).column("trial").cell("visits")
    assert "about 12 visits in all" in cell.text and "40 km" in cell.text
    assert cell.question == ""
    assert "What you entered about your trial" in cell.sources()


# --- the Ottawa guide -----------------------------------------------------------------------------
def test_needs_follow_sure_answers_unless_ticked(content):
    s = Session()
    s.sure = {
        "sure_sure": True,
        "sure_understand": False,
        "sure_values": True,
        "sure_support": True,
    }
    needs = needs_with_steps(s, content)
    assert [n for n, _ in needs] == ["More facts about my choices"]
    s.guide.needs = {"need_facts": False, "need_support": True}
    s.guide.next_steps = {"need_support": "Call my sister"}
    assert needs_with_steps(s, content) == [("More support or advice", "Call my sister")]


# --- storage --------------------------------------------------------------------------------------
def test_session_with_options_and_guide_round_trips():
    s = SESSIONS["own_and_hidden"]()
    s.options.leaning = "own1"
    s.options.standard_number = DoctorNumber(30, "have the tumour shrink", "within a year")
    s.guide.role = "share"
    s.guide.deadline = "by my next visit"
    again = sessionfile.loads(sessionfile.dumps(s))
    assert again.options == s.options
    assert again.guide == s.guide


def test_version_1_session_still_opens():
    raw = b'{"format": "trial-decision-aid-session", "version": 1, "session": {"notes": "hi"}}'
    s = sessionfile.loads(raw)
    assert s.notes == "hi" and s.options == OptionAnswers()


def test_bad_option_answers_are_refused():
    with pytest.raises(SchemaError):
        from_data(Session, {"options": {"typed": {"standard": {"nope": "x"}}}})
    with pytest.raises(SchemaError):
        from_data(Session, {"guide": {"role": "boss"}})


@pytest.mark.parametrize("old, new", [(4, "trial"), (3, "trial"), (2, NOT_SURE), (1, ""), (0, "")])
def test_version_1_leaning_about_joining_becomes_an_option(old, new):
    head = '{"format": "trial-decision-aid-session", "version": 1, "session": '
    raw = (head + '{"leaning": ' + str(old) + "}}").encode()
    assert sessionfile.loads(raw).options.leaning == new


def test_about_this_decision_aid_says_who_paid_and_that_it_is_not_tested(content):
    about = content.about
    ids = [s.id for s in about.sections]
    assert ids == ["about_who", "about_evidence", "about_updates", "about_reading", "about_testing"]
    text = " ".join(" ".join(p) for _, p in about.filled("2026-11-01", "9.9", "7"))
    assert "paid for the work" in text and "2026-11-01" in text and "9.9" in text
    assert "Flesch-Kincaid" in text and "grade 8" in text
    assert "not yet been tested with patients" in text
