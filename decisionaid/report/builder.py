"""The PDF handout: model -> story, in named steps. No Qt.

`HandoutBuilder(session, content, options).build()` returns the PDF as bytes:

    _cover()      page 1, for the doctor: who, when, the trial, leaning, SURE, knowledge check,
                  the three things that matter most, the top questions
    _trial()      what the patient knows about the trial
    _values()     benefits and risks with the patient's ratings (same weight for both)
    _costs()      the cost estimate
    _charts()     the evidence in pictures, each with its text equivalent
    _questions()  all questions and the patient's notes
    _glossary()   words used
    _sources()    sources with years, evidence review date, version, funding, disclaimer

`GeneralHandoutBuilder(content, options).build()` makes the blank handout for clinics: phases,
randomisation, costs and questions to ask, with no patient data at all.

`export_pdf()` / `export_handout()` write the file atomically (storage.files.write_atomic):
a full disk or a read-only folder raises WriteError with a one-line message and leaves no
partial file. The session is only read, never changed.

User text is escaped and keeps its line breaks (fonts.FontSet.markup); it only ever goes into
paragraphs that can split across pages, never into table cells, so 10,000 characters of notes
cannot overflow a page. The output is reproducible: the same session gives the same bytes.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import io
import string
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

from decisionaid import APP_NAME, __version__
from decisionaid.content.schema import Consideration, ContentPack
from decisionaid.model.session import Session
from decisionaid.report import drawings
from decisionaid.report.fonts import (
    NO_CJK_WARNING,
    FontChoice,
    FontSet,
    clean_text,
    font_set,
    is_cjk,
)
from decisionaid.report.strings import format_date, pdf_language, strings
from decisionaid.report.styles import HandoutStyle, TextStyle, handout_style
from decisionaid.storage.files import write_atomic

# Page 1 shows at most this many questions (fewer in large print, so that it stays one page),
# each at most this long. All of them are printed in full under "All questions".
TOP_QUESTIONS = 5
TOP_QUESTIONS_LARGE = 3
TOP_QUESTION_CHARS = 220


@dataclass(frozen=True)
class HandoutOptions:
    paper: str = "a4"
    large_print: bool = False
    # Which font files to use; None: the ones found on this computer (fonts.default_choice).
    font_choice: FontChoice | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    pages: int
    # Sentences for the user, e.g. that Chinese text has no font on this computer.
    warnings: list[str] = field(default_factory=list)


# --- helpers ----------------------------------------------------------------------------------
_CURRENCY_SYMBOLS = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "CNY": "¥",
    "JPY": "¥",
    "CAD": "CA$",
    "AUD": "A$",
    "HKD": "HK$",
    "TWD": "NT$",
    "SGD": "S$",
    "INR": "₹",
}


def format_money(amount: Decimal, currency: str) -> str:
    """1234.5, "USD" -> "$1,234.50"; unknown codes go after the number: "1,234.50 CHF"."""
    text = f"{abs(amount):,.2f}"
    sign = "−" if amount < 0 else ""
    symbol = _CURRENCY_SYMBOLS.get(currency)
    if symbol:
        return f"{sign}{symbol}{text}"
    return f"{sign}{text} {currency}".rstrip()


def _number(value: float) -> str:
    return f"{value:g}"


def _timestamp(iso_date: str) -> Any:
    """A reportlab TimeStamp fixed at midnight UTC of `iso_date` (2000-01-01 if not a date)."""
    from reportlab.lib.utils import TimeStamp

    stamp = TimeStamp(invariant=1)
    try:
        day = _dt.date.fromisoformat(iso_date)
    except (TypeError, ValueError):
        return stamp
    t = calendar.timegm(day.timetuple())
    lt = time.gmtime(t)
    stamp.t, stamp.lt, stamp.YMDhms = t, lt, tuple(lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _canvas_class(decorate: Callable[[Canvas, int, int], None], created: str) -> type[Canvas]:
    """A canvas that knows the page count when drawing headers and footers ("Page 2 of 7"),
    and whose creation date is the session's date (so the same session gives the same file)."""

    class HandoutCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _timestamp(created)
            self._page_states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return HandoutCanvas


