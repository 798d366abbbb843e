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


# --- helpers that read the PDF with pypdf ------------------------------------------------------
def _fragments(data: bytes) -> list[list[tuple[float, float, float, str]]]:
    """Per page: (x, y, font size, text) of every piece of text, in page coordinates."""
    import io

    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[tuple[float, float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((x, y, round(size * tm[0] * cm[0], 1), text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def _max_session(demo):
    from decisionaid.model.costs import MAX_AMOUNT, MAX_MONTHS, MAX_VISITS_PER_MONTH, CostInputs

    most = float(MAX_AMOUNT)
    costs = CostInputs(
        country="US",
        currency="USD",
        visits_per_month=MAX_VISITS_PER_MONTH,
        months=MAX_MONTHS,
        travel=most,
        parking=most,
        meals=most,
        lost_income=most,
        caregiver=most,
        lodging=most,
        reimbursement_per_visit=most - 0.01,
        subsidy_per_month=most,
    )
    return dataclasses.replace(demo, costs=costs)


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_the_largest_amounts_never_split_across_lines(en_content, demo, paper, large):
    import re

    data = build_pdf(_max_session(demo), en_content, paper, large)
    text = "\n".join(pdf_pages(data))
    start = text.index("Cost estimate")
    table = text[start : text.index("Costs a month compared", start)]
    amounts = re.findall(r"\$[\d,.]*", table)
    assert len(amounts) >= 15, table
    for amount in amounts:
        assert re.fullmatch(r"\$\d{1,3}(,\d{3})*\.\d\d", amount), (amount, table)
    # No line of the table starts with a piece of a number.
    for line in table.splitlines():
        assert not re.match(r"\s*[\d,.]+\s*$", line), (line, table)


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_page_one_holds_a_question_of_the_patients_own(en_content, demo, paper, large):
    long = "My daughter, my son, my sister and my oncologist at the city hospital, " * 4
    situation = dataclasses.replace(
        demo.situation, decides_with=long, cancer_type="Stage 3 " + "colorectal cancer " * 8
    )
    own = ["Will the trial drug make me so tired that I cannot look after my grandson? " * 3]
    session = dataclasses.replace(demo, situation=situation, own_questions=own + demo.own_questions)
    page1 = squash(pdf_pages(build_pdf(session, en_content, paper, large))[0])
    assert squash("Will the trial drug make me so tired") in page1


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_the_footer_is_one_line(en_content, demo, paper, large):
    from decisionaid.report.styles import handout_style

    style = handout_style(paper, large)
    for number, found in enumerate(_fragments(build_pdf(demo, en_content, paper, large)), 1):
        footer = [f for f in found if f[1] < style.margin_bottom - 2]
        assert footer, number
        assert max(f[1] for f in footer) - min(f[1] for f in footer) < 1, (number, footer)
        assert any("not medical advice" in f[3] for f in footer)


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_no_heading_is_the_last_line_of_a_page(en_content, demo, paper, large):
    from decisionaid.report.styles import handout_style

    style = handout_style(paper, large)
    headings = {round(style[name].size, 1) for name in ("h1", "h2", "h3", "chart_title")}
    assert round(style["body"].size, 1) not in headings
    for session in (demo, _max_session(demo)):
        pages = _fragments(build_pdf(session, en_content, paper, large))
        for number, found in enumerate(pages[1:], 2):
            body = [f for f in found if style.margin_bottom - 2 <= f[1]]
            body = [f for f in body if f[1] < style.page_size[1] - style.margin_top]
            if not body:
                continue
            last = min(body, key=lambda f: f[1])
            assert last[2] not in headings, (number, last)
