"""`supple import` and `supple export` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.numbered_clips import make_numbered_clip


def supple(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120
    )


def test_export_then_import_into_an_empty_data_folder(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    make_numbered_clip(src / "hips.mp4", frames=30)
    (src / "hips.supple.json").write_text(json.dumps({
        "format": "supple.routine/1", "id": "hips", "title": "Hips",
        "clips": {"c": {"file": "hips.mp4"}},
        "steps": [{"id": "circle", "title": "Hip circles", "clip": "c", "reps": 6, "rep_seconds": 2, "sides": "both"}],
    }))  # fmt: skip
    first, second = tmp_path / "first", tmp_path / "second"
    imported = supple("--data-dir", str(first), "import", str(src / "hips.supple.json"))
    assert imported.returncode == 0, imported.stderr
    bundle = tmp_path / "hips.supple"
    exported = supple("--data-dir", str(first), "export", "hips", "--out", str(bundle))
    assert exported.returncode == 0, exported.stderr
    names = zipfile.ZipFile(bundle).namelist()
    assert any(n.endswith("hips.mp4") for n in names) and any(n.endswith(".supple.json") for n in names)
    again = supple("--data-dir", str(second), "import", str(bundle))
    assert again.returncode == 0, again.stderr
    copied = list((second / "library").rglob("hips.mp4"))
    assert len(copied) == 1 and copied[0].read_bytes() == (src / "hips.mp4").read_bytes()
    check = supple("check", str(next((second / "library").rglob("*.supple.json"))))
    assert check.returncode == 0 and "OK (Hips, 1 step)" in check.stdout


def test_a_hostile_bundle_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    bundle = tmp_path / "evil.supple"
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("../../escape.txt", "gotcha")
    data = tmp_path / "data"
    result = supple("--data-dir", str(data), "import", str(bundle))
    assert result.returncode == 1
    assert "evil.supple" in result.stderr and ".." in result.stderr
    assert not (tmp_path / "escape.txt").exists()
    assert not (data / "library").exists() or not any((data / "library").iterdir())
