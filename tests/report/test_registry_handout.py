"""The trial and results parts of the handout: status on page 1, the study type, results with
the counts of NCT01126879 (checked against its JSON), earlier studies, vector drawings."""

from __future__ import annotations

import json

import pytest

from decisionaid.model.registry.files import load_record_file
from decisionaid.report.builder import build_pdf
from tests.conftest import FIXTURES
from tests.model.test_results import expected_counts
from tests.report.conftest import pdf_pages, squash


@pytest.fixture
def session(demo):
    demo.situation.cancer_type = "Rectal cancer"
    return demo


def _pdf(session, content, trial_file: str | None = None, earlier: tuple[str, ...] = ()):
    if trial_file:
        [session.trial] = load_record_file(FIXTURES / trial_file)
    session.earlier = [load_record_file(FIXTURES / name)[0] for name in earlier]
    data = build_pdf(session, content)
    return data, pdf_pages(data)


def test_terminated_trial_is_flagged_on_page_1(session, en_content):
    _, pages = _pdf(session, en_content, "NCT01126879.json")
    first = squash(pages[0])
    assert squash("This trial is not taking new people (status: Terminated)") in first
    assert squash("Terminated") in first
    assert squash("Closed due to low accrual") in first


def test_recruiting_trial_has_no_warning(session, en_content):
    _, pages = _pdf(session, en_content, "NCT06008288.json")
    assert squash("not taking new people") not in squash(" ".join(pages))
    text = squash(" ".join(pages)).lower()
    assert squash("placebo: ") not in text  # a single group: no placebo line at all


def test_observational_study_is_called_so_in_the_handout(session, en_content):
    _, pages = _pdf(session, en_content, "NCT05052671.json")
    text = squash(" ".join(pages))
    assert squash("Study type: observational") in text
    assert squash("No study treatment is given") in text


def test_results_counts_in_the_handout_match_the_json(session, en_content):
    want = expected_counts(json.loads((FIXTURES / "NCT01126879.json").read_text("utf-8")))
    data, pages = _pdf(session, en_content, "NCT01126879.json", earlier=("NCT01126879.json",))
    text = squash(" ".join(pages))
    assert squash("Results posted for this trial") in text
    assert squash("Earlier studies of this treatment") in text
    for group, n in want["started"].items():
        assert squash(f"{group}: {n} started. {want['finished'][group]} finished.") in text
    for group, (a, n) in want["serious"].items():
        assert squash(f"{group}: {a} of {n} people") in text
    a, n = want["events"]["Atrial Fibrillation"]["Arm I - Genistein"]
    assert squash(f"Atrial Fibrillation: Arm I - Genistein: {a} of {n} people") in text
    assert squash("Small study") in text
    # The pictures are vector drawings (paths), not images.
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data


def test_three_groups_in_the_handout_keep_apart_and_name_the_ratio(session, en_content):
    _, pages = _pdf(session, en_content, "NCT04267848.json")
    text = squash(" ".join(pages))
    assert squash("1:1:1, assumed") in text
    assert squash("1:1 assumed") not in text


def test_chinese_handout_with_results(demo, zh_content):
    [demo.trial] = load_record_file(FIXTURES / "NCT01126879.json")
    data = build_pdf(demo, zh_content)
    text = squash(" ".join(pdf_pages(data)))
    assert squash("这项试验不接收新的受试者") in text
    assert squash("开始8人") in text
