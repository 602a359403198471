"""Hostile `.supple` bundles and routine files, generated: importing one either succeeds or raises a
documented error (BundleError and its kinds, RoutineError) whose message names the bundle and, when
the fault is in an entry, that entry; a refused import changes nothing in the data folder or the
store, and an accepted one copies only clips and posters that are what they claim to be.

The bundles are built from random entries (names with traversal, absolute paths, backslashes,
drive letters, Unicode in both normal forms, duplicates, nested folders; symbolic links, folders
and devices by their Unix mode; odd compression; random bytes; lying size fields), and from a real
export of the routine that ships with Supple, mutated entry by entry and byte by byte.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import shutil
import stat
import struct
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import event, given, note
from hypothesis import strategies as st

from desktop.content.bundle import DEFAULT_LIMITS, BundleError
from desktop.content.bundle_entries import name_problem
from desktop.content.bundle_write import write_routine_bundle
from desktop.content.bundled import bundled_routine_path
from desktop.content.library_import import OutsideClips, import_path
from desktop.content.problems import RoutineError
from desktop.content.routine import load_routine
from desktop.content.signatures import is_image_file, is_video_file
from desktop.paths import DataPaths, data_paths
from desktop.store import Store, open_store

pytestmark = pytest.mark.fuzz

MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"
ROUTINE = "fuzz.supple.json"
PLAYLIST = "fuzz.supple-playlist.json"


# -- the world: one data folder and store per module, put back after every example ---------------


@dataclass
class World:
    root: Path  # holds the data folder and the files "outside" a routine: watched for changes
    bundles: Path  # beside `root`, so that hashing the world does not hash every bundle
    paths: DataPaths
    store: Store

    def snapshot(self) -> dict[str, str]:
        """Every file and folder under `root` (the database files aside) with a hash of its bytes."""
        out = {}
        for p in sorted(self.root.rglob("*")):
            rel = p.relative_to(self.root).as_posix()
            mode = p.lstat().st_mode
            if stat.S_ISLNK(mode):
                out[rel] = "-> " + os.readlink(p)
            elif stat.S_ISDIR(mode):
                out[rel + "/"] = ""
            elif not stat.S_ISREG(mode):
                out[rel] = f"mode {stat.S_IFMT(mode):o}"  # a FIFO is never read
            elif not p.name.startswith("supple.sqlite3"):
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        return out

    def rows(self) -> tuple[object, ...]:
        return (self.store.library.entries(), self.store.playlists.entries())

    def reset(self) -> None:
        """Forget what an accepted import added, so that every example starts alike."""
        for entry in self.store.library.entries():
            self.store.library.remove(entry.id)
        for playlist in self.store.playlists.entries():
            self.store.playlists.remove(playlist.id)
        shutil.rmtree(self.paths.library, ignore_errors=True)


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    top = Path(tempfile.mkdtemp(prefix="supple-fuzz-bundles-"))
    paths = data_paths(top / "world" / "data")
    (top / "bundles").mkdir()
    try:
        with open_store(paths) as store:
            yield World(top / "world", top / "bundles", paths, store)
    finally:
        shutil.rmtree(top, ignore_errors=True)


@dataclass(frozen=True)
class Outcome:
    error: BaseException | None
    changed: bool


def attempt(world: World, file: Path, **options: bool) -> Outcome:
    """Import `file`; only the documented errors may come out, and a refusal changes nothing."""
    before, before_rows = world.snapshot(), world.rows()
    try:
        import_path(world.paths, world.store, file, **options)
    except (BundleError, RoutineError) as e:
        event(f"refused: {type(e).__name__}")
        note(f"refused: {e}")
        assert world.snapshot() == before, "a refused import changed the data folder"
        assert world.rows() == before_rows, "a refused import changed the store"
        return Outcome(e, False)
    event("accepted")
    try:
        assert not list(world.paths.root.glob(".import-*")), "the staging folder was left behind"
        for path in world.paths.library.rglob("*"):
            mode = path.lstat().st_mode
            assert stat.S_ISDIR(mode) or stat.S_ISREG(mode), f"{path} is not a plain file or folder"
        for entry in world.store.library.entries():
            note(f"accepted {entry.id} from {entry.source}")
            routine = load_routine(entry.source) if entry.source is not None else None
            for clip in routine.clips.values() if routine is not None else ():
                assert clip.file.is_relative_to(world.paths.library) and is_video_file(clip.file)
                assert clip.poster is None or clip.poster.is_relative_to(world.paths.library)
                assert clip.poster is None or is_image_file(clip.poster)
        return Outcome(None, world.snapshot() != before)
    finally:
        world.reset()  # a failed example must not change the next one


def shown_forms(name: str) -> set[str]:
    """How a message may show an entry's name: quoted, or escaped when it holds unprintable text."""
    return {f'"{name}"', repr(name), repr(name.encode("utf-8", "surrogateescape"))}


