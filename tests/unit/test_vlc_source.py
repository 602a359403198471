"""Which libVLC Supple uses, as `supple --version` and the log say it: a frozen build with libVLC
inside points python-vlc and libVLC at its own copy (all of it), any other uses the system's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop.media.vlc_loader import use_bundled_vlc
from desktop.paths import version_text, vlc_source

VLC_VARIABLES = ("PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH")


def _frozen(monkeypatch: pytest.MonkeyPatch, folder: Path, build: str | None) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(folder), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    if build is not None:
        (folder / "supple-build.txt").write_text(build, encoding="utf-8")
    for name in VLC_VARIABLES:  # set first, so that the variables the code sets are undone too
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


def test_run_from_python_it_uses_the_systems_libvlc() -> None:
    assert vlc_source().kind == "system"
    assert version_text("9.9.9") == "supple 9.9.9\nlibVLC: the system's (run from Python)"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"supple {desktop.__version__}\nlibVLC: the system's (run from Python)\n"


def test_a_build_with_libvlc_points_python_vlc_and_libvlc_at_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _frozen(monkeypatch, tmp_path, "vlc=bundle\n")
    assert vlc_source().folder == tmp_path / "vlc"
    assert version_text("1.0.0") == (
        f"supple 1.0.0\nlibVLC: bundled with this build ({tmp_path / 'vlc'}) (a frozen build)"
    )
    assert use_bundled_vlc() == "bundled"
    assert os.environ["VLC_PLUGIN_PATH"] == str(tmp_path / "vlc" / "plugins")
    assert Path(os.environ["PYTHON_VLC_LIB_PATH"]).parent == tmp_path / "vlc"
    assert os.environ["PYTHON_VLC_MODULE_PATH"] == str(tmp_path / "vlc")


@pytest.mark.parametrize("build", ["vlc=system\n", None])
def test_a_build_without_libvlc_leaves_python_vlc_to_find_the_systems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: str | None
) -> None:
    _frozen(monkeypatch, tmp_path, build)
    assert use_bundled_vlc() == "system"
    assert not any(name in os.environ for name in VLC_VARIABLES)
    assert version_text("1.0.0") == "supple 1.0.0\nlibVLC: the system's (a frozen build)"


def test_the_variables_set_by_a_test_do_not_outlive_it() -> None:
    assert not any(os.environ.get(name) for name in VLC_VARIABLES)


def test_version_is_one_line_however_long_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.__main__ import main

    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 6)
    deep.mkdir(parents=True)
    _frozen(monkeypatch, deep, "vlc=bundle\n")
    monkeypatch.setenv("COLUMNS", "40")
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == version_text(desktop.__version__) + "\n"
