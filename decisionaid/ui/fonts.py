"""The program's own fonts in the window: the same faces as the PDF handout, on every computer.

`register()` adds every font listed in `resources/fonts/fonts.toml` to Qt's font database and
makes the application font the carried Latin family with the carried Chinese family as its
fallback, so a computer without DejaVu Sans or a Chinese font shows the same window. It is done
once, before the first window: the welcome page already shows "简体中文" in the language list.
benchmarks/fonts.py measures it: about 6 ms on an idle machine (nearly all for the 5 MB Chinese
collection), 44 ms on the 2-core test machine while it was heavily loaded (QApplication alone
then took 794 ms).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from decisionaid import resources

_families: dict[str, list[str]] | None = None


def register() -> dict[str, list[str]]:
    """Register the carried fonts once; returns role -> the font families Qt found."""
    global _families
    if _families is not None:
        return _families
    families: dict[str, list[str]] = {}
    for font in resources.fonts():
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id < 0:
            continue
        names = QFontDatabase.applicationFontFamilies(font_id)
        if names:
            # A collection lists each face; the manifest's index says which one is meant.
            name = names[font.index] if font.index < len(names) else names[0]
            families.setdefault(font.role, [])
            if name not in families[font.role]:
                families[font.role].append(name)
    _families = families
    order = families.get("latin", []) + families.get("cjk", [])
    if order:
        app_font = QApplication.font()
        app_font.setFamilies(list(dict.fromkeys(order)))
        QApplication.setFont(app_font)
    return families
