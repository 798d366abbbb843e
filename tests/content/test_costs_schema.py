"""costs.toml: shape, sources, and honesty (only numbers from the evidence review)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from decisionaid import resources
from decisionaid.content.costs_schema import CostsContent
from decisionaid.content.loader import validate_dir
from decisionaid.schema import SchemaError, from_data

EN = resources.content_dir("en")
EVIDENCE = Path(__file__).parents[2].parent / "shared" / "evidence.md"
REQUIRED_SOURCES = {
    "fda2018",
    "phs2709",
    "ncd3101",
    "caa2021",
    "williams2024",
    "nipp2016",
    "cn_subsidy",
}


def _raw() -> dict:
    return tomllib.loads((EN / "costs.toml").read_text(encoding="utf-8"))


@pytest.fixture
def costs() -> CostsContent:
    return from_data(CostsContent, _raw())


@pytest.fixture
def source_tags() -> dict[str, str]:
    data = tomllib.loads((EN / "sources.toml").read_text(encoding="utf-8"))
    return {sid: entry["tag"] for sid, entry in data["sources"].items()}


def _all_notes(costs: CostsContent):
    yield from costs.notes
    for country in costs.countries:
        yield from country.notes


def _all_texts(costs: CostsContent) -> list[str]:
    texts = [costs.title, costs.intro, costs.no_notes, *costs.routine_research.paragraphs]
    texts += [note.text for note in _all_notes(costs)]
    texts += [country.name for country in costs.countries]
    return texts


def test_english_costs_file_loads(costs):
    assert costs.country_ids() == ["US", "CN", "UK", "other"]
    assert costs.country("US").currency == "USD"
    assert costs.country("CN").currency == "CNY"
    assert costs.country("other").currency == ""
    assert costs.country("XX") is None
    assert costs.routine_research.paragraphs


def test_costs_file_has_no_problems_in_the_pack_loader():
    _, issues = validate_dir(EN)
    assert [str(i) for i in issues if i.file == "costs.toml"] == []


def test_every_source_exists_and_the_required_ones_are_cited(costs, source_tags):
    cited = set(costs.routine_research.sources)
    for note in _all_notes(costs):
        assert note.sources, note.id
        cited |= set(note.sources)
    assert cited <= set(source_tags), cited - set(source_tags)
    assert REQUIRED_SOURCES - cited == set()


def test_unconfirmed_facts_say_so(costs, source_tags):
    flagged = [n for n in _all_notes(costs) if any(source_tags[s] == "U" for s in n.sources)]
    assert flagged, "the China subsidy note rests on an unconfirmed source"
    for note in flagged:
        assert "not confirmed" in note.text.lower(), note.id


def test_every_number_in_the_text_is_in_the_evidence_review(costs):
    if not EVIDENCE.is_file():
        pytest.skip(f"evidence review not found at {EVIDENCE}")
    evidence = EVIDENCE.read_text(encoding="utf-8")
    known = set(re.findall(r"\d+", evidence))
    for text in _all_texts(costs):
        for number in re.findall(r"\d+", text):
            assert number in known, f"{number!r} is not in the evidence review: {text}"


def test_sentences_are_short(costs):
    """Plain language: no sentence longer than 30 words."""
    for text in _all_texts(costs):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert len(sentence.split()) <= 30, sentence


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["countries"][0].update(currency="usd"), "currency"),
        (lambda d: d["countries"][0].update(id="USA"), "country id"),
        (lambda d: d["countries"][1].update(id="US"), "once"),
        (lambda d: d["countries"].pop(), "other"),
        (lambda d: d["notes"][0].update(sources=[]), "source"),
        (lambda d: d["notes"][0].update(extra="x"), "unknown key"),
        (lambda d: d["routine_research"].update(paragraphs=[]), "paragraph"),
    ],
)
def test_bad_costs_files_are_rejected(change, key):
    data = _raw()
    change(data)
    with pytest.raises(SchemaError, match=key):
        from_data(CostsContent, data)
