"""The handout on paper, in every paper and print size: ties, page 1, footer, page breaks."""

from __future__ import annotations

import dataclasses

import pytest

from decisionaid.report.builder import build_pdf
from tests.report.conftest import pdf_pages, squash

SIZES = [(p, large) for p in ("a4", "letter") for large in (False, True)]


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_tied_priorities_are_said_to_be_tied(en_content, demo, paper, large):
    c = en_content.considerations
    b, r = c.benefits, c.risks
    # One at "a great deal", then four tied at "a lot": all five fit on page 1, all ranked 2.
    ratings = {b[0].id: 4, b[1].id: 3, r[0].id: 3, b[2].id: 3, r[1].id: 3}
    page1 = squash(pdf_pages(build_pdf(dataclasses.replace(demo, ratings=ratings), en_content))[0])
    for item in (b[1], r[0], b[2], r[1]):
        assert squash(f"2. {item.title}") in page1
    assert page1.count(squash("(tied)")) == 4
    # Six tied: three shown, and how many more.
    ratings[r[2].id] = 3
    ratings[r[3].id] = 3  # (three benefits only: cost offsets moved to the costs step)
    session = dataclasses.replace(demo, ratings=ratings)
    page1 = squash(pdf_pages(build_pdf(session, en_content, paper, large))[0])
    assert squash("4 more are rated “A lot” too") in page1
