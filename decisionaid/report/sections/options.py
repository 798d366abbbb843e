"""The options a person has: this trial, standard treatment, another trial, comfort-focused
care, and any the doctor named. No Qt.

The patient's handout prints the option grid as the patient filled it (one column per option,
the same rows for each, the source of every fact), for the doctor to go through with them,
then the other steps of the Ottawa Personal Decision Guide: role, deadline, what others prefer
and any pressure, needs and next steps. The blank handout lists each option with what it means.

Table cells hold at most `CELL_CHARS` of what the patient typed; anything longer is printed in
full below the table, so typed text can never make a row taller than a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Spacer, Table

from decisionaid.model.options import ROLES, Column, Grid, needs_with_steps
from decisionaid.report import parts
from decisionaid.report.flowables import RowSplitTable

if TYPE_CHECKING:
    from decisionaid.report.builder import HandoutBuilder
    from decisionaid.report.document import Document

CELL_CHARS = 280
# More options than this, or large print: one block per option instead of a table.
TABLE_COLUMNS = 4


# Large print has no table: one block per option in the body's sizes.
LARGE = {"grid": "body", "grid_head": "h3", "grid_typed": "body", "grid_source": "small"}


def _st(doc: HandoutBuilder, name: str) -> str:
    return LARGE.get(name, name) if doc.options.large_print else name


def _short(text: str, limit: int = CELL_CHARS) -> tuple[str, bool]:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, False
    return (text[:limit].rsplit(" ", 1)[0] or text[:limit]) + "…", True


def add_options(doc: HandoutBuilder) -> None:
    """The option grid as the patient filled it, then the Ottawa guide's other steps."""
    grid = doc.grid
    o = doc.content.options
    doc.heading(o.title)
    doc.add(doc.paragraph(doc.text("options_intro"), "body"))
    if grid.hidden:
        doc.add(doc.paragraph(o.hidden_note.format(names=", ".join(grid.hidden)), "note"))
    long_texts: list[tuple[str, str, str]] = []
    if len(grid.columns) <= TABLE_COLUMNS and not doc.options.large_print:
        doc.add(_grid_table(doc, grid, long_texts))
    else:
        for column in grid.columns:
            _add_column_block(doc, grid, column, long_texts)
    if long_texts:
        doc.add(doc.paragraph(doc.text("options_in_full"), "h3"))
        for option, row, text in long_texts:
            label = doc.inline(doc.with_colon(f"{option} · {row}"), bold=True)
            doc.add(doc.markup_paragraph(f"{label} {doc.inline(text)}", "body"))
    add_guide(doc)


def _cell_flowables(doc: HandoutBuilder, column: Column, row: str, long_texts) -> list[Flowable]:
    cell = column.cell(row)
    out: list[Flowable] = []
    for part in cell.parts:
        text = part.text
        if part.kind == "typed":
            text, cut = _short(text)
            if cut:
                long_texts.append((column.title, _row_title(doc, row), part.text))
            out.append(doc.paragraph(text, _st(doc, "grid_typed")))
        else:
            out.append(doc.paragraph(text, _st(doc, "grid")))
    if cell.question:
        markup = (
            f"{doc.inline(doc.with_colon(cell.ask_label), bold=True)} {doc.inline(cell.question)}"
        )
        out.append(doc.markup_paragraph(markup, _st(doc, "grid")))
    sources = cell.sources()
    if sources:
        out.append(
            doc.paragraph(
                doc.text("options_source", sources="; ".join(sources)), _st(doc, "grid_source")
            )
        )
    return out


def _points(doc: HandoutBuilder, column: Column, kind: str) -> list[Flowable]:
    points = column.good if kind == "good" else column.bad
    out = []
    for point in points:
        text, _cut = _short(point.title, 120)
        rating = doc.session.ratings.get(point.id)
        label = (
            doc.content.considerations.rating_labels[rating]
            if rating is not None
            else doc.text("not_rated")
        )
        markup = f"{doc.inline(text)} {doc.inline('(' + label + ')', bold=rating is not None)}"
        out.append(doc.markup_paragraph(markup, _st(doc, "grid"), bullet="•"))
    return out


def _row_title(doc: HandoutBuilder, row: str) -> str:
    return doc.content.options.row_title(row)


