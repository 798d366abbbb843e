"""Shape of `options.toml`: the options, the rows of the option grid, and their words.

Every option has the same rows (`ROW_IDS`) and at least one good and one bad point, so that
no option is described in less detail than another (IPDAS "equal detail"). Joining the trial
takes its good and bad points from `considerations.toml` (the Benefits and Risks steps); the
other options have their own here. The words for the trial's own column, which the program
fills in from the trial page, are templates in `[trial]`.

Any field named `sources` holds source ids that must exist in sources.toml (the loader checks).
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from decisionaid.schema import require

# The rows of the grid, in order. The session and the handout use these ids.
ROW_IDS: tuple[str, ...] = (
    "involves",
    "chance",
    "side_effects",
    "visits",
    "cost",
    "change_mind",
    "daily_life",
    "afterwards",
)
# The options every patient sees (unless they hide one). Patient-named options are added.
OPTION_IDS: tuple[str, ...] = ("trial", "standard", "other_trial", "comfort")
# Phases with their own words for the trial's column; "unknown" when the phase is not known.
PHASE_KEYS: tuple[str, ...] = ("early1", "1", "2", "3", "4", "na", "unknown")


@dataclass(frozen=True)
class GridRow:
    id: str
    title: str

    def __post_init__(self) -> None:
        require(self.id in ROW_IDS, f"unknown row {self.id!r}")


@dataclass(frozen=True)
class GridCell:
    """The general words of one option in one row.

    `ask`: the question to ask when nothing more specific is known (nothing typed, nothing in
    the trial's record). Then the cell says "Ask your doctor" (or "Ask the study team") and
    the question goes on the patient's question list.
    """

    row: str
    text: str = ""
    sources: list[str] = field(default_factory=list)
    ask: str = ""

    def __post_init__(self) -> None:
        require(self.row in ROW_IDS, f"unknown row {self.row!r}")
        require(bool(self.text.strip() or self.ask.strip()), f"cell {self.row!r} is empty")
        require(not self.text.strip() or bool(self.sources), f"cell {self.row!r} needs a source")


@dataclass(frozen=True)
class Point:
    """A good or a bad point of an option, rated on "What matters most to you"."""

    id: str
    # The grid row this point is about (so that every option has the same kinds of point).
    row: str
    title: str
    text: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(self.row in ROW_IDS, f"point {self.id!r}: unknown row {self.row!r}")
        require(bool(self.sources), f"point {self.id!r} needs a source")


@dataclass(frozen=True)
class OptionText:
    id: str
    title: str
    # One line: what this option is.
    summary: str
    cells: list[GridCell]
    # Empty for "trial": its points are the Benefits and Risks steps.
    good: list[Point] = field(default_factory=list)
    bad: list[Point] = field(default_factory=list)
    # Who to ask when a cell is not known: "Ask your doctor" / "Ask the study team".
    ask_label: str = ""
    # Whether the patient can type what their doctor said into this option's cells.
    typed: bool = True
    # Whether the patient may hide this option ("does not apply to me").
    hideable: bool = True

    def __post_init__(self) -> None:
        require(self.id in OPTION_IDS, f"unknown option {self.id!r}")
        rows = [c.row for c in self.cells]
        require(
            sorted(rows) == sorted(ROW_IDS),
            f"option {self.id!r} needs exactly one cell for each row {ROW_IDS}",
        )
        if self.id != "trial":
            require(bool(self.good) and bool(self.bad), f"option {self.id!r} needs good and bad")

    def cell(self, row: str) -> GridCell:
        return next(c for c in self.cells if c.row == row)


@dataclass(frozen=True)
class PhaseText:
    """What is and is not known for a trial of this phase (the trial's own column)."""

    phase: str
    chance: str
    side_effects: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(self.phase in PHASE_KEYS, f"unknown phase key {self.phase!r}")


@dataclass(frozen=True)
class TrialText:
    """Templates for the trial's column. {placeholders} are filled from the trial page."""

    not_entered: str
    phase_line: str
    # Phase key -> the words that go into `phase_line` ("a phase 2").
    phase_names: dict[str, str]
    groups_one: str
    groups_many: str
    group_item: str
    randomised: str
    not_randomised: str
    placebo_yes: str
    placebo_no: str
    control_group: str
    visits_both: str
    visits_per_month: str
    visits_months: str
    distance: str
    covers: str
    standard_group: str
    record_source: str
    entered_source: str
    phases: list[PhaseText]

    def __post_init__(self) -> None:
        keys = [p.phase for p in self.phases]
        require(
            sorted(keys) == sorted(PHASE_KEYS), f"phases needs one entry for each of {PHASE_KEYS}"
        )

    def phase(self, key: str) -> PhaseText:
        return next(p for p in self.phases if p.phase == key)


@dataclass(frozen=True)
class Need:
    """An Ottawa guide need (facts, values, support, certainty) with a suggested next step."""

    id: str
    # The SURE item that signals this need when answered "no".
    sure: str
    title: str
    next_step: str


@dataclass(frozen=True)
class GuideText:
    """The other steps of the Ottawa Personal Decision Guide, on "What matters most"."""

    weigh_title: str
    weigh_intro: str
    leaning_question: str
    not_sure: str
    deadline_title: str
    deadline_question: str
    role_title: str
    # Three labels: decide alone, share the decision, leave it to the doctor.
    roles: list[str]
    others_title: str
    others_intro: str
    pressure_question: str
    # Three labels: no pressure, some, a lot.
    pressure: list[str]
    needs_title: str
    needs_intro: str
    needs: list[Need]

    def __post_init__(self) -> None:
        require(len(self.roles) == 3, "roles needs exactly 3 labels")
        require(len(self.pressure) == 3, "pressure needs exactly 3 labels")
        require(len(self.needs) >= 3, "give at least 3 needs")


@dataclass(frozen=True)
class OptionsContent:
    title: str
    intro: str
    show_title: str
    show_intro: str
    hidden_note: str
    own_title: str
    own_intro: str
    own_summary: str
    own_good: str
    own_bad: str
    own_ask_good: str
    own_ask_bad: str
    own_ask_cell: str
    ask_doctor: str
    # "{label}: {question}"; and what goes between two sentences (" " in English).
    ask_format: str
    joiner: str
    typed_source: str
    typed_hint: str
    doctor_number: str
    doctor_number_hint: str
    good_title: str
    bad_title: str
    rows: list[GridRow]
    options: list[OptionText]
    trial: TrialText
    guide: GuideText

    def __post_init__(self) -> None:
        require([r.id for r in self.rows] == list(ROW_IDS), f"rows must be {ROW_IDS}, in order")
        require(
            [o.id for o in self.options] == list(OPTION_IDS),
            f"options must be {OPTION_IDS}, in order",
        )

    def option(self, option_id: str) -> OptionText:
        return next(o for o in self.options if o.id == option_id)

    def row_title(self, row_id: str) -> str:
        return next(r.title for r in self.rows if r.id == row_id)
