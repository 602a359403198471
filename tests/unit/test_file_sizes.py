"""Supple's modules stay small enough to read whole: each under 700 lines, one thing each.

The forms pyside6-uic generates (desktop/qt/forms) are the one exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 700
PACKAGES = ("domain", "content", "engine", "store", "media", "qt", "sheet")


def _lines(module: Path) -> int:
    return len(module.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_700_lines(package: str) -> None:
    modules = [m for m in sorted((ROOT / "desktop" / package).rglob("*.py")) if "forms" not in m.parts]
    assert modules
    long = {str(m.relative_to(ROOT)): n for m in modules if (n := _lines(m)) > MAX_LINES}
    assert not long, f"split these into parts that are one thing each: {long}"


def test_no_top_level_module_is_over_700_lines() -> None:
    long = {m.name: n for m in sorted((ROOT / "desktop").glob("*.py")) if (n := _lines(m)) > MAX_LINES}
    assert not long
