"""The Scorpion Stretch routine that ships in resources/routines/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.content import BUNDLED_ROUTINE_ID, bundled_routine_path, load_routine
from desktop.domain import Routine, Segment, Side, Sides
from desktop.paths import resource
from tests.unit.fixtures_content import make_mp4

STEP_IDS = ["hip-off-floor", "hips-at-90", "foot-to-floor", "foot-reach", "foot-to-hand"]
CLIP_SECONDS = 8.0
LEFT, RIGHT = Segment(0.0, 4.0), Segment(4.0, 8.0)
SWITCH_SECONDS = 3.0  # the app's "switch sides" pause


def session_seconds(routine: Routine) -> float:
    """The timing in docs/routine-format.md: prepare; per set each side, a switch between sides, rest."""
    total = 0.0
    for step in routine.steps:
        sides = len(step.worked_sides)
        per_set = sides * step.work_seconds + (sides - 1) * SWITCH_SECONDS + step.rest
        total += step.prepare + step.sets * per_set
    return total - routine.steps[-1].rest  # nothing follows the last set


@pytest.fixture(scope="module")
def placeholder_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled file in a temporary resources/ layout, with 8-second placeholder clips."""
    root = tmp_path_factory.mktemp("resources")
    (root / "routines").mkdir()
    copy = Path(shutil.copy(bundled_routine_path(), root / "routines"))
    clip = make_mp4(root / "clips" / "scorpion-1.mp4", CLIP_SECONDS)
    for n in range(1, 6):
        if n > 1:
            shutil.copy(clip, root / "clips" / f"scorpion-{n}.mp4")
        (root / "clips" / f"scorpion-{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return copy


def check_scorpion_stretch(routine: Routine) -> None:
    assert routine.id == BUNDLED_ROUTINE_ID
    assert routine.title == "Scorpion Stretch"
    assert "Rick Kaselj, MS" in routine.credit and "ExercisesForInjuries.com" in routine.credit
    assert "BEST Exercises to Loosen Up Your Lower Mid Back" in routine.credit
    assert {"lower back", "mid back", "hips", "warm-up", "mobility"} <= set(routine.tags)
    assert routine.summary and routine.setup
    assert [step.id for step in routine.steps] == STEP_IDS
    for n, step in enumerate(routine.steps, start=1):
        clip = routine.clip_for(step)
        assert (clip.file.name, clip.poster and clip.poster.name) == (
            f"scorpion-{n}.mp4",
            f"scorpion-{n}.png",
        )
        assert clip.file.parent.name == "clips"
        assert step.sides is Sides.BOTH
        assert dict(step.side_segments) == {Side.LEFT: LEFT, Side.RIGHT: RIGHT}
        assert step.mirror_side is None
        assert len(step.cues) >= 3
    assert 8 * 60 <= session_seconds(routine) <= 10 * 60


def test_bundled_routine_path_is_in_resources() -> None:
    path = bundled_routine_path()

    assert path == resource("routines", "scorpion-stretch.supple.json")
    assert path.is_file()
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == BUNDLED_ROUTINE_ID


def test_bundled_routine_with_placeholder_clips(placeholder_copy: Path) -> None:
    routine = load_routine(placeholder_copy)

    check_scorpion_stretch(routine)
    assert (
        routine.clip_for(routine.steps[0]).file == placeholder_copy.parent.parent / "clips" / "scorpion-1.mp4"
    )


def test_cues_cover_the_teaching_points(placeholder_copy: Path) -> None:
    routine = load_routine(placeholder_copy)
    words = " ".join([routine.setup, *(cue for step in routine.steps for cue in step.cues)]).lower()

    for point in ("in a t", "towel", "glute", "hamstring", "slow", "quicker", "upper body"):
        assert point in words, point
    paces = [step.rep_seconds for step in routine.steps]
    assert paces == sorted(paces, reverse=True) and paces[-1] < paces[0]  # slow first, quicker when warm


@pytest.mark.skipif(
    not resource("clips", "scorpion-1.mp4").exists(),
    reason="resources/clips/scorpion-1.mp4 is not committed yet; the clips come from the clip renderer",
)
def test_bundled_routine_validates_with_the_real_clips() -> None:
    check_scorpion_stretch(load_routine(bundled_routine_path()))


def test_shipped_files_skipping_the_schema_pass_are_the_ones_that_pass_it() -> None:
    import hashlib

    from desktop.content.schema import SCHEMA_VALID_SHA256, schema_findings
    from desktop.paths import resources_dir

    shipped = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in resources_dir().rglob("*.json")
        if hashlib.sha256(path.read_bytes()).hexdigest() in SCHEMA_VALID_SHA256
    }
    assert set(shipped) == set(SCHEMA_VALID_SHA256), "a hash in SCHEMA_VALID_SHA256 matches no shipped file"
    for path in shipped.values():
        assert schema_findings(json.loads(path.read_bytes())) == [], path
    digest = hashlib.sha256(bundled_routine_path().read_bytes()).hexdigest()
    assert digest in SCHEMA_VALID_SHA256, f"the bundled routine changed: put {digest} in SCHEMA_VALID_SHA256"


def test_a_changed_copy_of_the_bundled_routine_is_checked_against_the_schema(tmp_path: Path) -> None:
    from desktop.content import RoutineError

    document = json.loads(bundled_routine_path().read_text(encoding="utf-8"))
    document["steps"][0]["sets"] = "three"
    copy = tmp_path / bundled_routine_path().name
    copy.write_text(json.dumps(document), encoding="utf-8")
    for clip in document["clips"].values():  # the same relative clip paths
        for key in ("file", "poster"):
            target = (tmp_path / clip[key]).resolve()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile((bundled_routine_path().parent / clip[key]).resolve(), target)
    with pytest.raises(RoutineError, match=r"steps\[0\]\.sets"):
        load_routine(copy)


def test_opening_the_bundled_routine_does_not_import_jsonschema() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop.content import bundled_routine_path, load_routine_lenient\n"
        "load_routine_lenient(bundled_routine_path())\n"
        "print('jsonschema' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
