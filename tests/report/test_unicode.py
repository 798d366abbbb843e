"""Whatever a person types must export: markup characters, emoji, right-to-left scripts,
Chinese, control characters, and very long notes. The text must come out as typed."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from decisionaid.report.builder import build_pdf
from decisionaid.report.fonts import font_set
from decisionaid.report.text import clean_text
from tests.report.conftest import body_text, squash

SPECIALS = [
    "<font name=x>",
    "</para>",
    "<b>",
    "&amp;",
    "& < > \" '",
    "<br/>",
    "😀👍🏽",
    "שלום",
    "مرحبا",
    "中文笔记",
    "こんにちは",
    "e\u0301",
    "\n",
    "\t",
    "\x00\x07",
    "\u200b",
]

pieces = st.one_of(
    st.sampled_from(SPECIALS),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
)
free_text = st.lists(pieces, max_size=6).map("".join)
long_notes = st.integers(min_value=0, max_value=len(SPECIALS) - 1).map(
    lambda i: ("A long note with words, " + SPECIALS[i] + " ") * 400
)

FIELDS = (
    "name",
    "cancer_type",
    "decides_with",
    "own_question",
    "notes",
    "trial_title",
    "trial_covers",
    "trial_contact",
    "counselor_name",
    "counselor_clinic",
)


def _bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


def _normalise(text: str, fonts) -> str:
    """What can be compared: printable characters that some font of the PDF has."""
    # Coverage is judged on the character as typed: NFC maps a CJK compatibility ideograph
    # (U+2F800) to its unified form (U+4E3D 丽), which the font may have although the typed
    # one, the one the PDF prints, has no glyph.
    typed = [c for c in clean_text(text) if fonts.covers(c)]
    text = unicodedata.normalize("NFC", "".join(typed))
    keep = [
        c
        for c in text
        if not c.isspace()
        and unicodedata.category(c) not in ("Cc", "Cf", "Mn", "Me", "Cn", "Co")
        and c != "\ufffd"
    ]
    return "".join(keep)


def _apply(session, values: dict[str, str]) -> None:
    s = session
    s.situation.name = values["name"]
    s.situation.show_name = True
    s.situation.cancer_type = values["cancer_type"]
    s.situation.decides_with = values["decides_with"]
    s.own_questions = [values["own_question"]]
    s.notes = values["notes"]
    s.trial.title = values["trial_title"]
    s.trial.covers = values["trial_covers"]
    s.trial.contact = values["trial_contact"]
    s.counselor.name = values["counselor_name"]
    s.counselor.clinic = values["counselor_clinic"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(values=st.fixed_dictionaries({f: free_text for f in FIELDS}), notes=st.none() | long_notes)
@example(values={f: "<font name=x>&</para> 😀 שלום 中文\nnext line" for f in FIELDS}, notes=None)
@example(values={f: "x" for f in FIELDS}, notes="长" * 10_000)
@example(values={f: "Ïm\U0002f800" for f in FIELDS}, notes=None)
def test_any_text_exports_and_reads_back(demo, en_content, values, notes):
    if notes is not None:
        values = {**values, "notes": notes}
    _apply(demo, values)
    data = build_pdf(demo, en_content)
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    fonts = font_set("en")
    text = _normalise(body_text(data), fonts)
    # pypdf applies the bidi algorithm when it extracts text, so right-to-left runs (and the
    # punctuation next to them) come out reordered: then compare the letters, not the order.
    rtl = any(_bidi(v) for v in values.values())
    for field, value in values.items():
        expected = _normalise(value, fonts)
        if not expected:
            continue
        if rtl:
            missing = Counter(expected) - Counter(text)
            assert not missing, f"{field}: {missing}"
        else:
            assert expected in text, f"{field}: {value!r}"


def test_ten_thousand_character_notes_split_across_pages(demo, en_content):
    notes = "\n".join(f"Line {i}: " + "word " * 30 for i in range(65))
    assert len(notes) > 10_000
    demo.notes = notes
    data = build_pdf(demo, en_content)
    assert squash(notes) in squash(body_text(data))


def test_one_unbroken_ten_thousand_character_word(demo, en_content):
    demo.notes = "x" * 10_000
    demo.own_questions = ["y" * 10_000]
    data = build_pdf(demo, en_content)
    text = squash(body_text(data))
    assert "x" * 10_000 in text and "y" * 10_000 in text


def test_lone_surrogates_from_a_json_file(demo, en_content, tmp_path):
    """JSON can carry a lone surrogate ("\\ud800"); it is replaced as it is read."""
    from decisionaid.storage import sessionfile

    demo.notes = "before after"
    target = tmp_path / "s.json"
    sessionfile.save(demo, target)
    raw = target.read_bytes().replace(b"before after", b"before \\ud800 after")
    target.write_bytes(raw)
    session = sessionfile.load(target)
    assert "\ud800" not in session.notes and "\ufffd" in session.notes
    data = build_pdf(session, en_content)
    assert "before" in body_text(data)


@pytest.mark.parametrize("text", ["\u202eevil", "\ufeffbom", "a\u0000b", "tab\there", "cr\r\nlf"])
def test_odd_characters_do_not_break_the_export(demo, en_content, text):
    demo.notes = text
    assert build_pdf(demo, en_content).startswith(b"%PDF")
