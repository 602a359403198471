"""The printed routine sheet: painted with QPainter onto Qt's PDF writer or a printer.

What the sheet says and where its pages break is core (desktop/content/sheet.py); the frames come
from PyAV (desktop/content/frames.py). This package needs QtGui only, never widgets or a display,
so `supple sheet` runs on the offscreen platform; the window's File > Print and Export PDF use it
too (desktop/qt/window_sheet.py).
"""
