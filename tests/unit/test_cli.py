"""The command line: global options, subcommands, one-line errors with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop
from desktop.__main__ import parse, split_subcommand


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=60
    )


def test_version_prints_and_exits_zero() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == f"supple {desktop.__version__}"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--no-such-option"], "unrecognized arguments: --no-such-option"),
        (["--backend", "mplayer"], "invalid choice: 'mplayer'"),
        (["/no/such/routine.supple.json"], "no such file: /no/such/routine.supple.json"),
        (["check"], "the following arguments are required: FILE"),
    ],
)
def test_bad_arguments_get_one_line_and_status_2(args: list[str], fragment: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("supple")
    assert fragment in lines[0]


def test_folder_as_file_is_refused(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path))
    assert result.returncode == 2
    assert "is a folder" in result.stderr


def test_split_subcommand_skips_values_of_global_options() -> None:
    # "check" as the value of --data-dir is a folder name, not the subcommand.
    assert split_subcommand(["--data-dir", "check", "x.json"]) == (
        ["--data-dir", "check", "x.json"],
        None,
        [],
    )
    assert split_subcommand(["--data-dir", "d", "check", "a", "b"]) == (
        ["--data-dir", "d"],
        "check",
        ["a", "b"],
    )


def test_global_options_reach_subcommands(tmp_path: Path) -> None:
    routine = tmp_path / "r.supple.json"
    routine.write_text("{}")
    opts, command = parse(["--data-dir", str(tmp_path / "d"), "check", str(routine)])
    assert command == "check"
    assert opts.data_dir == str(tmp_path / "d")
    assert opts.files == [str(routine)]
    opts, command = parse(["check", "--data-dir", "elsewhere", str(routine)])
    assert opts.data_dir == "elsewhere"


def test_file_and_backend_are_parsed(tmp_path: Path) -> None:
    clip = tmp_path / "a.mp4"
    clip.write_bytes(b"x")
    opts, command = parse(["--backend", "qt", str(clip)])
    assert command is None
    assert (opts.backend, opts.file) == ("qt", str(clip))


def test_check_validates_files_and_exits_non_zero_with_the_problems(tmp_path: Path) -> None:
    from desktop.content import bundled_routine_path

    good = run_cli("check", str(bundled_routine_path()))
    assert good.returncode == 0
    assert "OK (Scorpion Stretch, 5 steps)" in good.stdout
    bad = tmp_path / "mine.supple.json"
    bad.write_text('{"format": "supple.routine/1", "id": "Mine!", "title": "x", "steps": []}')
    result = run_cli("--data-dir", str(tmp_path / "d"), "check", str(bundled_routine_path()), str(bad))
    assert result.returncode == 1
    assert "mine.supple.json: id:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def _long(tmp_path: Path, length: int, suffix: str = "") -> str:
    return str(tmp_path / ("x" * length)) + suffix


@pytest.mark.parametrize(
    ("make_args", "fragment"),
    [
        (lambda t: ["--data-dir", _long(t, 300), "history"], "--data-dir the path is too long"),
        (lambda t: ["--data-dir", _long(t, 300)], "--data-dir the path is too long"),
        (lambda t: [_long(t, 5000)], "the path is too long"),
        (lambda t: ["import", _long(t, 5000)], "the path is too long"),
        (lambda t: ["export", "scorpion-stretch", "--out", _long(t, 5000, ".json")], "the path is too long"),
        (lambda t: ["--data-dir", "/etc/hostname", "history"], "--data-dir is a file, not a folder"),
        (lambda t: ["--data-dir", "/etc/hostname/sub", "history"], "--data-dir is under a file"),
    ],
)
def test_unusable_paths_get_one_short_line_and_status_2(
    tmp_path: Path, make_args: Callable[[Path], list[str]], fragment: str
) -> None:
    result = run_cli(*make_args(tmp_path))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr
    assert len(lines[0]) < 300  # the path is shown shortened, with "…"


def test_link_loop_as_file_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop.supple.json"
    loop.symlink_to(loop)
    result = run_cli(str(loop))
    assert result.returncode == 2
    assert "loop of symbolic links" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_play_takes_a_routine_file_or_a_saved_playlist(tmp_path: Path) -> None:
    from desktop.__main__ import parse

    routine = tmp_path / "r.supple.json"
    routine.write_text("{}", encoding="utf-8")
    opts, _ = parse(["--play", "Morning warm-up"])
    assert (opts.play, opts.playlist, opts.file) == (True, "Morning warm-up", None)
    opts, _ = parse(["--play", str(routine)])
    assert (opts.play, opts.playlist, opts.file) == (True, None, str(routine))
    opts, _ = parse([str(routine), "--play"])
    assert (opts.play, opts.playlist, opts.file) == (True, None, str(routine))
    opts, _ = parse([str(routine)])
    assert (opts.play, opts.playlist) == (False, None)


def _special(tmp_path: Path, kind: str) -> Path:
    if kind == "device":
        return Path("/dev/zero")
    if kind == "fifo":
        os.mkfifo(tmp_path / "routine.supple.json")
        return tmp_path / "routine.supple.json"
    if kind == "folder":
        (tmp_path / "routines.supple").mkdir()
        return tmp_path / "routines.supple"
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    return tmp_path / "a" / "routine.supple.json"


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("device", "is a device, not a file"),
        ("fifo", "is a named pipe (FIFO), not a file"),
        ("folder", "is a folder; give a bundle (*.supple), a routine file or a playlist file"),
        ("loop", "is a loop of symbolic links, not a file"),
    ],
)
def test_import_of_something_that_is_not_a_file_says_what_it_is(
    tmp_path: Path, kind: str, reason: str
) -> None:
    source = _special(tmp_path, kind)
    result = run_cli("--data-dir", str(tmp_path / "d"), "import", str(source))
    assert result.returncode == 2
    assert result.stderr == f"supple import: {source}: this {reason}\n"
    assert not (tmp_path / "d" / "library").exists()


def test_import_asks_for_the_flag_before_copying_clips_from_outside_the_folder(tmp_path: Path) -> None:
    key = tmp_path / "home" / ".ssh" / "id_ed25519"
    key.parent.mkdir(parents=True)
    key.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
    routine = tmp_path / "downloads" / "lure" / "lure.supple.json"
    routine.parent.mkdir(parents=True)
    routine.write_text(
        json.dumps({
            "format": "supple.routine/1", "id": "lure", "title": "Lure",
            "clips": {"a": {"file": str(key)}, "b": {"file": "/proc/self/environ"}},
            "steps": [
                {"id": "one", "title": "One", "clip": "a", "hold": 10},
                {"id": "two", "title": "Two", "clip": "b", "hold": 10},
            ],
        })
    )  # fmt: skip
    data = tmp_path / "d"
    result = run_cli("--data-dir", str(data), "import", str(routine))
    assert result.returncode == 1
    first, *listed = result.stderr.splitlines()
    assert first.startswith(f"supple import: {routine}: the routine uses 2 files from outside its folder")
    assert first.endswith("(supple import --allow-outside-clips)")
    assert len(listed) == 2
    assert listed[0] == f"  {routine}: clips.a.file: '{key}' is an absolute path"
    assert listed[1].startswith(
        f"  {routine}: clips.b.file: '/proc/self/environ' is an absolute path, which leads to /proc/"
    )
    assert not (data / "library").exists()
    allowed = run_cli("--data-dir", str(data), "import", "--allow-outside-clips", str(routine))
    assert allowed.returncode == 1
    assert "clips.a.file" in allowed.stderr and "is not a video" in allowed.stderr
    assert (
        "clips.b.file" in allowed.stderr and "is in /proc, which shows the running system" in allowed.stderr
    )
    assert not (data / "library").exists()


def test_export_to_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "s.supple"
    result = run_cli("--data-dir", str(tmp_path / "d"), "export", "scorpion-stretch", "--out", str(out))
    assert result.returncode == 2
    assert result.stderr == (
        f'supple export: {out}: the folder "{out.parent}" does not exist; nothing was written\n'
    )
    assert not (tmp_path / "no").exists()
