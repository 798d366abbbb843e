"""Small pieces of punctuation that differ between languages ("a: b", lists, sentence ends).

Chinese uses full-width marks (：；、。), so these go through the translation files too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def labelled(label: str, value: str) -> str:
    """'Travel: $30' / '路费：30 元'."""
    return QCoreApplication.translate("Text", "{0}: {1}").format(label, value)


def join_items(items: Iterable[str]) -> str:
    """Items of a list inside a sentence: 'a; b' / 'a；b'."""
    return QCoreApplication.translate("Text", "; ").join(items)


def join_commas(items: Iterable[str]) -> str:
    """A short list: 'a, b' / 'a、b'."""
    return QCoreApplication.translate("Text", ", ").join(items)


def full_stop(text: str) -> str:
    """End a sentence with the interface language's full stop ('.' or '。')."""
    if not text or text[-1] in ".!?:;)…。！？：；）”":
        return text
    return text + QCoreApplication.translate("Text", ".")


def sentences(*parts: str) -> str:
    """Sentences one after another: a space between them in English, none in Chinese."""
    pair = QCoreApplication.translate("Text", "{0} {1}")  # not " ": Qt drops an empty translation
    text = ""
    for part in (p for p in parts if p):
        text = pair.format(text, part) if text else part
    return text


def plural_n(value: float | int) -> int:
    """The number that chooses a plural form in `tr(text, "", n)` for a count that may not be
    whole ("2.5 months"). Qt chooses by a whole number; a part-number takes the plural form
    (CLDR "other" in English and Chinese), so it stands in as 2. The text shows the real
    value through its own {0}."""
    value = float(value)
    return int(value) if value.is_integer() and abs(value) < 2**31 else 2
