"""Update Supple's translations: pyside6-lupdate into resources/translations/supple_<lang>.ts, then
pyside6-lrelease into the .qm files the app loads (both are committed).

Run from the repository root:  python packaging/translations.py   (make translations)

The .ts files keep no line numbers ("-locations none"), so that moving code leaves them unchanged.
tests/unit/test_translations.py checks that the .ts files are current with the code, complete,
and that the .qm files are what lrelease makes of them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings the window shows: desktop/qt (not the compiled forms), ui/*.ui, and
    the start-up code in desktop/app.py."""
    qt = root / "desktop" / "qt"
    files = [p for p in sorted(qt.rglob("*.py")) if "forms" not in p.relative_to(qt).parts]
    return [*files, root / "desktop" / "app.py", *sorted((root / "ui").glob("*.ui"))]


def lupdate(ts_files: list[Path], root: Path = ROOT, *, plural_only: bool = False) -> None:
    """Merge the sources' messages into `ts_files` (created when missing); vanished ones are dropped."""
    subprocess.run(
        [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
         *(["-pluralonly"] if plural_only else []),
         *(str(p) for p in sources(root)), "-ts", *(str(p) for p in ts_files)],
        check=True,
    )  # fmt: skip


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def ts_files(folder: Path = FOLDER) -> list[Path]:
    """supple_en.ts holds English plural forms only ("%n rep(s)": "1 rep", "5 reps")."""
    return [folder / f"supple_{lang}.ts" for lang in (*LANGUAGES, "en")]


def main() -> int:
    ts_files_ = ts_files()
    lupdate(ts_files_[:-1])
    lupdate(ts_files_[-1:], plural_only=True)
    for ts in ts_files_:
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"wrote {ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
