"""The composition root: QApplication, translators, settings, the steps, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from decisionaid import APP_NAME, __version__, resources
from decisionaid.content.loader import ContentError, load
from decisionaid.content.schema import ContentPack
from decisionaid.model.session import Session
from decisionaid.storage import sessionfile
from decisionaid.ui.document import Document
from decisionaid.ui.main_window import MainWindow, Step
from decisionaid.ui.settings import BASE_POINT_SIZE, Settings, autosave_path


def _tr(text: str) -> str:
    """Mark a step title for translation (translated when shown, context "Steps")."""
    return text


def _welcome(doc, content):
    from decisionaid.ui.pages.welcome import WelcomePage

    return WelcomePage(doc, content, text_scale=Settings().text_scale)


def _situation(doc, content):
    from decisionaid.ui.pages.situation import SituationPage

    return SituationPage(doc, content)


def _trial(doc, content):
    from decisionaid.ui.pages.trial import TrialPage

    return TrialPage(doc, content)


def _learn(doc, content):
    from decisionaid.ui.pages.learn import LearnPage

    return LearnPage(doc, content)


def _benefits(doc, content):
    from decisionaid.ui.pages.considerations import BenefitsPage

    return BenefitsPage(doc, content)


def _risks(doc, content):
    from decisionaid.ui.pages.considerations import RisksPage

    return RisksPage(doc, content)


def _costs(doc, content):
    from decisionaid.ui.pages.costs import CostsPage

    return CostsPage(doc, content)


def _chances(doc, content):
    from decisionaid.ui.pages.chances import ChancesPage

    return ChancesPage(doc, content)


def _quiz(doc, content):
    from decisionaid.ui.pages.quiz import QuizPage

    return QuizPage(doc, content)


def _values(doc, content):
    from decisionaid.ui.pages.values import ValuesPage

    return ValuesPage(doc, content)


def _questions(doc, content):
    from decisionaid.ui.pages.questions import QuestionsPage

    return QuestionsPage(doc, content)


def _summary(doc, content):
    from decisionaid.ui.pages.summary import SummaryPage

    return SummaryPage(doc, content)


def steps() -> list[Step]:
    """The journey, in order (product.md). One list, no copy-pasted blocks."""
    return [
        Step("welcome", _tr("Welcome"), _welcome),
        Step("situation", _tr("Your situation"), _situation),
        Step("trial", _tr("The trial you were offered"), _trial),
        Step("learn", _tr("What is a clinical trial"), _learn),
        Step("benefits", _tr("Possible benefits"), _benefits),
        Step("risks", _tr("Possible risks and burdens"), _risks),
        Step("costs", _tr("Costs and subsidies"), _costs),
        Step("chances", _tr("Your chances, in pictures"), _chances),
        Step("quiz", _tr("Check your understanding"), _quiz),
        Step("values", _tr("What matters most to you"), _values),
        Step("questions", _tr("Questions for your doctor"), _questions),
        Step("summary", _tr("Your summary"), _summary),
    ]


_translators: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language == "en":
        return
    locale = QLocale(language.replace("-", "_"))
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    own = QTranslator(app)
    if own.load(locale, "decisionaid", "_", str(resources.path("i18n"))):
        app.installTranslator(own)
        _translators.append(own)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("decisionaid")
    app.setOrganizationName("TrialDecisionAid")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def apply_text_scale(scale: float) -> None:
    font = QApplication.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    QApplication.setFont(font)


def load_autosave() -> Session | None:
    path = autosave_path()
    if not path.exists():
        return None
    try:
        return sessionfile.load(path)
    except sessionfile.SessionFileError:
        # A damaged backup is kept aside, never silently deleted.
        try:
            path.replace(path.with_suffix(".damaged.json"))
        except OSError:
            pass
        return None


def create_window(session: Session | None = None, settings: Settings | None = None) -> MainWindow:
    """Build the main window (used by run(), the screenshots command and the tests)."""
    settings = settings or Settings()
    language = session.language if session else settings.language
    try:
        content: ContentPack = load(language)
    except (ContentError, FileNotFoundError):
        content = load("en")
    install_translators(QApplication.instance(), content.pack.language)
    apply_text_scale(settings.text_scale)
    document = Document(session or Session(language=content.pack.language))
    return MainWindow(steps(), content, settings, document, content_loader=load)


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


def run(session_path: str | None = None) -> int:
    app = ensure_app()
    settings = Settings()
    session = load_autosave()
    window = create_window(session, settings)
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    window.show()
    if session_path:
        window.open_path(Path(session_path))
    from decisionaid.ui import preload

    preload.start_soon()
    code = app.exec()
    shutdown_qt(app, window)
    return code
