"""Step 3b: Your options, side by side. An option grid: one block per row, the same rows for
every option, each cell with its source, and what the doctor said typed into the cells.

The words come from `model.options.build_grid`; this page only shows them and writes what
the patient types (or which options they hide or add) into the session.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from decisionaid.content.options_schema import OPTION_IDS
from decisionaid.model.options import MAX_OWN_OPTIONS, MAX_TEXT, Cell, Column, OwnOption, build_grid
from decisionaid.ui.pages.base import Page
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.text import labelled
from decisionaid.ui.widgets import (
    SOURCE_FACTOR,
    Card,
    HintHost,
    ScaledLabel,
    WrapCheckBox,
    heading,
    layout_size_hint,
    paint_measured,
    paragraph,
    qt_made,
)

# A cell is at least this many "M" widths wide; fewer columns fit as the text grows.
CELL_MIN_EM = 13


def _cell_html(cell: Cell) -> str:
    words = [escape(p.text) for p in cell.parts]
    if cell.question:
        label = QCoreApplication.translate("Text", "{0}:").format(cell.ask_label)
        words.append(f"<b>{escape(label)}</b> {escape(cell.question)}")
    return "<br>".join(words)


class _TypedSlot:
    """One line edit: what the doctor said about `option_id` for `row`."""

    def __init__(self, page: OptionsPage, option_id: str, row: str, edit: QLineEdit) -> None:
        self.page, self.option_id, self.row, self.edit = page, option_id, row, edit
        edit.textEdited.connect(self.on_edited)

    def on_edited(self, text: str) -> None:
        typed = self.page.document.session.options.typed
        cells = typed.setdefault(self.option_id, {})
        if text.strip():
            cells[self.row] = text
        else:
            cells.pop(self.row, None)
            if not cells:
                typed.pop(self.option_id, None)
        self.page.document.edit("options")


class _PointSlot:
    """The good or bad point of a patient-named option, typed."""

    def __init__(self, page: OptionsPage, own_id: str, kind: str, edit: QLineEdit) -> None:
        self.page, self.own_id, self.kind, self.edit = page, own_id, kind, edit
        edit.textEdited.connect(self.on_edited)

    def on_edited(self, text: str) -> None:
        for own in self.page.document.session.options.own:
            if own.id == self.own_id:
                setattr(own, self.kind, text)
        self.page.document.edit("options")


class _ShowSlot:
    def __init__(self, page: OptionsPage, option_id: str, box: WrapCheckBox) -> None:
        self.page, self.option_id, self.box = page, option_id, box
        box.box.toggled.connect(self.on_toggled)

    def on_toggled(self, checked: bool) -> None:
        hidden = self.page.document.session.options.hidden
        if checked and self.option_id in hidden:
            hidden.remove(self.option_id)
        elif not checked and self.option_id not in hidden:
            hidden.append(self.option_id)
        self.page.document.edit("options")


class _RemoveSlot:
    def __init__(self, page: OptionsPage, own_id: str, button: QPushButton) -> None:
        self.page, self.own_id = page, own_id
        self.button = button
        button.clicked.connect(self.on_clicked)

    def on_clicked(self) -> None:
        answers = self.page.document.session.options
        answers.own = [o for o in answers.own if o.id != self.own_id]
        answers.typed.pop(self.own_id, None)
        if answers.leaning == self.own_id:
            answers.leaning = ""
        self.page.document.edit("options")


class _CellLabel(ScaledLabel):
    """A cell's words; written again when the text size or the colours change (the source
    note's size and colour are in the words). Every column of a row block stretches, so its
    preferred size is never read (see ScaledLabel.preferred_is_smallest)."""

    preferred_is_smallest = True

    def __init__(self, cell: _TextCell) -> None:
        self.cell = None
        super().__init__("")
        self.cell = cell
        self.setTextFormat(Qt.TextFormat.RichText)

    def apply_font(self) -> None:
        super().apply_font()
        if self.cell is not None:
            self.setText(self.cell.html())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.cell is not None:
            self.setText(self.cell.html())

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        if not paint_measured(self):
            super().paintEvent(event)


class _TextCell(QFrame):
    """A framed cell: an option's name in bold, words, and a source note under them.

    The three are one label (rich text, laid out as the three labels they were: the bold
    name, the words, then the source smaller and muted, a layout spacing apart). A grid of
    40 cells had 120 labels, and every label costs a layout of its own at every width the
    page is measured at: this keeps the page quick to open. Editors go below the label."""

    def __init__(self, title: str, accessible_name: str, parent: QWidget) -> None:
        # Made in its block, hidden until the block places it (see OptionsPage._place_cells):
        # a cell of its own, without a parent, was laid out as a window at a default width.
        super().__init__(parent)
        self.hide()
        self.setObjectName("gridCell")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(accessible_name)
        self.title = title
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 6)
        self.body_html = ""
        self.source_line = ""
        self.label = _CellLabel(self)
        self.layout_.addWidget(self.label)
        self.label.setText(self.html())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return layout_size_hint(self) or super().sizeHint()

    def show_text(self, body_html: str, source_line: str = "") -> None:
        self.body_html, self.source_line = body_html, source_line
        self.label.setText(self.html())

    def html(self) -> str:
        gap = self.layout_.spacing()
        parts = [f"<div><b>{escape(self.title)}</b></div>"]
        parts.append(f'<div style="margin-top:{gap}px">{self.body_html}</div>')
        if self.source_line:
            size = self.label.font().pointSizeF() * SOURCE_FACTOR
            colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            rgba = f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
            parts.append(
                f'<div style="margin-top:{gap}px; font-size:{size:g}pt; color:{rgba}">'
                f"{escape(self.source_line)}</div>"
            )
        return "".join(parts)


class _CellWidget(_TextCell):
    """One option's cell in one row, with a box for what the doctor said."""

    def __init__(
        self, page: OptionsPage, column: Column, row: str, row_title: str, parent: QWidget
    ) -> None:
        super().__init__(column.title, labelled(row_title, column.title), parent)
        self.option_id = column.id
        o = page.content.options
        if column.id == "standard" and row == "chance":
            self.layout_.addWidget(page.number_editor())
        if column.typed:
            edit = qt_made("QLineEdit", self)  # a plain Qt widget made by Qt (one a cell)
            edit.setMaxLength(MAX_TEXT)
            edit.setPlaceholderText(o.typed_hint)
            edit.setAccessibleName(f"{column.title}, {row_title}: {o.typed_hint}")
            self.layout_.addWidget(edit)
            page.typed_slots.append(_TypedSlot(page, column.id, row, edit))
        self.layout_.addStretch(1)

    def show_cell(self, cell: Cell, source_label: str) -> None:
        sources = cell.sources()
        self.show_text(_cell_html(cell), source_label.format("; ".join(sources)) if sources else "")


