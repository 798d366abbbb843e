"""The patient's answers about the options (stored in the session): which options are hidden,
options the patient named, what the doctor said about each option, the standard-treatment
number, the leaning, and the other steps of the Ottawa Personal Decision Guide. No Qt.

A module of their own, apart from the option grid (`model/options.py`, which re-exports
them), so that making a session, as the first window does, needs neither the grid nor the
content it is built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from decisionaid.i18n import _
from decisionaid.schema import require

NOT_SURE = "not_sure"
MAX_OWN_OPTIONS = 4
MAX_OTHERS = 3
MAX_TEXT = 2000
Role = Literal["", "alone", "share", "doctor"]
ROLES: tuple[Role, ...] = ("alone", "share", "doctor")


@dataclass
class DoctorNumber:
    """ "About {count} in 100 people {outcome} {time_frame}", as the doctor said it."""

    count: int | None = None
    outcome: str = ""
    time_frame: str = ""

    def __post_init__(self) -> None:
        require(self.count is None or 0 <= self.count <= 100, _("count must be from 0 to 100"))

    def complete(self) -> bool:
        return self.count is not None and bool(self.outcome.strip())


@dataclass
class OwnOption:
    """An option the patient's doctor named (surgery now, watchful waiting, ...)."""

    id: str
    name: str
    good: str = ""
    bad: str = ""

    def __post_init__(self) -> None:
        require(
            self.id.startswith("own") and self.id[3:].isdigit(),
            _("bad option id {id!r}").format(id=self.id),
        )
        require(bool(self.name.strip()), _("an option needs a name"))


@dataclass
class OtherPerson:
    """Someone close to the patient: who, which option they prefer, and any pressure."""

    who: str = ""
    prefers: str = ""
    # 0 = no pressure, 1 = a little, 2 = a lot; None = not answered.
    pressure: int | None = None

    def __post_init__(self) -> None:
        require(self.pressure is None or 0 <= self.pressure <= 2, _("pressure must be 0, 1 or 2"))


@dataclass
class OptionAnswers:
    # Built-in options the patient or counselor hid ("does not apply").
    hidden: list[str] = field(default_factory=list)
    own: list[OwnOption] = field(default_factory=list)
    # Option id -> row id -> what the doctor said, typed by the patient or counselor.
    typed: dict[str, dict[str, str]] = field(default_factory=dict)
    # The number the doctor gave for standard treatment.
    standard_number: DoctorNumber = field(default_factory=DoctorNumber)
    # The option the patient leans toward (an option id), NOT_SURE, or "" (not answered).
    leaning: str = ""

    def __post_init__(self) -> None:
        if self.hidden or self.typed:
            # Only then: an empty answer (a new session) does not load the options' shape.
            from decisionaid.content.options_schema import OPTION_IDS, ROW_IDS
        for option_id in self.hidden:
            require(
                option_id in OPTION_IDS and option_id != "trial",
                _("cannot hide {option_id!r}").format(option_id=option_id),
            )
        require(
            len(self.own) <= MAX_OWN_OPTIONS,
            _("at most {max_own_options} own options").format(max_own_options=MAX_OWN_OPTIONS),
        )
        ids = [o.id for o in self.own]
        require(len(ids) == len(set(ids)), _("own options need different ids"))
        for option_id, rows in self.typed.items():
            for row in rows:
                require(
                    row in ROW_IDS,
                    _("typed.{option_id}: unknown row {row!r}").format(
                        option_id=option_id, row=row
                    ),
                )

    def next_own_id(self) -> str:
        used = {o.id for o in self.own}
        n = 1
        while f"own{n}" in used:
            n += 1
        return f"own{n}"


@dataclass
class Guide:
    """The other steps of the Ottawa Personal Decision Guide."""

    deadline: str = ""
    role: Role = ""
    others: list[OtherPerson] = field(default_factory=list)
    # Need id -> ticked.
    needs: dict[str, bool] = field(default_factory=dict)
    # Need id -> the patient's own next step (empty: the suggested one).
    next_steps: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        require(
            len(self.others) <= MAX_OTHERS,
            _("at most {max_others} people").format(max_others=MAX_OTHERS),
        )
