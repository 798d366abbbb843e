"""Do two content packs say the same thing? Same keys, same sources, same numbers. No Qt.

A translation may word a fact in its own way, but it must not lose a key, cite another
source, or change a number. `compare(reference, other)` walks the raw TOML of both packs side
by side and reports, file by file and key by key:

- a key, a list item or a file that exists in one pack only;
- an identifier (ids, source lists, currency codes, phase names, tags, ...) that differs;
- a number value (percent, count, year, interval) that differs;
- a text whose `{placeholders}` differ (the program fills them in);
- a text whose numbers differ: every number written in digits ("13,847", "12.2", "2022")
  must appear in both versions of the text. Numbers written as words ("four", "两倍") are not
  counted, so a translation writes a digit exactly where the original has one.

Only the pack's own name and language tag, and the example person's country, may differ.
"""

from __future__ import annotations

import re
import string
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from decisionaid.content.loader import ContentIssue, _pack_files

# Keys whose text is an identifier, not prose: it must be the same in every language.
IDENTIFIER_KEYS = frozenset({"id", "sources", "currency", "letter", "phase", "tag", "examples"})
# (file, key) pairs that are meant to differ between languages: the pack's own name and tag,
# and where the invented example person lives (so each language shows its own currency).
LANGUAGE_KEYS = frozenset(
    {
        ("pack.toml", "language"),
        ("pack.toml", "name"),
        ("demo.toml", "country"),
        ("demo.toml", "currency"),
        # A date in the person's own words: "8 December" has no 12, "12月8日" has.
        ("demo.toml", "deadline"),
    }
)

# Tables whose keys are free names (the handout's words): no key there is an identifier.
FREE_TEXT_TABLES = ("words.",)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def numbers(text: str) -> set[str]:
    """The numbers written in digits in `text`, normalised: '13,847' -> '13847', '12.0' -> '12'.

    Full-width digits count as digits ('１２' -> '12').
    """
    found: set[str] = set()
    for match in _NUMBER.finditer(unicodedata.normalize("NFKC", text)):
        token = match.group()
        parts = [token.replace(",", "")] if _GROUPED.fullmatch(token) else token.split(",")
        for part in parts:
            if "." in part:
                whole, _, frac = part.partition(".")
                frac = frac.rstrip("0")
                part = f"{whole}.{frac}" if frac else whole
            found.add(part.lstrip("0") or "0")
    return found


def placeholders(text: str) -> set[str]:
    """The `str.format` fields of `text`: 'Page {page} of {pages}' -> {'page', 'pages'}."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return set()


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _compare(file: str, path: str, ref: Any, other: Any, key: str) -> Iterator[ContentIssue]:
    if (file, path) in LANGUAGE_KEYS:
        return
    if isinstance(ref, dict) and isinstance(other, dict):
        for k in ref:
            if k not in other:
                yield ContentIssue(file, _join(path, k), "missing here (the reference has it)")
        for k in other:
            if k not in ref:
                yield ContentIssue(file, _join(path, k), "only in this pack (not the reference)")
        for k in ref:
            if k in other:
                yield from _compare(file, _join(path, k), ref[k], other[k], k)
        return
    if isinstance(ref, list) and isinstance(other, list):
        if key in IDENTIFIER_KEYS:
            if ref != other:
                yield ContentIssue(file, path, f"{other!r} differs from the reference {ref!r}")
            return
        if len(ref) != len(other):
            yield ContentIssue(file, path, f"{len(other)} items here, {len(ref)} in the reference")
        for i, (a, b) in enumerate(zip(ref, other, strict=False)):
            yield from _compare(file, f"{path}[{i}]", a, b, key)
        return
    if isinstance(ref, str) and isinstance(other, str):
        if key in IDENTIFIER_KEYS and not path.startswith(FREE_TEXT_TABLES):
            if ref != other:
                yield ContentIssue(file, path, f"{other!r} differs from the reference {ref!r}")
            return
        if placeholders(ref) != placeholders(other):
            yield ContentIssue(
                file,
                path,
                "placeholders differ from the reference: "
                + ", ".join("{" + p + "}" for p in sorted(placeholders(other)))
                + " here, "
                + ", ".join("{" + p + "}" for p in sorted(placeholders(ref)))
                + " there",
            )
        a, b = numbers(ref), numbers(other)
        if a != b:
            parts = []
            if a - b:
                parts.append("missing here: " + ", ".join(sorted(a - b)))
            if b - a:
                parts.append("only here: " + ", ".join(sorted(b - a)))
            yield ContentIssue(
                file, path, "numbers differ from the reference (" + "; ".join(parts) + ")"
            )
        return
    if type(ref) is not type(other) and not (
        isinstance(ref, (int, float)) and isinstance(other, (int, float))
    ):
        yield ContentIssue(file, path, "a different kind of value than in the reference")
        return
    if ref != other:
        yield ContentIssue(file, path, f"{other!r} differs from the reference {ref!r}")


def _read(folder: Path, name: str) -> tuple[Any, str | None]:
    try:
        return tomllib.loads((folder / name).read_text(encoding="utf-8")), None
    except FileNotFoundError:
        return None, "file is missing"
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, f"not valid TOML: {exc}"


def compare(reference: Path, other: Path) -> list[ContentIssue]:
    """Every difference in keys, sources and numbers between two pack folders.

    Issues name the file and key in `other`; an empty list means the packs agree.
    """
    issues: list[ContentIssue] = []
    for stem in _pack_files():
        name = f"{stem}.toml"
        ref, ref_problem = _read(Path(reference), name)
        mine, problem = _read(Path(other), name)
        if problem:
            issues.append(ContentIssue(name, "", problem))
            continue
        if ref_problem:
            issues.append(ContentIssue(name, "", f"the reference pack's file: {ref_problem}"))
            continue
        issues.extend(_compare(name, "", ref, mine, ""))
    return issues
