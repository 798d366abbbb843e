"""The composition root: QApplication, translators, settings, the steps, the main window."""

from __future__ import annotations

import importlib
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
from decisionaid.ui import qtstart  # noqa: F401 - first: PySide6 with a cheaper import hook

# isort: on
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QSize,
)
from PySide6.QtWidgets import QApplication, QWidget

from decisionaid import APP_ID, APP_NAME, __version__, resources
from decisionaid.content.lazy import StartPack
from decisionaid.content.loader import ContentError, load
from decisionaid.storage.autosave import Autosave, Recovery
from decisionaid.ui import i18n
from decisionaid.ui.document import Document
from decisionaid.ui.main_window import MainWindow, Step
from decisionaid.ui.qtenums import Qt
from decisionaid.ui.settings import BASE_POINT_SIZE, Settings, data_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from decisionaid.content.schema import ContentPack
    from decisionaid.model.session import Session


def _page(spec: str):
    """A factory that imports "module:Class" from decisionaid.ui.pages on first use.

    Pages are built when first shown or made ready (ui/prepare.py, after the background
    imports), so their modules (and pyqtgraph) load late: in the
    background once the first window is up (ui/preload.py), or here if that has not got there.
    `factory.module` names the module.
    """
    module_name, class_name = spec.split(":")
    module_path = f"decisionaid.ui.pages.{module_name}"

    def factory(document, content, parent=None):
        module = importlib.import_module(module_path)
        return getattr(module, class_name)(document, content, parent)

    factory.module = module_path
    return factory


def steps() -> list[Step]:
    """The journey, in order (product.md). One list, no copy-pasted blocks."""
    return [
        Step("welcome", QT_TRANSLATE_NOOP("Steps", "Welcome"), _page("welcome:WelcomePage")),
        Step(
            "situation",
            QT_TRANSLATE_NOOP("Steps", "Your situation"),
            _page("situation:SituationPage"),
        ),
        Step(
            "trial",
            QT_TRANSLATE_NOOP("Steps", "The trial you were offered"),
            _page("trial:TrialPage"),
        ),
        Step(
            "options",
            QT_TRANSLATE_NOOP("Steps", "Your options, side by side"),
            _page("options:OptionsPage"),
        ),
        Step(
            "learn",
            QT_TRANSLATE_NOOP("Steps", "What is a clinical trial"),
            _page("learn:LearnPage"),
        ),
        Step(
            "benefits",
            QT_TRANSLATE_NOOP("Steps", "Possible benefits"),
            _page("considerations:BenefitsPage"),
        ),
        Step(
            "risks",
            QT_TRANSLATE_NOOP("Steps", "Possible risks and burdens"),
            _page("considerations:RisksPage"),
        ),
        Step("costs", QT_TRANSLATE_NOOP("Steps", "Costs and subsidies"), _page("costs:CostsPage")),
        Step(
            "chances",
            QT_TRANSLATE_NOOP("Steps", "Your chances, in pictures"),
            _page("chances:ChancesPage"),
        ),
        Step(
            "quiz", QT_TRANSLATE_NOOP("Steps", "Check your understanding"), _page("quiz:QuizPage")
        ),
        Step(
            "values",
            QT_TRANSLATE_NOOP("Steps", "What matters most to you"),
            _page("values:ValuesPage"),
        ),
        Step(
            "questions",
            QT_TRANSLATE_NOOP("Steps", "Questions for your doctor"),
            _page("questions:QuestionsPage"),
        ),
        Step("summary", QT_TRANSLATE_NOOP("Steps", "Your summary"), _page("summary:SummaryPage")),
    ]


