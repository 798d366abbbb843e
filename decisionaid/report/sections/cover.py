"""Page 1, for the doctor: who and when, the trial, the leaning, SURE, the knowledge check, the
three things that matter most and the top questions. No Qt.

Page 1 always fits on one page. When the answers are long, fewer top questions are shown (all
of them are on a later page); only if it still does not fit is the page drawn slightly smaller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer

from decisionaid.content.schema import Consideration
from decisionaid.report import drawings, parts
from decisionaid.report.fonts import clean_text
from decisionaid.report.sections import answers

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder

# Page 1 shows at most this many questions (fewer in large print, so that it stays one page),
# each at most this long. All of them are printed in full under "All questions".
TOP_QUESTIONS = 5
TOP_QUESTIONS_LARGE = 3
TOP_QUESTION_CHARS = 220

# A key-answers row: (label, value, note); this note draws the leaning scale instead.
LEANING_SCALE = "\0scale"


def add_cover(doc: HandoutBuilder) -> None:
    """Page 1, then a page break."""
    limit = TOP_QUESTIONS_LARGE if doc.options.large_print else TOP_QUESTIONS
    height = doc.style.frame_height * 0.985
    for questions in range(limit, -1, -1):
        start = len(doc.story)
        add_cover_content(doc, questions)
        cover = doc.story[start:]
        del doc.story[start:]
        if parts.stacked_height(cover, doc.style.frame_width) <= height:
            break
    doc.add(KeepInFrame(doc.style.frame_width, height, cover, mode="shrink"))
    doc.add(PageBreak())


def add_cover_content(doc: HandoutBuilder, questions: int) -> None:
    """What page 1 holds, with at most `questions` of the top questions."""
    s, st = doc.session, doc.style
    doc.add(doc.paragraph(doc.text("cover_kicker"), "kicker"))
    doc.add(doc.paragraph(doc.text("cover_title"), "title"))
    who = [doc.inline(doc.date)]
    if doc.name:
        who.insert(0, doc.inline(doc.name, bold=True))
    doc.add(doc.markup_paragraph(" · ".join(who), "body"))
    facts: list[str] = []
    if s.situation.cancer_type.strip():
        facts.append(_label_markup(doc, "cancer_type", s.situation.cancer_type))
    if s.situation.decides_with.strip():
        facts.append(_label_markup(doc, "decides_with", s.situation.decides_with))
    if facts:
        doc.add(doc.markup_paragraph(" · ".join(facts), "body"))
    _add_trial_box(doc)

    # Key answers: leaning, SURE, knowledge check, stage. Bounded text only (no user text).
    rows = [leaning_row(doc), sure_row(doc), knowledge_row(doc)]
    if s.situation.stage:
        rows.append((doc.text("stage"), doc.text(f"stage_{s.situation.stage}"), ""))
    doc.add(_key_table(doc, rows))

    doc.add(Spacer(1, st["body"].size * 0.4))
    _add_top_matters(doc)
    _add_top_questions(doc, questions)

    c = s.counselor
    if (c.name.strip() or c.clinic.strip()) and not doc.options.large_print:
        doc.add(Spacer(1, st["body"].size * 0.3))
        answers.add_counselor(doc)


def _label_markup(doc: HandoutBuilder, key: str, value: str) -> str:
    return f"{doc.inline(doc.with_colon(doc.text(key)), bold=True)} {doc.inline(value)}"


def _add_trial_box(doc: HandoutBuilder) -> None:
    """The trial, in a shaded box: title, registry number, phase."""
    s = doc.session
    t = s.trial
    if s.trial_unknown or t.is_empty():
        trial = doc.inline(doc.text("no_trial"))
    else:
        title = t.title.strip() or doc.text("trial_untitled")
        rid = t.registry_id.strip() or doc.text("registry_unknown")
        trial = " · ".join(
            [doc.inline(title, bold=True), doc.inline(rid), doc.inline(answers.phase_text(doc))]
        )
    label = doc.inline(doc.with_colon(doc.text("trial")), bold=True)
    doc.add(doc.markup_paragraph(f"{label} {trial}", "box"))


def _add_top_matters(doc: HandoutBuilder) -> None:
    """The three things that matter most to the patient, benefits and risks alike."""
    s = doc.session
    doc.add(doc.paragraph(doc.text("top_matters"), "h2"))
    cc = doc.content.considerations
    top = s.top_priorities([b.id for b in cc.benefits], [r.id for r in cc.risks], 3)
    if top:
        kinds = {c.id: (c, kind) for c, kind in answers.considerations(doc)}
        doc.add(_top_table(doc, [kinds[i] for i in top]))
    else:
        rated = [i for i in (*cc.benefits, *cc.risks) if i.id in s.ratings]
        key = "top_matters_all_zero" if rated else "top_matters_none"
        doc.add(doc.paragraph(doc.text(key), "body"))


def _add_top_questions(doc: HandoutBuilder, limit: int) -> None:
    """The patient's own questions first, then the ticked ones; long ones shortened."""
    doc.add(doc.paragraph(doc.text("top_questions"), "h2"))
    questions = answers.own_questions(doc) + answers.checked_questions(doc)
    if not questions:
        doc.add(doc.paragraph(doc.text("top_questions_none"), "body"))
    for q in questions[:limit]:
        text = clean_text(q).strip()
        if len(text) > TOP_QUESTION_CHARS:
            cut = text[:TOP_QUESTION_CHARS].rsplit(" ", 1)[0] or text[:TOP_QUESTION_CHARS]
            markup = f"{doc.inline(cut + '…')} {doc.inline(doc.text('question_shortened'))}"
            doc.add(
                doc.markup_paragraph(markup, "bullet", bullet="☐", cjk=doc.fonts.has_cjk_text(q))
            )
        else:
            doc.add(doc.paragraph(text, "bullet", bullet="☐"))
    if len(questions) > limit:
        if limit:
            more = doc.text("more_questions_nopage", n=len(questions) - limit)
        else:
            more = doc.text("questions_elsewhere", n=len(questions))
        doc.add(doc.paragraph(more, "small"))


