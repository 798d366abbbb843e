"""The interface's languages: Qt translators for the app's own strings and Qt's own.

A language tag ("zh-CN") maps to `resources/i18n/decisionaid_zh_CN.qm` (this app) and
`qtbase_zh_CN.qm` (Qt's standard dialogs and buttons, shipped in the PySide6 wheel).
English is the source language, but it has a small `decisionaid_en.qm` too: only the strings
with a count, so that Qt chooses "1 question" or "2 questions" (`tr(text, "", n)`).
Installing a translator makes Qt send a LanguageChange event to every widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from decisionaid import resources

_translators: list[QTranslator] = []
_current = "en"


def qm_name(language: str) -> str:
    """decisionaid_zh_CN.qm for "zh-CN"."""
    return f"decisionaid_{language.replace('-', '_')}.qm"


def has_translation(language: str) -> bool:
    """English needs none; any other language needs its compiled .qm."""
    return language == "en" or resources.path("i18n", qm_name(language)).is_file()


def translated_languages() -> list[str]:
    """Languages with a compiled translation of the interface ("zh-CN")."""
    found = resources.path("i18n").glob("decisionaid_*.qm")
    names = (p.stem.removeprefix("decisionaid_").replace("_", "-") for p in found)
    return sorted(name for name in names if name != "en")  # English: plural forms only


def interface_languages() -> list[str]:
    """Languages that have a content pack and (except English) a compiled translation."""
    return [lang for lang in resources.languages() if has_translation(lang)]


def _qt_translation_dirs() -> list[str]:
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6

        dirs.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    except (ImportError, TypeError):
        pass
    return dirs


def current_language() -> str:
    return _current


def install(app: QCoreApplication, language: str) -> bool:
    """Show the interface in `language`; True if its own translation was found.

    English removes every other translator and installs its plural forms (a missing
    `decisionaid_en.qm` only costs the singulars). Installing sends LanguageChange to all
    widgets.
    """
    global _current
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _current = "en"
    if language == "en":
        plurals = QTranslator(app)
        if plurals.load(str(resources.path("i18n", qm_name("en")))):
            app.installTranslator(plurals)
            _translators.append(plurals)
        return True
    locale = QLocale(language.replace("-", "_"))
    for folder in _qt_translation_dirs():
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt)
            _translators.append(qt)
            break
    own = QTranslator(app)
    if not own.load(str(resources.path("i18n", qm_name(language)))):
        return False
    app.installTranslator(own)
    _translators.append(own)
    _current = language
    return True
