"""Counts in the core's own sentences (the trial's visits on the option grid and in the trial
summary) take the singular at 1, in both languages."""

from __future__ import annotations

import pytest

from decisionaid.content.loader import load
from decisionaid.model.options import build_grid
from decisionaid.model.registry.words import words
from decisionaid.model.session import Session
from decisionaid.model.trial import TrialInfo


@pytest.mark.parametrize(
    ("visits", "months", "expected"),
    [
        (1, 1, "Visits: about 1 a month, for about 1 month (about 1 visit in all)."),
        (1, 2, "Visits: about 1 a month, for about 2 months (about 2 visits in all)."),
        (0.5, 2, "Visits: about 0.5 a month, for about 2 months (about 1 visit in all)."),
        (2, 6, "Visits: about 2 a month, for about 6 months (about 12 visits in all)."),
    ],
)
def test_grid_visits(visits, months, expected):
    content = load("en")
    trial = TrialInfo(phases=["2"], visits_per_month=visits, months=months, origin="manual")
    cell = build_grid(Session(trial=trial), content).column("trial").cell("visits")
    assert expected in cell.text
    assert "1 months" not in cell.text and "1 visits" not in cell.text


@pytest.mark.parametrize("n", [0, 1, 2])
def test_words_counts_in_both_languages(n):
    en, zh = words("en"), words("zh-CN")
    assert en.months(n, str(n)) == (f"{n} month" if n == 1 else f"{n} months")
    assert en.visits(n, str(n)) == (f"{n} visit" if n == 1 else f"{n} visits")
    assert zh.months(n, str(n)) == f"{n}个月" and zh.visits(n, str(n)) == f"{n}次"


def test_chinese_grid_visits():
    content = load("zh-CN")
    trial = TrialInfo(phases=["2"], visits_per_month=1, months=1, origin="manual")
    cell = build_grid(Session(language="zh-CN", trial=trial), content).column("trial")
    assert "每月大约看病1次，持续大约1个月（总共大约1次）。" in cell.cell("visits").text
