"""The core's gettext catalogue: complete, current with the code, and used."""

from __future__ import annotations

import string
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from decisionaid import i18n, resources
from tests.conftest import REPO

SOURCES = ["decisionaid/model", "decisionaid/storage", "decisionaid/report"]
SOURCES += ["decisionaid/commands", "decisionaid/cli.py", "decisionaid/jsondoc.py"]


def _fields(text: str) -> set[str]:
    return {
        f"{n}{'!' + c if c else ''}{':' + s if s else ''}"
        for _, n, s, c in string.Formatter().parse(text)
        if n is not None
    }


@pytest.fixture(scope="module")
def zh_catalog():
    with resources.path("i18n", "core", "zh_CN.po").open("rb") as fh:
        return read_po(fh, locale="zh_CN")


@pytest.fixture
def chinese():
    i18n.set_language("zh-CN")
    yield
    i18n.set_language("en")


def test_every_message_is_translated_with_the_same_placeholders(zh_catalog):
    messages = [m for m in zh_catalog if m.id]
    assert len(messages) > 50
    for m in messages:
        assert m.string, f"not translated: {m.id!r}"
        assert not m.fuzzy, f"fuzzy: {m.id!r}"
        assert _fields(m.id) == _fields(m.string), m.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in m.string), m.id


def test_catalogue_is_current_with_the_code(tmp_path, zh_catalog):
    """`make i18n` has been run: every marked message of the code is in the catalogue."""
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "-q",
            "extract",
            "--no-location",
            "-k",
            "_",
            "-k",
            "N_",
            "-k",
            "ngettext:1,2",
            "-o",
            str(pot),
            *SOURCES,
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as fh:
        wanted = {m.id for m in read_po(fh) if m.id}
    have = {m.id for m in zh_catalog if m.id}
    assert sorted(wanted - have) == [], "run `make i18n` and translate the new messages"
    assert sorted(have - wanted) == [], "obsolete messages: run `make i18n`"


def test_the_core_speaks_chinese(chinese):
    from decisionaid.model.costs import CostInputs, validate
    from decisionaid.model.stats import natural_frequency

    problems = validate(CostInputs(travel=-1, currency="yen"))
    assert problems["travel"] == "金额不能小于0。"
    assert "3个字母" in problems["currency"]
    nf = natural_frequency(1, 1000)  # 0.1 in 100: "fewer than 1"
    assert nf.affected_count_text() == "不到1"


def test_english_needs_no_catalogue():
    from decisionaid.model.costs import CostInputs, validate

    i18n.set_language("en")
    assert validate(CostInputs(travel=-1))["travel"] == "An amount cannot be less than 0."


def test_file_errors_on_the_command_line_are_chinese(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "decisionaid",
            "handout",
            "--language",
            "zh-CN",
            "-o",
            str(tmp_path / "no-such-folder" / "x.pdf"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert "文件夹" in out.stderr and "Traceback" not in out.stderr