def assert_message(error: BaseException | None, bundle: Path, names: list[str] | None) -> None:
    """The first line names the bundle, stays one line, and an entry it names is one of the bundle's."""
    if error is None:
        return
    if isinstance(error, RoutineError):
        assert all(p.file for p in error.problems)
        return
    assert isinstance(error, BundleError)
    message = error.message
    assert str(bundle) in message, message
    assert "\n" not in message and "\r" not in message, message
    assert not any(c in message for c in "\x85\u2028\u2029"), message
    if names is not None and " entry " in message:
        assert any(form in message for name in names for form in shown_forms(name)), message


# -- building zips ---------------------------------------------------------------------------------


INTERESTING_NAMES = [
    ROUTINE,
    PLAYLIST,
    "clips/a.mp4",
    "clips/A.mp4",
    "clips/a.png",
    "clips/",
    "clips",
    "routines/other/other.supple.json",
    "routines/other/clips/a.mp4",
    "../evil.mp4",
    "clips/../../evil.mp4",
    "/etc/passwd",
    "//server/share/x",
    "clips\\..\\evil.mp4",
    "C:/evil.mp4",
    "c:evil.mp4",
    "clips/a.mp4:stream",
    "clips//a.mp4",
    "./clips/a.mp4",
    "clips/CON.mp4",
    "aux",
    "clips/a.mp4.",
    "clips/a.mp4 ",
    "clips/bell\x07.mp4",
    "clips/\u202egnp.mp4",
    "clips/line\u2028break.mp4",
    "clips/x\x85y.mp4",
    unicodedata.normalize("NFC", "clips/é.mp4"),
    unicodedata.normalize("NFD", "clips/é.mp4"),
    unicodedata.normalize("NFD", "CLIPS/É.MP4"),
    "clips/" + "x" * 300 + ".mp4",
    "clips/" + "y" * 600 + ".mp4",
    "z" * 300 + "/a.mp4",
    "clips/" + "é" * 130 + ".mp4",
    "a/" * 40 + "deep.mp4",
]

segment = st.one_of(
    st.sampled_from(["..", ".", "", "clips", "routines", "a.mp4", "a.png", ROUTINE, "é", "CON", "x:y"]),
    st.text(min_size=1, max_size=12),
)
entry_name = st.one_of(
    st.sampled_from(INTERESTING_NAMES),
    st.lists(segment, min_size=1, max_size=5).map("/".join),
    st.text(min_size=1, max_size=30),
)
clip_text = st.one_of(
    st.sampled_from(
        ["clips/a.mp4", "clips/a.png", "clips/A.mp4", "../clips/a.mp4", "../../evil.mp4", "/etc/hostname",
         "/proc/self/environ", "/dev/zero", "clips\\a.mp4", "clips", "clips/", "~/.ssh/id_ed25519", ""]
    ),
    entry_name,
)  # fmt: skip


