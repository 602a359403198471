"""A short soak (bench/soak.py): after a warm-up, nothing Supple holds grows while it plays.

Counts, not times: threads, open file descriptors, Qt objects under the window and the
application, and the libVLC media objects the backend holds are back at their baseline after each
part (loop wraps, step switches across clips, sessions started and ended, dock openings).

Memory is not asserted here: in a minute its peak is noise. Runs with nothing leaking gave a peak
after the warm-up from 0 to 24 MB over the peak during it, on either backend, and a longer warm-up
did not steady it. bench/soak.py measures the growth over the issue's full counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bench.soak import COUNTS, soak

PLAN = {"wraps": 150, "switches": 40, "sessions": 10, "docks": 20}


@pytest.mark.parametrize("backend", ["vlc", "qt"])
def test_nothing_grows_in_a_short_soak(request: pytest.FixtureRequest, qapp: Any, backend: str) -> None:
    if backend == "vlc":
        request.getfixturevalue("require_vlc")
    run = soak(backend, PLAN)
    assert run.done["wraps"] >= PLAN["wraps"]
    assert run.done["switches"] == PLAN["switches"]
    assert run.done["sessions"] == PLAN["sessions"]
    for part, counts in run.after.items():
        for name in COUNTS:
            assert counts[name] <= run.baseline[name], (part, name, run.baseline[name], counts[name])


def test_the_libvlc_media_of_each_clip_loaded_is_released(
    request: pytest.FixtureRequest, qapp: Any, qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """python-vlc never releases a media itself: one was kept alive in libVLC per clip loaded."""
    request.getfixturevalue("require_vlc")
    import vlc

    from desktop.media.vlc_backend import VlcBackend
    from desktop.media.vlc_loader import load_vlc
    from tests.numbered_clips import make_numbered_clip

    made: list[Any] = []
    released: list[Any] = []

    def spy(method: Callable[..., Any], into: list[Any]) -> Callable[..., Any]:
        def call(self: Any, *args: Any) -> Any:
            result = method(self, *args)
            into.append(result if method is new_media else self)
            return result

        return call

    new_media = vlc.Instance.media_new_path
    monkeypatch.setattr(vlc.Instance, "media_new_path", spy(new_media, made))
    monkeypatch.setattr(vlc.Media, "release", spy(vlc.Media.release, released))
    clip = make_numbered_clip(tmp_path / "clip.mp4", frames=10)
    backend = VlcBackend(load_vlc())
    frames: list[object] = []
    backend.frameReady.connect(frames.append)
    for _ in range(4):
        count = len(frames)
        backend.load(clip)
        qtbot.waitUntil(lambda count=count: len(frames) > count, timeout=10000)
    assert len(made) == 4 and len(released) == 3  # every clip but the one playing
    backend.close()
    backend.deleteLater()
    assert sorted(map(id, released)) == sorted(map(id, made))
