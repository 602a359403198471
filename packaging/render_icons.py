"""Render Supple's icons from the one SVG: hicolor PNGs, and .ico/.icns for frozen builds.

    python packaging/render_icons.py [--check]

The source is resources/icons/hicolor/scalable/apps/io.supple.Supple.svg. PNGs are drawn with Qt's
SVG renderer at every hicolor size; the Windows .ico and macOS .icns are written with Pillow from
those same renderings, so every file shows the same pixels. The results are committed; run this
after changing the SVG. With --check nothing is written: it says which files differ from a fresh
rendering (exit status 1), as tests/unit/test_desktop_icons.py does.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.identity import APP_ID  # noqa: E402

HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SOURCE = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "icons" / f"{APP_ID}.ico"
ICNS = ROOT / "packaging" / "icons" / f"{APP_ID}.icns"
#: Windows shows 16-48 in lists and 256 in large views; the format stops at 256.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The sizes an .icns holds at 1x (Pillow adds the @2x versions from the larger renderings).
ICNS_SIZES = (16, 32, 128, 256, 512)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes (Qt's SVG renderer, no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    from PIL import Image

    pngs = {size: render(size) for size in SIZES}
    files: dict[Path, bytes] = {png_path(size): data for size, data in pngs.items()}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    files[ICO] = ico.getvalue()
    icns = io.BytesIO()
    images[512].save(icns, format="ICNS", append_images=[images[s] for s in (*ICNS_SIZES, 64) if s != 512])
    files[ICNS] = icns.getvalue()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; say what differs")
    opts = parser.parse_args()
    stale = []
    for path, data in outputs().items():
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not opts.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        print(f"{'differs' if opts.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if opts.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
