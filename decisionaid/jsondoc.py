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
        raise error(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise error(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error(f"{path} is a link that leads round in a circle.") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise error("The file name is too long.") from None
        raise error(f"{path} cannot be read: {exc.strerror or exc}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path} is not an ordinary file (it may be a device or a pipe).")
        if info.st_size > max_bytes:
            raise error(f"{path.name} is too large ({info.st_size:,} bytes) to be opened here.")
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
        raise error(f"{path} cannot be read: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)


class _Refused(Exception):
    """Raised inside json.loads hooks; turned into the caller's error."""


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused("it holds a number that is far too long")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused("it holds a number that is far too long")
    return float(text)


def _parse_constant(text: str) -> float:
    raise _Refused(f"it holds {text}, which is not a number")


def _check_and_clean(value: Any) -> Any:
    """Depth and text-length checks, and valid Unicode, without recursion."""
    root = [value]
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        container, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused("it is nested too deeply")
        if isinstance(container, list):
            for i, item in enumerate(container):
                if isinstance(item, str):
                    if len(item) > MAX_TEXT_CHARS:
                        raise _Refused("it holds a text that is far too long")
                    container[i] = valid_text(item)
                elif isinstance(item, (list, dict)):
                    stack.append((item, depth + 1))
        else:
            for key in list(container):
                item = container[key]
                good = valid_text(key)
                if len(key) > MAX_TEXT_CHARS:
                    raise _Refused("it holds a text that is far too long")
                if isinstance(item, str):
                    if len(item) > MAX_TEXT_CHARS:
                        raise _Refused("it holds a text that is far too long")
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
        doc = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
        return _check_and_clean(doc)
    except json.JSONDecodeError as exc:
        raise error(f"{name} {damaged} (line {exc.lineno}, column {exc.colno}).") from None
    except RecursionError:
        raise error(f"{name} is damaged: it is nested too deeply.") from None
    except _Refused as exc:
        raise error(f"{name} cannot be opened: {exc}.") from None


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
