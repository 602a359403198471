"""Supple's command line: `supple [--data-dir DIR] [--backend auto|vlc|qt] [--play] [--version] [FILE]`.

Subcommands (`check`, ...) run without starting the GUI. Nothing heavy is imported here, so
`--version`, errors and subcommands answer at once.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

import desktop
from desktop.media.select import CHOICES
from desktop.paths import shown_path, version_text

#: Global options that take a value (so the value is not mistaken for a subcommand or FILE).
_VALUED = {"--data-dir", "--backend"}


class _Version(argparse.Action):
    """--version, printed as it is: argparse's own would wrap a long path at the terminal's width."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        sys.stdout.write(version_text(desktop.__version__) + "\n")
        parser.exit(0)


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog.split()[0]} --help')\n")


def path_problem(text: str, *, want: str) -> str | None:
    """Why the path `text` cannot be used as a `want` ("file" or "folder"), or None if it can.

    A folder that does not exist yet is fine (Supple creates it); a file must exist. Every way the
    operating system refuses a path (too long, a loop of links, a NUL byte) becomes a sentence.
    """
    shown = shown_path(text)
    try:
        path = Path(text).expanduser()
        if want == "folder":
            # Walk up to the part that exists: every component must be a folder.
            existing = path
            while not existing.exists() and existing != existing.parent:
                existing = existing.parent
            if not existing.is_dir():
                what = "a file" if existing == path else f"under a file ({shown_path(existing)})"
                return f"is {what}, not a folder: {shown}"
            if existing != path:
                os.stat(path.parent if path.parent.exists() else existing)
                _check_name_lengths(path)
            return None
        if path.is_dir():
            return f"is a folder, not a file: {shown}"
        if not path.exists():
            with contextlib.suppress(FileNotFoundError):
                path.stat()  # raises for a name too long or a loop, rather than "no such file"
            return f"no such file: {shown}"
        return None
    except OSError as e:
        return f"{_os_reason(e)}: {shown}"


def _check_name_lengths(path: Path) -> None:
    """Raise ENAMETOOLONG for a path that could never be created, before anything is created."""
    limit = os.pathconf("/", "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    if any(len(os.fsencode(part)) > limit for part in path.parts):
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))
    path_max = os.pathconf("/", "PC_PATH_MAX") if hasattr(os, "pathconf") else 4096
    # The data folder holds files a few levels down (backups/..., logs/...): keep room for them.
    if len(os.fsencode(path.resolve())) > path_max - 64:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG))


def _os_reason(error: OSError) -> str:
    reasons = {
        errno.ENAMETOOLONG: "the path is too long",
        errno.ELOOP: "the path is a loop of symbolic links",
        errno.EACCES: "permission denied",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
        errno.ENOENT: "no such file or folder",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))


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
        choices=CHOICES,
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
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="say the version and which libVLC it uses"
    )
    parser.add_argument(
        "--play",
        nargs="?",
        const=True,
        default=False,
        metavar="PLAYLIST",
        help="start at once (e.g. from a desktop shortcut): the session of the routine FILE, "
        "or the saved playlist PLAYLIST (its id or name)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray without showing the window (the start-at-login entry does), where "
        "the desktop has a tray",
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
        help="table (default) for reading, csv or json for your own records (docs/history-format.md)",
    )
    p.add_argument(
        "--sessions", action="store_true", help="one row per session, with how it felt, instead of per step"
    )
    p.add_argument("--routine", metavar="ID", help="only sessions that played the routine with this id")
    p.add_argument("--playlist", metavar="ID", help="only sessions that played the playlist with this id")
    p.add_argument(
        "--since", metavar="DATE", type=_local_date, help="only sessions from DATE (YYYY-MM-DD) on"
    )
    p.add_argument("--until", metavar="DATE", type=_local_date, help="only sessions up to DATE (YYYY-MM-DD)")


def _local_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-31") from None


