"""The handout in Simplified Chinese: Chinese words, embedded fonts, emboldened headings, the
PDF language, Chinese line breaking, and the blank handout from the command line."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata

import pytest

from decisionaid.report.text import is_cjk
from tests.conftest import REPO
from tests.report.conftest import pdf_pages

# No line starts with these, and none ends with the opening marks (Chinese line breaking).
NO_LINE_START = "。，、；：？！）」"
NO_LINE_END = "（「"


@pytest.fixture(scope="module")
def zh_pack():
    from decisionaid.content.loader import load

    return load("zh-CN")


@pytest.fixture(scope="module")
def zh_session(zh_pack):
    from decisionaid.model.demo import demo_session

    return demo_session(zh_pack)


@pytest.fixture(scope="module")
def zh_pdf(zh_session, zh_pack) -> bytes:
    from decisionaid.report.builder import build_pdf

    return build_pdf(zh_session, zh_pack)


def _patient_words(session) -> list[str]:
    s = session
    words = [s.situation.name, s.situation.cancer_type, s.situation.decides_with, s.notes]
    words += [s.trial.title, s.trial.site, s.trial.covers, s.trial.contact, s.trial.status]
    words += [s.counselor.name, s.counselor.clinic, *s.own_questions]
    words += [arm.label for arm in s.trial.arms] + [arm.description for arm in s.trial.arms]
    return sorted((w for w in words if w), key=len, reverse=True)


def cjk_share(text: str, leave_out: list[str] = ()) -> float:
    """The share of CJK among the letters of `text`, without the patient's own words,
    registry ids (NCT01234567, ChiCTR…) and numbers."""
    # Wrapping breaks lines anywhere: compare without white space.
    text = re.sub(r"\s+", "", text)
    for words in leave_out:
        text = text.replace(re.sub(r"\s+", "", words), " ")
    text = re.sub(r"\b(NCT\d{8}|ChiCTR[\w-]+|CTR\d+)\b", " ", text)
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    return sum(1 for c in letters if is_cjk(c)) / max(1, len(letters))


def _fonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font used on every page."""
    from pypdf import PdfReader

    found = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            leaf = descendants[0].get_object() if descendants else font
            descriptor = leaf.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


def _content_streams(data: bytes) -> list[bytes]:
    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


def _check_line_breaks(pages: list[str]) -> None:
    for number, text in enumerate(pages, start=1):
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            assert line[0] not in NO_LINE_START, f"page {number}: line starts with {line!r}"
            assert line[-1] not in NO_LINE_END, f"page {number}: line ends with {line!r}"


def test_page_one_is_chinese(zh_pdf, zh_session):
    page1 = pdf_pages(zh_pdf)[0]
    share = cjk_share(page1, _patient_words(zh_session))
    assert share > 0.9, f"only {share:.0%} of the letters on page 1 are Chinese"


def test_every_page_is_mostly_chinese(zh_pdf, zh_session):
    # Later pages hold citations of English papers (kept as published, for the doctor).
    for number, text in enumerate(pdf_pages(zh_pdf)[:-2], start=1):
        assert cjk_share(text, _patient_words(zh_session)) > 0.7, number


def test_language_title_and_fonts(zh_pdf, zh_session):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(zh_pdf))
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    title = reader.metadata.title
    assert zh_session.situation.name in title and "临床试验决策摘要" in title
    fonts = _fonts(zh_pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert all(name.split("+")[0].isupper() and "+" in name for name, _ in fonts)  # subset


def test_headings_are_emboldened(zh_pdf):
    """WenQuanYi Micro Hei has no bold face: headings fill and stroke their outlines."""
    from decisionaid.report.fonts import font_set

    if not font_set("zh-CN").fake_bold:
        pytest.skip("this computer has a real Chinese bold face")
    streams = _content_streams(zh_pdf)
    assert all(b"2 Tr" in s for s in streams[:3])


def test_english_headings_use_the_real_bold_face(demo_pdf):
    assert not any(b"2 Tr" in s for s in _content_streams(demo_pdf))


def test_chinese_line_breaking(zh_pdf):
    _check_line_breaks(pdf_pages(zh_pdf))


def test_no_english_frame_words(zh_pdf):
    """The handout's own words are Chinese: none of the English frame is left. (The last
    pages list the English papers' titles as published, for the doctor.)"""
    text = " ".join(pdf_pages(zh_pdf)[:-2])
    for english in ("Page ", "Benefit", "Risk", "not known", "In words", "Source:"):
        assert english not in text


def test_blank_handout_in_chinese_from_the_command_line(tmp_path):
    out = tmp_path / "blank.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "decisionaid", "handout", "--language", "zh-CN", "-o", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "English" not in run.stderr
    data = out.read_bytes()
    pages = pdf_pages(data)
    assert cjk_share(pages[0]) > 0.9
    assert all(embedded for _, embedded in _fonts(data))
    _check_line_breaks(pages)
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert "临床试验" in reader.metadata.title


def test_chinese_session_with_a_registry_trial_exports_chinese(tmp_path):
    """`new-session --language zh-CN --trial RECORD`, then `export`, from the command line:
    page 1 is Chinese apart from the record's own words and the ids."""
    from decisionaid.storage.trialfile import load_any
    from tests.conftest import REPO as repo

    fixture = repo / "tests" / "fixtures" / "ctgov" / "NCT05602779.json"
    trial = load_any(fixture)[0]
    path = tmp_path / "s.json"
    out = tmp_path / "s.pdf"
    for args in (
        ["new-session", "--trial", str(fixture), "--language", "zh-CN", "-o", str(path)],
        ["export", str(path), "-o", str(out)],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "decisionaid", *args],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    data = out.read_bytes()
    record_words = [trial.title, trial.registry_id, trial.status, trial.sponsor, trial.site]
    record_words += [a.label for a in trial.arms] + [a.description for a in trial.arms]
    record_words = sorted((w for w in record_words if w), key=len, reverse=True)
    page1 = pdf_pages(data)[0]
    share = cjk_share(page1, record_words)
    assert share > 0.9, f"only {share:.0%} of page 1 is Chinese:\n{page1}"
    assert all(embedded for _, embedded in _fonts(data))
