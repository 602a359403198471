"""The routine that ships with Supple."""

from __future__ import annotations

from pathlib import Path

from desktop.content.routine import ROUTINE_SUFFIX
from desktop.paths import resource

BUNDLED_ROUTINE_ID = "scorpion-stretch"


def bundled_routine_path() -> Path:
    return resource("routines", BUNDLED_ROUTINE_ID + ROUTINE_SUFFIX)
