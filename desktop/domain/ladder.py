"""Progression ladders: which steps a session plays at a person's level, and when to suggest
another level.

A ladder routine marks its steps with levels (`Step.level`, 1 the easiest); steps without a level
are played at every level. A person's level is the hardest progression they do today: a session
works up through the levels to it and stops there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from desktop.domain import Routine, Step


def ladder_levels(routine: Routine) -> tuple[int, ...]:
    """The routine's levels, easiest first; empty when it is not a ladder."""
    return tuple(sorted({step.level for step in routine.steps if step.level is not None}))


def effective_level(routine: Routine, chosen: int | None) -> int | None:
    """The level a session plays: the person's (at most the hardest), else the hardest; None when
    the routine is not a ladder."""
    levels = ladder_levels(routine)
    if not levels:
        return None
    return levels[-1] if chosen is None else max(levels[0], min(chosen, levels[-1]))


def in_session(step: Step, level: int | None) -> bool:
    """Whether a session at `level` (None: no ladder) plays `step`."""
    return level is None or step.level is None or step.level <= level


def rows_at_level(steps: Iterable[Step], level: int | None) -> list[int]:
    """The positions of the steps a session at `level` plays, in order."""
    return [row for row, step in enumerate(steps) if in_session(step, level)]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When to suggest a change of level (Preferences keep them; these are the defaults)."""

    #: Sessions in a row at a level, each with low pain and moderate effort, before moving up.
    sessions: int = 3
    #: The most pain (0-10) a session may have been reported with and still count as easy enough.
    max_pain: int = 2
    #: The effort (Borg CR10, 0-10) a session must have been reported within to count.
    min_effort: int = 3
    max_effort: int = 6
    #: Pain (0-10) reported at or above this suggests easing back.
    high_pain: int = 6


@dataclass(frozen=True, slots=True)
class LevelSession:
    """A session played at a level, with how it felt (None: not said)."""

    started_at: datetime
    pain: int | None
    effort: int | None


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A suggestion from `from_level` to `to_level` the person dismissed at `at`."""

    at: datetime
    from_level: int | None
    to_level: int


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: Literal["up", "down"]
    from_level: int
    to_level: int
    #: Why, in words, for the summary (English; the window words it from the values below).
    reason: str
    #: The pain that suggests easing back ("down"); the easy sessions in a row that suggest moving up ("up").
    pain: int | None = None
    sessions: int = 0


def suggest_level(
    levels: Sequence[int],
    current: int,
    sessions: Sequence[LevelSession],
    dismissals: Iterable[Dismissal],
    thresholds: Thresholds = Thresholds(),
) -> Suggestion | None:
    """What to suggest after the `sessions` played at `current` since the level was last set
    (newest first), given the suggestions dismissed since then; None for nothing.

    Easing back comes first: the newest session's pain at or over `high_pain` suggests the level
    below, unless that very suggestion was dismissed after the session. Moving up is suggested
    when the newest `sessions` sessions all had low pain and moderate effort, and only once: a
    dismissed move up from this level is not suggested again. A session the person said nothing
    about (neither pain nor effort) tells nothing either way and is passed over.
    """
    dismissed = list(dismissals)
    sessions = [s for s in sessions if s.pain is not None or s.effort is not None]
    lower = [level for level in levels if level < current]
    higher = [level for level in levels if level > current]
    newest = sessions[0] if sessions else None
    if newest is not None and newest.pain is not None and newest.pain >= thresholds.high_pain and lower:
        target = lower[-1]
        if not any(d.to_level == target and d.at >= newest.started_at for d in dismissed):
            return Suggestion(
                "down",
                current,
                target,
                f"Pain was {newest.pain} of 10: easing back to level {target} may help.",
                pain=newest.pain,
            )
    if not higher or thresholds.sessions < 1 or len(sessions) < thresholds.sessions:
        return None
    if any(d.from_level == current and d.to_level > current for d in dismissed):
        return None
    recent = sessions[: thresholds.sessions]
    if all(_easy_enough(s, thresholds) for s in recent):
        target = higher[0]
        count = thresholds.sessions
        return Suggestion(
            "up",
            current,
            target,
            f"{count} session{'s' if count != 1 else ''} at level {current} with little pain "
            f"and moderate effort: ready for level {target}?",
            sessions=count,
        )
    return None


def _easy_enough(session: LevelSession, t: Thresholds) -> bool:
    return (
        session.pain is not None
        and session.effort is not None
        and session.pain <= t.max_pain
        and t.min_effort <= session.effort <= t.max_effort
    )
