"""ClinicalTrials.gov API v2 records -> TrialInfo: real fixtures, bad records, markup, long text."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from decisionaid.model.registry.ctgov import loads_ctgov, parse_ctgov
from decisionaid.model.registry.eligibility import (
    MAX_CRITERIA,
    MAX_CRITERION_CHARS,
    split_eligibility,
)
from decisionaid.model.registry.files import load_record_file as load_ctgov_file
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.text import plain_text
from decisionaid.model.trial import TrialInfo

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"


def _load(name: str) -> TrialInfo:
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    trials = load_ctgov_file(path)
    assert len(trials) == 1
    return trials[0]


def _raw(name: str) -> dict:
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    return json.loads(path.read_text(encoding="utf-8"))


def _arm_types(trial: TrialInfo) -> list[str]:
    return [a.type for a in trial.arms]


# --- one test per fixture ------------------------------------------------------------------


def test_nct00517179_randomised_crossover_without_arm_groups():
    t = _load("NCT00517179.json")
    assert t.registry_id == "NCT00517179"
    assert t.title.startswith("Effect of Vardenafil on Blood Pressure")
    assert t.study_type == "interventional"
    assert t.phases == ["na"]
    assert t.randomised is True
    # No armGroups: the groups, their ratio and any placebo are not known.
    assert t.arms == []
    assert t.ratio == [] and t.ratio_assumed is False
    assert t.placebo is None
    assert t.interventions == ["Vardenafil 10mg"]
    assert t.blinding == "double"
    assert (t.enrollment, t.enrollment_type) == (40, "estimated")
    assert t.status == "Completed"
    assert (t.start_date, t.completion_date) == ("2006-04", "2007-05")
    assert t.sponsor == "Hospital Authority, Hong Kong"
    assert t.conditions == ["Prostatic Hyperplasia", "Impotence"]
    assert t.locations == ["Prince of Wales Hospital, Hong Kong, China"]
    assert t.site == "Prince of Wales Hospital, Hong Kong, China"
    assert t.origin == "ctgov"
    # Nested numbered items become their own items; Markdown escapes are undone.
    assert len(t.eligibility_include) == 7
    assert t.eligibility_include[0] == "Age between 50 to 80 years old"
    assert any(item.endswith("(IPSS) >=8") for item in t.eligibility_include)
    assert len(t.eligibility_exclude) == 6
    assert t.eligibility_exclude[-1] == "Hepatic disorder"


def test_nct01126879_phase2_randomised_placebo_double_blind():
    t = _load("NCT01126879.json")
    assert t.registry_id == "NCT01126879"
    assert t.title == "Genistein in Treating Patients With Prostate Cancer"
    assert t.phases == ["2"]
    assert t.study_type == "interventional"
    assert t.randomised is True
    assert [a.label for a in t.arms] == ["Arm I", "Arm II"]
    assert _arm_types(t) == ["experimental", "placebo_comparator"]
    assert t.arms[1].interventions == [
        "Other: placebo",
        "Procedure: therapeutic conventional surgery",
    ]
    assert t.placebo is True
    assert t.blinding == "double"
    # The registry has no structured ratio: 1:1 is assumed and flagged.
    assert t.ratio == [1, 1] and t.ratio_assumed is True
    assert (t.enrollment, t.enrollment_type) == (12, "actual")
    assert t.status == "Terminated"
    assert t.completion_date == "2013-12-28"
    assert t.interventions == ["genistein", "placebo", "therapeutic conventional surgery"]
    # The headings here are just "Inclusion" and "Exclusion".
    assert len(t.eligibility_include) == 11
    assert t.eligibility_include[1] == "ECOG performance status 0-1"
    assert "Hemoglobin > 9.0gm/dl" in t.eligibility_include
    assert len(t.eligibility_exclude) == 5
    assert t.eligibility_exclude[0] == "History of venous thrombosis within past year"


def test_nct04175379_three_experimental_arms_triple_blind_unknown_status():
    t = _load("NCT04175379.json")
    assert t.phases == ["na"]
    assert t.randomised is True
    assert [a.label for a in t.arms] == ["group 40", "group 50", "group 60"]
    assert _arm_types(t) == ["experimental"] * 3
    assert t.ratio == [1, 1, 1] and t.ratio_assumed is True
    assert t.placebo is False
    assert t.blinding == "triple"
    assert (t.enrollment, t.enrollment_type) == (279, "estimated")
    assert t.status == "Unknown (last known: enrolling by invitation)"
    assert len(t.eligibility_include) == 2
    assert len(t.eligibility_exclude) == 11
    # The record's text was double-encoded ("â‰¥"): it is repaired to "≥".
    assert any("≥100 IU/mL" in item for item in t.eligibility_exclude)
    assert not any("â" in item for item in t.eligibility_exclude)


def test_nct05013879_experimental_and_no_intervention_open_label():
    t = _load("NCT05013879.json")
    assert t.phases == ["na"]
    assert t.randomised is True
    assert _arm_types(t) == ["experimental", "no_intervention"]
    assert t.arms[1].interventions == []
    assert t.ratio == [1, 1] and t.ratio_assumed is True
    assert t.placebo is False
    assert t.blinding == "none"
    assert (t.enrollment, t.enrollment_type) == (65, "actual")
    assert t.status == "Completed"
    # Lower-case items are capitalised; trailing "; and," is dropped.
    assert t.eligibility_include[0].startswith("Admitted to Burke")
    assert t.eligibility_include[3] == "Free from contraindications for kinesiotaping (see below)"
    assert len(t.eligibility_exclude) == 12


def test_nct05600179_observational():
    t = _load("NCT05600179.json")
    assert t.study_type == "observational"
    assert t.phases == []
    assert t.randomised is False
    assert t.ratio == [] and t.ratio_assumed is False
    assert [a.label for a in t.arms] == ["patients with diabetic macular edema", "healthy patients"]
    assert _arm_types(t) == ["", ""]
    assert t.placebo is None
    assert t.blinding == ""
    assert (t.enrollment, t.enrollment_type) == (38, "actual")
    assert t.eligibility_include == ["Diabetic retinopathy complicated by macular edema"]
    assert t.eligibility_exclude == [
        "Congenital eye disorders",
        "Previous diagnosis of other ocular diseases",
        "History of vitreous hemorrhage",
    ]


def test_nct05602779_four_arms_with_sham_comparator():
    t = _load("NCT05602779.json")
    assert t.phases == ["na"]
    assert t.randomised is True
    assert len(t.arms) == 4
    assert _arm_types(t) == ["experimental", "experimental", "experimental", "sham_comparator"]
    assert t.arms[3].label == "Enhanced Treatment as Usual"
    # A sham is not a placebo.
    assert t.placebo is False
    assert t.ratio == [1, 1, 1, 1] and t.ratio_assumed is True
    assert t.blinding == "single"
    assert (t.enrollment, t.enrollment_type) == (212, "estimated")
    assert t.status == "Recruiting"
    assert t.contact.startswith("Cheryl Lee, MS, 574-631-5097")
    assert "Two of the following which will be scored during the phone screen:" in (
        t.eligibility_include
    )
    assert (
        t.eligibility_include[1] == "Attend in person meetings in South Bend, IN or Rochester, NY."
    )
    assert len(t.eligibility_exclude) == 8


def test_nct06714279_phase1_placebo_comparator_no_locations():
    t = _load("NCT06714279.json")
    assert t.phases == ["1"]
    assert t.randomised is True
    assert _arm_types(t) == ["other", "placebo_comparator"]
    # The registry calls the control arm a placebo comparator: that is what we report.
    assert t.placebo is True
    assert t.blinding == "none"
    assert (t.enrollment, t.enrollment_type) == (144, "estimated")
    assert t.status == "Not yet recruiting"
    assert t.locations == [] and t.site == ""
    assert "matthewdavey21@rcsi.ie" in t.contact
    # "Study Group: Study group: ..." keeps its text; blank lines become spaces.
    assert "\n" not in t.arms[0].description


def test_every_fixture_is_covered():
    if not FIXTURES.is_dir():
        pytest.skip(f"ClinicalTrials.gov fixture folder is missing: {FIXTURES}")
    # Other tests add fixtures (issue 9: NCT04267848, NCT06008288); these are covered here.
    assert set(p.name for p in FIXTURES.glob("*.json")) >= {
        "NCT00517179.json",
        "NCT01126879.json",
        "NCT04175379.json",
        "NCT04267848.json",
        "NCT05013879.json",
        "NCT05052671.json",
        "NCT05288205.json",
        "NCT05600179.json",
        "NCT05602779.json",
        "NCT05786924.json",
        "NCT06008288.json",
        "NCT06714279.json",
    }


# --- shapes of the data --------------------------------------------------------------------


def test_single_list_and_search_answer_shapes():
    a, b = _raw("NCT01126879.json"), _raw("NCT05602779.json")
    assert [t.registry_id for t in parse_ctgov(a)] == ["NCT01126879"]
    assert [t.registry_id for t in parse_ctgov([a, b])] == ["NCT01126879", "NCT05602779"]
    answer = {"studies": [a, b], "nextPageToken": "abc"}
    assert [t.registry_id for t in parse_ctgov(answer)] == ["NCT01126879", "NCT05602779"]


def test_minimal_record_gives_unknowns():
    [t] = parse_ctgov({"protocolSection": {"identificationModule": {"nctId": "NCT00000001"}}})
    assert t.registry_id == "NCT00000001"
    assert t.phases == [] and t.randomised is None and t.placebo is None
    assert t.blinding == "" and t.enrollment is None and t.status == ""
    assert t.eligibility_include == [] and t.eligibility_exclude == []


def test_unknown_codes_become_unknown():
    record = {
        "protocolSection": {
            "designModule": {
                "studyType": "SOMETHING_NEW",
                "phases": ["PHASE5", "PHASE2"],
                "designInfo": {"allocation": "MAYBE", "maskingInfo": {"masking": "SEXTUPLE"}},
                "enrollmentInfo": {"count": -4, "type": "GUESSED"},
            },
            "statusModule": {"overallStatus": "ON_THE_MOON"},
            "armsInterventionsModule": {"armGroups": [{"label": "A", "type": "NEW_KIND"}]},
        }
    }
    [t] = parse_ctgov(record)
    assert t.study_type == "" and t.phases == ["2"] and t.randomised is None
    assert t.blinding == "" and t.enrollment is None and t.enrollment_type == ""
    assert t.status == "" and t.arms[0].type == ""


def _interventional(arms: list[dict], interventions: list[dict] | None = None) -> dict:
    return {
        "protocolSection": {
            "designModule": {"studyType": "INTERVENTIONAL"},
            "armsInterventionsModule": {"armGroups": arms, "interventions": interventions or []},
        }
    }


@pytest.mark.parametrize(
    ("arms", "interventions", "placebo"),
    [
        ([{"label": "A", "type": "EXPERIMENTAL"}], [], False),
        ([{"label": "A", "type": "PLACEBO_COMPARATOR"}], [], True),
        ([{"label": "A", "type": "SHAM_COMPARATOR"}], [], False),
        # One group is a placebo group only when the registry types it so.
        (
            [{"label": "A", "type": "ACTIVE_COMPARATOR", "description": "Drug X plus placebo"}],
            [],
            False,
        ),
        ([{"label": "A", "type": "EXPERIMENTAL"}], [{"name": "Placebo tablets"}], False),
        (
            [
                {"label": "A", "type": "EXPERIMENTAL"},
                {"label": "B", "type": "ACTIVE_COMPARATOR", "description": "Drug X plus placebo"},
            ],
            [],
            True,
        ),
        (
            [{"label": "A", "type": "EXPERIMENTAL"}, {"label": "B", "type": "OTHER"}],
            [{"name": "Placebo tablets"}],
            True,
        ),
        ([{"label": "A", "type": "EXPERIMENTAL"}, {"label": "B"}], [], None),
        ([{"label": "A", "type": "EXPERIMENTAL"}, {"label": "B", "type": "OTHER"}], [], False),
        (
            [{"label": "A", "type": "EXPERIMENTAL", "description": "Open label, no placebo."}],
            [],
            False,
        ),
        ([{"label": "A", "type": "OTHER", "description": "Without placebo"}], [], False),
        ([{"label": "A", "type": "OTHER", "description": "A non-placebo control"}], [], False),
        ([], [], None),
        ([], [{"name": "Matching placebo"}], True),
    ],
)
def test_placebo_rules(arms, interventions, placebo):
    [t] = parse_ctgov(_interventional(arms, interventions))
    assert t.placebo is placebo


def test_randomised_single_arm_gets_no_ratio():
    record = _interventional([{"label": "A", "type": "EXPERIMENTAL"}])
    record["protocolSection"]["designModule"]["designInfo"] = {"allocation": "RANDOMIZED"}
    [t] = parse_ctgov(record)
    assert t.randomised is True and t.ratio == [] and not t.ratio_assumed


def test_single_group_allocation_na_is_not_randomised():
    record = _interventional([{"label": "A", "type": "EXPERIMENTAL"}])
    record["protocolSection"]["designModule"]["designInfo"] = {
        "allocation": "NA",
        "interventionModel": "SINGLE_GROUP",
    }
    [t] = parse_ctgov(record)
    assert t.randomised is False and t.ratio == []


def test_allocation_not_given_is_not_stated():
    record = _interventional([{"label": "A", "type": "EXPERIMENTAL"}, {"label": "B"}])
    [t] = parse_ctgov(record)
    assert t.randomised is None and t.blinding == "" and t.placebo is None


# --- bad records ---------------------------------------------------------------------------


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_truncated_json():
    raw = (FIXTURES / "NCT01126879.json").read_bytes() if FIXTURES.is_dir() else b'{"a": ['
    with pytest.raises(RecordError, match="damaged or incomplete") as info:
        loads_ctgov(raw[: len(raw) // 2], "NCT01126879.json")
    assert _one_line(info.value).startswith("NCT01126879.json")


@pytest.mark.parametrize(
    ("path", "value", "fragment"),
    [
        (("designModule", "phases"), "PHASE2", "phases should be a list"),
        (("armsInterventionsModule", "armGroups"), {"label": "A"}, "armGroups should be a list"),
        (("armsInterventionsModule", "armGroups"), ["A"], "armGroups[0] should be a table"),
        (("designModule",), "INTERVENTIONAL", "designModule should be a table"),
        (("designModule", "phases"), [2], "phases[0] should be text"),
        (("identificationModule", "briefTitle"), 42, "briefTitle should be text"),
        (("designModule", "enrollmentInfo", "count"), "twelve", "count should be a number"),
        (("eligibilityModule", "eligibilityCriteria"), ["a", "b"], "should be text"),
        (("conditionsModule", "conditions"), "Cancer", "conditions should be a list"),
    ],
)
def test_wrong_types(path, value, fragment):
    record = copy.deepcopy(_raw("NCT01126879.json"))
    target = record["protocolSection"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(RecordError) as info:
        parse_ctgov(record)
    assert fragment in _one_line(info.value)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"derivedSection": {}}, "no protocol section"),
        ({"protocolSection": {}}, "protocol is empty"),
        ({"protocolSection": "yes"}, "protocolSection should be a table"),
        ([], "no studies"),
        ({"studies": []}, "no studies"),
        ({"studies": "none"}, "list of studies"),
        ([1, 2], "Study 1 in the record is not a study record"),
        ("a string", "not a ClinicalTrials.gov record"),
        (42, "not a ClinicalTrials.gov record"),
        (None, "not a ClinicalTrials.gov record"),
    ],
)
def test_not_a_study(data, fragment):
    with pytest.raises(RecordError) as info:
        parse_ctgov(data)
    assert fragment in _one_line(info.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
        (b"Hello, this is a letter, not JSON.", "not JSON"),
        (b"\xff\xfe\x00\x01\x02binary", "not text"),
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"[" * 100_000, "nested too deeply|damaged"),
        (b'{"studies": []}', "holds no studies"),
    ],
)
def test_bad_files(tmp_path, content, fragment):
    path = tmp_path / "record.json"
    path.write_bytes(content)
    with pytest.raises(RecordError) as info:
        load_ctgov_file(path)
    message = _one_line(info.value)
    assert message.startswith("record.json")
    assert re.search(fragment, message)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(RecordError, match="does not exist"):
        load_ctgov_file(tmp_path / "nothing.json")
    with pytest.raises(RecordError, match="is a folder"):
        load_ctgov_file(tmp_path)


def test_too_large_file(tmp_path, monkeypatch):
    from decisionaid.model.registry import ctgov

    monkeypatch.setattr(ctgov, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_bytes(b'{"studies": [' + b" " * 200 + b"]}")
    with pytest.raises(RecordError, match="too large"):
        load_ctgov_file(path)


def _paths(obj, prefix=()):
    """Every key path in a JSON value."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield (*prefix, i)
            yield from _paths(value, (*prefix, i))


