"""The installed layout: resources come from the package, and a broken installation (a missing
data file or module) is one clear line or message box, never a traceback."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from decisionaid import resources
from tests.conftest import REPO


def test_resources_are_found_through_the_data_package():
    import importlib.resources

    assert resources.root() == Path(str(importlib.resources.files("decisionaid._data")))
    assert resources.require("content", "en", "pack.toml").is_file()
    with pytest.raises(resources.ResourceError, match="content/xx/pack.toml is missing"):
        resources.require("content", "xx", "pack.toml")


def test_every_resource_file_is_in_the_wheel_and_sdist():
    """Each file under resources/ matches a package-data pattern (setuptools puts those in the
    wheel and the sdist), so a new kind of file cannot be left out of the installed app."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["decisionaid._data"]
    base = REPO / "resources"
    files = [p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()]
    files = [f for f in files if "__pycache__" not in f and f != "__init__.py"]
    assert files
    left_out = [
        f
        for f in files
        if not any(
            fnmatch.fnmatch(f, pat) or fnmatch.fnmatch(f, pat.replace("**/", ""))
            for pat in patterns
        )
    ]
    assert left_out == []


def installed_copy(tmp_path: Path, drop: str = "") -> Path:
    """The package laid out as pip installs it (resources inside as decisionaid/_data), with
    one file or folder (`drop`, relative to site-packages) taken away."""
    site = tmp_path / "site"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "decisionaid", site / "decisionaid", ignore=ignore)
    shutil.copytree(REPO / "resources", site / "decisionaid" / "_data", ignore=ignore)
    if drop:
        target = site / drop
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    return site


def run_installed(site: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "QT_QPA_PLATFORM": "offscreen",
        "DECISIONAID_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("DECISIONAID_RESOURCES", None)
    # As a real (not editable) install: without the finder of this checkout's editable install.
    launcher = (
        "import runpy, sys; "
        "sys.meta_path[:] = [f for f in sys.meta_path "
        "if not getattr(f, '__module__', '').startswith('__editable__')]; "
        "runpy.run_module('decisionaid', run_name='__main__')"
    )
    return subprocess.run(
        [sys.executable, "-c", launcher, *args],
        cwd=tmp_path,  # outside the checkout
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_installed_layout_works_from_another_folder(tmp_path):
    site = installed_copy(tmp_path)
    out = run_installed(site, "demo-session", "-o", str(tmp_path / "demo.json"), tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    out = run_installed(site, "check-content", tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    assert str(site / "decisionaid" / "_data" / "content" / "en") in out.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("demo-session", "-o", "demo.json"),
        ("handout", "-o", "general.pdf"),
        (),  # the GUI
    ],
    ids=["demo-session", "handout", "gui"],
)
def test_a_missing_resource_is_one_clear_message(tmp_path, args):
    site = installed_copy(tmp_path, drop="decisionaid/_data/content/en/quiz.toml")
    out = run_installed(site, *args, tmp_path=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert lines == [
        "decisionaid: error: The program's files are incomplete: content/en/quiz.toml is "
        "missing. Please reinstall Trial Decision Aid."
    ], out.stderr
    assert not (tmp_path / "demo.json").exists() and not (tmp_path / "general.pdf").exists()


def test_a_missing_data_folder_is_one_clear_message(tmp_path):
    site = installed_copy(tmp_path, drop="decisionaid/_data")
    out = run_installed(site, "check-content", tmp_path=tmp_path)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        "decisionaid: error: The program's files are incomplete: the folder of its data files "
        "is missing. Please reinstall Trial Decision Aid."
    ], out.stderr


def test_a_missing_command_package_is_not_skipped(tmp_path):
    """A frozen build that left out a parent package must say so, not lose its commands."""
    site = installed_copy(tmp_path, drop="decisionaid/commands")
    out = run_installed(site, "--version", tmp_path=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines() == [
        "decisionaid: error: The program's files are incomplete: the part "
        "'decisionaid.commands' is missing. Please reinstall Trial Decision Aid."
    ]


def test_one_application_id_everywhere():
    """The window's desktop file name, the .desktop file, the AppStream id and the macOS
    bundle id are the same reverse-DNS name."""
    import plistlib
    import xml.etree.ElementTree as ET

    from decisionaid import APP_ID

    linux = REPO / "packaging" / "linux"
    assert (linux / f"{APP_ID}.desktop").is_file()
    meta = ET.parse(linux / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert f"Icon={APP_ID}\n" in (linux / f"{APP_ID}.desktop").read_text("utf-8")
    with open(REPO / "packaging" / "macos" / "Info.plist", "rb") as fh:
        assert plistlib.load(fh)["CFBundleIdentifier"] == APP_ID


def test_the_window_carries_its_icon_and_desktop_id(qapp):
    from PySide6.QtGui import QGuiApplication

    from decisionaid import APP_ID
    from decisionaid.app import app_icon, ensure_app

    ensure_app()
    assert QGuiApplication.desktopFileName() == APP_ID
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
