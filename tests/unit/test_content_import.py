"""The content layer is part of the core: it must work without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_and_decode_without_pyside6(tmp_path: Path) -> None:
    script = """
import sys
from pathlib import Path
import desktop.content
assert "PySide6" not in sys.modules, "importing desktop.content imported PySide6"
try:
    desktop.content.decode_routine('{"format": "supple.routine/1"}', Path("x.supple.json"))
except desktop.content.RoutineError:
    pass
assert "jsonschema" in sys.modules, "the schema was not used"
bad = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6", "vlc"))
assert not bad, bad
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
