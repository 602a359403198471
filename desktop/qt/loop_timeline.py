"""The timeline under the video: the clip, the playhead, the loop's in and out marks as handles.

Handles snap to frames: the in handle stands at its frame's start and the out handle at its
frame's end, so the highlighted span is exactly the frames the loop plays. While a handle is
dragged, a magnifier above it shows the frames around it one by one, so that a mark can be put on
the frame wanted even where a frame is narrower than a pixel; a clip short enough to show each
frame shows a tick per frame. A click elsewhere on the bar shows that frame.

Signals:
    markMoved(str, int): "in" or "out", and the frame the handle was dropped on.
    frameRequested(int): show this frame (a click on the bar, or a handle being dragged).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.marks import ClipFrames

#: Pixels either side of a handle that grab it.
GRAB_PX = 7
#: Frames shown either side of the dragged one in the magnifier.
MAGNIFIER_FRAMES = 6
#: A clip whose frames are at least this wide on the bar gets a tick per frame.
TICK_MIN_PX = 4.0
IN_COLOUR = QColor("#2e9d5b")
OUT_COLOUR = QColor("#d0602c")
LOOP_COLOUR = QColor(60, 160, 220, 110)


def clock_text(seconds: float) -> str:
    """0:04.125: minutes, seconds and milliseconds (a frame's time, to the millisecond)."""
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes)}:{rest:06.3f}"


