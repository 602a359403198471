"""The widget every backend paints into: frames, the poster before them, errors, and overlays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPaintEvent, QPalette
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
        self.setAccessibleName(self.tr("Video"))
        self.setAccessibleDescription(self.tr("The demonstration clip"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(256, 144)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(pal)
        self._frame: QImage | None = None
        self._poster: QImage | None = None
        self._error = ""
        self._placeholder = self.tr("No clip")
        self._mirrored = False
        self._overlay_big = ""
        self._overlay_small = ""
        self._overlay_title = ""
        self._paused = False
        self._end_card: tuple[str, tuple[str, ...]] | None = None
        self._end_card_covered = False
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

    def set_overlay(self, big: str, small: str = "", title: str = "") -> None:
        """Text drawn over the top of the picture (in full screen): `title` names the step and the
        rep and set, `big` is the phase and the countdown, `small` the current cue."""
        if (big, small, title) != (self._overlay_big, self._overlay_small, self._overlay_title):
            self._overlay_big, self._overlay_small, self._overlay_title = big, small, title
            self.update()

    def set_paused(self, paused: bool) -> None:
        """A large "Paused" across the middle of the picture, while a session is paused."""
        if paused != self._paused:
            self._paused = paused
            self.update()

    def set_end_card(self, headline: str, lines: tuple[str, ...] = ()) -> None:
        """A card in the middle of the picture for the end of a session ("Session complete" and what
        was done), in the window and in full screen; an empty headline removes it."""
        card = (headline, tuple(lines)) if headline else None
        if card != self._end_card:
            self._end_card = card
            self.update()

    def cover_end_card(self, covered: bool) -> None:
        """Leave the end card unpainted while a widget over the picture (the session summary)
        tells the same; it shows again once that closes."""
        if covered != self._end_card_covered:
            self._end_card_covered = covered
            self.update()

    @property
    def overlay_text(self) -> tuple[str, str, str]:
        """(title, big, small) as drawn over the picture."""
        return self._overlay_title, self._overlay_big, self._overlay_small

    @property
    def paused_shown(self) -> bool:
        return self._paused

    @property
    def end_card(self) -> tuple[str, tuple[str, ...]] | None:
        return self._end_card

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
        if self._overlay_big or self._overlay_small or self._overlay_title:
            self._paint_overlay(painter)
        if self._end_card is not None and not self._end_card_covered:
            self._paint_card(painter, *self._end_card)
        elif self._paused:
            self._paint_card(painter, self.tr("Paused"), (self.tr("Space to go on"),))
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
                head,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                self.tr("Cannot play this clip"),
            )
            painter.setFont(font)
            painter.setPen(QColor("#eceff1"))
            body = QRect(box.x(), head.bottom() + 12, box.width(), box.bottom() - head.bottom())
            painter.drawText(body, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            painter.setPen(QColor("#90a4ae"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """The overlay's fonts: the countdown is an eighth of the height, or less so it fits one line."""
        width = self.width() - 2 * self._margin()
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(max(24, self.height() // 8))
        widest = QFontMetrics(big).horizontalAdvance(self._overlay_big)
        if widest > width > 0:
            big.setPixelSize(max(12, int(big.pixelSize() * width / widest)))
        small = QFont(self.font())
        small.setPixelSize(max(14, self.height() // 24))
        title = QFont(small)
        title.setBold(True)
        return title, big, small

    def _margin(self) -> int:
        return max(8, self.height() // 40)

    def overlay_rect(self) -> QRect:
        """The band the overlay takes: at the top, above the lower third where the movement is."""
        if not (self._overlay_big or self._overlay_small or self._overlay_title):
            return QRect()
        title, big, small = self._fonts()
        lines = [(title, self._overlay_title), (big, self._overlay_big), (small, self._overlay_small)]
        height = sum(QFontMetrics(font).height() for font, text in lines if text)
        return QRect(0, 0, self.width(), height + 2 * self._margin())

    def _paint_overlay(self, painter: QPainter) -> None:
        """Read from a mat two metres away: each line on one line, elided rather than wrapped."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = self.overlay_rect()
        painter.fillRect(band, QColor(0, 0, 0, 150))
        margin = self._margin()
        width = self.width() - 2 * margin
        y = band.top() + margin
        title, big, small = self._fonts()
        for font, text, colour in (
            (title, self._overlay_title, QColor("#ffd54f")),
            (big, self._overlay_big, QColor("white")),
            (small, self._overlay_small, QColor("#eceff1")),
        ):
            if not text:
                continue
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(margin, y, width, metrics.height()), Qt.AlignmentFlag.AlignHCenter, shown)
            y += metrics.height()

    def _paint_card(self, painter: QPainter, headline: str, lines: tuple[str, ...]) -> None:
        """A large headline with a few lines under it, on a dark card in the middle of the picture."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        head = QFont(self.font())
        head.setBold(True)
        head.setPixelSize(max(22, self.height() // 9))
        body = QFont(self.font())
        body.setPixelSize(max(13, self.height() // 26))
        width = self.width() - 4 * self._margin()
        head_m, body_m = QFontMetrics(head), QFontMetrics(body)
        text_w = max([head_m.horizontalAdvance(headline), *(body_m.horizontalAdvance(t) for t in lines)])
        card_w = min(width, text_w + 4 * self._margin())
        card_h = head_m.height() + body_m.height() * len(lines) + 2 * self._margin()
        card = QRect((self.width() - card_w) // 2, (self.height() - card_h) // 2, card_w, card_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(card, 12, 12)
        y = card.top() + self._margin()
        inner = card.width() - 2 * self._margin()
        for font, metrics, text, colour in (
            (head, head_m, headline, QColor("white")),
            *((body, body_m, t, QColor("#cfd8dc")) for t in lines),
        ):
            painter.setFont(font)
            painter.setPen(colour)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner)
            rect = QRect(card.left() + self._margin(), y, inner, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, shown)
            y += metrics.height()

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.doubleClicked.emit()