# --- the common machinery ---------------------------------------------------------------------
class _Handout:
    """Styles, fonts and paragraph helpers shared by both handouts."""

    def __init__(self, content: ContentPack, options: HandoutOptions | None = None) -> None:
        self.content = content
        self.options = options or HandoutOptions()
        self.language = content.pack.language
        self.style: HandoutStyle = handout_style(self.options.paper, self.options.large_print)
        self.fonts: FontSet = font_set(self.language, self.options.font_choice)
        self.words = strings(self.language)
        self.cjk_language = pdf_language(self.language) == "zh-CN"
        self.story: list[Flowable] = []
        self.missing: set[str] = set()
        self.pages = 0
        self._pstyles: dict[tuple[str, bool], ParagraphStyle] = {}

    # --- words and styles ----------------------------------------------------------------------
    def w(self, key: str, **kwargs: Any) -> str:
        text = self.words[key]
        return text.format(**kwargs) if kwargs else text

    def ps(self, name: str, cjk: bool = False) -> ParagraphStyle:
        key = (name, cjk or self.cjk_language)
        if key not in self._pstyles:
            t: TextStyle = self.style[name]
            self._pstyles[key] = ParagraphStyle(
                f"{name}{'-cjk' if key[1] else ''}",
                fontName=self.fonts.bold if t.bold else self.fonts.regular,
                fontSize=t.size,
                leading=t.leading,
                textColor=colors.HexColor(t.color),
                spaceBefore=t.space_before,
                spaceAfter=t.space_after,
                leftIndent=t.left_indent,
                rightIndent=t.right_indent,
                bulletIndent=max(0.0, t.left_indent - t.bullet_gap),
                bulletFontName=self.fonts.regular,
                bulletFontSize=t.size,
                alignment=t.align,
                wordWrap="CJK" if key[1] else None,
                backColor=colors.HexColor(t.background) if t.background else None,
                borderColor=colors.HexColor(t.border) if t.border else None,
                borderWidth=0.75 if t.border else 0,
                borderPadding=t.padding,
                splitLongWords=True,
                # A heading never stays alone at the foot of a page.
                keepWithNext=1 if name in ("h1", "h2", "h3", "chart_title") else 0,
                allowWidows=1,
                allowOrphans=0,
            )
        return self._pstyles[key]

    def label(self, text: str) -> str:
        """'Label' -> 'Label:' (or '标签：' in Chinese)."""
        return self.w("colon", label=text)

    def fmt(self, key: str, **values: str) -> str:
        """Markup for a template of `strings` filled with (user) values, all escaped."""
        out = []
        for literal, name, _spec, _conv in string.Formatter().parse(self.words[key]):
            if literal:
                out.append(self.m(literal))
            if name is not None:
                out.append(self.m(str(values[name])))
        return "".join(out)

    def m(self, text: str, bold: bool = False) -> str:
        """Inline markup for plain text (escaped; each run names its font)."""
        return self.fonts.markup(text, bold=bold, inline=True, missing=self.missing)

    def para(self, text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        """A paragraph of plain text, exactly as given (escaped, line breaks kept)."""
        bold = self.style[style].bold
        markup = self.fonts.markup(text, bold=bold, missing=self.missing)
        return self.rich(markup, style, bullet=bullet, cjk=self.fonts.has_cjk_text(text))

    def rich(
        self, markup: str, style: str = "body", bullet: str | None = None, cjk: bool | None = None
    ) -> Paragraph:
        """A paragraph of markup built with `m()` (and nothing else that is user text)."""
        if cjk is None:
            cjk = any(is_cjk(c) for c in markup)
        style_ = self.ps(style, cjk)
        if bullet is not None:
            style_ = self._bullet_style(style_, self.fonts.font_for(bullet))
        return Paragraph(markup, style_, bulletText=bullet)

    def _bullet_style(self, base: ParagraphStyle, font: str) -> ParagraphStyle:
        key = (f"{base.name}+{font}", False)
        if key not in self._pstyles:
            self._pstyles[key] = ParagraphStyle(
                base.name + "-bullet", parent=base, bulletFontName=font
            )
        return self._pstyles[key]

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, text: str, level: str = "h1") -> None:
        # Keep a heading with what follows it: start a new page unless a fair part of this
        # one is left (what follows is often a block that does not split).
        need = max(self.style[level].leading * 4, self.style.frame_height * 0.22)
        self.add(CondPageBreak(need), self.para(text, level))

    def labelled(self, label: str, value: str, style: str = "body") -> Paragraph:
        """'Label: value' with the label in bold; `value` is user text or content."""
        return self.rich(f"{self.m(self.label(label), bold=True)} {self.m(value)}", style)

    def bullets(self, items: Sequence[str], style: str = "bullet", mark: str = "•") -> None:
        for item in items:
            self.add(self.para(item, style, bullet=mark))

    def figure(self, fig: drawings.Figure, caption: str = "") -> None:
        parts: list[Flowable] = []
        if fig.title:
            parts.append(self.para(fig.title, "chart_title"))
        parts += [Spacer(1, self.style["body"].size * 0.4), fig.drawing]
        # The title stays with its drawing; the words may flow on to the next page.
        self.add(KeepTogether(parts), Spacer(1, self.style["body"].size * 0.5))
        words = f"{self.m(self.w('in_words'), bold=True)} {self.m(fig.text)}"
        self.add(self.rich(words, "caption", cjk=self.fonts.has_cjk_text(fig.text)))
        if caption:
            self.add(self.para(caption, "caption"))

    def table_style(self, commands: list[tuple[Any, ...]]) -> TableStyle:
        """Table commands, after setting our font for any plain-string cell (the default,
        Helvetica, is not embedded and must not appear in the PDF)."""
        body = self.style["body"]
        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                ("FONTSIZE", (0, 0), (-1, -1), body.size),
                ("LEADING", (0, 0), (-1, -1), body.leading),
                *commands,
            ]
        )

    def chart_context(self) -> drawings.ChartContext:
        return drawings.ChartContext(self.style, self.fonts, self.words, self.style.frame_width)

    def cite(self, ids: Sequence[str]) -> str:
        return self.content.cite(list(ids))

    # --- warnings ------------------------------------------------------------------------------
    @property
    def warnings(self) -> list[str]:
        """Sentences for the user about text this computer's fonts cannot print."""
        if not self.missing:
            return []
        if not self.fonts.has_cjk and any(is_cjk(c) for c in self.missing):
            return [NO_CJK_WARNING]
        sample = " ".join(sorted(self.missing)[:8])
        return [f"Some characters have no font on this computer and print as empty boxes: {sample}"]

    # --- page decoration and rendering ---------------------------------------------------------
    def header_text(self) -> str:
        return ""

    def _decorate(self, canv: Canvas, page: int, pages: int) -> None:
        """Footer on every page (version, "not medical advice", page X of Y); a running header
        from page 2 on, so a loose page can be put back with its handout."""
        st = self.style
        left, right = st.margin_left, st.page_size[0] - st.margin_right
        width = right - left
        lead = st["footer"].leading
        canv.saveState()
        canv.setStrokeColor(colors.HexColor(st.palette.rule))
        canv.setLineWidth(0.5)
        foot_y = st.margin_bottom - lead * 2.4
        canv.line(left, foot_y + lead * 1.3, right, foot_y + lead * 1.3)
        page_p = Paragraph(
            self.m(self.w("page_of", page=page, pages=pages)),
            ParagraphStyle("page-number", parent=self.ps("footer"), alignment=2),
        )
        page_w = width * 0.3
        page_p.wrap(page_w, lead * 2)
        page_p.drawOn(canv, right - page_w, foot_y)
        foot = self.rich(self.m(self.w("footer", version=__version__)), "footer")
        foot.wrap(width - page_w - 6, lead * 2)
        foot.drawOn(canv, left, foot_y)
        header = self.header_text()
        if page > 1 and header:
            # One line only: a very long name is shortened with "…" rather than wrapped
            # up into the top margin.
            header = self.chart_context().fit(header, width, self.style["footer"].size)
            head = self.rich(self.m(header), "footer")
            head.wrap(width, lead * 2)
            top = st.page_size[1] - st.margin_top + lead * 0.9
            head.drawOn(canv, left, top)
            canv.line(left, top - 3, right, top - 3)
        canv.restoreState()

    def _render(self, title: str, subject: str, author: str, created: str) -> bytes:
        st = self.style
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf,
            pagesize=st.page_size,
            leftMargin=st.margin_left,
            rightMargin=st.margin_right,
            topMargin=st.margin_top,
            bottomMargin=st.margin_bottom,
            title=title,
            subject=subject,
            author=author,
            creator=f"{APP_NAME} {__version__}",
            producer=f"{APP_NAME} {__version__} (ReportLab)",
            keywords="",
            lang=pdf_language(self.language),
            displayDocTitle=True,
            invariant=1,
            initialFontName=self.fonts.regular,
            initialFontSize=st["body"].size,
            pageCompression=1,
        )
        frame = Frame(
            st.margin_left,
            st.margin_bottom,
            st.frame_width,
            st.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story, canvasmaker=_canvas_class(self._decorate, created))
        self.pages = doc.page
        return buf.getvalue()