class LoopTimeline(QWidget):
    markMoved = Signal(str, int)
    frameRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loopTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window's keys (I, O, X, ",", ".") stay its own
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.frames: ClipFrames | None = None
        self.in_frame: int | None = None
        self.out_frame: int | None = None
        self.playhead = 0
        self.note = ""  # e.g. "Reading the clip…" before its frames are known
        self._drag: str | None = None  # "in", "out" or "scrub"
        self._drag_frame = 0

    # ----- state
    def set_clip(self, frames: ClipFrames | None, note: str = "") -> None:
        self.frames, self.note = frames, note
        self._drag = None
        self.update()

    def set_marks(self, in_frame: int | None, out_frame: int | None) -> None:
        self.in_frame, self.out_frame = in_frame, out_frame
        self.setToolTip(self.loop_text())  # in full, where a narrow window shortens it
        self.update()

    def set_playhead(self, frame: int) -> None:
        if frame != self.playhead:
            self.playhead = frame
            self.update()

    @property
    def dragging(self) -> str | None:
        return self._drag

    def loop_range(self) -> tuple[int, int] | None:
        """First and last frame of the loop (inclusive), or None when no mark is set."""
        if self.frames is None or (self.in_frame is None and self.out_frame is None):
            return None
        first = self.in_frame if self.in_frame is not None else 0
        last = self.out_frame if self.out_frame is not None else self.frames.count - 1
        return first, last

    def position_text(self) -> str:
        """The frame on screen and its time (or why the clip shows no frames)."""
        f = self.frames
        if f is None:
            return self.note
        return (
            self.tr("Frame %1 of %2").replace("%1", str(self.playhead + 1)).replace("%2", str(f.count))
            + f" · {clock_text(f.start(self.playhead))}"
        )

    def loop_text(self) -> str:
        f = self.frames
        if f is None:
            return ""
        loop = self._shown_range()  # with a handle being dragged where it is now
        if loop is None:
            text = self.tr("Whole clip loops (I and O mark a loop)")
        else:
            first, last = loop
            seconds = f.end(last) - f.start(first)
            text = (
                self.tr("Loop: frames %1–%2 (%n frame(s), %3 s)", "", last - first + 1)
                .replace("%1", str(first + 1))
                .replace("%2", str(last + 1))
                .replace("%3", QLocale().toString(seconds, "f", 2))
            )
        return text + (" · " + self.tr("variable frame rate") if f.variable else "")

    def status_text(self) -> str:
        return "   ".join(t for t in (self.position_text(), self.loop_text()) if t)

    # ----- geometry
    def sizeHint(self) -> QSize:
        return QSize(320, self._bar_top() + self._bar_height() + self._text_height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _text_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _bar_top(self) -> int:
        return self._text_height() + 4  # room for the magnifier above the bar

    def _bar_height(self) -> int:
        return max(14, self.fontMetrics().height())

    def _bar(self) -> QRectF:
        margin = GRAB_PX + 2
        return QRectF(margin, self._bar_top(), max(1, self.width() - 2 * margin), self._bar_height())

    def _x(self, boundary: float) -> float:
        """x of a frame boundary (frame i starts at boundary i, ends at i + 1)."""
        bar = self._bar()
        count = self.frames.count if self.frames else 1
        return bar.left() + bar.width() * boundary / max(1, count)

    def frame_at(self, x: float) -> int:
        bar = self._bar()
        count = self.frames.count if self.frames else 1
        return max(0, min(count - 1, int((x - bar.left()) / bar.width() * count)))

    def handle_x(self, which: str) -> float | None:
        loop = self.loop_range()
        if loop is None:
            return None
        return self._x(loop[0]) if which == "in" else self._x(loop[1] + 1)

    # ----- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.frames is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x = event.position().x()
        grabbed = [
            (abs(hx - x), which)
            for which in ("in", "out")
            if (hx := self.handle_x(which)) is not None and abs(hx - x) <= GRAB_PX
        ]
        self._drag = min(grabbed)[1] if grabbed else "scrub"
        self._move_drag(x)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._drag is not None:
            self._move_drag(x)
        else:
            near = any((hx := self.handle_x(w)) is not None and abs(hx - x) <= GRAB_PX for w in ("in", "out"))
            self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag in ("in", "out"):
            self.markMoved.emit(drag, self._drag_frame)
        self.update()

    def _move_drag(self, x: float) -> None:
        assert self.frames is not None
        count = self.frames.count
        bar = self._bar()
        boundary = round((x - bar.left()) / bar.width() * count)  # snap to the nearest frame boundary
        if self._drag == "in":
            frame = max(0, min(count - 1, boundary))
        elif self._drag == "out":
            frame = max(0, min(count - 1, boundary - 1))
        else:
            frame = self.frame_at(x)
        if frame != self._drag_frame or self._drag == "scrub":
            self._drag_frame = frame
            self.frameRequested.emit(frame)
        self.update()

    # ----- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        bar = self._bar()
        text_rect = QRectF(4, bar.bottom() + 2, self.width() - 8, self._text_height())
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        if self.frames is None:
            p.fillRect(bar, pal.color(QPalette.ColorRole.Mid))
            p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.note)
            return
        p.fillRect(bar, pal.color(QPalette.ColorRole.Mid))
        shown = self._shown_range()
        if shown is not None:
            first, last = shown
            p.fillRect(
                QRectF(self._x(first), bar.top(), self._x(last + 1) - self._x(first), bar.height()),
                LOOP_COLOUR,
            )
        self._paint_ticks(p, bar)
        x = self._x(self.playhead + 0.5)
        p.setPen(QPen(pal.color(QPalette.ColorRole.HighlightedText), 2))
        p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))
        if shown is not None:
            self._paint_handle(p, bar, self._x(shown[0]), IN_COLOUR, left=True)
            self._paint_handle(p, bar, self._x(shown[1] + 1), OUT_COLOUR, left=False)
        self._paint_text(p, text_rect)
        if self._drag is not None:
            self._paint_magnifier(p, bar)

    def _paint_text(self, p: QPainter, rect: QRectF) -> None:
        """The position on the left; the loop on the right, shortened ("…") where it does not fit."""
        p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        left = self.position_text()
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        room = int(rect.width() - self.fontMetrics().horizontalAdvance(left) - 16)
        right = self.fontMetrics().elidedText(self.loop_text(), Qt.TextElideMode.ElideRight, max(0, room))
        p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)

    def _shown_range(self) -> tuple[int, int] | None:
        """The loop as drawn: with the dragged handle where it is now."""
        loop = self.loop_range()
        if self._drag not in ("in", "out") or self.frames is None:
            return loop
        first, last = loop if loop is not None else (0, self.frames.count - 1)
        if self._drag == "in":
            first = self._drag_frame
        else:
            last = self._drag_frame
        return (min(first, last), max(first, last))

    def _paint_ticks(self, p: QPainter, bar: QRectF) -> None:
        assert self.frames is not None
        count = self.frames.count
        if bar.width() / max(1, count) < TICK_MIN_PX:
            return
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 1))
        for i in range(1, count):
            x = self._x(i)
            p.drawLine(QPointF(x, bar.bottom() - bar.height() / 3), QPointF(x, bar.bottom()))

    def _paint_handle(self, p: QPainter, bar: QRectF, x: float, colour: QColor, *, left: bool) -> None:
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 1))
        flag = QPainterPath()
        w = GRAB_PX - 1
        top = bar.top() - 3
        flag.moveTo(x, top)
        flag.lineTo(x + (w if left else -w), top + w / 2)
        flag.lineTo(x, top + w)
        flag.closeSubpath()
        p.fillPath(flag, colour)

    def _paint_magnifier(self, p: QPainter, bar: QRectF) -> None:
        """Cells for the frames around the one dragged to, numbered, above the bar."""
        assert self.frames is not None
        centre = self._drag_frame
        cells = range(
            max(0, centre - MAGNIFIER_FRAMES), min(self.frames.count, centre + MAGNIFIER_FRAMES + 1)
        )
        height = self._text_height()
        width = max(self.fontMetrics().horizontalAdvance(str(self.frames.count)) + 8, 22)
        x_centre = self._x(centre + 0.5)
        left = x_centre - (centre - cells.start + 0.5) * width
        left = max(2.0, min(left, self.width() - 2 - len(cells) * width))
        pal = self.palette()
        colour = (
            IN_COLOUR
            if self._drag == "in"
            else OUT_COLOUR
            if self._drag == "out"
            else pal.color(QPalette.ColorRole.Highlight)
        )
        for n, i in enumerate(cells):
            cell = QRectF(left + n * width, 1, width - 1, height)
            p.fillRect(cell, colour if i == centre else pal.color(QPalette.ColorRole.Base))
            p.setPen(
                pal.color(QPalette.ColorRole.HighlightedText if i == centre else QPalette.ColorRole.Text)
            )
            p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(i + 1))
