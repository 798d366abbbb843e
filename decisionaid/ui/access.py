"""Accessibility rules that hold for every widget of a kind, wherever it is built.

The editor inside a spin box or an editable combo box is a widget of its own to a screen
reader, and Qt leaves it nameless. It gets its box's name (and description) when the box is
polished; the wheel rule's polish hook (ui/wheel.py) calls `name_editor` for each answer
widget, so no page has to remember it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def name_editor(box: QWidget) -> None:
    """Give a spin box's or editable combo box's line edit the box's accessible name."""
    if not isinstance(box, (QAbstractSpinBox, QComboBox)):
        return
    edit = box.lineEdit()
    if edit is None:
        return
    if box.accessibleName() and edit.accessibleName() != box.accessibleName():
        edit.setAccessibleName(box.accessibleName())
    if box.accessibleDescription() and not edit.accessibleDescription():
        edit.setAccessibleDescription(box.accessibleDescription())