def _history_run(opts: argparse.Namespace) -> int:
    from desktop.paths import data_paths
    from desktop.store import print_history
    from desktop.store.history_queries import HistoryFilter

    flt = HistoryFilter(opts.routine, opts.playlist, opts.since, opts.until)
    return print_history(data_paths(opts.data_dir), opts.format, sys.stdout, flt=flt, sessions=opts.sessions)


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
    from desktop.content.library_cli import import_file
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
    from desktop.content.library_cli import export_item
    from desktop.paths import data_paths

    return export_item(data_paths(opts.data_dir), opts.id, opts.out, sys.stdout, err=sys.stderr)


def _sheet_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", metavar="ID", help="the id of a routine or saved playlist")
    p.add_argument("--out", metavar="FILE", required=True, help="the PDF file to write (*.pdf)")
    p.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="the page size (default: by your locale, Letter in the Americas' Letter countries, else A4)",
    )


def _sheet_run(opts: argparse.Namespace) -> int:
    from desktop.paths import data_paths
    from desktop.sheet.cli import write_sheet

    return write_sheet(
        data_paths(opts.data_dir), opts.id, opts.out, sys.stdout, err=sys.stderr, paper=opts.paper
    )


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
    "sheet": ("write a printable sheet of a routine or playlist as a PDF", _sheet_args, _sheet_run),
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
        opts.playlist = None
        if isinstance(opts.play, str):  # `--play X`: a routine FILE, or a saved playlist
            if opts.file is None and Path(opts.play).is_file():
                opts.file = opts.play
            elif opts.file is not None:
                build_parser().error("--play takes a routine FILE or a saved PLAYLIST, not both")
            else:
                opts.playlist = opts.play
            opts.play = True
        _check_paths(opts)
        return opts, None
    global_opts = build_parser().parse_args(head)
    if global_opts.file is not None:  # pragma: no cover - split_subcommand stops at the first positional
        build_parser().error(f"unexpected argument {global_opts.file!r}")
    help_, configure, _ = SUBCOMMANDS[command]
    sub = Parser(prog=f"supple {command}", description=help_)
    _add_globals(sub, suppress=True)
    configure(sub)
    opts = sub.parse_args(rest, namespace=global_opts)
    _check_paths(opts, sub, files=False)  # each subcommand says itself what is wrong with its files
    return opts, command


def _check_paths(opts: argparse.Namespace, parser: Parser | None = None, *, files: bool = True) -> None:
    """Refuse an unusable --data-dir (and FILE, with `files`) with one line and status 2, before
    anything starts."""
    parser = parser or build_parser()
    data_dir = getattr(opts, "data_dir", None)
    if data_dir:
        problem = path_problem(data_dir, want="folder")
        if problem is not None:
            parser.error(f"--data-dir {problem}")
    file = getattr(opts, "file", None) if files else None
    if file is not None:
        problem = path_problem(file, want="file")
        if problem is not None:
            parser.error(problem)


def missing_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why the GUI cannot start here, or None. Qt would abort with a message about reinstalling."""
    env = os.environ if environ is None else environ
    if platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set): start Supple in a desktop session"


def main(argv: Sequence[str] | None = None) -> int:
    opts, command = parse(sys.argv[1:] if argv is None else argv)
    if command is not None:
        if opts.data_dir:
            os.environ["SUPPLE_DATA_DIR"] = str(Path(opts.data_dir).resolve())
        try:
            return SUBCOMMANDS[command][2](opts)
        except OSError as e:
            # The last line of defence: a path the file system refuses is one line, never a traceback.
            where = f": {shown_path(e.filename)}" if e.filename else ""
            sys.stderr.write(f"supple {command}: error: {_os_reason(e)}{where}\n")
            return 2
    problem = missing_display()
    if problem:
        print(f"supple: error: {problem}", file=sys.stderr)
        return 2
    from desktop.app import run

    return run(opts)


if __name__ == "__main__":
    raise SystemExit(main())
