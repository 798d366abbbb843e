"""Render the app icon from its SVG source: run after changing decisionaid.svg, commit the output.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons/render.py

Writes resources/icons/decisionaid-<size>.png (the window icon and the Linux hicolor sizes,
shipped in the wheel), packaging/windows/decisionaid.ico and packaging/macos/decisionaid.icns.
Qt draws the PNGs; Pillow (a developer tool here, not a dependency of the app) packs the
.ico and .icns from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a GUI application
    svg = HERE / "decisionaid.svg"
    out = REPO / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = out / f"decisionaid-{size}.png"
        if not render(svg, size).save(str(pngs[size])):
            print(f"could not write {pngs[size]}", file=sys.stderr)
            return 1
    from PIL import Image

    big = Image.open(pngs[512])
    big.save(
        REPO / "packaging" / "windows" / "decisionaid.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
    )
    big.save(REPO / "packaging" / "macos" / "decisionaid.icns")
    print(f"wrote {len(pngs)} PNGs, decisionaid.ico and decisionaid.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
