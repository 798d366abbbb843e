"""Step 12: Your summary. Everything on one screen; save the session or start a new one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from decisionaid.model import trial_summary
from decisionaid.model.labels import stage_heading, stage_label
from decisionaid.model.options import ROLES
from decisionaid.model.summary import (
    Phase,
    Priorities,
    chances_of,
    costs_of,
    phase_of,
    summarise,
)
from decisionaid.ui.money import format_money
from decisionaid.ui.pages.base import Page
from decisionaid.ui.pages.trial import PHASES
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import join_items, labelled, plural_n, sentences
from decisionaid.ui.widgets import Card, FlowLayout, HintHost, heading, paragraph


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


# Up to this many questions are listed in the card's own text (a usual session has 15 to 25:
# those from the options grid, the suggested ones ticked, a few of the patient's own). More (a
# session may hold 200 of the patient's own) go into one scrolling list: a word-wrapped
# rich-text label of 200 lines took about 10 ms for each layout pass, and the page 0.3 s to open.
QUESTIONS_IN_TEXT = 30
LIST_LINES = 12


class QuestionList(QPlainTextEdit):
    """All the questions, one on each line, in a read-only list about 12 lines high.

    A plain-text view lays out only the lines on screen, so its cost does not grow with the
    number of questions. Tab reaches it, and the arrow and Page keys scroll it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_lines(self, lines: list[str]) -> None:
        text = "\n".join(lines)
        if text != self.toPlainText():
            self.setPlainText(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * LIST_LINES
        margin = 2 * round(self.document().documentMargin())
        height = lines + margins.top() + margins.bottom() + margin
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the height follows the text size


class SummaryPage(Page):
    step_id = "summary"
    save_requested = Signal()
    new_requested = Signal()
    pdf_requested = Signal()
    print_requested = Signal()
    preview_requested = Signal()

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        self.add_heading(self.tr("Your summary"))
        self.add_paragraph(
            self.tr("This is what you told us. Take it to your doctor to talk it through.")
        )
        self.cards: dict[str, object] = {}
        for key, title in (
            ("you", self.tr("About you")),
            ("trial", self.tr("The trial")),
            ("costs", self.tr("Your costs")),
            ("lean", self.tr("Where you lean")),
            ("matters", self.tr("What matters most to you")),
            ("quiz", self.tr("Your knowledge check")),
            ("questions", self.tr("Your questions for the doctor")),
        ):
            card = Card()
            card.add(heading(title, 2))
            text = paragraph("")
            card.add(text)
            self.cards[key] = text
            self._add(card)
            if key == "questions":
                self.question_list = QuestionList()
                self.question_list.setAccessibleName(title)
                self.question_list.hide()
                card.add(self.question_list)
        buttons_host = HintHost()
        self.buttons = FlowLayout(buttons_host)
        self.save_button = QPushButton(self.tr("Save this session\u2026"))
        self.new_button = QPushButton(self.tr("Start a new session"))
        self.save_button.clicked.connect(self.save_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.new_button)
        self._add(buttons_host)
        document.changed.connect(self._on_changed)
        self.finish()

    def add_handout_controls(self, handout) -> None:
        """The handout options and buttons (the main window owns the HandoutController)."""
        self.handout = handout
        card = Card()
        card.add(heading(self.tr("Your handout for the doctor"), 2))
        card.add(
            paragraph(
                self.tr(
                    "Save this summary as a PDF file, or print it, and take it to your next visit."
                )
            )
        )
        row_host = HintHost()
        row = FlowLayout(row_host)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(handout.paper())))
        self.paper.activated.connect(self._on_paper)
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setChecked(handout.large_print())
        self.large_print.toggled.connect(handout.set_large_print)
        self.open_after = QCheckBox(self.tr("Open the PDF after saving"))
        self.open_after.setChecked(handout.open_after_saving())
        self.open_after.toggled.connect(handout.set_open_after_saving)
        paper_label = QLabel(self.tr("Pap&er:"))
        paper_label.setBuddy(self.paper)
        paper_box = HintHost()
        paper_line = QHBoxLayout(paper_box)
        paper_line.setContentsMargins(0, 0, 0, 0)
        paper_line.addWidget(paper_label)
        paper_line.addWidget(self.paper)
        row.addWidget(paper_box)
        row.addWidget(self.large_print)
        row.addWidget(self.open_after)
        card.add(row_host)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save &PDF\u2026"))
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button = QPushButton(self.tr("Print previe&w\u2026"))
        self.preview_button.clicked.connect(self.preview_requested)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        card.layout_.addLayout(buttons)
        self.handout_message = paragraph("")
        card.add(self.handout_message)
        handout.message.connect(self.handout_message.setText)
        handout.busy_changed.connect(self._on_handout_busy)
        self._on_handout_busy(handout.busy)
        self.body.insertWidget(self.body.count() - 2, card)
        self.structure_changed()

    def _on_handout_busy(self, busy: bool) -> None:
        """One handout at a time: the buttons wait while one is made."""
        self.pdf_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)

    def _on_paper(self, index: int) -> None:
        self.handout.set_paper(self.paper.itemData(index))

    def _on_changed(self, _section: str) -> None:
        if self.isVisible():
            self.refresh()

    def on_show(self) -> None:
        if not self.is_filled():
            self.refresh()

    def _set(self, key: str, html: str) -> None:
        label = self.cards[key]
        label.setText(html)

    def refresh(self) -> None:
        s = self.document.session
        c = self.content
        not_given = self.tr("Not given")
        sit = s.situation
        rows = [
            (self.tr("Name"), sit.name if sit.name else not_given),
            (self.tr("Cancer"), sit.cancer_type or not_given),
            # The same words as the handout (model/labels.py).
            (stage_heading(c), stage_label(c, sit.stage) or not_given),
            (self.tr("Decides with"), sit.decides_with or not_given),
        ]
        self._set("you", self._rows_html(rows))

        self._set("trial", self.trial_html())
        self._set("costs", self.costs_html())

        summary = summarise(s, c)
        lean = summary.leaning.label or self.tr("Not answered")
        score = summary.sure.score
        sure = (
            self.tr("{0} of 4 \u201cyes\u201d").format(score)
            if score is not None
            else self.tr("Not answered")
        )
        sure_note = ""
        if score is not None and not summary.sure.sure:
            sure_note = "<br>" + _e(self.tr("Some doubt remains. Worth talking about."))
        g = c.options.guide
        lines = [
            "<b>{}</b> {}".format(_e(self.tr("Leaning:")), _e(lean)),
            _e(self.tr("Among: {0}").format(" / ".join(summary.leaning.among))),
            "<b>{}</b> {}{}".format(_e(self.tr("SURE test:")), _e(sure), sure_note),
        ]
        if s.guide.deadline.strip():
            lines.append("<b>{}</b> {}".format(_e(self.tr("Decide by:")), _e(s.guide.deadline)))
        if s.guide.role in ROLES:
            role = g.roles[ROLES.index(s.guide.role)]
            lines.append("<b>{}</b> {}".format(_e(self.tr("How:")), _e(role)))
        for need, step in summary.needs:
            lines.append(f"\u2022 {_e(need)} \u2192 {_e(step)}")
        self._set("lean", "<br>".join(lines))
        self._set("matters", self.priorities_html(summary.priorities))

        k = summary.knowledge
        if k.answered:
            self._set(
                "quiz",
                _e(self.tr("{0} of {1} correct").format(k.correct, k.answered))
                + "<br>"
                + _e(labelled(self.tr("Questions answered"), f"{k.answered} / {k.total}")),
            )
        else:
            self._set("quiz", _e(self.tr("Not done yet.")))

        self._show_questions(summary.questions)
        self.mark_filled()

    def _show_questions(self, questions: list[str]) -> None:
        """A few questions in the card's text; many in a scrolling list, all of them."""
        many = len(questions) > QUESTIONS_IN_TEXT
        if not questions:
            self._set("questions", _e(self.tr("No questions chosen yet.")))
        elif many:
            self._set(
                "questions",
                _e(
                    self.tr(
                        "You have {0} questions. Scroll the list to read them all. "
                        "The handout has them all too.",
                        "",
                        len(questions),
                    ).format(len(questions))
                ),
            )
            self.question_list.set_lines([f"\u2022 {q}" for q in questions])
        else:
            self._set("questions", "<br>".join(f"\u2022 {_e(q)}" for q in questions))
        if not many:
            self.question_list.set_lines([])
        if self.question_list.isHidden() == many:
            self.question_list.setVisible(many)
            self.structure_changed()

    def priorities_html(self, top: Priorities) -> str:
        """The things that matter most, ranked; tied items share a rank and say so."""
        if not top.shown:
            if top.any_rated:
                return _e(self.tr("You rated every point \u201cnot at all\u201d."))
            return _e(self.tr("Nothing rated yet."))
        lines = []
        for item in top.shown:
            kind = self.tr("good point") if item.kind == "benefit" else self.tr("bad point")
            rating = item.rating_label
            if item.tied:
                rating = self.tr("{0}, tied").format(rating)
            note = _e(self.tr("({0})").format(labelled(kind, rating)))
            lines.append(f"{item.rank}. {_e(item.title)} ({_e(item.option)}) {note}")
        if top.more_tied:
            more = self.tr("{0} more are rated \u201c{1}\u201d too.").format(
                top.more_tied, top.shown[-1].rating_label
            )
            lines.append(_e(more))
        return "<br>".join(lines)

    def _rows_html(self, rows) -> str:
        label = self.tr("{0}:")
        # A row without a label is a line that names itself ("Status: recruiting. ...").
        return "<br>".join(
            f"<b>{_e(label.format(k))}</b> {_e(v)}" if k else _e(v) for k, v in rows if k or v
        )

    def costs_html(self) -> str:
        costs = costs_of(self.document.session.costs)
        if costs.state == "none":
            return _e(self.tr("Not worked out yet. See the Costs and subsidies step."))
        if costs.result is None:
            return _e(self.tr("Some numbers need fixing: {0}").format(costs.problem))
        result = costs.result
        code, lang = costs.inputs.currency, self.content.pack.language
        rows = [(self.tr("Cost of one visit"), format_money(result.per_visit, code, lang))]
        if result.monthly_net is None:
            rows.append((self.tr("Each month"), self.tr("Not known: visits per month are missing")))
        else:
            rows.append(
                (self.tr("Your costs each month"), format_money(result.monthly_costs, code, lang))
            )
            rows.append(
                (self.tr("Paid back each month"), format_money(result.monthly_back, code, lang))
            )
            if result.pays_back_more:
                rows.append(
                    (
                        self.tr("Each month"),
                        self.tr("The trial pays back {0} more than these costs").format(
                            format_money(result.monthly_surplus, code, lang)
                        ),
                    )
                )
            else:
                rows.append(
                    (
                        self.tr("Left for you to pay each month"),
                        format_money(result.monthly_net, code, lang),
                    )
                )
        if result.total_net is not None and not result.pays_back_more:
            rows.append(
                (
                    self.tr("In total over {0} months", "", plural_n(result.months)).format(
                        f"{result.months:g}"
                    ),
                    format_money(result.total_net, code, lang),
                )
            )
        return self._rows_html(rows)

    def trial_html(self) -> str:
        s = self.document.session
        t = s.trial
        if t.is_empty():
            if s.trial_unknown:
                return _e(self.tr("No specific trial yet. General information only."))
            return _e(self.tr("No trial details entered."))
        unknown = self.tr("Not known yet")
        facts = trial_summary.facts(t, s.situation.cancer_type, self.content.pack.language)
        rows = []
        if facts.closed or facts.stale:
            rows.append((self.tr("Warning"), sentences(facts.closed, facts.stale)))
        rows += [
            (self.tr("Trial name"), t.title or unknown),
            (self.tr("Registry number"), t.registry_id or unknown),
            (None, facts.status),
            (None, facts.study_type),
            (self.tr("Phase"), self.phase_text(phase_of(t.phases))),
        ]
        if facts.condition_prompt:
            rows.append((self.tr("Conditions"), facts.condition_prompt))
        if t.randomised is not None:
            rows.append((self.tr("Randomised"), self.tr("Yes") if t.randomised else self.tr("No")))
        chances = chances_of(s, self.content)
        if chances and t.randomised is not False:
            text = join_items(
                labelled(c.label, self.tr("{0} in {1}").format(c.parts, c.total)) for c in chances
            )
            rows.append((self.tr("Chance of each group"), text))
        if t.visits_per_month is not None:
            rows.append((self.tr("Visits per month"), f"{t.visits_per_month:g}"))
        if t.months is not None:
            rows.append((self.tr("Months"), f"{t.months:g}"))
        return self._rows_html(rows)

    def phase_text(self, phase: Phase) -> str:
        """Words for the phase, never a registry code ("early1", "na")."""
        if phase.kind == "unknown":
            return self.tr("Not known yet")
        names = dict(PHASES)
        if phase.kind == "none":
            return QCoreApplication.translate("TrialPage", names["na"])
        codes = ("early1",) if phase.kind == "early1" else phase.shown
        return self.tr(", ").join(
            QCoreApplication.translate("TrialPage", names[p]) if p in names else p for p in codes
        )
