"""Load and validate a content pack: `resources/content/<lang>/*.toml`. No Qt.

Every problem is reported as a ContentIssue naming the file and the key. Unknown keys,
unknown files, missing files, wrong types, duplicate ids and dangling source references
are all errors.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from decisionaid import resources, tomlread
from decisionaid.schema import SchemaError, from_data

if TYPE_CHECKING:
    from decisionaid.content.schema import ContentPack


@dataclass(frozen=True)
class ContentIssue:
    file: str
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.key}" if self.key else self.file
        return f"{where}: {self.message}"


class ContentError(ValueError):
    def __init__(self, issues: list[ContentIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


# The files of a pack, in the order of ContentPack's fields (a test holds the two the same):
# known without importing the whole pack's shape.
PART_NAMES = (
    "pack",
    "sources",
    "welcome",
    "learn",
    "considerations",
    "quiz",
    "decide",
    "questions",
    "glossary",
    "facts",
    "costs",
    "handout",
    "demo",
    "registry",
    "options",
    "about",
    "howto",
)


def _pack_files() -> dict[str, type]:
    from typing import get_type_hints

    # The whole pack's shape: importing it defines every part's dataclasses (content/lazy.py
    # reads the first window's parts without it).
    from decisionaid.content.schema import ContentPack

    hints = {f.name: f.type for f in dataclasses.fields(ContentPack)}

    types_ = get_type_hints(ContentPack)
    return {name: types_[name] for name in hints}


def _walk_sources(obj: Any, path: str):
    """Yield (key path, source id) for every `sources` field in a content object."""
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            sub = f"{path}.{f.name}" if path else f.name
            if f.name == "sources" and isinstance(value, list):
                for i, sid in enumerate(value):
                    yield f"{sub}[{i}]", sid
            else:
                yield from _walk_sources(value, sub)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_sources(v, f"{path}[{i}]")


def _walk_ids(obj: Any, path: str):
    if dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            sub = f"{path}.{f.name}" if path else f.name
            if f.name == "id" and isinstance(value, str):
                yield sub, value
            else:
                yield from _walk_ids(value, sub)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_ids(v, f"{path}[{i}]")


def validate_dir(folder: Path) -> tuple[ContentPack | None, list[ContentIssue]]:
    folder = Path(folder)
    issues: list[ContentIssue] = []
    if not folder.is_dir():
        return None, [ContentIssue(str(folder), "", "folder not found")]
    files = _pack_files()
    parts: dict[str, Any] = {}
    for extra in sorted(p.name for p in folder.glob("*.toml")):
        if extra[:-5] not in files:
            issues.append(ContentIssue(extra, "", "unknown file (not part of a content pack)"))
    for stem, cls in files.items():
        part, found = read_part(folder, stem, cls)
        issues.extend(found)
        if part is not None:
            parts[stem] = part
    if issues:
        return None, issues

    known = parts["sources"].sources
    for stem, part in parts.items():
        issues.extend(check_part(stem, part, known))
    issues.extend(check_language(folder, parts["pack"]))
    if issues:
        return None, issues
    from decisionaid.content.schema import ContentPack

    return ContentPack(**parts), []


def read_part(folder: Path, stem: str, cls: type) -> tuple[Any | None, list[ContentIssue]]:
    """One file of a pack (`<stem>.toml`) read as `cls`: (the part, []) or (None, issues)."""
    name = f"{stem}.toml"
    file = folder / name
    try:
        raw = tomlread.loads(file.read_text(encoding="utf-8"), file)
    except FileNotFoundError:
        return None, [ContentIssue(name, "", "file is missing")]
    except (tomlread.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, [ContentIssue(name, "", f"not valid TOML: {exc}")]
    try:
        return from_data(cls, raw), []
    except SchemaError as exc:
        return None, [ContentIssue(name, exc.path, exc.message)]


def check_part(stem: str, part: Any, known_sources: dict[str, Any] | None) -> list[ContentIssue]:
    """A part's references: every source id is known (unless `known_sources` is None), no id is
    used twice."""
    issues = []
    for key, sid in _walk_sources(part, "") if known_sources is not None else ():
        if sid not in known_sources:
            issues.append(ContentIssue(f"{stem}.toml", key, f"unknown source {sid!r}"))
    seen: dict[str, str] = {}
    for key, item_id in _walk_ids(part, ""):
        if item_id in seen:
            issues.append(
                ContentIssue(f"{stem}.toml", key, f"duplicate id {item_id!r} (see {seen[item_id]})")
            )
        seen[item_id] = key
    return issues


def check_language(folder: Path, pack: Any) -> list[ContentIssue]:
    """The pack's language is the name of its folder (for the packs the program ships)."""
    lang = pack.language
    if lang != folder.name and folder.parent.name == "content":
        return [ContentIssue("pack.toml", "language", f"{lang!r} does not match folder")]
    return []


def load_dir(folder: Path) -> ContentPack:
    pack, issues = validate_dir(folder)
    if issues:
        raise ContentError(issues)
    assert pack is not None
    return pack


@cache
def load(language: str = "en") -> ContentPack:
    """The packaged content for `language` (cached). `language` is a tag, never a path.

    A file missing from a pack the program ships (English always, others once their folder
    exists) is a broken installation: `resources.ResourceError` names the file.
    """
    return load_dir(checked_folder(language))


def checked_folder(language: str) -> Path:
    """The folder of the packaged content for `language`, after the checks every load makes:
    `language` is a tag (never a path), and a pack the program ships has all of its files."""
    from decisionaid.languages import is_tag, shown

    if not is_tag(language):
        raise ContentError([ContentIssue("", "", f"{shown(language)} is not a language tag")])
    folder = resources.content_dir(language)
    if language == "en" or folder.is_dir():
        for stem in PART_NAMES:
            resources.require("content", language, f"{stem}.toml")
    return folder


@cache
def pack_name(language: str) -> str:
    """The name of the packaged content for `language` ("English", "简体中文"), read from its
    pack.toml alone: the Welcome page lists the languages without loading every pack.
    Raises ContentError (or resources.ResourceError) if the pack cannot be read."""
    from decisionaid.content.basic_schema import Pack
    from decisionaid.languages import is_tag, shown

    if not is_tag(language):
        raise ContentError([ContentIssue("", "", f"{shown(language)} is not a language tag")])
    file = resources.require("content", language, "pack.toml")
    try:
        pack = from_data(Pack, tomlread.loads(file.read_text(encoding="utf-8"), file))
    except (tomlread.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError([ContentIssue("pack.toml", "", f"not valid TOML: {exc}")]) from None
    except SchemaError as exc:
        raise ContentError([ContentIssue("pack.toml", exc.path, exc.message)]) from None
    return pack.name
