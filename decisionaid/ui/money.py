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
    name = QLocale().name()
    return "" if name in ("C", "") else name


def _formatter(language: str) -> Formatter:
    return formatter(language, system_locale())


def locale_currency(language: str = "en") -> str:
    """The user's own currency ('USD', 'CNY', ...)."""
    return _formatter(language).currency


def format_money(value: Decimal | float, code: str, language: str = "en") -> str:
    """An amount as the handout prints it: '$1,234.50', '¥1,234.50', '1.234,50 €'."""
    return _formatter(language).money(value, code)
