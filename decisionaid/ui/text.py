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


def is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char >= "\uff00"


def full_stop(text: str) -> str:
    """End a sentence with the full stop of its script ('.' or '。')."""
    if not text or text[-1] in ".!?:;)…。！？：；）”":
        return text
    return text + ("\u3002" if is_cjk(text[-1]) else ".")
