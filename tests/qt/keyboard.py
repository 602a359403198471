"""Keyboard walks for the accessibility tests: Tab pressed as a person presses it, the controls it
reaches, whether they come in reading order, and interactive controls the keyboard cannot reach."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

#: Controls a person operates; each must take the focus from the keyboard.
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible and enabled, and not scrolled or clipped out of its window entirely."""
    return widget.isVisibleTo(root) and widget.isVisible() and widget.isEnabled()


def label(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return widget.accessibleName() or widget.objectName() or f"{type(widget).__name__}"


def tab_controls(root: QWidget) -> list[QWidget]:
    """The shown controls under `root` that Tab stops at."""
    return [
        w
        for w in root.findChildren(QWidget)
        if shown(w, root)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QScrollBar)
        and w.focusProxy() is None
    ]


def unreachable_controls(root: QWidget) -> list[str]:
    """Shown interactive controls under `root` that no key can reach (no Tab focus, no proxy)."""
    return [
        f"{type(w).__name__} {label(w)}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QScrollBar)
        and shown(w, root)
        and w.focusProxy() is None
        and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inner_part(w)
    ]


def _inner_part(widget: QWidget) -> bool:
    """A part of a compound control that the control's own keys work (a spin box's line edit, a line
    edit's clear button, a table's header), or a dock's title buttons (View's menu has their keys)."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_dockwidget_"):
        return True
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractSpinBox | QComboBox | QKeySequenceEdit | QLineEdit):
            return True
        node = node.parentWidget()
    return False


def focused(root: QWidget) -> QWidget | None:
    widget = root.window().focusWidget()
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def press(root: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = root.window().focusWidget() or root.window()
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


def tab_walk(root: QWidget, first: QWidget, limit: int = 400, stays: bool = True) -> list[QWidget]:
    """Press Tab from `first` until the focus comes back to it; the controls under `root` reached,
    in order.

    Fails when the focus stays where it is (a control that eats Tab), comes to a control twice
    before `first`, never comes back (the walk does not wrap), or leaves `root` when it `stays` (a
    dialog; a view in the window shares the walk with the rest of the window)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert focused(root) is first, f"{label(first)} does not take the focus"
    everywhere = [first]
    for _ in range(limit):
        before = focused(root)
        press(root, Qt.Key.Key_Tab)
        now = focused(root)
        # Tab goes through a date or time box's sections (day, month, year) before it leaves.
        for _section in range(3):
            if now is not before or not isinstance(now, QDateTimeEdit):
                break
            press(root, Qt.Key.Key_Tab)
            now = focused(root)
        inside = now is not None and (now is root or root.isAncestorOf(now))
        assert inside or not stays, f"Tab from {label(before)} left for {label(now)}"
        assert now is not None and now is not before, (
            f"Tab is kept by {type(before).__name__} {label(before)}"
        )
        if now is first:
            return [w for w in everywhere if w is root or root.isAncestorOf(w)]
        assert now not in everywhere, f"{label(now)} is reached twice: {[label(w) for w in everywhere]}"
        everywhere.append(now)
    raise AssertionError(f"Tab does not come back to {label(first)}: {[label(w) for w in everywhere]}")


def back_tab_walk(root: QWidget, first: QWidget, limit: int = 200) -> list[QWidget]:
    """Shift+Tab from `first` round to it again: the controls reached, in order."""
    first.setFocus(Qt.FocusReason.BacktabFocusReason)
    QApplication.processEvents()
    visited = [first]
    for _ in range(limit):
        before = focused(root)
        press(root, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        now = focused(root)
        for _section in range(3):
            if now is not before or not isinstance(now, QDateTimeEdit):
                break
            press(root, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            now = focused(root)
        assert now is not None and now is not visited[-1], f"Shift+Tab is kept by {label(visited[-1])}"
        if now is first:
            return visited
        visited.append(now)
    raise AssertionError(f"Shift+Tab does not come back to {label(first)}")


def position(widget: QWidget, root: QWidget) -> QPoint:
    """Where `widget` is in `root`, as if every area between them were scrolled to its top left."""
    at = QPoint(0, 0)
    node: QWidget | None = widget
    while node is not None and node is not root:
        at += node.pos()
        parent = node.parentWidget()
        if parent is not None and parent.objectName() == "qt_scrollarea_viewport":
            area = parent.parentWidget()
            assert isinstance(area, QAbstractScrollArea)
            at += QPoint(area.horizontalScrollBar().value(), area.verticalScrollBar().value())
        node = parent
    return at


def out_of_reading_order(visited: list[QWidget], start: QWidget) -> list[str]:
    """Steps of the walk (a round, read from `start`) that go up, or left within one line (a line:
    controls whose vertical extents overlap). A scrolled area is one block where it sits: what is in
    it is compared with what is outside by the area's place."""
    at = visited.index(start)
    visited = visited[at:] + visited[:at]
    wrong = []
    for a, b in itertools.pairwise(visited):
        common = a
        while common is not b and not common.isAncestorOf(b):
            common = common.parentWidget()
        block_a, block_b = _block(a, common), _block(b, common)
        pa, pb = position(block_a, common), position(block_b, common)
        same_line = pb.y() < pa.y() + block_a.height() and pa.y() < pb.y() + block_b.height()
        if same_line:
            if pb.x() < pa.x():
                wrong.append(f"{label(a)} -> {label(b)} goes left")
        elif pb.y() < pa.y():
            wrong.append(f"{label(a)} -> {label(b)} goes up")
    return wrong


def _block(widget: QWidget, ancestor: QWidget) -> QWidget:
    """`widget`, or the outermost scroll area under `ancestor` that it is scrolled in."""
    block = widget
    node = widget.parentWidget()
    while node is not None and node is not ancestor:
        if node.objectName() == "qt_scrollarea_viewport" and node.parentWidget() is not ancestor:
            block = node.parentWidget()
        node = node.parentWidget()
    return block


def reading_first(controls: list[QWidget], root: QWidget) -> QWidget:
    """The control a reader meets first: the highest, then the leftmost."""
    return min(controls, key=lambda w: (position(w, root).y(), position(w, root).x()))


def focus_not_shown(controls: list[QWidget]) -> list[str]:
    """Controls that look the same with the keyboard focus as without it (each is drawn focused,
    then again once the focus has moved to the next control)."""
    hidden = []
    for n, widget in enumerate(controls):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        focused_look = widget.grab().toImage()
        controls[(n + 1) % len(controls)].setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if widget.grab().toImage() == focused_look:
            hidden.append(f"{type(widget).__name__} {label(widget)}")
    return hidden
