"""A label that ends in "…" when its text does not fit, instead of being cut off or widening the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Shows as much of its text as fits its width, ending in "…".

    With one line (the default) each line of the text is elided on its own; with `max_lines` > 1 the
    text is wrapped at word boundaries and the last line that fits ends in "…". `text()` is what is
    shown, `full_text()` what was set; the whole text goes in the tooltip unless one was set.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_max_lines(self, lines: int) -> None:
        self._max_lines = max(1, lines)
        self._elide()

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        widest = max(
            (self.fontMetrics().horizontalAdvance(line) for line in self._full.split("\n")), default=0
        )
        return QSize(widest + 2 * self.margin() + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width() - 2 * self.margin())
        metrics = self.fontMetrics()
        if self._max_lines == 1:
            lines = [
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                for line in self._full.split("\n")
            ]
        else:
            lines = self._wrapped(width)
        shown = "\n".join(lines)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()

    def _wrapped(self, width: int) -> list[str]:
        text = self._full.replace("\n", " ")
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        metrics = self.fontMetrics()
        lines = [text[start : start + length].strip() for start, length in spans[: self._max_lines]]
        if len(spans) > self._max_lines:
            lines[-1] = text[spans[self._max_lines - 1][0] :]
        # (a word longer than the width is a line of its own: it is elided too)
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
