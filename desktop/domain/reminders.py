"""Reminders to play a routine or playlist: on days of the week at a time, in the local time zone.

This is the whole schedule, without Qt and without a clock of its own: given the reminders, the
last moment reminders were handled and now (aware datetimes, and the time zone the times are
meant in), `due` says what to do now:

- `fire`: reminders whose time came since they were last handled, and only just (within GRACE):
  these are notified, each once.
- `missed`: reminders whose time today came and went while Supple was closed or the computer
  slept (longer ago than GRACE). They are never fired late, one by one: the app says once
  "You planned ... today" (`planned_text`). Those missed on earlier days are let go.

Daylight saving time, one rule each way:
- A time that does not exist on the day the clocks go forward (02:30 when 02:00 jumps to 03:00)
  fires at the first moment after it that exists: the moment the clocks jump (03:00).
- A time that happens twice on the day the clocks go back fires once, the first time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Final

#: How late a reminder may still fire when its moment has just passed (the check runs every few
#: seconds; a busy or just-woken computer may be late). Later than this, it was missed.
GRACE: Final = timedelta(minutes=5)
#: How long Snooze puts a reminder off.
SNOOZE: Final = timedelta(minutes=10)

DAY_NAMES: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAYS: Final = frozenset(range(5))
EVERY_DAY: Final = frozenset(range(7))


class TargetKind(StrEnum):
    ROUTINE = "routine"
    PLAYLIST = "playlist"


@dataclass(frozen=True, slots=True)
class Reminder:
    """Play `target_id` (a routine or a saved playlist) on `days` (0 = Monday) at `at`, local time.

    `title` is what the notification names (the routine's or playlist's title, filled in by the
    app); `id` is the store's, 0 before it is saved.
    """

    kind: TargetKind
    target_id: str
    days: frozenset[int]
    at: time
    title: str = ""
    id: int = 0

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a reminder needs at least one day of the week")
        if not self.days <= EVERY_DAY:
            raise ValueError(f"days of the week are 0 (Monday) to 6 (Sunday), got {sorted(self.days)}")
        if not self.target_id:
            raise ValueError("a reminder needs a routine or playlist")

    @property
    def key(self) -> tuple[TargetKind, str]:
        return (self.kind, self.target_id)

    @property
    def name(self) -> str:
        return self.title or self.target_id


def days_text(days: Iterable[int]) -> str:
    """'Every day', 'Weekdays', 'Weekends', or 'Mon, Wed, Fri'."""
    chosen = frozenset(days)
    if chosen == EVERY_DAY:
        return "Every day"
    if chosen == WEEKDAYS:
        return "Weekdays"
    if chosen == frozenset({5, 6}):
        return "Weekends"
    return ", ".join(DAY_NAMES[d] for d in sorted(chosen))


def reminder_text(reminder: Reminder) -> str:
    """'Weekdays at 07:30'."""
    return f"{days_text(reminder.days)} at {reminder.at.strftime('%H:%M')}"


# -- moments -----------------------------------------------------------------------------------------


def _wall(moment: datetime, zone: tzinfo) -> datetime:
    """The wall-clock time in `zone` at the instant `moment` (through UTC: astimezone() to a
    datetime's own zone returns it unchanged, even for a time the zone skips)."""
    return moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0)


def moment_on(day: date, at: time, zone: tzinfo) -> datetime:
    """The instant a reminder at `at` fires on `day` in `zone`, by the DST rules above, in UTC
    (aware datetimes in one zone compare by wall time, which is wrong around a DST change)."""
    wanted = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = wanted.replace(tzinfo=zone, fold=0)
    if _wall(first, zone) == wanted:
        return first.astimezone(UTC)  # exists (and when it happens twice, fold=0 is the first)
    # In a gap: find the first instant whose wall time is at or after `wanted` (the jump itself).
    # fold=1 reads the gap with the offset after the jump, fold=0 with the one before: the jump
    # lies between the two readings.
    low = wanted.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first.astimezone(UTC)
    if low > high:
        low, high = high, low
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _wall(middle, zone) >= wanted:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def moments(reminder: Reminder, after: datetime, until: datetime, zone: tzinfo) -> Iterator[datetime]:
    """The reminder's moments in (after, until], in order, in UTC."""
    after, until = after.astimezone(UTC), until.astimezone(UTC)
    day = after.astimezone(zone).date() - timedelta(days=1)
    last = until.astimezone(zone).date() + timedelta(days=1)
    while day <= last:
        if day.weekday() in reminder.days:
            moment = moment_on(day, reminder.at, zone)
            if after < moment <= until:
                yield moment
        day += timedelta(days=1)


def next_moment(reminders: Iterable[Reminder], after: datetime, zone: tzinfo) -> datetime | None:
    """The first moment of any reminder after `after` (within the coming eight days)."""
    until = after + timedelta(days=8)
    found = [next(moments(r, after, until, zone), None) for r in reminders]
    times = [m for m in found if m is not None]
    return min(times) if times else None


# -- what is due ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Due:
    """What to do now: notify each of `fire` (with its moment); say `missed` once."""

    fire: tuple[tuple[Reminder, datetime], ...] = ()
    missed: tuple[Reminder, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.fire or self.missed)


def due(
    reminders: Iterable[Reminder],
    handled: datetime | None,
    now: datetime,
    zone: tzinfo,
    *,
    grace: timedelta = GRACE,
) -> Due:
    """The reminders to fire now and those missed today, since `handled` (None: never, so nothing
    is late). Times must be aware; a `handled` in the future (the clock was set back) counts as now.
    """
    if now.tzinfo is None or (handled is not None and handled.tzinfo is None):
        raise ValueError("due() needs aware datetimes")
    if handled is None or handled > now:
        return Due()
    handled, now = handled.astimezone(UTC), now.astimezone(UTC)
    # Nothing older than yesterday matters: missed days are let go, and only today is told.
    since = max(handled, now - timedelta(days=1))
    today = now.astimezone(zone).date()
    fire: list[tuple[Reminder, datetime]] = []
    missed: list[Reminder] = []
    for reminder in reminders:
        latest = None
        for moment in moments(reminder, since, now, zone):
            latest = moment
        if latest is None:
            continue
        if now - latest <= grace:
            fire.append((reminder, latest))
        elif latest.astimezone(zone).date() == today:
            missed.append(reminder)
    fire.sort(key=lambda pair: pair[1])
    return Due(tuple(fire), tuple(missed))


def planned_text(missed: Iterable[Reminder]) -> str:
    """'You planned Scorpion Stretch today.', '... A and B today.', '... A, B and C today.'"""
    names = list(dict.fromkeys(r.name for r in missed))
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"You planned {listed} today."


__all__ = [
    "DAY_NAMES",
    "EVERY_DAY",
    "GRACE",
    "SNOOZE",
    "WEEKDAYS",
    "Due",
    "Reminder",
    "TargetKind",
    "days_text",
    "due",
    "moment_on",
    "moments",
    "next_moment",
    "planned_text",
    "reminder_text",
]
