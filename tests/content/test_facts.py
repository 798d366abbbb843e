"""facts.toml: the chart figures load, cite known sources, and agree with the exact statistics."""

from __future__ import annotations

import re
import tomllib

import pytest

from decisionaid import resources
from decisionaid.content import loader
from decisionaid.content.facts_schema import (
    Facts,
    FrequencyFact,
    FunnelFigure,
    RandomisationFigure,
    Study,
)
from decisionaid.model.stats import percent_text
from decisionaid.schema import SchemaError, from_data

# Every number a caption may state, from evidence.md sections 2-5 (and their plain restatements).
ALLOWED_NUMBERS = {
    "1", "2", "5", "6", "10", "11", "12", "18", "25", "83", "88", "93", "100", "150",
    "238", "323", "460", "465", "2000", "2005", "2010", "2013", "2015", "2019", "2002",
    "1991", "11,935", "13,847", "32,582",
    "3", "95", "2006", "2022", "2025",  # phase 3, the 95% range, study years
}  # fmt: skip


@pytest.fixture(scope="module")
def facts() -> Facts:
    return loader.load("en").facts


def _raw() -> dict:
    return tomllib.loads(resources.content_dir("en").joinpath("facts.toml").read_text("utf-8"))


def test_pack_has_the_chart_figures(facts: Facts) -> None:
    ids = {f.id for f in facts.frequencies}
    assert {"phase1_response_overall", "phase1_response_recent", "phase1_death"} <= ids
    assert facts.interval("dostarlimab").studies[0].id == "cercek2022_rectal"
    assert facts.figure("drug_funnel") is facts.funnel
    assert facts.figure("randomisation") is facts.randomisation
    with pytest.raises(KeyError):
        facts.figure("nope")


def test_evidence_numbers(facts: Facts) -> None:
    assert facts.frequency("phase1_response_overall").percent == 12.2
    assert facts.frequency("phase1_response_recent").percent == 18.0
    assert facts.frequency("phase1_response_early").percent == 9.6
    death = facts.frequency("phase1_death")
    assert (death.count, death.total) == (93, 13847)
    studies = {s.id: (s.events, s.total) for s in facts.interval("dostarlimab").studies}
    assert studies == {
        "cercek2022_rectal": (12, 12),
        "cercek2025_rectal": (49, 49),
        "cercek2025_other": (35, 54),
    }
    assert [s.percent for s in facts.funnel.steps] == [62.8, 24.6, 40.1, 82.4]
    assert facts.funnel.overall_percent == 5.1
    r = facts.randomisation
    assert (r.equal_count, r.total) == (238, 323)


def test_published_intervals_match_the_exact_ones(facts: Facts) -> None:
    checked = 0
    for study in facts.interval("dostarlimab").studies:
        lo, hi = study.exact_interval()
        assert [float(percent_text(lo)), float(percent_text(hi))] == study.interval, study.id
        checked += 1
    from decisionaid.model.stats import clopper_pearson

    for fact in facts.frequencies:
        if fact.interval and fact.count is not None and fact.total is not None:
            lo, hi = clopper_pearson(fact.count, fact.total)
            assert [float(percent_text(lo)), float(percent_text(hi))] == fact.interval, fact.id
            checked += 1
    assert checked == 4


def test_natural_frequencies_for_the_icon_arrays(facts: Facts) -> None:
    recent = facts.frequency("phase1_response_recent").frequency()
    assert recent.sentence("responded", "did not") == "18 of 100 responded; 82 of 100 did not"
    assert facts.frequency("phase1_response_overall").frequency().affected == 12
    death = facts.frequency("phase1_death").frequency()
    assert death.fewer_than_one and death.affected == 0
    assert death.partial == pytest.approx(0.67, abs=0.005)


def test_funnel_is_for_drugs_and_multiplies_out(facts: Facts) -> None:
    cumulative = facts.funnel.cumulative()
    assert [round(v, 1) for v in cumulative] == [100.0, 62.8, 15.4, 6.2, 5.1]
    assert facts.funnel.unit == "drugs"
    assert "not about people" in facts.funnel.caption
    assert "DRUG" in facts.funnel.title


def test_captions_state_only_evidence_numbers() -> None:
    raw = _raw()
    texts: list[str] = [raw["intro"]]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("caption", "title", "note", "label", "time_frame") and isinstance(
                    value, str
                ):
                    texts.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(raw)
    found = {n for text in texts for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    found = {n.rstrip(",") for n in found}
    assert found <= ALLOWED_NUMBERS, sorted(found - ALLOWED_NUMBERS)


def test_no_cure_claims() -> None:
    text = resources.content_dir("en").joinpath("facts.toml").read_text("utf-8").lower()
    assert "cured" not in text
    assert "100%" not in text


def test_every_figure_cites_a_known_source(facts: Facts) -> None:
    known = set(loader.load("en").sources.sources)
    cited = [s for f in facts.frequencies for s in f.sources]
    cited += [s for fig in facts.intervals for st in fig.studies for s in st.sources]
    cited += facts.funnel.sources + facts.randomisation.sources
    assert cited and set(cited) <= known
    assert {"chihara2022", "cercek2022", "cercek2025", "bio2016", "gupta2021"} <= set(cited)


# --- the schema rejects bad figures -------------------------------------------------------

BASE_FREQUENCY = {
    "id": "x",
    "title": "t",
    "caption": "c",
    "affected_label": "a",
    "other_label": "b",
    "time_frame": "tf",
    "sources": [],
}


@pytest.mark.parametrize(
    "extra",
    [
        {},  # neither percent nor counts
        {"percent": 10.0, "count": 1, "total": 10},  # both
        {"count": 3},  # count without total
        {"percent": 120.0},
        {"count": 11, "total": 10},
        {"percent": 10.0, "interval": [5.0]},
        {"percent": 10.0, "interval": [20.0, 5.0]},
        {"percent": 10.0, "per": 1},
    ],
)
def test_frequency_rejects(extra: dict) -> None:
    with pytest.raises(SchemaError):
        from_data(FrequencyFact, {**BASE_FREQUENCY, **extra})


def test_frequency_rejects_unknown_keys() -> None:
    with pytest.raises(SchemaError, match="unknown key"):
        from_data(FrequencyFact, {**BASE_FREQUENCY, "percent": 5.0, "pecent": 5.0})


def test_study_rejects_more_events_than_people() -> None:
    data = {
        "id": "s",
        "label": "l",
        "events": 13,
        "total": 12,
        "group": "g",
        "outcome": "o",
        "time_frame": "tf",
        "sources": [],
    }
    with pytest.raises(SchemaError):
        from_data(Study, data)


def test_funnel_steps_must_multiply_to_the_overall() -> None:
    data = _raw()["funnel"]
    from_data(FunnelFigure, data)  # the real one is consistent
    with pytest.raises(SchemaError, match="multiply"):
        from_data(FunnelFigure, {**data, "overall_percent": 12.4})


def test_randomisation_rejects_bad_ratios_and_missing_names() -> None:
    data = _raw()["randomisation"]
    fig = from_data(RandomisationFigure, data)
    assert fig.labels_for(2) == ["New treatment", "Standard treatment"]
    assert fig.labels_for(5)[3:] == ["Group 4", "Group 5"]
    with pytest.raises(SchemaError, match="ratio"):
        from_data(RandomisationFigure, {**data, "examples": [[1, 0]]})
    with pytest.raises(SchemaError, match="group_labels"):
        from_data(RandomisationFigure, {**data, "group_labels": ["A", "B"]})
