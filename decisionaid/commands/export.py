"""`decisionaid export SESSION -o OUT.pdf` and `decisionaid handout -o OUT.pdf`.

`export` prints the patient's handout from a saved session; `handout` prints the blank general
handout (no patient data) that clinics can hand out. reportlab is imported only when a command
runs, so `decisionaid --version` and the GUI start stay fast.

A session file that cannot be read (damaged, cut short, not a session, from a newer version)
gives one line on stderr and exit status 1. The session file is only read, never written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from decisionaid.errors import UserError

PAPERS = ("a4", "letter")


def _add_print_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, help="where to write the PDF")
    p.add_argument(
        "--paper", choices=PAPERS, default="a4", help="paper size: a4 (default) or letter"
    )
    p.add_argument(
        "--large-print", action="store_true", help="large print (body text 15 pt instead of 12)"
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the PDF handout of a saved session")
    p.add_argument("session", help="a saved session (.json)")
    _add_print_options(p)
    p.set_defaults(func=run_export)

    h = sub.add_parser("handout", help="write the blank general handout (no patient data)")
    _add_print_options(h)
    h.add_argument("--language", default="en", help="content language (default: en)")
    h.set_defaults(func=run_handout)


def _content(language: str):
    from decisionaid import i18n
    from decisionaid.content.loader import ContentError, load

    i18n.set_language(language)  # the core's messages (file errors, ...) in that language
    from decisionaid.resources import ResourceError

    try:
        return load(language)
    except ResourceError:
        raise
    except (ContentError, FileNotFoundError):
        pass
    # As the app does: a language without its own content pack falls back to English.
    try:
        content = load("en")
    except ResourceError:
        raise
    except (ContentError, FileNotFoundError):
        raise UserError(f"no usable content for language {language!r}") from None
    print(
        f"decisionaid: note: no content in {language!r} yet; the handout is in English.",
        file=sys.stderr,
    )
    return content


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return False


def _report(result) -> None:
    kb = max(1, round(result.size / 1024))
    print(f"wrote {result.path} ({result.pages} pages, {kb} KB)")
    for warning in result.warnings:
        print(f"decisionaid: warning: {warning}", file=sys.stderr)


def run_export(args: argparse.Namespace) -> int:
    from decisionaid.storage.sessionfile import SessionFileError, load

    session_path, out = Path(args.session), Path(args.output)
    if _same_file(session_path, out):
        raise UserError("the PDF would replace the session file; choose another output name")
    try:
        session = load(session_path)
    except SessionFileError as exc:
        raise UserError(str(exc)) from None
    content = _content(session.language)

    from decisionaid.report.builder import export_pdf
    from decisionaid.report.fontfiles import FontError
    from decisionaid.storage.files import WriteError

    try:
        result = export_pdf(session, content, out, paper=args.paper, large_print=args.large_print)
    except WriteError as exc:
        raise UserError(str(exc.strerror or exc)) from None
    except FontError as exc:
        raise UserError(str(exc)) from None
    _report(result)
    return 0


def run_handout(args: argparse.Namespace) -> int:
    content = _content(args.language)

    from decisionaid.report.builder import export_handout
    from decisionaid.report.fontfiles import FontError
    from decisionaid.storage.files import WriteError

    try:
        result = export_handout(
            content, Path(args.output), paper=args.paper, large_print=args.large_print
        )
    except WriteError as exc:
        raise UserError(str(exc.strerror or exc)) from None
    except FontError as exc:
        raise UserError(str(exc)) from None
    _report(result)
    return 0
