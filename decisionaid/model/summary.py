"""What the summary page and the handout both show, computed once. No Qt.

`summarise(session, content)` gives a `Summary`: the phase of the trial, the chance of each
group, the leaning, the SURE test, the knowledge check, the things that matter most (with
ties said as ties), the questions and the cost estimate. The summary page and the PDF handout
both read it, so the screen and the paper cannot disagree about a figure. They put it into
words each in their own catalogue (Qt's `tr()` for the screen, the handout's words for paper);
the words are keyed by the `kind`/`key` fields here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from decisionaid.content.schema import ContentPack
from decisionaid.model.costs import CATEGORIES, CostInputError, CostInputs, CostResult, compute
from decisionaid.model.options import Grid, build_grid, leaning_title, needs_with_steps
from decisionaid.model.session import Session
from decisionaid.model.stats import reduce_ratio

# Page 1 and the summary page name this many things that matter most; when more items tie
# with the last of them, all of them are shown up to MOST_PRIORITIES, else "and N more".
TOP_PRIORITIES = 3
MOST_PRIORITIES = 5


# --- the trial --------------------------------------------------------------------------------
PhaseKind = Literal["unknown", "none", "early1", "phases"]


@dataclass(frozen=True)
class Phase:
    """The trial's phase as something to put into words.

    kind "unknown": no phase given; "none": not a drug trial (registry "NA"); "early1": early
    phase 1 only; "phases": `shown` holds the phases, e.g. ("2",), ("2", "3"), ("early1", "1").
    """

    kind: PhaseKind
    shown: tuple[str, ...] = ()


def phase_of(phases: Sequence[str]) -> Phase:
    if not phases:
        return Phase("unknown")
    names = tuple(p for p in phases if p != "na")
    if not names:
        return Phase("none")
    if names == ("early1",):
        return Phase("early1")
    return Phase("phases", names)


@dataclass(frozen=True)
class GroupChance:
    """One group of a randomised trial: `parts` in `total` people join it (one denominator
    for all groups: 3:1:2 gives 3 in 6, 1 in 6, 2 in 6)."""

    label: str
    parts: int
    total: int


def group_labels(session: Session, content: ContentPack, n: int) -> list[str]:
    """The names of the trial's `n` groups; the content's defaults where they have none."""
    arms = session.trial.arms
    defaults = content.facts.randomisation.labels_for(n)
    if len(arms) == n:
        return [a.label.strip() or defaults[i] for i, a in enumerate(arms)]
    return defaults


def chances_of(session: Session, content: ContentPack) -> list[GroupChance]:
    """The chance of each group, or [] when the trial has no ratio of two or more groups."""
    ratio = session.trial.ratio
    if not ratio or len(ratio) < 2:
        return []
    parts = reduce_ratio(list(ratio))
    labels = group_labels(session, content, len(parts))
    return [GroupChance(lab, p, sum(parts)) for lab, p in zip(labels, parts, strict=True)]


# --- the answers ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Leaning:
    # The option the patient leans toward (an option id, "not_sure"), or "" (not answered).
    value: str
    label: str  # the option's title or "Not sure yet", "" when not answered
    # The titles of the options that were shown (the leaning is among these).
    among: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sure:
    """The SURE test: `score` yes answers of `total`, None until every item is answered."""

    score: int | None
    answered: int
    total: int
    # "B – Do you know the benefits and risks of each option?" for each "no", in order.
    no_items: tuple[str, ...] = ()

    @property
    def sure(self) -> bool:
        return self.score is not None and self.score == self.total


@dataclass(frozen=True)
class Knowledge:
    correct: int
    answered: int
    total: int
    missed: tuple[str, ...] = ()  # the prompts of the questions answered wrongly


@dataclass(frozen=True)
class Priority:
    item_id: str
    title: str
    # "benefit": a good point of its option; "risk": a bad point.
    kind: Literal["benefit", "risk"]
    # The option the point belongs to ("Join this trial", "Standard treatment, ...").
    option: str
    rating: int
    rating_label: str
    # 1 + how many items matter more; tied items share a rank.
    rank: int
    tied: bool  # another rated item has the same rating


@dataclass(frozen=True)
class Priorities:
    shown: tuple[Priority, ...]
    # How many more items (not shown) are rated the same as the last one shown.
    more_tied: int = 0
    # Some item was rated (maybe all "not at all"): then "nothing matters" is an answer.
    any_rated: bool = False


def priorities(
    session: Session,
    content: ContentPack,
    limit: int = TOP_PRIORITIES,
    most: int = MOST_PRIORITIES,
    grid: Grid | None = None,
) -> Priorities:
    """The points that matter most, of every option shown. Ties take turns: each option's
    first good point, each option's first bad point, then the second ones (no option and no
    side wins a tie by being listed first); a tie at the cut is said, never hidden."""
    c = content.considerations
    grid = grid or build_grid(session, content)
    points = {}
    order: list[str] = []
    depth = max((max(len(col.good), len(col.bad)) for col in grid.columns), default=0)
    for i in range(depth):
        for kind in ("good", "bad"):
            for column in grid.columns:
                column_points = column.good if kind == "good" else column.bad
                if i < len(column_points) and column_points[i].id not in points:
                    points[column_points[i].id] = (column, column_points[i])
                    order.append(column_points[i].id)
    rated = [(session.ratings[i], -pos, i) for pos, i in enumerate(order) if i in session.ratings]
    rated = sorted((r for r in rated if r[0] > 0), reverse=True)
    ranked = [i for _, _, i in rated]
    ratings = [session.ratings[i] for i in ranked]
    any_rated = any(i in session.ratings for i in order)
    if not ranked:
        return Priorities((), 0, any_rated)
    count = min(limit, len(ranked))
    last = ratings[count - 1]
    tied_total = sum(1 for r in ratings if r == last)
    tied_before = sum(1 for r in ratings[:count] if r == last)
    more = tied_total - tied_before
    if more and count + more <= most:
        count, more = count + more, 0
    shown = []
    for item_id, rating in zip(ranked[:count], ratings[:count], strict=True):
        column, point = points[item_id]
        shown.append(
            Priority(
                item_id=item_id,
                title=point.title,
                kind="benefit" if point.kind == "good" else "risk",
                option=column.title,
                rating=rating,
                rating_label=c.rating_labels[rating],
                rank=1 + sum(1 for r in ratings if r > rating),
                tied=ratings.count(rating) > 1,
            )
        )
    return Priorities(tuple(shown), more, any_rated)


# --- costs ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Costs:
    """The cost estimate. `state` "none": nothing entered; "invalid": `problem` says what to
    fix; "ok": `result` holds the figures."""

    state: Literal["none", "invalid", "ok"]
    inputs: CostInputs
    result: CostResult | None = None
    problem: str = ""

    def cost_parts(self) -> list[tuple[str, Decimal]]:
        """(category, amount a month) of each cost above zero, in the categories' order."""
        if self.result is None:
            return []
        monthly = self.result.monthly
        return [(n, v) for n in CATEGORIES if (v := monthly.get(n)) is not None and v > 0]

    def back_parts(self) -> list[tuple[str, Decimal]]:
        """("back_visits" / "back_month", amount a month) of what the trial pays back, above 0."""
        if self.result is None or self.result.monthly_back is None:
            return []
        subsidy = cents(self.inputs.subsidy_per_month)
        parts = (("back_visits", self.result.monthly_back - subsidy), ("back_month", subsidy))
        return [(key, amount) for key, amount in parts if amount > 0]


