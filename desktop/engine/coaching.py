"""Spoken coaching: what to say, and when, as a session's events come. No Qt and no sound here.

A `Coach` turns the engine's events into `Line`s, each with the clock reading it belongs to (`due`),
so that a speaker can drop a line that has become stale by the rule of the cues
(`STALE_CUE_SECONDS`). What is said:

- a step's first phase: its name and side ("Hips at 90, left side"; the speech engine reads the
  numbers), or the routine's own `speak` line for the step instead of the name, then its first cue;
- "Switch sides" when a switch starts; "Rest. Next: ..." when a rest starts;
- "Three", "Two", "One" for the countdown cues, "Halfway" in a long hold, and the rep count of
  paced steps at each rep, or only at every fifth (`rep_every`);
- the session's summary when it ends.

Lines that stand for a cue (`Coach.speaks`) replace its sound; a rep that is not counted keeps its
sound, so the pace is still heard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desktop.domain import SessionRecord, Side
from desktop.domain.describe import session_outcome
from desktop.engine.events import CueDue, Event, PhaseStarted, SessionFinished, StepStatus, StepStatusChanged
from desktop.engine.plan import Phase, PhaseKind, Plan
from desktop.engine.session import describe_next

HALFWAY_SECONDS: Final = 20.0
"""A hold at least this long is told when it is half done."""

_COUNTDOWN_WORDS: Final = {"countdown-3": "Three", "countdown-2": "Two", "countdown-1": "One"}


@dataclass(frozen=True, slots=True)
class Line:
    """Something to say: `due` is the session-clock reading it belongs to."""

    text: str
    due: float


def spoken_duration(seconds: float) -> str:
    """'45 seconds', '1 minute', '12 minutes', '1 hour 5 minutes': a length of time said aloud."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} second{'' if whole == 1 else 's'}"
    hours, minutes = divmod(round(seconds / 60), 60)
    said = f"{hours} hour{'' if hours == 1 else 's'}" if hours else ""
    if minutes or not hours:
        said += (" " if said else "") + f"{minutes} minute{'' if minutes == 1 else 's'}"
    return said


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


class Coach:
    """The lines to say for one session of `plan`. Feed it every event, in order."""

    def __init__(self, plan: Plan, *, rep_every: int = 1) -> None:
        if rep_every < 1:
            raise ValueError(f"rep_every must be 1 or more, got {rep_every}")
        self.plan = plan
        self.rep_every = rep_every
        self._statuses = [StepStatus.PENDING] * plan.step_count

    def speaks(self, cue: CueDue) -> bool:
        """Whether a line stands for this cue (so its sound is not played as well)."""
        return cue.kind != "rep" or (cue.rep is not None and cue.rep % self.rep_every == 0)

    def lines(self, event: Event, now: float) -> list[Line]:
        """What to say for `event`; `now` is the clock reading for events that carry no time."""
        match event:
            case PhaseStarted(phase=phase, at=at):
                text = self._phase_line(phase)
                return [Line(text, at)] if text else []
            case CueDue(kind=kind, due=due, rep=rep):
                if kind in _COUNTDOWN_WORDS:
                    return [Line(_COUNTDOWN_WORDS[kind], due)]
                if kind == "halfway":
                    return [Line("Halfway", due)]
                if kind == "rep" and rep is not None and rep % self.rep_every == 0:
                    return [Line(str(rep), due)]
                return []  # the others are said with the phase that starts with them
            case StepStatusChanged(step_index=index, status=status):
                self._statuses[index] = status
                return []
            case SessionFinished(ended_early=ended_early, records=records):
                return [Line(self._summary(ended_early, records), now)]
        return []

    def _phase_line(self, phase: Phase) -> str:
        if phase.index == self.plan.step_ranges[phase.step_index].start:
            return self._step_line(phase)
        if phase.kind is PhaseKind.SWITCH:
            return "Switch sides."
        if phase.kind is PhaseKind.REST:
            return f"Rest. Next: {describe_next(self.plan, phase)}."
        return ""

    def _step_line(self, phase: Phase) -> str:
        step = phase.step
        side = f"{phase.side.value} side" if phase.side is not Side.NONE else ""
        if step.speak:
            said = _sentence(step.speak) + (f" {side.capitalize()}." if side else "")
        else:
            said = _sentence(step.title + (f", {side}" if side else ""))
        if phase.cues:
            said += " " + _sentence(phase.cues[0])
        return said

    def _summary(self, ended_early: bool, records: tuple[SessionRecord, ...]) -> str:
        done = sum(1 for s in self._statuses if s is StepStatus.DONE)
        early = ended_early or StepStatus.PENDING in self._statuses
        headline, count = session_outcome(done, len(self._statuses), ended_early=early)
        worked = sum(r.actual_seconds for r in records)
        praise = "" if early else "Well done. "
        return f"{praise}{headline}: {count}, {spoken_duration(worked)} of work."
