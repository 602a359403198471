"""Compile every ui/*.ui form into desktop/qt/forms/ui_*.py with pyside6-uic.

Run from the repository root: python ui/compile_forms.py [--check]
With --check nothing is written; the exit status says whether the compiled forms are current.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "desktop" / "qt" / "forms"


def uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else "pyside6-uic"


def compiled(ui_file: Path) -> str:
    out = subprocess.run(
        [uic(), "--from-imports", str(ui_file)], capture_output=True, text=True, check=True
    ).stdout
    # The header names the uic version; keep it out so the output only changes when the form does.
    return "".join(
        line for line in out.splitlines(keepends=True) if "Created by: Qt User Interface" not in line
    )


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        target = FORMS / f"ui_{ui_file.stem}.py"
        text = compiled(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(target)
            if not check:
                target.write_text(text, encoding="utf-8")
    for target in stale:
        print(f"{'stale' if check else 'wrote'}: {target.relative_to(ROOT)}")
    return 1 if (check and stale) else 0


if __name__ == "__main__":
    raise SystemExit(main())
