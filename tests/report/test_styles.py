"""Styles as data, and the handout's words in every language."""

from __future__ import annotations

import string

import pytest

from decisionaid.content.loader import load
from decisionaid.report.strings import format_date, pdf_language
from decisionaid.report.styles import MM, handout_style


@pytest.mark.parametrize(
    ("paper", "size"), [("a4", (210 * MM, 297 * MM)), ("letter", (612.0, 792.0))]
)
def test_paper_sizes(paper, size):
    style = handout_style(paper)
    assert style.page_size == pytest.approx(size)
    assert 0 < style.frame_width < size[0] and 0 < style.frame_height < size[1]


def test_large_print():
    normal, large = handout_style("a4"), handout_style("a4", large_print=True)
    assert normal["body"].size >= 12
    assert large["body"].size >= 14
    for name, text in large.text.items():
        assert text.size >= normal.text[name].size, name
        assert text.leading >= text.size, name
    assert large.chart_font > normal.chart_font


def test_no_text_is_tiny():
    for large in (False, True):
        for name, text in handout_style("letter", large).text.items():
            assert text.size >= 10, name


def test_unknown_paper():
    with pytest.raises(ValueError, match="letter"):
        handout_style("a5")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_words_and_placeholders():
    en, zh = load("en").handout.words, load("zh-CN").handout.words
    assert en.keys() == zh.keys()
    for key in en:
        assert _fields(en[key]) == _fields(zh[key]), key


def test_every_word_the_handout_asks_for_exists():
    """Each `text("key")`/`words["key"]` in report/ names a key of handout.toml."""
    import re

    from tests.conftest import REPO

    used = set()
    for path in (REPO / "decisionaid" / "report").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:text|filled|words)\(\s*["']([a-z0-9_]+)["']""", source))
        used |= set(re.findall(r"""words\[["']([a-z0-9_]+)["']\]""", source))
    words = load("en").handout.words
    assert used, "no word keys found: the pattern is out of date"
    assert sorted(used - words.keys()) == []


def test_language_helpers():
    assert pdf_language("zh") == "zh-CN" and pdf_language("en") == "en"
    assert format_date("2026-11-24", "en") in ("November 24, 2026", "24 November 2026")
    assert format_date("2026-11-24", "zh-CN") == "2026年11月24日"
    assert format_date("not a date", "en") == "not a date"
