"""`decisionaid check-content [PATH]`: validate a content pack."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-content", help="validate a content pack folder")
    p.add_argument("path", nargs="?", help="the pack folder (default: every packaged language)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from decisionaid import resources
    from decisionaid.content.loader import validate_dir

    folders = (
        [Path(args.path)]
        if args.path
        else [resources.content_dir(lang) for lang in resources.languages()]
    )
    failed = False
    for folder in folders:
        pack, issues = validate_dir(folder)
        if issues:
            failed = True
            for issue in issues:
                print(f"{folder}/{issue}", file=sys.stderr)
        else:
            assert pack is not None
            n = len(pack.sources.sources)
            print(f"{folder}: OK ({pack.pack.name}, {n} sources)")
    return 1 if failed else 0
