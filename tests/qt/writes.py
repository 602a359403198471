"""Waiting for the store writes the views start in the background (desktop/qt/tasks.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.qt.tasks import Task


def settle_writes() -> None:
    """Every serial store write started so far has ended, and what it posted has been delivered."""
    assert Task.wait_all(10)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
