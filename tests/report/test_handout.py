"""The blank general handout: phases, randomisation, costs and questions, no patient data."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from decisionaid.model.demo import demo_session
from decisionaid.report.builder import GeneralHandoutBuilder, HandoutOptions
from tests.report.conftest import pdf_pages, squash


@pytest.fixture(scope="module")
def blank(en_content) -> bytes:
    return GeneralHandoutBuilder(en_content, HandoutOptions()).build()


def test_it_explains_phases_randomisation_costs_and_questions(blank, en_content):
    text = squash("".join(pdf_pages(blank)))
    for phase in en_content.learn.phases:
        assert squash(phase.name) in text
    assert squash("Randomisation") in text
    assert squash("What a trial may cost you") in text
    assert squash(en_content.costs.routine_research.title) in text
    for q in en_content.questions.suggested:
        assert squash(q.text) in text
    for option in en_content.options.options:
        assert squash(option.title) in text
    assert squash("Odds for a DRUG, not for a person") in text
    builder = GeneralHandoutBuilder(en_content, HandoutOptions())
    builder.build()
    for sid, source in en_content.sources.sources.items():
        assert (squash(f"{source.short} ({source.year}).") in text) == (sid in builder.cited)
    assert squash(en_content.pack.disclaimer) in text


def test_it_holds_no_patient_data(blank, en_content):
    demo = demo_session(en_content)
    text = "".join(pdf_pages(blank))
    for value in (
        demo.situation.name,
        demo.situation.cancer_type,
        demo.situation.decides_with,
        demo.trial.title,
        demo.trial.registry_id,
        demo.notes,
        demo.counselor.name,
        *demo.own_questions,
    ):
        assert value not in text
        assert value.encode() not in blank
    assert "Leaning now" not in text and "SURE test" not in text
    meta = PdfReader(io.BytesIO(blank)).metadata
    assert meta.author in ("", None)
    assert meta.title == "Thinking about a clinical trial: a guide to take to your doctor"


def test_it_is_reproducible_in_every_size(en_content):
    for paper in ("a4", "letter"):
        for large in (False, True):
            options = HandoutOptions(paper, large)
            one = GeneralHandoutBuilder(en_content, options).build()
            assert one == GeneralHandoutBuilder(en_content, options).build()
