"""A routine in the person's language: its own text (English) where it has no translation.

The preferred languages come from the interface (the system's, or the one chosen in Settings),
best first, as BCP 47 tags ("de-AT", "es", "en-US"). A tag matches a translation of the same tag,
else one of its language alone ("de-AT" reads "de"); English, the language routines are written in,
ends the search.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from desktop.domain import Routine, RoutineText, Step

#: The language of a routine's own text.
BASE_LANGUAGE = "en"


def pick_language(available: Iterable[str], preferred: Iterable[str]) -> str | None:
    """The translation to show for `preferred` languages, best first; None for the routine's own."""
    have = set(available)
    for raw in preferred:
        tag = raw.replace("_", "-")
        language = tag.split("-", 1)[0].lower()
        if language == BASE_LANGUAGE:
            return None
        for candidate in (tag, language):
            if candidate in have:
                return candidate
    return None


def localized(routine: Routine, preferred: Iterable[str]) -> Routine:
    """The routine with its text in the first preferred language it has, field by field."""
    tag = pick_language(routine.translations, preferred)
    if tag is None:
        return routine
    text = routine.translations[tag]
    return dataclasses.replace(
        routine,
        title=text.title or routine.title,
        summary=text.summary or routine.summary,
        setup=text.setup or routine.setup,
        steps=tuple(_step(step, text) for step in routine.steps),
    )


def _step(step: Step, text: RoutineText) -> Step:
    own = text.steps.get(step.id)
    if own is None:
        return step
    return dataclasses.replace(
        step,
        title=own.title or step.title,
        cues=own.cues if own.cues is not None else step.cues,
        speak=own.speak or step.speak,
    )
