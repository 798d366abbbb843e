"""Command line entry point. No arguments: start the app. Otherwise run a subcommand.

Subcommands live in `decisionaid/commands/*.py`; each module has `register(subparsers)`
which adds its parser and sets `func(args) -> int`. Modules import heavy libraries only
inside their `func`, so `decisionaid --version` and the GUI start stay fast.

Every module in COMMAND_MODULES is part of the program: none is optional, so a missing one
(or a missing parent package, as in a frozen build that left it out) is a broken installation
and says so in one line, rather than quietly losing a command. The PyInstaller spec bundles
every submodule of `decisionaid`, so the frozen and the installed app have the same commands.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING

from decisionaid import APP_NAME, __version__
from decisionaid.errors import UserError

if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = (
    "decisionaid.commands.screenshots",
    "decisionaid.commands.content",
    "decisionaid.commands.demo",
    "decisionaid.commands.trial",
    "decisionaid.commands.session",
    "decisionaid.commands.export",
)


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here: starting the window does not need it

    parser = argparse.ArgumentParser(
        prog="decisionaid",
        description=f"{APP_NAME}: think through whether to join a clinical trial.",
    )
    parser.add_argument("--version", action="version", version=f"decisionaid {__version__}")
    parser.add_argument(
        "--clinic",
        action="store_true",
        help="start in clinic mode: nothing about a patient is kept unless saved on purpose",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _missing_module(exc: ModuleNotFoundError) -> str:
    """One sentence for a module that is not there (a broken or partial installation)."""
    from decisionaid.resources import ResourceError

    missing = exc.name or "a module"
    if missing == "decisionaid" or missing.startswith("decisionaid."):
        return str(ResourceError(f"the part {missing!r}"))
    return (
        f"a library the program needs ({missing!r}) is not installed. "
        "Please reinstall Trial Decision Aid."
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Plain `decisionaid [--clinic] [SESSION.json]` starts the app without building the
    # subcommand parsers. --clinic: clinic mode for this run (see docs/privacy.md).
    gui = [a for a in argv if a != "--clinic"]
    if not gui or (len(gui) == 1 and gui[0].lower().endswith(".json")):
        try:
            from decisionaid.app import run
        except ModuleNotFoundError as exc:
            print(f"decisionaid: error: {_missing_module(exc)}", file=sys.stderr)
            return 1
        return run(gui[0] if gui else None, clinic="--clinic" in argv)
    try:
        parser = build_parser()
    except ModuleNotFoundError as exc:
        print(f"decisionaid: error: {_missing_module(exc)}", file=sys.stderr)
        return 1
    parser.epilog = "Run without a command to start the app: decisionaid [--clinic] [SESSION.json]"
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except ModuleNotFoundError as exc:
        print(f"decisionaid: error: {_missing_module(exc)}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"decisionaid: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("decisionaid: stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a command line must never show a traceback
        print(f"decisionaid: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