@st.composite
def routine_bytes(draw: st.DrawFn) -> bytes:
    """A routine document: mostly well formed, with clip paths from the names a bundle might hold."""
    clips = draw(
        st.dictionaries(
            st.sampled_from(["a", "b", "c d", "É"]),
            st.fixed_dictionaries({"file": clip_text}, optional={"poster": clip_text}),
            max_size=3,
        )
    )
    document: object = {
        "format": draw(st.sampled_from(["supple.routine/1", "supple.routine/1", "supple.playlist/1", "x/1"])),
        "id": draw(st.sampled_from(["fuzz", "other", "scorpion-stretch", "Fuzz!", ""])),
        "title": draw(st.sampled_from(["Fuzz", "", "\u200b"])),
        "clips": clips,
        "steps": [
            {"id": f"s{i}", "title": "Step", "clip": clip_id, "hold": draw(st.sampled_from([10, 0, -1, "x"]))}
            for i, clip_id in enumerate(clips or {"a": None})
        ],
    }
    if draw(st.booleans()):
        document = {
            "format": "supple.playlist/1",
            "id": "fuzz-list",
            "title": "Fuzz list",
            "items": [{"routine": draw(st.sampled_from(["fuzz", "other", "scorpion-stretch"]))}],
        }
    raw = json.dumps(document).encode()
    return draw(
        st.sampled_from([raw, raw[: len(raw) // 2], b"\xef\xbb\xbf" + raw, raw.replace(b"{", b"[", 1)])
    )


entry_data = st.one_of(
    st.binary(max_size=64),
    st.binary(max_size=48).map(lambda b: MP4 + b),
    st.binary(max_size=48).map(lambda b: PNG + b),
    st.just(bytes(4096)),  # compresses well: a small bomb
)

PLAIN = (0, stat.S_IFREG, stat.S_IFDIR)
MODES = {
    "file": stat.S_IFREG | 0o644,
    "none": 0,
    "folder": stat.S_IFDIR | 0o755,
    "link": stat.S_IFLNK | 0o777,
    "fifo": stat.S_IFIFO | 0o644,
    "device": stat.S_IFCHR | 0o644,
    "socket": stat.S_IFSOCK | 0o644,
}


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes
    mode: str = "file"
    compression: int = zipfile.ZIP_DEFLATED
    declared: int | None = None  # a lie written into both headers' uncompressed size


any_entry = st.builds(
    Entry,
    name=entry_name,
    data=entry_data,
    mode=st.one_of(st.just("file"), st.sampled_from(list(MODES))),
    compression=st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2]),
    declared=st.none() | st.sampled_from([0, 1, 2**31, 2**32 - 1, 10**9, 600 << 20]),
)
#: Mostly a routine or playlist file at the top, as in a real bundle, so that examples get past the
#: archive checks to the document and its clips; then any entries at all.
entries = st.builds(
    lambda top, rest: top + rest,
    st.lists(
        st.builds(Entry, name=st.sampled_from([ROUTINE, PLAYLIST, "x.json"]), data=routine_bytes()),
        max_size=1,
    ),
    st.lists(any_entry, max_size=6),
)


def write_zip(path: Path, items: list[Entry]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which are the point
        with zipfile.ZipFile(path, "w") as zf:
            for item in items:
                info = zipfile.ZipInfo(item.name, date_time=(1980, 1, 1, 0, 0, 0))
                info.create_system = 3
                info.external_attr = MODES[item.mode] << 16
                info.compress_type = item.compression
                zf.writestr(info, item.data)
    lies = [(i, item.declared) for i, item in enumerate(items) if item.declared is not None]
    if lies:
        path.write_bytes(_declare_sizes(path.read_bytes(), dict(lies)))
    return path


def _declare_sizes(data: bytes, sizes: dict[int, int]) -> bytes:
    """Set the uncompressed size of the i-th entry, in its local and its central header."""
    out = bytearray(data)
    for signature, field in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at, index = out.find(signature), 0
        while at >= 0:
            if index in sizes:
                struct.pack_into("<I", out, at + field, sizes[index])
            index += 1
            # headers of later entries are searched after this one's fixed part (names may hold "PK")
            at = out.find(signature, at + 30)
    return bytes(out)


def infos_in(bundle: Path) -> list[zipfile.ZipInfo] | None:
    """The entries as a reader sees them, or None when the archive cannot be listed."""
    try:
        with zipfile.ZipFile(bundle) as zf:
            return zf.infolist()
    except Exception:
        return None


def names_in(bundle: Path) -> list[str] | None:
    infos = infos_in(bundle)
    return None if infos is None else [info.orig_filename for info in infos]


_bundles = iter(range(1 << 62))


def new_bundle_path(world: World) -> Path:
    for old in world.bundles.iterdir():
        old.unlink()
    return world.bundles / f"b{next(_bundles)}.supple"


# -- properties ------------------------------------------------------------------------------------


@given(items=entries)
def test_random_bundles_are_imported_or_refused_cleanly(world: World, items: list[Entry]) -> None:
    bundle = write_zip(new_bundle_path(world), items)
    infos = infos_in(bundle)
    names = None if infos is None else [info.orig_filename for info in infos]
    outcome = attempt(world, bundle)
    assert_message(outcome.error, bundle, names)
    if not infos:
        return
    unsafe = [i.orig_filename for i in infos if name_problem(i.orig_filename) is not None]
    special = [i.orig_filename for i in infos if stat.S_IFMT(i.external_attr >> 16) not in PLAIN]
    huge = [
        i.orig_filename
        for i in infos
        if not i.orig_filename.endswith("/") and i.file_size > DEFAULT_LIMITS.max_entry_bytes
    ]
    if unsafe or special or huge:
        note(f"unsafe names {unsafe}, links or special files {special}, declared huge {huge}")
        assert outcome.error is not None, "a bundle that must be refused was accepted"
        assert " entry " in outcome.error.message or "the bundle says it unpacks to" in outcome.error.message


@dataclass(frozen=True)
class Export:
    """A real export of the bundled routine (under an id of its own): its bytes, where its headers
    start, and its entries."""

    data: bytes
    headers: list[int]
    entries: list[Entry]


@pytest.fixture(scope="module")
def scorpion(world: World) -> Export:
    """Its first step only, with the one clip and poster it needs: a valid bundle, small enough to
    import a few hundred times in seconds."""
    bundled = load_routine(bundled_routine_path())
    first = bundled.steps[0]
    routine = dataclasses.replace(
        bundled,
        id="scorpion-copy",
        steps=(first,),
        clips=MappingProxyType({first.clip: bundled.clips[first.clip]}),
    )
    out = new_bundle_path(world)
    data = write_routine_bundle(routine, out).read_bytes()
    out.unlink()
    headers = []
    for signature in (b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"):
        at = data.find(signature)
        while at >= 0:
            headers.append(at)
            at = data.find(signature, at + 4)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        found = [Entry(i.filename, zf.read(i), compression=i.compress_type) for i in zf.infolist()]
    return Export(data, sorted(headers), found)


@st.composite
def entry_mutations(draw: st.DrawFn, base: list[Entry]) -> list[Entry]:
    """The bundle's entries with a few of them dropped, doubled, renamed, emptied, retyped or lied about."""
    out = list(base)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(out) - 1)) if out else 0
        kind = draw(st.sampled_from(["drop", "double", "rename", "data", "mode", "declare", "add", "json"]))
        if not out or kind == "add":
            out.insert(i, draw(st.builds(Entry, name=entry_name, data=entry_data)))
        elif kind == "drop":
            del out[i]
        elif kind == "double":
            out.insert(draw(st.integers(0, len(out))), out[i])
        elif kind == "rename":
            out[i] = dataclasses.replace(out[i], name=draw(entry_name))
        elif kind == "data":
            keep = draw(st.integers(0, 64))
            out[i] = dataclasses.replace(out[i], data=out[i].data[:keep] + draw(st.binary(max_size=32)))
        elif kind == "mode":
            out[i] = dataclasses.replace(out[i], mode=draw(st.sampled_from(list(MODES))))
        elif kind == "declare":
            out[i] = dataclasses.replace(out[i], declared=draw(st.sampled_from([0, 1, 2**32 - 1, 10**9])))
        else:  # the routine file itself, with one field changed
            doc = json.loads(base[0].data)
            key = draw(st.sampled_from(["id", "format", "clips", "steps", "title"]))
            doc[key] = draw(
                st.sampled_from(
                    [None, "", "x", 1e308, [], {}, {"a": {"file": "/proc/self/environ"}}, "scorpion-stretch"]
                )
            )
            out[0] = dataclasses.replace(out[0], data=json.dumps(doc).encode())
    return out


@given(data=st.data())
def test_mutated_exports_of_the_bundled_routine_are_imported_or_refused_cleanly(
    world: World, scorpion: Export, data: st.DataObject
) -> None:
    items = data.draw(entry_mutations(scorpion.entries))
    bundle = write_zip(new_bundle_path(world), items)
    names = names_in(bundle)
    outcome = attempt(world, bundle)
    assert_message(outcome.error, bundle, names)


@given(data=st.data())
def test_damaged_bytes_of_an_export_are_refused_cleanly(
    world: World, scorpion: Export, data: st.DataObject
) -> None:
    """Bytes changed where zip readers look: the headers and the central directory, or cut short."""
    whole = bytearray(scorpion.data)
    for _ in range(data.draw(st.integers(1, 4))):
        how = data.draw(st.sampled_from(["byte", "word", "cut", "insert"]))
        at = data.draw(st.sampled_from(scorpion.headers)) + data.draw(st.integers(0, 60))
        at = min(at, len(whole) - 1)
        if how == "byte":
            whole[at] = data.draw(st.integers(0, 255))
        elif how == "word":
            value = data.draw(st.sampled_from([0, 1, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 0x800]))
            struct.pack_into("<I", whole, min(at, len(whole) - 4), value)
        elif how == "cut":
            del whole[at:]
        else:
            whole[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        if len(whole) < 8:  # nothing left worth damaging further
            break
    bundle = new_bundle_path(world)
    bundle.write_bytes(bytes(whole))
    outcome = attempt(world, bundle)
    assert_message(outcome.error, bundle, names_in(bundle))


# -- plain routine files and the files they name ---------------------------------------------------


@pytest.fixture(scope="module")
def places(world: World) -> dict[str, str]:
    """Files a routine might name, relative to `root/downloads/lure/`: each kind of trouble once."""
    inside = world.root / "downloads" / "lure"
    (inside / "clips").mkdir(parents=True)
    (inside / "clips" / "a.mp4").write_bytes(MP4 + b"inside")
    (inside / "clips" / "a.png").write_bytes(PNG + b"inside")
    (inside / "clips" / "notes.txt").write_bytes(b"not a clip")
    (world.root / "downloads" / "clips").mkdir()
    (world.root / "downloads" / "clips" / "b.mp4").write_bytes(MP4 + b"beside")
    home = world.root / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
    (home / "video.mp4").write_bytes(MP4 + b"outside")
    (home / "picture.png").write_bytes(PNG + b"outside")
    os.mkfifo(inside / "clips" / "fifo.mp4")
    (inside / "clips" / "key.mp4").symlink_to(home / ".ssh" / "id_ed25519")
    (inside / "clips" / "video-link.mp4").symlink_to(home / "video.mp4")
    (inside / "clips" / "zero.mp4").symlink_to("/dev/zero")
    (inside / "clips" / "loop.mp4").symlink_to(inside / "clips" / "loop.mp4")
    return {
        "inside video": "clips/a.mp4",
        "inside picture": "clips/a.png",
        "inside text": "clips/notes.txt",
        "beside video": "../clips/b.mp4",
        "outside key": "../../home/.ssh/id_ed25519",
        "absolute key": str(home / ".ssh" / "id_ed25519"),
        "outside video": "../../home/video.mp4",
        "absolute video": str(home / "video.mp4"),
        "absolute picture": str(home / "picture.png"),
        "environ": "/proc/self/environ",
        "zero": "/dev/zero",
        "fifo": "clips/fifo.mp4",
        "link to key": "clips/key.mp4",
        "link to video": "clips/video-link.mp4",
        "link to zero": "clips/zero.mp4",
        "loop": "clips/loop.mp4",
        "folder": "clips",
        "missing": "clips/none.mp4",
    }


@given(
    chosen=st.lists(st.tuples(st.integers(0, 17), st.none() | st.integers(0, 17)), min_size=1, max_size=3),
    allow=st.booleans(),
)
def test_a_routine_file_copies_only_clips_and_outside_files_only_when_allowed(
    world: World, places: dict[str, str], chosen: list[tuple[int, int | None]], allow: bool
) -> None:
    kinds = list(places)
    clips = {}
    for n, (file, poster) in enumerate(chosen):
        clips[f"c{n}"] = {"file": places[kinds[file]]} | (
            {"poster": places[kinds[poster]]} if poster is not None else {}
        )
    routine = world.root / "downloads" / "lure" / "lure.supple.json"
    routine.write_text(
        json.dumps({
            "format": "supple.routine/1", "id": "lure", "title": "Lure", "clips": clips,
            "steps": [{"id": f"s{i}", "title": "Step", "clip": c, "hold": 10} for i, c in enumerate(clips)],
        })
    )  # fmt: skip
    outcome = attempt(world, routine, allow_outside_clips=allow)
    assert_message(outcome.error, routine, None)
    used = {kinds[i] for pair in chosen for i in pair if i is not None}
    outside = {k for k in used if k.startswith(("outside", "absolute", "link to", "environ", "zero"))}
    if outside and not allow:
        assert isinstance(outcome.error, OutsideClips), f"{outside} copied without asking"
    harmless = {"inside video", "beside video", "outside video", "absolute video", "link to video"}
    posters_ok = {"inside picture", "absolute picture"}
    files_ok = all(kinds[f] in harmless for f, _ in chosen)
    posters = all(p is None or kinds[p] in posters_ok for _, p in chosen)
    if outcome.error is None:
        assert files_ok and posters, f"accepted {used}"
    elif files_ok and posters and (allow or not outside):
        pytest.fail(f"refused harmless clips {used}: {outcome.error}")