def _grid_table(doc: HandoutBuilder, grid: Grid, long_texts) -> Table:
    st = doc.style
    o = doc.content.options
    width = st.frame_width
    label_w = width * 0.16
    col_w = (width - label_w) / len(grid.columns)
    header = [doc.paragraph("", _st(doc, "grid"))]
    header += [doc.paragraph(c.title, _st(doc, "grid_head")) for c in grid.columns]
    data = [header]
    for row_id, row_title in grid.rows:
        line = [doc.paragraph(row_title, _st(doc, "grid_head"))]
        line += [_cell_flowables(doc, c, row_id, long_texts) for c in grid.columns]
        data.append(line)
    for kind, title in (("good", o.good_title), ("bad", o.bad_title)):
        data.append(
            [doc.paragraph(title, _st(doc, "grid_head"))]
            + [_points(doc, c, kind) for c in grid.columns]
        )
    # Rows may split across pages: a cell with the trial's posted results can be long.
    table = RowSplitTable(data, colWidths=[label_w] + [col_w] * len(grid.columns), repeatRows=1)
    pad = st["body"].size * 0.3
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, parts.hex_color(st.palette.rule)),
        ("BACKGROUND", (0, 0), (-1, 0), parts.hex_color(st.palette.panel)),
        ("BACKGROUND", (0, 0), (0, -1), parts.hex_color(st.palette.panel)),
        *parts.padding(pad),
    ]
    leaning = doc.session.options.leaning
    for i, column in enumerate(grid.columns, start=1):
        if column.id == leaning:
            commands.append(("BOX", (i, 0), (i, -1), 1.5, parts.hex_color(st.palette.heading)))
    table.setStyle(parts.table_style(doc, commands))
    return table


def _add_column_block(doc: HandoutBuilder, grid: Grid, column: Column, long_texts) -> None:
    o = doc.content.options
    doc.add(doc.paragraph(column.title, "h2"))
    for row_id, row_title in grid.rows:
        doc.add(doc.paragraph(row_title, "h3"))
        doc.add(*_cell_flowables(doc, column, row_id, long_texts))
    for kind, title in (("good", o.good_title), ("bad", o.bad_title)):
        doc.add(doc.paragraph(title, "h3"))
        doc.add(*_points(doc, column, kind))


def add_guide(doc: HandoutBuilder) -> None:
    """Role, deadline, what others prefer and any pressure, needs and next steps."""
    s = doc.session
    g = doc.content.options.guide
    grid = doc.grid
    doc.heading(doc.text("guide_title"), "h2")
    rows: list[tuple[str, str]] = []
    leaning = doc.leaning_title or doc.text("not_answered")
    rows.append((g.leaning_question, leaning))
    rows.append((g.deadline_title, s.guide.deadline.strip() or doc.text("not_answered")))
    role = g.roles[ROLES.index(s.guide.role)] if s.guide.role in ROLES else doc.text("not_answered")
    rows.append((g.role_title, role))
    for person in s.guide.others:
        if not (person.who.strip() or person.prefers or person.pressure is not None):
            continue
        prefers = (
            g.not_sure if person.prefers == "not_sure" else grid.option_title(person.prefers)
        ) or doc.text("not_answered")
        pressure = (
            g.pressure[person.pressure] if person.pressure is not None else doc.text("not_answered")
        )
        who = person.who.strip() or doc.text("guide_someone")
        rows.append(
            (
                who,
                doc.text(
                    "guide_person", prefers=prefers, question=g.pressure_question, pressure=pressure
                ),
            )
        )
    label_w = doc.style.frame_width * 0.34
    doc.add(
        parts.key_facts_table(
            doc,
            [
                (doc.paragraph(label, "label"), [doc.paragraph(value, "value")])
                for label, value in rows
            ],
            label_w,
        )
    )
    doc.add(Spacer(1, doc.style["body"].size * 0.5))
    doc.add(doc.paragraph(g.needs_title, "h3"))
    needs = needs_with_steps(s, doc.content)
    if not needs:
        doc.add(doc.paragraph(doc.text("guide_no_needs"), "body"))
    for need, step in needs:
        markup = f"{doc.inline(need, bold=True)} {doc.inline(doc.text('guide_next', step=step))}"
        doc.add(doc.markup_paragraph(markup, "bullet", bullet="☐"))


def add_blank_options(doc: Document) -> None:
    """Each option of the content pack, with what it means."""
    doc.heading(doc.text("blank_options"), "h2")
    for option in doc.content.options.options:
        markup = f"{doc.inline(option.title, bold=True)} — {doc.inline(option.summary)}"
        doc.add(doc.markup_paragraph(markup, "bullet", bullet="•"))
