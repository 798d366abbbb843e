"""Posted results: the counts of NCT01126879 checked against its JSON, and the words for
outcomes (intervals, comparisons, NA, the registry's comments), side effects and flow."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from decisionaid.model.registry.ctgov import parse_ctgov
from decisionaid.model.registry.files import load_record_file
from decisionaid.model.results_summary import results_view
from decisionaid.model.trial_summary import short_group_names, summarise

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"
GENISTEIN = FIXTURES / "NCT01126879.json"


def _raw() -> dict:
    return json.loads(GENISTEIN.read_text(encoding="utf-8"))


def expected_counts(raw: dict) -> dict:
    """The numbers a person should see, read straight from the JSON (independent code)."""
    res = raw["resultsSection"]
    flow = res["participantFlowModule"]
    titles = {g["id"]: g["title"] for g in flow["groups"]}
    started = {}
    finished = {}
    for m in flow["periods"][0]["milestones"]:
        for a in m["achievements"]:
            if m["type"] == "STARTED":
                started[titles[a["groupId"]]] = int(a["numSubjects"])
            if m["type"] == "COMPLETED":
                finished[titles[a["groupId"]]] = int(a["numSubjects"])
    ae = res["adverseEventsModule"]
    groups = {g["id"]: g for g in ae["eventGroups"]}
    serious = {
        g["title"]: (g["seriousNumAffected"], g["seriousNumAtRisk"]) for g in groups.values()
    }
    events = {}
    for ev in ae["seriousEvents"] + ae["otherEvents"]:
        events[ev["term"]] = {
            groups[s["groupId"]]["title"]: (s["numAffected"], s["numAtRisk"]) for s in ev["stats"]
        }
    return {"started": started, "finished": finished, "serious": serious, "events": events}


def test_nct01126879_counts_match_the_json():
    raw = _raw()
    want = expected_counts(raw)
    [trial] = load_record_file(GENISTEIN)
    view = results_view(trial)
    assert view is not None
    for f in view.flow:
        assert f.started == want["started"][f.group]
        assert f.finished == want["finished"][f.group]
        assert f.stopped == f.started - f.finished
        assert sum(n for _, n in f.reasons) == f.stopped
        assert f"{f.started} started" in f.text and f"{f.finished} finished" in f.text
    assert [f.started for f in view.flow] == [8, 4]
    for ev in view.serious + view.other:
        for share in ev.shares:
            a, n = want["events"][ev.term][share.group]
            assert (share.affected, share.at_risk) == (a, n)
            assert f"{a} of {n} people" in share.text
    text = "\n".join(view.lines)
    for group, (a, n) in want["serious"].items():
        assert f"{group}: {a} of {n} people" in text
    assert "Atrial Fibrillation: Arm I - Genistein: 1 of 8 people (13%)" in text
    assert "Deaths: Arm I - Genistein: 0 of 8 people (0%); Arm II - Placebo: 0 of 4" in text
    assert "3 because the cancer grew" in text and "1 because of side effects" in text
    assert "1 by their own choice" in text and "1 by the doctor's decision" in text
    assert "Small study" in text and "the smallest had 4" in text
    # The primary outcome has no numbers: the registry's comment is shown, not dropped.
    assert "The registry gives no numbers for this result." in text
    assert "Data was not collected for analysis" in text
    assert "Time frame for side effects:" in text and "threshold is 0%" in text


def test_top_five_are_the_most_common():
    [trial] = load_record_file(GENISTEIN)
    view = results_view(trial)
    assert len(view.other) == 5 and len(view.serious) == 1
    rates = [max(s.affected / s.at_risk for s in ev.shares) for ev in view.other]
    assert rates == sorted(rates, reverse=True)
    # The same picture denominator for every group: out of 100.
    assert [s.per_100 for s in view.serious[0].shares] == [13, 0]


def _with_outcome(measure: dict) -> dict:
    raw = _raw()
    om = raw["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"][0]
    om.update(copy.deepcopy(measure))
    return raw


HR = {
    "paramType": "MEDIAN",
    "unitOfMeasure": "months",
    "dispersionType": "95% Confidence Interval",
    "denoms": [
        {
            "units": "Participants",
            "counts": [{"groupId": "OG000", "value": "120"}, {"groupId": "OG001", "value": "118"}],
        }
    ],
    "classes": [
        {
            "categories": [
                {
                    "measurements": [
                        {
                            "groupId": "OG000",
                            "value": "14.2",
                            "lowerLimit": "11.0",
                            "upperLimit": "17.5",
                        },
                        {"groupId": "OG001", "value": "NA", "comment": "Median not reached"},
                    ]
                }
            ]
        }
    ],
    "analyses": [
        {
            "groupIds": ["OG000", "OG001"],
            "paramType": "Hazard Ratio (HR)",
            "paramValue": 0.85,
            "ciPctValue": "95",
            "ciLowerLimit": 0.62,
            "ciUpperLimit": 1.17,
            "pValue": "0.31",
        }
    ],
}


def test_hazard_ratio_interval_with_one_says_no_difference():
    [trial] = parse_ctgov(_with_outcome(HR))
    text = "\n".join(results_view(trial).lines)
    assert (
        "Arm I - Genistein (120 people measured): 14.2 months (95% interval: 11.0 to 17.5)" in text
    )
    assert "NA (no value: the registry does not give one)" in text
    assert "The registry says: Median not reached" in text
    assert "Comparison (Hazard Ratio (HR))" in text and "0.85" in text and "0.62 to 1.17" in text
    assert "did not show a difference" in text


def test_interval_without_no_difference_says_the_groups_differed():
    hr = copy.deepcopy(HR)
    hr["analyses"][0].update(ciLowerLimit=0.41, ciUpperLimit=0.82)
    [trial] = parse_ctgov(_with_outcome(hr))
    text = "\n".join(results_view(trial).lines)
    assert "did not show a difference" not in text and "the groups differed" in text


def test_difference_interval_uses_zero():
    hr = copy.deepcopy(HR)
    hr["analyses"][0].update(
        paramType="Mean Difference (Final Values)",
        paramValue=1.2,
        ciLowerLimit=-0.4,
        ciUpperLimit=2.8,
    )
    [trial] = parse_ctgov(_with_outcome(hr))
    text = "\n".join(results_view(trial).lines)
    assert "includes 0, which means no difference" in text


def test_record_without_results_has_no_view():
    [trial] = load_record_file(FIXTURES / "NCT06008288.json")
    assert trial.results is None and results_view(trial) is None


def test_bad_results_section_is_one_line():
    raw = _raw()
    raw["resultsSection"] = ["not", "a", "table"]
    from decisionaid.model.registry.reader import RecordError

    with pytest.raises(RecordError, match="resultsSection should be a table"):
        parse_ctgov(raw)


def test_odd_counts_are_not_given_rather_than_zero():
    raw = _raw()
    ae = raw["resultsSection"]["adverseEventsModule"]
    ae["eventGroups"][0]["seriousNumAtRisk"] = "lots"
    ae["eventGroups"][1]["seriousNumAffected"] = -3
    [trial] = parse_ctgov(raw)
    text = "\n".join(results_view(trial).lines)
    assert "Arm I - Genistein: not given" in text and "Arm II - Placebo: not given" in text


# --- facts of the new fixtures -----------------------------------------------------------------


def _summary(name: str, **kw) -> str:
    [trial] = load_record_file(FIXTURES / name)
    return "\n".join(summarise(trial, **kw))


def test_three_group_phase3_with_1148_sites():
    text = _summary("NCT04267848.json")
    assert "Where: 1,148 places" in text
    assert "equal split (1:1:1)" in text
    assert "Status: Recruiting" in text and "not taking new people" not in text


def test_single_group_never_mentions_a_placebo_or_control_group():
    for name in ("NCT06008288.json",):
        text = _summary(name).lower()
        assert "placebo" not in text and "control" not in text and "compare with" not in text
        assert "everyone in the study is in the same group" in text


def test_phase_1_2a_dose_escalation_in_china():
    text = _summary("NCT05288205.json")
    assert "combines phase 1 and phase 2" in text
    assert "not randomised" in text and "placebo: no" in text.lower()


def test_observational_study_with_no_groups():
    text = _summary("NCT05052671.json")
    assert "Study type: observational" in text and "No study treatment is given" in text
    assert "randomised" not in text and "placebo" not in text.lower()


def test_sixteen_groups():
    [trial] = load_record_file(FIXTURES / "NCT05786924.json")
    assert len(trial.arms) == 16
    text = "\n".join(summarise(trial))
    assert "The study has 16 groups:" in text


def test_terminated_study_is_flagged():
    text = _summary("NCT01126879.json")
    assert text.startswith("This trial is not taking new people (status: Terminated)")
    assert "Closed due to low accrual." in text
    assert "more than 2 years ago" in text


def test_phase_not_applicable_is_explained_by_the_interventions():
    assert "tests a device, not a new drug" in _summary("NCT05013879.json")
    assert "gives a drug, but it was registered without a phase" in _summary("NCT00517179.json")


def test_condition_prompt_only_when_the_cancer_differs():
    prompt = "check with your doctor that this trial is for your kind of cancer"
    assert prompt in _summary("NCT01126879.json", cancer_type="rectal cancer")
    assert prompt not in _summary("NCT01126879.json", cancer_type="prostate cancer")
    assert prompt not in _summary("NCT01126879.json", cancer_type="")
    assert prompt not in _summary("NCT05288205.json", cancer_type="直肠癌")  # colorectal
    assert prompt in _summary("NCT05602779.json", cancer_type="bowel cancer")


@pytest.mark.parametrize(
    ("names", "short"),
    [
        (
            ["PEG-rhG-CSF 6 mg group", "PEG-rhG-CSF 3 mg group", "rhG-CSF group"],
            ["PEG-rhG-CSF 6 mg", "PEG-rhG-CSF 3 mg", "rhG-CSF"],
        ),
        (
            ["PEG-rhG-CSF group, 100 μg/kg", "PEG-rhG-CSF group, 6 mg fixed", "rhG-CSF group"],
            ["…100 μg/kg", "…6 mg fixed", "rhG-CSF group"],
        ),
    ],
)
def test_group_names_sharing_a_long_prefix_stay_distinct(names, short):
    got = short_group_names(names)
    assert got == short
    assert len(set(got)) == len(got)
    assert all(len(s) <= 16 for s in got)


def test_option_grid_rows_carry_the_earlier_study(demo, content):
    from decisionaid.model.options import build_grid

    [demo.trial] = load_record_file(FIXTURES / "NCT06008288.json")
    demo.earlier = [load_record_file(GENISTEIN)[0]]
    column = build_grid(demo, content).column("trial")
    chance = column.cell("chance").text
    side = column.cell("side_effects").text
    assert "Earlier study NCT01126879:" in chance
    assert "The registry gives no numbers for this result." in chance
    assert "Arm I - Genistein: 1 of 8 people (13%)" in side
    assert "Small study" in side
    sources = {p.source for p in column.cell("side_effects").parts if p.kind == "trial"}
    assert sources
