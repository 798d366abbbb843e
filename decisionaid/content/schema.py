"""Content pack shape: one dataclass per TOML file. Field names are the allowed keys.

Any field named `sources` holds source ids that must exist in sources.toml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# The parts the first window reads have a module of their own (content/lazy.py); they are
# part of the pack's shape all the same, so they are importable from here too.
from decisionaid.content.basic_schema import (  # noqa: F401
    About,
    AboutSection,
    HowTo,
    Pack,
    Source,
    Sources,
    Welcome,
)
from decisionaid.content.costs_schema import CostsContent
from decisionaid.content.facts_schema import Facts
from decisionaid.content.options_schema import PHASE_KEYS, ROW_IDS, OptionsContent
from decisionaid.schema import require


@dataclass(frozen=True)
class Phase:
    phase: str
    name: str
    size: str
    purpose: str
    for_you: str
    sources: list[str]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    paragraphs: list[str]
    sources: list[str]


@dataclass(frozen=True)
class Learn:
    intro: str
    phases_title: str
    phases: list[Phase]
    sections: list[Section]


@dataclass(frozen=True)
class Consideration:
    """A good or bad point of joining the trial (Benefits and Risks steps)."""

    id: str
    title: str
    text: str
    # Used when the trial's phase is not known (or has no entry in `by_phase`).
    how_likely: str
    sources: list[str]
    # The option-grid row this point is about (options_schema.ROW_IDS).
    row: str = "involves"
    # "How likely" for a trial of this phase: keys early1, 1, 2, 3, 4, na.
    by_phase: dict[str, str] = field(default_factory=dict)
    # "control_group": only for a randomised trial with a comparison group.
    only_if: Literal["", "control_group"] = ""

    def __post_init__(self) -> None:
        require(self.row in ROW_IDS, f"{self.id}: unknown row {self.row!r}")
        for key in self.by_phase:
            require(key in PHASE_KEYS and key != "unknown", f"{self.id}: unknown phase {key!r}")


@dataclass(frozen=True)
class Considerations:
    benefits_intro: str
    risks_intro: str
    rating_question: str
    # Five labels, from "not at all" (0) to "a great deal" (4).
    rating_labels: list[str]
    benefits: list[Consideration]
    risks: list[Consideration]

    def __post_init__(self) -> None:
        require(len(self.rating_labels) == 5, "rating_labels needs exactly 5 labels")

    def item(self, item_id: str) -> Consideration | None:
        for c in (*self.benefits, *self.risks):
            if c.id == item_id:
                return c
        return None


@dataclass(frozen=True)
class QuizQuestion:
    id: str
    prompt: str
    choices: list[str]
    answer: int
    explanation: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(len(self.choices) >= 2, "a question needs at least 2 choices")
        require(0 <= self.answer < len(self.choices), "answer must point at one of the choices")


@dataclass(frozen=True)
class Quiz:
    intro: str
    questions: list[QuizQuestion]

    def __post_init__(self) -> None:
        require(6 <= len(self.questions) <= 8, "the quiz needs 6 to 8 questions")

    def answer_key(self) -> dict[str, int]:
        return {q.id: q.answer for q in self.questions}


@dataclass(frozen=True)
class SureItem:
    id: str
    letter: str
    text: str


@dataclass(frozen=True)
class Decide:
    intro: str
    sure_title: str
    sure_intro: str
    sure: list[SureItem]
    sure_low: str
    sure_ok: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(len(self.sure) == 4, "the SURE test has exactly 4 items")


@dataclass(frozen=True)
class SuggestedQuestion:
    id: str
    topic: str
    text: str


@dataclass(frozen=True)
class Questions:
    intro: str
    suggested: list[SuggestedQuestion]

    def text(self, qid: str) -> str | None:
        return next((q.text for q in self.suggested if q.id == qid), None)


@dataclass(frozen=True)
class Term:
    term: str
    definition: str


@dataclass(frozen=True)
class Glossary:
    terms: list[Term]


@dataclass(frozen=True)
class Handout:
    """The handout's own words (headings, labels, short explanations): key -> text with
    `str.format` placeholders. Every language has the same keys and placeholders."""

    words: dict[str, str]


@dataclass(frozen=True)
class DemoArm:
    label: str
    description: str
    interventions: list[str]


@dataclass(frozen=True)
class Demo:
    """The invented person and trial of the example session (`decisionaid demo-session`,
    screenshots), in this pack's language. The amounts are in `demo.py`, the same for all."""

    name: str
    cancer_type: str
    decides_with: str
    trial_title: str
    arms: list[DemoArm]
    site: str
    covers: str
    contact: str
    status: str
    own_questions: list[str]
    notes: str
    counselor: str
    clinic: str
    # A country id of costs.toml, and its currency.
    country: str
    currency: str
    # The option the person added, what the doctor said about standard care, and the guide.
    own_option: str
    standard_visits: str
    standard_side_effects: str
    deadline: str
    other_person: str


@dataclass(frozen=True)
class RegistryText:
    """What the program says about a trial's registry record (registry.toml).

    `text` holds one sentence pattern per key, with {named} fields filled in by
    `model/registry/words.py`. `cancer_sites` lists, per kind of cancer, the words that name
    it (in any language the patient may type, and the registry's own words), used only to
    prompt "check with your doctor" when a trial's conditions and the patient's cancer differ.
    """

    text: dict[str, str]
    cancer_sites: dict[str, list[str]]


@dataclass(frozen=True)
class ContentPack:
    """A whole language pack. Each field is loaded from `<field>.toml`."""

    pack: Pack
    sources: Sources
    welcome: Welcome
    learn: Learn
    considerations: Considerations
    quiz: Quiz
    decide: Decide
    questions: Questions
    glossary: Glossary
    facts: Facts
    costs: CostsContent
    handout: Handout
    demo: Demo
    registry: RegistryText
    options: OptionsContent
    about: About
    howto: HowTo

    def source(self, source_id: str) -> Source:
        return self.sources.sources[source_id]

    def cite(self, ids: list[str]) -> str:
        """'Cercek et al., NEJM 2022; Chihara et al., Lancet 2022'."""
        return "; ".join(f"{self.source(i).short} {self.source(i).year}" for i in ids)
