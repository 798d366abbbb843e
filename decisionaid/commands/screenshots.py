"""`decisionaid screenshots DIR [--scale 2] [--text-size 200] [--session FILE]`.

Renders every step of the journey offscreen to numbered PNG files. By default it fills the
pages with the demo session so that every answer shows. With --full it also saves each
page's whole scrolling content, to check that nothing is cut off.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from decisionaid import resources
from decisionaid.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshots", help="render every page to numbered PNG files")
    p.add_argument("directory", help="folder for the PNG files (created if needed)")
    p.add_argument("--scale", type=float, default=1.0, help="pixel scale, e.g. 2 for HiDPI")
    p.add_argument(
        "--text-size",
        type=int,
        default=100,
        choices=(100, 125, 150, 175, 200),
        help="text size in percent (default 100)",
    )
    p.add_argument("--size", default="1280x800", help="window size in pixels (default 1280x800)")
    p.add_argument("--session", help="a session file to show (default: the demo session)")
    p.add_argument("--blank", action="store_true", help="show a blank session")
    p.add_argument("--full", action="store_true", help="also save each page's full content")
    p.add_argument(
        "--language",
        default=None,
        help="language of the interface and content, e.g. en or zh-CN (default: en)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.scale <= 0 or args.scale > 4:
        raise UserError("--scale must be between 0 and 4")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UserError("--size must look like 1280x800") from None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    out = Path(args.directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {out}: {exc.strerror}") from None

    from PySide6.QtCore import QSettings

    from decisionaid.app import create_window, ensure_app, shutdown_qt
    from decisionaid.content.loader import ContentError, load
    from decisionaid.model.demo import demo_session
    from decisionaid.model.session import Session
    from decisionaid.storage import sessionfile
    from decisionaid.ui import i18n
    from decisionaid.ui.settings import Settings

    app = ensure_app()
    language = args.language or "en"
    if language not in resources.languages() and not i18n.has_translation(language):
        known = ", ".join(sorted(set(resources.languages()) | set(i18n.translated_languages())))
        raise UserError(f"--language: no '{language}' in this version (try {known})")
    try:
        content = load(language)
    except (ContentError, FileNotFoundError):
        content = load("en")  # the interface is translated, the content pack is not yet
    if args.session:
        try:
            session = sessionfile.load(args.session)
        except sessionfile.SessionFileError as exc:
            raise UserError(str(exc)) from None
    elif args.blank:
        session = Session(language=language)
    else:
        session = demo_session(content)
        session.language = language
    # Screenshots never touch the user's own settings or autosave.
    settings = Settings(QSettings(str(out / ".screenshots.ini"), QSettings.Format.IniFormat))
    settings.text_scale = args.text_size / 100
    window = create_window(session, settings)
    window._autosave_enabled = False
    window.resize(width, height)
    window.show()
    app.processEvents()
    written = []
    for index, step in enumerate(window.steps):
        window.go_to(index)
        app.processEvents()
        name = f"{index + 1:02d}-{step.id}.png"
        if not window.grab().save(str(out / name)):
            raise UserError(f"could not write {out / name}")
        written.append(name)
        if args.full:
            page = window.pages[step.id]
            inner = page.widget()
            inner.resize(
                page.viewport().width(),
                inner.heightForWidth(page.viewport().width())
                if inner.hasHeightForWidth()
                else inner.sizeHint().height(),
            )
            app.processEvents()
            full = f"{index + 1:02d}-{step.id}-full.png"
            inner.grab().save(str(out / full))
            written.append(full)
    (out / ".screenshots.ini").unlink(missing_ok=True)
    window.close()
    shutdown_qt(app, window)
    print(f"wrote {len(written)} images to {out}")
    return 0
