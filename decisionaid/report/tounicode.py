"""A fix for reportlab's ToUnicode CMap, so that text copied from the handout (and read by
screen readers and pypdf) keeps characters beyond U+FFFF: emoji and rare Chinese characters.

`install()` replaces reportlab's `ttfonts.makeToUnicodeCMap` with `to_unicode_cmap`, which
writes such characters as UTF-16BE surrogate pairs, as the PDF standard requires (reportlab
5.1 writes five hex digits). No Qt.
"""

from __future__ import annotations


def _utf16_hex(cp: int) -> str:
    if cp <= 0xFFFF:
        return f"{cp:04X}"
    return chr(cp).encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji, rare Chinese
    characters) written as UTF-16BE surrogate pairs as the PDF standard requires. reportlab
    5.1 writes them as five hex digits, so readers and copy-paste lose them."""
    entries = [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def install() -> None:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = to_unicode_cmap
