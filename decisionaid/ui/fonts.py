"""The program's own fonts in the window: the same faces as the PDF handout, on every computer.

`register()` adds the fonts listed in `resources/fonts/fonts.toml` to Qt's font database and
makes the application font the carried Latin family with the carried Chinese family as its
fallback, so a computer without DejaVu Sans or a Chinese font shows the same window. The app
registers what its first window shows before it (`roles_for` its language: the Chinese
collection only for a Chinese window) and the rest just after that window is painted; the
English welcome page shows "简体中文" only when its language list is opened. Every other
caller (screenshots, tests, benchmarks) registers them all at once.
benchmarks/fonts.py measures it: about 6 ms on an idle machine (nearly all for the 5 MB Chinese
collection), 44 ms on the 2-core test machine while it was heavily loaded (QApplication alone
then took 794 ms).
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from decisionaid import resources

# role -> the font families Qt found, for the roles registered so far.
_families: dict[str, list[str]] = {}
_done: set[str] = set()


def roles_for(language: str) -> set[str]:
    """The roles a window in `language` shows at once: Latin always, Chinese for Chinese.
    (An English welcome page shows no Chinese until the language list is opened.)"""
    roles = {"latin", "latin-bold"}
    if language.lower().startswith("zh"):
        roles |= {"cjk", "cjk-bold"}
    return roles


def register(roles: set[str] | None = None) -> dict[str, list[str]]:
    """Register the carried fonts of `roles` (every role if None), each font once, and make
    the application font the Latin family with the Chinese one as its fallback; returns
    role -> the font families Qt found, for every role registered so far. The app registers
    what its first window needs before it, and the rest just after it is painted."""
    added = False
    for font in resources.fonts():
        key = f"{font.role}:{font.path.name}:{font.index}"
        if key in _done or (roles is not None and font.role not in roles):
            continue
        _done.add(key)
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id < 0:
            continue
        names = QFontDatabase.applicationFontFamilies(font_id)
        if names:
            # A collection lists each face; the manifest's index says which one is meant.
            name = names[font.index] if font.index < len(names) else names[0]
            _families.setdefault(font.role, [])
            if name not in _families[font.role]:
                _families[font.role].append(name)
                added = True
    order = _families.get("latin", []) + _families.get("cjk", [])
    if added and order:
        app_font = QApplication.font()
        app_font.setFamilies(list(dict.fromkeys(order)))
        QApplication.setFont(app_font)
    return _families
