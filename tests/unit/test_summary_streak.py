"""The summary's stand-in streak line: consecutive local days up to today."""

from __future__ import annotations

from datetime import date

from desktop.domain.summary_streak import summary_streak_line

TODAY = date(2026, 3, 29)


def test_today_alone_starts_a_streak() -> None:
    assert summary_streak_line([], TODAY) == "Day 1 of a new streak"
    assert summary_streak_line([date(2026, 3, 27)], TODAY) == "Day 1 of a new streak"


def test_consecutive_days_count_up_to_today_and_a_gap_ends_them() -> None:
    days = [date(2026, 3, 28), date(2026, 3, 27), date(2026, 3, 25), TODAY, TODAY]

    assert summary_streak_line(days, TODAY) == "3 days in a row"


def test_a_streak_runs_across_a_month_end() -> None:
    assert summary_streak_line([date(2026, 2, 28), date(2026, 3, 1)], date(2026, 3, 2)) == "3 days in a row"
