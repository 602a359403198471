"""The core's modules stay small enough to read whole: each under 700 lines, one thing each."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 700
CORE = ("domain", "content", "engine", "store")


@pytest.mark.parametrize("package", CORE)
def test_no_core_module_is_over_700_lines(package: str) -> None:
    modules = sorted((ROOT / "desktop" / package).rglob("*.py"))
    assert modules
    long = {
        str(m.relative_to(ROOT)): n
        for m in modules
        if (n := len(m.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these into parts that are one thing each: {long}"
