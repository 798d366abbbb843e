"""The cost estimate: a month's costs against what the trial pays back, and who pays. No Qt.

The patient's handout prints the table of the patient's own amounts (per visit, per month, for
the whole trial when its length is known), a chart of the month's costs against what is paid
back, and who pays for what (general notes and those of the patient's country). The blank
handout prints the same items as a form to fill in by hand.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer

from decisionaid.formatting import formatter
from decisionaid.model.costs import CATEGORIES, CostInputError, CostInputs, CostResult, compute
from decisionaid.report import drawings, parts

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import Document


def format_money(amount: Decimal, currency: str, language: str = "en") -> str:
    """An amount as the screen shows it: the one formatter (`decisionaid.formatting`)."""
    return formatter(language).money(amount, currency)


def currency_words(doc: Document, code: str) -> str:
    """'US dollars (USD)', '人民币（CNY）': CLDR's name of the currency in the handout's
    language, with its code."""
    from babel.numbers import UnknownCurrencyError, get_currency_name

    try:
        name = get_currency_name(code, count=2, locale=formatter(doc.language).locale)
    except (UnknownCurrencyError, ValueError):
        return code
    return code if name == code else doc.text("currency_unit", name=name, code=code)


def _cents(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


class _Money:
    """Amounts of one currency as text; None (not known) as a dash."""

    def __init__(self, currency: str, language: str) -> None:
        self.currency = currency
        self.language = language

    def __call__(self, value: Decimal | None) -> str:
        return "—" if value is None else format_money(value, self.currency, self.language)


def add_costs(doc: HandoutBuilder) -> None:
    inputs = doc.session.costs
    doc.heading(doc.text("costs_title"))
    if inputs == CostInputs(country=inputs.country, currency=inputs.currency):
        doc.add(doc.paragraph(doc.text("costs_none"), "body"))
    else:
        try:
            result = compute(inputs)
        except CostInputError as exc:
            doc.add(doc.paragraph(doc.text("costs_invalid", problem=str(exc)), "body"))
        else:
            _add_estimate(doc, inputs, result)
    add_who_pays(doc, inputs.country)


def _add_estimate(doc: HandoutBuilder, inputs: CostInputs, result: CostResult) -> None:
    """The table of amounts, what is not known yet, and the chart."""
    currency = result.currency
    money = _Money(currency, doc.language)
    intro = (
        doc.text("costs_intro", currency=currency_words(doc, currency))
        if currency
        else doc.text("costs_intro_plain")
    )
    doc.add(doc.paragraph(intro, "body"))
    header, rows = _estimate_rows(doc, inputs, result, money)
    doc.add(parts.money_table(doc, header, rows, bold_from=len(rows) - 3))
    if result.visits_per_month is None:
        doc.add(doc.paragraph(doc.text("cost_unknown_visits"), "note"))
    elif result.months is None:
        doc.add(doc.paragraph(doc.text("cost_unknown_months"), "note"))
    if result.monthly_costs is not None and result.monthly_back is not None:
        _add_cost_chart(doc, inputs, result, money)


def _estimate_rows(
    doc: HandoutBuilder, inputs: CostInputs, result: CostResult, money: _Money
) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the table: each item, then costs, paid back and the net
    (the last three in bold), with a column for the whole trial when its length is known."""
    header = [doc.text("cost_item"), doc.text("cost_per_visit"), doc.text("cost_per_month")]
    rows: list[list[str]] = []
    for name in CATEGORIES:
        per_visit = "" if name == "lodging" else money(_cents(getattr(inputs, name)))
        rows.append([doc.text(f"cost_{name}"), per_visit, money(result.monthly.get(name))])
    if result.monthly_back is None and inputs.subsidy_per_month:
        # Visits unknown: the paid-back total is unknown, but the monthly subsidy is not.
        rows.append([doc.text("cost_back_month"), "", money(_cents(inputs.subsidy_per_month))])
    rows.append([doc.text("cost_costs"), money(result.per_visit), money(result.monthly_costs)])
    rows.append(
        [
            doc.text("cost_back"),
            money(_cents(inputs.reimbursement_per_visit)),
            money(result.monthly_back),
        ]
    )
    net_label = doc.text("cost_net_gain") if result.pays_back_more else doc.text("cost_net")
    rows.append([net_label, "", money(_signed(result.monthly_net, result.pays_back_more))])
    if result.total_net is not None:
        header.append(doc.text("cost_total"))
        totals = [
            result.total_costs,
            result.total_back,
            _signed(result.total_net, result.pays_back_more),
        ]
        for row in rows[:-3]:
            row.append("")
        for row, total in zip(rows[-3:], totals, strict=True):
            row.append(money(total))
    return header, rows


