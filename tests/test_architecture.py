"""The domain packages (content, model, storage, report) never import Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO
from tests.fresh_start import run_python

DOMAIN = ("content", "model", "storage", "report")


def test_domain_imports_no_qt():
    code = (
        "import pkgutil, importlib, sys\n"
        "import decisionaid\n"
        f"for pkg in {DOMAIN!r}:\n"
        "    mod = importlib.import_module('decisionaid.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "importlib.import_module('decisionaid.schema')\n"
        "importlib.import_module('decisionaid.formatting')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "", f"Qt imported by the domain: {out.stdout}"


def test_gui_start_imports_no_heavy_libraries():
    """The first window must not wait for pyqtgraph, numpy or reportlab."""
    code = (
        "import sys\n"
        "from decisionaid.app import ensure_app, create_window\n"
        "app = ensure_app(); w = create_window(); w.show(); app.processEvents()\n"
        "print(','.join(m for m in ('pyqtgraph', 'numpy', 'reportlab') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


# What the Welcome page does not need, so the first window must not wait for it: charts and
# their libraries, the PDF, the core's translation tools, the XML readers, printing and the
# network, and the whole content pack's shape (read in the background once the window is up).
NOT_BEFORE_FIRST_WINDOW = (
    "pyqtgraph",
    "numpy",
    "reportlab",
    "babel",
    "defusedxml",
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
    "decisionaid.content.schema",
    "decisionaid.ui.charts",
    "decisionaid.report",
    "decisionaid.model.results_summary",
    "decisionaid.model.trial_summary",
    "decisionaid.model.registry",
    "decisionaid.model.options",
    "decisionaid.content.options_schema",
)


def _started_modules(tmp_path, args: list[str]) -> tuple[str, set[str]]:
    """The modules loaded by `python -m decisionaid ARGS`, run as the launcher runs it, until
    its first window is painted (DECISIONAID_EXIT_AFTER_FIRST_PAINT makes it quit then)."""
    code = (
        "import sys\n"
        "from decisionaid.cli import main\n"
        f"sys.argv = ['decisionaid', *{args!r}]\n"
        "code = main()\n"
        "from decisionaid.ui import i18n\n"
        "print('language:', i18n.current_language())\n"
        "print('modules:', ' '.join(sorted(sys.modules)))\n"
        "raise SystemExit(code)\n"
    )
    out = run_python(
        code,
        tmp_path,
        {
            "DECISIONAID_DATA_DIR": str(tmp_path / "decisionaid"),
            "DECISIONAID_EXIT_AFTER_FIRST_PAINT": "1",
        },
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0] == "first-paint", out.stdout[:500]
    return lines[-2].removeprefix("language: "), set(lines[-1].removeprefix("modules: ").split())


def _too_early(modules: set[str]) -> list[str]:
    return sorted(
        m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_BEFORE_FIRST_WINDOW)
    )


def test_first_window_loads_only_what_the_welcome_page_needs(tmp_path):
    """The app as started from the launcher, up to its first painted window (and its exit)."""
    language, modules = _started_modules(tmp_path, [])
    assert language == "en"
    assert "decisionaid.ui.pages.welcome" in modules  # the window was really built
    assert _too_early(modules) == []
    # The other pages are built on first visit, not at start.
    pages = {m for m in modules if m.startswith("decisionaid.ui.pages.")}
    assert pages == {"decisionaid.ui.pages.base", "decisionaid.ui.pages.welcome"}


def test_first_window_in_chinese_loads_no_more(tmp_path):
    from PySide6.QtCore import QSettings

    conf = tmp_path / "config" / "TrialDecisionAid" / "decisionaid.conf"
    saved = QSettings(str(conf), QSettings.Format.IniFormat)  # Linux's native format
    saved.setValue("interface/language", "zh-CN")
    saved.sync()
    language, modules = _started_modules(tmp_path, [])
    assert language == "zh-CN"
    assert _too_early(modules) == []


def test_first_window_in_clinic_mode_loads_no_more(tmp_path):
    _, modules = _started_modules(tmp_path, ["--clinic"])
    assert "decisionaid.ui.clinic" in modules
    assert _too_early(modules) == []
