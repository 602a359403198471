"""Spoken coaching: what to say, and when, as a session's events come. No Qt and no sound here.

A `Coach` turns the engine's events into `Line`s: a `Said` (what kind of line, with its values:
no words) and the clock reading it belongs to (`due`), so that a speaker can drop a line that has
become stale by the rule of the cues (`STALE_CUE_SECONDS`). The GUI words a `Said` in the
interface's language (desktop/qt/words.py); `english` words it in English for the command line,
the tests and the benchmarks. What is said:

- a step's first phase: its name and side ("Hips at 90, left side"; the speech engine reads the
  numbers), or the routine's own `speak` line for the step instead of the name, then its first cue
  (the routine's own text, in the language the routine was localized to);
- "Switch sides" when a switch starts; "Rest. Next: ..." when a rest starts;
- "Three", "Two", "One" for the countdown cues, "Halfway" in a long hold, and the rep count of
  paced steps at each rep, or only at every fifth (`rep_every`);
- the session's summary when it ends.

Lines that stand for a cue (`Coach.speaks`) replace its sound; a rep that is not counted keeps its
sound, so the pace is still heard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from desktop.domain import SessionRecord, Side
from desktop.domain.describe import session_outcome
from desktop.engine.events import CueDue, Event, PhaseStarted, SessionFinished, StepStatus, StepStatusChanged
from desktop.engine.plan import Phase, PhaseKind, Plan
from desktop.engine.session import describe_after

HALFWAY_SECONDS: Final = 20.0
"""A hold at least this long is told when it is half done."""

_COUNTDOWN: Final = {"countdown-3": 3, "countdown-2": 2, "countdown-1": 1}
_COUNT_WORDS: Final = {3: "Three", 2: "Two", 1: "One"}

SaidKind = Literal["step", "switch", "rest", "count", "halfway", "rep", "summary"]


@dataclass(frozen=True, slots=True)
class Said:
    """What a line says, without its words. Which fields matter depends on `kind`:

    - "step": `title` (the routine's `speak` line when it has one, else the step's title), `side`,
      `cue` (its first cue, or "");
    - "switch", "halfway": nothing;
    - "rest": `phase` (the rest) and `next` (the phase after it; None: the session ends);
    - "count": `n` (3, 2, 1 of the countdown); "rep": `n` (the rep's number);
    - "summary": `done` and `total` steps, `seconds` of work, `ended_early`.
    """

    kind: SaidKind
    title: str = ""
    side: Side = Side.NONE
    cue: str = ""
    spoken_title: bool = False
    """The title is the routine's `speak` line (a sentence of its own), not the step's name."""
    phase: Phase | None = None
    next: Phase | None = None
    n: int = 0
    done: int = 0
    total: int = 0
    seconds: float = 0.0
    ended_early: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """Something to say: `due` is the session-clock reading it belongs to."""

    said: Said
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


def sentence(text: str) -> str:
    """`text` ending as a sentence does (a full stop added when it has no end mark)."""
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


def english(said: Said) -> str:
    """`said` in English words (the GUI words it in the interface's language: desktop/qt/words.py)."""
    match said.kind:
        case "step":
            side = f"{said.side.value} side" if said.side is not Side.NONE else ""
            if said.spoken_title:
                text = sentence(said.title) + (f" {side.capitalize()}." if side else "")
            else:
                text = sentence(said.title + (f", {side}" if side else ""))
            return text + (" " + sentence(said.cue) if said.cue else "")
        case "switch":
            return "Switch sides."
        case "rest":
            nxt = "finish" if said.phase is None else describe_after(said.phase, said.next)
            return f"Rest. Next: {nxt}."
        case "count":
            return _COUNT_WORDS[said.n]
        case "halfway":
            return "Halfway"
        case "rep":
            return str(said.n)
    headline, count = session_outcome(said.done, said.total, ended_early=said.ended_early)
    praise = "" if said.ended_early else "Well done. "
    return f"{praise}{headline}: {count}, {spoken_duration(said.seconds)} of work."


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
                said = self._phase_line(phase)
                return [Line(said, at)] if said else []
            case CueDue(kind=kind, due=due, rep=rep):
                if kind in _COUNTDOWN:
                    return [Line(Said("count", n=_COUNTDOWN[kind]), due)]
                if kind == "halfway":
                    return [Line(Said("halfway"), due)]
                if kind == "rep" and rep is not None and rep % self.rep_every == 0:
                    return [Line(Said("rep", n=rep), due)]
                return []  # the others are said with the phase that starts with them
            case StepStatusChanged(step_index=index, status=status):
                self._statuses[index] = status
                return []
            case SessionFinished(ended_early=ended_early, records=records):
                return [Line(self._summary(ended_early, records), now)]
        return []

    def _phase_line(self, phase: Phase) -> Said | None:
        if phase.index == self.plan.step_ranges[phase.step_index].start:
            step = phase.step
            return Said(
                "step",
                title=step.speak or step.title,
                side=phase.side,
                cue=phase.cues[0] if phase.cues else "",
                spoken_title=bool(step.speak),
            )
        if phase.kind is PhaseKind.SWITCH:
            return Said("switch")
        if phase.kind is PhaseKind.REST:
            return Said("rest", phase=phase, next=self.plan.next_phase(phase))
        return None

    def _summary(self, ended_early: bool, records: tuple[SessionRecord, ...]) -> Said:
        done = sum(1 for s in self._statuses if s is StepStatus.DONE)
        early = ended_early or StepStatus.PENDING in self._statuses
        worked = sum(r.actual_seconds for r in records)
        return Said("summary", done=done, total=len(self._statuses), seconds=worked, ended_early=early)
