"""Streaks: consecutive days or weeks practised, counted on local dates (DST and time-zone changes)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.streaks import StreakUnit, daily_streaks, practice_days, streaks, weekly_streaks

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def days(first: date, n: int, step: int = 1) -> set[date]:
    return {first + timedelta(days=k * step) for k in range(n)}


def test_a_daily_streak_counts_consecutive_days_up_to_today() -> None:
    today = date(2026, 12, 3)
    practised = days(date(2026, 11, 29), 5) | days(date(2026, 11, 1), 9)
    s = daily_streaks(practised, today)
    assert (s.current, s.longest, s.unit) == (5, 9, StreakUnit.DAY)


def test_today_not_yet_practised_keeps_yesterdays_streak_and_a_gap_ends_it() -> None:
    practised = days(date(2026, 11, 30), 3)  # 30 Nov .. 2 Dec
    assert daily_streaks(practised, date(2026, 12, 3)).current == 3
    assert daily_streaks(practised, date(2026, 12, 4)).current == 0
    assert daily_streaks(practised, date(2026, 12, 4)).longest == 3
    assert daily_streaks(set(), date(2026, 12, 4)) == daily_streaks(set(), date(2027, 1, 1))


def test_a_weekly_target_counts_weeks_that_met_it() -> None:
    # Weeks from Monday 2 Nov 2026: 3 days, 3 days, 2 days (not met), 3 days, 3 days; this week 1 so far.
    practised = (
        days(date(2026, 11, 2), 3, 2)
        | days(date(2026, 11, 9), 3, 2)
        | days(date(2026, 11, 16), 2, 3)
        | days(date(2026, 11, 23), 3)
        | days(date(2026, 11, 27), 3)  # Fri, Sat, Sun of that week: 6 days in all
        | days(date(2026, 11, 30), 3)
        | {date(2026, 12, 7)}
    )
    today = date(2026, 12, 8)  # the week of 7 Dec is under way: it does not break the streak
    s = weekly_streaks(practised, today, 3)
    assert (s.current, s.longest, s.unit, s.days_per_week) == (2, 2, StreakUnit.WEEK, 3)
    assert weekly_streaks(practised, today, 2).current == 5
    assert weekly_streaks(practised | days(date(2026, 12, 9), 2), date(2026, 12, 10), 3).current == 3
    assert streaks(practised, today, 0) == daily_streaks(practised, today)
    with pytest.raises(ValueError, match="1 to 7"):
        weekly_streaks(practised, today, 8)


def test_days_across_a_daylight_saving_change_count_once_each() -> None:
    """Berlin went to summer time on 29 March 2026 at 02:00: that day has 23 hours. A session at
    07:00 local each morning from 25 March to 2 April is 9 days in a row, whatever 24 h steps say."""
    starts = [
        datetime(2026, 3, 25 + k, 7, 0, tzinfo=BERLIN)
        if k < 7
        else datetime(2026, 4, k - 6, 7, 0, tzinfo=BERLIN)
        for k in range(9)
    ]
    # Just after midnight on both sides of the change, too.
    starts += [datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN), datetime(2026, 3, 30, 0, 5, tzinfo=BERLIN)]
    utc = [t.astimezone(UTC) for t in starts]
    practised = practice_days(utc, BERLIN)
    assert len(practised) == 9
    assert min(practised) == date(2026, 3, 25) and max(practised) == date(2026, 4, 2)
    s = daily_streaks(practised, date(2026, 4, 2))
    assert (s.current, s.longest) == (9, 9)
    # The autumn change (25 Oct 2026, a 25-hour day) too: 23:30 on the 25th is still the 25th.
    autumn = practice_days(
        [datetime(2026, 10, d, 23, 30, tzinfo=BERLIN).astimezone(UTC) for d in (24, 25, 26)], BERLIN
    )
    assert autumn == {date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)}


def test_sessions_from_before_a_time_zone_change_keep_consecutive_days() -> None:
    """Three mornings in Berlin, then the person moves to New York and practises three mornings
    there: counted in the zone they are in now, that is six days in a row."""
    berlin = [datetime(2026, 6, d, 8, 0, tzinfo=BERLIN) for d in (1, 2, 3)]
    new_york = [datetime(2026, 6, d, 8, 0, tzinfo=NEW_YORK) for d in (4, 5, 6)]
    utc = [t.astimezone(UTC) for t in berlin + new_york]
    practised = practice_days(utc, NEW_YORK)
    assert practised == days(date(2026, 6, 1), 6)
    assert daily_streaks(practised, date(2026, 6, 6)).current == 6
    # Seen from Berlin the New York mornings are afternoons of the same dates: still six days.
    assert practice_days(utc, BERLIN) == practised
