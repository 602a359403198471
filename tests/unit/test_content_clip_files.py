"""A routine's clips and posters must be regular files that really are video and images, and its
loops must end inside their clips, whatever the container: `supple check` says what and where."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.content import check_files
from desktop.content.signatures import Kind, file_problem, head_problem, sniff
from tests.media_clips import make_clip, overstate_matroska, overstate_mp4
from tests.unit.fixtures_content import minimal_routine, write_json

PNG = b"\x89PNG\r\n\x1a\n" + bytes(8)


def check(
    folder: Path, clip: str, poster: str | None = None, segment: list[float] | None = None
) -> list[str]:
    doc = minimal_routine()
    doc["clips"]["p1"] = {"file": clip, **({"poster": poster} if poster else {})}
    if segment is not None:
        doc["steps"][0]["segment"] = segment
    routine = write_json(folder / "r.supple.json", doc)
    out = io.StringIO()
    status = check_files([routine], out)
    lines = out.getvalue().splitlines()
    assert status == (0 if lines[-1].endswith("1 step)") else 1)
    return lines


@pytest.fixture(scope="module")
def webm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("webm") / "move.webm", 30, 30, "vp9")  # 1.0 s


def test_a_loop_past_the_end_of_a_webm_clip_fails_check_with_its_json_path(
    tmp_path: Path, webm: Path
) -> None:
    inside = check(tmp_path, str(webm), segment=[0.2, 1.0])
    past = check(tmp_path, str(webm), segment=[0.5, 1.6])

    assert inside[-1].endswith("OK (Test routine, 1 step)")
    assert past == [
        f"{tmp_path / 'r.supple.json'}: steps[0].segment: the loop ends at 1.6 s, past the end of clip "
        f'"p1", which is 1 s long ({webm})'
    ]


@pytest.mark.parametrize("suffix", [".mkv", ".avi"])
def test_loops_are_checked_against_mkv_and_avi_clips_too(tmp_path: Path, suffix: str) -> None:
    clip = make_clip(tmp_path / f"c{suffix}", 24, 24, "h264-bframes" if suffix == ".mkv" else "mjpeg")

    lines = check(tmp_path, str(clip), segment=[0, 2])

    assert lines[0].startswith(f"{tmp_path / 'r.supple.json'}: steps[0].segment: the loop ends at 2 s, past")
    assert lines[0].endswith(f"({clip})")


@pytest.mark.parametrize("container", ["mp4", "webm"])
def test_a_clip_whose_header_lies_about_its_length_fails_check(tmp_path: Path, container: str) -> None:
    clip = make_clip(tmp_path / f"liar.{container}", 30, 30, "h264" if container == "mp4" else "vp9")
    (overstate_mp4 if container == "mp4" else overstate_matroska)(clip, 49 * 86400)

    lines = check(tmp_path, str(clip))

    assert len(lines) == 1
    assert lines[0].startswith(f"{tmp_path / 'r.supple.json'}: clips.p1.file: the clip file cannot be used: ")
    assert "its header says it lasts 49 days, but its content ends after 1.0 s" in lines[0]


def test_a_clip_in_proc_fails_check_naming_the_clip(tmp_path: Path) -> None:
    lines = check(tmp_path, "/proc/self/environ")

    assert len(lines) == 1
    assert lines[0].startswith(
        f"{tmp_path / 'r.supple.json'}: clips.p1.file: the clip file is in /proc, which shows the running "
        "system, not files to use: /proc/"  # /proc/self is followed to this process's folder
    )


def test_a_symlink_into_proc_or_dev_is_followed_and_refused(tmp_path: Path) -> None:
    (tmp_path / "innocent.mp4").symlink_to("/proc/self/environ")
    (tmp_path / "zero.mp4").symlink_to("/dev/zero")

    assert "is in /proc" in check(tmp_path, "innocent.mp4")[0]
    assert "is in /dev" in check(tmp_path, "zero.mp4")[0]


def test_a_text_file_or_an_image_is_not_a_clip(tmp_path: Path) -> None:
    (tmp_path / "key.mp4").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")
    (tmp_path / "still.mp4").write_bytes(PNG)

    text = check(tmp_path, "key.mp4")
    image = check(tmp_path, "still.mp4")

    assert text == [
        f"{tmp_path / 'r.supple.json'}: clips.p1.file: the clip file is not a video (expected MP4, MOV, "
        f"MKV, WebM or AVI; its first bytes match none of them): {tmp_path / 'key.mp4'}"
    ]
    assert image[0].endswith(f"the clip file is an image (PNG), not a video: {tmp_path / 'still.mp4'}")


def test_posters_must_be_images(tmp_path: Path, webm: Path) -> None:
    (tmp_path / "poster.png").write_bytes(PNG)
    (tmp_path / "poster.jpg").write_text("a poster\n")

    good = check(tmp_path, str(webm), poster="poster.png")
    bad = check(tmp_path, str(webm), poster="poster.jpg")

    assert good[-1].endswith("OK (Test routine, 1 step)")
    assert bad[0].startswith(
        f"{tmp_path / 'r.supple.json'}: clips.p1.poster: the poster image is not an image"
    )


def test_fifos_and_sockets_are_refused_without_being_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.mp4")  # opening it to read would wait for a writer forever
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock.mp4"))

        for name in ("pipe.mp4", "sock.mp4"):
            assert check(tmp_path, name) == [
                f"{tmp_path / 'r.supple.json'}: clips.p1.file: the clip file is not a regular file "
                f"(a device, pipe or socket): {tmp_path / name}"
            ]


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "mp4"),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", "mp4"),
        (b"\x00\x00\x00\x08wide\x00\x00\x00\x00mdat", "mp4"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81", "matroska"),
        (b"RIFF\x10\x00\x00\x00AVI LIST", "avi"),
        (PNG, "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "webp"),
        (b"RIFF\x10\x00\x00\x00WAVEfmt ", None),
        (b"\x00\x00\x00\x04ftypisom", None),  # a box smaller than its own header
        (b"PK\x03\x04", None),
        (b"", None),
    ],
)
def test_signatures(head: bytes, found: str | None) -> None:
    assert sniff(head) == found


def test_the_check_for_bytes_not_yet_on_disk() -> None:
    assert head_problem(b"\x1a\x45\xdf\xa3", Kind.VIDEO) is None
    assert head_problem(b"\x1a\x45\xdf\xa3", Kind.IMAGE) == "is a video (Matroska/WebM), not an image"
    assert head_problem(b"", Kind.VIDEO) == "is empty (0 bytes)"
    assert file_problem(Path("/sys/kernel"), Kind.VIDEO) is not None


def test_supple_check_on_the_command_line_exits_1_for_a_webm_loop_past_the_end(
    tmp_path: Path, webm: Path
) -> None:
    doc = minimal_routine()
    doc["clips"]["p1"] = {"file": str(webm)}
    doc["steps"][0]["segment"] = [0, 4]
    routine = write_json(tmp_path / "r.supple.json", doc)

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "check", str(routine)], capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 1
    assert result.stdout.startswith(
        f"{routine}: steps[0].segment: the loop ends at 4 s, past the end of clip"
    )
