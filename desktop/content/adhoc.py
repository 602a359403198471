"""Routines Supple makes for itself: a clip opened alone, and a playlist being played.

They are shown and played like any routine, but they are never put in the library: their ids
contain a ':', which a routine file's id cannot (the routine schema's id pattern), so nothing can
collide with them and `is_transient` tells them apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from desktop.content.playlist_resolve import ResolvedPlaylist
from desktop.domain import Clip, Routine, Step
from desktop.domain.languages import localized
from desktop.engine.plan import PlanItem

CLIP_ROUTINE_ID = "clip:"
PLAYLIST_ROUTINE_PREFIX = "playlist:"
#: How long the one step of a clip opened alone holds, in seconds.
CLIP_HOLD_SECONDS = 30


def is_transient(routine: Routine) -> bool:
    """Made by Supple for the moment (not from a routine file): never registered in the library."""
    return ":" in routine.id


def played_by(routine: Routine) -> tuple[str | None, str | None]:
    """(routine id, playlist id) a session of `routine` records: a routine from a file plays
    itself, a playlist's routine its playlist, and a clip opened alone neither."""
    if routine.id.startswith(PLAYLIST_ROUTINE_PREFIX):
        return None, routine.id.removeprefix(PLAYLIST_ROUTINE_PREFIX)
    return (None, None) if is_transient(routine) else (routine.id, None)


def routine_for_clip(path: Path) -> Routine:
    """A one-step routine that plays a single clip, for clips opened on their own."""
    clip = Clip(id="clip", file=path.resolve())
    step = Step(id="clip", title=path.name, clip="clip", hold=CLIP_HOLD_SECONDS)
    return Routine(
        id=CLIP_ROUTINE_ID, title=path.name, steps=(step,), clips={"clip": clip}, source=path.resolve()
    )


def routine_for_playlist(
    resolved: ResolvedPlaylist, languages: Iterable[str] = ()
) -> tuple[Routine, list[PlanItem]]:
    """A playlist as one routine for the step list and the player, and the engine's plan items,
    each step's text in the first of `languages` its routine has (the coaching voice says it).

    Clip ids are only unique within a routine, so each becomes "<routine id>/<clip id>". The plan
    items keep each step's own routine id, so history records say where a step came from.
    """
    clips: dict[str, Clip] = {}
    steps: list[Step] = []
    items: list[PlanItem] = []
    preferred = list(languages)
    texts: dict[str, dict[str, Step]] = {}
    for play in resolved.steps:
        key = f"{play.routine.id}/{play.step.clip}"
        clips[key] = dataclasses.replace(play.routine.clips[play.step.clip], id=key)
        if play.routine.id not in texts:
            texts[play.routine.id] = {s.id: s for s in localized(play.routine, preferred).steps}
        own = texts[play.routine.id].get(play.step.id, play.step)
        step = dataclasses.replace(play.step, clip=key, title=own.title, cues=own.cues, speak=own.speak)
        steps.append(step)
        items.append(PlanItem(play.routine.id, step, play.speed))
    routine = Routine(
        id=PLAYLIST_ROUTINE_PREFIX + resolved.playlist_id,
        title=resolved.title,
        steps=tuple(steps),
        clips=clips,
        summary=f"A playlist of {len(steps)} steps",
    )
    return routine, items
