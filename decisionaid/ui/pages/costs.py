"""Step 7: Costs and subsidies. A calculator for what taking part may cost, and who pays what.

Every number the person types is kept in `session.costs` (CostInputs). A number that cannot be
used (not a number, below 0, above the limit in `model.costs.validate`) is not written to the
session: it stays in its field with a message next to it, and the results keep using the last
good value. Results are worked out by `model.costs.compute` on every keystroke and shown in the
user's locale and currency.

The stacked cost chart (`decisionaid.ui.charts.cost_chart.CostChart`) is imported lazily, the
first time the page is shown, so pyqtgraph is not loaded at start-up. If that module is not
there, `_update_chart()` does nothing and the results stay in words only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from decisionaid.content.costs_schema import CostNote
from decisionaid.model.costs import (
    CATEGORIES,
    PER_VISIT_COSTS,
    CostInputError,
    CostInputs,
    CostResult,
    compute,
    validate,
)
from decisionaid.model.labels import cost_label
from decisionaid.ui import money
from decisionaid.ui.pages.base import Page
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items, labelled, plural_n
from decisionaid.ui.widgets import (
    Card,
    HintHost,
    ScaledLabel,
    WrappedLabel,
    heading,
    paragraph,
    source_note,
)

# Currencies offered in the currency list (the user's own is added). Any 3-letter code works.
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "CNY", "CAD", "AUD")
# Symbols that name one currency only; others are shown by their code (e.g. "CNY 12.00").
# Characters a person may type around an amount ("$30", "30 €"): ignored when reading it.
_MONEY_MARKS = "$\u20ac\u00a3\u00a5 \u00a0\u202f"

COUNT_FIELDS = ("visits_per_month", "months")


def _error_colour() -> str:
    """A red that is readable on the current background (light or dark theme)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "#ff9e9e" if window.lightnessF() < 0.5 else "#a8001c"


class _NumberField:
    """One number in the calculator: its label, line edit, message, and "I don't know yet" box.

    `name` is a CostInputs field. Connected with bound methods (no lambdas keeping the page
    alive).
    """

    def __init__(self, page: CostsPage, name: str, label: str, allow_unknown: bool) -> None:
        self.page = page
        self.name = name
        self.is_count = name in COUNT_FIELDS
        self.problem = ""

        self.label = WrappedLabel(label)
        self.label.setWordWrap(True)
        # Its height for the page's width (as every wrapped label): a Minimum height is the
        # size hint, worked out at a narrow width, so the page body asked for more room than
        # its layout gave and every layout pass of the page ran again and again.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.label.setSizePolicy(policy)

        self.edit = QLineEdit()
        self.edit.setObjectName(f"cost-{name}")
        self.edit.setMaxLength(40)
        self.edit.setAccessibleName(label)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.label.setBuddy(self.edit)
        if not self.is_count:
            self.edit.setPlaceholderText(QLocale().toString(0))

        self.unknown: QCheckBox | None = None
        if allow_unknown:
            dont_know = QCoreApplication.translate("CostsPage", "I don't know yet")
            self.unknown = QCheckBox(dont_know)
            self.unknown.setAccessibleName(labelled(label, dont_know))

        self.message = ScaledLabel("", 1.0, bold=True)
        self.message.setObjectName(f"cost-{name}-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setProperty("role", "error")
        self.message.setStyleSheet(f"color: {_error_colour()};")
        self.message.hide()

        self.widget = HintHost()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 12)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.edit)
        if self.unknown is not None:
            row.addWidget(self.unknown)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.message)

        self.edit.textEdited.connect(self.on_edited)
        if self.unknown is not None:
            self.unknown.toggled.connect(self.on_unknown)

    # --- reading what was typed ------------------------------------------------------------
    def parse(self, text: str) -> tuple[float | None, str]:
        """(value, "") for usable text, or (None, message). Empty: 0 money, or not known."""
        stripped = text.strip(_MONEY_MARKS)
        if not stripped:
            return (None if self.is_count else 0.0), ""
        value = _to_double(stripped)
        if value is None:
            locale = QLocale()
            if self.is_count:
                return None, QCoreApplication.translate(
                    "CostsPage", "Please enter a number, like {0}."
                ).format(locale.toString(2))
            return None, QCoreApplication.translate(
                "CostsPage", "Please enter an amount of money, like {0}, or leave it empty."
            ).format(locale.toString(12.5, "f", 2))
        candidate = dataclasses.replace(self.page.costs, **{self.name: value})
        problem = validate(candidate).get(self.name, "")
        return (None, problem) if problem else (value, "")

    def is_unknown(self) -> bool:
        return self.unknown is not None and self.unknown.isChecked()

    # --- slots -------------------------------------------------------------------------------
    def on_edited(self, text: str) -> None:
        value, problem = self.parse(text)
        self.set_problem(problem)
        if not problem:
            self.page.prefilled.discard(self.name)
            self.page.store(self.name, value)
        self.page.update_results()

    def on_unknown(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self.page.prefilled.discard(self.name)
        if checked:
            self.set_problem("")
            self.page.store(self.name, None)
            self.page.update_results()
        else:
            self.on_edited(self.edit.text())

    # --- showing ------------------------------------------------------------------------------
    def set_problem(self, problem: str) -> None:
        self.problem = problem
        self.message.setText("\u26a0 " + problem if problem else "")
        self.message.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem)
        self.edit.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {_error_colour()}; }}" if problem else ""
        )

    def fill(self, value: float | None, reset: bool) -> None:
        """Show the session value. Keeps what the user typed if it means the same, or if it
        is waiting to be fixed (unless a different session was loaded: `reset`)."""
        if reset:
            self.set_problem("")
        if self.unknown is not None:
            keep_unknown = not reset and value is None and self.unknown.isChecked()
            self.unknown.blockSignals(True)
            self.unknown.setChecked(keep_unknown)
            self.unknown.blockSignals(False)
            self.edit.setEnabled(not keep_unknown)
            if keep_unknown:
                return
        if self.problem:
            return
        if self.parse(self.edit.text()) == (value, ""):
            return
        self.edit.blockSignals(True)
        self.edit.setText(_number_text(value, blank_zero=not self.is_count))
        self.edit.blockSignals(False)


