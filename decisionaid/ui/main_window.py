"""The main window: step list on the left, the page in the middle, Back / Next below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from decisionaid import i18n as core_i18n
from decisionaid.model.progress import mark_seen
from decisionaid.model.progress import state as step_state
from decisionaid.storage.autosave import Autosave
from decisionaid.storage.files import WriteError
from decisionaid.ui.document import Document
from decisionaid.ui.pages.base import Page, building_first_screens
from decisionaid.ui.qtenums import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_CENTER,
    PLAIN_TEXT,
    PRECISE_TIMER,
    SCROLL_BAR_ALWAYS_OFF,
    put,
)
from decisionaid.ui.settings import TEXT_SCALES, Settings, data_dir
from decisionaid.ui.widgets import ScaledLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from decisionaid.content.schema import ContentPack
    from decisionaid.model.session import Session
    from decisionaid.ui.handout import HandoutController
    from decisionaid.ui.prepare import PagePreparer

AUTOSAVE_QUIET_MS = 300
AUTOSAVE_MAX_WAIT_MS = 700


@dataclass(frozen=True)
class Step:
    id: str
    # Untranslated title; shown through QCoreApplication.translate("Steps", title).
    title: str
    # (document, content, parent widget) -> the page
    factory: Callable[..., Page]

    def display_title(self) -> str:
        return QCoreApplication.translate("Steps", self.title)


class MainWindow(QMainWindow):
    step_changed = Signal(str)

    def __init__(
        self,
        steps: list[Step],
        content: ContentPack,
        settings: Settings,
        document: Document | None = None,
        content_loader: Callable[[str], ContentPack] | None = None,
        autosave: Autosave | None = None,
        defer_app_filters: bool = False,
        prepare_ahead: bool = False,
        first_screen_first: bool | None = None,
    ) -> None:
        """`prepare_ahead`: make the pages ready while the patient reads (ui/prepare.py), as
        the app does.
        `first_screen_first` (by default as `prepare_ahead`): a long page opened before it
        is ready shows its first screen first (`page`), as the app does.
        `defer_app_filters`: do what the first frame does not show just after the window's
        first paint instead of now (`when_painted`). The app starts that way:
        - the application-wide rules (wheel, dropped files): they reach every widget from
          Python as the style polishes it, which makes PySide look up the Python type of Qt's
          internal widgets (about 20 ms of CPU time here, measured with
          benchmarks/startup.py), and no wheel turn or drop can reach a window before it is
          on the screen;
        - the menus' items (the menu bar and its titles are in the first frame), the handout
          controller, the application style sheet, the first page's Tab order.
        Windows made directly (tests, screenshots) do it all at once."""
        super().__init__()
        # Work that waits for the first paint when the app starts (see `defer_app_filters`).
        self._before_first_paint = defer_app_filters
        self._when_painted: list[Callable[[], None]] = []
        from decisionaid.ui import focus

        # Whatever has keyboard focus wears a ring you can see.
        if defer_app_filters:
            focus.install().before_first_paint = True
        else:
            focus.install().window_painted()  # (a window made directly: at once)
        self.steps = steps
        self.content = content
        # The Qt-free core (cost checks, file errors, trial words) speaks the same language.
        core_i18n.set_language(content.pack.language)
        self.settings = settings
        self.document = document or Document(language=content.pack.language)
        self.content_loader = content_loader
        self.pages: dict[str, Page] = {}
        self.last_error = ""
        # Clinic mode: nothing about a patient is written unless the counselor saves it.
        self.clinic = settings.clinic_mode
        self._autosave_enabled = not self.clinic
        self._autosave = autosave
        self._autosave_failing = False

        # Saving and printing the handout: made after the first paint (see `handout`).
        self._handout: HandoutController | None = None
        self._close_after_handout = False

        # Re-fit the step list after font changes; a child timer dies with the window.
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)

        # Autosave: debounced (AUTOSAVE_QUIET_MS after the last change) with a maximum wait
        # (AUTOSAVE_MAX_WAIT_MS after the first unsaved change), so steady typing is saved too.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_QUIET_MS)
        self.autosave_timer.timeout.connect(self.write_autosave_soon)
        self.autosave_max_timer = QTimer(self)
        self.autosave_max_timer.setSingleShot(True)
        put(self.autosave_max_timer, "timerType", PRECISE_TIMER)
        self.autosave_max_timer.setInterval(AUTOSAVE_MAX_WAIT_MS)
        self.autosave_max_timer.timeout.connect(self.write_autosave_soon)
        # The timers' copies are written in a worker thread (the fsync takes 10-20 ms).
        from decisionaid.ui.autosave_writer import AutosaveWriter

        self.autosave_writer = AutosaveWriter(self)
        self.autosave_writer.failed.connect(self._report_autosave_failure)
        self.autosave_writer.written.connect(self._on_autosave_written)

        self.clinic_controller = None
        self.preparer: PagePreparer | None = None  # made once painted (`_start_preparing`)
        self._build_ui()
        self.fit_timer.timeout.connect(self._fit_step_list)
        self._build_menus()
        if self.clinic:
            from decisionaid.ui.clinic import ClinicController

            self.clinic_controller = ClinicController(self, settings)
        self.drops = None
        if defer_app_filters:
            self.installEventFilter(_AfterFirstPaint(self, self._after_first_paint))
        else:
            self.install_app_filters()
            self.handout  # noqa: B018 - made now, as after the first paint when the app starts
        self.document.changed.connect(self._on_document_changed)
        self.document.replaced.connect(self._on_document_replaced)
        self.document.path_changed.connect(self._update_title)
        self.resize(1280, 800)
        # The tick-box size (the application style, ui/wheel.py): no widget of the welcome
        # page needs it, so it is set once painted, with the other application-wide rules.
        self.when_painted(self._size_indicators)
        self._built_whole: set[str] = set()  # never first screen first (`_build_failed`)
        self.first_screen_first = (
            prepare_ahead if first_screen_first is None else first_screen_first
        )
        if prepare_ahead:
            self.when_painted(self._start_preparing)
        self._update_title()
        start = "" if self.document.blank else self.document.session.current_step
        self.go_to(0)
        # Keyboard focus starts on the welcome page's main button, not in the step list.
        self.focus_page()
        self._refresh_step_list()
        if start and start != self.steps[0].id:
            # Resume offered on the welcome page; remember where the patient was.
            self.document.session.current_step = start

    def _after_first_paint(self) -> None:
        """The app-wide rules, and the Tab order of the page on screen: walking a page's
        widgets from Python, like the rules' polish hook, makes PySide look up the type of
        Qt's internal objects (once, tens of ms). No key can reach the window before it is on
        the screen."""
        self._before_first_paint = False
        from decisionaid.ui import focus, qtenums

        qtenums.make_now()
        focus.install().window_painted()
        self.install_app_filters()
        self.handout  # noqa: B018 - made now, ready before the patient asks for it
        page = self.shown_page()
        if page is not None:
            page.ensure_tab_order()
        tasks, self._when_painted = self._when_painted, []
        for task in tasks:
            task()

    def _start_preparing(self) -> None:
        from decisionaid.ui.prepare import PagePreparer

        self.preparer = PagePreparer(self)
        self.preparer.put_off()

    def when_painted(self, task: Callable[[], None]) -> None:
        """Run `task` just after the window's first paint (now, if that has happened)."""
        if self._before_first_paint:
            self._when_painted.append(task)
        else:
            task()

    def install_app_filters(self) -> None:
        """The application-wide rules: the wheel never changes an unfocused answer (it
        scrolls the page), and a session or trial file dropped on the window opens."""
        from decisionaid.ui import drops, wheel

        wheel.install()
        if self.drops is None:
            self.drops = drops.install(self)

    # --- construction --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.step_list = QListWidget()
        self.step_list.setMinimumWidth(240)
        self.step_list.setWordWrap(True)
        put(self.step_list, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        # Named by _refresh_step_list. (Not QListWidgetItem(text, list): PySide weighs its
        # overload with an icon, and makes the QIcon type for that.)
        self.step_list.addItems([""] * len(self.steps))
        self.step_list.currentRowChanged.connect(self._on_step_clicked)

        self.stack = QStackedWidget()
        for _ in self.steps:
            self.stack.addWidget(QWidget())

        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        # Where you are: plain text (a label, not a button that does nothing).
        self.position_label = QLabel()
        put(self.position_label, "alignment", ALIGN_CENTER)
        put(self.position_label, "textFormat", PLAIN_TEXT)
        # It takes the room between Back and Next and wraps there: at 200% text a long step
        # title was cut off ("Check your understandin").
        self.position_label.setWordWrap(True)

        # Clinic mode: a big, obvious New patient button (File menu and Ctrl+N too).
        self.new_patient_button = QPushButton(self.tr("New &patient"))
        self.new_patient_button.setToolTip(
            self.tr("End this session and clear everything for the next patient (Ctrl+N)")
        )
        self.new_patient_button.setObjectName("newPatient")
        self.new_patient_button.setMinimumHeight(40)
        font = self.new_patient_button.font()
        font.setBold(True)
        self.new_patient_button.setFont(font)
        self.new_patient_button.clicked.connect(self.new_session)
        self.new_patient_button.setVisible(self.clinic)

        nav = QHBoxLayout()
        nav.addWidget(self.new_patient_button)
        nav.addSpacing(24)
        nav.addWidget(self.back_button)
        nav.addWidget(self.position_label, 1)
        nav.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 8, 8)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)

        # A little room around the step list, for its focus ring (ui/focus.py).
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.step_list)

        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        # "Making the handout…", its progress and Cancel, while a handout is made (hidden
        # until then). Made here, not with the handout controller after the first paint: the
        # status bar keeps room for it, and would otherwise grow under the first frame.
        from decisionaid.ui.export_progress import ExportProgress

        self.handout_progress = ExportProgress()
        self.statusBar().addPermanentWidget(self.handout_progress)

    @property
    def handout(self) -> HandoutController:
        """Saving, previewing and printing the handout. Made on first use, or just after the
        first paint when the app starts (the window can be seen before it is needed)."""
        if self._handout is None:
            from decisionaid.ui.handout import HandoutController

            handout = self._handout = HandoutController(self, self.settings, self.handout_progress)
            handout.message.connect(self._show_handout_message)
            handout.busy_changed.connect(self._on_handout_busy)
            handout.finished.connect(self._on_handout_finished)
        return self._handout

    def handout_busy(self) -> bool:
        return self._handout is not None and self._handout.busy

    def _action(self, menu, slot, shortcut=None, role=None) -> QAction:
        """An action without text yet: retranslate_ui() names every action."""
        from PySide6.QtGui import QAction, QKeySequence  # (after the first paint: its types)

        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        """The menu bar and its four menus now; what is in them once the window is painted
        when the app starts (no one can open a menu or press a shortcut before that)."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.go_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self._menus_filled = False
        self.recent = None
        self.retranslate_ui()
        self.when_painted(self._fill_menus)

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        file_menu = self.file_menu
        SK = QKeySequence.StandardKey
        self.new_action = self._action(file_menu, self.new_session, SK.New)
        self.open_action = self._action(file_menu, self.open_dialog, SK.Open)
        if self.clinic:  # clinic mode keeps no list of files, not even one from home use
            self.settings.set_recent_files([])
        else:
            from decisionaid.ui.recent import RecentFiles

            self.recent = RecentFiles(self, self.settings, file_menu.addMenu(""))
        self.save_action = self._action(file_menu, self.save, SK.Save)
        self.save_as_action = self._action(file_menu, self.save_as, SK.SaveAs)
        file_menu.addSeparator()
        self.pdf_action = self._action(file_menu, self.save_pdf, "Ctrl+E")
        self.print_action = self._action(file_menu, self.print_handout, SK.Print)
        self.preview_action = self._action(file_menu, self.preview_handout)
        file_menu.addSeparator()
        self.profile_action = self._action(file_menu, self.edit_profile)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.close, SK.Quit, QAction.MenuRole.QuitRole)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        go_menu = self.go_menu
        self.back_action = self._action(go_menu, self.go_back, SK.Back)
        self.next_action = self._action(go_menu, self.go_next, SK.Forward)

        view = self.view_menu
        self.larger_action = self._action(view, self.larger_text, [SK.ZoomIn, "Ctrl+="])
        self.smaller_action = self._action(view, self.smaller_text, SK.ZoomOut)
        self.normal_action = self._action(view, self.normal_text, "Ctrl+0")

        help_menu = self.help_menu
        self.howto_action = self._action(help_menu, self.show_howto, SK.HelpContents)
        self.glossary_action = self._action(help_menu, self.show_glossary)
        self.sources_action = self._action(help_menu, self.show_sources)
        self.about_aid_action = self._action(help_menu, self.show_about_aid)
        self.about_action = self._action(
            help_menu, self.show_about, None, QAction.MenuRole.AboutRole
        )
        self._menus_filled = True
        self._update_actions()
        self._retranslate_menus()

    def retranslate_ui(self) -> None:
        """Name everything the window itself shows, in the current interface language.

        Called at start and on every LanguageChange; the pages are rebuilt instead.
        """
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        if hasattr(self, "help_menu"):
            self._retranslate_menus()
        QApplication.setApplicationDisplayName(self.tr("Trial Decision Aid"))
        self.handout_progress.retranslate()
        self._refresh_step_list()
        self._update_title()
        if self.pages:
            self._update_position()

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_patient_button.setText(self.tr("New &patient"))
        self.new_patient_button.setToolTip(
            self.tr("End this session and clear everything for the next patient (Ctrl+N)")
        )
        if not self._menus_filled:
            return
        self.new_action.setText(self.tr("&New Patient") if self.clinic else self.tr("&New Session"))
        self.profile_action.setText(self.tr("Counselor P&rofile\u2026"))
        self.open_action.setText(self.tr("&Open\u2026"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As\u2026"))
        if self.recent is not None:
            self.recent.retranslate()
        self.pdf_action.setText(self.tr("Save Handout as &PDF\u2026"))
        self.print_action.setText(self.tr("&Print Handout\u2026"))
        self.preview_action.setText(self.tr("Print Pre&view\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.back_action.setText(self.tr("&Back"))
        self.next_action.setText(self.tr("&Next"))
        self.larger_action.setText(self.tr("&Larger Text"))
        self.smaller_action.setText(self.tr("&Smaller Text"))
        self.normal_action.setText(self.tr("&Normal Text Size"))
        self.howto_action.setText(self.tr("&How to Use This Program\u2026"))
        self.glossary_action.setText(self.tr("&Glossary\u2026"))
        self.sources_action.setText(self.tr("&Sources\u2026"))
        self.about_aid_action.setText(self.tr("About This &Decision Aid\u2026"))
        self.about_action.setText(self.tr("&About Trial Decision Aid"))

    # --- pages ---------------------------------------------------------------------------------
    def index_of(self, step_id: str) -> int:
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        raise KeyError(step_id)

    def page(self, step_id: str, to_show: bool = False) -> Page:
        """The page for `step_id`, built on first use or when made ready (ui/prepare.py), not
        with the window (keeps the first window fast), and whole.

        `to_show`: for `go_to`, which shows it at once. With `first_screen_first` (as the
        app runs), a long page not made ready yet is then built first screen first: what the
        first screen shows now, the rest at the event loop's next turn, once the first
        screen is painted (Page.complete)."""
        if step_id not in self.pages:
            index = self.index_of(step_id)
            factory = self.steps[index].factory
            # Built inside the stack: a page built on its own and then put there had the
            # style (the application's style sheet) handed down again through every one of
            # its widgets, and its scroll area laid the whole page out for that (40 to 70 ms
            # for the costs and chances pages at the session limits).
            if to_show and self.first_screen_first and step_id not in self._built_whole:
                with building_first_screens():
                    page = factory(self.document, self.content, self.stack)
            else:
                page = factory(self.document, self.content, self.stack)
            self.pages[step_id] = page
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._connect_page(page)
        page = self.pages[step_id]
        if not to_show:
            page.complete()
        return page

    def _build_failed(self, step_id: str) -> None:
        """A page built first screen first could not build the rest (the error goes to the
        crash report): it is dropped and, if on the screen, built again whole, as it is from
        now on."""
        self._built_whole.add(step_id)

        def again() -> None:
            page = self.pages.get(step_id)
            if page is None:
                return
            shown = page is self.shown_page()
            self.drop_page(step_id)
            if shown:
                self.go_to(self.index_of(step_id))

        QTimer.singleShot(0, again)

    def lay_out_hidden(self, step_id: str) -> None:
        """Lay the page out as it will be on the screen without showing it (ui/prepare.py):
        shown and hidden again in one go, at the size of the page on the screen. Qt paints
        nothing in between, and a widget shown does not take the keyboard focus."""
        page = self.page(step_id)
        if page.isVisible():
            return
        page.setGeometry(self.stack.currentWidget().geometry())
        page.show()
        try:
            page.prepare()
            page.settle()
        finally:
            page.hide()  # never left on the screen under the page shown, whatever happened

    def _connect_page(self, page: Page) -> None:
        page.build_failed.connect(partial(self._build_failed, page.step_id))
        if page.step_id == "welcome":
            page.set_text_scale(self.settings.text_scale)
            page.start_requested.connect(self.go_next)
            page.resume_requested.connect(self.resume)
            page.start_over_requested.connect(self.new_session)
            page.text_scale_requested.connect(self.set_text_scale)
            page.language_requested.connect(self.set_language)
        if page.step_id == "summary":
            page.save_requested.connect(self.save)
            page.new_requested.connect(self.new_session)
            page.add_handout_controls(self.handout)
            page.pdf_requested.connect(self.save_pdf)
            page.print_requested.connect(self.print_handout)
            page.preview_requested.connect(self.preview_handout)

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def shown_page(self) -> Page | None:
        """The page on the screen, if it is built. Safe while a page is being taken out,
        when the stack briefly holds one widget more than there are steps."""
        index = self.current_index()
        return self.pages.get(self.steps[index].id) if 0 <= index < len(self.steps) else None

    def _put_off_preparing(self) -> None:
        if self.preparer is not None:
            self.preparer.put_off()

    def current_step(self) -> Step:
        return self.steps[self.current_index()]

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            return
        step = self.steps[index]
        page = self.page(step.id, to_show=True)
        self.stack.setCurrentIndex(index)
        if self.step_list.currentRow() != index:
            self.step_list.blockSignals(True)
            self.step_list.setCurrentRow(index)
            self.step_list.blockSignals(False)
        # The welcome page is where every session starts: showing it changes nothing (a
        # fresh session stays equal to a new one); passing it marks it done.
        if index > 0:
            self.document.session.current_step = step.id
            if mark_seen(self.document.session, step.id):
                self._refresh_step_list()
        page.on_show()  # of what is built (Page.first_screen_only), and again when whole
        page.settle()
        page.verticalScrollBar().setValue(0)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.steps) - 1)
        self._update_actions()
        self._update_position()
        self._announce(self.position_label.text())
        self.step_changed.emit(step.id)
        self._put_off_preparing()
        page.watch_input()  # (a page shown first screen first: whole before any input)

    def _update_actions(self) -> None:
        """Go > Back and Next, as the buttons (once the menus are filled)."""
        if self._menus_filled:
            index = self.current_index()
            self.back_action.setEnabled(index > 0)
            self.next_action.setEnabled(index < len(self.steps) - 1)

    def _update_position(self) -> None:
        index = self.current_index()
        title = self.steps[index].display_title()
        self.position_label.setText(
            self.tr("Step {0} of {1}: {2}").format(index + 1, len(self.steps), title)
        )

    def _announce(self, text: str) -> None:
        if not self.isVisible():
            return  # no one hears a window that is not on the screen yet (the first step)
        try:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        except (ImportError, AttributeError, RuntimeError):
            pass

    def focus_page(self) -> None:
        page = self.shown_page()
        target = page.first_focus() if page else None
        if target is not None:
            target.setFocus()  # Qt.FocusReason.OtherFocusReason

    def go_next(self) -> None:
        index = self.current_index()
        step = self.steps[index]
        self.document.session.mark_done(step.id)
        self.document.edit("progress")
        self.go_to(index + 1)
        self.focus_page()

    def go_back(self) -> None:
        self.go_to(self.current_index() - 1)
        self.focus_page()

    def resume(self) -> None:
        step_id = self.document.session.current_step
        try:
            index = self.index_of(step_id)
        except KeyError:
            index = 1
        self.go_to(max(1, index))
        self.focus_page()

    def _on_step_clicked(self, row: int) -> None:
        if row >= 0 and row != self.current_index():
            self.go_to(row)

    def _refresh_step_list(self) -> None:
        """A tick for a step that is done, a hollow circle for one only seen (the rules are in
        model/progress.py), said in words too, for screen readers and in the tooltip."""
        from decisionaid.ui.steps import step_marks

        # A blank document has seen nothing yet (and needs no session made to say so).
        session = None if self.document.blank else self.document.session
        for i, step in enumerate(self.steps):
            item = self.step_list.item(i)
            if item is None:
                continue
            shown = "not_seen" if session is None else step_state(session, self.content, step.id)
            mark, said, hint = step_marks(step.id, shown)
            text = f"{mark} {i + 1}. {step.display_title()}"
            if item.text() != text:
                item.setText(text)
            item.setData(
                ACCESSIBLE_TEXT_ROLE,
                self.tr("{0}, {1}").format(step.display_title(), said),
            )
            item.setToolTip(hint)

    # --- document events -----------------------------------------------------------------------
    def _on_document_changed(self, section: str) -> None:
        self._put_off_preparing()  # typing: no page is made ready until a pause
        # Any answer can finish a step (the quiz's last question, the last rating).
        self._refresh_step_list()
        self._update_title()
        if self._autosave_enabled:
            self.autosave_timer.start()
            if not self.autosave_max_timer.isActive():
                self.autosave_max_timer.start()

    def _on_document_replaced(self) -> None:
        self._refresh_step_list()
        self._update_title()
        for page in self.pages.values():
            page.on_show()

    def restored(self, file: Path | None) -> None:
        """The session came from the autosave copy: its answers are not in a file yet."""
        if file is not None and file.is_file():
            self.document.path = file
        self.document.modified = True
        self._update_title()
        self.statusBar().showMessage(self.tr("Your answers from last time were restored."), 8000)

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else self.tr("New session")
        star = "*" if self.document.modified and self.document.path else ""
        app_name = self.tr("Trial Decision Aid")
        mode = self.tr(" (clinic mode)") if self.clinic else ""
        self.setWindowTitle(f"{name}{star} \u2013 {app_name}{mode}")

    # --- autosave ------------------------------------------------------------------------------
    def autosave(self) -> Autosave | None:
        """The autosave copy in the private data folder (None when it cannot be made)."""
        if self._autosave is None:
            try:
                self._autosave = Autosave(data_dir())
            except OSError as exc:
                self._report_autosave_failure(str(exc.strerror or exc))
                return None
        return self._autosave

    def _clean_text(self) -> None:
        """Text that cannot be saved never stays in: replace lone surrogates (and say so)."""
        from decisionaid.safetext import clean_in_place

        if clean_in_place(self.document.session):
            self.statusBar().showMessage(
                self.tr("Some characters could not be kept and were replaced with \ufffd."), 8000
            )

    def _autosave_due(self):
        """Stop both autosave timers; the autosave to write now (text cleaned), or None."""
        self.autosave_timer.stop()
        self.autosave_max_timer.stop()
        if not self._autosave_enabled:
            return None
        autosave = self.autosave()
        if autosave is not None:
            self._clean_text()
        return autosave

    def write_autosave(self) -> None:
        """Write the autosave copy now, on this thread (after Open and Save)."""
        autosave = self._autosave_due()
        if autosave is None:
            return
        self.autosave_writer.flush()  # an older copy in the background never lands later
        try:
            autosave.write(self.document.session, self.document.path)
        except OSError as exc:
            self._report_autosave_failure(str(exc.strerror or exc))
            return
        self._autosave_failing = False

    def write_autosave_soon(self) -> None:
        """The timers' autosave: the answers as bytes here (a frozen copy, about 1 ms), the
        atomic write and its fsync in the background, so typing never waits for the disk."""
        autosave = self._autosave_due()
        if autosave is None:
            return
        self.autosave_writer.submit(
            autosave, autosave.encode(self.document.session, self.document.path)
        )

    def _on_autosave_written(self) -> None:
        self._autosave_failing = False

    def _report_autosave_failure(self, reason: str) -> None:
        """A failing backup is said at once, in a dialog, once until it works again."""
        if self._autosave_failing:
            return
        self._autosave_failing = True
        self.show_error(
            self.tr("Your answers are not being kept"),
            self.tr(
                "The backup copy of your answers could not be written. {0} "
                "Use File \u2192 Save to keep your answers in a file."
            ).format(reason),
        )

    def clear_autosave(self) -> None:
        """Drop the autosave copy and its temporary files (Discard, New Session)."""
        self.autosave_timer.stop()
        self.autosave_max_timer.stop()
        self.autosave_writer.drop()  # no copy written in the background after this
        autosave = self._autosave
        if autosave is None:
            try:
                autosave = Autosave(data_dir())
            except OSError:
                return
        autosave.discard()

    # --- file actions --------------------------------------------------------------------------
    def ask(self, title: str, text: str, buttons, default):
        """Ask a question (separate so tests can answer it)."""
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.question(self, title, text, buttons, default)

    def show_error(self, title: str, text: str) -> None:
        """A warning dialog. File names and record texts are shown as plain text, never HTML."""
        from PySide6.QtWidgets import QMessageBox

        from decisionaid.ui import messages

        self.last_error = text
        messages.box(self, QMessageBox.Icon.Warning, title, text)

    def show_info(self, title: str, text: str) -> None:
        """An information dialog, in plain text (separate so tests can record it)."""
        from PySide6.QtWidgets import QMessageBox

        from decisionaid.ui import messages

        messages.box(self, QMessageBox.Icon.Information, title, text)

    def _has_answers(self) -> bool:
        from decisionaid.model.session import Session

        fresh = Session(language=self.document.session.language)
        s = self.document.session
        return any(
            getattr(s, name) != getattr(fresh, name)
            for name in (
                "situation",
                "trial",
                "costs",
                "ratings",
                "quiz",
                "sure",
                "options",
                "guide",
                "questions_checked",
                "own_questions",
                "notes",
            )
        )

    def _confirm_discard(self) -> bool:
        """True if it is fine to drop the current answers (saved, empty or user agreed)."""
        from PySide6.QtWidgets import QMessageBox

        if not self._has_answers() or (self.document.path and not self.document.modified):
            return True
        B = QMessageBox.StandardButton
        answer = self.ask(
            self.tr("Keep your answers?"),
            self.tr("Do you want to save your answers before you go on?"),
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )
        if answer == B.Save:
            return self.save()
        return answer == B.Discard

    def new_session(self) -> None:
        if self.clinic_controller is not None:
            self.clinic_controller.new_patient()
            return
        if not self._confirm_discard():
            return
        self.clear_autosave()
        from decisionaid.ui.clinic import fresh_session

        self.start_fresh(fresh_session(self.settings, self.content.pack.language))
        self.statusBar().showMessage(self.tr("A new, blank session has started."), 5000)

    def _drop_pages(self) -> None:
        """Delete every page; each is built again, from the session, when next shown."""
        for step_id in list(self.pages):
            self.drop_page(step_id)
        if self.preparer is not None:
            self.preparer.failed.clear()  # a new session, or language: every page is tried
        from decisionaid.ui import preload

        preload.thaw()  # nothing of the pages dropped is kept frozen

    def drop_page(self, step_id: str) -> None:
        """Delete one page, if it is built; it is built again when next needed."""
        page = self.pages.pop(step_id, None)
        if page is None:
            return
        index = self.index_of(step_id)
        try:
            self.document.replaced.disconnect(page.refresh)
        except (RuntimeError, TypeError):
            pass
        page.stop_building()
        placeholder = QWidget()
        self.stack.insertWidget(index, placeholder)
        if self.stack.currentWidget() is page:
            # Its place, not the next page built, is what the stack shows until `go_to`:
            # taking the page on the screen out showed (and laid out) each next one in turn.
            self.stack.setCurrentWidget(placeholder)
        self.stack.removeWidget(page)
        page.hide()
        page.setParent(None)  # out of the window at once, deleted soon after
        page.deleteLater()

    def start_fresh(self, session: Session) -> None:
        """Rebuild the window from `session`: pages are made anew, not cleared widget by
        widget, so nothing of the last session can stay in a field, an undo list or a
        message."""
        # A handout of the last session still being made is stopped; nothing of it is written.
        if self._handout is not None:
            self._handout.stop_and_wait()
        self._drop_pages()
        self.document.replace(session, None)
        self.last_error = ""
        self.statusBar().clearMessage()
        self.go_to(0)
        self.focus_page()

    def open_requested(self, path: Path) -> bool:
        """Open `path` (from the command line or a file manager) without losing answers."""
        return self.open_path(path)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a saved session"),
            self.settings.last_dir,
            self.tr("Trial Decision Aid sessions (*.json)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a saved session, or a trial's file as the trial: the one way in for File >
        Open, a file dropped on the window, the command line and recent files.

        The file is read and checked first; only then is anything asked or replaced. A bad
        file gives one message and changes nothing. A registry record or a prepared trial
        file is offered as the trial (the session stays).
        """
        from decisionaid.safetext import counting
        from decisionaid.storage import sessionfile

        path = Path(path)
        with counting() as tally:
            try:
                session = sessionfile.load(path)
                sessionfile.dumps(session)
            except (sessionfile.SessionFileError, ValueError) as exc:
                opened = self._offer_as_trial(path)
                if opened is None:
                    self.show_error(self.tr("Could not open the session"), str(exc))
                    return False
                return opened
        if not self._confirm_discard():
            return False
        self.settings.last_dir = str(path.parent)
        if session.language != self.content.pack.language and self.content_loader:
            self.set_language(session.language, refresh=False)
        self.document.replace(session, path)
        self.write_autosave()
        self.resume()
        self.statusBar().showMessage(self.tr("Opened {0}").format(path.name), 5000)
        if tally.replaced:
            from decisionaid.ui import messages

            self.show_info(messages.replaced_title(), messages.replaced_characters(path.name))
        return True

    def open_dropped(self, urls: list) -> bool:
        """A drop on the window: one local session or trial file (.json, .xml) opens as
        File > Open would open it. Anything else is refused with one message."""
        title = self.tr("Cannot open this")
        if len(urls) != 1:
            self.show_error(title, self.tr("Please drop one file at a time."))
            return False
        url = urls[0]
        if not url.isLocalFile():
            self.show_error(
                title,
                self.tr(
                    "Only files on this computer can be opened. Please save the file first, "
                    "then drop it here."
                ),
            )
            return False
        path = Path(url.toLocalFile())
        if path.is_dir():
            self.show_error(
                title,
                self.tr("{0} is a folder. Please drop a saved session or a trial file.").format(
                    path.name or str(path)
                ),
            )
            return False
        if path.suffix.lower() not in (".json", ".xml"):
            self.show_error(
                title,
                self.tr(
                    "{0} cannot be opened here. Drop a saved session (.json) or a trial file "
                    "or registry record (.json, .xml)."
                ).format(path.name),
            )
            return False
        return self.open_path(path)

    def _offer_as_trial(self, path: Path) -> bool | None:
        """`path` is not a session. If it holds a trial (a registry record or a prepared
        trial file), ask to open it as the trial. None when it holds no trial either."""
        from PySide6.QtWidgets import QMessageBox

        from decisionaid.safetext import counting
        from decisionaid.storage import trialfile

        if not path.is_file():
            return None  # a pipe, a device or a folder: the session reader said why
        with counting() as tally:
            try:
                trials = trialfile.load_any(path)
            except (trialfile.TrialFileError, ValueError):
                return None
        if not trials:
            return None
        prepared = all(t.origin == "prepared" for t in trials)
        page = self.page("trial")
        if page.trial.is_empty():
            text = (
                self.tr("This is a prepared trial file, not a saved session. Open it as the trial?")
                if prepared
                else self.tr(
                    "This is a trial's registry record, not a saved session. Open it as the trial?"
                )
            )
        else:
            text = (
                self.tr(
                    "This is a prepared trial file, not a saved session. Open it as the trial? "
                    "It replaces the trial details you have now."
                )
                if prepared
                else self.tr(
                    "This is a trial's registry record, not a saved session. Open it as the "
                    "trial? It replaces the trial details you have now."
                )
            )
        B = QMessageBox.StandardButton
        if self.ask(self.tr("Open as the trial?"), text, B.Yes | B.No, B.Yes) != B.Yes:
            return False
        self.go_to(self.index_of("trial"))
        return page.open_trials(trials, path, tally.replaced, confirmed=True)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self.settings.last_dir) / "my-trial-decision.json")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your session"),
            start,
            self.tr("Trial Decision Aid sessions (*.json)"),
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".json"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        from decisionaid.storage import sessionfile

        self._clean_text()
        try:
            sessionfile.save(self.document.session, path)
        except WriteError as exc:
            self.show_error(self.tr("Could not save"), str(exc.strerror or exc))
            return False
        self.settings.last_dir = str(path.parent)
        self.document.mark_saved(path)
        self.write_autosave()
        self.statusBar().showMessage(self.tr("Saved to {0}").format(path), 5000)
        return True

    # --- handout -------------------------------------------------------------------------------
    def save_pdf(self):
        """Start saving the handout (in the background); the running job, or None."""
        return self.handout.save(self.document.session, self.content)

    def preview_handout(self):
        return self.handout.preview(self.document.session, self.content)

    def print_handout(self):
        """Start printing the handout (in the background); the running job, or None."""
        return self.handout.print_(self.document.session, self.content)

    def _on_handout_busy(self, busy: bool) -> None:
        # One handout at a time: Save PDF and Print wait while one is made.
        self.pdf_action.setEnabled(not busy)
        self.print_action.setEnabled(not busy)
        self.preview_action.setEnabled(not busy)

    def _on_handout_finished(self, _outcome) -> None:
        if self._close_after_handout:
            self._close_after_handout = False
            self.close()

    def _show_handout_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    # --- view ----------------------------------------------------------------------------------
    def text_scale(self) -> float:
        return self.settings.text_scale

    def set_text_scale(self, scale: float) -> None:
        from decisionaid.ui.settings import BASE_POINT_SIZE

        scale = min(TEXT_SCALES, key=lambda s: abs(s - scale))
        self.settings.text_scale = scale
        font = QApplication.font()
        font.setPointSizeF(BASE_POINT_SIZE * scale)
        QApplication.setFont(font)
        # Qt posts the change to the widgets: deliver it now, so the step list is fitted and
        # the page laid out below with the new font, not once the event loop runs again.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange.value)
        # Qt only broadcasts the font change while exec() runs; do it for our labels always.
        self._size_indicators()
        for label in self.findChildren(ScaledLabel):
            label.apply_font()
        self._fit_step_list()
        welcome = self.pages.get("welcome")
        if welcome is not None:
            welcome.set_text_scale(scale)
        page = self.shown_page()
        if page is not None:
            page.settle()
        self.statusBar().showMessage(self.tr("Text size {0}%").format(round(scale * 100)), 3000)

    def larger_text(self) -> None:
        i = TEXT_SCALES.index(self.settings.text_scale)
        self.set_text_scale(TEXT_SCALES[min(i + 1, len(TEXT_SCALES) - 1)])

    def smaller_text(self) -> None:
        i = TEXT_SCALES.index(self.settings.text_scale)
        self.set_text_scale(TEXT_SCALES[max(i - 1, 0)])

    def normal_text(self) -> None:
        self.set_text_scale(1.0)

    def set_language(self, language: str, refresh: bool = True) -> None:
        if self.content_loader is None or language == self.content.pack.language:
            return
        try:
            content = self.content_loader(language)
        except Exception as exc:  # noqa: BLE001 - a broken pack must not take the app down
            self.show_error(self.tr("Language not available"), str(exc))
            return
        from decisionaid.ui import i18n

        self.settings.language = language
        self.content = content
        core_i18n.set_language(language)
        self.document.session.language = language
        # The window renames its own parts (Qt also sends LanguageChange, but only while the
        # event loop runs); the pages are rebuilt below from the session, which holds every
        # answer.
        i18n.install(QApplication.instance(), language)
        self.retranslate_ui()
        current = self.current_index()
        self._drop_pages()
        self._refresh_step_list()
        if refresh:
            self.go_to(current)
            self.document.edit("language")
            welcome = self.pages.get("welcome")
            if welcome is not None and self.current_step().id == "welcome":
                welcome.language.setFocus()  # Qt.FocusReason.OtherFocusReason

    def edit_profile(self) -> None:
        from decisionaid.ui.clinic import ProfileDialog

        dialog = ProfileDialog(self.settings, self.content, self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            dialog.save()
            if self.clinic_controller is not None:
                self.clinic_controller.set_idle_minutes(self.settings.idle_minutes)
            if self.settings.clinic_mode != self.clinic:
                self.statusBar().showMessage(
                    self.tr("Clinic mode changes when the program starts again."), 8000
                )

    # --- help ----------------------------------------------------------------------------------
    def show_howto(self) -> None:
        from decisionaid.ui.help import HowToDialog

        self.howto_dialog = HowToDialog(self.content, self)
        self.howto_dialog.exec()

    def show_glossary(self) -> None:
        from decisionaid.ui.help import GlossaryDialog

        self.glossary_dialog = GlossaryDialog(self.content, self)
        self.glossary_dialog.exec()

    def show_sources(self) -> None:
        from decisionaid.ui.dialogs import SourcesDialog

        dialog = SourcesDialog(self.content, self)
        dialog.exec()

    def show_about_aid(self) -> None:
        from decisionaid.ui.dialogs import AboutAidDialog

        self.about_aid_dialog = AboutAidDialog(self.content, self)
        self.about_aid_dialog.exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from decisionaid.ui.dialogs import about_html

        QMessageBox.about(self, self.tr("About Trial Decision Aid"), about_html(self.content))

    # --- closing -------------------------------------------------------------------------------
    def unsaved(self) -> bool:
        """True when there are answers that no session file holds."""
        return self.document.modified and self._has_answers()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        from PySide6.QtWidgets import QMessageBox

        if self.handout_busy():
            # A handout is being made: close when it is done (Cancel stops it sooner).
            self._close_after_handout = True
            self.statusBar().showMessage(
                self.tr("The program closes when the handout is ready. Press Cancel to stop it.")
            )
            event.ignore()
            return
        if self.unsaved():
            B = QMessageBox.StandardButton
            if self.document.path:
                text = self.tr("Save your changes to {0} before closing?").format(
                    self.document.path.name
                )
            else:
                text = self.tr("Do you want to save your answers before you close?")
            answer = self.ask(self.tr("Save changes?"), text, B.Save | B.Discard | B.Cancel, B.Save)
            if answer == B.Cancel or (answer == B.Save and not self.save()):
                event.ignore()
                return
        # Saved or discarded: the copy is not needed any more, and Discard really discards.
        self.clear_autosave()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()

    def _size_indicators(self) -> None:
        """Tick boxes and radio buttons grow with the text (the style keeps them tiny). The
        application's style does it (ui/wheel.py), not a style sheet: under an application
        style sheet every widget of every page costs more to build and lay out."""
        from PySide6.QtWidgets import QCheckBox, QRadioButton

        from decisionaid.ui import wheel

        side = max(13, round(QFontMetrics(QApplication.font()).height() * 0.8))
        made = [*self.findChildren(QCheckBox), *self.findChildren(QRadioButton)]
        wheel.set_indicator_side(side, made)

    def _fit_step_list(self) -> None:
        """Keep the step list wide enough for its titles at every text size."""
        em = self.step_list.fontMetrics().horizontalAdvance("M")
        wanted = min(em * 24, max(240, self.width() * 3 // 10))
        self.step_list.setMinimumWidth(min(wanted, 240))
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([wanted, max(1, total - wanted)])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        from decisionaid.ui import placement

        placement.on_shown(self)
        self._put_off_preparing()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_step_list()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        """Tab and Shift+Tab from a widget of the window (Qt hands them from the widget to
        its parents, up to here), and focus moving on from a widget hidden or disabled. The
        page on the screen is put in reading order for Tab now, if it is not yet
        (Page.ensure_tab_order), rather than as each page opens: walking a long page's
        widgets from Python took a tenth of its opening (the trial page's twelve groups).
        (Qt's own focus pick when the page stack changes pages walks the focus chain without
        asking here; the window puts focus on the page itself, `focus_page`.)"""
        page = self.shown_page()
        if not self._before_first_paint and page is not None:
            page.ensure_tab_order()
        return super().focusNextPrevChild(next)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "help_menu"):
            self.retranslate_ui()
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self.fit_timer.start()
        if event.type() == QEvent.Type.WindowStateChange:
            self._put_off_preparing()  # (restored: the pages waiting are made ready again)
        return super().event(event)


class _AfterFirstPaint(QObject):
    """Calls `then` once, just after the first paint of the window it watches (and only it)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
