"""The handout's language tag and dates. No Qt.

The handout's own words (headings, labels, short explanations) live in the content pack of
each language (`handout.toml`, `ContentPack.handout.words`), with the facts around them; dates
and money come from the one formatter (`decisionaid.formatting`).
"""

from __future__ import annotations


def pdf_language(language: str) -> str:
    """The BCP 47 tag for the PDF catalog: "en" or "zh-CN"."""
    return "zh-CN" if language.lower().replace("_", "-").startswith("zh") else "en"


def format_date(iso: str, language: str) -> str:
    """'2026-11-24' -> 'November 24, 2026' (en, US) or '2026年11月24日' (zh). Bad dates pass
    through. The same formatter as the screen (`decisionaid.formatting`)."""
    from decisionaid.formatting import formatter

    return formatter(language).date(iso)
