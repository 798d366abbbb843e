"""The rules for "done" per step (model/progress.py): seen is not done."""

from __future__ import annotations

from decisionaid.model import progress
from decisionaid.model.session import Session


def test_not_seen_seen_done(content):
    s = Session()
    assert progress.state(s, content, "situation") == "not_seen"
    assert progress.mark_seen(s, "situation") and not progress.mark_seen(s, "situation")
    assert progress.state(s, content, "situation") == "seen"
    s.situation.stage = "close"
    assert progress.state(s, content, "situation") == "done"


def test_pages_to_read_are_done_when_passed(content):
    s = Session()
    progress.mark_seen(s, "learn")
    assert progress.state(s, content, "learn") == "seen"
    s.mark_done("learn")
    assert progress.state(s, content, "learn") == "done"


def test_each_rule(content):
    s = Session(seen=list(progress.RULES))
    open_steps = {k for k in progress.RULES if progress.state(s, content, k) != "done"}
    assert open_steps == set(progress.RULES) - {"summary"}
    s.trial_unknown = True
    benefits = content.considerations.benefits
    s.ratings = {b.id: 2 for b in benefits[:-1]}
    s.costs.visits_per_month = 2
    s.quiz = {q.id: 0 for q in content.quiz.questions[:-1]}
    s.options.leaning = "not_sure"
    s.sure = {i.id: True for i in content.decide.sure}
    s.own_questions = ["Who pays?"]
    state = {k: progress.state(s, content, k) for k in progress.RULES}
    assert state["trial"] == "done" and state["questions"] == "done"
    # One short of each rule: one rating, the months, one answer, the role.
    assert {state[k] for k in ("benefits", "costs", "quiz", "values")} == {"seen"}
    s.ratings[benefits[-1].id] = 0
    s.costs.months = 6
    s.quiz[content.quiz.questions[-1].id] = 1
    s.guide.role = "share"
    state = {k: progress.state(s, content, k) for k in progress.RULES}
    assert {state[k] for k in ("benefits", "costs", "quiz", "values")} == {"done"}
    assert state["risks"] == "seen"