# --- the key answers --------------------------------------------------------------------------
def leaning_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    leaning = doc.session.leaning
    labels = doc.content.decide.leaning
    value = labels[leaning] if leaning is not None else doc.text("not_answered")
    return (doc.text("leaning"), value, LEANING_SCALE)


def sure_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The SURE score, what it means, and the items answered "no"."""
    s = doc.session
    ids = [i.id for i in doc.content.decide.sure]
    score = s.sure_score(ids)
    if score is None:
        answered = sum(1 for i in ids if i in s.sure)
        return (doc.text("sure"), doc.text("not_answered"), doc.text("sure_missing", n=answered))
    value = doc.text("sure_score", score=score)
    if score == 4:
        return (doc.text("sure"), value, doc.text("sure_ok"))
    no_items = [
        f"{i.letter} – {i.text}" for i in doc.content.decide.sure if s.sure.get(i.id) is False
    ]
    note = doc.text("sure_conflict")
    if no_items:
        note += "\n" + doc.text("sure_conflict_items", items=" / ".join(no_items))
    return (doc.text("sure"), value, note)


def knowledge_row(doc: HandoutBuilder) -> tuple[str, str, str]:
    """The knowledge check: how many right, of how many answered, and which were missed."""
    quiz = doc.content.quiz
    quiz_answers = doc.session.quiz
    correct, answered = doc.session.quiz_score(quiz.answer_key())
    if answered == 0:
        return (doc.text("knowledge"), doc.text("knowledge_none"), "")
    value = doc.text("knowledge_score", correct=correct, answered=answered)
    total = len(quiz.questions)
    note = (
        "" if answered == total else doc.text("knowledge_of_total", answered=answered, total=total)
    )
    missed = [
        q.prompt for q in quiz.questions if q.id in quiz_answers and quiz_answers[q.id] != q.answer
    ]
    if missed:
        missed_text = doc.text("knowledge_missed", items=" / ".join(missed))
        note = f"{note}\n{missed_text}" if note else missed_text
    return (doc.text("knowledge"), value, note)


def _key_table(doc: HandoutBuilder, rows: list[tuple[str, str, str]]) -> Flowable:
    width = doc.style.frame_width
    label_w = width * 0.27
    cells = []
    for label, value, note in rows:
        cell: list[Flowable] = [doc.paragraph(value, "value")]
        if note == LEANING_SCALE:
            cell.append(
                drawings.leaning_scale(
                    doc.chart_context(),
                    doc.content.decide.leaning,
                    doc.session.leaning,
                    width - label_w - 12,
                )
            )
        elif note:
            cell.append(doc.paragraph(note, "value_note"))
        cells.append((doc.paragraph(label, "label"), cell))
    return parts.key_facts_table(doc, cells, label_w)


def _top_table(doc: HandoutBuilder, items: list[tuple[Consideration, str]]) -> Flowable:
    pal = doc.style.palette
    rows = [
        (
            doc.paragraph(doc.text(kind).upper(), "tag"),
            doc.paragraph(f"{row + 1}. {item.title}", "value"),
            doc.paragraph(answers.rating_label(doc, item.id), "value_note"),
            pal.benefit if kind == "benefit" else pal.risk,
        )
        for row, (item, kind) in enumerate(items)
    ]
    return parts.ranked_table(doc, rows)
