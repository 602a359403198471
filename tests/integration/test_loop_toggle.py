"""Turning Loop off or on changes only what happens at the clip's end, on each real backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.media.base import PlaybackState, VideoBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import Settings
from tests.numbered_clips import make_numbered_clip, read_number

FRAMES = 45  # one and a half seconds at 30 fps


@pytest.fixture(scope="module")
def numbered_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_numbered_clip(tmp_path_factory.mktemp("clips") / "numbered.mp4", frames=FRAMES)


def test_loop_off_plays_on_from_the_frame_shown_to_the_end_and_stops_there(
    qtbot, backend: VideoBackend, numbered_clip: Path, tmp_path: Path
) -> None:
    window = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    window.set_backend(backend)
    seen: list[int | None] = []
    backend.frameReady.connect(lambda image: seen.append(read_number(image)))
    window.open_path(numbered_clip)
    qtbot.waitUntil(lambda: len(seen) >= 8, timeout=20000)
    window.ui.loopButton.click()  # Loop off, in the middle of the clip
    assert not window.ui.actionLoop.isChecked()
    qtbot.waitUntil(lambda: backend.state == PlaybackState.PAUSED, timeout=20000)
    qtbot.wait(300)
    numbers = [n for n in seen if n is not None]
    assert numbers[0] == 0
    assert numbers.count(0) == 1, str(numbers)  # never back to the first frame
    assert numbers == sorted(numbers), numbers
    assert numbers[-1] == FRAMES - 1, numbers
    window.close()
