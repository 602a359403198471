"""Elided labels show what fits and end in "…", on one line or on a few."""

from __future__ import annotations

from desktop.qt.elided_label import ElidedLabel

TEXT = "Lie on your front on a mat. Fold a towel and rest your forehead on it, so your neck can let go."


def test_one_line_ends_in_an_ellipsis_and_fits(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    label.setText(TEXT)
    label.resize(120, 30)
    assert label.full_text() == TEXT
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    label.resize(2000, 30)
    assert label.text() == TEXT


def test_a_few_lines_wrap_at_words_and_the_last_ends_in_an_ellipsis(qtbot) -> None:
    label = ElidedLabel(max_lines=2)
    qtbot.addWidget(label)
    label.show()
    label.setText(TEXT)
    label.resize(160, 60)
    lines = label.text().split("\n")
    assert len(lines) == 2
    assert TEXT.startswith(lines[0])
    assert lines[1].endswith("…")
    assert all(label.fontMetrics().horizontalAdvance(line) <= 160 for line in lines)
