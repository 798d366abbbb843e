"""The English pack loads, every item is sourced, and bad packs are rejected by file and key."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys

import pytest

from decisionaid import resources
from decisionaid.content.loader import ContentError, load_dir, validate_dir
from tests.conftest import REPO


def _copy_pack(tmp_path):
    target = tmp_path / "en"
    shutil.copytree(resources.content_dir("en"), target)
    return target


def test_every_language_pack_is_valid():
    for language in resources.languages():
        pack, issues = validate_dir(resources.content_dir(language))
        assert issues == [], issues
        assert pack.pack.language == language


def test_every_fact_item_names_a_known_source(content):
    known = content.sources.sources
    items = [*content.considerations.benefits, *content.considerations.risks]
    items += [*content.quiz.questions, *content.learn.sections, *content.learn.phases]
    for item in items:
        assert item.sources, f"{item} has no source"
        for sid in item.sources:
            assert sid in known


def test_benefits_and_risks_have_equal_depth(content):
    # Equal detail: the same fields and kinds of point on both sides, not the same count.
    # Cost offsets (free tests, travel help) are on the Costs step, not benefits.
    c = content.considerations
    assert len(c.benefits) >= 3 and len(c.risks) >= 3
    for item in (*c.benefits, *c.risks):
        assert item.title and item.text and item.how_likely and item.sources
    assert {"chance", "side_effects"} <= {b.row for b in c.benefits}
    assert {"chance", "side_effects"} <= {r.row for r in c.risks}
    ids = {b.id for b in c.benefits}
    assert not ids & {"b_costs_covered", "b_subsidies"}


def test_no_promise_of_cure_anywhere():
    for file in resources.content_dir("en").glob("*.toml"):
        text = file.read_text(encoding="utf-8").lower()
        assert "100% cure" not in text
        assert "cure rate" not in text


def test_unverified_sources_are_labelled(content):
    for source in content.sources.sources.values():
        if source.tag == "U":
            assert "not confirmed" in source.citation.lower() or "not confirmed" in source.short


def test_quiz_has_six_to_eight_questions(content):
    assert 6 <= len(content.quiz.questions) <= 8
    for q in content.quiz.questions:
        assert q.explanation


def test_unknown_key_is_rejected_with_file_and_key(tmp_path):
    pack = _copy_pack(tmp_path)
    quiz = pack / "quiz.toml"
    quiz.write_text(quiz.read_text().replace("answer = 0\n", 'answer = 0\ncolour = "red"\n', 1))
    with pytest.raises(ContentError) as err:
        load_dir(pack)
    issue = err.value.issues[0]
    assert issue.file == "quiz.toml"
    assert issue.key == "questions[0].colour"
    assert "unknown key" in issue.message


def test_dangling_source_reference_is_rejected(tmp_path):
    pack = _copy_pack(tmp_path)
    path = pack / "considerations.toml"
    path.write_text(path.read_text().replace('"chihara2022", "fda_nci_phases"', '"nobody1999"', 1))
    _, issues = validate_dir(pack)
    assert [str(i) for i in issues] == [
        "considerations.toml: benefits[0].sources[0]: unknown source 'nobody1999'"
    ]


def test_missing_file_wrong_type_and_bad_toml(tmp_path):
    pack = _copy_pack(tmp_path)
    (pack / "glossary.toml").unlink()
    (pack / "welcome.toml").write_text("title = 3\n")
    (pack / "decide.toml").write_text("intro = \n")
    (pack / "stray.toml").write_text("")
    issues = {(i.file, i.key): i.message for i in validate_dir(pack)[1]}
    assert issues[("glossary.toml", "")] == "file is missing"
    assert "expected text" in issues[("welcome.toml", "title")]
    assert "not valid TOML" in issues[("decide.toml", "")]
    assert "unknown file" in issues[("stray.toml", "")]


def test_duplicate_ids_are_rejected(tmp_path):
    pack = _copy_pack(tmp_path)
    path = pack / "quiz.toml"
    path.write_text(path.read_text().replace('id = "q_placebo"', 'id = "q_leave"'))
    _, issues = validate_dir(pack)
    assert any("duplicate id 'q_leave'" in str(i) for i in issues)


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "decisionaid", *args], cwd=REPO, capture_output=True, text=True
    )


def test_check_content_command_ok():
    out = _cli("check-content")
    assert out.returncode == 0, out.stderr
    assert "OK" in out.stdout


def test_check_content_command_names_file_and_key(tmp_path):
    pack = _copy_pack(tmp_path)
    path = pack / "learn.toml"
    path.write_text(path.read_text().replace('sources = ["gupta2021"]', 'sources = ["gone"]'))
    out = _cli("check-content", str(pack))
    assert out.returncode == 1
    assert "learn.toml: sections[0].sources[0]: unknown source 'gone'" in out.stderr
    assert "Traceback" not in out.stderr


def test_content_dataclasses_are_frozen(content):
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.pack.language = "xx"  # type: ignore[misc]
