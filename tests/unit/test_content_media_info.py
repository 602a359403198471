"""The pure-Python MP4/MOV duration reader, on real files made by ffmpeg and on crafted boxes."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from desktop.content.media_info import mp4_duration
from tests.unit.fixtures_content import make_mp4, make_webm


def _box(kind: bytes, body: bytes, *, large: bool = False) -> bytes:
    if large:
        return struct.pack(">I4sQ", 1, kind, 16 + len(body)) + body
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _mvhd(version: int, timescale: int, duration: int) -> bytes:
    if version == 1:
        times = struct.pack(">QQIQ", 0, 0, timescale, duration)
    else:
        times = struct.pack(">IIII", 0, 0, timescale, duration)
    return _box(b"mvhd", bytes([version, 0, 0, 0]) + times + bytes(80))


@pytest.mark.parametrize(
    ("seconds", "faststart", "container"),
    [(2, True, "mp4"), (2, False, "mp4"), (3, True, "mov"), (8, True, "mp4")],
    ids=["2s-moov-first", "2s-moov-last", "3s-mov", "8s"],
)
def test_reads_the_duration_of_a_real_clip(
    tmp_path: Path, seconds: float, faststart: bool, container: str
) -> None:
    clip = make_mp4(tmp_path / f"clip.{container}", seconds, faststart=faststart, container=container)

    assert mp4_duration(clip) == pytest.approx(seconds, abs=0.04)


def test_version_1_header_after_a_64_bit_sized_box(tmp_path: Path) -> None:
    data = _box(b"ftyp", b"isom\0\0\0\0") + _box(b"mdat", bytes(100), large=True)
    data += _box(b"moov", _box(b"udta", bytes(12)) + _mvhd(1, 600, 600 * 7 + 300))
    (tmp_path / "v1.mp4").write_bytes(data)

    assert mp4_duration(tmp_path / "v1.mp4") == 7.5


def test_box_of_size_zero_runs_to_the_end_of_the_file(tmp_path: Path) -> None:
    data = _box(b"ftyp", b"isom\0\0\0\0") + struct.pack(">I4s", 0, b"moov") + _mvhd(0, 1000, 2500)
    (tmp_path / "open-ended.mp4").write_bytes(data)

    assert mp4_duration(tmp_path / "open-ended.mp4") == 2.5


@pytest.mark.parametrize(
    "mvhd",
    [_mvhd(0, 1000, 0xFFFF_FFFF), _mvhd(1, 1000, 0xFFFF_FFFF_FFFF_FFFF), _mvhd(0, 0, 100), _mvhd(2, 1, 1)],
    ids=["unknown-v0", "unknown-v1", "zero-timescale", "unknown-version"],
)
def test_headers_without_a_usable_duration_give_none(tmp_path: Path, mvhd: bytes) -> None:
    (tmp_path / "odd.mp4").write_bytes(_box(b"moov", mvhd))

    assert mp4_duration(tmp_path / "odd.mp4") is None


def test_other_containers_and_broken_files_give_none(tmp_path: Path) -> None:
    webm = make_webm(tmp_path / "clip.webm", 1)
    whole = make_mp4(tmp_path / "whole.mp4", 2, faststart=False).read_bytes()
    (tmp_path / "truncated.mp4").write_bytes(whole[: len(whole) // 2])  # loses the moov at the end
    (tmp_path / "text.mp4").write_text("not a video at all, just some words\n")
    (tmp_path / "empty.mp4").write_bytes(b"")

    for name in (webm.name, "truncated.mp4", "text.mp4", "empty.mp4", "missing.mp4"):
        assert mp4_duration(tmp_path / name) is None, name
    assert mp4_duration(tmp_path) is None  # a folder
