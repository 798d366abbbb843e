"""How far the patient is with each step: not seen yet, seen, or done. No Qt.

A step is *seen* once its page has been shown (or passed with Next). It is *done* when it is
seen and its own rule holds, so passing a page is not the same as finishing it (the quiz with
2 of 8 answers is seen, not done):

- welcome, options, learn, chances: pages to read (the option grid's boxes are optional):
  done when passed with Next;
- situation: "how far along are you" answered (the other questions are optional);
- trial: some detail of the trial entered or loaded, or "I do not know about a trial yet";
- benefits, risks: every point rated;
- costs: visits a month and months known, so the total can be worked out;
- quiz: every question answered;
- values: an option leaned toward (or "not sure"), all four SURE questions answered and the
  role in the decision chosen;
- questions: at least one question ticked or written;
- summary: done once shown (it asks nothing);
- a step this module does not know: done when passed with Next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    # Only named: the first window must not wait for the whole pack's shape (content/lazy.py).
    from decisionaid.content.schema import ContentPack
    from decisionaid.model.session import Session

State = Literal["not_seen", "seen", "done"]

_Rule = Callable[["Session", "ContentPack"], bool]


def _all_rated(kind: str) -> _Rule:
    def rule(s: Session, c: ContentPack) -> bool:
        items = getattr(c.considerations, kind)
        return bool(items) and all(item.id in s.ratings for item in items)

    return rule


def _quiz(s: Session, c: ContentPack) -> bool:
    _correct, answered = s.quiz_score(c.quiz.answer_key())
    return answered == len(c.quiz.questions)


def _values(s: Session, c: ContentPack) -> bool:
    sure = s.sure_score([item.id for item in c.decide.sure])
    return bool(s.options.leaning) and sure is not None and bool(s.guide.role)


RULES: dict[str, _Rule] = {
    "situation": lambda s, c: bool(s.situation.stage),
    "trial": lambda s, c: s.trial_unknown or not s.trial.is_empty(),
    "benefits": _all_rated("benefits"),
    "risks": _all_rated("risks"),
    "costs": lambda s, c: s.costs.visits_per_month is not None and s.costs.months is not None,
    "quiz": _quiz,
    "values": _values,
    "questions": lambda s, c: bool(s.questions_checked or s.own_questions),
    "summary": lambda s, c: True,
}


def mark_seen(session: Session, step: str) -> bool:
    """Note that the page of `step` was shown; True if that is new."""
    if step in session.seen:
        return False
    session.seen.append(step)
    return True


def state(session: Session, content: ContentPack, step: str) -> State:
    """'done', 'seen' or 'not_seen' for `step`, by the rules above."""
    seen = step in session.seen or step in session.done
    if not seen:
        return "not_seen"
    rule = RULES.get(step)
    finished = rule(session, content) if rule is not None else step in session.done
    return "done" if finished else "seen"
