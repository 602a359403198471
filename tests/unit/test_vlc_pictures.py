"""The libVLC backend's picture buffers: lent to the GUI thread as QImages without a copy, free again
once no copy of the QImage is left, and the loop's first frames kept as real copies, made once."""

from __future__ import annotations

import ctypes

from PySide6.QtGui import QImage

from desktop.media.frame_table import FrameTable
from desktop.media.frame_tracker import KEPT_FRAMES, Verdict
from desktop.media.vlc_pictures import SPARE_BUFFERS, Pictures, keep_first_frame, lend

W, H = 8, 4


def painted(pictures: Pictures, index: int, value: int) -> None:
    buffer = pictures.buffer(index)
    assert buffer is not None
    ctypes.memset(buffer, value, W * 4 * H)


def test_a_lent_picture_is_the_buffer_itself_and_the_buffer_comes_back_with_its_last_copy() -> None:
    pictures = Pictures(W, H)
    index = pictures.free()
    assert index is not None
    painted(pictures, index, 0x40)
    pictures.held.add(index)
    back: list[int] = []
    buffer = pictures.buffer(index)
    assert buffer is not None
    image = lend(buffer, W, H, lambda: back.append(index))
    assert image.format() == QImage.Format.Format_RGB32  # drawn as it is, no conversion
    assert image.pixel(0, 0) & 0xFFFFFF == 0x404040
    painted(pictures, index, 0x80)  # (never done while lent: it shows that nothing was copied)
    assert image.pixel(0, 0) & 0xFFFFFF == 0x808080
    shared = QImage(image)
    del image
    assert back == []  # a copy still shows it
    del shared
    assert back == [index]


def test_buffers_are_made_as_needed_up_to_the_spares_and_a_held_one_is_never_handed_out() -> None:
    pictures = Pictures(W, H)
    handed = []
    for _ in range(SPARE_BUFFERS):
        index = pictures.free()
        assert index is not None and index not in handed
        pictures.held.add(index)
        handed.append(index)
    assert pictures.free() is None and len(pictures) == SPARE_BUFFERS
    pictures.give_back(handed[2])
    assert pictures.free() == handed[2]


def test_a_buffer_made_past_the_spares_is_freed_when_given_back() -> None:
    pictures = Pictures(W, H)
    for _ in range(SPARE_BUFFERS):
        index = pictures.free()
        assert index is not None
        pictures.held.add(index)
    extra = pictures.make()
    pictures.held.add(extra)
    assert len(pictures) == SPARE_BUFFERS + 1
    pictures.give_back(extra)
    assert len(pictures) == SPARE_BUFFERS and pictures.buffer(extra) is None


def frame(value: int) -> QImage:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(value)
    return image


def test_the_loops_first_frames_are_kept_as_copies_made_once_per_picture() -> None:
    table: FrameTable[QImage] = FrameTable()
    lent = frame(0x111111)
    keep_first_frame(table, 5, Verdict(index=5, crc=7, cache=True), lent)
    kept = table.images[5]
    assert kept.cacheKey() != lent.cacheKey()  # a copy of its own, not the buffer lent
    lent.fill(0x222222)
    assert kept.pixel(0, 0) & 0xFFFFFF == 0x111111
    keep_first_frame(table, 5, Verdict(index=5, crc=7, cache=True), lent)
    assert table.images[5] is kept  # the same frame again, at the next wrap: no new copy
    keep_first_frame(table, 5, Verdict(index=5, crc=8, cache=True), lent)
    assert table.images[5].pixel(0, 0) & 0xFFFFFF == 0x222222  # another picture: copied again
    assert table.image_bytes == kept.sizeInBytes()


def test_only_the_loops_first_frames_are_kept() -> None:
    table: FrameTable[QImage] = FrameTable()
    for index in range(12):
        keep_first_frame(table, 5, Verdict(index=index, crc=index, cache=True), frame(index))
    assert sorted(table.images) == list(range(5, 5 + KEPT_FRAMES))  # not frame 0: it is never shown
    keep_first_frame(table, 0, Verdict(index=0, crc=0, cache=True), frame(0))
    assert 0 in table.images  # a loop that starts at 0
