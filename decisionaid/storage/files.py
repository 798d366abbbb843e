"""Private, atomic file writes. No Qt.

Files are written to a temporary file in the same folder, flushed and fsynced, then moved
over the target with `os.replace`. An interrupted write leaves the old file whole. Files are
created 0600 and folders made here 0700, so only the owner can read them.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


class WriteError(OSError):
    """A file could not be written. The message is meant for a person."""


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def describe_os_error(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The disk is full. Nothing was saved to {target.name}. Free some space and try again."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"This folder cannot be written to: {target.parent}. Please choose another folder."
    if exc.errno == errno.ENOTDIR:
        return f"Cannot save there: {target.parent} is not a folder. Please choose another folder."
    if exc.errno == errno.ENOENT:
        return f"This folder does not exist: {target.parent}."
    if exc.errno == errno.EISDIR:
        return f"{target} is a folder, not a file."
    return f"Could not save {target.name}: {exc.strerror or exc}."


def write_atomic(target: Path | str, data: bytes) -> None:
    """Write `data` to `target` atomically with owner-only permissions."""
    target = Path(target)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise WriteError(exc.errno, describe_os_error(exc, target)) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
