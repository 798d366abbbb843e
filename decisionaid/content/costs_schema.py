"""Shape of `costs.toml`: the words on the "Costs and subsidies" page (and in the PDF).

An intro, paragraphs on routine care versus research costs, general notes, and notes per
country. Every note names its sources. A note that rests on an unconfirmed source (tag "U" in
sources.toml) says so in its own words; the page can also mark it, by checking the tag with
`ContentPack.source(id).tag`. A country may have no notes: then `no_notes` is shown.

Any field named `sources` holds source ids that must exist in sources.toml (the loader checks).
No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from decisionaid.schema import require

_CURRENCY = re.compile(r"[A-Z]{3}")
_COUNTRY_ID = re.compile(r"[A-Z]{2}|other")


@dataclass(frozen=True)
class CostNote:
    id: str
    text: str
    sources: list[str]

    def __post_init__(self) -> None:
        require(bool(self.text.strip()), f"note {self.id!r} has no text")
        require(bool(self.sources), f"note {self.id!r} needs at least one source")


@dataclass(frozen=True)
class CostCountry:
    # A two-letter country code such as "US", "CN", "UK", or "other". Stored in the session
    # (CostInputs.country).
    id: str
    name: str
    # ISO 4217 code such as "USD"; "" means: use the user's own locale.
    currency: str
    # May be empty: no checked facts for this country yet.
    notes: list[CostNote]

    def __post_init__(self) -> None:
        require(
            bool(_COUNTRY_ID.fullmatch(self.id)),
            f"country id must be two capital letters or 'other', not {self.id!r}",
        )
        require(
            self.currency == "" or bool(_CURRENCY.fullmatch(self.currency)),
            f"currency must be a 3-letter ISO code such as USD, or empty, not {self.currency!r}",
        )


@dataclass(frozen=True)
class RoutineResearch:
    """Who pays for what: routine care versus research-only costs."""

    title: str
    paragraphs: list[str]
    sources: list[str]

    def __post_init__(self) -> None:
        require(bool(self.paragraphs), "routine_research needs at least one paragraph")


@dataclass(frozen=True)
class CostsContent:
    title: str
    intro: str
    routine_research: RoutineResearch
    notes_title: str
    notes: list[CostNote]
    countries_title: str
    countries: list[CostCountry]
    # Shown for a country that has no notes (no checked facts for it yet).
    no_notes: str

    def __post_init__(self) -> None:
        ids = [c.id for c in self.countries]
        require(len(ids) == len(set(ids)), "each country id must appear once")
        require("other" in ids, "the countries need an 'other' entry")

    def country(self, country_id: str) -> CostCountry | None:
        return next((c for c in self.countries if c.id == country_id), None)

    def country_ids(self) -> list[str]:
        return [c.id for c in self.countries]
