"""What a routine file may copy into the library and a bundle may ship: clips and posters that are
video and pictures by their first bytes, and files from outside the routine's folders only when the
person allows it. A refusal changes nothing in the data folder or the store."""

from __future__ import annotations

import dataclasses
import json
import os
import zipfile
from pathlib import Path

import pytest

from desktop.content.bundle import BundleError
from desktop.content.bundle_write import write_routine_bundle
from desktop.content.clip_files import media_file_problem
from desktop.content.library_cli import export_item
from desktop.content.library_import import OutsideClips, import_path
from desktop.content.problems import RoutineError
from desktop.content.routine import load_routine
from desktop.content.signatures import is_image_file, is_video_file
from desktop.paths import DataPaths
from desktop.store import Store
from tests.unit.test_bundle_hostile import MP4_HEAD, rows, snapshot

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"


def write_routine(path: Path, clip: str, poster: str | None = None) -> Path:
    clip_doc = {"file": clip} | ({"poster": poster} if poster is not None else {})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({
            "format": "supple.routine/1", "id": "lure", "title": "Lure",
            "clips": {"a": clip_doc},
            "steps": [{"id": "one", "title": "One", "clip": "a", "hold": 10}],
        }),
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder with a private key, beside the folder routines are downloaded to."""
    ssh = tmp_path / "home" / ".ssh"
    ssh.mkdir(parents=True)
    (ssh / "id_ed25519").write_bytes(SECRET)
    return tmp_path / "home"


def refused_import(paths: DataPaths, store: Store, file: Path, **options: bool) -> BundleError:
    """Import `file`, expect a refusal that changes nothing around it; returns the error."""
    watched = paths.root.parent
    before, before_rows = snapshot(watched), rows(store)
    with pytest.raises(BundleError) as caught:
        import_path(paths, store, file, **options)
    assert snapshot(watched) == before
    assert rows(store) == before_rows
    assert str(file) in str(caught.value)
    return caught.value


def test_a_routine_naming_proc_self_environ_is_refused_with_or_without_the_flag(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    routine = write_routine(tmp_path / "downloads" / "lure.supple.json", "/proc/self/environ")
    error = refused_import(paths, store, routine)
    assert isinstance(error, OutsideClips)
    assert error.files == (Path("/proc/self/environ").resolve(),)
    assert "--allow-outside-clips" in error.message
    assert [p.path for p in error.problems] == ["clips.a.file"]
    assert "'/proc/self/environ' is an absolute path" in error.problems[0].message

    allowed = refused_import(paths, store, routine, allow_outside_clips=True)
    assert not isinstance(allowed, OutsideClips)
    assert "clips.a.file" in str(allowed)
    assert "the clip file is in /proc, which shows the running system" in str(allowed)
    assert not paths.library.exists()


@pytest.mark.parametrize("how", ["absolute", "relative", "link"])
def test_a_private_key_outside_the_folder_is_refused_with_or_without_the_flag(
    tmp_path: Path, paths: DataPaths, store: Store, home: Path, how: str
) -> None:
    key = home / ".ssh" / "id_ed25519"
    folder = tmp_path / "downloads" / "lure"
    folder.mkdir(parents=True)
    if how == "link":  # a link beside the routine, to the key: its target is what would be copied
        (folder / "clip.mp4").symlink_to(key)
    clip = {"absolute": str(key), "relative": "../../home/.ssh/id_ed25519", "link": "clip.mp4"}[how]
    routine = write_routine(folder / "lure.supple.json", clip)

    error = refused_import(paths, store, routine)
    assert isinstance(error, OutsideClips)
    assert error.files == (key,)
    assert f"clips.a.file: '{clip}'" in str(error) and str(key) in str(error)

    allowed = refused_import(paths, store, routine, allow_outside_clips=True)
    assert "is not a video (expected MP4, MOV, MKV, WebM or AVI; its first bytes match none of them)" in str(
        allowed
    )


def test_a_private_key_inside_the_folder_is_refused_as_not_a_video(
    paths: DataPaths, store: Store, home: Path
) -> None:
    routine = write_routine(home / "lure.supple.json", ".ssh/id_ed25519")  # no question: it is inside
    error = refused_import(paths, store, routine)
    assert not isinstance(error, OutsideClips)
    assert "clips.a.file" in str(error) and "is not a video" in str(error)


def test_a_poster_must_be_a_picture(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    folder = tmp_path / "r"
    (folder / "clips").mkdir(parents=True)
    (folder / "clips" / "a.mp4").write_bytes(MP4_HEAD + b"video")
    (folder / "clips" / "a.png").write_bytes(MP4_HEAD + b"a video named like a picture")
    routine = write_routine(folder / "lure.supple.json", "clips/a.mp4", "clips/a.png")
    error = refused_import(paths, store, routine)
    assert "clips.a.poster" in str(error) and "not an image" in str(error)


def test_an_outside_video_is_copied_when_allowed_and_exported(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    video = tmp_path / "videos" / "bridge.mp4"
    video.parent.mkdir()
    video.write_bytes(MP4_HEAD + b"a real enough video")
    routine = write_routine(tmp_path / "downloads" / "lure" / "lure.supple.json", str(video))
    assert isinstance(refused_import(paths, store, routine), OutsideClips)
    result = import_path(paths, store, routine, allow_outside_clips=True)
    copied = result.routines[0].clips["a"].file
    assert copied == paths.library / "lure" / "clips" / "bridge.mp4"
    assert copied.read_bytes() == video.read_bytes()
    bundle = tmp_path / "lure.supple"
    assert export_item(paths, "lure", bundle, out := _Text()) == 0, out.text
    with zipfile.ZipFile(bundle) as zf:
        assert zf.read("clips/bridge.mp4") == video.read_bytes()


def test_the_bundle_layout_of_clips_beside_the_routine_folder_needs_no_question(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    """The layout of an unpacked bundle's routine, `routines/<id>/<id>.supple.json` with `../clips/`."""
    clips = tmp_path / "unpacked" / "clips"
    clips.mkdir(parents=True)
    (clips / "a.mp4").write_bytes(MP4_HEAD + b"video")
    routine = write_routine(tmp_path / "unpacked" / "lure" / "lure.supple.json", "../clips/a.mp4")
    assert import_path(paths, store, routine).routines[0].id == "lure"


