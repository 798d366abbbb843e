"""The Qt-free core's messages in the user's language: a gettext catalogue that Babel manages.

The widgets speak through Qt's `tr()` and the `.ts`/`.qm` files; the content through the
content packs. Everything else the core says (the trial summary, cost and session checks,
file errors, the command line) is marked in the code with `_()` (or `ngettext()` where a
number decides the form, or `N_()` for a table of texts that is translated where it is used)
and translated in `resources/i18n/core/<locale>.po`:

    make i18n    # pybabel extract -> messages.pot, then pybabel update -> zh_CN.po

The catalogue is read from the `.po` file on first use (Babel compiles it in memory), so there
is no build step and no stale `.mo`. `set_language()` chooses the language for the whole
process: the app calls it when the language changes, the command line from its `--language`
option or the session's language. English needs no catalogue. No Qt.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from decisionaid import resources

if TYPE_CHECKING:
    import gettext

CATALOGUE_DIR = ("i18n", "core")
# Content language tag -> catalogue locale.
CATALOGUES = {"zh-CN": "zh_CN"}

_language = "en"


def catalogue_locale(language: str) -> str | None:
    """'zh-CN' (or 'zh', 'zh_CN', 'zh-Hans') -> 'zh_CN'; English and unknown tags -> None."""
    tag = language.replace("_", "-").lower()
    if tag.startswith("zh"):
        return CATALOGUES["zh-CN"]
    return None


def set_language(language: str) -> None:
    """Speak `language` from now on ("en", "zh-CN")."""
    global _language
    _language = language or "en"


def current_language() -> str:
    return _language


class _Source:
    """The source language (English): every message as written. The same two methods as
    gettext's translations, without loading gettext (which compiles regular expressions on
    import) before the first window."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural


@cache
def translations(language: str) -> gettext.NullTranslations | _Source:
    """The compiled catalogue for `language`; English (the source language) needs none.

    A missing or unreadable catalogue falls back to English rather than stop the program.
    """
    locale = catalogue_locale(language)
    if locale is None:
        return _Source()
    import gettext
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with resources.path(*CATALOGUE_DIR, f"{locale}.po").open("rb") as fh:
            catalog = read_po(fh, locale=locale)
    except (OSError, ValueError):
        return gettext.NullTranslations()
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def _(message: str) -> str:
    """`message` in the current language."""
    return translations(_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for the number `n`, by the language's plural rules."""
    return translations(_language).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark `message` for translation without translating it here (tables of texts)."""
    return message
