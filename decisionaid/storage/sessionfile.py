"""Session files: versioned JSON, written atomically and privately. See docs/session-format.md."""

from __future__ import annotations

import json
from pathlib import Path

from decisionaid import __version__
from decisionaid.jsondoc import check_version, decode_json
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
    doc = decode_json(raw, name, "a saved session", SessionFileError, MAX_BYTES)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionFileError(f"{name} is not a Trial Decision Aid session.")
    check_version(doc, name, VERSION, SessionFileError)
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
