"""The timer: a large countdown inside a progress ring, the phase in words, the cue and what is next."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.describe import format_seconds
from desktop.qt.elided_label import ElidedLabel
from desktop.qt.theme import phase_colour


class ProgressRing(QWidget):
    """A ring that empties as the phase runs, with the remaining time in its centre."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(110, 110)
        self.setAccessibleName(self.tr("Time left"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.fraction = 0.0
        self.text = "–"
        self.caption = ""
        self.kind = "idle"

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_state(self, text: str, fraction: float, kind: str, caption: str = "") -> None:
        """`kind` names the phase ("work", "prepare", "switch", "rest" or "idle"): the theme colours it."""
        self.text, self.fraction, self.kind, self.caption = (
            text,
            max(0.0, min(1.0, fraction)),
            kind,
            caption,
        )
        # A screen reader reads the ring as text: the time left and what it counts.
        self.setAccessibleDescription(", ".join(t for t in (text, caption) if t and t != "–"))
        self.update()

    @property
    def colour(self) -> QColor:
        return phase_colour(self.kind)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        thickness = max(6.0, side / 16)
        palette = self.palette()
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlpha(32)
        painter.setPen(QPen(track, thickness))
        painter.drawEllipse(rect)
        if self.fraction > 0:
            pen = QPen(self.colour, thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(rect, 90 * 16, int(-360 * 16 * self.fraction))
        font = QFont(self.font())
        font.setPixelSize(max(18, int(side / 4.2)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            small = QFont(self.font())
            small.setPixelSize(max(11, int(side / 13)))
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(0, side * 0.68, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.caption,
            )
        painter.end()


class TimerPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setAccessibleName(self.tr("Timer"))
        #: What was last announced to screen readers: a phase is announced once, when it starts,
        #: never its every second (the time left is the ring's description, read on request).
        self.announced = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        self.phase_label = QLabel(self.tr("Ready", "the timer before a session starts"), self)
        self.phase_label.setObjectName("phaseLabel")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.ring = ProgressRing(self)
        # A long cue (or the routine's setup, before the first step) ends in "…" rather than
        # running out of the panel; the whole text is its tooltip.
        self.cue_label = ElidedLabel(self, max_lines=4)
        self.cue_label.setObjectName("cueLabel")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label = QLabel("", self)
        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_label = QLabel("", self)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_label.setWordWrap(True)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.ring, 1)
        layout.addWidget(self.cue_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.total_label)

    def show_idle(
        self, headline: str, detail: str = "", cue: str = "", total: str = "", caption: str = ""
    ) -> None:
        """`detail` in the ring, with `caption` under it saying what it is (e.g. "per side")."""
        if headline != self.phase_label.text():
            self.announced = ""  # the next phase is news again
        self.phase_label.setText(headline)
        self.ring.set_state(detail or "–", 0.0, "idle", caption)
        self.cue_label.setText(cue)
        self.cue_label.setToolTip(cue)
        self.next_label.setText("")
        self.total_label.setText(total)

    def show_phase(
        self,
        *,
        label: str,
        kind: str,
        remaining: float,
        fraction_left: float,
        cue: str = "",
        next_text: str = "",
        rep_text: str = "",
        total_remaining: float | None = None,
    ) -> None:
        if label != self.phase_label.text():
            self.announce(f"{label}, {format_seconds(remaining)}")
        self.phase_label.setText(label)
        self.ring.set_state(format_seconds(remaining), fraction_left, kind, rep_text)
        self.cue_label.setText(cue)
        self.cue_label.setToolTip(cue)
        self.next_label.setText(self.tr("Next: %1").replace("%1", next_text) if next_text else "")
        self.total_label.setText(
            ""
            if total_remaining is None
            else self.tr("Session left %1").replace("%1", format_seconds(total_remaining))
        )

    def announce(self, text: str) -> None:
        """Tell screen readers, politely (after what they are saying), once per phase."""
        if text == self.announced:
            return
        self.announced = text
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
