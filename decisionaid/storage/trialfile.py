"""Prepared trial files: a counselor saves a trial's details once and opens them for each patient.

Versioned JSON, written atomically with owner-only permissions. See docs/trial-format.md.
`load_any` also opens registry records: ClinicalTrials.gov (API v2 JSON), and the WHO ICTRP and
ChiCTR XML exports. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from decisionaid import __version__
from decisionaid.errors import UserError
from decisionaid.i18n import N_, _
from decisionaid.jsondoc import check_version, decode_json, read_file
from decisionaid.model.registry.ctgov import parse_ctgov
from decisionaid.model.registry.files import loads_xml, looks_like_xml
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.xmlsafe import MAX_XML_BYTES
from decisionaid.model.trial import TrialInfo
from decisionaid.safetext import clean_data
from decisionaid.schema import SchemaError, from_data, to_data
from decisionaid.storage.files import write_atomic

FORMAT = "trial-decision-aid-trial"
VERSION = 1
MAX_BYTES = 5_000_000
MAX_NOTE_CHARS = 20_000


class TrialFileError(UserError, ValueError):
    """A trial file could not be read. The message is one line, meant for a person."""


@dataclass(frozen=True)
class PreparedTrial:
    trial: TrialInfo
    prepared_by: str = ""
    notes: str = ""


def dumps(trial: TrialInfo, prepared_by: str = "", notes: str = "") -> bytes:
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "trial": to_data(trial),
        "prepared_by": prepared_by,
        "notes": notes,
    }
    doc = clean_data(doc)
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _decode(raw: bytes, name: str, what: str) -> Any:
    """JSON data from bytes, or TrialFileError. `what` names the expected kind of file."""
    return decode_json(raw, name, what, TrialFileError, MAX_BYTES)


def _prepared(doc: dict, name: str) -> PreparedTrial:
    check_version(doc, name, VERSION, TrialFileError)
    if "trial" not in doc:
        raise TrialFileError(_("{name} is damaged: it holds no trial.").format(name=_(name)))
    texts = {}
    for key in ("prepared_by", "notes"):
        value = doc.get(key, "")
        if not isinstance(value, str):
            raise TrialFileError(
                _("{name} is damaged: {key} should be text.").format(name=_(name), key=key)
            )
        texts[key] = value[:MAX_NOTE_CHARS]
    try:
        trial = from_data(TrialInfo, doc["trial"], "trial")
    except SchemaError as exc:
        raise TrialFileError(_("{name} is damaged: {exc}.").format(name=_(name), exc=exc)) from None
    return PreparedTrial(replace(trial, origin="prepared"), **texts)


def loads(raw: bytes, name: str = N_("The file")) -> PreparedTrial:
    """Read a prepared trial file from bytes. Raises TrialFileError."""
    doc = _decode(raw, name, _("a prepared trial file"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise TrialFileError(
            _("{name} is not a Trial Decision Aid trial file.").format(name=_(name))
        )
    return _prepared(doc, name)


def _read(path: Path | str, limit: int = MAX_BYTES) -> tuple[bytes, str]:
    return read_file(path, limit, TrialFileError)


def load_prepared(path: Path | str) -> PreparedTrial:
    """The trial with who prepared it and their notes. Raises TrialFileError."""
    raw, name = _read(path)
    return loads(raw, name)


def load_trial(path: Path | str) -> TrialInfo:
    """The trial in a prepared trial file (origin "prepared"). Raises TrialFileError."""
    return load_prepared(path).trial


def save_trial(path: Path | str, trial: TrialInfo, prepared_by: str = "", notes: str = "") -> None:
    """Save atomically with owner-only permissions (0600).

    Raises storage.files.WriteError (an OSError) with a message for a person.
    """
    write_atomic(Path(path), dumps(trial, prepared_by, notes))


def load_any(path: Path | str) -> list[TrialInfo]:
    """Trials from a prepared trial file or a registry record (one or more studies).

    Raises TrialFileError with a one-line message for anything else.
    """
    raw, name = _read(path, max(MAX_BYTES, MAX_XML_BYTES))
    if looks_like_xml(raw):
        try:
            return loads_xml(raw, name)
        except RecordError as exc:
            raise TrialFileError(str(exc)) from None
    doc = _decode(raw, name, _("a trial file"))
    if isinstance(doc, dict) and "format" in doc:
        if doc.get("format") != FORMAT:
            raise TrialFileError(
                _(
                    "{name} is not a trial file. It may be a saved session or another kind of file."
                ).format(name=_(name))
            )
        return [_prepared(doc, name).trial]
    looks_like_ctgov = (
        isinstance(doc, dict) and ("protocolSection" in doc or "studies" in doc)
    ) or (
        isinstance(doc, list)
        and bool(doc)
        and isinstance(doc[0], dict)
        and "protocolSection" in doc[0]
    )
    if not looks_like_ctgov:
        raise TrialFileError(
            _("{name} is neither a prepared trial file nor a registry record.").format(name=_(name))
        )
    try:
        return parse_ctgov(doc)
    except RecordError as exc:
        message = str(exc)
        record = _("The record")
        if message.startswith(record):
            message = _(name) + message[len(record) :]
        raise TrialFileError(message) from None
