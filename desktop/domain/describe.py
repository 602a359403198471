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
