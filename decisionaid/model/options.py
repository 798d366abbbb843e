"""The options and the option grid: what the "Your options" step, the values step, the
summary and the handout all show. No Qt.

Two halves:

- the answers (dataclasses stored in the session): which options are hidden, options the
  patient named, what the doctor said about each option (typed), the standard-treatment
  number, the leaning, and the other steps of the Ottawa Personal Decision Guide;
- the view (`build_grid`): one column per option shown, the same rows for each, every cell
  with its words, its sources, and whether it is still a question to ask. The trial's column
  is derived from the trial page (registry record, prepared file or manual entry). The
  standard-treatment column starts from the trial's standard-care group when the trial
  compares the new treatment with standard care. No number is ever made up for standard
  treatment: it shows what the patient typed, or "Ask your doctor".

All words come from the content pack (`options.toml`, `considerations.toml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from decisionaid.content.options_schema import OPTION_IDS, ROW_IDS

# The answers (stored in the session) live in model/option_answers.py; they are part of this
# module's vocabulary all the same.
from decisionaid.model.option_answers import (  # noqa: F401
    MAX_OTHERS,
    MAX_OWN_OPTIONS,
    MAX_TEXT,
    NOT_SURE,
    ROLES,
    DoctorNumber,
    Guide,
    OptionAnswers,
    OtherPerson,
    OwnOption,
    Role,
)
from decisionaid.model.trial import Arm, TrialInfo

if TYPE_CHECKING:
    from decisionaid.content.options_schema import OptionText, TrialText
    from decisionaid.content.schema import Consideration, ContentPack
    from decisionaid.model.session import Session


# --- the view -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CellPart:
    text: str
    # A citation ("Temel et al., NEJM 2010"), the trial's record, or "What your doctor said".
    source: str
    # "note": a remark that states no fact (such as "no trial entered yet"), so no source.
    kind: Literal["general", "trial", "typed", "note"] = "general"


@dataclass(frozen=True)
class Cell:
    row: str
    parts: tuple[CellPart, ...]
    # The question to ask when nothing specific is known yet ("" when something is).
    question: str = ""
    # "Ask your doctor" / "Ask the study team" when `question` is set.
    ask_label: str = ""
    # All of it as one text: the parts, then "Ask your doctor: ...".
    text: str = ""

    def sources(self) -> list[str]:
        out: list[str] = []
        for part in self.parts:
            if part.source and part.source not in out:
                out.append(part.source)
        return out


@dataclass(frozen=True)
class GridPoint:
    id: str
    kind: Literal["good", "bad"]
    row: str
    title: str
    text: str
    source: str


@dataclass(frozen=True)
class Column:
    id: str
    title: str
    summary: str
    cells: tuple[Cell, ...]
    good: tuple[GridPoint, ...]
    bad: tuple[GridPoint, ...]
    typed: bool
    hideable: bool

    def cell(self, row: str) -> Cell:
        return next(c for c in self.cells if c.row == row)


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, str], ...]  # (row id, row title)
    columns: tuple[Column, ...]
    # Titles of the options the patient hid.
    hidden: tuple[str, ...]

    def column(self, option_id: str) -> Column | None:
        return next((c for c in self.columns if c.id == option_id), None)

    def questions(self) -> list[str]:
        """Questions the grid adds to the question list, each once, in grid order."""
        out: list[str] = []
        for column in self.columns:
            for cell in column.cells:
                if cell.question and cell.question not in out:
                    out.append(cell.question)
        return out

    def option_title(self, option_id: str) -> str:
        column = self.column(option_id)
        return column.title if column else ""


# --- deriving the trial's facts ------------------------------------------------------------------
def phase_key(trial: TrialInfo) -> str:
    """The phase whose words fit this trial: the earliest of a combined phase 1/2 trial."""
    for key in ("early1", "1", "2", "3", "4", "na"):
        if key in trial.phases:
            return key
    return "unknown"


def has_control_group(trial: TrialInfo) -> bool:
    """True when chance may put the patient in a comparison group instead of the new one."""
    if trial.randomised is not True or len(trial.arms) < 2:
        return False
    comparison = {"active_comparator", "placebo_comparator", "sham_comparator", "no_intervention"}
    return any(a.type in comparison for a in trial.arms) or trial.placebo is True


def shows_randomisation(trial: TrialInfo) -> bool:
    """The randomisation picture only fits a randomised trial with 2 or more groups."""
    return trial.randomised is not False and len(trial.arms) != 1


def standard_care_arm(trial: TrialInfo) -> Arm | None:
    """The trial's standard-care group, when it compares a new treatment with standard care."""
    if trial.randomised is not True or len(trial.arms) < 2:
        return None
    for kind in ("active_comparator", "placebo_comparator", "no_intervention"):
        for arm in trial.arms:
            if arm.type == kind:
                return arm
    return None


