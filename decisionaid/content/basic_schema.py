"""The content parts the first window reads: pack.toml, sources.toml, welcome.toml, about.toml.

They live apart from `schema.py` (which re-exports them) so that the app can show its Welcome
page without defining the dataclasses of every other part of the pack: `content/lazy.py`.
The parts of one text each (pack, welcome, about, how-to) are never compared, so they get no
generated `__eq__`/`__hash__` (each generated method is compiled when the class is made: the
first window waits for these classes).
No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from decisionaid.schema import require

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_iso_date(text: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD. (Worked out here: the datetime
    module is one more import before the first window, which needs no other date.)"""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    parts = text[:4], text[5:7], text[8:]
    if not all(p.isascii() and p.isdigit() for p in parts):
        return False
    year, month, day = (int(p) for p in parts)
    if not (year >= 1 and 1 <= month <= 12):
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 1 <= day <= _DAYS[month - 1] + (1 if month == 2 and leap else 0)


@dataclass(frozen=True, eq=False, repr=False)
class Pack:
    language: str
    name: str
    evidence_review: str
    content_version: str
    update_policy: str
    funding: str
    disclaimer: str

    def __post_init__(self) -> None:
        if not is_iso_date(self.evidence_review):
            raise ValueError("evidence_review must be a date like 2026-11-01")


@dataclass(frozen=True)
class Source:
    citation: str
    short: str
    year: int
    # V = checked against the primary source, S = reliable secondary, U = unverified.
    tag: str

    def __post_init__(self) -> None:
        require(self.tag in ("V", "S", "U"), f"tag must be V, S or U, not {self.tag!r}")
        require(1900 <= self.year <= 2100, f"year {self.year} is not plausible")


@dataclass(frozen=True)
class Sources:
    sources: dict[str, Source]


@dataclass(frozen=True, eq=False, repr=False)
class Welcome:
    title: str
    paragraphs: list[str]
    duration: str
    no_advice: str
    privacy: str


@dataclass(frozen=True, eq=False, repr=False)
class AboutSection:
    id: str
    title: str
    paragraphs: list[str]


@dataclass(frozen=True, eq=False, repr=False)
class HowTo:
    """ "How to use this program" (Help): a short guide in plain words, in sections."""

    title: str
    intro: str
    sections: list[AboutSection]

    def __post_init__(self) -> None:
        if not self.sections:
            raise ValueError("give at least one section")


@dataclass(frozen=True, eq=False, repr=False)
class About:
    """ "About this decision aid": who made and paid for it, the evidence, updates, reading
    level, and how it was developed and tested. {review}, {version} and {content_version}
    are filled in by `filled()`."""

    title: str
    welcome_line: str
    link: str
    sections: list[AboutSection]

    def filled(
        self, review: str, version: str, content_version: str
    ) -> list[tuple[str, list[str]]]:
        values = {"review": review, "version": version, "content_version": content_version}
        return [(s.title, [p.format(**values) for p in s.paragraphs]) for s in self.sections]
