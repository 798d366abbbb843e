"""Counts on paper choose their form by the language's CLDR plural rules: a content text
`key` (the plural) with a `key_one` twin (the singular; Chinese says the same in both)."""

from __future__ import annotations

import pytest

from decisionaid.formatting import counted
from decisionaid.report.builder import build_pdf
from tests.report.conftest import pdf_pages, squash


@pytest.mark.parametrize(
    ("n", "expected"),
    [(0, "0 months"), (1, "1 month"), (2, "2 months"), (1.5, "1.5 months")],
)
def test_english_counts(en_content, n, expected):
    words = en_content.handout.words
    assert counted(words, "count_months", n, "en").format(n=f"{n:g}") == expected


@pytest.mark.parametrize("n", [0, 1, 2])
def test_chinese_has_one_form(zh_content, n):
    words = zh_content.handout.words
    assert counted(words, "count_months", n, "zh-CN").format(n=n) == f"{n} 个月"


def test_every_singular_twin_has_its_plural(en_content, zh_content):
    for content in (en_content, zh_content):
        words = content.handout.words
        twins = [k for k in words if k.endswith("_one") and k != "fewer_than_one"]
        assert len(twins) >= 5
        for key in twins:
            assert key.removesuffix("_one") in words, key


@pytest.mark.parametrize(("visits", "months"), [(1, 1), (2, 3)])
def test_schedule_on_paper(demo, en_content, zh_content, visits, months):
    demo.trial.visits_per_month = visits
    demo.trial.months = months
    demo.costs.visits_per_month = visits
    demo.costs.months = months
    text = squash(" ".join(pdf_pages(build_pdf(demo, en_content))))
    v = "visit" if visits == 1 else "visits"
    m = "month" if months == 1 else "months"
    assert squash(f"{visits} {v} a month for {months} {m}") in text
    assert "1 visits" not in text and "1 months" not in text
    demo.language = "zh-CN"
    text = squash(" ".join(pdf_pages(build_pdf(demo, zh_content))))
    assert squash(f"每月 {visits} 次就诊，共 {months} 个月") in text