def _to_double(text: str) -> float | None:
    """Read a number the way the user's locale writes it ("1,234.50" or "1.234,50").

    Falls back to the C locale, so "12.50" also works where the decimal mark is a comma.
    """
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok:
            return value
    return None


def _number_text(value: float | None, blank_zero: bool = True) -> str:
    """A number for a field: locale decimal mark, no thousands separators, "" for None.

    An amount of 0 is shown as an empty box (its placeholder says 0); a count of 0 as "0".
    """
    if value is None or (value == 0 and blank_zero):
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 2).rstrip("0").rstrip(locale.decimalPoint())


def _count_text(value: float) -> str:
    """Visits or months in words-friendly form: "2", "2.5"."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 6)


class _Form(HintHost):
    """A column of labelled fields, each label above its field, the label as wide as the page.

    Not a QFormLayout with WrapLongRows: the labels are whole phrases ("Travel to and from the
    clinic, each visit") that must word-wrap at 200% text size. QFormLayout gives a wrapped
    label only its size-hint width (about 240 px, whatever the room), so long labels became
    narrow three-line columns, or were clipped in the side-by-side layout. Labels above their
    fields read in one line where there is room, wrap where there is not, and never clip.
    Each label is the field's buddy, so screen readers still announce it with the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)

    def addRow(self, label: QLabel, field: QWidget) -> None:  # noqa: N802 - as QFormLayout
        self.column.addWidget(label)
        self.column.addWidget(field)


class CostsPage(Page):
    step_id = "costs"
    staged = True  # the calculator first; the chart and the notes below (`build_rest`)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        c = content.costs
        self.prefilled: set[str] = set()
        self.currency_problem = ""
        self._shown_session: object | None = None
        self.chart = None
        self._chart_tried = False

        self.add_heading(c.title)
        self.add_paragraph(c.intro)

        # --- who pays for what --------------------------------------------------------------
        self.add_heading(c.routine_research.title, 2)
        for text in c.routine_research.paragraphs:
            self.add_paragraph(text)
        self.add_source(c.routine_research.sources)

        # --- where you live, and the currency -------------------------------------------------
        self.add_heading(c.countries_title, 2)
        place = self._form()
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country where you live"))
        self.country.addItem(self.tr("Choose a country"), "")
        for country in c.countries:
            self.country.addItem(country.name, country.id)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        country_host = HintHost()
        country_row = QHBoxLayout(country_host)
        country_row.setContentsMargins(0, 0, 0, 12)
        country_row.addWidget(self.country)
        country_row.addStretch(1)
        place.addRow(self._label(self.tr("Country where you live:"), self.country), country_host)

        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.lineEdit().setMaxLength(3)
        own = self.locale_currency()
        codes = [""] + [code for code in (own, *COMMON_CURRENCIES) if code]
        for code in dict.fromkeys(codes):
            self.currency.addItem(code)
        self.currency.lineEdit().setPlaceholderText(own)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency_message = ScaledLabel("", 1.0, bold=True)
        self.currency_message.setObjectName("cost-currency-message")
        self.currency_message.setTextFormat(Qt.TextFormat.PlainText)
        self.currency_message.setStyleSheet(f"color: {_error_colour()};")
        self.currency_message.hide()
        currency_host = HintHost()
        currency_column = QVBoxLayout(currency_host)
        currency_column.setContentsMargins(0, 0, 0, 12)
        currency_row = QHBoxLayout()
        currency_row.addWidget(self.currency)
        currency_row.addStretch(1)
        currency_column.addLayout(currency_row)
        self.currency_hint = ScaledLabel("", 0.95)
        currency_column.addWidget(self.currency_hint)
        currency_column.addWidget(self.currency_message)
        place.addRow(self._label(self.tr("Currency:"), self.currency), currency_host)

        # --- the calculator -------------------------------------------------------------------
        self.fields: dict[str, _NumberField] = {}
        self.add_heading(self.tr("How often, and for how long"), 2)
        self.prefill_note = self.add_paragraph("")
        self.prefill_note.hide()
        self._add_fields(
            (
                ("visits_per_month", self.tr("Visits to the clinic each month"), True),
                ("months", self.tr("Months you would be in the trial"), True),
            )
        )
        self.add_heading(self.tr("What you might spend"), 2)
        self._add_fields(
            (
                ("travel", self.tr("Travel to and from the clinic, each visit"), False),
                ("parking", self.tr("Parking, each visit"), False),
                ("meals", self.tr("Meals and drinks away from home, each visit"), False),
                ("lost_income", self.tr("Pay you lose from missing work, each visit"), False),
                (
                    "caregiver",
                    self.tr("Childcare or other care at home while you are away, each visit"),
                    False,
                ),
                ("lodging", self.tr("A place to stay near the clinic, each month"), False),
            )
        )
        self.add_heading(self.tr("What the trial pays back"), 2)
        self.add_paragraph(
            self.tr(
                "Ask the study team what they pay back and how. Leave a box empty if the "
                "trial pays nothing for it."
            )
        )
        self._add_fields(
            (
                (
                    "reimbursement_per_visit",
                    self.tr("Money the trial pays you back, each visit"),
                    False,
                ),
                (
                    "subsidy_per_month",
                    self.tr("Other money from the trial (a subsidy or allowance), each month"),
                    False,
                ),
            )
        )

        # --- results --------------------------------------------------------------------------
        self.add_heading(self.tr("Your costs, added up"), 2)
        results = Card()
        results.setAccessibleName(self.tr("Your costs, added up"))
        self.result_labels: dict[str, ScaledLabel] = {}
        for key, factor, bold in (
            ("per_visit", 1.0, False),
            ("monthly_costs", 1.0, False),
            ("monthly_back", 1.0, False),
            ("monthly_net", 1.15, True),
            ("total_net", 1.15, True),
            ("stale", 1.0, False),
        ):
            label = ScaledLabel("", factor, bold=bold)
            label.setObjectName(f"result-{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            results.add(label)
            self.result_labels[key] = label
        self._add(results)

        breakdown = Card()
        breakdown.setAccessibleName(self.tr("Each cost, one by one"))
        breakdown.add(heading(self.tr("Each cost, one by one"), 3))
        self.breakdown_labels: dict[str, ScaledLabel] = {}
        for name in (*CATEGORIES, "paid_back"):
            label = ScaledLabel("")
            label.setObjectName(f"breakdown-{name}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            breakdown.add(label)
            self.breakdown_labels[name] = label
        self._add(breakdown)

        self.chart_host = HintHost()
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_note = paragraph("")
        self.chart_note.hide()
        self.chart_layout.addWidget(self.chart_note)
        self._add(self.chart_host)

        self.country_panels: dict[str, QWidget] = {}

        self.country.currentIndexChanged.connect(self._on_country)
        self.currency.currentTextChanged.connect(self._on_currency)
        self.finish()

    def build_rest(self) -> Iterator[None]:
        """Below the first screen: the chart (after the first screen; else when the page is
        first shown, `on_show`), then the notes (see Page)."""
        if self.first_screen_only:
            self._ensure_chart()
            yield
        # --- good to know, and notes for the country ------------------------------------------
        c = self.content.costs
        self.add_heading(c.notes_title, 2)
        for note in c.notes:
            self._add(self._note_card(note))

        self.country_heading = self.add_heading("", 2)
        for country_id, notes, empty_text in (
            ("", [], self.tr("Choose the country where you live, above, to see notes for it.")),
            *((country.id, country.notes, c.no_notes) for country in c.countries),
        ):
            panel = HintHost()
            panel.setObjectName(f"country-notes-{country_id or 'none'}")
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(14)
            if notes:
                for note in notes:
                    column.addWidget(self._note_card(note))
            else:
                column.addWidget(paragraph(empty_text))
            panel.hide()
            self.country_panels[country_id] = panel
            self._add(panel)

    # --- building helpers ----------------------------------------------------------------------
    def _form(self) -> _Form:
        form = _Form()
        self._add(form)
        return form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = WrappedLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

    def _add_fields(self, specs) -> None:
        form = self._form()
        for name, label, allow_unknown in specs:
            field = _NumberField(self, name, label, allow_unknown)
            field.label.setText(self.tr("{0}:").format(label))
            form.addRow(field.label, field.widget)
            self.fields[name] = field

    def _note_card(self, note: CostNote) -> Card:
        card = Card()
        card.setObjectName(f"note-{note.id}")
        unconfirmed = any(self.content.source(i).tag == "U" for i in note.sources)
        if unconfirmed:
            badge = ScaledLabel(self.tr("\u26a0 Not confirmed"), 1.0, bold=True)
            badge.setObjectName("unconfirmed")
            badge.setTextFormat(Qt.TextFormat.PlainText)
            badge.setAccessibleName(self.tr("Not confirmed"))
            card.add(badge)
            card.setProperty("unconfirmed", True)
            card.setStyleSheet("QFrame#" + card.objectName() + " { border: 2px dashed gray; }")
        card.add(paragraph(note.text))
        card.add(source_note(self.source_text(note.sources)))
        card.setAccessibleName(
            labelled(self.tr("Not confirmed"), note.text[:80]) if unconfirmed else note.text[:80]
        )
        return card

    # --- the session ---------------------------------------------------------------------------
    @property
    def costs(self) -> CostInputs:
        return self.document.session.costs

    def store(self, name: str, value) -> None:
        setattr(self.costs, name, value)
        self.document.edit("costs")

    def locale_currency(self) -> str:
        return money.locale_currency(self.content.pack.language)

    def currency_code(self) -> str:
        """The currency in use: the one chosen, or the locale's own."""
        return self.costs.currency or self.locale_currency()

    def money(self, value: Decimal | float) -> str:
        """An amount in the user's locale and currency, e.g. "$1,234.50" or "1.234,50 €"."""
        return money.format_money(value, self.currency_code(), self.content.pack.language)

    # --- refresh and show ----------------------------------------------------------------------
    def refresh(self) -> None:
        costs = self.costs
        reset = self._shown_session is not self.document.session
        if reset:
            self._shown_session = self.document.session
            self.prefilled.clear()
        self.country.blockSignals(True)
        index = self.country.findData(costs.country)
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)
        if reset or not self.currency_problem:
            self.currency.blockSignals(True)
            self.currency.setCurrentText(costs.currency)
            self.currency.blockSignals(False)
            self._set_currency_problem("")
        for name, field in self.fields.items():
            field.fill(getattr(costs, name), reset)
        self._show_country_notes()
        self.update_results()

    def on_show(self) -> None:
        # The chart first (hidden), so the one refresh fills it: it is placed once, when it
        # is shown with its numbers, at the width the page gives it. (Built after the first
        # screen: then with the rest, `build_rest`.)
        if not self.first_screen_only:
            self._ensure_chart()
        self._prefill_from_trial()
        self.refresh()

    def prepare(self) -> None:
        # As `on_show`, without taking the trial's figures: only a visit to the page does.
        self._ensure_chart()
        self.refresh()

    def _prefill_from_trial(self) -> None:
        """Use the trial's visits and months when the calculator has none yet (and say so)."""
        if self._shown_session is not self.document.session or not self.isVisible():
            return
        trial = self.document.session.trial
        changed = False
        for name in COUNT_FIELDS:
            field = self.fields[name]
            value = getattr(trial, name)
            if (
                value is None
                or getattr(self.costs, name) is not None
                or field.is_unknown()
                or field.problem
                or field.edit.text().strip()
            ):
                continue
            if validate(dataclasses.replace(self.costs, **{name: value})).get(name):
                continue
            setattr(self.costs, name, value)
            self.prefilled.add(name)
            changed = True
        if changed:
            self.document.edit("costs")

    # --- slots ---------------------------------------------------------------------------------
    def _on_country(self, index: int) -> None:
        old = self.content.costs.country(self.costs.country)
        new_id = self.country.itemData(index) or ""
        new = self.content.costs.country(new_id)
        self.costs.country = new_id
        # The country's currency, unless the person chose another one themselves.
        old_default = old.currency if old else ""
        if (
            new is not None
            and self.costs.currency in ("", old_default)
            and not self.currency_problem
        ):
            self.costs.currency = new.currency
            self.currency.blockSignals(True)
            self.currency.setCurrentText(new.currency)
            self.currency.blockSignals(False)
        self.document.edit("costs")
        self._show_country_notes()
        self.update_results()

    def _on_currency(self, text: str) -> None:
        code = text.strip().upper()
        problem = validate(dataclasses.replace(self.costs, currency=code)).get("currency", "")
        self._set_currency_problem(problem)
        if not problem:
            self.store("currency", code)
        self.update_results()

    def _set_currency_problem(self, problem: str) -> None:
        self.currency_problem = problem
        self.currency_message.setText("\u26a0 " + problem if problem else "")
        self.currency_message.setVisible(bool(problem))
        self.currency.setAccessibleDescription(problem)

    # --- results -------------------------------------------------------------------------------
    def _show_country_notes(self) -> None:
        if self.first_screen_only:
            return  # the notes are built after the first screen (then `refresh` shows them)
        country = self.content.costs.country(self.costs.country)
        key = country.id if country else ""
        for country_id, panel in self.country_panels.items():
            panel.setVisible(country_id == key)
        title = self.content.costs.countries_title
        self.country_heading.setText(labelled(title, country.name) if country else title)
        self.country_heading.setAccessibleName(self.country_heading.text())

    def result(self) -> CostResult | None:
        try:
            return compute(self.costs)
        except CostInputError:
            return None

    def update_results(self) -> None:
        own = self.locale_currency()
        self.currency_hint.setText(
            self.tr("Leave it empty to use your usual currency ({0}).").format(own)
            if own
            else self.tr("For example USD, EUR, GBP or CNY.")
        )
        self._update_prefill_note()
        result = self.result()
        labels = self.result_labels
        if result is None:  # cannot happen: only valid numbers reach the session
            for label in labels.values():
                label.setText("")
            return
        visits, months = result.visits_per_month, result.months
        need_visits = self.tr("Not known yet. Enter how many visits you have each month.")
        labels["per_visit"].setText(
            self.tr("Cost of one visit: {0}").format(self.money(result.per_visit))
        )
        if result.monthly_costs is None or result.monthly_back is None:
            labels["monthly_costs"].setText(
                self.tr("Your costs each month: {0}").format(need_visits)
            )
            labels["monthly_back"].setText(self.tr("Paid back each month: {0}").format(need_visits))
            labels["monthly_net"].setText(
                self.tr("What you pay each month, after what is paid back: {0}").format(need_visits)
            )
        else:
            labels["monthly_costs"].setText(
                self.tr("Your costs each month: {0}").format(self.money(result.monthly_costs))
            )
            labels["monthly_back"].setText(
                self.tr("Paid back each month: {0}").format(self.money(result.monthly_back))
            )
            if result.monthly_surplus:
                labels["monthly_net"].setText(
                    self.tr("The trial pays back more than these costs, by {0} a month.").format(
                        self.money(result.monthly_surplus)
                    )
                )
            else:
                labels["monthly_net"].setText(
                    self.tr("What you pay each month, after what is paid back: {0}").format(
                        self.money(result.monthly_net)
                    )
                )
        if result.total_net is not None and months is not None:
            if result.total_surplus:
                labels["total_net"].setText(
                    self.tr(
                        "Over {0} months, the trial pays back {1} more than these costs.",
                        "",
                        plural_n(months),
                    ).format(_count_text(months), self.money(result.total_surplus))
                )
            else:
                labels["total_net"].setText(
                    self.tr(
                        "In total over {0} months, after what is paid back: {1}",
                        "",
                        plural_n(months),
                    ).format(_count_text(months), self.money(result.total_net))
                )
        else:
            missing = []
            if visits is None:
                missing.append(self.tr("how many visits you have each month"))
            if months is None:
                missing.append(self.tr("how many months you would be in the trial"))
            labels["total_net"].setText(
                self.tr("In total: not known yet. Enter {0}.").format(
                    self.tr(" and ").join(missing)
                )
            )
        stale = [f.label.text().rstrip(":\uff1a") for f in self.fields.values() if f.problem]
        if self.currency_problem:
            stale.append(self.tr("Currency"))
        labels["stale"].setText(
            self.tr(
                "Some boxes above need fixing: {0}. Until then, these results use the last "
                "numbers that worked."
            ).format(join_items(stale))
            if stale
            else ""
        )
        labels["stale"].setVisible(bool(stale))
        self._update_breakdown(result)
        self._update_chart(result)

    def category_names(self) -> dict[str, str]:
        """The cost items' names, the same as on the handout (model/labels.py)."""
        return {name: cost_label(self.content, name) for name in CATEGORIES}

    def _update_breakdown(self, result: CostResult) -> None:
        names = self.category_names()
        visits = result.visits_per_month
        for name in CATEGORIES:
            amount = getattr(self.costs, name)
            monthly = result.monthly.get(name)
            if name in PER_VISIT_COSTS:
                if monthly is None:
                    text = self.tr("{0}: {1} a visit").format(names[name], self.money(amount))
                else:
                    text = self.tr(
                        "{0}: {1} a visit \u00d7 {2} visits = {3} a month", "", plural_n(visits)
                    ).format(
                        names[name], self.money(amount), _count_text(visits), self.money(monthly)
                    )
            else:
                text = self.tr("{0}: {1} a month").format(names[name], self.money(amount))
            self.breakdown_labels[name].setText(text)
        back = self.tr("Paid back: {0} a visit and {1} a month").format(
            self.money(self.costs.reimbursement_per_visit), self.money(self.costs.subsidy_per_month)
        )
        if result.monthly_back is not None:
            back += self.tr(", so {0} a month").format(self.money(result.monthly_back))
        self.breakdown_labels["paid_back"].setText(back)

    def _update_prefill_note(self) -> None:
        parts = []
        if "visits_per_month" in self.prefilled and self.costs.visits_per_month is not None:
            parts.append(
                self.tr("{0} visits a month", "", plural_n(self.costs.visits_per_month)).format(
                    _count_text(self.costs.visits_per_month)
                )
            )
        if "months" in self.prefilled and self.costs.months is not None:
            parts.append(
                self.tr("{0} months", "", plural_n(self.costs.months)).format(
                    _count_text(self.costs.months)
                )
            )
        if parts:
            self.prefill_note.setText(
                self.tr(
                    "We filled in {0} from what you told us about the trial. You can change "
                    "these numbers."
                ).format(self.tr(" and ").join(parts))
            )
        self.prefill_note.setVisible(bool(parts))

    # --- the chart (lazy) ----------------------------------------------------------------------
    def _ensure_chart(self) -> None:
        """Build the cost chart the first time the page is shown, if the chart module exists."""
        if self._chart_tried:
            return
        self._chart_tried = True
        try:
            from decisionaid.ui.charts.cost_chart import CostChart
        except ModuleNotFoundError as exc:
            if exc.name != "decisionaid.ui.charts.cost_chart":
                raise
            return
        # Made in its place (no second pass of the style sheet through it), and hidden
        # until _update_chart gives it its numbers.
        self.chart = CostChart(self.chart_host)
        self.chart.hide()
        self.chart.setObjectName("costChart")
        self.chart.set_title(self.tr("Your costs and what the trial pays back, each month"))
        self.chart.setAccessibleName(self.chart.title())
        self.chart_layout.insertWidget(0, self.chart)

    def _update_chart(self, result: CostResult | None = None) -> None:
        """Show the monthly costs against what is paid back. Does nothing without a chart."""
        if self.chart is None:
            return
        result = result or self.result()
        if result is None or result.monthly_costs is None or result.monthly_back is None:
            self.chart.hide()
            self.chart_note.setText(
                self.tr("The chart appears when you enter how many visits you have each month.")
            )
            self.chart_note.show()
            return
        names = self.category_names()
        values = {names[name]: float(result.monthly[name] or 0) for name in CATEGORIES}
        self.chart.set_values(values, float(result.monthly_back), self.money)
        self.chart_note.hide()
        self.chart.show()