def ensure_app(all_fonts: bool = True) -> QApplication:
    """The QApplication, named, with the program's fonts (`all_fonts=False`: none yet, the
    caller registers what its first window needs, as run() does)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("decisionaid")
    app.setOrganizationName("TrialDecisionAid")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The id of the .desktop file and the AppStream metainfo (packaging/linux/): Wayland and
    # the desktop's task bar match the window to its launcher and icon with it.
    app.setDesktopFileName(APP_ID)
    if all_fonts:
        from decisionaid.ui import fonts

        fonts.register()
    return app


def apply_text_scale(scale: float) -> None:
    font = QApplication.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    QApplication.setFont(font)


def load_autosave() -> Session | None:
    """The answers of the autosave copy, or None (a damaged copy is set aside)."""
    try:
        recovery = Autosave(data_dir()).recover()
    except OSError:
        return None
    return recovery.session if recovery else None


def create_window(
    session: Session | None = None,
    settings: Settings | None = None,
    autosave: Autosave | None = None,
    defer_app_filters: bool = False,
    prepare_ahead: bool = False,
    first_screen_first: bool | None = None,
) -> MainWindow:
    """Build the main window (used by run(), the screenshots command and the tests).
    `defer_app_filters`, `prepare_ahead`, `first_screen_first`: see MainWindow (run()
    starts that way)."""
    settings = settings or Settings()
    language = session.language if session else settings.language
    # The Welcome page's parts now; the whole pack when another page needs it (content/lazy.py).
    content: ContentPack | StartPack
    try:
        content = StartPack(language)
    except (ContentError, FileNotFoundError):
        content = StartPack("en")
    # The interface follows the chosen language when its translation exists, even if the
    # content pack falls back to English.
    i18n.install(
        QApplication.instance(),
        language if i18n.has_translation(language) else content.pack.language,
    )
    apply_text_scale(settings.text_scale)
    # A new session is made when first used, after the first window is painted (ui/document.py).
    document = Document(session, language=content.pack.language)
    return MainWindow(
        steps(),
        content,
        settings,
        document,
        content_loader=load,
        autosave=autosave,
        defer_app_filters=defer_app_filters,
        prepare_ahead=prepare_ahead,
        first_screen_first=first_screen_first,
    )


def offer_restore(recovery: Recovery, parent=None) -> bool:
    """Ask "Restore the answers from <date, time>?" after a crash. True to restore."""
    from PySide6.QtWidgets import QMessageBox

    when = QLocale().toString(recovery.saved_at, QLocale.FormatType.ShortFormat)
    # Literal translate() calls: lupdate does not follow an alias such as tr = translate.
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Restore", "Restore your answers?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if recovery.crashed:
        box.setText(
            QCoreApplication.translate("Restore", "The program did not close normally last time.")
        )
    else:
        box.setText(QCoreApplication.translate("Restore", "Answers from last time were kept."))
    box.setInformativeText(
        QCoreApplication.translate("Restore", "Restore the answers from {0}?").format(when)
    )
    restore = box.addButton(
        QCoreApplication.translate("Restore", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Restore", "&Start fresh"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def shutdown_qt(app: QApplication, window: QWidget | None) -> None:
    """Delete the window and its charts while Qt is still alive.

    Left to the interpreter's final garbage collection, pyqtgraph items can be freed after
    their Qt objects, which crashes on exit (seen with PySide6 6.12 + pyqtgraph 0.14).
    """
    import gc

    if window is not None:
        window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
    gc.collect()


def app_icon() -> QIcon:
    """The app icon in every size the program carries (resources/icons/)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources.app_icon_dir()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = folder / f"decisionaid-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    return icon


def _start_autosave(settings: Settings) -> tuple[Autosave | None, Session | None, Path | None]:
    """Take the lock; after a crash, offer to restore the answers. Home mode only."""
    if settings.clinic_mode:
        return None, None, None
    try:
        autosave = Autosave(data_dir())
        autosave.start(write_lock=False)  # written once the window is painted (run())
    except OSError:
        return None, None, None
    recovery = autosave.recover()
    if recovery is None:
        return autosave, None, None
    QApplication.instance().setWindowIcon(app_icon())  # the question comes before the window
    if offer_restore(recovery):
        return autosave, recovery.session, recovery.file
    autosave.discard()
    return autosave, None, None


