"""A row of buttons that wraps onto more lines instead of widening its dock."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.qt.wrap_row import WrapRow


def _row(qtbot) -> tuple[QWidget, WrapRow, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    buttons = [QPushButton(text) for text in ("&Open", "&Play", "&Add to playlist", "☆ Favourite")]
    row = WrapRow(buttons, host)
    layout = QVBoxLayout(host)
    layout.addWidget(row)
    layout.addStretch(1)
    return host, row, buttons


def test_a_wide_row_keeps_its_buttons_on_one_line(qtbot) -> None:
    host, row, buttons = _row(qtbot)
    host.resize(row.sizeHint().width() + 40, 200)
    host.show()
    qtbot.waitExposed(host)
    assert len({b.geometry().top() for b in buttons}) == 1
    assert all(b.width() >= b.sizeHint().width() for b in buttons)


def test_a_narrow_row_wraps_and_asks_for_the_height_of_its_lines(qtbot) -> None:
    host, row, buttons = _row(qtbot)
    one_line = row.sizeHint().width()
    host.show()
    qtbot.waitExposed(host)
    host.resize(one_line // 2, 200)
    qtbot.waitUntil(lambda: len({b.geometry().top() for b in buttons}) > 1)
    assert host.minimumSizeHint().width() < one_line
    qtbot.waitUntil(lambda: row.height() >= buttons[-1].geometry().bottom())
    for button in buttons:  # each whole, inside the row, none over another
        assert row.rect().contains(button.geometry())
        assert button.width() >= button.minimumSizeHint().width()
        assert not any(
            button.geometry().intersects(other.geometry()) for other in buttons if other is not button
        )
