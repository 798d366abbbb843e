"""The languages this program has. A language is a tag (`en`, `zh-CN`), never a path. No Qt.

A session file, the settings or the command line can name a language. The name is checked
here before anything is looked up, so `"language": "/some/folder/en"` or a 100,000-character
name can never load content from another folder.
"""

from __future__ import annotations

import re
from functools import cache

from decisionaid import resources

# A BCP 47 tag of the simple kind used here: language, optional script, optional region.
_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?")


def is_tag(value: object) -> bool:
    """True for a well-formed tag such as `en` or `zh-CN` (checked before any lookup)."""
    return isinstance(value, str) and len(value) <= 12 and _TAG.fullmatch(value) is not None


@cache
def available() -> tuple[str, ...]:
    """Tags with a content pack or an interface translation in the program's resources."""
    found: set[str] = {"en"}
    try:
        found.update(tag for tag in resources.languages() if is_tag(tag))
    except OSError:
        pass
    try:
        for ts in resources.path("i18n").iterdir():
            stem = ts.name.rsplit(".", 1)[0]
            if stem.startswith("decisionaid_") and ts.suffix in (".ts", ".qm"):
                tag = stem[len("decisionaid_") :].replace("_", "-")
                if is_tag(tag):
                    found.add(tag)
    except OSError:
        pass
    return tuple(sorted(found))


def is_available(value: object) -> bool:
    return is_tag(value) and value in available()


def shown(value: object) -> str:
    """A bad language value, cut short and quoted, for a one-line message."""
    text = repr(value)
    return text if len(text) <= 24 else text[:20] + "\u2026"
