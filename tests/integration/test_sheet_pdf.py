"""`supple sheet` writes a PDF that reads back: text with pdftotext, images with pdfimages -list.

Run through the real command line without a display (no DISPLAY, no QT_QPA_PLATFORM): Qt's PDF
writer on the offscreen platform, frames from PyAV.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.content import bundled_routine_path, load_routine
from desktop.domain import Playlist, PlaylistItem
from desktop.paths import DataPaths

ROUTINE = load_routine(bundled_routine_path())


def supple(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
    )


def text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def images_per_page(pdf: Path) -> dict[int, int]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    counts: dict[int, int] = {}
    for line in out.splitlines()[2:]:
        page = int(line.split()[0])
        counts[page] = counts.get(page, 0) + 1
    return counts


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def test_the_sheet_of_a_routine_has_its_words_frames_and_log(
    poppler: None, data_dir: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "scorpion.pdf"
    result = supple(data_dir, "sheet", ROUTINE.id, "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert f"to {pdf}" in result.stdout
    words = " ".join(text(pdf).split())
    for expected in (ROUTINE.title, "Setup: Lie on your front", "Rick Kaselj", "This week", "Mon", "Sun"):
        assert expected in words
    for number, step in enumerate(ROUTINE.steps, start=1):
        assert f"{number}. {step.title}" in words
        assert f"{step.sets} sets × {step.reps} reps at {step.rep_seconds:g} s a rep" in words
        for cue in step.cues:
            assert " ".join(cue.split()) in words
    # Every step works both sides on its own loop: two strips of three frames each.
    assert sum(images_per_page(pdf).values()) == len(ROUTINE.steps) * 2 * 3
    assert subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.count("A4") == 1


def test_a_missing_clip_is_said_in_its_strip_and_the_rest_prints(
    poppler: None, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "src"
    shutil.copytree(bundled_routine_path().parent.parent / "clips", source / "clips")
    doc = json.loads(bundled_routine_path().read_text())
    doc.update(id="scorpion-copy", title="Scorpion copy")
    doc["clips"] = {k: {"file": v["file"].replace("../clips", "clips")} for k, v in doc["clips"].items()}
    (source / "copy.supple.json").write_text(json.dumps(doc))
    assert supple(data_dir, "import", str(source / "copy.supple.json")).returncode == 0
    (gone,) = (data_dir / "library").rglob("scorpion-3.mp4")
    gone.unlink()
    pdf = tmp_path / "copy.pdf"
    result = supple(data_dir, "sheet", "scorpion-copy", "--out", str(pdf), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert "step 3 (left) has no frames: The clip is missing: scorpion-3.mp4" in result.stderr
    words = " ".join(text(pdf).split())
    assert words.count("The clip is missing: scorpion-3.mp4") == 2  # both sides' strips say so
    assert "3. Foot to the floor" in words and "Pick up the pace once you feel warm." in words
    assert sum(images_per_page(pdf).values()) == (len(doc["steps"]) - 1) * 2 * 3
    assert "letter" in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout


def test_sixty_steps_break_pages_between_steps_never_inside_one(
    poppler: None, data_dir: Path, paths: DataPaths, tmp_path: Path
) -> None:
    from desktop.store import open_store

    steps = [ROUTINE.steps[n % len(ROUTINE.steps)] for n in range(60)]
    with open_store(paths) as store:
        store.playlists.save(Playlist("sixty", "Sixty", tuple(PlaylistItem(ROUTINE.id, s.id) for s in steps)))
    pdf = tmp_path / "sixty.pdf"
    result = supple(data_dir, "sheet", "sixty", "--out", str(pdf), "--paper", "a4")
    assert result.returncode == 0, result.stderr
    pages = page_count(pdf)
    assert pages > 10
    images = images_per_page(pdf)
    seen: list[int] = []
    header = re.compile(r"^(\d+)\. (.+)$")
    for page in range(1, pages + 1):
        lines = [line.strip() for line in text(pdf, page).splitlines() if line.strip()]
        step_starts: list[tuple[int, int]] = []
        for i, line in enumerate(lines):  # the log at the end lists the steps again: count on only
            m = header.match(line)
            if m and int(m.group(1)) == len(seen) + len(step_starts) + 1:
                step_starts.append((i, int(m.group(1))))
        for k, (i, n) in enumerate(step_starts):
            end = step_starts[k + 1][0] if k + 1 < len(step_starts) else len(lines)
            body = " ".join(lines[i:end])
            step = steps[n - 1]
            assert step.title in lines[i], (page, n)
            assert "2 sets × " in body and all(" ".join(c.split()) in body for c in step.cues), (page, n)
            assert "Left" in body and "Right" in body, (page, n)
            seen.append(n)
        assert images.get(page, 0) == 6 * len(step_starts), page  # whole steps only: 2 strips × 3
    assert seen == list(range(1, 61))


def test_an_unknown_id_and_a_wrong_suffix_are_one_line_each(data_dir: Path, tmp_path: Path) -> None:
    unknown = supple(data_dir, "sheet", "nope", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1
    assert (
        unknown.stderr == 'supple sheet: there is no routine or playlist "nope" (known: scorpion-stretch)\n'
    )
    wrong = supple(data_dir, "sheet", ROUTINE.id, "--out", str(tmp_path / "x.txt"))
    assert wrong.returncode == 2 and "name the file *.pdf" in wrong.stderr
    nowhere = supple(data_dir, "sheet", ROUTINE.id, "--out", str(tmp_path / "no" / "x.pdf"))
    assert nowhere.returncode == 2 and "no such folder" in nowhere.stderr
    assert not list(tmp_path.rglob("*.pdf"))
