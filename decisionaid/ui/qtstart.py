"""PySide6, imported first, with a cheaper look at every module imported after it.

Importing PySide6.QtCore puts a hook on Python's imports (for PySide's optional
`from __feature__ import snake_case`). After each new module, the hook reads the module's whole
source with `inspect.getsource` (the line cache, an encoding check) only to see whether the
text "PySide6" is in it. For the 80-odd modules the program imports before its first window
that was 10-13 ms of the start (measured with benchmarks/startup.py's breakdown). The check
below gives the same answer for a `.py` file by reading its bytes, and leaves every other case
(no file, a compiled module, a frozen build without sources) to PySide's own check. The
program never uses `__feature__`, so the answer only has to be the same as PySide's.

Import this module before any other PySide6 module (decisionaid.app does).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, which is then made cheaper

_MARK = "_decisionaid_quick_check"


def _install() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, _MARK, False):
        return  # another PySide version without this hook, or already done

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside


_install()
