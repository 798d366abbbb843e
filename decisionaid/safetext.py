"""Text that can always be saved: every text is made valid Unicode where it enters. No Qt.

A lone UTF-16 surrogate ("\\ud800") can come from a JSON escape in a file or a registry
record, or from a broken paste. Python keeps it in a `str`, but it cannot be written as
UTF-8, so one such character would make every save fail. `valid_text` replaces each lone
surrogate with U+FFFD (the replacement character) and joins proper surrogate pairs.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from collections.abc import Iterator
from typing import Any

REPLACEMENT = "\ufffd"

_tally: contextvars.ContextVar[Tally | None] = contextvars.ContextVar("tally", default=None)


@dataclasses.dataclass
class Tally:
    """How many texts `valid_text` had to mend while it was counting."""

    replaced: int = 0


@contextlib.contextmanager
def counting() -> Iterator[Tally]:
    """Count the texts made valid inside the block, so the interface can say so once:

    with counting() as tally:
        session = sessionfile.load(path)
    if tally.replaced: ...
    """
    tally = Tally()
    token = _tally.set(tally)
    try:
        yield tally
    finally:
        _tally.reset(token)


def is_valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def valid_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (pairs are joined)."""
    if is_valid(text):
        return text
    tally = _tally.get()
    if tally is not None:
        tally.replaced += 1
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_data(value: Any) -> Any:
    """Plain JSON-like data (dicts, lists, strings) with every text made valid."""
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, list):
        return [clean_data(v) for v in value]
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    return value


def clean_in_place(obj: Any) -> int:
    """Make every text inside a dataclass tree valid, in place. Returns how many changed."""
    changed = 0
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str):
                if not is_valid(value):
                    setattr(obj, f.name, valid_text(value))
                    changed += 1
            else:
                changed += clean_in_place(value)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            if isinstance(value, str):
                if not is_valid(value):
                    obj[i] = valid_text(value)
                    changed += 1
            else:
                changed += clean_in_place(value)
    elif isinstance(obj, dict):
        for key in list(obj):
            value = obj[key]
            good_key = valid_text(key) if isinstance(key, str) else key
            if isinstance(value, str) and not is_valid(value):
                value = valid_text(value)
                changed += 1
            elif not isinstance(value, str):
                changed += clean_in_place(value)
            if good_key != key:
                del obj[key]
                changed += 1
            obj[good_key] = value
    return changed
