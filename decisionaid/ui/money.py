"""Money on screen: the same Qt-free formatter as the handout (`decisionaid.formatting`).

The locale is the content language with Qt's system locale (the country, and separators where
CLDR knows the pair), exactly as the handout and the command line work it out, so the costs
page, the summary page and the printed handout show the same strings.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from decisionaid.formatting import Formatter, formatter


def system_locale() -> str:
    """Qt's default locale name ('en_US', 'de_DE'); 'C' is passed on as ''."""
    return locale_of(QLocale().name())


def locale_of(qt_name: str) -> str:
    """A name from QLocale as the formatter takes it: 'C' (no locale) is ''."""
    return "" if qt_name in ("C", "") else qt_name


def _formatter(language: str) -> Formatter:
    return formatter(language, system_locale())


def warm(language: str, qt_locale: str) -> None:
    """Read Babel's tables for money, dates and numbers in `language` on a computer set to
    `qt_locale` (QLocale's name, asked on the GUI thread), as the costs and summary pages
    will use them. Read on the costs page's first opening, they made it a quarter slower
    (about 55 million instructions, most of it unpickling CLDR data), so the background
    start-up work (ui/preload.py) calls this; it touches no Qt."""
    f = formatter(language, locale_of(qt_locale))
    f.money(1234.5)
    f.date("2026-01-01")
    f.number(1.5)
    f.plural(2)


def locale_currency(language: str = "en") -> str:
    """The user's own currency ('USD', 'CNY', ...)."""
    return _formatter(language).currency


def format_money(value: Decimal | float, code: str, language: str = "en") -> str:
    """An amount as the handout prints it: '$1,234.50', '¥1,234.50', '1.234,50 €'."""
    return _formatter(language).money(value, code)
