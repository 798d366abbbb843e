"""Reading the program's JSON files safely: one place for the checks every file type needs.

Each caller passes its own exception class, so messages stay specific ("… is not a trial
file") while the rules are the same:

- only regular files are read (never a pipe, a device such as /dev/zero, or a folder), and
  their size is checked before reading, so nothing waits forever or reads without end;
- PDFs and other binaries are refused, the text must be UTF-8 and valid JSON;
- huge integers, very long numbers, very long texts and deep nesting are refused while
  reading, with one line that says so;
- every text is made valid Unicode (lone surrogates become U+FFFD), so whatever is read can
  be saved again;
- the format version must be one this program can read. No Qt.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

from decisionaid.i18n import _
from decisionaid.safetext import valid_text

# No real file of this program holds numbers this long, texts this long or nesting this deep
# (ClinicalTrials.gov records nest about 8 levels; their longest texts are about 30,000
# characters).
MAX_NUMBER_CHARS = 40
MAX_TEXT_CHARS = 200_000
MAX_DEPTH = 40


def read_file(path: Path | str, max_bytes: int, error: type[Exception]) -> tuple[bytes, str]:
    """(bytes, file name) of the regular file `path`, read only if its size is within
    `max_bytes`. Anything else raises `error` with a one-line message."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer. It has no effect on files.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(_("{path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise error(_("{path} is a folder, not a file.").format(path=path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error(
                _("{path} is a link that leads round in a circle.").format(path=path)
            ) from None
        if exc.errno == errno.ENAMETOOLONG:
            raise error(_("The file name is too long.")) from None
        raise error(_unreadable(path, exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(_("{path} is a folder, not a file.").format(path=path))
        if not stat.S_ISREG(info.st_mode):
            raise error(
                _("{path} is not an ordinary file (it may be a device or a pipe).").format(
                    path=path
                )
            )
        if info.st_size > max_bytes:
            raise error(
                _("{name} is too large ({size} bytes) to be opened here.").format(
                    name=path.name, size=f"{info.st_size:,}"
                )
            )
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks), path.name
    except OSError as exc:
        raise error(_unreadable(path, exc)) from None
    finally:
        os.close(fd)


def _unreadable(path: Path, exc: OSError) -> str:
    return _("{path} cannot be read: {reason}.").format(path=path, reason=exc.strerror or exc)


class _Refused(Exception):
    """Raised inside json.loads hooks; turned into the caller's error."""


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(_("it holds a number that is far too long"))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(_("it holds a number that is far too long"))
    return float(text)


def _parse_constant(text: str) -> float:
    raise _Refused(_("it holds {text}, which is not a number").format(text=text))


def _check_and_clean(value: Any) -> Any:
    """Depth and text-length checks, and valid Unicode, without recursion."""
    root = [value]
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        container, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused(_("it is nested too deeply"))
        if isinstance(container, list):
            for i, item in enumerate(container):
                if isinstance(item, str):
                    if len(item) > MAX_TEXT_CHARS:
                        raise _Refused(_("it holds a text that is far too long"))
                    container[i] = valid_text(item)
                elif isinstance(item, (list, dict)):
                    stack.append((item, depth + 1))
        else:
            for key in list(container):
                item = container[key]
                good = valid_text(key)
                if len(key) > MAX_TEXT_CHARS:
                    raise _Refused(_("it holds a text that is far too long"))
                if isinstance(item, str):
                    if len(item) > MAX_TEXT_CHARS:
                        raise _Refused(_("it holds a text that is far too long"))
                    item = valid_text(item)
                elif isinstance(item, (list, dict)):
                    stack.append((item, depth + 1))
                if good != key:
                    del container[key]
                container[good] = item
    return root[0]


def decode_json(
    raw: bytes,
    name: str,
    what: str,
    error: type[Exception],
    max_bytes: int,
    damaged: str | None = None,
) -> Any:
    """Parsed JSON from `raw`, or `error` with a one-line message naming file `name`.
    `damaged`: the message for broken JSON, with {name}, {line} and {column}."""
    if len(raw) > max_bytes:
        raise error(_("{name} is too large to be {what}.").format(name=name, what=what))
    if raw.startswith(b"%PDF"):
        raise error(_("{name} is a PDF document, not {what}.").format(name=name, what=what))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(
            _("{name} is not {what} (it is not text).").format(name=name, what=what)
        ) from None
    if not text.strip():
        raise error(_("{name} is empty.").format(name=name))
    try:
        doc = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
        return _check_and_clean(doc)
    except json.JSONDecodeError as exc:
        message = damaged or _("{name} is damaged or incomplete (line {line}, column {column}).")
        raise error(message.format(name=name, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise error(_("{name} is damaged: it is nested too deeply.").format(name=name)) from None
    except _Refused as exc:
        raise error(_("{name} cannot be opened: {reason}.").format(name=name, reason=exc)) from None


def check_version(doc: dict, name: str, current: int, error: type[Exception]) -> int:
    """The file's format version, if this program can read it; otherwise `error`."""
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise error(_("{name} has no valid format version.").format(name=name))
    if version > current:
        raise error(
            _(
                "{name} was saved by a newer version of the program (format {version}). "
                "Please update Trial Decision Aid to open it."
            ).format(name=name, version=version)
        )
    if version < 1:
        raise error(
            _("{name} has an unknown format version ({version}).").format(
                name=name, version=version
            )
        )
    return version
