"""The patient's handout: page 1 for the doctor, the sections after it, metadata, fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import Counter

import pytest
from pypdf import PdfReader

from decisionaid import __version__
from decisionaid.report.builder import HandoutBuilder, HandoutOptions, build_pdf
from decisionaid.report.strings import format_date
from decisionaid.report.styles import PAPER_SIZES
from tests.report.conftest import pdf_pages, squash


def test_page_one_is_the_doctors_summary(demo_pages, demo, en_content):
    page1 = demo_pages[0]
    assert demo.situation.name in page1
    assert format_date("2026-11-24", "en") in page1  # the one formatter (locale dates)
    assert demo.trial.registry_id in page1
    assert "phase 2" in page1
    assert en_content.options.option(demo.options.leaning).title in page1
    assert f"{demo.sure_score()} of 4" in page1
    correct, answered = demo.quiz_score(en_content.quiz.answer_key())
    assert f"{correct} of {answered} correct" in page1
    from decisionaid.model.summary import summarise

    top = summarise(demo, en_content).priorities.shown
    assert len(top) >= 3
    flat = squash(page1)
    for item in top:
        assert squash(f"{item.title} ({item.option})") in flat
    assert "BENEFIT" in page1 and "RISK" in page1
    # Top questions: the patient's own first, then the ticked ones.
    assert squash(demo.own_questions[0]) in flat
    # Page 1 also holds the leaning option, cost and visits, and the notes, so fewer of the
    # questions fit; the rest are counted and printed in full later.
    assert squash("All questions") in flat


def test_sure_score_meaning(en_content, demo):
    from decisionaid.report.sections.cover import sure_row

    low = HandoutBuilder(demo, en_content)
    assert "3 of 4" in sure_row(low)[1] and "conflict" in sure_row(low)[2]
    demo.sure = {s.id: True for s in en_content.decide.sure}
    assert "No sign" in sure_row(HandoutBuilder(demo, en_content))[2]
    demo.sure = {}
    assert sure_row(HandoutBuilder(demo, en_content))[1] == "Not answered"


def test_everything_after_page_one(demo_pages, demo, en_content):
    rest = squash("".join(demo_pages[1:]))
    for item in (*en_content.considerations.benefits, *en_content.considerations.risks):
        assert squash(item.title) in rest
    for q in demo.own_questions:
        assert squash(q) in rest
    assert squash(demo.notes) in rest
    for term in en_content.glossary.terms:
        assert squash(term.term) in rest
    assert squash(en_content.pack.funding) in rest
    assert squash(en_content.pack.disclaimer) in rest
    assert squash(f"Facts last checked: {format_date('2026-11-01', 'en')}") in rest
    assert squash(f"version {__version__}") in rest
    assert squash(demo.counselor.name) in rest and squash(demo.counselor.clinic) in rest
    # The charts' text equivalents, with denominators, time frames and sources.
    assert squash("12 of 12") in rest and squash("49 of 49") in rest and squash("35 of 54") in rest
    assert squash("95% range 73.5% to 100%") in rest
    assert squash("Odds for a DRUG, not for a person") in rest
    assert squash("2 in 3 chance") in rest
    assert squash("Cost to the patient") in rest and squash("$2,160.00") in rest


def test_sources_appear_with_their_years(demo, en_content):
    """The Sources section lists what the handout cites, with years, and nothing else."""
    builder = HandoutBuilder(demo, en_content)
    text = squash("".join(pdf_pages(builder.build())))
    listed = text[text.rindex(squash("Where the numbers come from")) :]
    assert builder.cited
    for sid, source in en_content.sources.sources.items():
        entry = squash(f"{source.short} ({source.year}).")
        assert (entry in listed) == (sid in builder.cited), sid


def test_never_a_hundred_percent_cure(demo_pages):
    text = " ".join(demo_pages).lower()
    assert "100% cure" not in text and "100 % cure" not in text
    assert "cured" not in text


def test_metadata(demo_pdf, demo):
    reader = PdfReader(io.BytesIO(demo_pdf))
    meta = reader.metadata
    assert meta.title == f"Clinical trial decision summary for {demo.situation.name}"
    assert meta.subject
    assert meta.creator == f"Trial Decision Aid {__version__}"
    assert meta["/CreationDate"].startswith("D:20261124")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]) is True


def test_hidden_name_stays_out_of_the_pdf(demo, en_content):
    demo.situation.show_name = False
    data = build_pdf(demo, en_content)
    reader = PdfReader(io.BytesIO(data))
    assert demo.situation.name not in "".join(pdf_pages(data))
    assert demo.situation.name not in str(reader.metadata)
    assert demo.situation.name.encode() not in data
    assert reader.metadata.title == "Clinical trial decision summary"


def test_same_session_same_bytes(demo, en_content):
    assert build_pdf(demo, en_content) == build_pdf(demo, en_content)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_paper_size(demo, en_content, paper):
    reader = PdfReader(io.BytesIO(build_pdf(demo, en_content, paper=paper)))
    width, height = PAPER_SIZES[paper]
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(width, abs=0.5)
        assert float(box.height) == pytest.approx(height, abs=0.5)


def _body_font_size(data: bytes) -> float:
    """The font size that most characters are set in (outside the option grid's table,
    which is set in the smallest allowed size so that its columns fit the page)."""
    sizes: Counter[float] = Counter()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * tm[0], 1)] += len(text.strip())

    for page in PdfReader(io.BytesIO(data)).pages:
        words = page.extract_text() or ""
        if words.count("Join this trial") and words.count("Ask") >= 2 and "Page 1 " not in words:
            continue  # a page of the option grid
        page.extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def test_large_print_body_is_at_least_14_pt(demo, en_content):
    assert _body_font_size(build_pdf(demo, en_content)) == pytest.approx(12)
    large = build_pdf(demo, en_content, large_print=True)
    assert _body_font_size(large) >= 14
    assert (
        HandoutBuilder(demo, en_content, HandoutOptions(large_print=True))
        .paragraph_style("body")
        .fontSize
        >= 14
    )


def test_bad_paper_is_refused(demo, en_content):
    with pytest.raises(ValueError, match="a4"):
        build_pdf(demo, en_content, paper="a3")


def test_empty_session_exports(en_content):
    from decisionaid.model.session import Session

    data = build_pdf(Session(created="2026-01-02"), en_content)
    text = "".join(pdf_pages(data))
    assert "No specific trial yet" in text
    assert "Not answered" in text and "Not done" in text
    assert "did not estimate costs" in text


def test_unknown_visits_and_months(demo, en_content):
    demo.costs.visits_per_month = None
    demo.costs.months = None
    text = squash("".join(pdf_pages(build_pdf(demo, en_content))))
    assert squash("We do not know yet how many visits there are each month") in text
    demo.costs.visits_per_month = 2
    text = squash("".join(pdf_pages(build_pdf(demo, en_content))))
    assert squash("The length of the trial is not known yet") in text


def test_trial_unknown_and_not_randomised(demo, en_content):
    demo.trial.randomised = False
    text = squash("".join(pdf_pages(build_pdf(demo, en_content))))
    assert squash("This trial is not randomised.") in text
    demo.trial_unknown = True
    page1 = pdf_pages(build_pdf(demo, en_content))[0]
    assert "No specific trial yet" in page1


def test_building_never_changes_the_session(demo, en_content):
    from decisionaid.schema import to_data

    before = to_data(demo)
    build_pdf(demo, en_content, large_print=True)
    assert to_data(demo) == before


def test_chinese_handout(zh_content, en_content):
    from decisionaid.model.demo import demo_session
    from decisionaid.report.fontfiles import default_choice

    if default_choice().cjk is None:
        pytest.skip("no Chinese TrueType font on this computer")
    session = demo_session(en_content)
    session.language = "zh-CN"
    session.notes = "我想继续工作。\n第二行"
    data = build_pdf(session, zh_content)
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    text = squash("".join(pdf_pages(data)))
    assert "临床试验决策摘要" in text
    assert squash(session.notes) in text
    assert "2026年11月24日" in text


def test_no_chinese_font_gives_a_warning_not_a_crash(demo, en_content, tmp_path):
    from decisionaid.report.fontfiles import NO_CJK_WARNING, find_fonts

    choice = find_fonts(dirs=[tmp_path])  # nothing there: reportlab's own Latin font only
    assert choice.cjk is None
    demo.notes = "中文笔记"
    builder = HandoutBuilder(demo, en_content, HandoutOptions(font_choice=choice))
    data = builder.build()
    assert data.startswith(b"%PDF")
    assert builder.warnings == [NO_CJK_WARNING]


def _pdffonts(data: bytes, tmp_path) -> list[list[str]]:
    target = tmp_path / "h.pdf"
    target.write_bytes(data)
    out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()[2:]
    return [line.split() for line in lines]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts is not installed")
def test_every_font_is_embedded_and_subset(demo, en_content, tmp_path):
    demo.notes = "Mixed 中文 text, ✓ and 😀"
    rows = _pdffonts(build_pdf(demo, en_content), tmp_path)
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID
        name, emb, sub = row[0], row[-5], row[-4]
        assert emb == "yes" and sub == "yes", row
        assert "Helvetica" not in name and "STSong" not in name


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize("large", [False, True])
def test_qpdf_check_passes(demo, en_content, tmp_path, large):
    target = tmp_path / "h.pdf"
    target.write_bytes(build_pdf(demo, en_content, large_print=large))
    out = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_pages_render(demo_pdf, tmp_path):
    target = tmp_path / "h.pdf"
    target.write_bytes(demo_pdf)
    out = subprocess.run(
        ["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "2", str(target), str(tmp_path / "p")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "Error" not in out.stderr, out.stderr
    assert len(list(tmp_path.glob("p-*.png"))) == 2


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("sure", [True, False])
def test_page_one_always_fits_on_one_page(en_content, demo, paper, large, sure):
    """The doctor's page never spills onto page 2, even in large print or with long answers."""
    import dataclasses

    session = dataclasses.replace(demo, sure={i.id: sure for i in en_content.decide.sure})
    session.situation.decides_with = "My daughter, my son and my oncologist, " * 3
    pages = pdf_pages(build_pdf(session, en_content, paper, large))
    assert "Clinical trial decision summary" in pages[0]
    assert "Questions they want to ask" in pages[0]
    assert "Questions they want to ask" not in pages[1]
    assert "About the trial" in pages[1][:300]


def test_tied_priorities_alternate_benefit_and_risk(en_content, demo):
    import dataclasses

    c = en_content.considerations
    ratings = {i.id: 3 for i in (*c.benefits, *c.risks)}
    session = dataclasses.replace(demo, ratings=ratings)
    top = session.top_priorities([b.id for b in c.benefits], [r.id for r in c.risks])
    assert top == [c.benefits[0].id, c.risks[0].id, c.benefits[1].id]


def test_monthly_subsidy_shows_when_visits_are_unknown(en_content, demo):
    import dataclasses

    costs = dataclasses.replace(demo.costs, visits_per_month=None, subsidy_per_month=50)
    session = dataclasses.replace(demo, costs=costs)
    text = squash("\n".join(pdf_pages(build_pdf(session, en_content))))
    assert squash("Monthly subsidy") in text and "50.00" in text
