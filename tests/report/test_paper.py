"""The handout on paper, in every paper and print size: ties, page 1, footer, page breaks."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from decisionaid.report.builder import build_pdf
from decisionaid.report.document import HEADING_STYLES
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


# --- one build per session, language and size, shared by the tests below ---------------------
LONG_EN = (
    "My daughter drives me to the hospital on Tuesdays, but she works the rest of the week. "
    "I worry about the cost of parking and about feeling too tired to cook. "
)
LONG_ZH = "我女儿每周二开车送我去医院，其余几天她要上班。我担心停车的费用，也担心累得做不了饭。"


def _long_session(session, language: str):
    """Every free-text field long (a few thousand characters of notes), in real words."""
    text = LONG_ZH if language.startswith("zh") else LONG_EN
    s = dataclasses.replace(session)
    s.situation = dataclasses.replace(
        session.situation, decides_with=text * 3, cancer_type=text[:60] * 3
    )
    s.notes = "\n\n".join([text * 6] * 6)
    s.own_questions = [f"{i + 1}. {text * 2}" for i in range(12)]
    trial = dataclasses.replace(session.trial, covers=text * 5, contact=text * 3)
    trial.arms = [dataclasses.replace(arm, description=text * 6) for arm in session.trial.arms]
    s.trial = trial
    return s


SESSIONS = {
    "demo": lambda s, lang: s,
    "long": _long_session,
    "max": lambda s, lang: _max_session(s),
}
LANGUAGES = ("en", "zh-CN")


@functools.cache
def _build(session_name: str, language: str, paper: str, large: bool):
    """(PDF bytes, the builder's page log) for a demo session made `session_name`."""
    from decisionaid.content.loader import load
    from decisionaid.model.demo import demo_session
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import HandoutOptions

    content = load(language)
    session = SESSIONS[session_name](demo_session(content), language)
    builder = HandoutBuilder(session, content, HandoutOptions(paper, large))
    data = builder.build()
    return data, builder.page_log


def _blank(language: str, paper: str, large: bool):
    from decisionaid.content.loader import load
    from decisionaid.report.builder import GeneralHandoutBuilder
    from decisionaid.report.document import HandoutOptions

    builder = GeneralHandoutBuilder(load(language), HandoutOptions(paper, large))
    return builder.build(), builder.page_log


CASES = [
    (name, language, paper, large)
    for name in SESSIONS
    for language in LANGUAGES
    for paper, large in SIZES
]


@pytest.mark.parametrize(("paper", "large"), SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_one_holds_a_question_of_the_patients_own(paper, large, language):
    data, _ = _build("long", language, paper, large)
    own = LONG_ZH if language.startswith("zh") else LONG_EN
    page1 = squash(pdf_pages(data)[0])
    # The first of the patient's own questions, at least its start.
    assert squash("1. " + own[:40]) in page1


@pytest.mark.parametrize(("paper", "large"), SIZES)
def test_page_one_keeps_a_question_when_the_header_is_long(en_content, demo, paper, large):
    long = "My daughter, my son, my sister and my oncologist at the city hospital, " * 4
    situation = dataclasses.replace(
        demo.situation, decides_with=long, cancer_type="Stage 3 " + "colorectal cancer " * 8
    )
    own = ["Will the trial drug make me so tired that I cannot look after my grandson? " * 3]
    session = dataclasses.replace(demo, situation=situation, own_questions=own + demo.own_questions)
    page1 = squash(pdf_pages(build_pdf(session, en_content, paper, large))[0])
    assert squash("Will the trial drug make me so tired") in page1


@pytest.mark.parametrize(("name", "language", "paper", "large"), CASES)
def test_the_footer_is_one_line(name, language, paper, large):
    from decisionaid.content.loader import load
    from decisionaid.report.styles import handout_style

    style = handout_style(paper, large)
    data, _ = _build(name, language, paper, large)
    pages = _fragments(data)
    for number, found in enumerate(pages, 1):
        footer = [f for f in found if f[1] < style.margin_bottom - 2]
        assert footer, number
        assert max(f[1] for f in footer) - min(f[1] for f in footer) < 1, (number, footer)
        words = load(language).handout.words
        line = squash("".join(f[3] for f in footer))
        assert squash(words["page_of"].format(page=number, pages=len(pages))) in line, line


def _heading_sizes(style) -> set[float]:
    return {round(style[name].size, 1) for name in HEADING_STYLES}


@pytest.mark.parametrize(("name", "language", "paper", "large"), CASES)
def test_no_heading_is_the_last_line_of_a_page(name, language, paper, large):
    """Read twice: the lowest text of each page in the PDF (pypdf) is not in a heading's
    size, and the last flowable the layout put on each page is not a heading."""
    from decisionaid.report.styles import handout_style

    style = handout_style(paper, large)
    headings = _heading_sizes(style)
    assert round(style["body"].size, 1) not in headings
    data, log = _build(name, language, paper, large)
    for number, found in enumerate(_fragments(data)[1:], 2):
        body = [f for f in found if style.margin_bottom - 2 <= f[1]]
        body = [f for f in body if f[1] < style.page_size[1] - style.margin_top]
        if not body:
            continue
        last = min(body, key=lambda f: f[1])
        assert last[2] not in headings, (number, last)
    for page, placed in log.last_on_each_page().items():
        assert placed.kind.split("-")[0] not in HEADING_STYLES, (page, placed)


@pytest.mark.parametrize(("paper", "large"), SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_heading_ends_a_page_of_the_blank_handout(language, paper, large):
    _, log = _blank(language, paper, large)
    for page, placed in log.last_on_each_page().items():
        assert placed.kind.split("-")[0] not in HEADING_STYLES, (page, placed)


def _half_empty(log, pages: int) -> list[tuple[int, float]]:
    """Pages (but the last) more than half empty under what they hold, except a page that a
    deliberate page break ends (the cover)."""
    ends_with_break = {p.page for p in log.placed if p.kind == "PageBreak"}
    return [
        (page, round(placed.space_below / log.frame_height, 2))
        for page, placed in log.last_on_each_page().items()
        if page < pages
        and page not in ends_with_break
        and placed.space_below > log.frame_height * 0.5
    ]


@pytest.mark.parametrize(("name", "language", "paper", "large"), CASES)
def test_no_page_is_left_half_empty(name, language, paper, large):
    data, log = _build(name, language, paper, large)
    assert _half_empty(log, len(pdf_pages(data))) == []


@pytest.mark.parametrize(("paper", "large"), SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_of_the_blank_handout_is_left_half_empty(language, paper, large):
    data, log = _blank(language, paper, large)
    assert _half_empty(log, len(pdf_pages(data))) == []


def test_a_drawing_shrinks_a_little_rather_than_jump_to_the_next_page(en_content):
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from decisionaid.report.flowables import MIN_SCALE, FitFigure

    drawing = Drawing(400, 300)
    drawing.add(Rect(0, 0, 400, 300))
    title = Paragraph("Title", ParagraphStyle("t", fontSize=12, leading=14))
    figure = FitFigure(title, drawing, 4, page_height=700)
    # Room for all of it: full size.
    assert figure.wrap(450, 500) == (450, 14 + 4 + 300)
    # Room for 85% of the drawing: it shrinks to fit.
    width, height = figure.wrap(450, 18 + 255)
    assert abs(height - (18 + 255)) < 0.01 and abs(figure.scale - 0.85) < 1e-6
    # Room for less than 80%: it keeps its size and goes to the next page whole.
    assert figure.wrap(450, 18 + 300 * MIN_SCALE - 5)[1] == 318
    assert figure.split(450, 100) == []
    # Taller than a whole page: as large as a page allows.
    tall = FitFigure(title, Drawing(400, 2000), 4, page_height=700)
    assert tall.wrap(450, 700)[1] <= 700


@pytest.mark.parametrize(("paper", "large"), SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["demo", "long"])
def test_page_one_in_large_print_is_never_smaller_than_normal_print(name, language, paper, large):
    """Page 1 is made to fit by showing less (questions, tied items, long fields, notes)
    before it is drawn smaller: with the demo's answers large print stays above the normal
    print size, and even with every field long, page 1 is drawn at 90% of it at the least."""
    from reportlab.platypus import KeepInFrame

    from decisionaid.content.loader import load
    from decisionaid.model.demo import demo_session
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import HandoutOptions
    from decisionaid.report.sections import cover
    from decisionaid.report.styles import handout_style

    content = load(language)
    session = SESSIONS[name](demo_session(content), language)
    builder = HandoutBuilder(session, content, HandoutOptions(paper, large))
    cover.add_cover(builder)
    [page1] = [f for f in builder.story if isinstance(f, KeepInFrame)]
    page1.wrapOn(None, builder.style.frame_width, builder.style.frame_height)
    size = builder.style["body"].size / getattr(page1, "_scale", 1.0)
    normal = handout_style(paper, False)["body"].size
    assert size >= (normal if name == "demo" else normal * 0.9), size


@pytest.mark.parametrize(("paper", "large"), SIZES)
@pytest.mark.parametrize("name", ["demo", "long"])
def test_the_option_grid_never_repeats_its_header_mid_page(name, paper, large):
    """The grid's rows split where a page ends; each later piece, under its repeated header,
    starts at the top of a page, and none is an empty row."""
    _, log = _build(name, "en", paper, large)
    pieces = [p for p in log.placed if p.kind == "RowSplitTable"]
    if large:
        assert not pieces  # large print sets each option as a block of its own
        return
    assert len(pieces) >= 2
    for piece in pieces[1:]:
        top_gap = log.frame_height - piece.space_below - piece.height
        assert top_gap < 1, (piece.page, top_gap)
    # More than a header row in every piece: no empty row starts a page.
    assert all(p.height > 40 for p in pieces), [p.height for p in pieces]
