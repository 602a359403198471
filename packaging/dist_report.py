"""What takes the space in a frozen build: `python packaging/dist_report.py dist/supple`.

Prints a Markdown table: the whole folder, then its largest parts grouped the way one would trim
them (Qt's libraries, plugins and translations, PyAV's FFmpeg, libVLC, Python, the rest).
Standard library only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

GROUPS = (
    ("libVLC and its plugins", ("vlc/", "libvlc")),
    ("Qt translations", ("PySide6/Qt/translations/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("Qt's ICU (Unicode data)", ("PySide6/Qt/lib/libicu",)),
    ("Qt Multimedia's FFmpeg", ("PySide6/Qt/lib/libav", "PySide6/Qt/lib/libsw")),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/")),
    ("PyAV and its FFmpeg (codecs, x264/x265 it is built with)", ("av/", "av.libs/")),
    ("Python and its standard library", ("libpython", "python3", "base_library.zip", "lib-dynload/")),
    ("SQLAlchemy, Alembic, jsonschema", ("sqlalchemy/", "alembic/", "jsonschema", "rpds/", "referencing/")),
    ("Supple's resources (clips, sounds, icons)", ("resources/", "ui/", "desktop/")),
)


def group_of(relative: str) -> str:
    for name, prefixes in GROUPS:
        if any(relative.startswith(p) for p in prefixes):
            return name
    return "system libraries and the rest"


def sizes(folder: Path) -> Counter[str]:
    internal = folder / "_internal"
    base = internal if internal.is_dir() else folder
    totals: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
            totals[group_of(relative)] += path.stat().st_size
    return totals


def table(folder: Path) -> str:
    totals = sizes(folder)
    whole = sum(totals.values())
    rows = [
        "| Part | MB | Share |",
        "|---|---:|---:|",
        f"| **the whole folder** | **{whole / 1e6:.0f}** | 100 % |",
    ]
    rows += [
        f"| {name} | {size / 1e6:.1f} | {100 * size / whole:.0f} % |" for name, size in totals.most_common()
    ]
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    opts = parser.parse_args()
    if not opts.folder.is_dir():
        print(f"dist_report: {opts.folder} is not a folder (run make dist)", file=sys.stderr)
        return 2
    print(table(opts.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
