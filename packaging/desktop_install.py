#!/usr/bin/env python3
"""Install Supple into the current user's desktop (menu, icons, file types), or remove it again.

    python3 packaging/desktop_install.py install [--exec PATH] [--data-home DIR]
    python3 packaging/desktop_install.py uninstall [--data-home DIR]

Files go under $XDG_DATA_HOME (~/.local/share): applications/io.supple.Supple.desktop,
metainfo/, mime/packages/ and icons/hicolor/; then update-desktop-database and
update-mime-database refresh the desktop's caches. Everything the install adds (files, folders,
caches that did not exist) is listed in io.supple.Supple/desktop-install.json, and uninstall
removes exactly that and refreshes the caches again, so the folder is left as it was.

Standard library only: `make install-desktop` runs it with the system's Python.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.supple.Supple"  # desktop/identity.py; tests/unit/test_desktop_files.py checks they agree
PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
MANIFEST = Path(APP_ID) / "desktop-install.json"
#: Characters the desktop entry spec reserves in Exec: an argument with one of them is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env) if os.path.isabs(env) else Path.home() / ".local" / "share"


def exec_argument(program: str) -> str:
    """`program` as the first word of an Exec line (quoted and escaped as the spec says)."""
    if "%" in program or "\n" in program:
        raise SystemExit(f"desktop_install: cannot name {program!r} in a desktop file (% or a line break)")
    if not any(c in _RESERVED for c in program):
        return program
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in program)
    # The file format escapes backslashes once more.
    return ('"' + escaped + '"').replace("\\", "\\\\")


def desktop_entry(program: str) -> str:
    """The repository's desktop file with Exec and TryExec naming `program`."""
    lines = []
    for line in (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_argument(program)} %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + program.replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def payload(program: str) -> dict[Path, bytes]:
    """Every file the install writes, relative to the data folder, with its content."""
    files = {
        Path("applications", f"{APP_ID}.desktop"): desktop_entry(program).encode("utf-8"),
        Path("metainfo", f"{APP_ID}.metainfo.xml"): (PACKAGING / f"{APP_ID}.metainfo.xml").read_bytes(),
        Path("mime", "packages", f"{APP_ID}.xml"): (PACKAGING / f"{APP_ID}.mime.xml").read_bytes(),
    }
    for icon in sorted(HICOLOR.glob(f"*/apps/{APP_ID}*")):
        files[Path("icons", "hicolor", *icon.relative_to(HICOLOR).parts)] = icon.read_bytes()
    return files


def _snapshot(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.is_dir() else set()


def _run(tool: str, *args: str) -> bool:
    """Run a cache tool; a missing one is said in one line (the desktop catches up at the next login)."""
    path = shutil.which(tool)
    if path is None:
        print(f"desktop_install: {tool} is not installed; the menu and file types update at your next login")
        return False
    result = subprocess.run([path, *args], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"desktop_install: {tool} failed: {result.stderr.strip() or result.returncode}")
        return False
    return True


def _refresh(home: Path) -> None:
    if (home / "applications").is_dir():
        _run("update-desktop-database", "-q", str(home / "applications"))
    if (home / "mime" / "packages").is_dir():
        _run("update-mime-database", str(home / "mime"))


def install(home: Path, program: str) -> list[Path]:
    manifest = home / MANIFEST
    if manifest.is_file():
        uninstall(home, quiet=True)  # a second install replaces the first, and the manifest stays exact
    before = _snapshot(home)
    home_existed = home.is_dir()
    written = []
    for relative, data in payload(program).items():
        target = home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    _refresh(home)
    added = sorted(_snapshot(home) - before - {manifest})
    record = {
        "files": [str(p.relative_to(home)) for p in added if not p.is_dir()],
        "folders": [str(p.relative_to(home)) for p in added if p.is_dir()],
        "data_home_created": not home_existed,
    }
    manifest.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"Installed Supple for this user in {home} ({len(written)} files; Exec: {program})")
    return written


def uninstall(home: Path, quiet: bool = False) -> None:
    manifest = home / MANIFEST
    if not manifest.is_file():
        if not quiet:
            print(f"desktop_install: nothing to remove ({manifest} does not exist)")
        return
    record = json.loads(manifest.read_text(encoding="utf-8"))
    ours = set(payload("supple"))
    # Our own files first; the caches only after the tools have rebuilt them without us.
    for name in record["files"]:
        if Path(name) in ours:
            (home / name).unlink(missing_ok=True)
    _refresh(home)
    for name in record["files"]:
        (home / name).unlink(missing_ok=True)  # caches and per-type files that only we brought
    manifest.unlink()
    for name in sorted([*record["folders"], str(MANIFEST.parent)], key=lambda n: -len(Path(n).parts)):
        folder = home / name
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    if record.get("data_home_created") and home.is_dir() and not any(home.iterdir()):
        home.rmdir()
    if not quiet:
        print(f"Removed Supple's desktop files from {home}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--data-home", metavar="DIR", help="instead of $XDG_DATA_HOME or ~/.local/share")
    parser.add_argument(
        "--exec", metavar="PATH", default=None, help="the supple program to start (default: supple on PATH)"
    )
    opts = parser.parse_args(argv)
    home = data_home(opts.data_home)
    if opts.action == "install":
        program = opts.exec or shutil.which("supple") or "supple"
        install(home, str(Path(program).absolute()) if os.sep in program else program)
    else:
        uninstall(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
