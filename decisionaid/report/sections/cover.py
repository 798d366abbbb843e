"""Page 1, for the doctor: who and when, the trial, the leaning, SURE, the knowledge check, the
three things that matter most and the top questions. No Qt.

Page 1 always fits on one page. When the answers are long, fewer top questions are shown (all
of them are on a later page); only if it still does not fit is the page drawn slightly smaller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer

from decisionaid.model import trial_summary
from decisionaid.model.registry.words import words
from decisionaid.model.summary import TOP_PRIORITIES, Priorities, priorities
from decisionaid.report import parts
from decisionaid.report.sections import answers
from decisionaid.report.sections.costs import format_money
from decisionaid.report.text import clean_text

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder

# Page 1 shows at most this many questions (fewer in large print, so that it stays one page),
# each at most this long. All of them are printed in full under "All questions".
TOP_QUESTIONS = 5
TOP_QUESTIONS_LARGE = 3
TOP_QUESTION_CHARS = 220
# When page 1 is still too full: the free-text fields and then the one question, shortened.
SHORT_FIELD_CHARS = 80
SHORT_QUESTION_CHARS = 120

# The patient's notes on page 1 are shortened to this many characters (in full later), or
# to the shorter length when page 1 is too full.
NOTES_CHARS = 240
SHORT_NOTES_CHARS = 90


def add_cover(doc: HandoutBuilder) -> None:
    """Page 1, then a page break.

    Page 1 must fit on one page and hold at least the patient's top question. When it does
    not fit, in this order: fewer top questions (down to one); then "what matters most" with
    no more rows than it ranks (items tied with the last are counted, not listed); then the
    long free-text fields (cancer, who decides, the trial's title) shortened; then the one
    question shortened; and only then the page drawn slightly smaller (in large print that
    would make it smaller than normal print)."""
    limit = TOP_QUESTIONS_LARGE if doc.options.large_print else TOP_QUESTIONS
    height = doc.style.frame_height * 0.985
    full = doc.summary.priorities
    compact = priorities(doc.session, doc.content, most=TOP_PRIORITIES, grid=doc.grid)
    q_chars, notes = TOP_QUESTION_CHARS, NOTES_CHARS
    attempts = [(n, None, q_chars, full, notes) for n in range(limit, 0, -1)]
    attempts += [(1, None, q_chars, compact, notes)]
    attempts += [(1, SHORT_FIELD_CHARS, q_chars, compact, notes)]
    attempts += [(1, SHORT_FIELD_CHARS, SHORT_QUESTION_CHARS, compact, notes)]
    attempts += [(1, SHORT_FIELD_CHARS, SHORT_QUESTION_CHARS, compact, SHORT_NOTES_CHARS)]
    if not doc.summary.questions:
        attempts = [(0, field, 0, top, notes) for _, field, _, top, notes in attempts[-4:]]
    for questions, field_chars, question_chars, top, notes_chars in attempts:
        start = len(doc.story)
        add_cover_content(doc, questions, field_chars, question_chars, top, notes_chars)
        cover = doc.story[start:]
        del doc.story[start:]
        if parts.stacked_height(cover, doc.style.frame_width) <= height:
            break
    doc.add(KeepInFrame(doc.style.frame_width, height, cover, mode="shrink"))
    doc.add(PageBreak())


def shorten(text: str, limit: int | None) -> str:
    """`text` cut at a word to at most `limit` characters, with "…" (None: as it is)."""
    text = clean_text(text).strip()
    if limit is None or len(text) <= limit:
        return text
    return (text[:limit].rsplit(" ", 1)[0] or text[:limit]) + "…"


def add_cover_content(
    doc: HandoutBuilder,
    questions: int,
    field_chars: int | None = None,
    question_chars: int = TOP_QUESTION_CHARS,
    top: Priorities | None = None,
    notes_chars: int = NOTES_CHARS,
) -> None:
    """What page 1 holds, with at most `questions` of the top questions, each at most
    `question_chars` long, the free-text fields at most `field_chars` long, `top` (the
    summary's priorities by default) as what matters most, and the notes shortened to
    `notes_chars`."""
    s, st = doc.session, doc.style
    doc.add(doc.paragraph(doc.text("cover_kicker"), "kicker"))
    doc.add(doc.paragraph(doc.text("cover_title"), "title"))
    who = [doc.inline(doc.date)]
    if doc.name:
        who.insert(0, doc.inline(doc.name, bold=True))
    doc.add(doc.markup_paragraph(" · ".join(who), "body"))
    facts: list[str] = []
    if s.situation.cancer_type.strip():
        cancer = shorten(s.situation.cancer_type, field_chars)
        facts.append(_label_markup(doc, "cancer_type", cancer))
    if s.situation.decides_with.strip():
        decides = shorten(s.situation.decides_with, field_chars)
        facts.append(_label_markup(doc, "decides_with", decides))
    if facts:
        doc.add(doc.markup_paragraph(" · ".join(facts), "body"))
    _add_trial_box(doc, field_chars)

    # Key answers: leaning, SURE, knowledge check, stage. Bounded text only (no user text).
    rows = [leaning_row(doc), sure_row(doc), knowledge_row(doc)]
    if s.situation.stage:
        rows.append((doc.text("stage"), doc.text(f"stage_{s.situation.stage}"), ""))
    doc.add(_key_table(doc, rows))

    doc.add(Spacer(1, st["body"].size * 0.4))
    _add_top_matters(doc, top or doc.summary.priorities)
    _add_top_questions(doc, questions, question_chars)
    _add_notes(doc, notes_chars)

    c = s.counselor
    if (c.name.strip() or c.clinic.strip()) and not doc.options.large_print:
        doc.add(Spacer(1, st["body"].size * 0.3))
        answers.add_counselor(doc)


def _label_markup(doc: HandoutBuilder, key: str, value: str) -> str:
    return f"{doc.inline(doc.with_colon(doc.text(key)), bold=True)} {doc.inline(value)}"


def _add_trial_box(doc: HandoutBuilder, field_chars: int | None) -> None:
    """The trial, in a shaded box: title, registry number, phase."""
    s = doc.session
    t = s.trial
    if s.trial_unknown or t.is_empty():
        trial = doc.inline(doc.text("no_trial"))
    else:
        title = shorten(t.title, field_chars and field_chars * 2) or doc.text("trial_untitled")
        rid = t.registry_id.strip() or doc.text("registry_unknown")
        parts = [doc.inline(title, bold=True), doc.inline(rid), doc.inline(answers.phase_text(doc))]
        code = trial_summary.status_code(t)
        if code:
            parts.append(doc.inline(words(doc.language)(f"status.name.{code}")))
        trial = " · ".join(parts)
    label = doc.inline(doc.with_colon(doc.text("trial")), bold=True)
    # The net cost and the visit burden, in one line with the trial.
    burden_label, burden, _ = burden_row(doc)
    burden_markup = f"{doc.inline(doc.with_colon(burden_label), bold=True)} {doc.inline(burden)}"
    doc.add(doc.markup_paragraph(f"{label} {trial}<br/>{burden_markup}", "box"))
    if not (s.trial_unknown or t.is_empty()):
        # A trial nobody can join says so on page 1, next to whatever the patient leans to.
        closed = trial_summary.closed_banner(t, doc.language)
        if closed:
            doc.add(doc.markup_paragraph(doc.inline(closed, bold=True), "box"))


def _add_top_matters(doc: HandoutBuilder, top: Priorities) -> None:
    """The three things that matter most to the patient, benefits and risks alike; items tied
    with the last of them are shown too, or counted."""
    doc.add(doc.paragraph(doc.text("top_matters"), "h2"))
    if top.shown:
        doc.add(_top_table(doc, top))
        if top.more_tied:
            label = top.shown[-1].rating_label
            more = doc.counted("top_matters_more_tied", top.more_tied, n=top.more_tied, label=label)
            doc.add(doc.paragraph(more, "small"))
    else:
        key = "top_matters_all_zero" if top.any_rated else "top_matters_none"
        doc.add(doc.paragraph(doc.text(key), "body"))


def _add_notes(doc: HandoutBuilder, chars: int) -> None:
    """The patient's notes in their own words, shortened to fit (in full on a later page)."""
    notes = " ".join(clean_text(doc.session.notes).split())
    if not notes:
        return
    label = doc.inline(doc.with_colon(doc.text("notes_cover")), bold=True)
    shortened = len(notes) > chars
    if shortened:
        notes = shorten(notes, chars)
    cjk = doc.fonts.has_cjk_text(notes)
    doc.add(doc.markup_paragraph(f"{label} {doc.inline(notes)}", "body_tight", cjk=cjk))
    if shortened:
        doc.add(doc.paragraph(doc.text("notes_shortened"), "small"))


def _add_top_questions(doc: HandoutBuilder, limit: int, chars: int) -> None:
    """The patient's own questions first, then the ticked ones; long ones shortened."""
    doc.add(doc.paragraph(doc.text("top_questions"), "h2"))
    questions = doc.summary.questions
    if not questions:
        doc.add(doc.paragraph(doc.text("top_questions_none"), "body"))
    for q in questions[:limit]:
        text = clean_text(q).strip()
        if len(text) > chars:
            cut = shorten(text, chars)
            markup = f"{doc.inline(cut)} {doc.inline(doc.text('question_shortened'))}"
            doc.add(
                doc.markup_paragraph(markup, "bullet", bullet="☐", cjk=doc.fonts.has_cjk_text(q))
            )
        else:
            doc.add(doc.paragraph(text, "bullet", bullet="☐"))
    if len(questions) > limit:
        if limit:
            more = doc.text("more_questions_nopage", n=len(questions) - limit)
        else:
            more = doc.counted("questions_elsewhere", len(questions), n=len(questions))
        doc.add(doc.paragraph(more, "small"))


# --- the key answers --------------------------------------------------------------------------
def leaning_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The option the patient leans toward, among the options they were shown."""
    leaning = doc.summary.leaning
    if not leaning.label:
        return (doc.text("leaning"), doc.text("not_answered"), "")
    value = doc.text("leaning_among", choice=leaning.label, n=len(leaning.among))
    return (doc.text("leaning"), value, "")


def burden_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The net cost and the visit burden in one line: money, visits, months, distance."""
    t, inputs = doc.session.trial, doc.session.costs
    result = doc.summary.costs.result
    bits: list[str] = []
    if result is not None and result.monthly_net is not None:
        if result.pays_back_more and result.monthly_surplus is not None:
            amount = format_money(result.monthly_surplus, result.currency, doc.language)
            bits.append(doc.text("burden_gain_month", amount=amount))
        else:
            bits.append(
                doc.text(
                    "burden_net_month",
                    amount=format_money(result.monthly_net, result.currency, doc.language),
                )
            )
    else:
        bits.append(doc.text("burden_no_cost"))
    visits = t.visits_per_month if t.visits_per_month is not None else inputs.visits_per_month
    months = t.months if t.months is not None else inputs.months
    if visits is not None:
        per_month = doc.counted("count_visits_month", visits, n=f"{visits:g}")
    if visits is not None and months is not None:
        how_long = doc.counted("count_months", months, n=f"{months:g}")
        bits.append(doc.text("burden_visits", visits=per_month, months=how_long))
    elif visits is not None:
        bits.append(doc.text("burden_visits_month", visits=per_month))
    else:
        bits.append(doc.text("burden_visits_unknown"))
    if t.distance_km is not None:
        bits.append(doc.text("burden_distance", km=f"{t.distance_km:g}"))
    return (doc.text("burden"), " · ".join(bits), "")


def sure_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The SURE score, what it means, and the items answered "no"."""
    sure = doc.summary.sure
    if sure.score is None:
        missing = doc.text("sure_missing", n=sure.answered)
        return (doc.text("sure"), doc.text("not_answered"), missing)
    value = doc.text("sure_score", score=sure.score)
    if sure.sure:
        return (doc.text("sure"), value, doc.text("sure_ok"))
    note = doc.text("sure_conflict")
    if sure.no_items:
        note += "\n" + doc.text("sure_conflict_items", items=" / ".join(sure.no_items))
    return (doc.text("sure"), value, note)


def knowledge_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The knowledge check: how many right, of how many answered, and which were missed."""
    k = doc.summary.knowledge
    if k.answered == 0:
        return (doc.text("knowledge"), doc.text("knowledge_none"), "")
    value = doc.text("knowledge_score", correct=k.correct, answered=k.answered)
    notes = []
    if k.answered != k.total:
        notes.append(doc.counted("knowledge_of_total", k.total, answered=k.answered, total=k.total))
    if k.missed:
        notes.append(doc.text("knowledge_missed", items=" / ".join(k.missed)))
    return (doc.text("knowledge"), value, "\n".join(notes))


def _key_table(doc: HandoutBuilder, rows: list[tuple[str, str, str]]) -> Flowable:
    width = doc.style.frame_width
    label_w = width * 0.27
    cells = []
    for label, value, note in rows:
        cell: list[Flowable] = [doc.paragraph(value, "value")]
        if note:
            cell.append(doc.paragraph(note, "value_note"))
        cells.append((doc.paragraph(label, "label"), cell))
    return parts.key_facts_table(doc, cells, label_w)


def _top_table(doc: HandoutBuilder, top: Priorities) -> Flowable:
    pal = doc.style.palette
    rows = []
    for item in top.shown:
        rating = item.rating_label
        if item.tied:
            rating = doc.text("top_matters_tied", rating=rating)
        rows.append(
            (
                doc.paragraph(doc.text(item.kind).upper(), "tag"),
                doc.paragraph(f"{item.rank}. {item.title} ({item.option})", "value"),
                doc.paragraph(rating, "value_note"),
                pal.benefit if item.kind == "benefit" else pal.risk,
            )
        )
    return parts.ranked_table(doc, rows)
