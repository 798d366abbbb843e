"""The handout's document: page template, running header, footer, metadata, text helpers. No Qt.

`Document(content, options)` holds what every section of a handout needs: the style of the
chosen paper and print size, the fonts, the handout's own words, and the story (the list of
flowables the sections add to). `render()` lays the story out on pages and returns the PDF.

Text helpers, all of which escape what they are given:

    text(key, **values)        one of the handout's own words (the pack's handout.toml), filled in
    inline(text, bold)         inline markup for plain text (each run names its font)
    filled(key, **values)      a template of the handout's words, filled with (user) values
    paragraph(text, style)     a paragraph of plain text, line breaks kept
    markup_paragraph(markup)   a paragraph of markup built with `inline()`
    labelled(label, value)     "Label: value" with the label in bold
    heading(text, level)       a heading that never stays alone at the foot of a page

The footer (version, "not medical advice", page X of Y) is on every page; a running header from
page 2 on lets a loose page be put back with its handout. The creation date is the session's
date, so the same session gives the same file.
"""

from __future__ import annotations

import io
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

from decisionaid import APP_NAME, __version__
from decisionaid.content.schema import ContentPack
from decisionaid.formatting import counted
from decisionaid.i18n import _
from decisionaid.report import drawings
from decisionaid.report.canvas import LoggingDocTemplate, numbered_canvas
from decisionaid.report.embolden import emboldened_paragraph_class
from decisionaid.report.flowables import KeepWithNext, PageLog
from decisionaid.report.fontfiles import NO_CJK_WARNING, FontChoice
from decisionaid.report.fonts import FontSet, font_set
from decisionaid.report.strings import pdf_language
from decisionaid.report.styles import HandoutStyle, TextStyle, handout_style
from decisionaid.report.text import clean_text, is_cjk

# Progress call-back (kind, value): ("STORY", sections done in percent) while the sections
# add to the story, then reportlab's own ("SIZE_EST", flowables), ("PROGRESS", flowables done),
# ("PAGE", number), ("FINISHED", 0).
Progress = Callable[[str, int], None]

# Styles whose paragraphs keep with the one that follows (a heading never ends a page).
HEADING_STYLES = ("h1", "h2", "h3", "chart_title")


@dataclass(frozen=True)
class HandoutOptions:
    paper: str = "a4"
    large_print: bool = False
    # Which font files to use; None: the ones found on this computer (fontfiles.default_choice).
    font_choice: FontChoice | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    pages: int
    # Sentences for the user, e.g. that Chinese text has no font on this computer.
    warnings: list[str] = field(default_factory=list)


