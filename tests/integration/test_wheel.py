"""An installed wheel (not only the source tree) finds the bundled ui/ and resources/ content."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_installed_wheel_finds_its_bundled_files(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("supple-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/_data/ui/main_window.ui" in names
    assert "desktop/_data/ui/theme.qss" in names
    assert "desktop/_data/resources/icons/hicolor/scalable/apps/io.supple.Supple.svg" in names
    for lang in ("en", "de", "es"):  # the interface's translations, compiled
        assert f"desktop/_data/resources/translations/supple_{lang}.qm" in names
    assert "desktop/qt/forms/ui_main_window.py" in names

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import desktop, desktop.paths as p\n"
        "print(desktop.__file__); print(p.ui_dir()); print(p.resources_dir())\n"
    )
    # Run from an empty folder with the wheel's copy first on the path, so the source tree is not used.
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert all(Path(line).is_relative_to(target) for line in out), out
    assert Path(out[1], "main_window.ui").is_file()
