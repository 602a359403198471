"""The reminder schedule with a fake clock and real time zones: what fires, what was missed, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.reminders import (
    EVERY_DAY,
    GRACE,
    WEEKDAYS,
    Reminder,
    TargetKind,
    days_text,
    due,
    moment_on,
    next_moment,
    planned_text,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def reminder(
    at: time, days: frozenset[int] = EVERY_DAY, title: str = "Scorpion Stretch", rid: str = "s"
) -> Reminder:
    return Reminder(TargetKind.ROUTINE, rid, days, at, title)


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def test_a_reminder_fires_once_when_its_time_comes() -> None:
    r = reminder(time(7, 30))
    before = local(BERLIN, 2026, 5, 4, 7, 29, 40)
    at = local(BERLIN, 2026, 5, 4, 7, 30, 5)
    assert not due([r], before - timedelta(seconds=20), before, BERLIN)
    now_due = due([r], before, at, BERLIN)
    assert [(x, m.astimezone(BERLIN).time()) for x, m in now_due.fire] == [(r, time(7, 30))]
    assert not due([r], at, at + timedelta(seconds=20), BERLIN)  # handled: not again


def test_only_its_days_of_the_week() -> None:
    r = reminder(time(7, 30), WEEKDAYS)
    saturday = local(BERLIN, 2026, 5, 9, 7, 30, 1)
    assert not due([r], saturday - timedelta(minutes=1), saturday, BERLIN)
    monday = local(BERLIN, 2026, 5, 11, 7, 30, 1)
    assert due([r], monday - timedelta(minutes=1), monday, BERLIN).fire


def test_missed_while_closed_or_asleep_is_said_once_and_never_fired_late() -> None:
    morning, noon = reminder(time(7, 0), title="Morning"), reminder(time(12, 0), title="Hips", rid="h")
    evening = reminder(time(21, 0), title="Evening", rid="e")
    closed_at = local(BERLIN, 2026, 5, 3, 22, 0)  # closed last night
    opened = local(BERLIN, 2026, 5, 4, 13, 0)
    result = due([morning, noon, evening], closed_at, opened, BERLIN)
    assert result.fire == ()
    assert result.missed == (morning, noon)  # yesterday's 21:00 was before closing; nothing of earlier days
    assert planned_text(result.missed) == "You planned Morning and Hips today."


def test_days_closed_are_let_go() -> None:
    r = reminder(time(7, 0))
    result = due([r], local(BERLIN, 2026, 4, 1, 9, 0), local(BERLIN, 2026, 5, 4, 6, 0), BERLIN)
    assert not result  # nothing today yet, and weeks of missed mornings are not a burst


def test_just_woken_within_grace_still_fires() -> None:
    r = reminder(time(7, 0))
    slept = local(BERLIN, 2026, 5, 4, 6, 50)
    woke = local(BERLIN, 2026, 5, 4, 7, 0) + GRACE - timedelta(seconds=1)
    assert due([r], slept, woke, BERLIN).fire
    assert due([r], slept, woke + timedelta(seconds=2), BERLIN).missed == (r,)


def test_a_time_the_clocks_skip_fires_when_they_jump() -> None:
    # Europe/Berlin, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    r = reminder(time(2, 30))
    assert moment_on(date(2026, 3, 29), time(2, 30), BERLIN) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    jump = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # UTC: aware arithmetic in Berlin is wall-clock
    assert not due([r], jump - timedelta(minutes=5), jump - timedelta(seconds=1), BERLIN)
    fired = due([r], jump - timedelta(seconds=1), jump + timedelta(seconds=5), BERLIN).fire
    assert [m.astimezone(BERLIN).strftime("%H:%M %Z") for _, m in fired] == ["03:00 CEST"]
    # America/New_York, 8 March 2026: 02:15 does not exist either.
    assert moment_on(date(2026, 3, 8), time(2, 15), NEW_YORK).astimezone(NEW_YORK).time() == time(3, 0)


def test_a_time_that_happens_twice_fires_once_the_first_time() -> None:
    # Europe/Berlin, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    r = reminder(time(2, 30))
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert moment_on(date(2026, 10, 25), time(2, 30), BERLIN) == first
    assert due([r], first - timedelta(seconds=10), first + timedelta(seconds=10), BERLIN).fire
    assert not due([r], first + timedelta(seconds=10), second + timedelta(seconds=10), BERLIN)


def test_the_clock_set_back_or_never_handled_fires_nothing() -> None:
    r = reminder(time(7, 0))
    now = local(BERLIN, 2026, 5, 4, 7, 0, 10)
    assert not due([r], None, now, BERLIN)
    assert not due([r], now + timedelta(hours=1), now, BERLIN)
    with pytest.raises(ValueError, match="aware"):
        due([r], None, now.replace(tzinfo=None), BERLIN)


def test_the_next_moment() -> None:
    rs = [reminder(time(7, 0), frozenset({0})), reminder(time(18, 0), frozenset({2}), rid="b")]
    after = local(BERLIN, 2026, 5, 4, 8, 0)  # a Monday, after 07:00
    assert next_moment(rs, after, BERLIN) == local(BERLIN, 2026, 5, 6, 18, 0)
    assert next_moment([], after, BERLIN) is None


def test_bad_reminders_are_refused_and_days_are_said_in_words() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        reminder(time(7, 0), frozenset())
    with pytest.raises(ValueError, match=r"0 \(Monday\) to 6"):
        reminder(time(7, 0), frozenset({7}))
    assert days_text(EVERY_DAY) == "Every day"
    assert days_text(WEEKDAYS) == "Weekdays"
    assert days_text({0, 2, 4}) == "Mon, Wed, Fri"
    assert planned_text(
        [
            reminder(time(1, 0), title="A"),
            reminder(time(2, 0), title="B", rid="b"),
            reminder(time(3, 0), title="C", rid="c"),
        ]
    ) == ("You planned A, B and C today.")
