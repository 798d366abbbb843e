"""Long notes are laid out as bounded paragraphs in one box (export time linear in length)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import FrameBG

from decisionaid.report import longtext
from decisionaid.report.builder import HandoutBuilder, build_pdf
from tests.report.conftest import squash


@pytest.mark.parametrize(
    "line",
    [
        "Short line.",
        "One sentence after another. " * 200,
        "word " * 600,
        "x" * 3000,  # one very long word
        "我想知道每次去医院看病会不会影响我的工作。" * 150,
    ],
)
def test_a_line_is_cut_into_bounded_pieces_that_give_it_back(line):
    pieces = longtext.chunks(line)
    assert "".join(pieces) == line
    assert all(0 < len(p) <= longtext.CHUNK_CHARS for p in pieces)
    if len(pieces) > 1 and " " in line:
        # Cut after a sentence end or a space, never inside a word.
        assert all(p[-1] in " 。" for p in pieces[:-1])


def test_notes_become_one_box_of_bounded_paragraphs(en_content, demo):
    demo.notes = "First line.\n\n" + "I want to know how the visits fit with my work. " * 2000
    from decisionaid.report.sections.questions import add_questions

    builder = HandoutBuilder(demo, en_content)
    builder.story = []
    add_questions(builder)  # the story as built (rendering consumes it)
    start = next(i for i, f in enumerate(builder.story) if isinstance(f, FrameBG) and f.start)
    end = next(
        i
        for i, f in enumerate(builder.story)
        if isinstance(f, FrameBG) and not f.start and i > start
    )
    paragraphs = [f for f in builder.story[start:end] if isinstance(f, Paragraph)]
    assert len(paragraphs) > 100
    texts = [p.getPlainText() for p in paragraphs]
    assert all(len(t) <= longtext.CHUNK_CHARS for t in texts)
    assert squash("".join(texts)) == squash(demo.notes.replace("\n", ""))


def test_long_notes_are_printed_in_full(en_content, demo):
    body = "".join(f"Line {i} of my notes, about visits and work. " * 3 + "\n" for i in range(400))
    demo.notes = body + "The very last words."
    pdf = PdfReader(io.BytesIO(build_pdf(demo, en_content)))
    text = squash("".join(p.extract_text() for p in pdf.pages))
    for i in (0, 199, 399):
        assert squash(f"Line {i} of my notes") in text
    assert squash("The very last words.") in text
