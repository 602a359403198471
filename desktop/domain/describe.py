"""Words for domain values, as the step list and timer panel show them."""

from __future__ import annotations

from desktop.domain import Sides, Step


def format_seconds(seconds: float) -> str:
    """0:05, 1:30, 1:02:03; rounds up so a countdown shows 0:01 until it really ends."""
    whole = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _number(value: float) -> str:
    return f"{value:g}"


def step_work(step: Step) -> str:
    """'Hold 30 s' or '8 reps × 3 s', with sets when more than one."""
    work = f"Hold {_number(step.hold)} s" if step.hold is not None else f"{step.reps} reps"
    if step.sets > 1:
        work += f" × {step.sets} sets"
    return work


SIDES_TEXT = {
    Sides.NONE: "",
    Sides.BOTH: "left and right",
    Sides.LEFT: "left side",
    Sides.RIGHT: "right side",
}


def step_summary(step: Step) -> str:
    parts = [step_work(step)]
    if SIDES_TEXT[step.sides]:
        parts.append(SIDES_TEXT[step.sides])
    if step.rest:
        parts.append(f"rest {_number(step.rest)} s")
    return " · ".join(parts)


def step_timing(step: Step, step_seconds: float) -> str:
    """What the idle timer's number means: 'Hold 0:20 per side · step 1:30', '5 reps in 0:20 per side ·
    2 sets · step 1:56'."""
    if step.hold is not None:
        work = f"Hold {format_seconds(step.hold)}"
    else:
        work = f"{step.reps} reps in {format_seconds(step.work_seconds)}"
    if step.sides is Sides.BOTH:
        work += " per side"
    if step.sets > 1:
        work += f" · {step.sets} sets"
    return f"{work} · step {format_seconds(step_seconds)}"


def work_progress(rep: int | None, reps: int | None, set_index: int, sets: int) -> str:
    """'rep 3 of 5 · set 1 of 2', leaving out what does not apply."""
    parts = []
    if rep and reps:
        parts.append(f"rep {rep} of {reps}")
    if sets > 1:
        parts.append(f"set {set_index} of {sets}")
    return " · ".join(parts)


def session_outcome(done_steps: int, total_steps: int, *, ended_early: bool) -> tuple[str, str]:
    """The headline and the count for the end of a session: it completed, or it was ended early."""
    headline = "Session ended" if ended_early else "Session complete"
    noun = "step" if total_steps == 1 else "steps"
    return headline, f"{done_steps} of {total_steps} {noun} done"
