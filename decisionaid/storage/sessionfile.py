"""Session files: versioned JSON, written atomically and privately. See docs/session-format.md."""

from __future__ import annotations

import json
from pathlib import Path

from decisionaid import __version__
from decisionaid.model.session import Session
from decisionaid.schema import SchemaError, from_data, to_data
from decisionaid.storage.files import write_atomic

FORMAT = "trial-decision-aid-session"
VERSION = 1
MAX_BYTES = 5_000_000


class SessionFileError(ValueError):
    """A session file could not be read. The message is one line, meant for a person."""


def dumps(session: Session) -> bytes:
    doc = {"format": FORMAT, "version": VERSION, "app_version": __version__}
    doc["session"] = to_data(session)
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def loads(raw: bytes, name: str = "the file") -> Session:
    if len(raw) > MAX_BYTES:
        raise SessionFileError(f"{name} is too large to be a session file.")
    if raw.startswith(b"%PDF"):
        raise SessionFileError(f"{name} is a PDF document, not a saved session.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SessionFileError(f"{name} is not a saved session (it is not text).") from None
    if not text.strip():
        raise SessionFileError(f"{name} is empty.")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionFileError(
            f"{name} is damaged or incomplete (line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise SessionFileError(f"{name} is damaged: it is nested too deeply.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionFileError(f"{name} is not a Trial Decision Aid session.")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SessionFileError(f"{name} has no valid format version.")
    if version > VERSION:
        raise SessionFileError(
            f"{name} was saved by a newer version of the program (format {version}). "
            "Please update Trial Decision Aid to open it."
        )
    if version < 1:
        raise SessionFileError(f"{name} has an unknown format version ({version}).")
    try:
        return from_data(Session, doc.get("session"), "session")
    except SchemaError as exc:
        raise SessionFileError(f"{name} is damaged: {exc}.") from None


def load(path: Path | str) -> Session:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise SessionFileError(f"{path} is a folder, not a session file.") from None
    except OSError as exc:
        raise SessionFileError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    return loads(raw, path.name)


def save(session: Session, path: Path | str) -> None:
    """Save atomically (0600). Raises storage.files.WriteError with a readable message."""
    write_atomic(Path(path), dumps(session))
