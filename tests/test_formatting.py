"""One formatter (Babel, CLDR) for money, dates, numbers and plurals: screen and paper agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from decisionaid.formatting import Formatter, formatter, locale_name


@pytest.mark.parametrize(
    ("language", "system", "expected"),
    [
        ("zh-CN", "", "zh_CN"),
        ("zh-CN", "de_DE", "zh_CN"),
        ("en", "", "en_US"),
        ("en", "en_GB", "en_GB"),
        ("en", "de_DE", "en_DE"),
        ("en", "zh_CN", "en_US"),  # CLDR has no en_CN: US conventions, but China's currency
    ],
)
def test_locale_follows_content_language_and_country(language, system, expected):
    assert locale_name(language, system) == expected


@pytest.mark.parametrize(
    ("language", "system", "amount", "code", "expected"),
    [
        ("zh-CN", "", 1234.5, "CNY", "¥1,234.50"),
        ("zh-CN", "", 1234.5, "", "¥1,234.50"),
        ("zh-CN", "", 1234.5, "USD", "US$1,234.50"),
        ("en", "", 1234.5, "USD", "$1,234.50"),
        # In English the yuan is never a bare "¥" (that would read as yen).
        ("en", "", 1234.5, "CNY", "CN¥1,234.50"),
        ("en", "en_GB", 1234.5, "CNY", "CN¥1,234.50"),
        # JPY has no decimals.
        ("en", "", 1234.5, "JPY", "¥1,234"),
        ("zh-CN", "", 1234.5, "JPY", "JP¥1,234"),
        ("en", "en_GB", 1234, "JPY", "JP¥1,234"),
        ("en", "de_DE", 1234.5, "EUR", "1.234,50\u00a0€"),
        ("en", "", -12, "USD", "-$12.00"),
        ("en", "", 10, "CHF", "CHF\u00a010.00"),
    ],
)
def test_money(language, system, amount, code, expected):
    assert formatter(language, system).money(amount, code) == expected


def test_money_takes_decimals_and_passes_non_numbers_through():
    f = formatter("en", "")
    assert f.money(Decimal("2.50"), "USD") == "$2.50"
    assert f.money(float("nan"), "USD") == "nan"


def test_own_currency_comes_from_the_users_country():
    assert formatter("zh-CN", "").currency == "CNY"
    assert formatter("en", "").currency == "USD"
    assert formatter("en", "en_GB").currency == "GBP"
    assert formatter("en", "zh_CN").currency == "CNY"


def test_dates():
    assert formatter("zh-CN", "").date("2026-12-01") == "2026年12月1日"
    assert formatter("en", "").date("2026-12-01") == "December 1, 2026"
    assert formatter("en", "en_GB").date("2026-12-01") == "1 December 2026"
    assert formatter("en", "").date("not a date") == "not a date"


def test_numbers_and_plurals():
    en, zh = formatter("en", ""), formatter("zh-CN", "")
    assert en.number(13847) == "13,847" and zh.number(13847) == "13,847"
    assert formatter("en", "de_DE").number(1234.5) == "1.234,5"
    assert (en.plural(1), en.plural(2), en.plural(0)) == ("one", "other", "other")
    assert (zh.plural(1), zh.plural(2)) == ("other", "other")


def test_an_unknown_locale_falls_back_to_us_english():
    assert Formatter("xx_YY").money(5, "USD") == "$5.00"
    assert locale_name("en", "not a locale") == "en_US"


def test_widgets_show_the_formatters_strings(qapp):
    """The costs and summary pages call the same formatter as the handout."""
    from PySide6.QtCore import QLocale

    from decisionaid.ui import money

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert money.format_money(1234.5, "CNY", "zh-CN") == "¥1,234.50"
        assert money.format_money(1234.5, "CNY", "en") == "CN¥1,234.50"
        assert money.format_money(1234.5, "", "en") == formatter("en", "en_US").money(1234.5)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert money.format_money(1234.5, "", "en") == "1.234,50\u00a0€"
        assert money.locale_currency("en") == "EUR"
    finally:
        QLocale.setDefault(before)