def cents(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def costs_of(inputs: CostInputs) -> Costs:
    if inputs == CostInputs(country=inputs.country, currency=inputs.currency):
        return Costs("none", inputs)
    try:
        return Costs("ok", inputs, compute(inputs))
    except CostInputError as exc:
        return Costs("invalid", inputs, problem=str(exc))


# --- all of it --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    phase: Phase
    chances: list[GroupChance]
    leaning: Leaning
    sure: Sure
    knowledge: Knowledge
    priorities: Priorities
    costs: Costs
    # The patient's own questions first, then the suggested ones they ticked (content text).
    own_questions: list[str] = field(default_factory=list)
    checked_questions: list[str] = field(default_factory=list)
    # The option grid (model.options), the questions its "Ask your doctor" cells add, and
    # the Ottawa guide's needs with their next steps.
    grid: Grid | None = None
    grid_questions: list[str] = field(default_factory=list)
    needs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def questions(self) -> list[str]:
        return self.own_questions + self.checked_questions + self.grid_questions


def summarise(session: Session, content: ContentPack) -> Summary:
    decide = content.decide
    quiz = content.quiz
    sure_ids = [i.id for i in decide.sure]
    correct, answered = session.quiz_score(quiz.answer_key())
    grid = build_grid(session, content)
    checked = [content.questions.text(q) for q in session.questions_checked]
    return Summary(
        phase=phase_of(session.trial.phases),
        chances=chances_of(session, content),
        leaning=Leaning(
            session.options.leaning if leaning_title(session, content, grid) else "",
            leaning_title(session, content, grid),
            tuple(column.title for column in grid.columns),
        ),
        sure=Sure(
            score=session.sure_score(sure_ids),
            answered=sum(1 for i in sure_ids if i in session.sure),
            total=len(sure_ids),
            no_items=tuple(
                f"{i.letter} – {i.text}" for i in decide.sure if session.sure.get(i.id) is False
            ),
        ),
        knowledge=Knowledge(
            correct=correct,
            answered=answered,
            total=len(quiz.questions),
            missed=tuple(
                q.prompt
                for q in quiz.questions
                if q.id in session.quiz and session.quiz[q.id] != q.answer
            ),
        ),
        priorities=priorities(session, content, grid=grid),
        costs=costs_of(session.costs),
        own_questions=[q for q in session.own_questions if q.strip()],
        checked_questions=[t for t in checked if t],
        grid=grid,
        grid_questions=grid.questions(),
        needs=needs_with_steps(session, content),
    )
