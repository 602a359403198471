"""Make docs/sheet-page.png: the first page of the Scorpion Stretch's printed sheet, as the README shows it.

    .venv/bin/python docs/sheet_picture.py

The sheet is written as `supple sheet` writes it (Qt's PDF writer on the offscreen platform, A4),
and its first page is drawn with Qt's own PDF renderer (QtPdf), so nothing else is needed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "sheet-page.png"
WIDTH = 720


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QPageSize
    from PySide6.QtPdf import QPdfDocument

    from desktop.content import bundled_routine_path, load_routine
    from desktop.content.frames import strip_pictures
    from desktop.content.sheet import routine_sheet
    from desktop.sheet.paint import write_pdf

    _app = QGuiApplication([])
    sheet = routine_sheet(load_routine(bundled_routine_path()))
    pictures = strip_pictures(strip for step in sheet.steps for strip in step.strips)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "sheet.pdf"
        write_pdf(pdf, sheet, pictures, QPageSize(QPageSize.PageSizeId.A4))
        document = QPdfDocument()
        document.load(str(pdf))
        page = document.pagePointSize(0)
        size = QSize(WIDTH, round(WIDTH * page.height() / page.width()))
        image = document.render(0, size)
        document.close()
    if not image.save(str(OUT)):
        print(f"cannot write {OUT}", file=sys.stderr)
        return 1
    print(f"wrote {OUT} ({size.width()}x{size.height()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
