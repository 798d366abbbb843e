"""The TOML files the first window reads come parsed from resources/parsed-toml.marshal when,
and only when, their text is exactly what was parsed (decisionaid/tomlread.py)."""

from __future__ import annotations

import datetime
import marshal
import shutil
import tomllib
from pathlib import Path

import pytest

from decisionaid import resources, tomlread
from decisionaid.content.basic_schema import is_iso_date


def test_the_cache_is_up_to_date():
    """Fails after an edit of one of the files: run `make toml-cache` (python -m
    decisionaid.tomlread) and commit resources/parsed-toml.marshal."""
    root = resources.root()
    cached = marshal.loads((root / tomlread.FILE).read_bytes())
    assert cached == tomlread.build(root)
    # Every file the first window reads is in it, for every language.
    keys = set(cached)
    assert "fonts/fonts.toml" in keys
    for language in resources.languages():
        for stem in ("pack", "welcome", "about"):
            assert f"content/{language}/{stem}.toml" in keys


def test_loads_gives_what_tomllib_gives_and_new_objects_each_time():
    for key in marshal.loads((resources.root() / tomlread.FILE).read_bytes()):
        file = resources.root() / key
        text = file.read_text(encoding="utf-8")
        first = tomlread.loads(text, file)
        assert first == tomllib.loads(text)
        first.clear()  # the next caller gets its own copy
        assert tomlread.loads(text, file) == tomllib.loads(text)


def _copy_of_resources(tmp_path: Path, monkeypatch) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources.root(), copy, ignore=shutil.ignore_patterns("*.ttc", "*.ttf"))
    monkeypatch.setenv("DECISIONAID_RESOURCES", str(copy))
    resources.root.cache_clear()
    return copy


@pytest.fixture
def restore_root():
    yield
    resources.root.cache_clear()


def test_an_edited_file_is_parsed_from_its_text(tmp_path, monkeypatch, restore_root):
    copy = _copy_of_resources(tmp_path, monkeypatch)
    file = copy / "content" / "en" / "welcome.toml"
    text = file.read_text(encoding="utf-8").replace('title = "', 'title = "Edited: ', 1)
    file.write_text(text, encoding="utf-8")
    assert tomlread.loads(text, file)["title"].startswith("Edited: ")


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal", None])
def test_a_missing_or_damaged_cache_means_tomllib(tmp_path, monkeypatch, restore_root, damage):
    copy = _copy_of_resources(tmp_path, monkeypatch)
    if damage is None:
        (copy / tomlread.FILE).unlink()
    else:
        (copy / tomlread.FILE).write_bytes(damage)
    file = copy / "content" / "en" / "pack.toml"
    text = file.read_text(encoding="utf-8")
    assert tomlread.loads(text, file) == tomllib.loads(text)


def test_bad_toml_raises_tomllibs_error():
    with pytest.raises(tomlread.TOMLDecodeError):
        tomlread.loads("title = ")
    with pytest.raises(AttributeError):
        tomlread.NoSuchName  # noqa: B018


def test_the_review_date_check_agrees_with_the_calendar():
    for year in (1, 1900, 2000, 2024, 2026, 2100, 9999):
        for month in range(0, 14):
            for day in range(0, 33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    datetime.date.fromisoformat(text)
                    real = True
                except ValueError:
                    real = False
                assert is_iso_date(text) == real, text
    for text in ("2026-1-01", "20261101", "2026-11-01 ", "２０２６-11-01", "2026-11-1a", ""):
        assert not is_iso_date(text), text