def metadata_text(text: str, limit: int = 200) -> str:
    """`text` on one line, at most `limit` characters (for the title, author and header)."""
    text = " ".join(clean_text(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Document:
    """Styles, fonts, words and the story of one handout; sections add to `story`."""

    def __init__(self, content: ContentPack, options: HandoutOptions | None = None) -> None:
        self.content = content
        self.options = options or HandoutOptions()
        self.language = content.pack.language
        self.style: HandoutStyle = handout_style(self.options.paper, self.options.large_print)
        self.fonts: FontSet = font_set(self.language, self.options.font_choice)
        self.words = content.handout.words
        self.cjk_language = pdf_language(self.language) == "zh-CN"
        self.story: list[Flowable] = []
        self.missing: set[str] = set()
        # The sources the handout cites, in the order first cited ("Sources" lists only them).
        self.cited: dict[str, None] = {}
        self.pages = 0
        self.page_log = PageLog(self.style.frame_height)
        self._paragraph_styles: dict[tuple[str, bool], ParagraphStyle] = {}
        # Called as the handout is made (see Progress); what it raises stops the build.
        self.progress: Progress | None = None

    # --- words ---------------------------------------------------------------------------------
    def text(self, key: str, **values: Any) -> str:
        """One of the handout's own words, with `values` filled in."""
        words = self.words[key]
        return words.format(**values) if values else words

    def counted(self, key: str, count: float | int, /, **values: Any) -> str:
        """`text(key)` in the form for the number `count` ("1 question", "2 questions")."""
        return counted(self.words, key, count, self.language).format(**values)

    def with_colon(self, text: str) -> str:
        """'Label' -> 'Label:' (or '标签：' in Chinese)."""
        return self.text("colon", label=text)

    def inline(self, text: str, bold: bool = False) -> str:
        """Inline markup for plain text (escaped; each run names its font)."""
        return self.fonts.markup(text, bold=bold, inline=True, missing=self.missing)

    def filled(self, key: str, **values: str) -> str:
        """Markup for a template of the handout's words filled with (user) values, all escaped."""
        out = []
        for literal, name, _spec, _conv in string.Formatter().parse(self.words[key]):
            if literal:
                out.append(self.inline(literal))
            if name is not None:
                out.append(self.inline(str(values[name])))
        return "".join(out)

    def cite(self, ids: Sequence[str]) -> str:
        """'Cercek et al., NEJM 2022; Chihara et al., Lancet 2022' in the handout's words.
        The sources cited are the ones "Sources" lists."""
        self.cited.update(dict.fromkeys(ids))
        return self.words["list_sep"].join(
            self.text(
                "source_year", short=self.content.source(i).short, year=self.content.source(i).year
            )
            for i in ids
        )

    # --- paragraphs ----------------------------------------------------------------------------
    def paragraph_style(self, name: str, cjk: bool = False) -> ParagraphStyle:
        """The reportlab style for the handout's text style `name` (Chinese line breaking
        when `cjk` or when the whole handout is Chinese)."""
        key = (name, cjk or self.cjk_language)
        if key not in self._paragraph_styles:
            t: TextStyle = self.style[name]
            self._paragraph_styles[key] = ParagraphStyle(
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
                keepWithNext=1 if name in HEADING_STYLES else 0,
                allowWidows=1,
                allowOrphans=0,
            )
        return self._paragraph_styles[key]

    def paragraph(self, text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        """A paragraph of plain text, exactly as given (escaped, line breaks kept)."""
        bold = self.style[style].bold
        markup = self.fonts.markup(text, bold=bold, missing=self.missing)
        return self.markup_paragraph(
            markup, style, bullet=bullet, cjk=self.fonts.has_cjk_text(text)
        )

    def markup_paragraph(
        self, markup: str, style: str = "body", bullet: str | None = None, cjk: bool | None = None
    ) -> Paragraph:
        """A paragraph of markup built with `inline()` (and nothing else that is user text)."""
        if cjk is None:
            cjk = any(is_cjk(c) for c in markup)
        para_style = self.paragraph_style(style, cjk)
        if bullet is not None:
            para_style = self._bullet_style(para_style, self.fonts.font_for(bullet))
        if self.style[style].bold and self.fonts.fake_bold and not para_style.borderWidth:
            # No bold face (WenQuanYi Micro Hei): stroke the outline so headings stand out.
            return emboldened_paragraph_class()(markup, para_style, bulletText=bullet)
        return Paragraph(markup, para_style, bulletText=bullet)

    def _bullet_style(self, base: ParagraphStyle, font: str) -> ParagraphStyle:
        key = (f"{base.name}+{font}", False)
        if key not in self._paragraph_styles:
            self._paragraph_styles[key] = ParagraphStyle(
                base.name + "-bullet", parent=base, bulletFontName=font
            )
        return self._paragraph_styles[key]

    def labelled(self, label: str, value: str, style: str = "body") -> Paragraph:
        """'Label: value' with the label in bold; `value` is user text or content."""
        markup = f"{self.inline(self.with_colon(label), bold=True)} {self.inline(value)}"
        return self.markup_paragraph(markup, style)

    # --- the story -----------------------------------------------------------------------------
    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, text: str, level: str = "h1") -> None:
        # Keep a heading with what follows it: start a new page unless a fair part of this
        # one is left (what follows is often a block that does not split).
        need = max(self.style[level].leading * 4, self.style.frame_height * 0.22)
        self.add(CondPageBreak(need), self.paragraph(text, level))

    def bullets(self, items: Sequence[str], style: str = "bullet", mark: str = "•") -> None:
        for item in items:
            self.add(self.paragraph(item, style, bullet=mark))

    def chart_context(self) -> drawings.ChartContext:
        return drawings.ChartContext(self.style, self.fonts, self.words, self.style.frame_width)

    # --- warnings ------------------------------------------------------------------------------
    @property
    def warnings(self) -> list[str]:
        """Sentences for the user about text this computer's fonts cannot print."""
        if not self.missing:
            return []
        if not self.fonts.has_cjk and any(is_cjk(c) for c in self.missing):
            return [_(NO_CJK_WARNING)]
        sample = " ".join(sorted(self.missing)[:8])
        return [self.text("missing_glyphs", sample=sample)]

    # --- pages ---------------------------------------------------------------------------------
    def header_text(self) -> str:
        """The running header of pages 2 and on ("" for none)."""
        return ""

    def decorate_page(self, canv: Canvas, page: int, pages: int) -> None:
        """Footer on every page (version, "not medical advice", page X of Y); the running
        header from page 2 on."""
        st = self.style
        left, right = st.margin_left, st.page_size[0] - st.margin_right
        width = right - left
        lead = st["footer"].leading
        canv.saveState()
        canv.setStrokeColor(colors.HexColor(st.palette.rule))
        canv.setLineWidth(0.5)
        foot_y = st.margin_bottom - lead * 2.4
        canv.line(left, foot_y + lead * 1.3, right, foot_y + lead * 1.3)
        # The footer is one line under the rule: the page number at the right, and the
        # program's name and "not medical advice" in the room left, smaller if need be.
        ctx = self.chart_context()
        size = st["footer"].size
        page_text = self.text("page_of", page=page, pages=pages)
        page_width = ctx.text_width(page_text, size)
        footer_text = self.text("footer", version=__version__)
        room = width - page_width - size * 2
        footer_size = size * min(1.0, max(0.8, room / max(ctx.text_width(footer_text, size), 1)))
        footer_text = ctx.fit(footer_text, room, footer_size)
        color = colors.HexColor(st["footer"].color)
        for text, x, text_size, anchor in (
            (page_text, right, size, "end"),
            (footer_text, left, footer_size, "start"),
        ):
            line = ctx.string(x, foot_y + lead * 0.25, text, text_size, anchor=anchor)
            canv.setFillColor(color)
            canv.setFont(line.fontName, text_size)
            draw = canv.drawString if anchor == "start" else canv.drawRightString
            draw(x, line.y, line.text)
        header = self.header_text()
        if page > 1 and header:
            # One line only: a very long name is shortened with "…" rather than wrapped
            # up into the top margin.
            header = self.chart_context().fit(header, width, self.style["footer"].size)
            head = self.markup_paragraph(self.inline(header), "footer")
            head.wrap(width, lead * 2)
            top = st.page_size[1] - st.margin_top + lead * 0.9
            head.drawOn(canv, left, top)
            canv.line(left, top - 3, right, top - 3)
        canv.restoreState()

    def build_pdf(
        self,
        sections: Sequence[Callable[[Any], None]],
        title: str,
        subject: str,
        author: str,
        created: str,
    ) -> bytes:
        """A fresh story from `sections` (each adds its part), rendered as PDF bytes."""
        self.story = []
        self.missing = set()
        self.cited = {}
        for number, add_section in enumerate(sections):
            if self.progress is not None:
                self.progress("STORY", number * 100 // len(sections))
            add_section(self)
        return self.render(title, subject, author, created)

    def render(self, title: str, subject: str, author: str, created: str) -> bytes:
        """The story on pages, as PDF bytes, with the title, subject, author and language set
        (and the title shown in the viewer's title bar)."""
        st = self.style
        buf = io.BytesIO()
        self.page_log = PageLog(st.frame_height)
        doc = LoggingDocTemplate(
            self.page_log,
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
            # A heading stays with what follows it, counting that a drawing may shrink.
            keepTogetherClass=KeepWithNext,
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
        if self.progress is not None:
            doc.setProgressCallBack(self.progress)
        doc.build(self.story, canvasmaker=numbered_canvas(self.decorate_page, created))
        self.pages = doc.page
        return buf.getvalue()
