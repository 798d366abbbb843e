"""Every language pack has the same keys, sources and numbers as English (check-content)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from decisionaid import resources
from decisionaid.content.parity import compare, numbers
from tests.conftest import REPO

EN = resources.content_dir("en")
ZH = resources.content_dir("zh-CN")


def _copy_zh(tmp_path):
    target = tmp_path / "zh-CN"
    shutil.copytree(ZH, target)
    return target


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_chinese_pack_exists_and_agrees_with_english():
    assert "zh-CN" in resources.languages()
    assert compare(EN, ZH) == []


def test_every_packaged_language_agrees_with_english():
    for language in resources.languages():
        assert compare(EN, resources.content_dir(language)) == [], language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("93 of 13,847 people", {"93", "13847"}),
        ("13,847人里有93人", {"93", "13847"}),
        ("about 12.0% (2022;386:2363-76)", {"12", "2022", "386", "2363", "76"}),
        ("1:1 or 2:1", {"1", "2"}),
        ("全角数字１２", {"12"}),
        ("four questions", set()),
    ],
)
def test_numbers_are_read_from_digits(text, expected):
    assert numbers(text) == expected


def test_a_key_in_one_pack_only_is_an_error(tmp_path):
    pack = _copy_zh(tmp_path)
    _edit(pack / "welcome.toml", 'privacy = "', 'extra = "多出来的"\nprivacy = "')
    _edit(pack / "quiz.toml", 'intro = "', 'intro_gone = "')
    found = {(i.file, i.key): i.message for i in compare(EN, pack)}
    assert "only in this pack" in found[("welcome.toml", "extra")]
    assert "missing here" in found[("quiz.toml", "intro")]
    assert "only in this pack" in found[("quiz.toml", "intro_gone")]


def test_a_missing_list_item_or_file_is_an_error(tmp_path):
    pack = _copy_zh(tmp_path)
    text = (pack / "glossary.toml").read_text(encoding="utf-8")
    (pack / "glossary.toml").write_text(text.rsplit("[[terms]]", 1)[0], encoding="utf-8")
    (pack / "decide.toml").unlink()
    found = {(i.file, i.key): i.message for i in compare(EN, pack)}
    assert "items here" in found[("glossary.toml", "terms")]
    assert found[("decide.toml", "")] == "file is missing"


def test_a_source_in_one_pack_only_is_an_error(tmp_path):
    pack = _copy_zh(tmp_path)
    _edit(pack / "considerations.toml", 'sources = ["williams2024"]', 'sources = ["nipp2016"]')
    _edit(pack / "sources.toml", "[sources.registries]", "[sources.registries_cn]")
    issues = [str(i) for i in compare(EN, pack)]
    assert any(i.startswith("considerations.toml: risks[3].sources: ") for i in issues), issues
    assert any("sources.registries_cn" in i and "only in this pack" in i for i in issues)
    assert any("sources.registries:" in i and "missing here" in i for i in issues)


def test_a_number_that_differs_in_one_text_is_an_error(tmp_path):
    pack = _copy_zh(tmp_path)
    # One fact, two numbers: the Chinese says 94 deaths where the English says 93.
    _edit(pack / "facts.toml", "13,847人里有93人", "13,847人里有94人")
    _edit(pack / "facts.toml", "percent = 62.8", "percent = 62.9")
    issues = {(i.file, i.key): i.message for i in compare(EN, pack)}
    message = issues[("facts.toml", "frequencies[3].caption")]
    assert "missing here: 93" in message and "only here: 94" in message
    assert "62.9" in issues[("facts.toml", "funnel.steps[0].percent")]


def test_the_language_name_and_tag_may_differ_but_nothing_else_in_pack(tmp_path):
    pack = _copy_zh(tmp_path)
    _edit(pack / "pack.toml", 'evidence_review = "2026-11-01"', 'evidence_review = "2026-11-02"')
    issues = {(i.file, i.key) for i in compare(EN, pack)}
    assert issues == {("pack.toml", "evidence_review")}


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "decisionaid", *args], cwd=REPO, capture_output=True, text=True
    )


def test_check_content_passes_for_english_and_chinese():
    out = _cli("check-content")
    assert out.returncode == 0, out.stderr
    assert "zh-CN: OK" in out.stdout and "same keys, sources and numbers" in out.stdout


def test_check_content_fails_on_a_number_in_one_pack_only(tmp_path):
    pack = _copy_zh(tmp_path)
    _edit(pack / "considerations.toml", "118人里有55人", "118人里有56人")
    out = _cli("check-content", str(pack))
    assert out.returncode == 1
    assert "considerations.toml: risks[3].how_likely: numbers differ" in out.stderr
    assert "Traceback" not in out.stderr
