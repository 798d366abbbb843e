"""Collect every piece of text a window shows: for the translation tests.

Walks labels, buttons, group boxes, line-edit placeholders, combo items, list items, tool
tips, accessible names and descriptions, the window title, the menus and their actions, and
the charts (their drawn text and their text equivalents).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}


def plain(text: str) -> str:
    """Rich text to plain text (tags dropped, entities decoded, mnemonics removed)."""
    text = _TAGS.sub(" ", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _mnemonic_free(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) pairs for one widget."""
    kind = type(widget).__name__
    out: list[tuple[str, str]] = []

    def add(what: str, text: str | None) -> None:
        if text:
            out.append((f"{kind}.{what}", text))

    add("toolTip", widget.toolTip())
    add("accessibleName", widget.accessibleName())
    add("accessibleDescription", widget.accessibleDescription())
    add("statusTip", widget.statusTip())
    add("whatsThis", widget.whatsThis())
    if widget.isWindow():
        add("windowTitle", widget.windowTitle())
    if isinstance(widget, QLabel):
        add("text", plain(widget.text()))
    elif isinstance(widget, QAbstractButton):
        add("text", _mnemonic_free(widget.text()))
    elif isinstance(widget, QGroupBox):
        add("title", _mnemonic_free(widget.title()))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        add("placeholderText", widget.placeholderText())
    elif isinstance(widget, QTextEdit):
        add("text", widget.toPlainText())
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            add(f"item[{i}]", widget.itemText(i))
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            add(f"item[{i}]", item.text())
            add(f"item[{i}].toolTip", item.toolTip())
    if isinstance(widget, QMenu):
        add("title", _mnemonic_free(widget.title()))
        for action in widget.actions():
            add("action", _mnemonic_free(action.text()))
            add("action.toolTip", action.toolTip() if action.toolTip() != action.text() else "")
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible():
                add("scene", item.toPlainText())
    text_equivalent = getattr(widget, "text_equivalent", None)
    if callable(text_equivalent):
        add("text_equivalent", text_equivalent())
    return out


def window_texts(window: QWidget) -> list[tuple[str, str]]:
    """Every text of `window` and all its children (hidden ones included)."""
    out = widget_texts(window)
    for child in window.findChildren(QWidget):
        out.extend(widget_texts(child))
    for menu in window.menuBar().findChildren(QMenu):
        out.extend(widget_texts(menu))
    return out