def test_export_never_ships_a_file_that_is_not_a_clip(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    folder = tmp_path / "r"
    (folder / "clips").mkdir(parents=True)
    (folder / "clips" / "a.mp4").write_bytes(MP4_HEAD + b"video")
    import_path(paths, store, write_routine(folder / "lure.supple.json", "clips/a.mp4"))
    (paths.library / "lure" / "clips" / "a.mp4").write_bytes(SECRET)  # changed in the library since
    out = _Text()
    assert export_item(paths, "lure", tmp_path / "lure.supple", out) == 1
    assert "cannot be" in out.text and "clips.a.file" in out.text and "is not a video" in out.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r", "supple-data"]  # no bundle, no part file

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environ = write_routine(elsewhere / "lure.supple.json", "/proc/self/environ")
    with pytest.raises(RoutineError, match=r"clips\.a\.file: the clip file is in /proc"):
        load_routine(environ)
    # A routine made in memory (never validated) that names it is not bundled either.
    made = load_routine(folder / "lure.supple.json")
    clip = dataclasses.replace(made.clips["a"], file=Path("/proc/self/environ"))
    with pytest.raises(BundleError, match=r"the clip file is in /proc"):
        write_routine_bundle(dataclasses.replace(made, clips={"a": clip}), tmp_path / "environ.supple")
    assert not (tmp_path / "environ.supple").exists()


def test_special_files_are_never_clips(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.mp4"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.mp4"
    loop.symlink_to(loop)
    to_dev = tmp_path / "zero.mp4"
    to_dev.symlink_to("/dev/zero")
    assert "is not a regular file" in str(media_file_problem(fifo))
    assert "loop of symbolic links" in str(media_file_problem(loop))
    assert "is in /dev, which shows the running system" in str(media_file_problem(to_dev))
    assert "is in /sys, which shows the running system" in str(media_file_problem(Path("/sys")))
    assert "is a folder" in str(media_file_problem(tmp_path))
    assert "was not found" in str(media_file_problem(tmp_path / "nothing.mp4"))
    assert not is_video_file(fifo) and not is_image_file(fifo)  # and nothing waits for a writer


SIGNATURES = [
    (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "video"),  # MP4
    (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "video"),  # MOV
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", "video"),  # Matroska and WebM
    (b"RIFF\x24\x00\x00\x00AVI LIST", "video"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),
    (b"-----BEGIN OPENSSH PRIVATE KEY-----", None),
    (b"", None),
]


@pytest.mark.parametrize(("head", "kind"), SIGNATURES)
def test_files_are_known_by_their_first_bytes_not_their_names(tmp_path: Path, head: bytes, kind: str) -> None:
    for name in ("x.mp4", "x.png", "x.txt"):
        path = tmp_path / name
        path.write_bytes(head + bytes(64))
        assert is_video_file(path) == (kind == "video")
        assert is_image_file(path) == (kind == "image")


class _Text:
    def __init__(self) -> None:
        self.text = ""

    def write(self, s: str) -> int:
        self.text += s
        return len(s)

    def writelines(self, lines: object) -> None:
        for line in lines:
            self.write(line)


@pytest.mark.parametrize("suffix", [".avi", ".mkv", ".webm", ".mov"])
def test_a_routine_made_from_any_clip_type_exports_with_its_clip_stored_as_is(
    tmp_path: Path, paths: DataPaths, store: Store, suffix: str
) -> None:
    """Clips are compressed already: every container goes into the bundle stored, byte for byte."""
    from tests.media_clips import make_clip

    folder = tmp_path / "r"
    encoding = "vp9" if suffix == ".webm" else "mjpeg" if suffix == ".avi" else "h264"
    make_clip(folder / "clips" / f"a{suffix}", frames=3, fps=10, encoding=encoding)
    import_path(paths, store, write_routine(folder / "lure.supple.json", f"clips/a{suffix}"))
    bundle = tmp_path / "lure.supple"
    assert export_item(paths, "lure", bundle, out := _Text()) == 0, out.text
    with zipfile.ZipFile(bundle) as zf:
        info = zf.getinfo(f"clips/a{suffix}")
        assert info.compress_type == zipfile.ZIP_STORED
        assert zf.read(info) == (folder / "clips" / f"a{suffix}").read_bytes()