def _signed(net: Decimal | None, pays_back_more: bool) -> Decimal | None:
    """The net as a gain (a positive amount) when the trial pays back more than it costs."""
    if net is None:
        return None
    return -net if pays_back_more else net


def _add_cost_chart(
    doc: HandoutBuilder, inputs: CostInputs, result: CostResult, money: _Money
) -> None:
    """Two bars: the month's costs in parts, and what is paid back (per visit and subsidy)."""
    assert result.monthly_costs is not None and result.monthly_back is not None
    cost_parts = [
        (doc.text(f"cost_{n}"), v)
        for n in CATEGORIES
        if (v := result.monthly.get(n)) is not None and v > 0
    ]
    subsidy = _cents(inputs.subsidy_per_month)
    reimbursed = result.monthly_back - subsidy
    back_parts = [
        (doc.text(key), amount)
        for key, amount in (("cost_back_visits", reimbursed), ("cost_back_month", subsidy))
        if amount > 0
    ]
    if not (cost_parts or back_parts):
        return
    net = result.monthly_net or Decimal(0)
    net_sentence = (
        doc.text("cost_gain_sentence", net=money(-net))
        if net < 0
        else doc.text("cost_net_sentence", net=money(net))
    )
    text = doc.text(
        "cost_chart_text",
        costs=money(result.monthly_costs),
        parts=doc.text("parts_sep").join(
            doc.text("cost_part", label=lab, amount=money(v)) for lab, v in cost_parts
        )
        or "—",
        back=money(result.monthly_back),
        net_sentence=net_sentence,
    )
    data = drawings.CostBarData(
        costs=cost_parts,
        back=back_parts,
        costs_label=doc.text("cost_costs"),
        back_label=doc.text("cost_back"),
        money=money,
        text=text,
    )
    fig = drawings.cost_chart(doc.chart_context(), data, doc.text("cost_chart_title"))
    doc.add(*parts.figure(doc, fig))


def add_who_pays(doc: Document, country_id: str) -> None:
    """Who pays for what, general notes, and the notes for the patient's country (if any)."""
    costs = doc.content.costs
    rr = costs.routine_research
    doc.add(doc.paragraph(rr.title, "h3"))
    for text in rr.paragraphs:
        doc.add(doc.paragraph(text, "note"))
    doc.add(doc.paragraph(doc.text("cite", sources=doc.cite(rr.sources)), "note"))
    notes = list(costs.notes)
    country = costs.country(country_id) if country_id else None
    if country is not None:
        notes += country.notes
    if notes:
        title = (
            costs.notes_title
            if country is None
            else doc.text("label_value", label=costs.notes_title, value=country.name)
        )
        doc.add(doc.paragraph(title, "h3"))
        for note in notes:
            doc.add(
                doc.paragraph(
                    doc.text("text_cite", text=note.text, sources=doc.cite(note.sources)),
                    "bullet_note",
                    bullet="•",
                )
            )


def add_blank_costs(doc: Document) -> None:
    """The cost items as a form to fill in, then who pays for what."""
    doc.heading(doc.text("blank_costs_title"))
    doc.add(doc.paragraph(doc.text("blank_costs_list"), "body"))
    header = [doc.text("cost_item"), doc.text("cost_per_visit"), doc.text("cost_per_month")]
    items = [doc.text(f"cost_{name}") for name in CATEGORIES]
    totals = [doc.text(key) for key in ("cost_back", "cost_net")]
    doc.add(KeepTogether([parts.blank_money_table(doc, header, items, totals)]))
    doc.add(Spacer(1, doc.style["body"].size * 0.5))
    add_who_pays(doc, "")
