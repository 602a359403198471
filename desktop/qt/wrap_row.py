"""A row of controls that goes onto more lines when it is too narrow for one.

A dock beside the video is narrow on a small or scaled screen (1920x1080 at 200% is 960x540):
a fixed row of buttons would set the dock's, and so the window's, minimum width. This row only
insists on its widest control; its height follows the lines it needs at its present width, so
the dock asks for that height once it has been narrowed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class WrapRow(QWidget):
    """`widgets` side by side, in order, wrapped onto as many lines as the width needs.

    Extra width on a line goes to the widgets given in `stretch` (all of a line's widgets when
    none of them is), as a QHBoxLayout with stretch factors would share it."""

    def __init__(
        self,
        widgets: Sequence[QWidget],
        parent: QWidget | None = None,
        stretch: Sequence[QWidget] = (),
        spacing: int = 6,
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._stretch = set(stretch)
        self._spacing = spacing
        for widget in self._widgets:
            widget.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    @staticmethod
    def _least(widget: QWidget) -> int:
        """The narrowest the widget may be, as a layout sees it (a minimum width set wins)."""
        return widget.minimumWidth() or widget.minimumSizeHint().width()

    def _wanted(self, widget: QWidget) -> int:
        return max(widget.sizeHint().width(), self._least(widget))

    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    def lines(self, width: int) -> list[list[QWidget]]:
        """The widgets on each line at `width`: as many on a line as fit at their preferred widths."""
        lines: list[list[QWidget]] = []
        used = 0
        for widget in self._shown():
            wanted = self._wanted(widget)
            if lines and used + self._spacing + wanted <= width:
                lines[-1].append(widget)
                used += self._spacing + wanted
            else:
                lines.append([widget])
                used = wanted
        return lines

    def _line_height(self, line: list[QWidget]) -> int:
        return max(max(w.sizeHint().height(), w.minimumSizeHint().height()) for w in line)

    def _height(self, width: int) -> int:
        lines = self.lines(width)
        if not lines:
            return 0
        return sum(self._line_height(line) for line in lines) + self._spacing * (len(lines) - 1)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        one_line = sum(self._wanted(w) for w in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(one_line, self._height(self.width() if self.isVisible() else one_line))

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        widest = max((self._least(w) for w in shown), default=0)
        return QSize(widest, self._height(self.width() if self.isVisible() else widest))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's text (and so its size) changed
            self._arrange()
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        if len(self.lines(event.oldSize().width())) != len(self.lines(self.width())):
            self.updateGeometry()  # the height it asks for changed

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange()
        self.updateGeometry()

    def _arrange(self) -> None:
        width, y = self.width(), 0
        for line in self.lines(width):
            height = self._line_height(line)
            wanted = [self._wanted(w) for w in line]
            extra = width - sum(wanted) - self._spacing * (len(line) - 1)
            growing = [i for i, w in enumerate(line) if w in self._stretch] or list(range(len(line)))
            if extra < 0:  # one widget alone, wider than the row: it gets the row
                wanted = [max(width, 0)]
                extra = 0
            share, left_over = divmod(extra, len(growing))
            x = 0
            for i, widget in enumerate(line):
                w = wanted[i] + (share + (1 if growing.index(i) < left_over else 0) if i in growing else 0)
                widget.setGeometry(QRect(x, y, w, height))
                x += w + self._spacing
            y += height + self._spacing
