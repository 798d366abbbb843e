"""The view model the summary page and the handout both read: phase, chances, answers, ties."""

from __future__ import annotations

import dataclasses

import pytest

from decisionaid.model.summary import Phase, chances_of, phase_of, priorities, summarise


@pytest.mark.parametrize(
    ("phases", "phase"),
    [
        ([], Phase("unknown")),
        (["na"], Phase("none")),
        (["early1"], Phase("early1")),
        (["2"], Phase("phases", ("2",))),
        (["2", "3"], Phase("phases", ("2", "3"))),
        (["early1", "1"], Phase("phases", ("early1", "1"))),
        (["na", "1"], Phase("phases", ("1",))),
    ],
)
def test_phase_is_a_kind_never_a_registry_code(phases, phase):
    assert phase_of(phases) == phase


def test_group_chances_share_one_denominator(demo, content):
    demo.trial.ratio = [3, 1, 2]
    chances = chances_of(demo, content)
    assert [(c.parts, c.total) for c in chances] == [(3, 6), (1, 6), (2, 6)]
    demo.trial.ratio = [2, 2]
    assert [(c.parts, c.total) for c in chances_of(demo, content)] == [(1, 2), (1, 2)]
    demo.trial.ratio = [1]
    assert chances_of(demo, content) == []


def _rated(demo, content, ratings):
    return dataclasses.replace(demo, ratings=ratings)


def test_a_tie_at_the_cut_is_said_not_hidden(demo, content):
    c = content.considerations
    b, r = c.benefits, c.risks
    # One item at 4, then five tied at 3: too many to show (at most 5), so "3 more".
    ratings = {b[0].id: 4, b[1].id: 3, r[0].id: 3, b[2].id: 3, r[1].id: 3, r[2].id: 3}
    top = priorities(_rated(demo, content, ratings), content)
    assert [p.rank for p in top.shown] == [1, 2, 2]
    assert [p.tied for p in top.shown] == [False, True, True]
    assert top.more_tied == 3
    # Three tied at the top and one more tied: all four fit (at most 5), nothing hidden.
    ratings = {b[0].id: 3, r[0].id: 3, b[1].id: 3, r[1].id: 3}
    top = priorities(_rated(demo, content, ratings), content)
    assert len(top.shown) == 4 and top.more_tied == 0
    assert {p.rank for p in top.shown} == {1}
    # Ties alternate benefit and risk.
    assert [p.kind for p in top.shown] == ["benefit", "risk", "benefit", "risk"]


def test_no_tie_no_mark(demo, content):
    c = content.considerations
    ratings = {c.benefits[0].id: 4, c.risks[0].id: 3, c.benefits[1].id: 2, c.risks[1].id: 1}
    top = priorities(_rated(demo, content, ratings), content)
    assert [p.rank for p in top.shown] == [1, 2, 3]
    assert not any(p.tied for p in top.shown) and top.more_tied == 0


def test_points_of_every_option_count(demo, content):
    ratings = {"std_known": 4, "cc_quality": 3, content.considerations.risks[0].id: 2}
    demo.options.hidden = []
    top = priorities(_rated(demo, content, ratings), content)
    risk = content.considerations.risks[0].id
    assert [p.item_id for p in top.shown] == ["std_known", "cc_quality", risk]
    assert top.shown[0].option == content.options.option("standard").title
    assert top.shown[0].kind == "benefit" and top.shown[2].kind == "risk"


def test_nothing_rated_and_all_zero_differ(demo, content):
    c = content.considerations
    assert priorities(_rated(demo, content, {}), content).any_rated is False
    zero = priorities(_rated(demo, content, {c.benefits[0].id: 0}), content)
    assert zero.shown == () and zero.any_rated is True


def test_answers(demo, content):
    summary = summarise(demo, content)
    assert summary.leaning.value == demo.options.leaning == "trial"
    assert summary.leaning.label == content.options.option("trial").title
    assert content.options.option("standard").title in summary.leaning.among
    assert content.options.option("comfort").title not in summary.leaning.among  # hidden
    assert summary.grid is not None and summary.grid_questions == summary.grid.questions()
    assert summary.questions[-len(summary.grid_questions) :] == summary.grid_questions
    assert summary.sure.score == demo.sure_score([i.id for i in content.decide.sure])
    correct, answered = demo.quiz_score(content.quiz.answer_key())
    assert (summary.knowledge.correct, summary.knowledge.answered) == (correct, answered)
    assert summary.knowledge.total == len(content.quiz.questions)
    assert summary.questions[0] == demo.own_questions[0]
    assert summary.costs.state == "ok" and summary.costs.result is not None
    demo.sure = {}
    assert summarise(demo, content).sure.score is None


def test_costs_states(demo, content):
    from decisionaid.model.costs import CostInputs

    demo.costs = CostInputs(country="US", currency="USD")
    assert summarise(demo, content).costs.state == "none"
    parts = summarise(_with_costs(demo), content).costs
    assert [k for k, _ in parts.cost_parts()] and parts.back_parts()


def _with_costs(demo):
    from decisionaid.model.costs import CostInputs

    return dataclasses.replace(
        demo,
        costs=CostInputs(
            currency="USD", visits_per_month=2, months=6, travel=30, subsidy_per_month=50
        ),
    )
