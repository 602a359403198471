"""A plausible history for tests, the benchmark and the screenshots: sessions most days, of a few
routines, with steps done and skipped and (for some) how they felt.

Rows are written with plain sqlite3 in one transaction, as the store's own columns hold them
(naive UTC text), so 100,000 step records take about a second.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROUTINES = (
    ("scorpion-stretch", "Scorpion Stretch"),
    ("morning-hips", "Morning hips"),
    ("shoulder-rehab", "Shoulder rehab"),
)
#: The bundled Scorpion Stretch's steps (the other routines reuse the ids: they are not in the Library).
STEPS = ("hip-off-floor", "hips-at-90", "foot-to-floor", "foot-reach", "foot-to-hand")


def _text(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill_history(
    database: Path,
    sessions: int,
    steps_per_session: int,
    *,
    end: datetime | None = None,
    seed: int = 15,
    playlist: tuple[str, str] | None = ("morning-warm-up", "Morning warm-up"),
) -> None:
    """Add `sessions` sessions of `steps_per_session` step records each, the newest just before
    `end`, about one a day (some days none, some two), into the store's database file."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC)
    t = end - timedelta(hours=2)
    session_rows: list[tuple[object, ...]] = []
    step_rows: list[tuple[object, ...]] = []
    for n in range(sessions):
        kind = rng.random()
        routine, title = ROUTINES[0] if kind < 0.55 else ROUTINES[1] if kind < 0.8 else ROUTINES[2]
        routine_id: str | None = routine
        playlist_id: str | None = None
        if playlist is not None and kind > 0.93:
            routine_id, (playlist_id, title) = None, playlist
        sid = str(uuid.UUID(int=rng.getrandbits(128)))
        start = t
        at = start
        for k in range(steps_per_session):
            planned = rng.choice((20.0, 30.0, 45.0))
            skipped = rng.random() < 0.08
            actual = round(planned * (rng.uniform(0.1, 0.6) if skipped else rng.uniform(0.98, 1.1)), 2)
            step_rows.append(
                (
                    sid,
                    routine_id or ROUTINES[0][0],
                    STEPS[k % len(STEPS)],
                    ("left", "right", "none")[k % 3],
                    k // len(STEPS) + 1,
                    "skipped" if skipped else "done",
                    planned,
                    actual,
                    None if k % 4 else 8,
                    _text(at),
                    _text(at + timedelta(seconds=actual)),
                )
            )
            at += timedelta(seconds=actual + 10)
        felt = rng.random() < 0.7
        week = (sessions - n) // 7  # pain eases and effort grows over the weeks
        pain = max(0, min(10, 6 - week // 3 + rng.randint(-1, 1))) if felt else None
        effort = max(0, min(10, 3 + week // 4 + rng.randint(-1, 1))) if felt else None
        note = rng.choice(
            (
                None,
                None,
                None,
                "Left hip tight at first.",
                "Felt easy today, went one level further on the left.",
            )
        )
        level = min(5, 2 + week // 5) if routine_id == ROUTINES[0][0] else None  # the ladder
        session_rows.append(
            (sid, title, _text(start), _text(at), note, routine_id, playlist_id, pain, effort, level)
        )
        # The one before: a day earlier, give or take, sometimes a day off, sometimes two a day.
        gap = rng.choice((1, 1, 1, 1, 1, 2, 2, 3)) if rng.random() > 0.08 else 0
        t -= timedelta(days=gap, hours=rng.uniform(-3, 3)) if gap else timedelta(hours=rng.uniform(4, 9))
    conn = sqlite3.connect(database)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO sessions (id, title, started_at, ended_at, note, routine_id, playlist_id,"
                " pain, effort, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session_rows,
            )
            conn.executemany(
                "INSERT INTO step_records (session_id, routine_id, step_id, side, set_index, outcome,"
                " planned_seconds, actual_seconds, reps, started_at, ended_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                step_rows,
            )
    finally:
        conn.close()
