from __future__ import annotations

from pathlib import Path

import pytest

from desktop.paths import data_paths, resources_dir, ui_dir


def test_argument_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path / "env"))
    paths = data_paths(tmp_path / "arg")
    assert paths.root == (tmp_path / "arg").resolve()
    assert paths.database.parent == paths.root
    assert paths.log_file.is_relative_to(paths.root)
    assert paths.cache.parent == paths.root
    assert not paths.default


def test_environment_beats_platform_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(tmp_path / "env"))
    assert data_paths().root == (tmp_path / "env").resolve()


def test_platform_default_when_nothing_is_given(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SUPPLE_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    paths = data_paths()
    assert paths.default
    assert paths.root == tmp_path / "xdg" / "Supple"


def test_ensure_creates_only_under_root(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "d").ensure()
    assert paths.root.is_dir() and paths.logs.is_dir()
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["logs"]


def test_bundled_folders_are_found() -> None:
    assert (ui_dir() / "main_window.ui").is_file()
    assert resources_dir().is_dir()
