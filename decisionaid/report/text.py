"""Text as typed, made safe to print, and which characters are Chinese, Japanese or Korean.
No Qt, no reportlab."""

from __future__ import annotations

import unicodedata

# ------------------------------------------------------------------------------
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}


def clean_text(text: str) -> str:
    """Text as typed, made safe to print.

    Line breaks are normalised to "\\n"; tabs become spaces; other control characters (which
    have no printed form) are dropped; lone surrogates (possible in JSON) become U+FFFD.
    """
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        else:
            cat = unicodedata.category(ch)
            if cat == "Cc":
                continue
            if cat == "Cs":
                out.append("\ufffd")
            else:
                out.append(ch)
    return "".join(out)


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3000 <= cp <= 0x30FF  # CJK punctuation, kana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
        or 0x20000 <= cp <= 0x3FFFF
        or 0xAC00 <= cp <= 0xD7AF  # Hangul
    )
