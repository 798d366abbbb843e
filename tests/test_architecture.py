"""The domain packages (content, model, storage, report) never import Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

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
