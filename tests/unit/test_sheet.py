"""The printed sheet as values: doses in words, strips per side, playlist notes, paper by locale,
and page breaks between blocks, never inside one."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.content import bundled_routine_path, load_routine
from desktop.content.frames import loop_frames, loop_times, strip_pictures
from desktop.content.sheet import dose, paginate, paper_for_locale, playlist_sheet, routine_sheet, strips
from desktop.domain import (
    Block,
    Clip,
    Playlist,
    PlaylistItem,
    Routine,
    Segment,
    Side,
    Sides,
    Step,
    StepOverrides,
)

CLIP = bundled_routine_path().parent.parent / "clips" / "scorpion-1.mp4"


def _routine(*steps: Step, clip: Path = CLIP) -> Routine:
    return Routine("r", "R", steps, clips=MappingProxyType({"c": Clip("c", clip)}))


def test_doses_in_words() -> None:
    paced = Step("a", "A", "c", reps=5, rep_seconds=4, sets=2, rest=10, sides=Sides.BOTH)
    assert (
        dose(paced) == "2 sets × 5 reps at 4 s a rep · each side, left then right · rest 10 s after each set"
    )
    assert dose(Step("b", "B", "c", hold=30, sides=Sides.RIGHT)) == "Hold 30 s · right side only"
    assert dose(Step("b", "B", "c", hold=2.5, sets=3)) == "3 sets × hold 2.5 s"


def test_two_sides_with_their_own_loops_or_a_mirror_get_a_strip_each() -> None:
    own = Step(
        "a", "A", "c", hold=5, sides=Sides.BOTH,
        side_segments=MappingProxyType({Side.LEFT: Segment(0, 4), Side.RIGHT: Segment(4, 8)}),
    )  # fmt: skip
    mirrored = Step("b", "B", "c", hold=5, sides=Sides.BOTH, segment=Segment(0, 4), mirror_side=Side.RIGHT)
    same = Step("c", "C", "c", hold=5, sides=Sides.BOTH, segment=Segment(0, 4))
    routine = _routine(own, mirrored, same)
    assert [(s.label, s.segment) for s in strips(routine, own)] == [
        ("Left", Segment(0, 4)),
        ("Right", Segment(4, 8)),
    ]
    assert [(s.label, s.mirrored) for s in strips(routine, mirrored)] == [("Left", False), ("Right", True)]
    assert [(s.label, s.segment) for s in strips(routine, same)] == [("", Segment(0, 4))]


def test_a_missing_clip_is_said_in_its_strip(tmp_path: Path) -> None:
    routine = _routine(Step("a", "A", "c", hold=5), clip=tmp_path / "gone.mp4")
    (strip,) = strips(routine, routine.steps[0])
    assert strip.problem == "The clip is missing: gone.mp4"
    assert strip_pictures([strip]) == {strip.key: "The clip is missing: gone.mp4"}


def test_loop_frames_are_the_start_middle_and_last_frame_of_the_loop() -> None:
    pictures = loop_frames(CLIP, Segment(0, 4), max_width=120)
    assert not isinstance(pictures, str)
    assert [round(p.time, 3) for p in pictures] == [0.0, 2.0, round(4 - 1 / 30, 3)]  # 30 fps: 3.967
    assert all(p.width == 120 and len(p.rgb) == p.stride * p.height for p in pictures)
    assert loop_times(Segment(1, 2))[2] < 2


def test_a_file_that_is_not_a_clip_gives_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    result = loop_frames(bad, None)
    assert isinstance(result, str) and result.startswith("bad.mp4 cannot be read")


def test_a_routine_sheet_says_title_summary_setup_credit_and_every_step() -> None:
    routine = load_routine(bundled_routine_path())
    sheet = routine_sheet(routine)
    assert sheet.title == "Scorpion Stretch" and sheet.summary == routine.summary
    assert sheet.setup == (("", routine.setup),) and sheet.credit == routine.credit
    assert [s.title for s in sheet.steps] == [s.title for s in routine.steps]
    assert sheet.meta.startswith("5 steps · about ")
    assert sheet.log_rows[0] == "1. Hip off the floor"


def test_a_playlist_sheet_applies_changes_and_says_rounds_blocks_and_missing_items() -> None:
    routine = load_routine(bundled_routine_path())
    items = (
        PlaylistItem(routine.id, "hips-at-90", StepOverrides(hold=20, sides=Sides.LEFT), rounds=2),
        PlaylistItem("gone", None),
        PlaylistItem(routine.id, "foot-reach"),
        PlaylistItem(routine.id, "foot-to-hand"),
    )
    playlist = Playlist("p", "Mine", items, blocks=(Block(2, 3, 3),))
    sheet = playlist_sheet(playlist, {routine.id: routine}.get)
    assert [s.number for s in sheet.steps] == [1, 2, 3]
    assert sheet.steps[0].dose == "2 sets × hold 20 s · left side only · rest 10 s after each set"
    assert sheet.steps[0].note == "from Scorpion Stretch · 2 rounds"
    assert sheet.steps[1].note == "from Scorpion Stretch · steps 2–3 3 times in a row"
    assert sheet.missing == ('The routine "gone" is not in the library.',)
    assert sheet.setup == (("Scorpion Stretch", routine.setup),)


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US", "Letter"),
        ("fr_CA.UTF-8", "Letter"),
        ("es-MX", "Letter"),
        ("en_GB", "A4"),
        ("de_DE", "A4"),
        ("C", "A4"),
    ],
)
def test_paper_by_locale(name: str, paper: str) -> None:
    assert paper_for_locale(name) == paper


def test_pages_break_between_blocks() -> None:
    placed = paginate([40, 40, 30, 100, 10], 100, gaps=[5] * 5)
    assert [(p.page, p.top) for p in placed] == [(0, 0), (0, 45), (1, 0), (2, 0), (3, 0)]


def test_a_block_that_opens_a_page_leaves_room_for_its_heading() -> None:
    placed = paginate([95, 10, 10], 100, lead_ins=[0, 8, 8])
    assert [(p.page, p.top, p.lead_in) for p in placed] == [(0, 0, False), (1, 8, True), (1, 18, False)]


@given(
    heights=st.lists(st.floats(1, 150), max_size=60),
    gap=st.floats(0, 20),
)
def test_no_block_is_ever_split_and_the_order_is_kept(heights: list[float], gap: float) -> None:
    page = 100.0
    placed = paginate(heights, page, gaps=[gap] * len(heights))
    for height, p in zip(heights, placed, strict=True):
        assert p.top + height <= page or p.top == 0  # fits, or opens a page of its own (too tall)
    positions = [(p.page, p.top) for p in placed]
    assert positions == sorted(positions)
