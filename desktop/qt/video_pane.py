"""The widget every backend paints into: frames, the poster before them, errors, and overlays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BACKGROUND = QColor("#111417")


class VideoPane(QWidget):
    """Paints the latest frame scaled to fit, mirrored when asked, with optional overlay text.

    Signals:
        doubleClicked(): the user double-clicked the picture (the window toggles full screen).
        firstFramePainted(): the first video frame was painted (start-up measurement).
    """

    doubleClicked = Signal()
    firstFramePainted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(pal)
        self._frame: QImage | None = None
        self._poster: QImage | None = None
        self._error = ""
        self._placeholder = "No clip"
        self._mirrored = False
        self._overlay_big = ""
        self._overlay_small = ""
        self.frames_painted = 0

    def sizeHint(self) -> QSize:
        return QSize(960, 540)

    # ----- what to show
    @Slot(QImage)
    def present(self, image: QImage) -> None:
        self._frame = image
        self._error = ""
        self.update()

    def show_poster(self, poster: Path | None, placeholder: str = "") -> None:
        """Show a clip's poster at once, until its first frame arrives; drop the previous clip's frame."""
        self._frame = None
        self._error = ""
        self._poster = None
        if poster is not None and poster.is_file():
            image = QImage(str(poster))
            self._poster = None if image.isNull() else image
        self._placeholder = placeholder
        self.update()

    @Slot(str)
    def show_error(self, message: str) -> None:
        self._frame = None
        self._error = message
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()

    def set_overlay(self, big: str, small: str = "") -> None:
        """Text drawn over the picture (used in full screen: the countdown and the current cue)."""
        if (big, small) != (self._overlay_big, self._overlay_small):
            self._overlay_big, self._overlay_small = big, small
            self.update()

    @property
    def error(self) -> str:
        return self._error

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def current_image(self) -> QImage | None:
        return self._frame if self._frame is not None else self._poster

    def video_rect(self) -> QRect:
        """Where the picture is drawn: the largest rectangle of its aspect ratio that fits."""
        image = self.current_image()
        size = image.size() if image is not None else QSize(16, 9)
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        return QRect(x, y, scaled.width(), scaled.height())

    # ----- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        image = self.current_image()
        if self._error:
            self._paint_message(painter, self._error, error=True)
        elif image is not None:
            target = self.video_rect()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if self._mirrored:
                painter.save()
                painter.translate(target.x() + target.width(), target.y())
                painter.scale(-1, 1)
                painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
                painter.restore()
            else:
                painter.drawImage(QRectF(target), image)
            if self._frame is not None:
                self.frames_painted += 1
                if self.frames_painted == 1:
                    self.firstFramePainted.emit()
        elif self._placeholder:
            self._paint_message(painter, self._placeholder, error=False)
        if self._overlay_big or self._overlay_small:
            self._paint_overlay(painter)
        painter.end()

    def _paint_message(self, painter: QPainter, text: str, *, error: bool) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, self.height() / 36))
        painter.setFont(font)
        box = self.rect().adjusted(40, 40, -40, -40)
        if error:
            painter.setPen(QColor("#ff8a80"))
            title = QFont(font)
            title.setBold(True)
            title.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(title)
            head = QRect(box.x(), box.center().y() - 3 * painter.fontMetrics().height(), box.width(), 60)
            painter.drawText(
                head, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, "Cannot play this clip"
            )
            painter.setFont(font)
            painter.setPen(QColor("#eceff1"))
            body = QRect(box.x(), head.bottom() + 12, box.width(), box.bottom() - head.bottom())
            painter.drawText(body, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            painter.setPen(QColor("#90a4ae"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_overlay(self, painter: QPainter) -> None:
        """Large enough to read from a mat two metres away: the countdown is a sixth of the height."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = max(8, self.height() // 40)
        width = self.width() - 2 * margin
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(max(28, self.height() // 6))
        small = QFont(self.font())
        small.setPixelSize(max(16, self.height() // 24))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        painter.setFont(big)
        big_rect = painter.fontMetrics().boundingRect(
            QRect(0, 0, width, self.height()), flags, self._overlay_big
        )
        painter.setFont(small)
        small_rect = (
            painter.fontMetrics().boundingRect(QRect(0, 0, width, self.height()), flags, self._overlay_small)
            if self._overlay_small
            else QRect()
        )
        band_h = big_rect.height() + small_rect.height() + 2 * margin
        top = self.height() - band_h
        painter.fillRect(QRect(0, top, self.width(), band_h), QColor(0, 0, 0, 140))
        painter.setPen(QColor("white"))
        painter.setFont(big)
        painter.drawText(QRect(margin, top + margin, width, big_rect.height()), flags, self._overlay_big)
        if self._overlay_small:
            painter.setFont(small)
            painter.drawText(
                QRect(margin, top + margin + big_rect.height(), width, small_rect.height()),
                flags,
                self._overlay_small,
            )

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.doubleClicked.emit()
