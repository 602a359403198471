"""Media keys inside the window: the same commands as Space, the arrows and End Session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.engine import FakeClock, SessionState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from tests.qt.test_session_window import two_sided_routine


def press(widget: QWidget, key: Qt.Key) -> None:
    """A media key, as a keyboard sends it (with no text: QTest would warn it cannot spell it)."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, "", Qt.KeyboardModifier.NoModifier)


def test_media_keys_pause_resume_skip_back_and_end_a_session(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    window.library_dock.show()
    # Anywhere in the window, not only in the central area as Space is.
    press(window.library_dock.widget(), Qt.Key.Key_MediaTogglePlayPause)
    assert window.session.state is SessionState.PAUSED
    press(window, Qt.Key.Key_MediaPlay)
    assert window.session.state is SessionState.RUNNING
    press(window, Qt.Key.Key_MediaPause)
    assert window.session.state is SessionState.PAUSED
    press(window, Qt.Key.Key_MediaPlay)
    first = window.session.phase
    assert first is not None
    press(window, Qt.Key.Key_MediaNext)
    skipped = window.session.phase
    assert skipped is not None and skipped.index > first.index
    press(window, Qt.Key.Key_MediaPrevious)
    back = window.session.phase
    assert back is not None and back.index < skipped.index
    press(window, Qt.Key.Key_MediaStop)
    assert window.session.state is SessionState.FINISHED


def test_media_keys_play_and_pause_the_clip_without_a_session(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    qtbot.waitUntil(lambda: fake.state.value == "playing")
    press(window, Qt.Key.Key_MediaPause)
    assert fake.state.value == "paused"
    press(window, Qt.Key.Key_MediaTogglePlayPause)
    assert fake.state.value == "playing"
    press(window, Qt.Key.Key_MediaNext)
    assert window.current_row == 1
