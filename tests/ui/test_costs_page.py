"""The "Costs and subsidies" page: live totals, bad input, unknowns, country notes, locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from decisionaid.model.costs import CostInputs
from decisionaid.model.session import Session
from decisionaid.model.trial import TrialInfo


@pytest.fixture
def us_locale():
    """Numbers and money as in the United States; the default locale is put back after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def open_costs(make_window, us_locale):
    def open_(session: Session | None = None):
        window = make_window(session)
        window.go_to(window.index_of("costs"))
        return window, window.pages["costs"]

    return open_


def _session(**costs) -> Session:
    values = {"country": "US", "currency": "USD", "visits_per_month": 2, "months": 6}
    values.update(costs)
    return Session(costs=CostInputs(**values))


def _text(page, key: str) -> str:
    return page.result_labels[key].text()


def _type(qtbot, field, text: str) -> None:
    """Select what is in the box and type over it (the first key replaces the selection)."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def test_typing_one_amount_updates_the_totals_at_once(qtbot, open_costs):
    window, page = open_costs(_session())
    assert page.fields["visits_per_month"].edit.text() == "2"
    assert page.fields["months"].edit.text() == "6"
    assert "$0.00" in _text(page, "per_visit")

    qtbot.keyClicks(page.fields["travel"].edit, "1,234.50")

    costs = window.document.session.costs
    assert costs.travel == 1234.5
    assert window.document.modified
    assert _text(page, "per_visit") == "Cost of one visit: $1,234.50"
    assert _text(page, "monthly_costs") == "Your costs each month: $2,469.00"
    assert _text(page, "monthly_net").endswith(": $2,469.00")
    assert _text(page, "total_net") == (
        "In total over 6 months, after what is paid back: $14,814.00"
    )
    breakdown = page.breakdown_labels["travel"].text()
    assert breakdown == "Travel: $1,234.50 a visit \u00d7 2 visits = $2,469.00 a month"

    # Every keystroke counts: one more digit, new totals.
    _type(qtbot, page.fields["travel"], "10")
    qtbot.keyClicks(page.fields["parking"].edit, "5")
    assert costs.travel == 10 and costs.parking == 5
    assert _text(page, "per_visit") == "Cost of one visit: $15.00"
    assert _text(page, "monthly_costs") == "Your costs each month: $30.00"


def test_paid_back_and_lodging_count_per_month(qtbot, open_costs):
    window, page = open_costs(_session(travel=20))
    qtbot.keyClicks(page.fields["lodging"].edit, "100")
    qtbot.keyClicks(page.fields["reimbursement_per_visit"].edit, "10")
    qtbot.keyClicks(page.fields["subsidy_per_month"].edit, "5")
    # Costs: 20 x 2 + 100 = 140. Paid back: 10 x 2 + 5 = 25. Net 115; 690 over 6 months.
    assert _text(page, "monthly_costs").endswith("$140.00")
    assert _text(page, "monthly_back").endswith("$25.00")
    assert _text(page, "monthly_net").endswith("$115.00")
    assert _text(page, "total_net").endswith("$690.00")
    assert page.breakdown_labels["lodging"].text() == "A place to stay: $100.00 a month"


@pytest.mark.parametrize(
    ("typed", "message", "kept"),
    [
        ("-5", "less than 0", 12),
        ("abc", "Please enter an amount of money", 12),
        ("12..5", "Please enter an amount of money", 12.0),
        # Typed key by key: "200000" was still a usable amount, the last 0 was one too many.
        ("2000000", "very large", 200000),
    ],
)
def test_bad_amount_shows_a_message_and_keeps_the_last_good_value(
    qtbot, open_costs, typed, message, kept
):
    window, page = open_costs(_session(parking=12))
    field = page.fields["parking"]
    assert field.edit.text() == "12"

    _type(qtbot, field, typed)

    assert window.document.session.costs.parking == kept  # the bad value is not written
    assert field.edit.text() == typed  # what was typed stays
    assert field.message.isVisible()
    assert message in field.message.text()
    assert field.edit.accessibleDescription() in field.message.text()
    assert message in field.edit.accessibleDescription()
    # The results still use the last good value, and say so.
    assert _text(page, "per_visit") == "Cost of one visit: " + page.money(kept)
    assert page.result_labels["stale"].isVisible()
    assert "Parking" in _text(page, "stale")

    # Coming back to the page keeps the unfinished input and its message.
    window.go_to(window.index_of("risks"))
    window.go_to(window.index_of("costs"))
    assert field.edit.text() == typed
    assert field.message.isVisible()

    # Fixing it clears the message and stores the new value.
    _type(qtbot, field, "7")
    assert window.document.session.costs.parking == 7
    assert not field.message.isVisible()
    assert field.edit.accessibleDescription() == ""
    assert not page.result_labels["stale"].isVisible()


def test_bad_number_of_visits_shows_the_limit(qtbot, open_costs):
    window, page = open_costs(_session())
    field = page.fields["visits_per_month"]
    _type(qtbot, field, "40")
    assert window.document.session.costs.visits_per_month == 4  # the last number that worked
    assert "at most 31" in field.message.text()
    _type(qtbot, field, "two")
    assert "Please enter a number" in field.message.text()
    assert window.document.session.costs.visits_per_month == 4


def test_months_not_known_yet_says_what_is_missing(qtbot, open_costs):
    window, page = open_costs(_session(travel=10))
    months = page.fields["months"]
    qtbot.mouseClick(months.unknown, Qt.MouseButton.LeftButton)

    assert window.document.session.costs.months is None
    assert not months.edit.isEnabled()
    assert months.edit.text() == "6"  # kept, in case the box is ticked by mistake
    total = _text(page, "total_net")
    assert "not known yet" in total
    assert "how many months" in total
    assert "$" not in total
    # The monthly figures do not need the months.
    assert _text(page, "monthly_costs").endswith("$20.00")

    qtbot.mouseClick(months.unknown, Qt.MouseButton.LeftButton)
    assert window.document.session.costs.months == 6
    assert _text(page, "total_net").endswith("$120.00")


def test_visits_not_known_yet_says_what_is_missing(qtbot, open_costs):
    window, page = open_costs(_session(travel=10))
    qtbot.mouseClick(page.fields["visits_per_month"].unknown, Qt.MouseButton.LeftButton)
    assert window.document.session.costs.visits_per_month is None
    assert "how many visits" in _text(page, "monthly_costs")
    assert "how many visits" in _text(page, "total_net")
    assert _text(page, "per_visit") == "Cost of one visit: $10.00"
    assert page.breakdown_labels["travel"].text() == "Travel: $10.00 a visit"


def test_paid_back_more_than_the_costs_says_so(qtbot, open_costs):
    window, page = open_costs(_session(travel=20, parking=10))
    qtbot.keyClicks(page.fields["reimbursement_per_visit"].edit, "50")
    # Costs 30 x 2 = 60 a month; paid back 50 x 2 = 100 a month: 40 more, 240 over 6 months.
    assert _text(page, "monthly_net") == (
        "The trial pays back more than these costs, by $40.00 a month."
    )
    assert _text(page, "total_net") == (
        "Over 6 months, the trial pays back $240.00 more than these costs."
    )
    assert "-" not in _text(page, "monthly_net")


def test_country_notes_follow_the_country(qtbot, open_costs, content):
    window, page = open_costs(_session())
    us, cn = page.country_panels["US"], page.country_panels["CN"]
    assert us.isVisible() and not cn.isVisible()
    assert "United States" in page.country_heading.text()
    us_text = " ".join(label.text() for label in us.findChildren(type(page.country_heading)))
    assert "Medicare" in us_text
    assert "Source:" in us_text

    page.country.setCurrentIndex(page.country.findData("CN"))

    costs = window.document.session.costs
    assert costs.country == "CN"
    assert costs.currency == "CNY"  # followed the country: USD was only the US default
    assert cn.isVisible() and not us.isVisible()
    assert "China" in page.country_heading.text()
    badges = [w for w in cn.findChildren(type(page.country_heading)) if w.objectName()]
    assert any(b.objectName() == "unconfirmed" and b.isVisible() for b in badges)
    assert "Not confirmed" in next(b.text() for b in badges if b.objectName() == "unconfirmed")
    # Confirmed notes carry no such label.
    assert not [w for w in us.findChildren(type(page.country_heading)) if w.objectName()]

    page.country.setCurrentIndex(page.country.findData("UK"))
    uk_text = " ".join(w.text() for w in page.country_panels["UK"].findChildren(type(cn)))
    panel_labels = page.country_panels["UK"].findChildren(type(page.country_heading))
    assert any(content.costs.no_notes in label.text() for label in panel_labels), uk_text


def test_a_currency_the_person_chose_is_kept_when_the_country_changes(qtbot, open_costs):
    window, page = open_costs(_session(travel=10))
    line = page.currency.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "EUR")
    assert window.document.session.costs.currency == "EUR"
    assert _text(page, "per_visit") == "Cost of one visit: \u20ac10.00"
    page.country.setCurrentIndex(page.country.findData("CN"))
    assert window.document.session.costs.currency == "EUR"

    line.selectAll()
    qtbot.keyClicks(line, "E1")
    assert page.currency_message.isVisible()
    assert "3-letter code" in page.currency_message.text()
    assert window.document.session.costs.currency == "EUR"


def test_empty_currency_uses_the_locale_currency(qtbot, open_costs):
    window, page = open_costs(_session(currency="", travel=10))
    assert page.currency_code() == "USD"
    assert _text(page, "per_visit") == "Cost of one visit: $10.00"


def test_visits_and_months_are_prefilled_from_the_trial(qtbot, make_window, us_locale):
    session = Session(trial=TrialInfo(visits_per_month=3, months=4))
    window = make_window(session)
    window.go_to(window.index_of("costs"))
    page = window.pages["costs"]

    assert page.fields["visits_per_month"].edit.text() == "3"
    assert page.fields["months"].edit.text() == "4"
    assert window.document.session.costs.visits_per_month == 3
    assert window.document.session.costs.months == 4
    assert page.prefill_note.isVisible()
    assert "3 visits a month" in page.prefill_note.text()
    assert "4 months" in page.prefill_note.text()
    assert "trial" in page.prefill_note.text()

    # Once the person types their own number, the note no longer claims it.
    _type(qtbot, page.fields["months"], "5")
    assert window.document.session.costs.months == 5
    assert "4 months" not in page.prefill_note.text()
    assert "3 visits a month" in page.prefill_note.text()


def test_own_numbers_and_dont_know_are_not_replaced_by_the_trial(qtbot, make_window, us_locale):
    session = Session(
        trial=TrialInfo(visits_per_month=3, months=4),
        costs=CostInputs(visits_per_month=1, months=None),
    )
    window = make_window(session)
    window.go_to(window.index_of("costs"))
    page = window.pages["costs"]
    costs = window.document.session.costs
    assert costs.visits_per_month == 1  # the person's own number stays
    assert costs.months == 4  # the empty one is filled in
    assert page.prefill_note.text().startswith("We filled in 4 months")

    months = page.fields["months"]
    qtbot.mouseClick(months.unknown, Qt.MouseButton.LeftButton)
    assert costs.months is None
    assert not page.prefill_note.isVisible()
    window.go_to(window.index_of("risks"))
    window.go_to(window.index_of("costs"))
    assert costs.months is None  # "I don't know yet" is respected
    assert months.unknown.isChecked()
    assert not page.prefill_note.isVisible()


def test_amounts_follow_the_locale(qtbot, make_window):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        window = make_window(_session(currency=""))
        window.go_to(window.index_of("costs"))
        page = window.pages["costs"]
        qtbot.keyClicks(page.fields["travel"].edit, "1.234,50")
        assert window.document.session.costs.travel == 1234.5
        assert _text(page, "per_visit") == "Cost of one visit: 1.234,50\u00a0\u20ac"
        # Not the locale's own currency: CLDR's unambiguous symbol for it (US$, not $).
        page.currency.setCurrentText("USD")
        assert _text(page, "per_visit") == "Cost of one visit: 1.234,50\u00a0US$"
    finally:
        QLocale.setDefault(before)


def test_opening_another_session_refills_the_page(qtbot, open_costs):
    window, page = open_costs(_session(parking=12))
    _type(qtbot, page.fields["parking"], "oops")
    assert page.fields["parking"].message.isVisible()
    window.document.replace(_session(parking=3, months=9))
    assert page.fields["parking"].edit.text() == "3"
    assert not page.fields["parking"].message.isVisible()
    assert page.fields["months"].edit.text() == "9"
    assert _text(page, "per_visit") == "Cost of one visit: $3.00"


def test_the_chart_follows_the_calculator(qtbot, open_costs):
    window, page = open_costs(_session(travel=20))
    if page.chart is None:
        pytest.skip("decisionaid/ui/charts/cost_chart.py is not there yet")
    qtbot.keyClicks(page.fields["reimbursement_per_visit"].edit, "5")
    assert page.chart.total() == 40.0
    assert page.chart.paid_back() == 10.0
    qtbot.mouseClick(page.fields["visits_per_month"].unknown, Qt.MouseButton.LeftButton)
    assert not page.chart.isVisible()
    assert page.chart_note.isVisible()


def test_building_the_page_does_not_load_pyqtgraph():
    """The chart is imported when the page is first shown, not when it is built."""
    import subprocess
    import sys

    from tests.conftest import REPO

    code = (
        "import sys\n"
        "from decisionaid.app import ensure_app\n"
        "from decisionaid.content.loader import load\n"
        "from decisionaid.ui.document import Document\n"
        "from decisionaid.ui.pages.costs import CostsPage\n"
        "app = ensure_app()\n"
        "page = CostsPage(Document(), load('en'))\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_chart_is_not_covered_by_its_legend_at_200_percent(qtbot, make_window, us_locale):
    from PySide6.QtWidgets import QApplication

    from decisionaid.ui.settings import Settings

    font = QApplication.font()
    Settings().text_scale = 2.0
    try:
        window = make_window(_session(travel=30, parking=12, meals=15, lost_income=120))
        window.go_to(window.index_of("costs"))
        page = window.pages["costs"]
        if page.chart is None:
            pytest.skip("decisionaid/ui/charts/cost_chart.py is not there yet")
        page.ensureWidgetVisible(page.chart)
        qtbot.wait(10)
        chart = page.chart
        assert chart.height() >= chart.heightForWidth(chart.width())
        assert chart.legend.geometry().top() > chart.plot.geometry().bottom()
    finally:
        QApplication.setFont(font)
