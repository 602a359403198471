"""Cheap checks of clip files before decoding: text, truncated and index-less MP4s."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.media.probe import content_problem
from tests.numbered_clips import make_numbered_clip


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_numbered_clip(tmp_path_factory.mktemp("probe") / "ok.mp4", frames=10)


def test_a_good_clip_has_no_problem(clip: Path) -> None:
    assert content_problem(clip) is None


def test_text_named_like_a_clip_is_not_a_video(tmp_path: Path) -> None:
    bad = tmp_path / "notes.mp4"
    bad.write_text("Warm-up notes: hips first, then the back.\n" * 20)
    assert content_problem(bad) == f"{bad}: this is not a video file (it contains text)"


def test_truncated_mp4_says_how_many_bytes_are_missing(clip: Path, tmp_path: Path) -> None:
    data = clip.read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) - 1000])
    problem = content_problem(cut)
    assert problem is not None
    assert "truncated" in problem and "1,000 more bytes" in problem and str(cut) in problem


def test_mp4_without_its_index_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "no-index.mp4"
    bad.write_bytes(b"\x00\x00\x00\x10ftypisom\x00\x00\x02\x00" + b"\x00\x00\x00\x10mdat" + bytes(8))
    problem = content_problem(bad)
    assert problem is not None and "no 'moov' index" in problem


def test_unknown_binary_is_left_to_the_decoder(tmp_path: Path) -> None:
    odd = tmp_path / "odd.mkv"
    odd.write_bytes(bytes(range(256)) * 4)
    assert content_problem(odd) is None
