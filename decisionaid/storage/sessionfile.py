"""Session files: versioned JSON, written atomically and privately. See docs/session-format.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from decisionaid import __version__
from decisionaid.i18n import _
from decisionaid.jsondoc import check_version, decode_json, read_file
from decisionaid.languages import is_available, shown
from decisionaid.safetext import clean_data
from decisionaid.schema import SchemaError, from_data, to_data
from decisionaid.storage.files import write_atomic

if TYPE_CHECKING:
    # Made when a file is read: the first window has no session yet (ui/document.py).
    from decisionaid.model.session import Session

FORMAT = "trial-decision-aid-session"
# 2: "Your options" (options.*) and the Ottawa guide steps (guide.*) were added.
VERSION = 2
MAX_BYTES = 5_000_000


class SessionFileError(ValueError):
    """A session file could not be read. The message is one line, meant for a person."""


def dumps(session: Session, file: str | None = None) -> bytes:
    """The file's bytes. `file` (autosave only): the session file these answers belong to."""
    doc = {"format": FORMAT, "version": VERSION, "app_version": __version__}
    if file:
        doc["file"] = file
    # Text that cannot be written as UTF-8 (a lone surrogate) never makes a save fail.
    doc["session"] = clean_data(to_data(session))
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")


def loads(raw: bytes, name: str | None = None) -> Session:
    return _loads(raw, name or _("the file"))[0]


def _loads(raw: bytes, name: str) -> tuple[Session, dict]:
    doc = decode_json(raw, name, _("a saved session"), SessionFileError, MAX_BYTES)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SessionFileError(_("{name} is not a Trial Decision Aid session.").format(name=name))
    version = check_version(doc, name, VERSION, SessionFileError)
    data = _upgrade(doc.get("session"), version)
    if isinstance(data, dict) and "language" in data and not is_available(data["language"]):
        raise SessionFileError(
            _("{name} names a language this program does not have ({language}).").format(
                name=name, language=shown(data["language"])
            )
        )
    from decisionaid.model.session import Session

    try:
        session = from_data(Session, data, "session")
    except SchemaError as exc:
        raise SessionFileError(
            _("{name} is damaged: {problem}.").format(name=name, problem=exc)
        ) from None
    return session, {"file": doc.get("file")}


def _upgrade(data: object, version: int) -> object:
    """The session data of an older format version, in the current shape."""
    # Version 1 lacks options.* and guide.*: their defaults mean "not answered yet". Its
    # `leaning` was a scale about joining (0 definitely not ... 2 not sure ... 4 definitely):
    # 3-4 become "this trial", 2 "not sure". 0-1 named no option, so they become unanswered.
    if version >= 2 or not isinstance(data, dict) or "leaning" not in data:
        return data
    old = data["leaning"]
    if old is not None and not (type(old) is int and 0 <= old <= 4):
        return data  # not a leaning: refused below as damaged
    data = dict(data)
    data.pop("leaning")
    choice = {2: "not_sure", 3: "trial", 4: "trial"}.get(old)
    if choice and isinstance(data.get("options", {}), dict):
        data["options"] = {**data.get("options", {}), "leaning": choice}
    return data


def load(path: Path | str) -> Session:
    raw, name = read_file(path, MAX_BYTES, SessionFileError)
    return loads(raw, name)


def load_with_extra(path: Path | str) -> tuple[Session, dict]:
    """The session and the autosave's extra keys (`file`)."""
    raw, name = read_file(path, MAX_BYTES, SessionFileError)
    return _loads(raw, name)


def save(session: Session, path: Path | str) -> None:
    """Save atomically (0600). Raises storage.files.WriteError with a readable message."""
    write_atomic(Path(path), dumps(session))
