"""Private, atomic file writes. No Qt.

Files are written to a temporary file in the same folder, flushed and fsynced, then moved
over the target with `os.replace`. An interrupted write leaves the old file whole. Files are
created 0600 and folders made here 0700, so only the owner can read them.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from decisionaid.i18n import _


class WriteError(OSError):
    """A file could not be written. The message is meant for a person."""


def ensure_private_dir(path: Path | str) -> Path:
    """Make `path` (and any missing parents) 0700 whatever the umask, and return it.

    A symlink at `path` is refused, not followed: someone could plant one to read the
    patient's answers elsewhere. Raises WriteError with a message for a person.
    """
    path = Path(path)
    missing = []
    probe = path
    while not os.path.lexists(probe) and probe.parent != probe:
        missing.append(probe)
        probe = probe.parent
    try:
        for folder in reversed(missing):
            try:
                os.mkdir(folder, 0o700)
            except FileExistsError:
                pass
            # mkdir's mode is masked by the umask; chmod is not.
            os.chmod(folder, 0o700)
        info = os.lstat(path)
    except OSError as exc:
        raise WriteError(exc.errno, describe_os_error(exc, path / "x")) from exc
    if stat.S_ISLNK(info.st_mode):
        raise WriteError(
            errno.ELOOP,
            _(
                "For privacy, the program does not save through a link: {path} is a link to "
                "another place. Please remove the link."
            ).format(path=path),
        )
    if not stat.S_ISDIR(info.st_mode):
        raise WriteError(errno.ENOTDIR, _("{path} is not a folder.").format(path=path))
    if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == _uid():
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
    return path


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def make_private(path: Path | str) -> None:
    """chmod 0600 a file the program wrote through another library (Qt settings)."""
    try:
        if os.path.isfile(path) and not os.path.islink(path):
            os.chmod(path, 0o600)
    except OSError:
        pass


def describe_os_error(exc: OSError, target: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _(
            "The disk is full. Nothing was saved to {name}. Free some space and try again."
        ).format(name=target.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "This folder cannot be written to: {folder}. Please choose another folder."
        ).format(folder=target.parent)
    if exc.errno == errno.ENOTDIR:
        return _(
            "Cannot save there: {folder} is not a folder. Please choose another folder."
        ).format(folder=target.parent)
    if exc.errno == errno.ENOENT:
        return _("This folder does not exist: {folder}.").format(folder=target.parent)
    if exc.errno == errno.EISDIR:
        return _("{path} is a folder, not a file.").format(path=target)
    return _("Could not save {name}: {reason}.").format(
        name=target.name, reason=exc.strerror or exc
    )


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


def temp_leftovers(target: Path | str) -> list[Path]:
    """Temporary files `write_atomic(target, …)` left behind when the program was killed."""
    target = Path(target)
    try:
        return sorted(target.parent.glob(f".{target.name}.*.tmp"))
    except OSError:
        return []


def remove_temp_leftovers(target: Path | str) -> int:
    """Remove those leftovers (they may hold a patient's words). Returns how many."""
    removed = 0
    for leftover in temp_leftovers(target):
        try:
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
                removed += 1
        except OSError:
            continue
    return removed
