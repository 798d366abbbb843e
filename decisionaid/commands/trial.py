"""`decisionaid trial show FILE`: the plain-language summary of a trial file or registry record."""

from __future__ import annotations

import argparse

from decisionaid.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trial", help="work with trial files and registry records")
    trial_sub = p.add_subparsers(dest="trial_command", metavar="ACTION", required=True)
    show = trial_sub.add_parser(
        "show", help="print a plain-language summary of a trial file or ClinicalTrials.gov record"
    )
    show.add_argument("file", help="a prepared trial file or a ClinicalTrials.gov JSON record")
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from decisionaid.model.trial_summary import summarise
    from decisionaid.storage.trialfile import TrialFileError, load_any

    try:
        trials = load_any(args.file)
    except TrialFileError as exc:
        raise UserError(str(exc)) from None
    for index, trial in enumerate(trials):
        if index:
            print()
        print("\n".join(summarise(trial)))
    return 0
