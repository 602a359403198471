"""Transport icons drawn in code, so they stay crisp at any scale and match the theme: they are drawn
in the application palette's ButtonText colour, one cached set per colour."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

SIZE = 48


def _triangle(x: float, w: float) -> QPainterPath:
    path = QPainterPath(QPointF(x, 10))
    path.lineTo(x + w, 24)
    path.lineTo(x, 38)
    path.closeSubpath()
    return path


def _draw(name: str, p: QPainter, colour: QColor) -> None:
    p.setBrush(colour)
    p.setPen(Qt.PenStyle.NoPen)
    if name == "play":
        p.drawPath(_triangle(15, 22))
    elif name == "pause":
        p.drawRoundedRect(QRectF(13, 10, 8, 28), 2, 2)
        p.drawRoundedRect(QRectF(27, 10, 8, 28), 2, 2)
    elif name == "next":
        p.drawPath(_triangle(10, 20))
        p.drawRoundedRect(QRectF(32, 10, 6, 28), 2, 2)
    elif name == "previous":
        p.drawRoundedRect(QRectF(10, 10, 6, 28), 2, 2)
        p.drawPath(_triangle(38, -20))
    elif name == "loop":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(QRectF(10, 12, 28, 24), 30 * 16, 300 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        head = QPainterPath(QPointF(30, 6))
        head.lineTo(40, 14)
        head.lineTo(29, 19)
        head.closeSubpath()
        p.drawPath(head)
    elif name == "fullscreen":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for x, y, dx, dy in ((10, 10, 1, 1), (38, 10, -1, 1), (10, 38, 1, -1), (38, 38, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + 9 * dx, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + 9 * dy))
    elif name == "mirror":
        left = QPainterPath(QPointF(21, 10))
        left.lineTo(21, 38)
        left.lineTo(7, 38)
        left.closeSubpath()
        p.drawPath(left)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(colour, 3))
        right = QPainterPath(QPointF(27, 10))
        right.lineTo(27, 38)
        right.lineTo(41, 38)
        right.closeSubpath()
        p.drawPath(right)
    elif name in ("mute", "volume"):
        speaker = QPainterPath(QPointF(8, 19))
        for x, y in ((16, 19), (26, 10), (26, 38), (16, 29), (8, 29)):
            speaker.lineTo(x, y)
        speaker.closeSubpath()
        p.drawPath(speaker)
        p.setPen(QPen(colour, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if name == "mute":
            p.drawLine(QPointF(31, 18), QPointF(41, 30))
            p.drawLine(QPointF(41, 18), QPointF(31, 30))
        else:
            p.drawArc(QRectF(22, 16, 12, 16), -60 * 16, 120 * 16)
            p.drawArc(QRectF(22, 11, 20, 26), -60 * 16, 120 * 16)
    else:
        raise KeyError(name)


def icon(name: str) -> QIcon:
    """The icon in the current palette's button text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    return _icon(name, colour.rgba())


@functools.cache
def _icon(name: str, rgba: int) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(name, painter, QColor.fromRgba(rgba))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def app_icon() -> QIcon:
    """Supple's own icon: the installed theme's io.supple.Supple when there is one, else the bundled
    hicolor renderings (each size drawn for its size) and the SVG for the sizes between."""
    from desktop.identity import ICON_NAME
    from desktop.paths import resource

    bundled = QIcon()
    hicolor = resource("icons", "hicolor")
    for png in sorted(hicolor.glob(f"*/apps/{ICON_NAME}.png")):
        bundled.addFile(str(png))
    bundled.addFile(str(hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"))
    return QIcon.fromTheme(ICON_NAME, bundled)
