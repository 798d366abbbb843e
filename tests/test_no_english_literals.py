"""No user-facing English literal is left in the Qt-free core (model/, storage/, report/).

What the core says to a person lives in the content pack of its language (TOML) or in the
Babel-managed gettext catalogue (`_()`, `ngettext()`, `N_()` from decisionaid.i18n). This test
reads the source of those packages and fails on any other string constant that looks like
prose: two or more words of letters. Docstrings, and the arguments of `_()`/`ngettext()`/
`N_()`, are fine. The allow-list below is small, and each entry says why it is not text for a
person.
"""

from __future__ import annotations

import ast
import re

from tests.conftest import REPO

PACKAGES = ("model", "storage", "report")
MARKERS = {"_", "N_", "ngettext"}
PROSE = re.compile(r"[A-Za-z]{2,}[,.;:!?'’)]*\s+\(?[A-Za-z]{2,}")

# (module, start of the literal): why it is not for a person.
ALLOWED: dict[tuple[str, str], str] = {
    # Font file names searched on Windows and macOS.
    ("report/fontfiles.py", "Arial Bold.ttf"): "a file name",
    ("report/fontfiles.py", "Verdana Bold.ttf"): "a file name",
    ("report/fontfiles.py", "Arial Unicode.ttf"): "a file name",
    ("report/fontfiles.py", "STHeiti Light.ttc"): "a file name",
    ("report/fontfiles.py", "STHeiti Medium.ttc"): "a file name",
    ("report/fonts.py", '<font face="'): "reportlab markup",
    # PostScript of the ToUnicode CMap written into the PDF.
    ("report/tounicode.py", "/CIDInit /ProcSet"): "PDF code",
    ("report/tounicode.py", "12 dict begin"): "PDF code",
    ("report/tounicode.py", "/CMapType 2 def"): "PDF code",
    ("report/tounicode.py", "CMapName currentdict"): "PDF code",
    # The registry's own status words, kept as the record states them (trial.status); the
    # packs word each status by its code (registry.toml "status.name.*").
    ("model/registry/ctgov.py", "Not yet recruiting"): "registry vocabulary",
    ("model/registry/ctgov.py", "Active, not recruiting"): "registry vocabulary",
    ("model/registry/ctgov.py", "Enrolling by invitation"): "registry vocabulary",
    ("model/registry/ctgov.py", "No longer available"): "registry vocabulary",
    ("model/registry/ctgov.py", "Temporarily not available"): "registry vocabulary",
    ("model/registry/ctgov.py", "Approved for marketing"): "registry vocabulary",
    ("model/registry/ctgov.py", "Unknown (last known: "): "registry vocabulary",
    # Words read in ICTRP exports (matched, never shown).
    ("model/registry/ictrp.py", "double blind"): "input vocabulary",
    ("model/registry/ictrp.py", "single blind"): "input vocabulary",
    ("model/registry/ictrp.py", "early phase 1"): "input vocabulary",
    ("model/registry/ictrp.py", "health services"): "input vocabulary",
    ("model/registry/ictrp.py", "Exclusion criteria:"): "input for the eligibility parser",
}
# Registries' own names (proper names, as each registry writes its name).
PROPER_NAMES = {"model/registry/ids.py": "REGISTRY_NAMES"}
# Modules whose ValueErrors check a programmer's arguments: their callers check what a person
# typed first (model/trial.py, model/costs.py, the CLI's argparse choices).
ARGUMENT_CHECKS = {"model/stats.py", "model/trial_summary.py", "report/styles.py"}
# Errors raised for a programmer's mistake (a bad argument), never shown to a person: the
# functions that raise them are only called with checked values.
REGEX_CALLS = {"compile", "search", "match", "fullmatch", "sub", "split", "findall", "finditer"}
PROGRAMMER_ERRORS = ("TypeError", "AssertionError", "NotImplementedError", "ArithmeticError")


def _marked_and_docstrings(tree: ast.AST, module: str = "") -> set[int]:
    skip: set[int] = set()
    errors = PROGRAMMER_ERRORS + (("ValueError",) if module in ARGUMENT_CHECKS else ())
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in MARKERS:
                for sub in ast.walk(node):
                    skip.add(id(sub))
        # Words matched against what a registry record says (its own English vocabulary):
        # compared with, looked up as keys, or listed in sets. They are read, never shown.
        if isinstance(node, ast.Compare):
            for sub in ast.walk(node):
                skip.add(id(sub))
        if isinstance(node, ast.AnnAssign | ast.Assign) and module in PROPER_NAMES:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(getattr(x, "id", "") == PROPER_NAMES[module] for x in targets):
                for sub in ast.walk(node):
                    skip.add(id(sub))
        if isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    skip.add(id(key))
        if isinstance(node, ast.Set):
            for sub in node.elts:
                skip.add(id(sub))
        # Regular expressions.
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in REGEX_CALLS:
            for sub in node.args[:1]:
                skip.add(id(sub))
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = getattr(node.exc.func, "id", None)
            if name in errors:
                for sub in ast.walk(node.exc):
                    skip.add(id(sub))
    return skip


def find_literals() -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((REPO / "decisionaid" / package).rglob("*.py")):
            module = path.relative_to(REPO / "decisionaid").as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _marked_and_docstrings(tree, module)
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                if id(node) in skip or not PROSE.search(node.value):
                    continue
                if any(module == m and node.value.startswith(start) for (m, start) in ALLOWED):
                    continue
                found.append(f"{module}:{node.lineno}: {node.value[:60]!r}")
    return found


def test_no_user_facing_english_literal_in_the_core():
    assert find_literals() == []


def test_the_scan_finds_a_literal(tmp_path, monkeypatch):
    """The scan is not blind: a plain English message in model/ is found."""
    source = 'def f():\n    raise ValueError("Please enter a number.")\n'
    tree = ast.parse(source)
    skip = _marked_and_docstrings(tree)
    hits = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
    ]
    assert [h for h in hits if PROSE.search(h)] == ["Please enter a number."]
    marked = ast.parse('x = _("Please enter a number.")\n')
    skip = _marked_and_docstrings(marked)
    assert all(id(n) in skip for n in ast.walk(marked) if isinstance(n, ast.Constant))