def trial_considerations(content: ContentPack, trial: TrialInfo) -> tuple[list, list]:
    """(benefits, risks) of joining that apply to this trial (no comparison-group risk for a
    single-group trial)."""
    c = content.considerations
    keep = has_control_group(trial) or trial.is_empty()

    def applies(item: Consideration) -> bool:
        return item.only_if != "control_group" or keep

    return [b for b in c.benefits if applies(b)], [r for r in c.risks if applies(r)]


def how_likely(item: Consideration, trial: TrialInfo) -> str:
    """The "how likely" words for this trial's phase (phase 1 figures only for phase 1)."""
    return item.by_phase.get(phase_key(trial), item.how_likely)


def _number(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:g}"


def _arm_what(arm: Arm) -> str:
    if arm.interventions:
        return "; ".join(arm.interventions[:3])
    return " ".join(arm.description.split())[:160]


def _trial_source(t: TrialText, trial: TrialInfo) -> str:
    if trial.origin == "ctgov" and trial.registry_id.strip():
        return t.record_source.format(id=trial.registry_id.strip())
    return t.entered_source


class _Builder:
    def __init__(self, session: Session, content: ContentPack) -> None:
        self.s = session
        self.c = content
        self.o = content.options

    def cite(self, ids: list[str]) -> str:
        return self.c.cite(ids) if ids else ""

    def general(self, text: OptionText, row: str) -> list[CellPart]:
        cell = text.cell(row)
        return [CellPart(cell.text, self.cite(cell.sources))] if cell.text.strip() else []

    def finish(self, text: OptionText, row: str, parts: list[CellPart], known: bool) -> Cell:
        cell = text.cell(row)
        question = "" if known or not cell.ask else cell.ask
        return self.cell(row, parts, question, text.ask_label)

    def cell(self, row: str, parts: list[CellPart], question: str, ask_label: str) -> Cell:
        words = [p.text for p in parts]
        if question:
            words.append(self.o.ask_format.format(label=ask_label, question=question))
        label = ask_label if question else ""
        return Cell(row, tuple(parts), question, label, self.o.joiner.join(words))

    def typed_part(self, option_id: str, row: str) -> CellPart | None:
        typed = self.s.options.typed.get(option_id, {}).get(row, "").strip()
        return CellPart(typed, self.o.typed_source, "typed") if typed else None

    # --- columns ----------------------------------------------------------------------------
    def trial_column(self) -> Column:
        text = self.o.option("trial")
        trial = self.s.trial
        cells = [self.trial_cell(text, row, trial) for row in ROW_IDS]
        benefits, risks = trial_considerations(self.c, trial)
        good = tuple(self._consideration(i, "good", trial) for i in benefits)
        bad = tuple(self._consideration(i, "bad", trial) for i in risks)
        return Column(text.id, text.title, text.summary, tuple(cells), good, bad, False, False)

    def _consideration(self, item: Consideration, kind: str, trial: TrialInfo) -> GridPoint:
        body = f"{item.text} {how_likely(item, trial)}"
        return GridPoint(item.id, kind, item.row, item.title, body, self.cite(item.sources))

    def trial_cell(self, text: OptionText, row: str, trial: TrialInfo) -> Cell:
        t = self.o.trial
        src = _trial_source(t, trial)
        parts = self.general(text, row)
        known = False
        unknown_trial = trial.is_empty() or self.s.trial_unknown
        if row == "involves":
            if unknown_trial:
                parts.append(CellPart(t.not_entered, "", "note"))
            else:
                parts += self._involves(trial, src)
                known = bool(trial.arms) or bool(trial.phases)
        elif row in ("chance", "side_effects"):
            key = phase_key(trial)
            phase = t.phase(key)
            words = phase.chance if row == "chance" else phase.side_effects
            parts.append(CellPart(words, self.cite(phase.sources)))
            known = key != "unknown"
            # What the registry posted: the trial's own results, then earlier studies of the
            # same treatment (model/results_summary.py).
            studies = [] if unknown_trial else [(trial, False)]
            studies += [(study, True) for study in self.s.earlier]
            for study, earlier in studies:
                # Imported here: the session (and so the first window) needs this module's
                # answers, not the posted-results summary and the content it reads.
                from decisionaid.model.results_summary import grid_texts

                texts = grid_texts(study, earlier, self.c.pack.language)
                if texts:
                    said = texts[0] if row == "chance" else texts[1]
                    parts.append(CellPart(said, _trial_source(t, study), "trial"))
                    known = True
        elif row == "visits":
            line = self._visits(trial)
            if line:
                parts.append(CellPart(line, src, "trial"))
            if trial.distance_km is not None:
                parts.append(
                    CellPart(t.distance.format(km=_number(trial.distance_km)), src, "trial")
                )
            known = bool(line)
        elif row == "cost":
            if trial.covers.strip():
                covers = " ".join(trial.covers.split())
                parts.append(CellPart(t.covers.format(covers=covers), src, "trial"))
            known = True
        else:
            known = row != "afterwards"
        return self.finish(text, row, parts, known)

    def _involves(self, trial: TrialInfo, src: str) -> list[CellPart]:
        t = self.o.trial
        out: list[str] = []
        key = phase_key(trial)
        if key in t.phase_names and key != "na":
            out.append(t.phase_line.format(phase=t.phase_names[key]))
        arms = trial.arms
        if len(arms) == 1:
            out.append(t.groups_one.format(group=self._arm_text(arms[0], 0)))
        elif len(arms) > 1:
            items = "; ".join(self._arm_text(a, i) for i, a in enumerate(arms))
            out.append(t.groups_many.format(count=len(arms), groups=items))
        if trial.randomised is True and len(arms) != 1:
            out.append(t.randomised)
        elif trial.randomised is False and len(arms) > 1:
            out.append(t.not_randomised)
        if trial.placebo is True:
            out.append(t.placebo_yes)
        elif trial.placebo is False and len(arms) > 1:
            out.append(t.placebo_no)
        control = standard_care_arm(trial)
        if control is not None and has_control_group(trial):
            out.append(t.control_group.format(group=self._arm_name(control, arms.index(control))))
        return [CellPart(self.o.joiner.join(out), src, "trial")] if out else []

    def _arm_name(self, arm: Arm, index: int) -> str:
        labels = self.c.facts.randomisation.labels_for(index + 1)
        return " ".join(arm.label.split()) or labels[index]

    def _arm_text(self, arm: Arm, index: int) -> str:
        what = _arm_what(arm)
        name = self._arm_name(arm, index)
        return self.o.trial.group_item.format(name=name, what=what) if what else name

    def _visits(self, trial: TrialInfo) -> str:
        from decisionaid.model.registry.words import words

        t, w = self.o.trial, words(self.c.pack.language)
        v, m = trial.visits_per_month, trial.months
        if v is not None and m is not None:
            months, total = w.months(m, _number(m)), w.visits(v * m, _number(v * m))
            return t.visits_both.format(visits=_number(v), months=months, total=total)
        if v is not None:
            return t.visits_per_month.format(visits=_number(v))
        if m is not None:
            return t.visits_months.format(months=w.months(m, _number(m)))
        return ""

    def builtin_column(self, option_id: str) -> Column:
        text = self.o.option(option_id)
        cells = []
        for row in ROW_IDS:
            parts = self.general(text, row)
            known = False
            if option_id == "standard" and row == "involves":
                arm = standard_care_arm(self.s.trial)
                if arm is not None:
                    t = self.o.trial
                    index = self.s.trial.arms.index(arm)
                    what = _arm_what(arm) or self._arm_name(arm, index)
                    line = t.standard_group.format(group=self._arm_name(arm, index), what=what)
                    parts.append(CellPart(line, _trial_source(t, self.s.trial), "trial"))
            if option_id == "standard" and row == "chance":
                number = self.s.options.standard_number
                if number.complete():
                    line = self.o.doctor_number.format(
                        count=number.count,
                        outcome=number.outcome.strip(),
                        time_frame=number.time_frame.strip(),
                    )
                    line = " ".join(line.split()).replace(" .", ".")
                    parts.append(CellPart(line, self.o.typed_source, "typed"))
                    known = True
            typed = self.typed_part(option_id, row)
            if typed is not None:
                parts.append(typed)
                known = True
            cells.append(self.finish(text, row, parts, known))
        good = tuple(self._point(p, "good") for p in text.good)
        bad = tuple(self._point(p, "bad") for p in text.bad)
        return Column(
            text.id, text.title, text.summary, tuple(cells), good, bad, text.typed, text.hideable
        )

    def _point(self, point, kind: str) -> GridPoint:
        return GridPoint(
            point.id, kind, point.row, point.title, point.text, self.cite(point.sources)
        )

    def own_column(self, own: OwnOption) -> Column:
        o = self.o
        name = " ".join(own.name.split())
        cells = []
        for row in ROW_IDS:
            typed = self.typed_part(own.id, row)
            if typed is not None:
                cells.append(self.cell(row, [typed], "", ""))
            else:
                row_words = o.row_title(row).rstrip("?？")
                row_words = row_words[:1].lower() + row_words[1:]
                question = o.own_ask_cell.format(name=name, row=row_words)
                cells.append(self.cell(row, [], question, o.ask_doctor))
        good = self._own_point(own, "good", own.good, o.own_ask_good.format(name=name))
        bad = self._own_point(own, "bad", own.bad, o.own_ask_bad.format(name=name))
        return Column(own.id, name, o.own_summary, tuple(cells), (good,), (bad,), True, True)

    def _own_point(self, own: OwnOption, kind: str, typed: str, ask: str) -> GridPoint:
        typed = typed.strip()
        title = self.o.own_good if kind == "good" else self.o.own_bad
        if typed:
            return GridPoint(
                f"{own.id}:{kind}", kind, "involves", title, typed, self.o.typed_source
            )
        return GridPoint(f"{own.id}:{kind}", kind, "involves", title, ask, "")

    def build(self) -> Grid:
        hidden = set(self.s.options.hidden)
        columns = [self.trial_column()]
        for option_id in OPTION_IDS[1:]:
            if option_id not in hidden:
                columns.append(self.builtin_column(option_id))
        columns += [self.own_column(own) for own in self.s.options.own]
        rows = tuple((r.id, r.title) for r in self.o.rows)
        hidden_titles = tuple(self.o.option(i).title for i in OPTION_IDS if i in hidden)
        return Grid(rows, tuple(columns), hidden_titles)


def build_grid(session: Session, content: ContentPack) -> Grid:
    """The option grid for this session: the options shown, every row, every source."""
    return _Builder(session, content).build()


def leaning_title(session: Session, content: ContentPack, grid: Grid | None = None) -> str:
    """The title of the option the patient leans toward, "Not sure yet", or "" (no answer).

    A leaning toward an option that is now hidden or removed counts as no answer.
    """
    leaning = session.options.leaning
    if leaning == NOT_SURE:
        return content.options.guide.not_sure
    if not leaning:
        return ""
    grid = grid or build_grid(session, content)
    return grid.option_title(leaning)


def needs_with_steps(session: Session, content: ContentPack) -> list[tuple[str, str]]:
    """(need, next step) for each need the patient ticked, or signalled with a SURE "no"."""
    guide = session.guide
    out = []
    for need in content.options.guide.needs:
        ticked = guide.needs.get(need.id)
        if ticked is None:
            ticked = session.sure.get(need.sure) is False
        if ticked:
            step = guide.next_steps.get(need.id, "").strip() or need.next_step
            out.append((need.title, step))
    return out
