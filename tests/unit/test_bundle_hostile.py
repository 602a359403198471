"""Hostile bundles: every one is refused with a message naming the bundle and the entry, nothing is
written outside a temporary folder, and no row is added to the store."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import stat
import struct
import unicodedata
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.content.bundle import BundleCancelled, BundleError, BundleLimits, CancelToken
from desktop.content.bundle_extract import _Counter
from desktop.content.bundle_write import write_routine_bundle
from desktop.content.library_import import import_path
from desktop.content.routine import load_routine
from desktop.paths import DataPaths
from desktop.store import Store

ROUTINE_NAME = "stretch.supple.json"


def routine_document(clips: dict[str, dict[str, str]] | None = None) -> dict[str, object]:
    return {
        "format": "supple.routine/1",
        "id": "test-stretch",
        "title": "Test stretch",
        "clips": clips or {"a": {"file": "clips/a.mp4", "poster": "clips/a.png"}},
        "steps": [{"id": "one", "title": "One", "clip": "a", "hold": 10}],
    }


#: The first bytes of an MP4 and a PNG file: enough for the signature check, never decoded here.
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00"
PNG_HEAD = b"\x89PNG\r\n\x1a\n"

GOOD = [
    (ROUTINE_NAME, json.dumps(routine_document()).encode()),
    ("clips/a.mp4", MP4_HEAD + b"not really a video " * 50),
    ("clips/a.png", PNG_HEAD + b"not really a picture " * 20),
]


def make_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests need
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in entries:
                zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name)
    zi.external_attr = mode << 16
    zi.create_system = 3
    return zi


def snapshot(root: Path) -> dict[str, str]:
    """Every file under the data folder with a hash of its bytes, the database files aside."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith("supple.sqlite3")
    } | {p.relative_to(root).as_posix() + "/": "" for p in root.rglob("*") if p.is_dir()}


def rows(store: Store) -> tuple[object, ...]:
    return (store.library.entries(), store.playlists.entries(), store.favourites.entries())


def refused(paths: DataPaths, store: Store, bundle: Path, limits: BundleLimits | None = None) -> str:
    """Import `bundle`, expect a refusal that changes nothing; returns the message."""
    # The test's whole folder: the data folder, and beside it the bundle (where "../x" would land).
    before, before_rows = snapshot(paths.root.parent), rows(store)
    with pytest.raises(BundleError) as caught:
        if limits is None:
            import_path(paths, store, bundle)
        else:
            import_path(paths, store, bundle, limits=limits)
    assert snapshot(paths.root.parent) == before
    assert rows(store) == before_rows
    message = str(caught.value)
    assert str(bundle) in message
    return message


def test_a_good_bundle_imports(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    bundle = make_zip(tmp_path / "good.supple", list(GOOD))
    result = import_path(paths, store, bundle)
    assert result.routines[0].id == "test-stretch"
    assert (paths.library / "test-stretch" / "clips" / "a.mp4").read_bytes() == GOOD[1][1]
    assert [e.id for e in store.library.entries()] == ["test-stretch"]
    assert not list(paths.root.glob(".import-*"))


NAMES = [
    ("/etc/evil.mp4", "is an absolute path"),
    ("../evil.mp4", 'points outside the bundle with ".."'),
    ("clips/../../evil.mp4", 'points outside the bundle with ".."'),
    ("clips\\..\\evil.mp4", "uses backslashes"),
    ("C:/evil.mp4", "starts with a drive letter"),
    ("c:evil.mp4", "starts with a drive letter"),
    ("clips/a.mp4:stream", "has a colon"),
    ("clips//a2.mp4", 'has an empty or "." part'),
    ("./clips/a2.mp4", 'has an empty or "." part'),
    ("clips/CON.mp4", "Windows cannot store"),
    ("clips/a2.mp4.", "Windows cannot store"),
    ("clips/bell\x07.mp4", "has a control character"),
    ("clips/" + "x" * 600 + ".mp4", "has a name longer than"),
    ("x" * 300 + "/a.mp4", "has a part longer than 255 bytes"),
    ("clips/" + "é" * 130 + ".mp4", "has a part longer than 255 bytes"),
]


@pytest.mark.parametrize(("name", "reason"), NAMES)
def test_unsafe_names_are_refused_before_anything_is_written(
    tmp_path: Path, paths: DataPaths, store: Store, name: str, reason: str
) -> None:
    bundle = make_zip(tmp_path / "evil.supple", [*GOOD, (name, b"x")])
    message = refused(paths, store, bundle)
    assert reason in message
    assert "entry" in message


def test_a_nul_byte_in_a_name_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    zi = info("clips/a2.mp4")
    zi.filename = "clips/a2.mp4\x00.png"  # ZipInfo() would cut the name at the NUL; the file keeps it
    bundle = make_zip(tmp_path / "nul.supple", [*GOOD, (zi, b"x")])
    with zipfile.ZipFile(bundle) as zf:
        assert "\x00" in zf.infolist()[-1].orig_filename
    assert "has a NUL character" in refused(paths, store, bundle)


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (stat.S_IFLNK | 0o777, "is a symbolic link"),
        (stat.S_IFIFO | 0o644, "is a special file"),
        (stat.S_IFCHR | 0o644, "is a special file"),
        (stat.S_IFDIR | 0o755, "is marked both as a folder and as a file"),
    ],
)
def test_links_and_special_files_are_refused(
    tmp_path: Path, paths: DataPaths, store: Store, mode: int, reason: str
) -> None:
    bundle = make_zip(tmp_path / "link.supple", [*GOOD, (info("clips/link.mp4", mode), b"/etc/passwd")])
    message = refused(paths, store, bundle)
    assert reason in message
    assert '"clips/link.mp4"' in message