ODD_VALUES = [None, "", "x", 0, -1, 1.5, True, [], {}, ["x"], [{}], {"a": 1}, "<b>bold</b>"]


def test_any_odd_value_anywhere_gives_a_trial_or_a_record_error():
    """Replace each value in a real record, one at a time, by odd values: never a traceback."""
    base = _raw("NCT05602779.json")
    paths = [p for p in _paths(base["protocolSection"], ("protocolSection",))]
    assert len(paths) > 100
    for path in paths:
        for odd in ODD_VALUES:
            record = copy.deepcopy(base)
            target = record
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = odd
            try:
                trials = parse_ctgov(record)
            except RecordError as exc:
                _one_line(exc)
            else:
                assert len(trials) == 1 and isinstance(trials[0], TrialInfo)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "protocolSection",
                    "studies",
                    "designModule",
                    "phases",
                    "armGroups",
                    "identificationModule",
                    "nctId",
                    "designInfo",
                    "statusModule",
                    "eligibilityModule",
                    "eligibilityCriteria",
                    "type",
                    "label",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_json)
def test_random_json_never_raises_anything_but_record_error(data):
    try:
        trials = parse_ctgov(data)
    except RecordError as exc:
        _one_line(exc)
    else:
        assert all(isinstance(t, TrialInfo) for t in trials)


