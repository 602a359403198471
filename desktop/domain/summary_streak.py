"""The streak line of the session summary: a stand-in until the history's own streak rule (daily
and weekly targets) replaces `summary_streak_line`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta


def summary_streak_line(practised: Iterable[date], today: date) -> str:
    """Consecutive days practised up to `today` (which counts: a session has just ended), in words."""
    days = set(practised) | {today}
    count, day = 0, today
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return "Day 1 of a new streak" if count == 1 else f"{count} days in a row"