def _metadata_text(text: str, limit: int = 200) -> str:
    text = " ".join(clean_text(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the patient's handout --------------------------------------------------------------------
class HandoutBuilder(_Handout):
    """The patient's summary to take to the doctor."""

    def __init__(
        self, session: Session, content: ContentPack, options: HandoutOptions | None = None
    ) -> None:
        super().__init__(content, options)
        self.session = session

    # --- what the steps need -------------------------------------------------------------------
    @property
    def name(self) -> str:
        s = self.session.situation
        return s.name.strip() if s.show_name and s.name.strip() else ""

    @property
    def date(self) -> str:
        return format_date(self.session.created, self.language)

    def header_text(self) -> str:
        parts = [self.w("cover_title")]
        if self.name:
            parts.append(_metadata_text(self.name, 60))
        parts.append(self.date)
        return " · ".join(parts)

    def _considerations(self) -> list[tuple[Consideration, str]]:
        c = self.content.considerations
        return [(b, "benefit") for b in c.benefits] + [(r, "risk") for r in c.risks]

    def _rating_label(self, item_id: str) -> str:
        rating = self.session.ratings.get(item_id)
        labels = self.content.considerations.rating_labels
        return labels[rating] if rating is not None else self.w("not_rated")

    def _phase_text(self) -> str:
        phases = self.session.trial.phases
        if not phases:
            return self.w("phase_unknown")
        if phases == ["na"]:
            return self.w("phase_na")
        names = [p for p in phases if p != "na"]
        if names == ["early1"]:
            return self.w("phase_early1")
        shown = [self.w("phase_early1_short") if p == "early1" else p for p in names]
        return self.w("phase_value", phase="/".join(shown))

    def _checked_questions(self) -> list[str]:
        """The suggested questions the patient ticked (content text), in their order."""
        texts = [self.content.questions.text(q) for q in self.session.questions_checked]
        return [t for t in texts if t]

    def _own_questions(self) -> list[str]:
        return [q for q in self.session.own_questions if q.strip()]

    # --- build ---------------------------------------------------------------------------------
    def build(self) -> bytes:
        self.story = []
        self.missing = set()
        self._cover()
        self._trial()
        self._values()
        self._costs()
        self._charts()
        self._questions()
        self._glossary()
        self._sources()
        title = (
            self.w("doc_title_named", name=_metadata_text(self.name))
            if self.name
            else self.w("doc_title")
        )
        return self._render(
            title=title,
            subject=self.w("doc_subject"),
            author=_metadata_text(self.name),
            created=self.session.created,
        )

    # --- page 1 --------------------------------------------------------------------------------
    def _cover(self) -> None:
        """Page 1 for the doctor always fits on one page. When the answers are long, fewer
        top questions are shown (all of them are on a later page); only if it still does not
        fit is the page drawn slightly smaller."""
        limit = TOP_QUESTIONS_LARGE if self.options.large_print else TOP_QUESTIONS
        height = self.style.frame_height * 0.985
        for questions in range(limit, -1, -1):
            start = len(self.story)
            self._cover_content(questions)
            cover = self.story[start:]
            del self.story[start:]
            _, needed = _listWrapOn(cover, self.style.frame_width, None)
            if needed <= height:
                break
        self.add(KeepInFrame(self.style.frame_width, height, cover, mode="shrink"))
        self.add(PageBreak())

    def _cover_content(self, limit: int) -> None:
        s, st = self.session, self.style
        self.add(self.para(self.w("cover_kicker"), "kicker"))
        self.add(self.para(self.w("cover_title"), "title"))
        who = [self.m(self.date)]
        if self.name:
            who.insert(0, self.m(self.name, bold=True))
        self.add(self.rich(" · ".join(who), "body"))
        facts: list[str] = []
        if s.situation.cancer_type.strip():
            facts.append(self._label_markup("cancer_type", s.situation.cancer_type))
        if s.situation.decides_with.strip():
            facts.append(self._label_markup("decides_with", s.situation.decides_with))
        if facts:
            self.add(self.rich(" · ".join(facts), "body"))

        # The trial, in a shaded box.
        t = s.trial
        if s.trial_unknown or t.is_empty():
            trial = self.m(self.w("no_trial"))
        else:
            title = t.title.strip() or self.w("trial_untitled")
            rid = t.registry_id.strip() or self.w("registry_unknown")
            trial = " · ".join([self.m(title, bold=True), self.m(rid), self.m(self._phase_text())])
        self.add(self.rich(f"{self.m(self.label(self.w('trial')), bold=True)} {trial}", "box"))

        # Key answers: leaning, SURE, knowledge check, stage. Bounded text only (no user text).
        rows = [self._leaning_row(), self._sure_row(), self._knowledge_row()]
        if s.situation.stage:
            rows.append((self.w("stage"), self.w(f"stage_{s.situation.stage}"), ""))
        self.add(self._key_table(rows))

        # What matters most
        self.add(Spacer(1, st["body"].size * 0.4))
        self.add(self.para(self.w("top_matters"), "h2"))
        considerations = self._considerations()
        cc = self.content.considerations
        top = s.top_priorities([b.id for b in cc.benefits], [r.id for r in cc.risks], 3)
        if top:
            kinds = {c.id: (c, kind) for c, kind in considerations}
            self.add(self._top_table([kinds[i] for i in top]))
        else:
            rated = [i for i in (*cc.benefits, *cc.risks) if i.id in s.ratings]
            key = "top_matters_all_zero" if rated else "top_matters_none"
            self.add(self.para(self.w(key), "body"))

        # Top questions
        self.add(self.para(self.w("top_questions"), "h2"))
        questions = self._own_questions() + self._checked_questions()
        if not questions:
            self.add(self.para(self.w("top_questions_none"), "body"))
        for q in questions[:limit]:
            text = clean_text(q).strip()
            if len(text) > TOP_QUESTION_CHARS:
                cut = text[:TOP_QUESTION_CHARS].rsplit(" ", 1)[0] or text[:TOP_QUESTION_CHARS]
                markup = f"{self.m(cut + '…')} {self.m(self.w('question_shortened'))}"
                self.add(self.rich(markup, "bullet", bullet="☐", cjk=self.fonts.has_cjk_text(q)))
            else:
                self.add(self.para(text, "bullet", bullet="☐"))
        if len(questions) > limit:
            if limit:
                more = self.w("more_questions_nopage", n=len(questions) - limit)
            else:
                more = self.w("questions_elsewhere", n=len(questions))
            self.add(self.para(more, "small"))

        c = s.counselor
        if (c.name.strip() or c.clinic.strip()) and not self.options.large_print:
            self.add(Spacer(1, st["body"].size * 0.3))
            self.add(self._counselor_para())

    def _label_markup(self, key: str, value: str) -> str:
        return f"{self.m(self.label(self.w(key)), bold=True)} {self.m(value)}"

    def _counselor_para(self) -> Paragraph:
        c = self.session.counselor
        name, clinic = c.name.strip(), c.clinic.strip()
        if name and clinic:
            markup = self.fmt("counselor_clinic", name=name, clinic=clinic)
        elif name:
            markup = self.fmt("counselor", name=name)
        else:
            markup = self.fmt("clinic_only", clinic=clinic)
        return self.rich(markup, "small", cjk=self.fonts.has_cjk_text(name + clinic))

    def _leaning_row(self) -> tuple[str, str, str]:
        leaning = self.session.leaning
        labels = self.content.decide.leaning
        value = labels[leaning] if leaning is not None else self.w("not_answered")
        return (self.w("leaning"), value, "\0scale")

    def _sure_row(self) -> tuple[str, str, str]:
        s = self.session
        ids = [i.id for i in self.content.decide.sure]
        score = s.sure_score(ids)
        if score is None:
            answered = sum(1 for i in ids if i in s.sure)
            return (self.w("sure"), self.w("not_answered"), self.w("sure_missing", n=answered))
        value = self.w("sure_score", score=score)
        if score == 4:
            return (self.w("sure"), value, self.w("sure_ok"))
        no_items = [
            f"{i.letter} – {i.text}" for i in self.content.decide.sure if s.sure.get(i.id) is False
        ]
        note = self.w("sure_conflict")
        if no_items:
            note += "\n" + self.w("sure_conflict_items", items=" / ".join(no_items))
        return (self.w("sure"), value, note)

    def _knowledge_row(self) -> tuple[str, str, str]:
        quiz = self.content.quiz
        correct, answered = self.session.quiz_score(quiz.answer_key())
        if answered == 0:
            return (self.w("knowledge"), self.w("knowledge_none"), "")
        value = self.w("knowledge_score", correct=correct, answered=answered)
        total = len(quiz.questions)
        note = (
            ""
            if answered == total
            else self.w("knowledge_of_total", answered=answered, total=total)
        )
        missed = [
            q.prompt
            for q in quiz.questions
            if q.id in self.session.quiz and self.session.quiz[q.id] != q.answer
        ]
        if missed:
            missed_text = self.w("knowledge_missed", items=" / ".join(missed))
            note = f"{note}\n{missed_text}" if note else missed_text
        return (self.w("knowledge"), value, note)

    def _key_table(self, rows: list[tuple[str, str, str]]) -> Table:
        st = self.style
        width = st.frame_width
        label_w = width * 0.27
        data = []
        for label, value, note in rows:
            cell: list[Flowable] = [self.para(value, "value")]
            if note == "\0scale":
                cell.append(self._leaning_scale(width - label_w - 12))
            elif note:
                cell.append(self.para(note, "value_note"))
            data.append([self.para(label, "label"), cell])
        table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
        pad = st["body"].size * 0.45
        table.setStyle(
            self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.HexColor(st.palette.rule)),
                    ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(st.palette.heading)),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(st.palette.panel)),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ]
            )
        )
        return table

    def _leaning_scale(self, width: float) -> Flowable:
        return drawings.leaning_scale(
            self.chart_context(), self.content.decide.leaning, self.session.leaning, width
        )

    def _top_table(self, items: list[tuple[Consideration, str]]) -> Table:
        st = self.style
        pal = st.palette
        width = st.frame_width
        tag_w = width * 0.16
        rate_w = width * 0.27
        data, styles = [], []
        for row, (item, kind) in enumerate(items):
            tag = self.para(self.w(kind).upper(), "tag")
            data.append(
                [
                    tag,
                    self.para(f"{row + 1}. {item.title}", "value"),
                    self.para(self._rating_label(item.id), "value_note"),
                ]
            )
            styles.append(
                (
                    "BACKGROUND",
                    (0, row),
                    (0, row),
                    colors.HexColor(pal.benefit if kind == "benefit" else pal.risk),
                )
            )
        table = Table(data, colWidths=[tag_w, width - tag_w - rate_w, rate_w], hAlign="LEFT")
        pad = st["body"].size * 0.4
        table.setStyle(
            self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.HexColor(pal.rule)),
                    ("BOX", (0, 0), (-1, -1), 0.75, colors.HexColor(pal.rule)),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    *styles,
                ]
            )
        )
        return table

    # --- the trial -----------------------------------------------------------------------------
    def _trial(self) -> None:
        s = self.session
        t = s.trial
        if s.trial_unknown or t.is_empty():
            return
        self.heading(self.w("trial_details"))
        title = t.title.strip() or self.w("trial_untitled")
        self.add(self.para(title, "h3"))
        rid = t.registry_id.strip() or self.w("registry_unknown")
        self.add(self.labelled(self.w("registry_id"), rid))
        self.add(self.labelled(self.w("phase"), self._phase_text()))
        if t.arms:
            self.add(self.para(self.label(self.w("trial_groups")), "h3"))
            for arm in t.arms:
                text = arm.label.strip() or "—"
                if arm.description.strip():
                    text += ": " + arm.description.strip()
                self.add(self.para(text, "bullet", bullet="•"))
        if t.ratio and len(t.ratio) >= 2:
            chances = _chances(t.ratio, self.words)
            labels = self._arm_labels(len(t.ratio))
            parts = [f"{lab}: {c}" for lab, c in zip(labels, chances, strict=True)]
            text = "; ".join(parts)
            if t.ratio_assumed:
                text += " " + self.w("trial_ratio_assumed")
            self.add(self.labelled(self.w("trial_ratio"), text))
        schedule = self._schedule_text()
        if schedule:
            self.add(self.labelled(self.w("trial_schedule"), schedule))
        if t.placebo is not None:
            key = "trial_placebo_yes" if t.placebo else "trial_placebo_no"
            self.add(self.labelled(self.w("trial_placebo"), self.w(key)))
        where = t.site.strip()
        if t.distance_km is not None:
            dist = self.w("trial_distance", km=_number(t.distance_km))
            where = f"{where} ({dist})" if where else dist
        if where:
            self.add(self.labelled(self.w("trial_site"), where))
        if t.enrollment is not None:
            kind = self.w(f"enrollment_{t.enrollment_type}") if t.enrollment_type else ""
            value = (
                self.w("trial_enrollment_value", n=t.enrollment, kind=kind)
                if kind
                else str(t.enrollment)
            )
            self.add(self.labelled(self.w("trial_enrollment"), value))
        if t.status.strip():
            self.add(self.labelled(self.w("trial_status"), t.status))
        if t.sponsor.strip():
            self.add(self.labelled(self.w("trial_sponsor"), t.sponsor))
        if t.covers.strip():
            self.add(self.para(self.label(self.w("trial_covers")), "h3"))
            self.add(self.para(t.covers, "user"))
        if t.contact.strip():
            self.add(self.para(self.label(self.w("trial_contact")), "h3"))
            self.add(self.para(t.contact, "user"))

    def _arm_labels(self, n: int) -> list[str]:
        arms = self.session.trial.arms
        defaults = self.content.facts.randomisation.labels_for(n)
        if len(arms) == n:
            return [a.label.strip() or defaults[i] for i, a in enumerate(arms)]
        return defaults

    def _schedule_text(self) -> str:
        t = self.session.trial
        visits, months = t.visits_per_month, t.months
        if visits is not None and months is not None:
            return self.w("trial_schedule_value", visits=_number(visits), months=_number(months))
        if visits is not None:
            return self.w("trial_visits_only", visits=_number(visits))
        if months is not None:
            return self.w("trial_months_only", months=_number(months))
        return ""

    # --- benefits and risks --------------------------------------------------------------------
    def _values(self) -> None:
        c = self.content.considerations
        self.heading(self.w("values_title"))
        self.add(self.para(self.w("values_intro"), "body"))
        ratings = self.session.ratings
        fig = drawings.ratings_chart(
            self.chart_context(),
            [(b.title, ratings.get(b.id)) for b in c.benefits],
            [(r.title, ratings.get(r.id)) for r in c.risks],
            c.rating_labels,
            (self.w("benefits"), self.w("risks")),
            self.w("ratings_chart_title"),
        )
        self.figure(fig)
        for title, items in ((self.w("benefits"), c.benefits), (self.w("risks"), c.risks)):
            for i, item in enumerate(items):
                parts = self._consideration(item)
                if i == 0:  # the section heading stays with its first item
                    parts.insert(0, self.para(title, "h2"))
                self.add(KeepTogether(parts))

    def _consideration(self, item: Consideration) -> list[Flowable]:
        rating = self.session.ratings.get(item.id)
        max_rating = len(self.content.considerations.rating_labels) - 1
        dots = "●" * (rating or 0) + "○" * (max_rating - (rating or 0))
        rating_markup = (
            f"{self.m(self.label(self.w('rating')), bold=True)} {self.m(dots)} "
            f"{self.m(self._rating_label(item.id), bold=rating is not None)}"
        )
        likely = (
            f"{self.m(self.label(self.w('how_likely')), bold=True)} {self.m(item.how_likely)} "
            f"({self.m(self.cite(item.sources))})"
        )
        return [
            self.para(item.title, "h3"),
            self.rich(rating_markup, "body_tight"),
            self.para(item.text, "body"),
            self.rich(likely, "note"),
        ]

    # --- costs ---------------------------------------------------------------------------------
    def _costs(self) -> None:
        from decisionaid.model.costs import CATEGORIES, CostInputError, CostInputs, compute

        inputs = self.session.costs
        self.heading(self.w("costs_title"))
        if inputs == CostInputs(country=inputs.country, currency=inputs.currency):
            self.add(self.para(self.w("costs_none"), "body"))
            self._cost_note()
            return
        try:
            result = compute(inputs)
        except CostInputError as exc:
            self.add(self.para(self.w("costs_invalid", problem=str(exc)), "body"))
            self._cost_note()
            return
        currency = result.currency

        def money(value: Decimal | None) -> str:
            return "—" if value is None else format_money(value, currency)

        intro = (
            self.w("costs_intro", currency=currency) if currency else self.w("costs_intro_plain")
        )
        self.add(self.para(intro, "body"))
        per_visit_names = [n for n in CATEGORIES if n != "lodging"]
        header = [self.w("cost_item"), self.w("cost_per_visit"), self.w("cost_per_month")]
        rows: list[list[str]] = []
        for name in CATEGORIES:
            per_visit = (
                format_money(Decimal(str(getattr(inputs, name))), currency)
                if name in per_visit_names
                else ""
            )
            rows.append([self.w(f"cost_{name}"), per_visit, money(result.monthly.get(name))])
        if result.monthly_back is None and inputs.subsidy_per_month:
            # Visits unknown: the paid-back total is unknown, but the monthly subsidy is not.
            subsidy = Decimal(str(inputs.subsidy_per_month)).quantize(Decimal("0.01"))
            rows.append([self.w("cost_back_month"), "", format_money(subsidy, currency)])
        rows.append([self.w("cost_costs"), money(result.per_visit), money(result.monthly_costs)])
        rows.append(
            [
                self.w("cost_back"),
                format_money(Decimal(str(inputs.reimbursement_per_visit)), currency),
                money(result.monthly_back),
            ]
        )
        net_label = self.w("cost_net_gain") if result.pays_back_more else self.w("cost_net")
        net_month = (
            None
            if result.monthly_net is None
            else (-result.monthly_net if result.pays_back_more else result.monthly_net)
        )
        rows.append([net_label, "", money(net_month)])
        show_total = result.total_net is not None
        if show_total:
            header.append(self.w("cost_total"))
            totals = {
                len(rows) - 3: result.total_costs,
                len(rows) - 2: result.total_back,
                len(rows) - 1: (-result.total_net if result.pays_back_more else result.total_net),
            }
            for i, row in enumerate(rows):
                row.append(money(totals[i]) if i in totals else "")
        self.add(self._money_table(header, rows, bold_from=len(rows) - 3))
        if result.visits_per_month is None:
            self.add(self.para(self.w("cost_unknown_visits"), "note"))
        elif result.months is None:
            self.add(self.para(self.w("cost_unknown_months"), "note"))

        if result.monthly_costs is not None and result.monthly_back is not None:
            cost_parts = [
                (self.w(f"cost_{n}"), v)
                for n in CATEGORIES
                if (v := result.monthly.get(n)) is not None and v > 0
            ]
            subsidy = Decimal(str(inputs.subsidy_per_month)).quantize(Decimal("0.01"))
            reimbursed = result.monthly_back - subsidy
            back_parts = [
                (self.w(key), amount)
                for key, amount in (("cost_back_visits", reimbursed), ("cost_back_month", subsidy))
                if amount > 0
            ]
            if cost_parts or back_parts:
                net = result.monthly_net or Decimal(0)
                net_sentence = (
                    self.w("cost_gain_sentence", net=money(-net))
                    if net < 0
                    else self.w("cost_net_sentence", net=money(net))
                )
                text = self.w(
                    "cost_chart_text",
                    costs=money(result.monthly_costs),
                    parts=", ".join(f"{lab} {money(v)}" for lab, v in cost_parts) or "—",
                    back=money(result.monthly_back),
                    net_sentence=net_sentence,
                )
                fig = drawings.cost_chart(
                    self.chart_context(),
                    drawings.CostBarData(
                        costs=cost_parts,
                        back=back_parts,
                        costs_label=self.w("cost_costs"),
                        back_label=self.w("cost_back"),
                        money=money,
                        text=text,
                    ),
                    self.w("cost_chart_title"),
                )
                self.figure(fig)
        self._cost_note()

    def _cost_note(self) -> None:
        _who_pays(self, self.session.costs.country)

    def _money_table(self, header: list[str], rows: list[list[str]], bold_from: int) -> Table:
        st = self.style
        width = st.frame_width
        n = len(header)
        first = width * (0.40 if n == 4 else 0.46)
        rest = (width - first) / (n - 1)
        data = [[self.para(h, "label") for h in header]]
        for i, row in enumerate(rows):
            style = "value" if i >= bold_from else "body_tight"
            data.append([self.para(row[0], style)] + [self.para(v, style) for v in row[1:]])
        table = Table(data, colWidths=[first] + [rest] * (n - 1), hAlign="LEFT", repeatRows=1)
        pad = st["body"].size * 0.3
        table.setStyle(
            self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor(st.palette.heading)),
                    (
                        "LINEABOVE",
                        (0, bold_from + 1),
                        (-1, bold_from + 1),
                        1,
                        colors.HexColor(st.palette.heading),
                    ),
                    (
                        "ROWBACKGROUNDS",
                        (0, 1),
                        (-1, -1),
                        [colors.white, colors.HexColor(st.palette.panel)],
                    ),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ]
            )
        )
        return table

    # --- charts --------------------------------------------------------------------------------
    def _charts(self) -> None:
        facts = self.content.facts
        self.heading(self.w("charts_title"))
        self.add(self.para(self.w("charts_intro"), "body"))
        ctx = self.chart_context()
        t = self.session.trial
        known = not (self.session.trial_unknown or t.is_empty())
        own_ratio = known and t.randomised is not False and len(t.ratio) >= 2
        # The chance of each group in the patient's own trial, when it is randomised.
        if known and (t.randomised is False or len(t.arms) == 1):
            key = "rand_single" if len(t.arms) == 1 else "rand_not_randomised"
            self.add(self.para(self.w("rand_title_trial"), "chart_title"), self.para(self.w(key)))
        elif own_ratio:
            fig = drawings.randomisation_chart(
                ctx, t.ratio, self._arm_labels(len(t.ratio)), self.w("rand_title_trial")
            )
            caption = self.w("trial_ratio_assumed") if t.ratio_assumed else ""
            caption = (caption + " " + self._rand_common(facts.randomisation)).strip()
            self.figure(fig, caption)
        self._frequency_figures(facts)
        for interval in facts.intervals:
            self._interval_figure(interval)
        if not own_ratio and facts.randomisation.examples:
            r = facts.randomisation
            example = r.examples[1] if len(r.examples) > 1 else r.examples[0]
            fig = drawings.randomisation_chart(
                ctx, example, r.labels_for(len(example)), self.w("rand_title_example")
            )
            self.figure(fig, self._rand_common(r))
        self._funnel_figure(facts.funnel)

    def _rand_common(self, r: Any) -> str:
        return self.w(
            "rand_common",
            total=r.total,
            equal=r.equal_count,
            time_frame=r.time_frame,
            source=self.cite(r.sources),
        )

    def _frequency_figures(self, facts: Any) -> None:
        ctx = self.chart_context()
        groups = (
            ("phase1_response_overall", "phase1_response_recent"),
            ("phase1_death", "phase1_later_approved"),
        )
        for ids in groups:
            items = []
            for fid in ids:
                try:
                    fact = facts.frequency(fid)
                except KeyError:
                    continue
                items.append(
                    drawings.IconArrayData(
                        title=fact.title,
                        frequency=fact.frequency(),
                        affected_label=fact.affected_label,
                        other_label=fact.other_label,
                        time_frame=fact.time_frame,
                        source=self.cite(fact.sources),
                        note=fact.note,
                    )
                )
            if items:
                self.figure(drawings.icon_arrays(ctx, items))

    def _interval_figure(self, figure: Any) -> None:
        rows = []
        for study in figure.studies:
            low, high = study.exact_interval()
            text = self.w(
                "interval_text",
                label=study.label,
                events=study.events,
                total=study.total,
                group=study.group,
                outcome=study.outcome,
                time_frame=study.time_frame,
                low=drawings.pct(low * 100),
                high=drawings.pct(high * 100),
                source=self.cite(study.sources),
            )
            rows.append(
                drawings.IntervalRow(study.label, study.events, study.total, low, high, text)
            )
        fig = drawings.interval_chart(self.chart_context(), rows, figure.title)
        self.figure(fig, figure.caption)

    def _funnel_figure(self, funnel: Any) -> None:
        data = drawings.FunnelData(
            title=funnel.title,
            unit=funnel.unit,
            start=funnel.start,
            stages=[s.reached for s in funnel.steps],
            cumulative=funnel.cumulative(),
            overall_percent=funnel.overall_percent,
            time_frame=funnel.time_frame,
            source=self.cite(funnel.sources),
        )
        self.figure(drawings.funnel_chart(self.chart_context(), data), funnel.caption)

    # --- questions and notes -------------------------------------------------------------------
    def _questions(self) -> None:
        self.heading(self.w("questions_title"))
        chosen = self._checked_questions()
        own = self._own_questions()
        self.add(self.para(self.w("questions_own"), "h3"))
        if own:
            for q in own:
                self.add(self.para(q, "bullet", bullet="☐"))
        else:
            self.add(self.para(self.w("questions_none"), "body"))
        self.add(self.para(self.w("questions_chosen"), "h3"))
        if chosen:
            for q in chosen:
                self.add(self.para(q, "bullet", bullet="☐"))
        else:
            self.add(self.para(self.w("questions_none"), "body"))
        if self.session.notes.strip():
            self.heading(self.w("notes_title"), "h2")
            self.add(self.para(self.session.notes, "user"))

    # --- glossary and sources ------------------------------------------------------------------
    def _glossary(self) -> None:
        _glossary(self)

    def _sources(self) -> None:
        _sources(self)
        c = self.session.counselor
        if c.name.strip() or c.clinic.strip():
            self.add(self._counselor_para())


