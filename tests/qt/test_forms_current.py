"""Compiled forms in desktop/qt/forms must match ui/*.ui (they are generated, never edited)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compiled_forms_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "compile_forms.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, f"run 'make forms': {result.stdout}{result.stderr}"
