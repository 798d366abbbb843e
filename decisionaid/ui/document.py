"""The open document: the session model, its file path and its saved state, as a QObject.

Pages write answers into `document.session` and call `document.edit(section)`. Everything
that must react (the step list, autosave, the summary, charts) listens to `changed`.
`replaced` fires when a whole new session is loaded or started.

A new document has no session object until something reads or writes one: a blank session is
made on first use. The first window of the app (the welcome page, the step list) needs none, so
the session model (a few dozen dataclasses, about 20 ms to import) is loaded after the window
is on the screen. `blank` says whether that is still so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from decisionaid.model.session import Session


class Document(QObject):
    changed = Signal(str)
    replaced = Signal()
    path_changed = Signal()

    def __init__(
        self,
        session: Session | None = None,
        parent: QObject | None = None,
        language: str = "en",
    ) -> None:
        """`language`: the language of the blank session made on first use (no `session`)."""
        super().__init__(parent)
        self._session = session
        self._language = language
        self.path: Path | None = None
        self.modified = False
        # While True, edits do not mark the document modified (pages filling their widgets).
        self._loading = False
        # Counts edits and replacements: a page that filled its widgets at count N need not
        # fill them again while the count is still N.
        self.edits = 0

    @property
    def session(self) -> Session:
        if self._session is None:
            from decisionaid.model.session import Session

            self._session = Session(language=self._language)
        return self._session

    @session.setter
    def session(self, session: Session) -> None:
        self._session = session

    @property
    def blank(self) -> bool:
        """True while no session was given, read or used: nothing has been answered."""
        return self._session is None

    def edit(self, section: str) -> None:
        if self._loading:
            return
        self.modified = True
        self.edits += 1
        self.session.changed(section)
        self.changed.emit(section)

    def replace(self, session: Session, path: Path | None = None) -> None:
        self.session = session
        self.path = path
        self.modified = False
        self.edits += 1
        self._loading = True
        try:
            self.replaced.emit()
        finally:
            self._loading = False
        self.path_changed.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.modified = False
        self.path_changed.emit()

    @property
    def loading(self) -> bool:
        return self._loading
