"""Eligibility text to two readable lists: who can join, who cannot. No Qt."""

from __future__ import annotations

import re

from decisionaid.i18n import _
from decisionaid.model.registry.text import clip, plain_text

# Eligibility lists are capped so that a 20,000-character text stays readable on screen.
MAX_CRITERIA = 60
MAX_CRITERION_CHARS = 600


_BULLET = re.compile(
    r"""^(?:
        [*\-+–—]\s+                      # * item, - item, + item
      | [•·▪◦●○‣⁃■□➢►]\s*                # typographic bullets
      | \(?\d{1,3}[.)](?!\d)\s*          # 1. item, 1) item, (1) item (not 1.5 mg)
      | \(?[a-zA-Z][.)]\s+               # a. item, a) item
      | \(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]\s+  # i. item, iv) item
    )""",
    re.VERBOSE,
)
_INCLUDE_WORDS = re.compile(r"\binclu(?:sion|ded|de)\b|\beligible\b|纳入|入选|入组标准", re.I)
_EXCLUDE_WORDS = re.compile(
    r"\bexclu(?:sion|ded|de)\b|\bnot\s+eligible\b|\bineligible\b|排除", re.I
)
_HEADING_ONLY = re.compile(
    r"^(?:(?:key|main|major|general|other|additional|specific)\s+)?"
    r"(?:inclusion|exclusion)(?:\s+criteria)?(?:\s*\(.{0,60}\))?\s*[:：.]?$"
    r"|^(?:criteria\s+for\s+(?:inclusion|exclusion))\s*[:：]?$"
    r"|^(?:纳入|入选|排除)标准\s*[:：]?$",
    re.IGNORECASE,
)
# "Exclusion criteria: pregnant women" - a heading with its first item on the same line.
_HEADING_PREFIX = re.compile(
    r"^(?:(?:key|main|major|general|other|additional|specific)\s+)?"
    r"(inclusion|exclusion)(?:\s+criteria)?\s*[:：]\s*(\S.*)$"
    r"|^(纳入|入选|排除)标准\s*[:：]\s*(\S.*)$",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(?:[\s;,]+(?:and|or)\s*[;,]?|[;,])\s*$", re.IGNORECASE)


def _heading(line: str) -> str | None:
    """ "include" / "exclude" if the line is a criteria heading, else None."""
    text = line.strip().lstrip("#").strip().strip("*_ ").strip()
    if len(text) > 100:
        return None
    is_heading = bool(_HEADING_ONLY.match(text)) or (
        text.endswith((":", "：")) and not _BULLET.match(text)
    )
    if not is_heading:
        return None
    excl = _EXCLUDE_WORDS.search(text)
    incl = _INCLUDE_WORDS.search(text)
    if excl and not incl:
        return "exclude"
    if incl and not excl:
        return "include"
    if excl and incl:
        # "Exclusion criteria (patients included ...)": the first word decides.
        return "exclude" if excl.start() < incl.start() else "include"
    return None


def _tidy(item: str) -> str:
    item = " ".join(item.split())
    item = _TRAILING.sub("", item).strip()
    if item and item[0].islower():
        first_word = item.split(" ", 1)[0]
        # "pH", "mRNA", "qRT-PCR": do not capitalise words that carry their own capitals.
        if not any(ch.isupper() for ch in first_word):
            item = item[0].upper() + item[1:]
    return clip(item, MAX_CRITERION_CHARS)


def _cap(items: list[str]) -> list[str]:
    if len(items) <= MAX_CRITERIA:
        return items
    rest = len(items) - (MAX_CRITERIA - 1)
    return [
        *items[: MAX_CRITERIA - 1],
        _("… and {rest} more. See the registry for the full list.").format(rest=rest),
    ]


def split_eligibility(text: str) -> tuple[list[str], list[str]]:
    """Split free eligibility text into (who can join, who cannot join) readable items.

    Headings such as "Inclusion Criteria:" / "Exclusion Criteria:" switch the list; text
    before any heading counts as "who can join". Bullets and numbers start items; indented
    lines continue the previous item. Each list is capped at MAX_CRITERIA items of at most
    MAX_CRITERION_CHARS characters.
    """
    if not isinstance(text, str) or not text.strip():
        return [], []
    lists: dict[str, list[str]] = {"include": [], "exclude": []}
    section = "include"
    current: list[str] | None = None

    def flush() -> None:
        nonlocal current
        if current:
            item = _tidy(" ".join(current))
            if item:
                lists[section].append(item)
        current = None

    for raw_line in plain_text(text, keep_lines=True).split("\n"):
        stripped = raw_line.strip()
        if not stripped:
            flush()
            continue
        kind = _heading(stripped)
        if kind is not None:
            flush()
            section = kind
            continue
        if prefixed := _HEADING_PREFIX.match(stripped.strip("*_# ")):
            flush()
            word = (prefixed.group(1) or prefixed.group(3)).lower()
            section = "exclude" if word in ("exclusion", "排除") else "include"
            current = [prefixed.group(2) or prefixed.group(4)]
            continue
        bullet = _BULLET.match(stripped)
        if bullet:
            flush()
            current = [stripped[bullet.end() :]]
        elif current is not None and raw_line[:1].isspace():
            current.append(stripped)
        else:
            flush()
            current = [stripped]
    flush()
    return _cap(lists["include"]), _cap(lists["exclude"])
