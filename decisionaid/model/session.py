"""The session: every answer the patient gives. Widgets read and write it; they never own it.

Qt-free. Observers subscribe with `subscribe(callback)`; `changed(section)` notifies them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from decisionaid.i18n import _
from decisionaid.languages import is_tag
from decisionaid.model.costs import CostInputs
from decisionaid.model.costs import validate as validate_costs
from decisionaid.model.option_answers import Guide, OptionAnswers
from decisionaid.model.trial import TrialInfo

Stage = Literal["", "not_thought", "considering", "close", "decided"]
STAGES: tuple[Stage, ...] = ("not_thought", "considering", "close", "decided")

# "How much does this matter to you?" 0 = not at all ... 4 = a great deal.
RATING_MIN, RATING_MAX = 0, 4
MAX_EARLIER = 6

# Limits no real patient reaches. The fields say so, and sessions beyond them are refused,
# so that every page opens and every key press is handled at once.
MAX_OWN_QUESTIONS = 200
MAX_QUESTION_CHARS = 1_000
MAX_NOTES_CHARS = 20_000
MAX_SHORT_TEXT_CHARS = 2_000
MAX_TRIAL_GROUPS = 20
MAX_ANSWERS = 500


def _check_range(name: str, value: int | None, lo: int, hi: int) -> None:
    if value is not None and not lo <= value <= hi:
        raise ValueError(
            _("{name} must be between {lo} and {hi}, not {value}").format(
                name=name, lo=lo, hi=hi, value=value
            )
        )


def check_limits(session: Session) -> None:
    """Raise ValueError naming the first limit `session` goes beyond."""
    if len(session.own_questions) > MAX_OWN_QUESTIONS:
        raise ValueError(
            _("own_questions: at most {max_own_questions} questions").format(
                max_own_questions=MAX_OWN_QUESTIONS
            )
        )
    if any(len(q) > MAX_QUESTION_CHARS for q in session.own_questions):
        raise ValueError(
            _("own_questions: each question at most {max_question_chars} characters").format(
                max_question_chars=MAX_QUESTION_CHARS
            )
        )
    if len(session.questions_checked) > MAX_ANSWERS:
        raise ValueError(
            _("questions_checked: at most {max_answers} entries").format(max_answers=MAX_ANSWERS)
        )
    if len(session.notes) > MAX_NOTES_CHARS:
        raise ValueError(
            _("notes: at most {max_notes_chars:,} characters").format(
                max_notes_chars=MAX_NOTES_CHARS
            )
        )
    for name in ("ratings", "quiz", "sure"):
        if len(getattr(session, name)) > MAX_ANSWERS:
            raise ValueError(
                _("{name}: at most {max_answers} answers").format(
                    name=name, max_answers=MAX_ANSWERS
                )
            )
    if len(session.trial.arms) > MAX_TRIAL_GROUPS:
        raise ValueError(
            _("trial.arms: at most {max_trial_groups} groups").format(
                max_trial_groups=MAX_TRIAL_GROUPS
            )
        )
    for name in ("name", "cancer_type", "decides_with"):
        if len(getattr(session.situation, name)) > MAX_SHORT_TEXT_CHARS:
            raise ValueError(
                _("situation.{name}: at most {max_short_text_chars:,} characters").format(
                    name=name, max_short_text_chars=MAX_SHORT_TEXT_CHARS
                )
            )


@dataclass
class Situation:
    name: str = ""
    # Show the name on the handout and in the PDF metadata. Off until the patient ticks it
    # (privacy: a printout left on a desk names nobody unless they chose it).
    show_name: bool = False
    cancer_type: str = ""
    stage: Stage = ""
    decides_with: str = ""


@dataclass
class Counselor:
    name: str = ""
    clinic: str = ""


@dataclass
class Session:
    language: str = "en"
    created: str = field(default_factory=lambda: _dt.date.today().isoformat())
    situation: Situation = field(default_factory=Situation)
    trial: TrialInfo = field(default_factory=TrialInfo)
    # The patient said they know nothing about a specific trial yet.
    trial_unknown: bool = False
    # Earlier studies of the same treatment (registry records, usually with posted results).
    earlier: list[TrialInfo] = field(default_factory=list)
    costs: CostInputs = field(default_factory=CostInputs)
    # Benefit / risk item id -> how much it matters (0..4).
    ratings: dict[str, int] = field(default_factory=dict)
    # Quiz question id -> index of the chosen answer.
    quiz: dict[str, int] = field(default_factory=dict)
    # SURE item id -> yes (True) / no (False).
    sure: dict[str, bool] = field(default_factory=dict)
    questions_checked: list[str] = field(default_factory=list)
    own_questions: list[str] = field(default_factory=list)
    notes: str = ""
    # "Your options": hidden and named options, what the doctor said, the leaning.
    options: OptionAnswers = field(default_factory=OptionAnswers)
    # The other steps of the Ottawa Personal Decision Guide (deadline, role, others, needs).
    guide: Guide = field(default_factory=Guide)
    counselor: Counselor = field(default_factory=Counselor)
    # Steps the patient passed with Next, the pages they have seen, and where they were.
    # Whether a step is *done* follows from the answers (model/progress.py).
    done: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    current_step: str = ""

    def __post_init__(self) -> None:
        if not is_tag(self.language):
            raise ValueError(_("language must be a language tag such as en or zh-CN"))
        check_limits(self)
        for key, value in self.ratings.items():
            _check_range(f"ratings.{key}", value, RATING_MIN, RATING_MAX)
        for key, value in self.quiz.items():
            _check_range(f"quiz.{key}", value, 0, 20)
        # A loaded session must be usable as it is: reject costs the page would reject.
        problems = validate_costs(self.costs)
        if problems:
            name, message = next(iter(problems.items()))
            raise ValueError(f"costs.{name}: {message}")
        if len(self.earlier) > MAX_EARLIER:
            raise ValueError(
                _("earlier: at most {max_earlier} earlier studies").format(max_earlier=MAX_EARLIER)
            )
        self._observers: list[Callable[[str], None]] = []

    # --- observing -------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[str], None]) -> None:
        self._observers.append(callback)

    def unsubscribe(self, callback: Callable[[str], None]) -> None:
        if callback in self._observers:
            self._observers.remove(callback)

    def changed(self, section: str) -> None:
        for callback in list(self._observers):
            callback(section)

    # --- derived answers -------------------------------------------------------------------
    def sure_score(self, ids: list[str] | None = None) -> int | None:
        """Number of SURE "yes" answers, or None until every item is answered.

        `ids` are the content pack's SURE item ids; answers to other ids (from an older pack)
        never count. Without `ids`, all four stored answers are used.
        """
        answers = self.sure if ids is None else {i: self.sure[i] for i in ids if i in self.sure}
        expected = 4 if ids is None else len(ids)
        if len(answers) < expected or len(answers) != expected:
            return None
        return sum(1 for v in answers.values() if v)

    def mark_done(self, step: str) -> None:
        if step not in self.done:
            self.done.append(step)

    def top_ratings(self, ids: list[str], n: int = 3) -> list[str]:
        """The `n` rated item ids that matter most (ties keep content order)."""
        rated = [(self.ratings[i], -pos, i) for pos, i in enumerate(ids) if i in self.ratings]
        rated = [r for r in rated if r[0] > RATING_MIN]
        rated.sort(reverse=True)
        return [i for _, _, i in rated[:n]]

    def top_priorities(self, benefit_ids: list[str], risk_ids: list[str], n: int = 3) -> list[str]:
        """The `n` things that matter most. Ties alternate benefit, risk, benefit, ... so
        that neither side wins a tie just because it is listed first."""
        order: list[str] = []
        for i in range(max(len(benefit_ids), len(risk_ids))):
            order += benefit_ids[i : i + 1] + risk_ids[i : i + 1]
        return self.top_ratings(order, n)

    def quiz_score(self, answers: dict[str, int]) -> tuple[int, int]:
        """(correct, answered) against the content pack's answer key."""
        answered = [q for q in answers if q in self.quiz]
        correct = sum(1 for q in answered if self.quiz[q] == answers[q])
        return correct, len(answered)