# --- eligibility text ----------------------------------------------------------------------


def test_twenty_thousand_character_eligibility_text_stays_usable():
    bullets = [f"* Criterion number {i}: " + "adequate organ function " * 4 for i in range(120)]
    huge = "* " + "very long criterion without any break " * 130  # ~5,000 characters
    text = "Inclusion Criteria:\n\n" + "\n".join(bullets[:100]) + "\n" + huge + "\n\n"
    text += "Exclusion Criteria:\n\n" + "\n".join(bullets[100:])
    text = text + "\n" + "* filler item " * ((20_000 - len(text)) // 14 + 1)
    assert len(text) >= 20_000
    start = time.perf_counter()
    include, exclude = split_eligibility(text)
    assert time.perf_counter() - start < 1.0
    assert len(include) == MAX_CRITERIA
    assert include[-1].startswith("… and ") and "more" in include[-1]
    assert all(len(item) <= MAX_CRITERION_CHARS for item in include + exclude)
    assert 0 < len(exclude) <= MAX_CRITERIA
    assert include[0].startswith("Criterion number 0: adequate organ function")


def test_one_huge_criterion_is_cut_with_an_ellipsis():
    include, exclude = split_eligibility("Inclusion Criteria:\n* " + "word " * 3000)
    assert len(include) == 1 and exclude == []
    assert len(include[0]) <= MAX_CRITERION_CHARS and include[0].endswith("…")


@pytest.mark.parametrize(
    ("text", "include", "exclude"),
    [
        (
            "INCLUSION CRITERIA\n- Age 18 or older\n- Signed consent\n"
            "EXCLUSION CRITERIA\n- Pregnant",
            ["Age 18 or older", "Signed consent"],
            ["Pregnant"],
        ),
        (
            "Key Inclusion Criteria:\n1. Age ≥ 18\n2) ECOG 0-1\n\nKey Exclusion Criteria:\n"
            "1. Prior therapy with 1.5 mg/kg of drug X",
            ["Age ≥ 18", "ECOG 0-1"],
            ["Prior therapy with 1.5 mg/kg of drug X"],
        ),
        (
            "Patients must meet all of the following inclusion criteria:\n• Adult\n"
            "Patients will be excluded if they have any of the following:\n• HIV",
            ["Adult"],
            ["HIV"],
        ),
        (
            "### Inclusion criteria\n* one\n### Exclusion criteria\n* two",
            ["One"],
            ["Two"],
        ),
        (
            "纳入标准：\n1. 年龄≥18岁\n排除标准：\n1. 妊娠",
            ["年龄≥18岁"],
            ["妊娠"],
        ),
        (
            "Adults with rectal cancer\nNo prior chemotherapy",
            ["Adults with rectal cancer", "No prior chemotherapy"],
            [],
        ),
        (
            "Inclusion Criteria:\n* Measurable disease by RECIST\n  version 1.1 on CT\n"
            "* pH of 7\nExclusion criteria:\n* mRNA vaccine in last 30 days;",
            ["Measurable disease by RECIST version 1.1 on CT", "pH of 7"],
            ["mRNA vaccine in last 30 days"],
        ),
        (
            "Inclusion criteria: adults with cancer\nExclusion Criteria: pregnant women\n"
            "* heart failure",
            ["Adults with cancer"],
            ["Pregnant women", "Heart failure"],
        ),
        ("", [], []),
    ],
)
def test_eligibility_headings_and_bullets(text, include, exclude):
    got_include, got_exclude = split_eligibility(text)
    assert got_include == include
    assert got_exclude == exclude


# --- markup ---------------------------------------------------------------------------------


def test_html_and_markdown_become_plain_text():
    record = {
        "protocolSection": {
            "identificationModule": {
                "nctId": " nct01126879 ",
                "briefTitle": "<b>Bold</b> study &amp; more<br/>next\tline",
            },
            "designModule": {"studyType": "INTERVENTIONAL", "phases": ["PHASE2"]},
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": "<i>Arm</i> A",
                        "type": "EXPERIMENTAL",
                        "description": (
                            '<script>alert("x")</script><a href="http://x">Take</a> pills'
                        ),
                        "interventionNames": ["Drug: <font name=x>X</font>"],
                    }
                ]
            },
            "eligibilityModule": {
                "eligibilityCriteria": (
                    "<p><b>Inclusion Criteria:</b></p><ul><li>Age &gt;= 18</li>"
                    "<li>PSA \\< 10 and \\>= 2</li></ul>Exclusion Criteria:<br>* Pregnant"
                    "\n* Creatinine <1.5 and >0.5 mg/dl\n* &lt;b&gt;not bold&lt;/b&gt;"
                )
            },
        }
    }
    [t] = parse_ctgov(record)
    assert t.registry_id == "NCT01126879"
    assert t.title == "Bold study & more next line"
    assert t.arms[0].label == "Arm A"
    assert t.arms[0].description == 'alert("x")Take pills'
    assert t.arms[0].interventions == ["Drug: X"]
    assert t.eligibility_include == ["Age >= 18", "PSA < 10 and >= 2"]
    # Comparison signs that are not tags survive; escaped tags become plain words.
    assert t.eligibility_exclude == ["Pregnant", "Creatinine <1.5 and >0.5 mg/dl", "Not bold"]
    for text in (t.title, t.arms[0].description, *t.eligibility_include, *t.eligibility_exclude):
        assert "<b>" not in text and "<script" not in text and "<p>" not in text


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("a<b", "a<b"),
        ("x < y > z", "x < y > z"),
        ("<B>Loud</B>", "Loud"),
        ("Line\\_with\\_escapes \\~ \\> \\<", "Line_with_escapes ~ > <"),
        ("**Bold** text", "Bold text"),
        ("Zero\u200bwidth\x00control", "Zerowidthcontrol"),
        ("Ã©tude â‰¥ 5", "étude ≥ 5"),
        ("São Paulo", "São Paulo"),
    ],
)
def test_plain_text(raw, plain):
    assert plain_text(raw) == plain
