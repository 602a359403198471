"""Streaks: how many days (or weeks) in a row a person has practised. Pure functions of dates.

A day is a calendar date in one time zone, the one the person is in now: each session's start
(stored in UTC) is converted with `practice_days(starts, zone)`, so a daylight-saving change never
makes a day of 23 or 25 hours count twice or leave a gap, and sessions recorded in another time zone
fall on the dates they had there as seen from here.

With a daily target a streak is the run of consecutive days practised; with a weekly target of N
days it is the run of consecutive weeks (Monday to Sunday) with at least N days practised. Today (or
this week) still in progress does not break the current streak: it counts once it is met.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum


class StreakUnit(StrEnum):
    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class Streaks:
    """The current and the longest streak, in `unit`s (days, or weeks that met the target)."""

    current: int
    longest: int
    unit: StreakUnit
    #: Days a week the target asks for (7 for a daily target).
    days_per_week: int = 7

    def describe(self) -> str:
        """The streak in words, for the history view and the session summary."""
        if self.unit is StreakUnit.DAY:
            return f"{_count(self.current, 'day')} in a row (longest {_count(self.longest, 'day')})"
        return (
            f"{_count(self.current, 'week')} in a row with {self.days_per_week} days practised"
            f" (longest {_count(self.longest, 'week')})"
        )


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def practice_days(starts: Iterable[datetime], zone: tzinfo | None = None) -> set[date]:
    """The local dates of aware datetimes `starts` in `zone` (None: the computer's time zone)."""
    return {t.astimezone(zone).date() for t in starts}


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def daily_streaks(days: Collection[date], today: date) -> Streaks:
    """Consecutive days practised: the run ending today (or yesterday, while today is not over)."""
    current = 0
    day = today if today in days else today - timedelta(days=1)
    while day in days:
        current += 1
        day -= timedelta(days=1)
    return Streaks(current, max(current, _longest_run(days, timedelta(days=1))), StreakUnit.DAY)


def weekly_streaks(days: Collection[date], today: date, days_per_week: int) -> Streaks:
    """Consecutive weeks with at least `days_per_week` days practised (1-7)."""
    if not 1 <= days_per_week <= 7:
        raise ValueError(f"a weekly target is 1 to 7 days, got {days_per_week}")
    per_week: dict[date, int] = {}
    for day in days:
        monday = week_start(day)
        per_week[monday] = per_week.get(monday, 0) + 1
    met = {week for week, n in per_week.items() if n >= days_per_week}
    this_week = week_start(today)
    week = this_week if this_week in met else this_week - timedelta(weeks=1)
    current = 0
    while week in met:
        current += 1
        week -= timedelta(weeks=1)
    longest = max(current, _longest_run(met, timedelta(weeks=1)))
    return Streaks(current, longest, StreakUnit.WEEK, days_per_week)


def streaks(days: Collection[date], today: date, days_per_week: int = 0) -> Streaks:
    """`daily_streaks` when `days_per_week` is 0 (a daily target), else `weekly_streaks`."""
    if days_per_week == 0:
        return daily_streaks(days, today)
    return weekly_streaks(days, today, days_per_week)


def _longest_run(points: Collection[date], step: timedelta) -> int:
    longest = 0
    for start in points:
        if start - step in points:
            continue  # not the first of its run
        n, point = 1, start + step
        while point in points:
            n += 1
            point += step
        longest = max(longest, n)
    return longest