def _chances(ratio: Sequence[int], words: dict[str, str]) -> list[str]:
    from decisionaid.model.stats import reduce_ratio

    # One denominator for all groups (3:1:2 -> 3 in 6, 1 in 6, 2 in 6), as evidence.md asks.
    parts = reduce_ratio(list(ratio))
    return [words["n_in_d"].format(n=p, d=sum(parts)) for p in parts]


def _who_pays(h: _Handout, country_id: str) -> None:
    """Who pays for what, general notes, and the notes for the patient's country (if any)."""
    costs = h.content.costs
    rr = costs.routine_research
    h.add(h.para(rr.title, "h3"))
    for text in rr.paragraphs:
        h.add(h.para(text, "note"))
    h.add(h.para(f"({h.cite(rr.sources)})", "note"))
    notes = list(costs.notes)
    country = costs.country(country_id) if country_id else None
    if country is not None:
        notes += country.notes
    if notes:
        h.add(
            h.para(
                costs.notes_title if country is None else f"{costs.notes_title}: {country.name}",
                "h3",
            )
        )
        for note in notes:
            h.add(h.para(f"{note.text} ({h.cite(note.sources)})", "bullet_note", bullet="•"))


def _glossary(h: _Handout) -> None:
    h.heading(h.w("glossary_title"))
    for term in h.content.glossary.terms:
        h.add(h.rich(f"{h.m(term.term, bold=True)} — {h.m(term.definition)}", "body"))