def _equal_shares(space: int, count: int) -> list[int]:
    """How a layout shares `space` between `count` columns of equal stretch: equal parts,
    rounded with the fraction carried on, in 1/256 pixel steps (as Qt's qGeomCalc)."""
    shares, carried = [], 0
    for _ in range(count):
        carried += max(0, space) * 256 // count
        share = carried // 256 + (1 if carried % 256 >= 128 else 0)
        shares.append(max(1, share))
        carried -= share * 256
    return shares


class _RowBlock(Card):
    """One row of the grid: its title, then one cell per option, in as many columns as fit."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self.add(heading(title, 2))
        host = self.host = HintHost()
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.add(host)
        self.cells: list[QWidget] = []
        self.per_line = 0

    def place(self, per_line: int, viewport_width: int) -> None:
        if per_line == self.per_line:
            return
        self.per_line = per_line
        for widget in self.cells:
            self.grid.removeWidget(widget)
        # The width each cell will get: showing a widget lays it out at the size it has, and
        # a cell never laid out has a default size (a layout of all its words, wasted).
        page = self.parentWidget().parentWidget()  # grid host -> page body
        margins = page.layout().contentsMargins() if page and page.layout() else None
        inner = self.layout_.contentsMargins()
        width = viewport_width - 2 * self.frameWidth() - inner.left() - inner.right()
        if margins is not None:
            width -= margins.left() + margins.right()
        widths = _equal_shares(width - self.grid.spacing() * (per_line - 1), per_line)
        for i, widget in enumerate(self.cells):
            self.grid.addWidget(widget, i // per_line, i % per_line)
            widget.resize(widths[i % per_line], widget.height())
            # At once, not at the event loop's next turn (what a layout does with a widget
            # added to a page on the screen): the page is laid out with its cells.
            widget.show()
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < per_line else 0)


class OptionsPage(Page):
    step_id = "options"
    staged = True  # the grid's first block first; the others below (`build_rest`)

    def __init__(self, document, content, parent=None):
        super().__init__(document, content, parent)
        o = content.options
        self.add_heading(o.title)
        self.add_paragraph(o.intro)

        # Which options to show.
        self.add_heading(o.show_title, 2)
        self.add_paragraph(o.show_intro)
        self.show_slots: list[_ShowSlot] = []
        for option_id in OPTION_IDS:
            text = o.option(option_id)
            if not text.hideable:
                continue
            box = WrapCheckBox(labelled(text.title, text.summary))
            self.show_slots.append(_ShowSlot(self, option_id, box))
            self._add(box)
        self.hidden_note = self.add_paragraph("")
        self.hidden_note.setProperty("role", "note")

        # Options the doctor named.
        self.add_heading(o.own_title, 2)
        self.add_paragraph(o.own_intro)
        line = QHBoxLayout()
        self.own_name = QLineEdit()
        self.own_name.setMaxLength(120)
        self.own_name.setAccessibleName(o.own_title)
        self.own_name.setPlaceholderText(self.tr("For example: surgery now"))
        self.own_name.returnPressed.connect(self.add_own)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add this choice"))
        self.add_button.clicked.connect(self.add_own)
        line.addWidget(self.own_name, 1)
        line.addWidget(self.add_button)
        host = HintHost()
        host.setLayout(line)
        self._add(host)
        self.own_list_host = HintHost()
        self.own_list = QVBoxLayout(self.own_list_host)
        self.own_list.setContentsMargins(0, 0, 0, 0)
        self._add(self.own_list_host)

        # The grid itself.
        self.add_heading(self.tr("Side by side"), 2)
        self.add_paragraph(
            self.tr(
                "Each block is one question, answered for every choice. Where nothing is known "
                "yet, the block says who to ask, and the question goes on your list for the "
                "doctor. Type what your doctor said into the boxes."
            )
        )
        # Its size hint without a height-for-width pass at the hint's width (QWidget's own):
        # that laid every cell's words out once more, at a width they are never shown at
        # (about 404 px, a label's preferred width), each time the page body was measured.
        self.grid_host = HintHost()
        self.grid_layout = QVBoxLayout(self.grid_host)
        self.grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_layout.setSpacing(14)
        self._add(self.grid_host)
        self.structure: tuple = ()
        self.blocks: list[_RowBlock] = []
        self.cells: dict[tuple[str, str], _CellWidget] = {}
        self.points: dict[str, _TextCell] = {}
        self.typed_slots: list[_TypedSlot] = []
        self.point_slots: list[_PointSlot] = []
        self.remove_slots: list[_RemoveSlot] = []
        self.number_widgets: tuple | None = None

        document.changed.connect(self._on_changed)
        self.finish()

    def build_rest(self) -> Iterator[None]:
        """The grid's other blocks, one at a time (see Page)."""
        while self.first_screen_only:
            # The grid as it is now: a choice shown, hidden or added since the last part
            # rebuilt the first block (`_refresh`).
            grid = build_grid(self.document.session, self.content)
            if not 0 < len(self.blocks) < self._block_count(grid):
                return
            self._add_blocks(grid, len(self.blocks) + 1)
            yield

    # --- the standard-treatment number ------------------------------------------------------------
    def number_editor(self) -> QWidget:
        o = self.content.options
        host = HintHost()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(ScaledLabel(o.doctor_number_hint, 0.95))
        line = QHBoxLayout()
        count = QSpinBox()
        count.setRange(-1, 100)
        count.setSpecialValueText(self.tr("not given"))
        count.setValue(-1)
        count.setPrefix(self.tr("About "))
        count.setSuffix(self.tr(" in 100 people"))
        count.setAccessibleName(self.tr("Standard treatment: about how many in 100 people"))
        line.addWidget(count)
        line.addStretch(1)
        layout.addLayout(line)
        outcome = QLineEdit()
        outcome.setMaxLength(300)
        outcome.setPlaceholderText(self.tr("what happens, e.g. are alive, or have no cancer"))
        outcome.setAccessibleName(self.tr("Standard treatment: what happens to them"))
        frame = QLineEdit()
        frame.setMaxLength(300)
        frame.setPlaceholderText(self.tr("over what time, e.g. after 5 years"))
        frame.setAccessibleName(self.tr("Standard treatment: over what time"))
        layout.addWidget(outcome)
        layout.addWidget(frame)
        count.valueChanged.connect(self._on_number)
        outcome.textEdited.connect(self._on_number)
        frame.textEdited.connect(self._on_number)
        self.number_widgets = (count, outcome, frame)
        return host

    def _on_number(self, *_args) -> None:
        if self.number_widgets is None or self._filling:
            return
        count, outcome, frame = self.number_widgets
        number = self.document.session.options.standard_number
        number.count = None if count.value() < 0 else count.value()
        number.outcome = outcome.text()
        number.time_frame = frame.text()
        self.document.edit("options")

    # --- own options ------------------------------------------------------------------------------
    def add_own(self) -> None:
        name = " ".join(self.own_name.text().split())
        answers = self.document.session.options
        if not name:
            self.own_name.setFocus()
            return
        if len(answers.own) >= MAX_OWN_OPTIONS:
            self.own_name.setToolTip(
                self.tr("You can add up to {0} choices.", "", MAX_OWN_OPTIONS).format(
                    MAX_OWN_OPTIONS
                )
            )
            return
        answers.own.append(OwnOption(answers.next_own_id(), name))
        self.own_name.clear()
        self.document.edit("options")

    # --- following the session --------------------------------------------------------------------
    _filling = False

    def _on_changed(self, section: str) -> None:
        # A hidden page fills itself when shown (`on_show`: an edit since it was filled).
        if section in ("options", "trial", "language") and self.isVisible():
            self.refresh()

    def on_show(self) -> None:
        if not self.is_filled():  # filled when built, or at the last edit it follows
            self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_cells()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._place_cells()

    def _place_cells(self) -> None:
        """Put each block's cells in as many columns as fit. Not while the page is hidden:
        its width then is not the one it will have, and every width the cells are laid out
        at costs a layout of all their words. So a page built (or rebuilt) while hidden
        gets its cells when it is shown, and lays them out once, at its real width."""
        if not self.isVisible():
            return
        em = max(1, self.fontMetrics().horizontalAdvance("M"))
        width = max(1, self.viewport().width() - 96)
        for block in self.blocks:
            count = len(block.cells)
            block.place(max(1, min(count, width // (em * CELL_MIN_EM))), self.viewport().width())

    def refresh(self) -> None:
        self._filling = True
        try:
            self._refresh()
        finally:
            self._filling = False
        self.mark_filled()

    def _refresh(self) -> None:
        session = self.document.session
        o = self.content.options
        grid = build_grid(session, self.content)
        for slot in self.show_slots:
            slot.box.box.blockSignals(True)
            slot.box.box.setChecked(slot.option_id not in session.options.hidden)
            slot.box.box.blockSignals(False)
        if grid.hidden:
            self.hidden_note.setText(o.hidden_note.format(names=", ".join(grid.hidden)))
        self.hidden_note.setVisible(bool(grid.hidden))
        self.add_button.setEnabled(len(session.options.own) < MAX_OWN_OPTIONS)

        structure = tuple(c.id for c in grid.columns) + tuple(
            own.name for own in session.options.own
        )
        if structure != self.structure:
            self._rebuild(grid)
            self.structure = structure
        # The first screen shows the top of the first block.
        count = 1 if self.first_screen_only else self._block_count(grid)
        built = list(self.blocks)
        self._fill_blocks(grid, built)
        self._add_blocks(grid, count)  # filled as they are made
        for slot in self.typed_slots:
            text = session.options.typed.get(slot.option_id, {}).get(slot.row, "")
            if slot.edit.text() != text:
                slot.edit.setText(text)
                slot.edit.setCursorPosition(0)
        for slot in self.point_slots:
            own = next((x for x in session.options.own if x.id == slot.own_id), None)
            text = getattr(own, slot.kind) if own else ""
            if slot.edit.text() != text:
                slot.edit.setText(text)
        if self.number_widgets is not None:
            count, outcome, frame = self.number_widgets
            number = session.options.standard_number
            count.blockSignals(True)
            count.setValue(-1 if number.count is None else number.count)
            count.blockSignals(False)
            if outcome.text() != number.outcome:
                outcome.setText(number.outcome)
            if frame.text() != number.time_frame:
                frame.setText(number.time_frame)

    def _rebuild(self, grid) -> None:
        """The choices the doctor named, and no block yet (`_add_blocks`)."""
        for block in self.blocks:
            self.grid_layout.removeWidget(block)
            block.hide()  # gone now, not when deleted
            block.deleteLater()
        while self.own_list.count():
            item = self.own_list.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        own_rows: list[QWidget] = []
        self.blocks, self.cells, self.points = [], {}, {}
        self.typed_slots, self.point_slots, self.remove_slots = [], [], []
        self.number_widgets = None

        for own in self.document.session.options.own:
            line = QHBoxLayout()
            line.addWidget(paragraph(own.name), 1)
            button = QPushButton(self.tr("Remove"))
            button.setAccessibleName(self.tr("Remove the choice {0}").format(own.name))
            self.remove_slots.append(_RemoveSlot(self, own.id, button))
            line.addWidget(button)
            host = HintHost()
            host.setLayout(line)
            self.own_list.addWidget(host)
            own_rows.append(host)
        self.show_added(own_rows)
        self.structure_changed()

    def _block_count(self, grid) -> int:
        return len(grid.rows) + 2  # a block per row, then the good and the bad points

    def _add_blocks(self, grid, count: int) -> None:
        """The grid's blocks after those built, up to `count`."""
        o = self.content.options
        first = len(self.blocks)
        rows = len(grid.rows)
        for index in range(first, min(count, self._block_count(grid))):
            if index < rows:
                row_id, row_title = grid.rows[index]
                block = _RowBlock(row_title)
                for column in grid.columns:
                    widget = _CellWidget(self, column, row_id, row_title, block.host)
                    self.cells[(column.id, row_id)] = widget
                    block.cells.append(widget)
            else:
                kind, title = (("good", o.good_title), ("bad", o.bad_title))[index - rows]
                block = _RowBlock(title)
                for column in grid.columns:
                    cell = _TextCell(column.title, labelled(title, column.title), block.host)
                    layout = cell.layout_
                    self.points[f"{column.id}:{kind}"] = cell
                    if column.id.startswith("own"):
                        edit = QLineEdit()
                        edit.setMaxLength(MAX_TEXT)
                        edit.setPlaceholderText(o.own_good if kind == "good" else o.own_bad)
                        edit.setAccessibleName(labelled(column.title, edit.placeholderText()))
                        layout.addWidget(edit)
                        self.point_slots.append(_PointSlot(self, column.id, kind, edit))
                    layout.addStretch(1)
                    block.cells.append(cell)
            self.blocks.append(block)
            self.grid_layout.addWidget(block)
        if len(self.blocks) == first:
            return
        # Their words first, then placed and shown: placed first, a cell shown on the screen
        # kept the height of its empty words.
        self._fill_blocks(grid, self.blocks[first:])
        self._place_cells()
        self.show_added(self.blocks[first:])  # with their cells, placed above
        self.structure_changed()

    def _fill_blocks(self, grid, blocks: list[_RowBlock]) -> None:
        """The words of the cells of `blocks`."""
        cells = {id(cell) for block in blocks for cell in block.cells}
        source_label = self.tr("Source: {0}")
        for column in grid.columns:
            for cell in column.cells:
                widget = self.cells.get((column.id, cell.row))
                if widget is not None and id(widget) in cells:
                    widget.show_cell(cell, source_label)
            for kind, points in (("good", column.good), ("bad", column.bad)):
                widget = self.points.get(f"{column.id}:{kind}")
                if widget is not None and id(widget) in cells:
                    widget.show_text("<br>".join(f"\u2022 {escape(p.title)}" for p in points))
