"""Reading the program's JSON files safely: one place for the checks every file type needs.

Each caller passes its own exception class, so messages stay specific ("… is not a trial
file") while the rules are the same: size limit, PDFs and other binaries refused, UTF-8 text,
valid JSON, and a format version that this program can read. No Qt.
"""

from __future__ import annotations

import json
from typing import Any


def decode_json(
    raw: bytes,
    name: str,
    what: str,
    error: type[Exception],
    max_bytes: int,
    damaged: str = "is damaged or incomplete",
) -> Any:
    """Parsed JSON from `raw`, or `error` with a one-line message naming file `name`."""
    if len(raw) > max_bytes:
        raise error(f"{name} is too large to be {what}.")
    if raw.startswith(b"%PDF"):
        raise error(f"{name} is a PDF document, not {what}.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(f"{name} is not {what} (it is not text).") from None
    if not text.strip():
        raise error(f"{name} is empty.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{name} {damaged} (line {exc.lineno}, column {exc.colno}).") from None
    except RecursionError:
        raise error(f"{name} is damaged: it is nested too deeply.") from None


def check_version(doc: dict, name: str, current: int, error: type[Exception]) -> int:
    """The file's format version, if this program can read it; otherwise `error`."""
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise error(f"{name} has no valid format version.")
    if version > current:
        raise error(
            f"{name} was saved by a newer version of the program (format {version}). "
            "Please update Trial Decision Aid to open it."
        )
    if version < 1:
        raise error(f"{name} has an unknown format version ({version}).")
    return version
