"""Markup to plain text: registry fields may hold HTML, Markdown, entities and mojibake. No Qt.

Everything a registry sends is cut, cleaned and shown as plain text (never as rich text).
"""

from __future__ import annotations

import html
import re

# Very long free texts are cut before any processing.
MAX_RAW_TEXT = 200_000


_TAGS = (
    "a|abbr|b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|"
    "li|meta|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|"
    "script|style|iframe|object|embed|link|title|form|input|button|svg"
)
# Only known HTML tag names: "PSA <10 and >5" and "a<b" are left alone.
_TAG = re.compile(rf"</?(?:{_TAGS})(?:\s[^<>]{{0,500}})?/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<(?:br|/?p|/?div|/?li|/?tr|/?h[1-6])(?:\s[^<>]{0,500})?/?>", re.I)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|^=:%$&'\"])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_MOJIBAKE_HINT = re.compile(r"[ÂÃâ][\x80-\xbf\u0152-\u2122]")


def _fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as Windows-1252 ("â‰¥" -> "≥"), when that is certain."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return text


# Anything that may need more than collapsing whitespace: markup, entities, Markdown escapes
# and bold, non-breaking and zero-width spaces, control characters, possible mojibake.
_SPECIAL = re.compile(r"[<>&\\*\u00a0\u200b\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7fÂÃâ]")


def plain_text(value: str, keep_lines: bool = False) -> str:
    """Markup-free text: HTML tags removed, entities and Markdown escapes undone.

    With `keep_lines`, line breaks (and HTML line/paragraph tags) are kept as "\\n";
    otherwise all whitespace is collapsed to single spaces.
    """
    text = value[:MAX_RAW_TEXT]
    if not keep_lines and not _SPECIAL.search(text):
        # Most short fields (a city, a facility) hold no markup at all: a record with 1,148
        # sites has 3,444 of them.
        return " ".join(text.split())
    text = _fix_mojibake(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    # Entities such as &lt;b&gt; become tags only after unescaping: remove those too.
    text = _TAG.sub("", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = text.replace("**", "").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    if keep_lines:
        lines = [" ".join(line.split()) if line.strip() else "" for line in text.split("\n")]
        # Keep leading indentation of list items: it marks nesting, and is cheap to keep.
        indents = [len(line) - len(line.lstrip(" \t")) for line in text.split("\n")]
        return "\n".join(
            (" " * min(ind, 8) + line) if line else ""
            for line, ind in zip(lines, indents, strict=True)
        )
    return " ".join(text.split())


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