def test_a_symlink_from_another_system_is_still_refused(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    zi = info("clips/link.mp4", stat.S_IFLNK | 0o777)
    zi.create_system = 0  # "MS-DOS": unzip tools would ignore the mode; we do not
    assert "is a symbolic link" in refused(paths, store, make_zip(tmp_path / "l.supple", [*GOOD, (zi, b"x")]))


def test_duplicate_names_are_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    bundle = make_zip(tmp_path / "dup.supple", [*GOOD, ("clips/a.mp4", b"the second one wins elsewhere")])
    assert 'entry "clips/a.mp4" appears twice' in refused(paths, store, bundle)


@pytest.mark.parametrize("other", ["clips/A.mp4", "CLIPS/a.mp4", "clips/a.MP4"])
def test_names_that_differ_only_in_case_are_refused(
    tmp_path: Path, paths: DataPaths, store: Store, other: str
) -> None:
    bundle = make_zip(tmp_path / "case.supple", [*GOOD, (other, b"x")])
    assert 'differs from the entry "clips/a.mp4" only in upper and lower case' in refused(
        paths, store, bundle
    )


DECOMPOSED = unicodedata.normalize("NFD", "clips/é.mp4")
COMPOSED = unicodedata.normalize("NFC", "clips/é.mp4")


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        (COMPOSED, DECOMPOSED, "only in how its accented letters are encoded (Unicode normalisation"),
        (COMPOSED, COMPOSED.upper(), "only in upper and lower case;"),
        (
            COMPOSED,
            DECOMPOSED.upper(),
            "only in upper and lower case and in how its accented letters are encoded (Unicode normalisation)",
        ),
        ("clips", "clips/", "one as a file and one as a folder"),
    ],
)
def test_names_that_would_be_one_file_are_refused_for_their_true_reason(
    tmp_path: Path, paths: DataPaths, store: Store, first: str, second: str, reason: str
) -> None:
    assert first != second
    second_entry = zipfile.ZipInfo(second) if second.endswith("/") else second
    bundle = make_zip(tmp_path / "same.supple", [*GOOD, (first, b"x"), (second_entry, b"")])
    message = refused(paths, store, bundle)
    assert f'differs from the entry "{first}" {reason}' in message or (
        f'has the name of the entry "{first}", {reason}' in message
    )
    if "normalisation" in reason:
        assert "upper and lower case;" not in message


def _overlong(data: bytes, placeholder: str, raw: bytes) -> bytes:
    """The zip with `placeholder`'s name replaced by the same number of `raw` bytes, marked UTF-8."""
    out = bytearray(data)
    for signature, name_at, flags_at in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):
        at = out.find(signature)
        while at >= 0:
            name_len = struct.unpack_from("<H", out, at + (26 if name_at == 30 else 28))[0]
            if bytes(out[at + name_at : at + name_at + name_len]) == placeholder.encode():
                out[at + name_at : at + name_at + name_len] = raw
                struct.pack_into(
                    "<H", out, at + flags_at, struct.unpack_from("<H", out, at + flags_at)[0] | 0x800
                )
            at = out.find(signature, at + 4)
    return bytes(out)


