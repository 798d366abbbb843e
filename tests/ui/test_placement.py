"""The first window fits the screen: frame, title bar and Back/Next all on it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMargins, QRect, QSize

from decisionaid.ui import placement
from tests.fresh_start import run_python

# Starts the program as a user does (app.run) and reports where the window is, then closes it.
PROBE = """
import json, sys
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication
from decisionaid import app

def report():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    inside = window.geometry()
    back = window.back_button.mapTo(window, QPoint(0, window.back_button.height()))
    print(json.dumps({
        "available": available.getRect(),
        "frame": frame.getRect(),
        "inside": inside.getRect(),
        "back_bottom": inside.top() + back.y(),
    }))
    window.close()

app.ensure_app()
QTimer.singleShot(300, report)
sys.exit(app.run())
"""


def start(tmp_path, width: int, height: int) -> dict:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height}],
            }
        )
    )
    done = run_python(
        PROBE,
        tmp_path / "home",
        {
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "DECISIONAID_DATA_DIR": str(tmp_path / "home" / "data"),
        },
    )
    assert done.returncode == 0, done.stderr
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    return json.loads(line)


def contains(outer, inner) -> bool:
    return QRect(*outer).contains(QRect(*inner))


def test_first_window_fits_a_1280x800_screen_and_comes_back_where_it_was(tmp_path):
    first = start(tmp_path, 1280, 800)
    assert contains(first["available"], first["frame"]), first
    x, y, width, height = first["available"]
    assert first["back_bottom"] <= y + height
    # Next time it opens where it was: it still fits.
    again = start(tmp_path, 1280, 800)
    assert again["frame"] == first["frame"]


def test_big_screen_keeps_the_default_size_and_a_smaller_screen_ignores_it(tmp_path):
    big = start(tmp_path, 2560, 1440)
    assert big["inside"][2:] == [1280, 800]
    assert contains(big["available"], big["frame"])
    # The same settings on a small screen: last time's place does not fit, so it is not used.
    small = start(tmp_path, 1280, 800)
    assert contains(small["available"], small["frame"]), small
    assert small["inside"][2:] != [1280, 800]


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 1280, 800), QSize(1264, 752)),
        (QRect(0, 27, 1366, 741), QSize(1280, 693)),
        (QRect(0, 0, 2560, 1440), QSize(1280, 800)),
    ],
)
def test_first_geometry_leaves_room_for_the_frame(available, expected):
    frame = QMargins(8, 40, 8, 8)
    inside = placement.first_geometry(available, frame)
    assert inside.size() == expected
    assert available.contains(inside.marginsAdded(frame))


def test_a_window_partly_off_the_screen_is_pulled_back_once_shown(qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    available = QGuiApplication.primaryScreen().availableGeometry()
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(available.right() - 100, available.bottom() - 100, 400, 300)
    window.setProperty("placement_check", True)
    window.show()
    qtbot.waitExposed(window)
    placement.on_shown(window)  # as MainWindow.showEvent does
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
    assert window.size() == QSize(400, 300)
