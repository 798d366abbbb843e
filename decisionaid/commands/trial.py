"""`decisionaid trial show FILE`: the plain-language summary of a trial file or registry record.

It prints the status (with a warning when nobody can join, or the record is old), the study
type, conditions, phase, groups and design and, for a record with posted results, who started,
finished and stopped, the primary outcome and the most common side effects with their counts.
"""

from __future__ import annotations

import argparse

from decisionaid.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trial", help="work with trial files and registry records")
    trial_sub = p.add_subparsers(dest="trial_command", metavar="ACTION", required=True)
    show = trial_sub.add_parser(
        "show",
        help="print a plain-language summary of a trial file or registry record",
    )
    show.add_argument(
        "file",
        help="a prepared trial file, a ClinicalTrials.gov JSON record, or a WHO ICTRP or "
        "ChiCTR XML export",
    )
    show.add_argument(
        "--cancer",
        default="",
        metavar="TYPE",
        help="the patient's kind of cancer: say so when the trial's conditions do not mention it",
    )
    show.add_argument(
        "--pick",
        default="",
        metavar="NUMBER",
        help="show only the trial with this registry number (for files that hold many)",
    )
    show.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    from decisionaid.model.registry.ids import normalise_registry_id
    from decisionaid.model.results_summary import results_view
    from decisionaid.model.trial_summary import summarise
    from decisionaid.storage.trialfile import TrialFileError, load_any

    try:
        trials = load_any(args.file)
    except TrialFileError as exc:
        raise UserError(str(exc)) from None
    if args.pick:
        wanted = normalise_registry_id(args.pick)
        trials = [t for t in trials if t.registry_id == wanted]
        if not trials:
            raise UserError(f"{args.file} holds no trial with the number {wanted}.")
    for index, trial in enumerate(trials):
        if index:
            print()
        print("\n".join(summarise(trial, cancer_type=args.cancer)))
        view = results_view(trial)
        if view is not None:
            print()
            print("\n".join(view.lines))
    return 0
