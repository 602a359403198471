"""Supple's command line: `supple [--data-dir DIR] [--backend auto|vlc|qt] [--play] [--version] [FILE]`.

Subcommands (`check`, ...) run without starting the GUI. Nothing heavy is imported here, so
`--version`, errors and subcommands answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import desktop

BACKENDS = ("auto", "vlc", "qt")
#: Global options that take a value (so the value is not mistaken for a subcommand or FILE).
_VALUED = {"--data-dir", "--backend"}


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog.split()[0]} --help')\n")


def _add_globals(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep every file Supple writes under DIR (also: SUPPLE_DATA_DIR)",
    )
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default=argparse.SUPPRESS if suppress else "auto",
        help="video backend: libVLC, Qt Multimedia, or auto (libVLC when it loads)",
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="supple",
        description="A player for guided movement routines.",
        epilog="Subcommands: "
        + ", ".join(f"'{name}' ({help_})" for name, (help_, _, _) in SUBCOMMANDS.items())
        + ". Run 'supple SUBCOMMAND --help' for theirs.",
    )
    _add_globals(parser)
    parser.add_argument("--version", action="version", version=f"supple {desktop.__version__}")
    parser.add_argument(
        "--play",
        action="store_true",
        help="start the routine's session at once (e.g. from a desktop shortcut)",
    )
    parser.add_argument(
        "file", metavar="FILE", nargs="?", help="a routine file (*.supple.json) or a clip to open"
    )
    return parser


# ----- subcommands: name -> (help, configure parser, run)
def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", metavar="FILE", nargs="+", help="routine files to validate")


def _check_run(opts: argparse.Namespace) -> int:
    from desktop.content import check_files

    return check_files([Path(f) for f in opts.files], sys.stdout)


def _history_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (default) for reading, csv or json for your own records",
    )


def _history_run(opts: argparse.Namespace) -> int:
    from desktop.paths import data_paths
    from desktop.store import print_history

    return print_history(data_paths(opts.data_dir), opts.format, sys.stdout)


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a bundle (*.supple), a routine file or a playlist file")
    p.add_argument(
        "--replace", action="store_true", help="overwrite a different routine or playlist with the same id"
    )
    p.add_argument(
        "--allow-outside-clips",
        action="store_true",
        help="let a routine file copy clips and posters from outside its folder (by an absolute path or "
        "../..) into the library; they are shipped in every export, so check them first",
    )


def _import_run(opts: argparse.Namespace) -> int:
    from desktop.content.library import import_file
    from desktop.paths import data_paths

    return import_file(
        data_paths(opts.data_dir),
        opts.file,
        sys.stdout,
        err=sys.stderr,
        replace=opts.replace,
        allow_outside_clips=opts.allow_outside_clips,
    )


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="the id of a routine or playlist")
    p.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help="*.supple: a bundle with the clips; *.json: the file alone",
    )


def _export_run(opts: argparse.Namespace) -> int:
    from desktop.content.library import export_item
    from desktop.paths import data_paths

    return export_item(data_paths(opts.data_dir), opts.id, opts.out, sys.stdout, err=sys.stderr)


SUBCOMMANDS: dict[
    str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {
    "check": ("validate routine files", _check_args, _check_run),
    "history": ("print the session history, one row per step", _history_args, _history_run),
    "import": (
        "add a routine or playlist (a .supple bundle or a file) to the library",
        _import_args,
        _import_run,
    ),
    "export": ("write a routine or playlist as a .supple bundle or a .json file", _export_args, _export_run),
}


def split_subcommand(argv: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """Split argv into global options, the subcommand (if any) and its own arguments."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg in _VALUED:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        if arg in SUBCOMMANDS:
            return list(argv[:i]), arg, list(argv[i + 1 :])
        break
    return list(argv), None, []


def parse(argv: Sequence[str]) -> tuple[argparse.Namespace, str | None]:
    head, command, rest = split_subcommand(argv)
    if command is None:
        opts = build_parser().parse_args(head)
        if opts.file is not None:
            path = Path(opts.file)
            if not path.exists():
                build_parser().error(f"no such file: {opts.file}")
            if path.is_dir():
                build_parser().error(f"is a folder, not a file: {opts.file}")
        return opts, None
    global_opts = build_parser().parse_args(head)
    if global_opts.file is not None:  # pragma: no cover - split_subcommand stops at the first positional
        build_parser().error(f"unexpected argument {global_opts.file!r}")
    help_, configure, _ = SUBCOMMANDS[command]
    sub = Parser(prog=f"supple {command}", description=help_)
    _add_globals(sub, suppress=True)
    configure(sub)
    opts = sub.parse_args(rest, namespace=global_opts)
    return opts, command


def main(argv: Sequence[str] | None = None) -> int:
    opts, command = parse(sys.argv[1:] if argv is None else argv)
    if command is not None:
        import os

        if opts.data_dir:
            os.environ["SUPPLE_DATA_DIR"] = str(Path(opts.data_dir).resolve())
        return SUBCOMMANDS[command][2](opts)
    from desktop.app import run

    return run(opts)


if __name__ == "__main__":
    raise SystemExit(main())
