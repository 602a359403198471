"""A clip's frames kept on disk between starts (desktop.content.frames_cache, through clip_identity)."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.content import clip_identity
from desktop.content.clip_identity import clip_frames, frames_known
from desktop.content.frames_cache import MAX_FILE_BYTES, FramesCache
from desktop.content.media_info import MediaProblem
from desktop.domain.marks import ClipFrames
from tests.media_clips import make_clip


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    return {
        "constant": make_clip(folder / "c.mkv", frames=12, fps=24),
        "variable": make_clip(folder / "v.mp4", frames=8, fps=10, vfr_after=4),
    }


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """clip_identity with an empty memory, keeping frames in a folder of this test's own."""
    folder = tmp_path / "cache" / "clip-frames"
    for name in ("_disk", "_frames", "_untouched"):  # restored after the test
        monkeypatch.setattr(clip_identity, name, getattr(clip_identity, name))
    restart(folder)
    return folder


@pytest.fixture
def probes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The clips read with PyAV."""
    probed: list[Path] = []
    real_probe = clip_identity.probe
    monkeypatch.setattr(clip_identity, "probe", lambda path: probed.append(path) or real_probe(path))
    return probed


def restart(folder: Path, limit: int = 200) -> None:
    """As a new start of Supple: nothing in memory, the same cache folder."""
    clip_identity._frames = OrderedDict()
    clip_identity._untouched = set()
    clip_identity.use_cache(folder)
    assert clip_identity._disk is not None
    clip_identity._disk.limit = limit


def test_a_second_process_answers_from_disk_without_importing_pyav(
    clips: dict[str, Path], cache: Path
) -> None:
    paths = [clips["constant"], clips["variable"]]
    first = [clip_frames(p) for p in paths]
    assert [type(f) for f in first] == [ClipFrames, ClipFrames]
    assert [f.variable for f in first if isinstance(f, ClipFrames)] == [False, True]
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from desktop.content import clip_identity\n"
        "clip_identity.use_cache(Path(sys.argv[1]))\n"
        "known = [clip_identity.frames_known(Path(p)) for p in sys.argv[2:]]\n"
        "answers = [repr(clip_identity.clip_frames(Path(p))) for p in sys.argv[2:]]\n"
        "av = sorted(m for m in sys.modules if m == 'av' or m.startswith('av.'))\n"
        "print(json.dumps({'known': known, 'answers': answers, 'av': av}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(cache), *map(str, paths)], capture_output=True, text=True, check=True
    )
    second = json.loads(run.stdout)
    assert second == {"known": [True, True], "answers": [repr(f) for f in first], "av": []}, run.stderr


def test_a_changed_file_is_read_again(tmp_path: Path, cache: Path, probes: list[Path]) -> None:
    clip = make_clip(tmp_path / "c.mp4", frames=8, fps=10)
    clip_frames(clip)
    restart(cache)
    assert frames_known(clip)
    assert clip_frames(clip) == ClipFrames(fps=10.0, count=8, duration=pytest.approx(0.8))
    assert len(probes) == 1
    st = os.stat(clip)
    os.utime(clip, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # same size, new time
    restart(cache)
    assert not frames_known(clip)
    clip_frames(clip)
    assert len(probes) == 2
    make_clip(clip, frames=5, fps=10)  # new content
    restart(cache)
    assert not frames_known(clip)
    again = clip_frames(clip)
    assert len(probes) == 3 and isinstance(again, ClipFrames) and again.count == 5


def test_problems_are_not_kept_on_disk(tmp_path: Path, cache: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video at all")
    assert isinstance(clip_frames(text), MediaProblem)
    assert not cache.exists() or not list(cache.iterdir())
    restart(cache)
    assert not frames_known(text)


def _edit(**changes: object) -> Callable[[bytes], bytes]:
    def spoil(good: bytes) -> bytes:
        entry = json.loads(good)
        entry.update(changes)
        return json.dumps(entry).encode()  # NaN and Infinity as Python writes them

    return spoil


def _raw(field: str, text: str) -> Callable[[bytes], bytes]:
    return lambda good: re.sub(rb'"%s":[^,]+,' % field.encode(), f'"{field}":{text},'.encode(), good)


HOSTILE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "not text": lambda good: b"\xff\xfe\x00garbage",
    "a list": lambda good: b"[1, 2, 3]",
    "deeply nested": lambda good: b"[" * 200_000,
    "too large": lambda good: good + b" " * MAX_FILE_BYTES,
    "another format": _edit(format="supple.clip-frames/0"),
    "another file": _edit(path="/elsewhere/v.mp4"),
    "fps NaN": _edit(fps=float("nan")),
    "fps 0": _edit(fps=0.0),
    "fps negative": _edit(fps=-30.0),
    "fps text": _edit(fps="30"),
    "count negative": _edit(count=-8),
    "count huge": _edit(count=10**30),
    "count of 5000 digits": _raw("count", "9" * 5000),
    "count true": _edit(count=True),
    "count fractional": _edit(count=7.5),
    "duration infinite": _raw("duration", "1e999"),
    "duration -Infinity": _edit(duration=float("-inf")),
    "times NaN": _edit(times=[0.0, 0.1, float("nan"), 0.3, 0.4, 0.7, 1.0, 1.3]),
    "times decreasing": _edit(times=[0.0, 0.1, 0.2, 0.3, 0.4, 0.7, 0.6, 1.3]),
    "times not from 0": _edit(times=[0.5, 0.6, 0.7, 0.8, 0.9, 1.2, 1.5, 1.8]),
    "times too few": _edit(times=[0.0, 0.1]),
    "times text": _edit(times="0.0 0.1"),
    "times of integers": _edit(times=list(range(8))),
}


@pytest.mark.parametrize("spoil", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_bad_cache_file_is_ignored_with_one_warning_and_replaced(
    clips: dict[str, Path],
    cache: Path,
    probes: list[Path],
    caplog: pytest.LogCaptureFixture,
    spoil: Callable[[bytes], bytes],
) -> None:
    clip = clips["variable"]
    good_frames = clip_frames(clip)
    [file] = cache.glob("*.json")
    good = file.read_bytes()
    file.write_bytes(spoil(good))
    restart(cache)
    with caplog.at_level(logging.WARNING, logger="desktop.content.frames_cache"):
        assert not frames_known(clip)  # as the window asks first, on the GUI thread
        assert clip_frames(clip) == good_frames
    assert [r.getMessage() for r in caplog.records] == [caplog.records[0].getMessage()]
    assert str(file) in caplog.records[0].getMessage()
    assert len(probes) == 2 and file.read_bytes() == good
    restart(cache)
    assert frames_known(clip) and clip_frames(clip) == good_frames and len(probes) == 2


def test_a_fifo_in_place_of_a_cache_file_never_blocks(
    clips: dict[str, Path], cache: Path, probes: list[Path]
) -> None:
    clip = clips["constant"]
    good_frames = clip_frames(clip)
    [file] = cache.glob("*.json")
    file.unlink()
    os.mkfifo(file)
    restart(cache)
    assert not frames_known(clip)
    assert clip_frames(clip) == good_frames and len(probes) == 2 and file.is_file()


def test_the_least_recently_used_clips_are_dropped_past_the_limit(
    tmp_path: Path, cache: Path, probes: list[Path]
) -> None:
    a, b, c = (make_clip(tmp_path / f"{name}.mp4", frames=4 + i, fps=10) for i, name in enumerate("abc"))
    restart(cache, limit=2)
    clip_frames(a)
    clip_frames(b)
    restart(cache, limit=2)
    assert frames_known(a)  # used again (as the window asks: first on the GUI thread, then a worker)
    clip_frames(a)
    clip_frames(c)
    assert len(list(cache.glob("*.json"))) == 2
    restart(cache, limit=2)
    assert [frames_known(p) for p in (a, b, c)] == [True, False, True]
    assert len(probes) == 3


def test_a_cache_that_cannot_be_written_changes_nothing_but_the_next_start(
    tmp_path: Path, clips: dict[str, Path], cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    restart(blocked / "clip-frames")
    with caplog.at_level(logging.INFO, logger="desktop.content.frames_cache"):
        assert isinstance(clip_frames(clips["constant"]), ClipFrames)
        assert isinstance(clip_frames(clips["variable"]), ClipFrames)
    assert len(caplog.records) == 1 and "not kept on disk" in caplog.records[0].getMessage()
    restart(blocked / "clip-frames")
    assert not frames_known(clips["constant"])


def test_temporary_files_of_an_interrupted_write_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "frames"
    folder.mkdir()
    old, fresh = folder / ".frames-old.tmp", folder / ".frames-new.tmp"
    old.write_text("{")
    fresh.write_text("{")
    os.utime(old, (1, 1))
    FramesCache(folder).save(("/clip.mp4", 1, 1), ClipFrames(fps=25.0, count=3, duration=0.12))
    assert not old.exists() and fresh.exists()
