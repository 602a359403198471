import pytest

from desktop.domain import Sides, Step
from desktop.domain.describe import format_seconds, session_outcome, step_summary, step_timing, work_progress


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (5, "0:05"), (59.01, "1:00"), (90, "1:30"), (3723, "1:02:03"), (-3, "0:00")],
)
def test_format_seconds_rounds_up(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_step_summary_for_hold_and_reps() -> None:
    hold = Step(id="a", title="A", clip="c", hold=30, sides=Sides.BOTH, rest=15)
    reps = Step(id="b", title="B", clip="c", reps=8, rep_seconds=3, sets=2)
    assert step_summary(hold) == "Hold 30 s · left and right · rest 15 s"
    assert step_summary(reps) == "8 reps × 2 sets"


def test_step_timing_says_what_the_idle_timer_counts() -> None:
    hold = Step(id="a", title="A", clip="c", hold=20, sides=Sides.BOTH)
    reps = Step(id="b", title="B", clip="c", reps=5, rep_seconds=4, sets=2, sides=Sides.BOTH)
    single = Step(id="c", title="C", clip="c", hold=45)
    assert step_timing(hold, 90) == "Hold 0:20 per side · step 1:30"
    assert step_timing(reps, 116) == "5 reps in 0:20 per side · 2 sets · step 1:56"
    assert step_timing(single, 50) == "Hold 0:45 · step 0:50"


def test_work_progress_names_the_rep_and_the_set_when_they_apply() -> None:
    assert work_progress(3, 5, 1, 2) == "rep 3 of 5 · set 1 of 2"
    assert work_progress(None, None, 2, 3) == "set 2 of 3"
    assert work_progress(None, None, 1, 1) == ""


def test_session_outcome_tells_a_completed_session_from_an_ended_one() -> None:
    assert session_outcome(5, 5, ended_early=False) == ("Session complete", "5 of 5 steps done")
    assert session_outcome(0, 12, ended_early=True) == ("Session ended", "0 of 12 steps done")
    assert session_outcome(1, 1, ended_early=False) == ("Session complete", "1 of 1 step done")
