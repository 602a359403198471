"""Saving a routine made in the app into the library: clips copied once by content, the routine file
written atomically, registered in the store; on a full disk nothing half-written is left and the
previous version is still the routine (a real tmpfs that fills up, tests/mounts.py)."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest

from desktop.content import load_routine
from desktop.content.routine_save import is_own, own_file, routine_id_for, save_own_routine
from desktop.domain import Clip, Routine, Step
from desktop.store import Store
from tests.mounts import fill, tmpfs

FAKE_CLIP = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00fake clip"


def made(tmp_path: Path, title: str = "Knee rehab", clip_bytes: bytes = FAKE_CLIP) -> Routine:
    source = tmp_path / "phone" / f"clip-{hashlib.sha1(clip_bytes).hexdigest()[:6]}.MP4"
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(clip_bytes)
    step = Step(id="step-1", title="Heel slides", clip="c", hold=20)
    return Routine(id="knee-rehab", title=title, steps=(step,), clips={"c": Clip("c", source)})


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_routine_is_saved_with_its_clips_named_by_content_and_registered(
    tmp_path: Path, store: Store
) -> None:
    library = tmp_path / "library"
    routine = made(tmp_path)
    saved = save_own_routine(routine, library, store.library)
    target = own_file(library, "knee-rehab")
    assert saved.source == target and is_own(saved, library)
    name = hashlib.sha256(FAKE_CLIP).hexdigest() + ".mp4"
    assert files(target.parent) == {"clips/" + name: FAKE_CLIP, target.name: target.read_bytes()}
    assert '"file": "clips/' + name + '"' in target.read_text()
    assert routine.clips["c"].file.read_bytes() == FAKE_CLIP  # the source is left as it was
    entry = store.library.get("knee-rehab")
    assert entry is not None and entry.source == target and entry.title == "Knee rehab"
    assert load_routine(target).clips["c"].file == target.parent / "clips" / name
    # Saved again (from the library's own copy): the clip is not copied again.
    again = save_own_routine(saved, library, store.library)
    assert again.clips["c"].file == saved.clips["c"].file
    assert len(list((target.parent / "clips").iterdir())) == 1
    assert not is_own(
        load_routine(Path(__file__).parents[2] / "resources/routines/scorpion-stretch.supple.json"), library
    )


def test_ids_come_from_the_title_and_never_repeat() -> None:
    assert routine_id_for("Knee rehab: week 2!", []) == "knee-rehab-week-2"
    assert routine_id_for("Knee rehab", ["knee-rehab", "knee-rehab-2"]) == "knee-rehab-3"
    assert routine_id_for("…", []) == "routine"


@pytest.mark.parametrize("new_clip", [True, False], ids=["a new clip", "the same clips"])
def test_a_full_disk_leaves_nothing_half_written_and_the_previous_version(
    tmp_path: Path, store: Store, new_clip: bool
) -> None:
    with tmpfs(tmp_path / "mnt", "2m") as mounted:
        library = mounted / "library"
        first = save_own_routine(made(tmp_path), library, store.library)
        folder = own_file(library, "knee-rehab").parent
        before = files(folder)
        filler = fill(mounted)
        second = made(tmp_path, "Knee rehab, harder", FAKE_CLIP + b"new" if new_clip else FAKE_CLIP)
        with pytest.raises(OSError) as raised:
            save_own_routine(second, library, store.library)
        assert raised.value.errno == errno.ENOSPC
        assert files(folder) == before  # no temporary file, no part of a clip, the old routine file
        assert load_routine(first.source).title == "Knee rehab"
        entry = store.library.get("knee-rehab")
        assert entry is not None and entry.title == "Knee rehab"
        filler.unlink()  # room again: the same save goes through
        assert save_own_routine(second, library, store.library).title == "Knee rehab, harder"


def test_a_first_save_on_a_full_disk_leaves_no_folder(tmp_path: Path, store: Store) -> None:
    with tmpfs(tmp_path / "mnt", "2m") as mounted:
        library = mounted / "library"
        library.mkdir()
        fill(mounted)
        with pytest.raises(OSError):
            save_own_routine(made(tmp_path), library, store.library)
        assert list(library.iterdir()) == [] and store.library.get("knee-rehab") is None
