"""Plain-language trial summary: phases, chances, groups, placebo, blinding, unknowns."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from decisionaid.model.registry.words import words
from decisionaid.model.trial import Arm, TrialInfo
from decisionaid.model.trial_summary import (
    chance_text,
    group_chances,
    summarise,
)

W = words("en")
PHASE_TEXT = {k: W(f"phase.{k}") for k in ("early1", "1", "2", "3", "4")}
PHASE_TEXT["na"] = W("phase.na")
ARM_TYPE_TEXT = {
    k: W(f"arm.{k or 'unknown'}")
    for k in (
        "experimental",
        "active_comparator",
        "placebo_comparator",
        "sham_comparator",
        "no_intervention",
        "other",
        "",
    )
}
BLINDING_TEXT = {
    k: W(f"blinding.{k or 'unknown'}")
    for k in ("none", "single", "double", "triple", "quadruple", "")
}

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"


def _text(trial: TrialInfo) -> str:
    return "\n".join(summarise(trial))


def _two_arm(**kwargs) -> TrialInfo:
    base = dict(
        title="Drug X for rectal cancer",
        registry_id="NCT01126879",
        phases=["3"],
        study_type="interventional",
        randomised=True,
        arms=[
            Arm("New drug", "experimental", interventions=["Drug X"]),
            Arm("Standard care", "active_comparator", interventions=["FOLFOX"]),
        ],
        ratio=[2, 1],
        blinding="none",
        placebo=False,
        visits_per_month=2,
        months=6,
        enrollment=400,
        enrollment_type="estimated",
        status="Recruiting",
    )
    base.update(kwargs)
    return TrialInfo(**base)


# --- chances -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "chances"),
    [
        ([1, 1], [Fraction(1, 2), Fraction(1, 2)]),
        ([2, 1], [Fraction(2, 3), Fraction(1, 3)]),
        ([1, 1, 1], [Fraction(1, 3)] * 3),
        ([2, 2], [Fraction(1, 2), Fraction(1, 2)]),
        ([3, 2, 1], [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6)]),
        ([1], [Fraction(1)]),
        ([], []),
    ],
)
def test_group_chances(ratio, chances):
    assert group_chances(ratio) == chances
    if ratio:
        assert sum(group_chances(ratio)) == 1


@pytest.mark.parametrize("ratio", [[0, 1], [-1, 2], [1.5, 1], [True, 1], ["1", "1"]])
def test_group_chances_rejects_bad_ratios(ratio):
    with pytest.raises(ValueError):
        group_chances(ratio)


@pytest.mark.parametrize(
    ("chance", "text"),
    [
        (Fraction(1, 2), "about 1 in 2 (50%)"),
        (Fraction(2, 3), "about 2 in 3 (67%)"),
        (Fraction(1, 3), "about 1 in 3 (33%)"),
        (Fraction(1, 8), "about 1 in 8 (13%)"),  # 12.5 rounds half up
        (Fraction(1, 1), "about 1 in 1 (100%)"),
    ],
)
def test_chance_text(chance, text):
    assert chance_text(chance) == text


# --- lines ---------------------------------------------------------------------------------


def test_two_to_one_randomised_phase3():
    text = _text(_two_arm())
    assert "Trial: Drug X for rectal cancer" in text
    assert "Registry number: NCT01126879" in text
    assert PHASE_TEXT["3"] in text
    assert "It is randomised" in text
    assert "Your chance of being in 'New drug': about 2 in 3 (67%)." in text
    assert "Your chance of being in 'Standard care': about 1 in 3 (33%)." in text
    assert "assume" not in text  # the ratio was given
    assert "- New drug: gets the treatment being tested. Treatment: Drug X." in text
    assert "- Standard care: gets a treatment already in use, to compare with." in text
    assert W("placebo.no") in text
    assert BLINDING_TEXT["none"] in text
    assert "about 2 a month, for about 6 months (about 12 visits in all)" in text
    assert "about 400 people (the planned number, an estimate)" in text
    assert "Status: Recruiting. It is looking for people to join now." in text


def test_assumed_ratio_is_said():
    trial = _two_arm(ratio=[1, 1], ratio_assumed=True)
    text = _text(trial)
    assert "does not give the split" in text and "(1:1)" in text
    assert "about 1 in 2 (50%)" in text


@pytest.mark.parametrize("phase", ["early1", "1", "2", "3", "4", "na"])
def test_each_phase_has_its_own_plain_text(phase):
    assert PHASE_TEXT[phase] in _text(_two_arm(phases=[phase]))


def test_phase_1_mentions_size_and_purpose():
    assert "15 to 50 people" in PHASE_TEXT["1"]
    assert "safety" in PHASE_TEXT["1"] and "dose" in PHASE_TEXT["1"]
    assert "standard care" in PHASE_TEXT["3"]
    assert "approved" in PHASE_TEXT["4"]
    assert "not applicable" in PHASE_TEXT["na"]


def test_combined_phases():
    text = _text(_two_arm(phases=["1", "2"]))
    assert "combines phase 1 and phase 2" in text
    assert PHASE_TEXT["1"] in text and PHASE_TEXT["2"] in text


def test_placebo_is_on_top_of_standard_care():
    trial = _two_arm(
        arms=[Arm("A", "experimental"), Arm("B", "placebo_comparator")],
        placebo=True,
        blinding="double",
        ratio=[1, 1],
    )
    text = _text(trial)
    assert "on top of standard treatment, not instead of it" in text
    assert ARM_TYPE_TEXT["placebo_comparator"] in text
    assert BLINDING_TEXT["double"] in text


def test_sham_is_not_called_a_placebo():
    trial = _two_arm(arms=[Arm("A", "experimental"), Arm("B", "sham_comparator")], ratio=[1, 1])
    text = _text(trial)
    assert "pretend procedure" in text and "It is not a placebo medicine" in text
    assert W("placebo.no") in text


@pytest.mark.parametrize("blinding", ["none", "single", "double", "triple", "quadruple"])
def test_blinding_in_plain_words(blinding):
    assert BLINDING_TEXT[blinding] in _text(_two_arm(blinding=blinding))


def test_arm_types_in_plain_words():
    arms = [Arm(f"G{i}", t) for i, t in enumerate(ARM_TYPE_TEXT)]
    text = _text(_two_arm(arms=arms, ratio=[1] * len(arms)))
    for i, kind in enumerate(ARM_TYPE_TEXT):
        assert f"- G{i}: {ARM_TYPE_TEXT[kind]}" in text


def test_not_randomised_single_group():
    trial = _two_arm(randomised=False, arms=[Arm("Everyone", "experimental")], ratio=[])
    text = _text(trial)
    assert "not randomised: everyone in the study is in the same group" in text
    assert "chance of being" not in text


def test_ratio_that_does_not_match_the_arms_is_treated_as_not_known():
    trial = _two_arm()
    trial.ratio = [1, 1, 2]  # possible in memory only: files with this are refused
    text = _text(trial)
    assert "Group 3" not in text
    assert "Your chance of each group is not known" in text


def test_bad_ratio_is_treated_as_not_known():
    trial = _two_arm()
    trial.ratio = [0, 1]
    text = _text(trial)
    assert "Your chance of each group is not known" in text


def test_files_cannot_hold_a_ratio_that_does_not_fit():
    import pytest

    from decisionaid.model.trial import Arm

    for ratio in ([1, 1, 2], [0, 1], [21, 1]):
        with pytest.raises(ValueError):
            TrialInfo(arms=[Arm("A"), Arm("B")], ratio=ratio)
    with pytest.raises(ValueError):
        TrialInfo(months=float("inf"))
    with pytest.raises(ValueError):
        TrialInfo(visits_per_month=-1)


def test_empty_trial_says_not_known_and_invents_nothing():
    lines = summarise(TrialInfo())
    text = "\n".join(lines)
    assert "name and number are not known" in text
    assert "Phase: not stated in the registry" in text
    assert "Randomised: not stated in the registry" in text
    assert "groups are not listed" in text
    assert "Placebo: not stated in the registry" in text
    assert BLINDING_TEXT[""] in text
    assert "how often you would visit" in text
    assert "how many people take part" in text
    assert "Status: not stated in the registry." in text
    # No number appears: nothing about this trial is known.
    assert not re.search(r"\d", text)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"enrollment": 12, "enrollment_type": "actual"}, "12 people (the actual number"),
        ({"enrollment": 1, "enrollment_type": "actual"}, "1 person (the actual"),
        ({"enrollment": 1500, "enrollment_type": ""}, "1,500 people (not said whether"),
        ({"visits_per_month": 4, "months": None}, "about 4 a month. How many months is not known"),
        ({"visits_per_month": None, "months": 2.5}, "about 2.5 months. How many visits a month"),
        ({"status": "Unknown (last known: recruiting)"}, "not been updated for a long time"),
        ({"status": "Terminated"}, "It was stopped early."),
        ({"status": "Waiting for funding"}, "Status: Waiting for funding."),
        ({"site": "City Hospital", "distance_km": 45.0}, "Where: City Hospital, about 45 km"),
        ({"sponsor": "Big Pharma"}, "Run by: Big Pharma."),
    ],
)
def test_details(kwargs, expected):
    assert expected in _text(_two_arm(**kwargs))


def test_observational_study_has_no_randomisation_or_placebo_lines():
    trial = TrialInfo(
        title="Watching study", study_type="observational", randomised=False, enrollment=38
    )
    text = _text(trial)
    assert "Study type: observational" in text and "No study treatment is given" in text
    assert "Observational studies do not have a phase" in text
    assert "randomised" not in text and "placebo" not in text.lower()


def test_short_sentences():
    """Plain language: every sentence of a fully filled summary has at most 30 words."""
    trial = _two_arm(
        eligibility_include=["a"], eligibility_exclude=["b", "c"], site="X", sponsor="Y"
    )
    for line in summarise(trial):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            assert len(sentence.split()) <= 30, sentence


def test_fixtures_summarise():
    if not FIXTURES.is_dir():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    from decisionaid.model.registry.files import load_record_file as load_ctgov_file

    [genistein] = load_ctgov_file(FIXTURES / "NCT01126879.json")
    text = _text(genistein)
    assert PHASE_TEXT["2"] in text
    assert "Your chance of being in 'Arm I': about 1 in 2 (50%)." in text
    assert "(1:1)" in text
    assert "12 people (the actual number who took part)" in text
    assert "Status: Terminated." in text
    [watching] = load_ctgov_file(FIXTURES / "NCT05600179.json")
    assert "Study type: observational" in _text(watching)


def test_groups_share_one_denominator():
    from decisionaid.model.trial_summary import group_chance_texts

    assert group_chance_texts([3, 1, 2]) == [
        "about 3 in 6 (50%)",
        "about 1 in 6 (17%)",
        "about 2 in 6 (33%)",
    ]
    assert group_chance_texts([2, 2]) == ["about 1 in 2 (50%)", "about 1 in 2 (50%)"]
