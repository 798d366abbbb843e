"""TOML files read as `tomllib.loads` reads them, with the few the first window reads parsed
ahead of time. No Qt.

Importing tomllib compiles its regular expressions and imports datetime: about 5 ms of the
start, before the first window (benchmarks/startup.py), for a few small files (the fonts'
manifest, and the pack.toml, welcome.toml and about.toml of each language). Their parsed
data is kept in `resources/parsed-toml.marshal` (`FILE`), each entry with the exact text it was
parsed from. An entry is used only when the file's text is still exactly that text, so the
answer is always what tomllib gives: a file edited since, a missing or damaged cache, or another
Python whose marshal cannot read it, all parse the text with tomllib. `python -m
decisionaid.tomlread` (`make toml-cache`) writes the cache again; tests/test_tomlread.py fails
while it is out of date.
"""

from __future__ import annotations

import marshal
from functools import cache
from pathlib import Path
from typing import Any

FILE = "parsed-toml.marshal"  # in the resources folder

# The files the first window reads, relative to the resources folder ("*": every language).
FIRST_WINDOW = (
    "fonts/fonts.toml",
    "content/*/pack.toml",
    "content/*/welcome.toml",
    "content/*/about.toml",
)


def __getattr__(name: str) -> Any:
    # `except tomlread.TOMLDecodeError:` imports tomllib only when an error is being handled.
    if name == "TOMLDecodeError":
        import tomllib

        return tomllib.TOMLDecodeError
    raise AttributeError(name)


def loads(text: str, file: Path | None = None) -> dict[str, Any]:
    """`tomllib.loads(text)`; from the cache when `file` (the file `text` was read from) has
    an entry there for exactly this text. Each call returns new objects."""
    if file is not None:
        data = _from_cache(file, text)
        if data is not None:
            return data
    import tomllib

    return tomllib.loads(text)


def _from_cache(file: Path, text: str) -> dict[str, Any] | None:
    from decisionaid import resources

    try:
        root = resources.root()
        key = file.resolve().relative_to(root.resolve()).as_posix()
        entry = marshal.loads(_cache_bytes(root)).get(key)
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        return None  # no cache, or one this Python cannot read: tomllib reads the file
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == text:
        return entry[1]
    return None


@cache
def _cache_bytes(root: Path) -> bytes:
    """The cache file, read once per resources folder (each `loads` unmarshals it afresh, so
    every caller gets new objects)."""
    return (root / FILE).read_bytes()


def build(root: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """The cache's entries for the resources folder `root`: path -> (text, parsed data)."""
    import tomllib

    entries: dict[str, tuple[str, dict[str, Any]]] = {}
    for pattern in FIRST_WINDOW:
        for path in sorted(root.glob(pattern)):
            text = path.read_text(encoding="utf-8")
            entries[path.relative_to(root).as_posix()] = (text, tomllib.loads(text))
    return entries


def main() -> int:
    from decisionaid import resources

    root = resources.root()
    entries = build(root)
    (root / FILE).write_bytes(marshal.dumps(entries))
    print(f"{root / FILE}: {len(entries)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
