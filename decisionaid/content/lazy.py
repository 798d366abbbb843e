"""A content pack read in parts, so that the first window does not wait for the whole pack.

The Welcome page shows only `pack.toml`, `welcome.toml` and `about.toml`. `StartPack` reads and
checks those three when it is made, exactly as `loader.load()` checks them (schema, ids, the
language of the folder, and that every file of a shipped pack is there). Anything else it is
asked for (`content.costs`, `content.source(...)`, ...) comes from the whole pack, which
`loader.load()` reads and validates as a whole (cached) the first time it is needed: when
another page is built, or earlier, in the background, once the first window is up
(`ui/preload.py`). It has every attribute and method of `ContentPack`. No Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from decisionaid.content.basic_schema import About, Pack, Welcome
from decisionaid.content.loader import (
    ContentError,
    ContentIssue,
    check_language,
    check_part,
    checked_folder,
    load,
    read_part,
)

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack

# The parts the first window reads, and their shapes.
FIRST_PARTS: dict[str, type] = {"pack": Pack, "welcome": Welcome, "about": About}


class StartPack:
    """The content of one language: the first window's parts now, the rest on first use."""

    def __init__(self, language: str) -> None:
        folder = checked_folder(language)
        if not folder.is_dir():
            raise ContentError([ContentIssue(str(folder), "", "folder not found")])
        issues = []
        for stem, cls in FIRST_PARTS.items():
            part, found = read_part(folder, stem, cls)
            if part is not None:
                # Source ids are checked with the whole pack (these parts cite none).
                found += check_part(stem, part, None)
                setattr(self, stem, part)
            issues += found
        if not issues:
            issues += check_language(folder, self.pack)
        if issues:
            raise ContentError(issues)
        self.language = language
        self.pack: Pack
        self.welcome: Welcome
        self.about: About

    def whole(self) -> ContentPack:
        """The whole pack, read and validated (once per language: `load` is cached)."""
        return load(self.language)

    def __getattr__(self, name: str) -> Any:
        # Only called for what __init__ did not set: every other part and method.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.whole(), name)

    def __repr__(self) -> str:
        return f"StartPack({self.language!r})"
