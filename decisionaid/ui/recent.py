"""File > Open Recent: the session files opened or saved lately (up to 8, newest first).

Kept in the settings (0600, with the rest of the preferences), never in clinic mode: there the
submenu is not made at all, and New patient forgets the list with the folders. Files that are
gone (moved, deleted, on a removed disk) are dropped from the list when the menu opens. A
chosen file opens through the window's one way in, `MainWindow.open_path`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from decisionaid.ui.settings import Settings


class RecentFiles(QObject):
    def __init__(self, window, settings: Settings, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.menu = menu
        menu.aboutToShow.connect(self.rebuild)
        window.document.path_changed.connect(self._on_path)
        self.retranslate()

    def _on_path(self) -> None:
        path = self.window.document.path
        if path is not None:
            self.settings.add_recent_file(str(Path(path).resolve()))
            self.settings.sync()  # written at once, owner-only (0600)

    def paths(self) -> list[Path]:
        """The recent files that still exist; the others are forgotten."""
        listed = self.settings.recent_files
        found = [p for p in listed if Path(p).is_file()]
        if found != listed:
            self.settings.set_recent_files(found)
        return [Path(p) for p in found]

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Open Rec&ent"))

    def rebuild(self) -> None:
        """The list as it is now (called each time the menu opens)."""
        self.retranslate()
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            # "&1 my-decision.json": a number to press, the name to read, the folder in the tip.
            name = path.name.replace("&", "&&")
            action = self.menu.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(self._open)
        if not paths:
            none = self.menu.addAction(self.tr("No recent files"))
            none.setEnabled(False)
        self.menu.addSeparator()
        clear = self.menu.addAction(self.tr("&Clear Recent Files"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        self.menu.setToolTipsVisible(True)

    def _open(self) -> None:
        action = self.sender()
        if action is not None and action.data():
            self.open(Path(action.data()))

    def open(self, path: Path) -> bool:
        if not path.is_file():
            self.rebuild()
            self.window.show_error(
                self.tr("Could not open the session"),
                self.tr("{0} is no longer there. It was taken off the list.").format(path.name),
            )
            return False
        return self.window.open_path(path)

    def clear(self) -> None:
        self.settings.set_recent_files([])
        self.settings.sync()
        self.rebuild()
