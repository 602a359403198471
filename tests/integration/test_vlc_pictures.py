"""libVLC's pictures reach the window without a copy per frame, and stay as they were while held."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.integration.test_backends import assert_loops
from tests.numbered_clips import make_numbered_clip, read_number


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_numbered_clip(tmp_path_factory.mktemp("clips") / "numbered.mp4", frames=30)


def test_libvlc_lends_its_pictures_and_never_writes_into_one_a_receiver_holds(
    qtbot, qapp, clip: Path, require_vlc: None
) -> None:
    from desktop.media.vlc_backend import VlcBackend
    from desktop.media.vlc_loader import load_vlc
    from desktop.media.vlc_pictures import SPARE_BUFFERS

    backend = VlcBackend(load_vlc())
    seen: list[int | None] = []
    held: list[QImage] = []

    def on_frame(image: QImage) -> None:
        seen.append(read_number(image))
        if 10 <= (seen[-1] or 0) < 18 and len(held) < 8:  # (not the loop's first frames: kept copies)
            held.append(image)

    backend.frameReady.connect(on_frame)
    try:
        backend.load(clip)
        qtbot.waitUntil(lambda: len(seen) >= 100, timeout=30000)
        # Frames held while libVLC went on with more than its spare buffers' worth are intact.
        assert [read_number(image) for image in held] == list(range(10, 18))
        output = backend._output
        assert output.given_up == 0
        assert output.made_past_spare > 0  # (holding more than the spares: more were made, at once)
        backend.pause()
        qtbot.wait(200)
        # Each held frame is the very buffer libVLC rendered it into: clearing the buffers clears it.
        with output.mutex:
            for index in output.pictures.held:
                buffer = output.pictures.buffer(index)
                assert buffer is not None
                ctypes.memset(buffer, 0, output.pictures.picture_bytes)
        assert all(image.pixel(image.width() // 2, image.height() // 2) & 0xFFFFFF == 0 for image in held)
        held.clear()  # every buffer comes back: the pool shrinks to its spares
        assert len(output.pictures) <= SPARE_BUFFERS
        assert len(output.pictures.held) <= 1  # the frame on screen, if a receiver keeps it
    finally:
        backend.close()
    assert assert_loops(seen, 0, 29) >= 2