def _sources(h: _Handout) -> None:
    pack = h.content.pack
    h.heading(h.w("sources_title"))
    for sid, source in h.content.sources.sources.items():
        del sid
        unconfirmed = h.w("tag_U")
        tag = ""
        if source.tag == "U" and unconfirmed.lower() not in source.citation.lower():
            tag = f" [{unconfirmed}]"
        text = f"{h.m(f'{source.short} ({source.year}).', bold=True)} {h.m(source.citation + tag)}"
        h.add(h.rich(text, "bullet_small", bullet="•"))
    review = format_date(pack.evidence_review, h.language)
    h.add(Spacer(1, h.style["body"].size * 0.5))
    h.add(h.para(h.w("evidence_review", date=review), "body"))
    h.add(
        h.rich(
            f"{h.m(h.label(h.w('update_policy')), bold=True)} {h.m(pack.update_policy)}", "small"
        )
    )
    h.add(h.rich(f"{h.m(h.label(h.w('funding_title')), bold=True)} {h.m(pack.funding)}", "small"))
    h.add(
        h.rich(f"{h.m(h.label(h.w('disclaimer_title')), bold=True)} {h.m(pack.disclaimer)}", "body")
    )
    h.add(h.para(h.w("app_version", version=__version__, content=pack.content_version), "small"))


