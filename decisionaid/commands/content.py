"""`decisionaid check-content [PATH]`: validate content packs and check that they agree.

Without PATH, every packaged language is validated, and every pack is compared with the
English one: the same keys, the same sources and the same numbers in each text (see
`content/parity.py`). With PATH, that one folder is validated and, unless it is English,
compared with the packaged English pack (or with `--reference FOLDER`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REFERENCE_LANGUAGE = "en"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check-content",
        help="validate content packs (and that every language has the same keys, "
        "sources and numbers as English)",
    )
    p.add_argument("path", nargs="?", help="the pack folder (default: every packaged language)")
    p.add_argument(
        "--reference",
        help="the pack folder to compare with (default: the packaged English pack)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from decisionaid import resources
    from decisionaid.content.loader import validate_dir
    from decisionaid.content.parity import compare

    folders = (
        [Path(args.path)]
        if args.path
        else [resources.content_dir(lang) for lang in resources.languages()]
    )
    reference = (
        Path(args.reference) if args.reference else resources.content_dir(REFERENCE_LANGUAGE)
    )
    failed = False
    for folder in folders:
        pack, issues = validate_dir(folder)
        if not issues and pack is not None and pack.pack.language != REFERENCE_LANGUAGE:
            issues = compare(reference, folder)
            if issues:
                print(f"{folder}: differs from {reference}:", file=sys.stderr)
        if issues:
            failed = True
            for issue in issues:
                print(f"{folder}/{issue}", file=sys.stderr)
        else:
            assert pack is not None
            n = len(pack.sources.sources)
            same = (
                ""
                if pack.pack.language == REFERENCE_LANGUAGE
                else f"; same keys, sources and numbers as {reference.name}"
            )
            print(f"{folder}: OK ({pack.pack.name}, {n} sources{same})")
    return 1 if failed else 0
