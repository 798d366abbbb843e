"""Fonts: TrueType only, found on any system, with a fallback chain and a clear warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from decisionaid.report import fontfiles, tounicode
from decisionaid.report.fontfiles import (
    NO_CJK_WARNING,
    FontFile,
    default_choice,
    find_fonts,
    font_name,
)
from decisionaid.report.fonts import font_set
from decisionaid.report.text import clean_text

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_clean_text_keeps_what_was_typed_and_drops_what_cannot_print():
    assert clean_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert clean_text("tab\there") == "tab    here"
    assert clean_text("a\x00b\x07c\x85d") == "abc\nd"
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert clean_text("<font name=x> & 中文 😀") == "<font name=x> & 中文 😀"


def test_markup_is_escaped_and_parses():
    fs = font_set("en")
    text = '<font name=x>&</para> <b>"q"</b>\nsecond line'
    markup = fs.markup(text)
    assert "<font name=x>" not in markup and "&lt;font name=x&gt;" in markup
    assert "&amp;" in markup and "<br/>" in markup
    style = ParagraphStyle("t", fontName=fs.regular, fontSize=12)
    p = Paragraph(markup, style)
    p.wrap(300, 1000)  # would raise on broken markup
    assert "<font name=x>" in p.getPlainText()


def test_characters_go_to_the_first_font_that_has_them():
    choice = default_choice()
    if choice.cjk is None:
        pytest.skip("no Chinese TrueType font on this computer")
    en, zh = font_set("en"), font_set("zh-CN")
    assert en.regular == font_name(choice.latin) and zh.regular == font_name(choice.cjk)
    markup = en.markup("abc 中文")
    assert (
        markup.startswith("abc ") and f'<font face="{font_name(choice.cjk)}">中文</font>' in markup
    )
    assert en.covers("中") and en.covers("a")
    assert en.font_for("中文") == font_name(choice.cjk)
    assert en.font_for("Latin") == en.regular
    missing: set[str] = set()
    en.markup("\U000e0001 x", missing=missing)  # a tag character no font has
    assert missing == {"\U000e0001"}


def test_no_fonts_at_all_falls_back_to_reportlabs_own_truetype(tmp_path):
    choice = find_fonts(dirs=[tmp_path])
    assert choice.latin.path.name == "Vera.ttf"
    assert choice.latin_bold is not None and choice.latin_bold.path.name == "VeraBd.ttf"
    assert choice.cjk is None
    fs = font_set("zh-CN", choice)
    assert fs.warning == NO_CJK_WARNING and not fs.has_cjk
    assert fs.chain == (font_name(choice.latin),)


def test_broken_and_cff_fonts_are_skipped(tmp_path):
    (tmp_path / "wqy-microhei.ttc").write_bytes(b"not a font at all")
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"OTTO" + b"\0" * 200)  # CFF / damaged
    choice = find_fonts(dirs=[tmp_path])
    assert choice.cjk is None
    assert choice.latin.path.name == "Vera.ttf"


@pytest.mark.skipif(not WQY.is_file(), reason="WenQuanYi Micro Hei is not installed")
def test_the_packaged_fonts_come_first(tmp_path):
    package = tmp_path / "fonts"
    package.mkdir()
    (package / "carried.ttc").symlink_to(WQY)
    system = tmp_path / "system"
    system.mkdir()
    (system / "wqy-microhei.ttc").symlink_to(WQY)
    carried = {"cjk": [FontFile(package / "carried.ttc")]}
    choice = find_fonts(dirs=[system], packaged=carried)
    assert choice.cjk == FontFile(package / "carried.ttc")
    assert find_fonts(dirs=[system]).cjk == FontFile(system / "wqy-microhei.ttc")


def test_the_program_carries_its_fonts_and_uses_them():
    """The default choice is the program's own DejaVu Sans and WenQuanYi Micro Hei, whatever
    the computer has; each carried font ships with its licence text."""
    from decisionaid import resources

    carried = resources.fonts()
    assert {f.role for f in carried} >= {"latin", "latin-bold", "cjk"}
    for font in carried:
        assert font.license is not None and font.license.is_file(), font
    folder = resources.path("fonts")
    choice = default_choice()
    assert choice.latin.path.parent == folder and choice.latin.path.name == "DejaVuSans.ttf"
    assert choice.latin_bold is not None and choice.latin_bold.path.parent == folder
    assert choice.cjk is not None and choice.cjk.path == folder / "wqy-microhei.ttc"
    fs = font_set("en")
    assert all(fs.covers(c) for c in "○●✓中文")


@pytest.mark.skipif(not WQY.is_file(), reason="WenQuanYi Micro Hei is not installed")
def test_a_forced_font(monkeypatch, tmp_path):
    monkeypatch.setenv("DECISIONAID_PDF_FONT", f"{WQY}#0")
    assert find_fonts(dirs=[tmp_path]).cjk == FontFile(WQY, 0)


def test_font_names_are_one_per_file():
    a = FontFile(Path("/x/DejaVuSans.ttf"))
    b = FontFile(Path("/x/wqy-microhei.ttc"), 1)
    assert font_name(a) != font_name(b)
    assert font_name(b).endswith("-1")


def test_font_warning_matches_the_computer():
    expected = "" if default_choice().cjk is not None else NO_CJK_WARNING
    assert fontfiles.font_warning() == expected


def test_to_unicode_uses_surrogate_pairs_for_emoji():
    cmap = tounicode.to_unicode_cmap("F", [0x41, 0x1F600])
    assert "<00> <0041>" in cmap and "<01> <D83DDE00>" in cmap