# benchmarks/startup.py sets this to time the start as a user sees it: the process prints
# "first-paint" once its first window has been painted, then quits. It loads nothing else.
EXIT_AFTER_FIRST_PAINT = "DECISIONAID_EXIT_AFTER_FIRST_PAINT"


def exit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """After the first paint of `window` (once that frame is drawn): print "first-paint" and
    the process's CPU time so far on stdout, and quit the event loop. The bare-window baseline
    in benchmarks/startup.py uses the same filter, so both are timed to the same moment. It
    watches the window alone: a filter on the whole application would itself slow the start
    (PySide then looks up the Python type of every internal Qt object that gets an event)."""
    from PySide6.QtCore import QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                # The window is painted first, then its children, in the same pass.
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            import time

            cpu = time.process_time()  # CPU time so far: a figure that a busy machine blurs less
            print("first-paint", flush=True)
            print(f"cpu {cpu:.4f}", flush=True)
            app.quit()

    window.installEventFilter(FirstPaint(window))


def _background_start(window: MainWindow) -> None:
    """Start-up work that waits for the first paint (MainWindow.when_painted)."""
    from PySide6.QtCore import QTimer

    from decisionaid.ui import fonts, preload
    from decisionaid.ui.handout import clean_print_leftovers

    fonts.register()  # every carried face, for the other language and the handout's words

    # The icon in the task bar and title bar (the window manager shows its own for a moment).
    QApplication.instance().setWindowIcon(app_icon())
    QTimer.singleShot(preload.DELAY_MS, clean_print_leftovers)
    preload.start_soon(tasks=background_tasks(window))


def background_tasks(window: MainWindow) -> tuple:
    """The Qt-free work ui/preload.py does in the background once the window is up: the
    rest of the content pack, read and checked (content/lazy.py), and Babel's tables for
    money and dates in that language (ui/money.py). The benchmarks pass the same."""
    from PySide6.QtCore import QLocale

    language = window.content.pack.language
    # The system locale asked here, on the GUI thread: the tasks touch no Qt.
    return (partial(load, language), partial(_warm_money, language, QLocale().name()))


def _warm_money(language: str, qt_locale: str) -> None:
    from decisionaid.ui import money  # imports Babel: on the background thread, not here

    money.warm(language, qt_locale)


def run(session_path: str | None = None, clinic: bool = False) -> int:
    """The GUI. No traceback ever reaches the person: an error before the window is up, or
    while it is open, is one message box and one line on stderr (ui/crash.py)."""
    import os

    from decisionaid.ui import crash

    # Everything this process writes is private, whatever the umask (files are also
    # chmodded one by one, so this is a second line of defence).
    os.umask(0o077)
    if clinic:
        Settings.clinic_forced = True
    crash.install()
    window = None
    autosave: Autosave | None = None
    try:
        from decisionaid.ui import fonts

        app = ensure_app(all_fonts=False)
        settings = Settings()
        # The faces the first window shows now; the rest once it is painted (ui/fonts.py).
        fonts.register(fonts.roles_for(settings.language))
        autosave, session, recovered_file = _start_autosave(settings)
        if session is not None:
            fonts.register(fonts.roles_for(session.language))
        window = create_window(
            session, settings, autosave, defer_app_filters=True, prepare_ahead=True
        )
        if session is not None:
            window.restored(recovered_file)
        from decisionaid.ui import placement

        # The whole window on the screen, frame included (last time's place if it still fits).
        placement.place(window, settings.geometry)
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            exit_after_first_paint(app, window)
        window.show()
        if autosave is None and not settings.clinic_mode:
            window.autosave()  # says in a dialog why answers cannot be kept
        if session_path:
            window.open_requested(Path(session_path))
        # What the Welcome page does not need waits until the window is on the screen.
        if autosave is not None:
            window.when_painted(autosave.write_lock)
        window.when_painted(partial(_background_start, window))
    except Exception as exc:  # noqa: BLE001 - shown as a message, never as a traceback
        return crash.startup_failed(exc)
    code = app.exec()
    shutdown_qt(app, window)
    if autosave is not None:
        autosave.stop()
    return code