def test_a_name_that_is_not_valid_utf8_is_refused_as_such_not_as_cut_short(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    """b"\xc0\xaf" is "/" written in two bytes (overlong UTF-8): decoders that accept it have been
    tricked into path traversal; the zip is whole, so "cut short" would send the person astray."""
    whole = make_zip(tmp_path / "whole.supple", [*GOOD, ("clips/..XX..mp4", b"x")]).read_bytes()
    bundle = tmp_path / "overlong.supple"
    bundle.write_bytes(_overlong(whole, "clips/..XX..mp4", b"clips/..\xc0\xaf..mp4"))
    message = refused(paths, store, bundle)
    assert "cut short" not in message
    assert (
        "entry b'clips/..\\xc0\\xaf..mp4' has a name that is marked as UTF-8 but is not valid UTF-8"
        in message
    )


def test_a_file_where_a_folder_is_needed_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    bundle = make_zip(tmp_path / "clash.supple", [(ROUTINE_NAME, GOOD[0][1]), ("clips", b"x"), *GOOD[1:]])
    assert "needs a folder named like the file" in refused(paths, store, bundle)


def test_too_many_entries_are_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    extra = [(f"clips/x{i}.mp4", b"x") for i in range(20)]
    bundle = make_zip(tmp_path / "many.supple", [*GOOD, *extra])
    message = refused(paths, store, bundle, BundleLimits(max_entries=10))
    assert "has 23 entries, more than the 10 allowed" in message


def test_too_many_bytes_in_all_are_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    bundle = make_zip(tmp_path / "big.supple", [*GOOD, ("clips/b.mp4", bytes(range(256)) * 400)])
    message = refused(paths, store, bundle, BundleLimits(max_total_bytes=50_000))
    assert "unpacks to" in message and "more than the" in message


def test_a_routine_file_larger_than_a_routine_may_be_is_refused(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    huge = json.dumps(routine_document()).encode() + b" " * (2 << 20)
    bundle = make_zip(tmp_path / "json.supple", [(ROUTINE_NAME, huge), *GOOD[1:]])
    assert f'entry "{ROUTINE_NAME}" says it unpacks to 2.0 MiB, more than the 1.0 MiB allowed' in refused(
        paths, store, bundle
    )


@pytest.fixture(scope="module")
def gigabyte_of_zeros() -> bytes:
    """A zip of 1 GiB of zeros (about 1 MiB compressed), streamed through zipfile, never held whole."""
    buffer = io.BytesIO()
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(ROUTINE_NAME, json.dumps(routine_document({"a": {"file": "clips/a.mp4"}})))
        zi = info("clips/a.mp4")
        zi.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(zi, "w") as out:
            for _ in range(1024):
                out.write(zeros)
    return buffer.getvalue()


def test_a_zip_bomb_is_refused(
    tmp_path: Path, paths: DataPaths, store: Store, gigabyte_of_zeros: bytes
) -> None:
    bundle = tmp_path / "bomb.supple"
    bundle.write_bytes(gigabyte_of_zeros)
    message = refused(paths, store, bundle)
    assert 'entry "clips/a.mp4"' in message
    assert "1.0 GiB" in message


def test_a_zip_bomb_within_the_size_caps_is_refused_for_its_ratio(
    tmp_path: Path, paths: DataPaths, store: Store, gigabyte_of_zeros: bytes
) -> None:
    bundle = tmp_path / "bomb.supple"
    bundle.write_bytes(gigabyte_of_zeros)
    limits = BundleLimits(max_total_bytes=4 << 30, max_entry_bytes=4 << 30)
    assert "compressed more than 100 to 1: this looks like a zip bomb" in refused(
        paths, store, bundle, limits
    )


def _patch(data: bytes, name: str, local_at: int, central_at: int, value: int, fmt: str = "<I") -> bytes:
    """The zip with a field of `name`'s local and central headers set to `value` (to forge a lie)."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, name_at, field_at in ((b"PK\x03\x04", 30, local_at), (b"PK\x01\x02", 46, central_at)):
        name_len_at = 26 if signature == b"PK\x03\x04" else 28
        at = out.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", out, at + name_len_at)[0]
            if bytes(out[at + name_at : at + name_at + length]) == encoded:
                struct.pack_into(fmt, out, at + field_at, value)
            at = out.find(signature, at + 4)
    return bytes(out)


def _set_sizes(data: bytes, name: str, size: int) -> bytes:
    """The zip with `name`'s uncompressed size set to `size` in both of its headers."""
    return _patch(data, name, 22, 24, size)


def test_a_bomb_whose_headers_lie_about_its_size_is_refused(
    tmp_path: Path, paths: DataPaths, store: Store, gigabyte_of_zeros: bytes
) -> None:
    bundle = tmp_path / "liar.supple"
    bundle.write_bytes(_set_sizes(gigabyte_of_zeros, "clips/a.mp4", 4096))
    with zipfile.ZipFile(bundle) as zf:
        assert zf.getinfo("clips/a.mp4").file_size == 4096
    message = refused(paths, store, bundle)
    assert 'entry "clips/a.mp4" is damaged' in message


def test_bytes_are_counted_while_streaming_whatever_the_header_says() -> None:
    """Python's zipfile stops at the declared size; the counter does not rely on it."""

    class Endless(io.RawIOBase):
        def read(self, n: int = -1) -> bytes:
            return bytes(n if n > 0 else 65536)

    zi = zipfile.ZipInfo("clips/a.mp4")
    zi.file_size, zi.compress_size = 10, 10_000_000
    counter = _Counter(Path("x.supple"), BundleLimits(max_entry_bytes=1 << 20), 10, None, None)
    with pytest.raises(BundleError, match=r'x.supple: entry "clips/a.mp4" unpacks to more than the 1.0 MiB'):
        counter.copy(zi, Endless(), io.BytesIO())
    zi.compress_size = 1000
    counter = _Counter(Path("x.supple"), BundleLimits(), 10, None, None)
    with pytest.raises(BundleError, match="compressed more than 100 to 1"):
        counter.copy(zi, Endless(), io.BytesIO())


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_truncated_bundle_is_refused(tmp_path: Path, paths: DataPaths, store: Store, keep: float) -> None:
    whole = make_zip(tmp_path / "whole.supple", list(GOOD)).read_bytes()
    bundle = tmp_path / "cut.supple"
    bundle.write_bytes(whole[: int(len(whole) * keep)])
    assert "this is not a Supple bundle, or it was cut short" in refused(paths, store, bundle)


def test_damaged_data_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    data = bytearray(make_zip(tmp_path / "whole.supple", list(GOOD)).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        zi = zf.getinfo("clips/a.mp4")
    start = zi.header_offset + 30 + len(zi.filename)
    data[start + 5] ^= 0xFF
    bundle = tmp_path / "damaged.supple"
    bundle.write_bytes(bytes(data))
    assert 'entry "clips/a.mp4" is damaged' in refused(paths, store, bundle)


def test_a_broken_compressed_stream_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    """Damage that zlib itself reports (zlib.error is no OSError or ValueError), found by fuzzing."""
    data = bytearray(make_zip(tmp_path / "whole.supple", list(GOOD)).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        zi = zf.getinfo(ROUTINE_NAME)
    name_len, extra_len = struct.unpack_from("<HH", data, zi.header_offset + 26)
    start = zi.header_offset + 30 + name_len + extra_len
    stream = bytes(data[start : start + zi.compress_size])
    for at, value in itertools.product(range(len(stream)), range(256)):
        broken = bytearray(stream)
        broken[at] = value
        try:
            zlib.decompressobj(-15).decompress(bytes(broken))
        except zlib.error:
            break
    else:
        pytest.fail("no single byte breaks the stream")
    data[start + at] = value
    bundle = tmp_path / "inflate.supple"
    bundle.write_bytes(bytes(data))
    assert f'entry "{ROUTINE_NAME}" is damaged' in refused(paths, store, bundle)


def test_overlapping_entries_are_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    data = bytearray(make_zip(tmp_path / "whole.supple", list(GOOD)).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        first = zf.getinfo(ROUTINE_NAME)
    central = data.find(b"PK\x01\x02")
    central = data.find(b"PK\x01\x02", central + 4)  # the second entry points at the first one's data
    struct.pack_into("<I", data, central + 42, first.header_offset)
    bundle = tmp_path / "overlap.supple"
    bundle.write_bytes(bytes(data))
    assert "overlaps another entry's data" in refused(paths, store, bundle)


def test_an_encrypted_entry_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    plain = make_zip(tmp_path / "plain.supple", list(GOOD)).read_bytes()
    bundle = tmp_path / "enc.supple"
    bundle.write_bytes(_patch(plain, "clips/a.mp4", 6, 8, 0x1, "<H"))  # "encrypted" flag
    assert 'entry "clips/a.mp4" is encrypted' in refused(paths, store, bundle)


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ([], "the bundle is empty"),
        ([("clips/a.mp4", b"x")], "holds no routine or playlist file at its top level"),
        ([*GOOD, ("other.json", b"{}")], "holds more than one file at its top level"),
        ([(ROUTINE_NAME, b'{"format": "something/1"}')], "is neither a routine"),
        ([(ROUTINE_NAME, b"{not json")], "not valid JSON at line 1"),
        ([*GOOD, ("clips/stowaway.sh", b"rm -rf ~")], 'entry "clips/stowaway.sh" is not used by the routine'),
        ([GOOD[0], GOOD[1]], "the poster image was not found"),
        (
            [GOOD[0], ("clips/a.mp4", b"#!/bin/sh\nrm -rf ~\n"), GOOD[2]],
            "clips.a.file: the clip file is not a video (expected MP4, MOV, MKV, WebM or AVI; "
            "its first bytes match none of them): clips/a.mp4",
        ),
        (
            [GOOD[0], GOOD[1], ("clips/a.png", GOOD[1][1])],
            "clips.a.poster: the poster image is a video (MP4/MOV), not an image: clips/a.png",
        ),
    ],
)
def test_bundles_that_are_not_what_they_claim_are_refused(
    tmp_path: Path, paths: DataPaths, store: Store, entries: list[tuple[str, bytes]], reason: str
) -> None:
    bundle = make_zip(tmp_path / "odd.supple", list(entries))
    assert reason in refused(paths, store, bundle)


def test_routine_problems_are_named_inside_the_bundle(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    doc = routine_document()
    doc["steps"] = [{"id": "one", "title": "One", "clip": "a", "hold": "thirty"}]
    bundle = make_zip(tmp_path / "bad.supple", [(ROUTINE_NAME, json.dumps(doc).encode()), *GOOD[1:]])
    message = refused(paths, store, bundle)
    assert f'the routine "{ROUTINE_NAME}" in it is not valid' in message
    assert (
        f"bad.supple/{ROUTINE_NAME}: steps[0].hold: expected a number of seconds from 0.5 to 3600" in message
    )
    assert ".import-" not in message  # the staging folder is not shown


@pytest.mark.parametrize("clip_path", ["../../outside.mp4", "clips/../../../outside.mp4", "ABSOLUTE"])
def test_a_routine_may_not_use_clips_outside_the_bundle(
    tmp_path: Path, paths: DataPaths, store: Store, clip_path: str
) -> None:
    outside = paths.root / "outside.mp4"  # the staging folder is <data>/.import-*/bundle/
    outside.write_bytes(b"already here")  # it exists, so only the bundle check can catch it
    clip_path = str(outside) if clip_path == "ABSOLUTE" else clip_path
    doc = routine_document({"a": {"file": clip_path}})
    bundle = make_zip(tmp_path / "escape.supple", [(ROUTINE_NAME, json.dumps(doc).encode())])
    message = refused(paths, store, bundle)
    assert "uses a clip outside its folder in the bundle" in message
    assert f"clips.a.file is {clip_path!r}" in message


def test_an_export_of_the_bundled_routine_imports_as_nothing_new(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    from desktop.content import bundled_routine_path

    bundle = write_routine_bundle(load_routine(bundled_routine_path()), tmp_path / "scorpion.supple")
    before, before_rows = snapshot(paths.root), rows(store)
    result = import_path(paths, store, bundle)
    assert result.summary() == '"Scorpion Stretch" comes with Supple: it is always in the library'
    assert snapshot(paths.root) == before
    assert rows(store) == before_rows


def test_the_id_of_the_bundled_routine_is_refused(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    doc = routine_document()
    doc["id"] = "scorpion-stretch"
    bundle = make_zip(tmp_path / "clash.supple", [(ROUTINE_NAME, json.dumps(doc).encode()), *GOOD[1:]])
    assert "has the id of a routine that comes with Supple" in refused(paths, store, bundle)


def test_a_different_routine_with_the_same_id_is_only_replaced_when_asked(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    import_path(paths, store, make_zip(tmp_path / "one.supple", list(GOOD)))
    changed = [GOOD[0], ("clips/a.mp4", MP4_HEAD + b"another video"), GOOD[2]]
    bundle = make_zip(tmp_path / "two.supple", changed)
    assert 'already has a different routine "test-stretch"' in refused(paths, store, bundle)
    import_path(paths, store, bundle, replace=True)
    assert (paths.library / "test-stretch" / "clips" / "a.mp4").read_bytes() == MP4_HEAD + b"another video"
    assert [e.id for e in store.library.entries()] == ["test-stretch"]
    assert not list(paths.root.glob(".import-*"))


def test_the_same_routine_again_changes_nothing(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    bundle = make_zip(tmp_path / "one.supple", list(GOOD))
    import_path(paths, store, bundle)
    before = snapshot(paths.root)
    result = import_path(paths, store, bundle)
    assert result.unchanged == ("test-stretch",)
    assert "already in the library" in result.summary()
    assert snapshot(paths.root) == before


def test_progress_is_reported_and_cancel_stops_an_import(
    tmp_path: Path, paths: DataPaths, store: Store
) -> None:
    big = [*GOOD[:2], ("clips/a.png", PNG_HEAD + bytes(range(256)) * 2000)]
    bundle = make_zip(tmp_path / "slow.supple", big)
    seen: list[tuple[int, int]] = []
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > 100_000:
            token.cancel()

    before, before_rows = snapshot(paths.root), rows(store)
    with pytest.raises(BundleCancelled, match="cancelled; nothing was changed"):
        import_path(paths, store, bundle, progress=progress, cancel=token)
    assert snapshot(paths.root) == before
    assert rows(store) == before_rows
    assert seen and all(a[0] < b[0] for a, b in itertools.pairwise(seen))

    seen.clear()
    import_path(paths, store, bundle, progress=lambda d, t: seen.append((d, t)))
    total = sum(len(data) for _, data in big)
    assert seen[-1] == (total, total)


def test_a_failure_while_registering_undoes_the_files(tmp_path: Path, paths: DataPaths, store: Store) -> None:
    class Failing:
        def __init__(self, real: Store) -> None:
            self.library = self
            self.playlists = real.playlists
            self._real = real

        def get(self, routine_id: str) -> object:
            return self._real.library.get(routine_id)

        def entries(self, origin: object = None) -> list[object]:
            return list(self._real.library.entries())

        def remove(self, routine_id: str) -> bool:
            return self._real.library.remove(routine_id)

        def add(self, *args: object, **kwargs: object) -> object:
            raise OSError("disk full")

    before, before_rows = snapshot(paths.root), rows(store)
    with pytest.raises(OSError, match="disk full"):
        import_path(paths, Failing(store), make_zip(tmp_path / "good.supple", list(GOOD)))
    assert snapshot(paths.root) == before
    assert rows(store) == before_rows


def test_export_is_deterministic_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "routine"
    make_zip(tmp_path / "src.supple", list(GOOD))
    with zipfile.ZipFile(tmp_path / "src.supple") as zf:
        zf.extractall(folder)
    routine = load_routine(folder / ROUTINE_NAME)
    one = write_routine_bundle(routine, tmp_path / "one.supple").read_bytes()
    two = write_routine_bundle(routine, tmp_path / "two.supple").read_bytes()
    assert one == two
    with zipfile.ZipFile(io.BytesIO(one)) as zf:
        assert zf.namelist() == ["test-stretch.supple.json", "clips/a.mp4", "clips/a.png"]
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.getinfo("clips/a.mp4").compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("test-stretch.supple.json").compress_type == zipfile.ZIP_DEFLATED
    token = CancelToken()
    token.cancel()
    with pytest.raises(BundleCancelled):
        write_routine_bundle(routine, tmp_path / "three.supple", cancel=token)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.supple", "routine", "src.supple", "two.supple"]
