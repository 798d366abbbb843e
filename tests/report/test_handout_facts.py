"""What the handout used to leave out, now printed as on the screen, in English and Chinese:
the phase 1 note, the death-rate interval, the funnel's step rates, and how the trial is run
(study type, randomisation, blinding) for every registry record in the fixtures."""

from __future__ import annotations

import dataclasses

import pytest

from decisionaid.model import trial_summary
from decisionaid.model.registry.files import load_record_file
from decisionaid.model.registry.words import words
from decisionaid.report.builder import build_pdf
from tests.conftest import REPO
from tests.report.conftest import body_text, squash

RECORDS = sorted(
    str(path.relative_to(REPO / "tests" / "fixtures"))
    for folder in ("ctgov", "who-ictrp", "chictr")
    for path in (REPO / "tests" / "fixtures" / folder).iterdir()
)


@pytest.fixture(params=["en", "zh-CN"])
def pack(request, en_content, zh_content):
    return en_content if request.param == "en" else zh_content


def _demo(content):
    from decisionaid.model.demo import demo_session

    return demo_session(content)


def _text(session, content, paper="a4", large=False) -> str:
    return squash(body_text(build_pdf(session, content, paper, large)))


# --- the phase 1 note ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phases", "which"),
    [(["2"], "later"), (["3"], "later"), (["1", "2"], "early"), (["4"], "other"), ([], "unknown")],
)
def test_the_phase_one_note_is_the_screens(pack, phases, which):
    session = _demo(pack)
    session.trial.phases = phases
    notes = pack.facts.phase_notes
    assert notes.for_phases(phases) == getattr(notes, which)
    text = _text(session, pack)
    assert squash(getattr(notes, which)) in text
    for other in {"early", "later", "other", "unknown"} - {which}:
        assert squash(getattr(notes, other)) not in text
    see = squash(pack.handout.words["phase_note_see"].format(section=pack.options.title))
    assert (see in text) == (which == "later")


def test_no_trial_yet_gets_the_general_note(en_content):
    session = _demo(en_content)
    session.trial_unknown = True
    text = _text(session, en_content)
    assert squash("These numbers are about early (phase 1) trials only.") in text
    assert squash("Your trial is not a phase 1 trial") not in text


def test_the_english_wording_is_the_one_the_issue_asks_for(en_content):
    session = _demo(en_content)
    session.trial.phases = ["2"]
    assert squash("Your trial is not a phase 1 trial. These are phase 1 figures") in _text(
        session, en_content
    )


# --- the death rate's interval and the funnel's step rates ----------------------------------
def test_the_death_rate_has_its_interval(pack):
    fact = pack.facts.frequency("phase1_death")
    assert fact.interval == [0.54, 0.82]  # evidence.md: 93 of 13,847, 95% CI 0.54-0.82
    text = _text(_demo(pack), pack)
    note = squash(pack.facts.range_note.format(low="0.54", high="0.82"))
    # In the picture's legend (drawn line by line) and in its words.
    assert note in text
    assert text.count("0.54%") >= 2 and text.count("0.82%") >= 2
    # Beside the death figure: in its words, right after how many died.
    words = text[text.index(squash(fact.title + pack.handout.words["colon"].format(label=""))) :]
    assert words.index(squash(fact.affected_label)) < words.index(note) < 400


def test_the_funnel_shows_each_steps_rate(pack):
    steps = [s.percent for s in pack.facts.funnel.steps]
    assert steps[1:] == [24.6, 40.1, 82.4]  # evidence.md, BIO 2006-2015
    text = _text(_demo(pack), pack)
    rate = pack.handout.words["funnel_step_rate"]
    for percent in steps:
        # In the drawing between the bars, and in its words.
        assert squash(rate.format(step=f"{percent:g}")) in text
        assert text.count(squash(f"{percent:g}%")) >= 2


@pytest.mark.parametrize(("paper", "large"), [("a4", True), ("letter", True)])
def test_the_new_facts_print_in_large_print_too(en_content, paper, large):
    text = _text(_demo(en_content), en_content, paper, large)
    assert squash("between 0.54% and 0.82%") in text
    assert squash("24.6% of those at the step before") in text


# --- about the trial: study type, randomisation, blinding ------------------------------------
def _design_lines(trial, language: str) -> list[str]:
    facts = trial_summary.facts(trial, "", language)
    lines = [facts.study_type]
    if trial.study_type != "observational":
        lines.append(facts.randomisation[0])
        lines.append(facts.blinding)
    return lines


@pytest.mark.parametrize("record", RECORDS)
def test_about_the_trial_says_how_it_is_run(en_content, zh_content, record):
    for trial in load_record_file(REPO / "tests" / "fixtures" / record)[:3]:
        for content in (en_content, zh_content):
            session = _demo(content)
            session.trial = trial
            language = content.pack.language
            text = _text(session, content)
            start = text.index(squash(content.handout.words["trial_details"]))
            for line in _design_lines(trial, language):
                assert line and squash(line) in text[start:], (record, language, line)


@pytest.mark.parametrize(
    "record", ["who-ictrp/ictrp-export-2024-06-09.xml", "chictr/ChiCTR2000034346.xml"]
)
def test_a_silent_record_is_said_to_be_silent(en_content, zh_content, record):
    trial = load_record_file(REPO / "tests" / "fixtures" / record)[0]
    trial = dataclasses.replace(
        trial, study_type="", randomised=None, blinding="", placebo=None, arms=trial.arms[:2]
    )
    for content, unknown in ((en_content, "registry"), (zh_content, "登记记录里没有写")):
        w = words(content.pack.language)
        session = _demo(content)
        session.trial = trial
        text = _text(session, content)
        for key in ("type.unknown", "random.unknown", "blinding.unknown"):
            assert squash(w(key)) in text, key
            assert squash(unknown) in squash(w(key))
    session = _demo(en_content)
    session.trial = trial
    text = _text(session, en_content)
    assert squash("Randomised: not stated in the registry.") in text
    assert squash("Who knows your group: not stated in the registry.") in text
    assert squash("Study type: not stated in the registry.") in text
