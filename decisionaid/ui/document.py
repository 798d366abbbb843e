"""The open document: the session model, its file path and its saved state, as a QObject.

Pages write answers into `document.session` and call `document.edit(section)`. Everything
that must react (the step list, autosave, the summary, charts) listens to `changed`.
`replaced` fires when a whole new session is loaded or started.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from decisionaid.model.session import Session


class Document(QObject):
    changed = Signal(str)
    replaced = Signal()
    path_changed = Signal()

    def __init__(self, session: Session | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session or Session()
        self.path: Path | None = None
        self.modified = False
        # While True, edits do not mark the document modified (pages filling their widgets).
        self._loading = False

    def edit(self, section: str) -> None:
        if self._loading:
            return
        self.modified = True
        self.session.changed(section)
        self.changed.emit(section)

    def replace(self, session: Session, path: Path | None = None) -> None:
        self.session = session
        self.path = path
        self.modified = False
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
