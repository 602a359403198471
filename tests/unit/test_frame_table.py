"""The libVLC backend's frame tables: sample checksums, and the bound on what the tables keep."""

from __future__ import annotations

import zlib

from desktop.media.frame_table import BYTES_PER_FRAME, SAMPLE_ROW_STEP, FrameTable, FrameTables, checksum

ROW = 64 * 4  # bytes of a row of a 64-pixel-wide RGB32 picture
ROWS = 48


def picture(changed_row: int | None = None) -> memoryview:
    data = bytearray(i % 251 for i in range(ROW * ROWS))
    if changed_row is not None:
        data[changed_row * ROW + 5] ^= 0xFF
    return memoryview(bytes(data))


def test_the_full_checksum_is_the_crc_of_the_whole_picture() -> None:
    assert checksum(picture(), ROW, ROWS, full=True) == zlib.crc32(picture())


def test_the_sample_checksum_tells_pictures_apart_in_the_rows_it_samples() -> None:
    sampled = SAMPLE_ROW_STEP // 2
    assert checksum(picture(sampled), ROW, ROWS, full=False) != checksum(picture(), ROW, ROWS, full=False)


def test_pictures_that_differ_between_the_rows_sampled_share_a_sample_and_differ_in_full() -> None:
    """So a clip of such frames collides in its table and falls back to whole pictures."""
    between = SAMPLE_ROW_STEP // 2 + 1
    a, b = picture(), picture(between)
    assert checksum(a, ROW, ROWS, full=False) == checksum(b, ROW, ROWS, full=False)
    assert checksum(a, ROW, ROWS, full=True) != checksum(b, ROW, ROWS, full=True)
    table = FrameTable[str]()
    table.record(0, checksum(a, ROW, ROWS, full=False))
    assert not table.collided
    table.record(1, checksum(b, ROW, ROWS, full=False))
    assert table.collided


def test_a_full_table_may_hold_identical_pictures() -> None:
    table = FrameTable[str]()
    table.learn_in_full()
    table.record(0, 5)
    table.record(1, 5)
    assert not table.collided and table.frames_with(5) == [0, 1]


def key(n: int) -> tuple[str, int, int]:
    return (f"/clips/{n}.mp4", 1000 + n, n)


def fill(table: FrameTable[str], frames: int, images: int = 0, image_bytes: int = 0) -> None:
    for i in range(frames):
        table.record(i, 1000 * id(table) + i)
    table.image_bytes = image_bytes
    for i in range(images):
        table.images[i] = f"frame {i}"


def test_only_the_table_on_screen_keeps_pictures() -> None:
    tables = FrameTables[str](budget_bytes=10**9)
    first = tables.table(key(1))
    fill(first, 30, images=4, image_bytes=1000)
    second = tables.table(key(2))
    assert first.images == {} and len(first.crcs) == 30  # its checksums stay
    assert tables.table(key(1)) is first
    assert second.crcs == {}


def test_tables_over_the_budget_are_forgotten_least_recently_played_first() -> None:
    frames = 100
    tables = FrameTables[str](budget_bytes=3 * frames * BYTES_PER_FRAME)
    played = []
    for n in range(5):
        played.append(tables.table(key(n)))
        fill(played[-1], frames)
    tables.table(key(5))
    assert len(tables) <= 4 and tables.size_bytes() <= tables.budget_bytes
    assert tables.table(key(4)) is played[4]  # the most recent are kept
    assert tables.table(key(0)) is not played[0]  # the oldest was forgotten: learnt again


def test_the_table_in_use_and_its_pictures_stay_whatever_the_budget() -> None:
    tables = FrameTables[str](budget_bytes=1)
    table = tables.table(key(1))
    fill(table, 50, images=4, image_bytes=4_000_000)
    tables.trim()
    assert tables.table(key(1)) is table and len(table.images) == 4
    tables.table(key(2))
    assert len(tables) == 1  # the first went when it was no longer in use
