"""Money in the user's locale and the session's currency (shared by the costs and summary pages)."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QLocale

# Symbols that mean one currency only; other codes are shown as the code ("CNY 12.00").
UNAMBIGUOUS_SYMBOLS = {"EUR": "\u20ac", "GBP": "\u00a3"}


def locale_currency() -> str:
    return QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def currency_symbol(code: str) -> str:
    """The symbol to print for ISO `code` ("" = the locale's own currency)."""
    code = code or locale_currency()
    if code and code == locale_currency():
        return QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return UNAMBIGUOUS_SYMBOLS.get(code, code)


def format_money(value: Decimal | float, code: str) -> str:
    """An amount in the user's locale, e.g. "$1,234.50", "1.234,50 €" or "CNY 12.00"."""
    symbol = currency_symbol(code)
    amount = float(value)
    if not math.isfinite(amount):
        return str(value)
    text = QLocale().toCurrencyString(abs(amount), symbol, 2)
    # A code needs a space next to the number: "CNY 12.00" and "12.00 CNY", not "CNY12.00".
    if symbol[-1:].isalpha() and text.startswith(symbol):
        text = symbol + "\u00a0" + text[len(symbol) :].lstrip()
    elif symbol[:1].isalpha() and text.endswith(symbol):
        text = text[: -len(symbol)].rstrip() + "\u00a0" + symbol
    return ("-" + text) if amount < 0 else text
