"""`decisionaid demo-session -o FILE`: write a complete example session."""

from __future__ import annotations

import argparse
from pathlib import Path

from decisionaid.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo-session", help="write a complete example session file")
    p.add_argument("-o", "--output", required=True, help="where to write the session (.json)")
    p.add_argument("--language", default="en", help="content language (default: en)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from decisionaid.content.loader import ContentError, load
    from decisionaid.model.demo import demo_session
    from decisionaid.resources import ResourceError
    from decisionaid.storage.files import WriteError
    from decisionaid.storage.sessionfile import save

    try:
        content = load(args.language)
    except ResourceError:
        raise
    except (ContentError, FileNotFoundError):
        raise UserError(f"no usable content for language {args.language!r}") from None
    try:
        save(demo_session(content), Path(args.output))
    except WriteError as exc:
        raise UserError(str(exc.strerror or exc)) from None
    print(f"wrote {args.output}")
    return 0
