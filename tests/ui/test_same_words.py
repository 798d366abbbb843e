"""The screen and the handout say the same: how far along the decision is, the randomisation
example (ratio and title) and the names of the cost items come from one place
(`model/labels.py`, the content pack), in English and Chinese. The PDF is read with pypdf."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from decisionaid.model import labels
from decisionaid.model.costs import CATEGORIES
from decisionaid.model.demo import demo_session
from decisionaid.model.trial import TrialInfo
from decisionaid.report.builder import build_pdf
from decisionaid.ui import i18n
from tests.report.conftest import pdf_pages, squash


@pytest.fixture
def english_afterwards():
    yield
    i18n.install(QApplication.instance(), "en")
    from decisionaid import i18n as core_i18n

    core_i18n.set_language("en")  # a Chinese window set the core's language too


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_screen_and_paper_use_the_same_words(make_window, language, english_afterwards):
    from decisionaid.content.loader import load

    content = load(language)
    session = demo_session(content)
    session.language = language
    session.situation.stage = "considering"
    # No trial yet: both show the example of how groups are chosen.
    session.trial = TrialInfo()
    session.trial_unknown = True
    for i, name in enumerate(CATEGORIES):
        setattr(session.costs, name, 10.0 + i)
    window = make_window(session)
    paper = squash(" ".join(pdf_pages(build_pdf(session, window.content))))

    # How far along: the summary card and page 1.
    summary = window.page("summary")
    window.go_to(window.index_of("summary"))
    you = summary.cards["you"].text()
    stage = labels.stage_label(content, "considering")
    assert stage in you and labels.stage_heading(content) in you
    assert squash(stage) in paper and squash(labels.stage_heading(content)) in paper
    old = {"en": "Thinking about it<", "zh-CN": "正在考虑<"}[language]
    assert old not in you

    # The cost items: each name on the costs page (breakdown and chart) and in the PDF.
    costs = window.page("costs")
    window.go_to(window.index_of("costs"))
    for name in CATEGORIES:
        label = labels.cost_label(content, name)
        assert costs.breakdown_labels[name].text().startswith(label), name
        assert squash(label) in paper, label

    # The randomisation example: the same ratio, under the same title.
    chances = window.page("chances")
    window.go_to(window.index_of("chances"))
    example = labels.example_ratio(content)
    assert chances.randomisation.ratio() == example
    title = content.facts.randomisation.title
    assert chances.randomisation.title() == title
    assert squash(title) in paper
    ratio = ":".join(map(str, example))
    said = {"en": f"With a {ratio} ratio", "zh-CN": f"按{ratio}"}[language]
    assert squash(said) in paper or squash(ratio) in paper
    assert "2:1" not in paper  # the other example is not on this handout


def test_own_trial_title_is_the_same(make_window, content):
    session = demo_session(content)
    window = make_window(session)
    window.go_to(window.index_of("chances"))
    chances = window.page("chances")
    assert chances.randomisation.title() == labels.own_trial_title(content)
    paper = squash(" ".join(pdf_pages(build_pdf(session, content))))
    assert squash(labels.own_trial_title(content)) in paper
