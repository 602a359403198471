"""Clocks the session reads: a monotonic one for deadlines and a wall one for history.

The wall clock (`WallClock`, `utc_now`) is the domain's (desktop/domain/wall_clock.py), shared with
the store; `Clock` here is only ever the monotonic one.

The session never counts ticks. It asks a `Clock` for the time and compares it with deadlines,
so the real clock can be swapped for a `FakeClock` that moves only when a test says so.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """A monotonic source of seconds; only differences between readings mean anything."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic`, which never jumps when the system time is changed."""

    def now(self) -> float:
        return time.monotonic()


_FAKE_EPOCH = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


class FakeClock:
    """A clock for tests that moves only through `advance`; `wall` is a matching `WallClock`.

    It starts at 1000 s rather than 0 so that code which wrongly treats a reading as a duration
    shows up in tests.
    """

    def __init__(self, start: float = 1000.0, wall_epoch: datetime = _FAKE_EPOCH) -> None:
        self._start = start
        self._t = start
        self._wall_epoch = wall_epoch

    def now(self) -> float:
        return self._t

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self._t += seconds

    def advance_to(self, t: float) -> None:
        """Move to the absolute reading `t`, which must not be in the past."""
        if t < self._t:
            raise ValueError(f"a monotonic clock cannot go back (from {self._t} to {t})")
        self._t = t

    def wall(self) -> datetime:
        return self._wall_epoch + timedelta(seconds=self._t - self._start)