# --- the blank handout ------------------------------------------------------------------------
class GeneralHandoutBuilder(_Handout):
    """A general handout with no patient data: phases, randomisation, costs, questions."""

    def build(self) -> bytes:
        self.story = []
        self.missing = set()
        self._cover()
        self._phases()
        self._randomisation()
        self._costs()
        self._values()
        self._questions()
        self._glossary()
        self._sources()
        return self._render(
            title=self.w("blank_title"),
            subject=self.w("blank_subject"),
            author="",
            created=self.content.pack.evidence_review,
        )

    def header_text(self) -> str:
        return self.w("blank_title")

    def _cover(self) -> None:
        self.add(self.para(self.w("blank_kicker"), "kicker"))
        self.add(self.para(self.w("blank_title"), "title"))
        self.add(self.para(self.w("blank_intro"), "box"))
        self.add(self.para(self.content.learn.intro, "body"))
        self.heading(self.w("blank_options"), "h2")
        for option in self.content.decide.options:
            self.add(
                self.rich(
                    f"{self.m(option.title, bold=True)} — {self.m(option.text)}",
                    "bullet",
                    bullet="•",
                )
            )

    def _phases(self) -> None:
        learn = self.content.learn
        self.heading(learn.phases_title or self.w("blank_phases"))
        for phase in learn.phases:
            self.add(
                KeepTogether(
                    [
                        self.para(phase.name, "h3"),
                        self.para(f"{phase.size} {phase.purpose}", "body_tight"),
                        self.rich(
                            f"{self.m(phase.for_you)} ({self.m(self.cite(phase.sources))})",
                            "note",
                        ),
                    ]
                )
            )
        f = self.content.facts.funnel
        if f.steps:
            data = drawings.FunnelData(
                title=f.title,
                unit=f.unit,
                start=f.start,
                stages=[s.reached for s in f.steps],
                cumulative=f.cumulative(),
                overall_percent=f.overall_percent,
                time_frame=f.time_frame,
                source=self.cite(f.sources),
            )
            self.figure(drawings.funnel_chart(self.chart_context(), data), f.caption)

    def _randomisation(self) -> None:
        for section in self.content.learn.sections:
            self.heading(section.title, "h1" if section.id == "randomisation" else "h2")
            for text in section.paragraphs:
                self.add(self.para(text, "body"))
            self.add(self.para(f"({self.cite(section.sources)})", "small"))
            if section.id == "randomisation":
                r = self.content.facts.randomisation
                if r.examples:
                    for example in r.examples[:2]:
                        fig = drawings.randomisation_chart(
                            self.chart_context(),
                            example,
                            r.labels_for(len(example)),
                            self.w("rand_title_example"),
                        )
                        self.figure(fig)

    def _costs(self) -> None:
        from decisionaid.model.costs import CATEGORIES

        self.heading(self.w("blank_costs_title"))
        self.add(self.para(self.w("blank_costs_list"), "body"))
        st = self.style
        header = [self.w("cost_item"), self.w("cost_per_visit"), self.w("cost_per_month")]
        data = [[self.para(h, "label") for h in header]]
        for name in CATEGORIES:
            data.append([self.para(self.w(f"cost_{name}"), "body_tight"), "", ""])
        for key in ("cost_back", "cost_net"):
            data.append([self.para(self.w(key), "value"), "", ""])
        width = st.frame_width
        table = Table(
            data,
            colWidths=[width * 0.46, width * 0.27, width * 0.27],
            rowHeights=[None] + [st["body"].leading * 1.7] * (len(data) - 1),
            hAlign="LEFT",
        )
        table.setStyle(
            self.table_style(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor(st.palette.rule)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.palette.panel)),
                ]
            )
        )
        self.add(KeepTogether([table]))
        self.add(Spacer(1, st["body"].size * 0.5))
        _who_pays(self, "")

    def _values(self) -> None:
        c = self.content.considerations
        self.heading(self.w("blank_rate_title"))
        self.add(self.para(self.w("blank_rate_intro"), "body"))
        st = self.style
        width = st.frame_width
        box_w = width * 0.075
        for title, items in ((self.w("benefits"), c.benefits), (self.w("risks"), c.risks)):
            data = [[self.para(title, "label")] + [self.para(str(i), "label") for i in range(5)]]
            for item in items:
                data.append([self.para(item.title, "body_tight")] + ["☐"] * 5)
            table = Table(data, colWidths=[width - 5 * box_w] + [box_w] * 5, hAlign="LEFT")
            table.setStyle(
                self.table_style(
                    [
                        ("FONTNAME", (1, 1), (-1, -1), self.fonts.font_for("☐")),
                        ("FONTSIZE", (1, 1), (-1, -1), st["body"].size * 1.3),
                        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor(st.palette.rule)),
                    ]
                )
            )
            self.add(table, Spacer(1, st["body"].size))

    def _questions(self) -> None:
        self.heading(self.w("blank_questions"))
        for q in self.content.questions.suggested:
            self.add(self.para(q.text, "bullet", bullet="☐"))
        self.add(self.para(self.w("blank_write_in"), "h3"))
        st = self.style
        lines = Table(
            [[""] for _ in range(6)],
            colWidths=[st.frame_width],
            rowHeights=[st["body"].leading * 1.8] * 6,
        )
        lines.setStyle(
            self.table_style(
                [("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.HexColor(st.palette.rule))]
            )
        )
        self.add(lines)

    def _glossary(self) -> None:
        _glossary(self)

    def _sources(self) -> None:
        _sources(self)


# --- writing files ----------------------------------------------------------------------------
def build_pdf(
    session: Session, content: ContentPack, paper: str = "a4", large_print: bool = False
) -> bytes:
    """The patient's handout as PDF bytes."""
    return HandoutBuilder(session, content, HandoutOptions(paper, large_print)).build()


def export_pdf(
    session: Session,
    content: ContentPack,
    out_path: Path | str,
    paper: str = "a4",
    large_print: bool = False,
) -> ExportResult:
    """Write the patient's handout to `out_path` atomically.

    Raises storage.files.WriteError (a one-line message) if the file cannot be written; then
    no partial file is left behind. The session is not changed.
    """
    builder = HandoutBuilder(session, content, HandoutOptions(paper, large_print))
    data = builder.build()
    out = Path(out_path)
    write_atomic(out, data)
    return ExportResult(out, len(data), builder.pages, builder.warnings)


def export_handout(
    content: ContentPack, out_path: Path | str, paper: str = "a4", large_print: bool = False
) -> ExportResult:
    """Write the blank general handout (no patient data) to `out_path` atomically."""
    builder = GeneralHandoutBuilder(content, HandoutOptions(paper, large_print))
    data = builder.build()
    out = Path(out_path)
    write_atomic(out, data)
    return ExportResult(out, len(data), builder.pages, builder.warnings)
