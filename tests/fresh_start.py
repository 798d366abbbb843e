"""Python code run in a new process as the program starts on a new computer: a fresh home
folder (settings, data and cache inside it), offscreen, from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def run_python(
    code: str, home: Path, env: dict[str, str] | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess:
    """Run `code` with `python -c` with `home` as its home; `env` adds or overrides."""
    full = dict(os.environ)
    full.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
    )
