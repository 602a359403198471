"""Preferences are declared once (desktop/qt/settings.py) and read and written typed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.qt.settings import OPTIONS, Option, Settings

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_defaults_come_from_the_declarations(tmp_path: Path) -> None:
    settings = Settings(str(tmp_path / "s.ini"))
    assert settings.get(OPTIONS.cue_volume) == 80
    assert settings.get(OPTIONS.cue_speech) is False
    assert settings.get(OPTIONS.window_geometry) == b""


def test_values_round_trip_through_the_file_with_their_types(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    settings = Settings(path)
    settings.set(OPTIONS.cue_volume, 35)
    settings.set(OPTIONS.cue_muted, True)
    settings.set(OPTIONS.window_state, b"\x00\x01layout")
    settings.sync()
    again = Settings(path)
    assert again.get(OPTIONS.cue_volume) == 35
    assert again.get(OPTIONS.cue_muted) is True
    assert again.get(OPTIONS.window_state) == b"\x00\x01layout"


def test_a_damaged_or_out_of_range_value_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[cues]\nvolume=loud\nmuted=maybe\n[video]\nvolume=250\n", encoding="utf-8")
    settings = Settings(str(path))
    assert settings.get(OPTIONS.cue_volume) == 80
    assert settings.get(OPTIONS.cue_muted) is False
    assert settings.get(OPTIONS.video_volume) == 100


def test_set_refuses_a_value_out_of_range_and_says_which_changed(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(str(tmp_path / "s.ini"))
    with pytest.raises(ValueError, match="cues/volume"):
        settings.set(OPTIONS.cue_volume, 101)
    with qtbot.waitSignal(settings.changed) as signal:
        settings.set(OPTIONS.cue_volume, 10)
    assert signal.args == ["cues/volume"]
    with qtbot.assertNotEmitted(settings.changed):
        settings.set(OPTIONS.cue_volume, 10)  # unchanged: no signal


def test_every_key_is_declared_once() -> None:
    keys = [option.key for option in OPTIONS.all()]
    assert len(keys) == len(set(keys))
    assert all(isinstance(option, Option) for option in OPTIONS.all())


def _string_keys_passed_to_qsettings(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("value", "setValue", "contains", "remove")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and "/" in node.args[0].value
        ):
            found.append(node.args[0].value)
    return found


def test_no_module_names_a_settings_key_outside_the_declarations() -> None:
    offenders = {}
    for path in DESKTOP.rglob("*.py"):
        if path.name == "settings.py" or "forms" in path.parts:
            continue
        keys = _string_keys_passed_to_qsettings(ast.parse(path.read_text(encoding="utf-8")))
        if keys:
            offenders[str(path.relative_to(DESKTOP))] = keys
    assert offenders == {}
