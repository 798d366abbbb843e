"""One formatter for money, dates, numbers and plural forms, from CLDR through Babel. No Qt.

The handout, the command line and the widgets all format through `Formatter`, so the screen
and the paper show the same strings. The locale follows the content language and the user's
system locale:

- Chinese content (`zh-CN`) always uses `zh_CN`: ¥1,234.50, 2026年12月1日;
- other content uses the system locale (LC_ALL, LC_MONETARY or LANG; the app passes Qt's
  system locale name, which Qt reads from the same variables), or `en_US` when there is none.

Money uses CLDR's symbol and decimals for the currency (JPY has none). CLDR keeps symbols
unambiguous within each locale, so a Chinese yuan is never mistaken for a Japanese yen: in
Chinese CNY is "¥" and JPY "JP¥"; in English CNY is "CN¥". A lettered symbol never touches
the number ("CHF 10.00").
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from babel import Locale, UnknownLocaleError, default_locale
from babel.dates import format_date as _babel_date
from babel.numbers import (
    format_currency,
    format_decimal,
    get_territory_currencies,
)

FALLBACK_LOCALE = "en_US"
_NBSP = "\u00a0"
_CODE_NEXT_TO_NUMBER = re.compile(r"([A-Za-z])(\d)")


def is_chinese(language: str) -> bool:
    return language.lower().replace("_", "-").startswith("zh")


def _system_locale() -> str:
    name = default_locale(("LC_ALL", "LC_MONETARY", "LANG")) or ""
    return "" if "POSIX" in name.upper() or name in ("C", "") else name


def _known(name: str) -> Locale | None:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _territory(system_locale: str) -> str:
    loc = _known(system_locale) if system_locale else None
    return loc.territory or "" if loc else ""


def locale_name(language: str, system_locale: str | None = None) -> str:
    """The Babel locale for content in `language` on a computer set to `system_locale`.

    Chinese content: 'zh_CN'. Other content: its language with the system's country when
    CLDR knows the pair ('en_GB', 'en_DE'), else 'en_US'. Dates and money words thus stay in
    the content's language, while separators follow the user's country where CLDR can.
    """
    if is_chinese(language):
        return "zh_CN"
    system = _system_locale() if system_locale is None else system_locale
    base = language.lower().replace("_", "-").split("-")[0] or "en"
    territory = _territory(system)
    if territory and _known(f"{base}_{territory}"):
        return f"{base}_{territory}"
    return FALLBACK_LOCALE if base == "en" or not _known(base) else base


class Formatter:
    """Money, dates, numbers and plural categories in one locale."""

    def __init__(self, locale: str, territory: str = "") -> None:
        self.locale = _known(locale) or Locale.parse(FALLBACK_LOCALE)
        # The user's country: its currency is "your own" even when the locale falls back.
        self.territory = territory or self.locale.territory or ""

    @property
    def currency(self) -> str:
        """The user's own currency ('USD' in the US, 'CNY' in China), '' if not known."""
        territory = self.territory
        if not territory:
            return ""
        found = get_territory_currencies(territory, tender=True)
        return found[0] if found else ""

    def money(self, amount: Decimal | float | int, currency: str = "") -> str:
        """'$1,234.50', '¥1,234.50' (zh_CN, CNY), 'CN¥1,234.50' (en_US, CNY), 'JPY 1,234'."""
        code = (currency or self.currency or "USD").upper()
        value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
        if not value.is_finite() or (isinstance(amount, float) and not math.isfinite(amount)):
            return str(amount)
        return _space_code(format_currency(value, code, locale=self.locale))

    def date(self, value: _dt.date | str) -> str:
        """'December 1, 2026' (en_US), '1 December 2026' (en_GB), '2026年12月1日' (zh_CN).

        Text that is not an ISO date is returned as it is.
        """
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value)
            except ValueError:
                return value
        return _babel_date(value, format="long", locale=self.locale)

    def number(self, value: float | int | Decimal) -> str:
        """'13,847', '12.5' (en), '1.234,5' (de): up to 3 decimals, none if whole."""
        return format_decimal(value, locale=self.locale)

    def plural(self, n: float | int) -> str:
        """The CLDR plural category of `n`: 'one' or 'other' in English, always 'other' in
        Chinese."""
        return self.locale.plural_form(abs(n))


def _space_code(text: str) -> str:
    """'CHF1,234.50' -> 'CHF 1,234.50': a code or lettered symbol never touches the number."""
    return _CODE_NEXT_TO_NUMBER.sub(lambda m: m.group(1) + _NBSP + m.group(2), text)


@cache
def formatter(language: str, system_locale: str | None = None) -> Formatter:
    """The formatter for content in `language` on a computer set to `system_locale`
    (default: the system's own, from LC_ALL, LC_MONETARY or LANG). Cached."""
    system = _system_locale() if system_locale is None else system_locale
    return Formatter(locale_name(language, system), _territory(system))


def counted(words: Mapping[str, str], key: str, n: float | int, language: str) -> str:
    """The form of a content text for the number `n`, by the language's CLDR plural rules.

    A text with a count has its usual (plural, CLDR "other") form under `key` and, where the
    language has a singular, a `key_one` twin: "{n} questions" and "{n} question". Chinese
    has one form, so its `key_one` says the same as `key`. Not filled in: the caller formats.
    """
    one = f"{key}_one"
    if one in words and formatter(language).plural(n) == "one":
        return words[one]
    return words[key]
