import pytest

from desktop.domain import Sides, Step
from desktop.domain.describe import format_seconds, step_summary


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
