"""The wall clock: the one source of "now" for history and the store's timestamps.

Deadlines never read it; they use the engine's monotonic `Clock` (desktop/engine/clock.py), which
does not jump when the system time is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeAlias

WallClock: TypeAlias = Callable[[], datetime]
"""Returns the current wall-clock time as an aware datetime in UTC; tests pass a fixed one."""


def utc_now() -> datetime:
    """The real wall clock, in UTC."""
    return datetime.now(UTC)


__all__ = ["WallClock", "utc_now"]
