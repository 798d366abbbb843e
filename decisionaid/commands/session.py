"""`decisionaid new-session --trial FILE [--language L] -o SESSION.json`.

A blank session that already holds a trial: a counselor prepares it before the visit, and
tests build a session from any registry record. Errors are one line, as for `trial show`.
"""

from __future__ import annotations

import argparse

from decisionaid.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "new-session",
        help="make a blank session that holds a prepared trial file or a registry record",
    )
    p.add_argument(
        "--trial",
        required=True,
        metavar="FILE",
        help="a prepared trial file or a ClinicalTrials.gov JSON record (one study)",
    )
    p.add_argument("--language", default="en", help="content language, e.g. en or zh-CN")
    p.add_argument("-o", "--output", required=True, metavar="SESSION.json", help="where to write")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from decisionaid import resources
    from decisionaid.model.session import Session
    from decisionaid.storage import sessionfile
    from decisionaid.storage.files import WriteError
    from decisionaid.storage.trialfile import TrialFileError, load_any

    languages = resources.languages()
    if args.language not in languages:
        raise UserError(
            f"language {args.language!r} is not available (choose from {', '.join(languages)})"
        )
    output = Path(args.output)
    if output.is_dir():
        raise UserError(f"{output} is a folder; give a file name such as session.json")
    if output.exists() and not args.force:
        raise UserError(f"{output} already exists (use --force to replace it)")
    try:
        trials = load_any(args.trial)
    except TrialFileError as exc:
        raise UserError(str(exc)) from None
    if len(trials) != 1:
        raise UserError(
            f"{Path(args.trial).name} holds {len(trials)} studies; a session holds one. "
            "Save the one you want on its own."
        )
    session = Session(language=args.language, trial=trials[0])
    try:
        sessionfile.save(session, output)
    except (WriteError, OSError) as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(f"wrote {output} ({trials[0].registry_id or 'trial'}, {args.language})")
    return 0
