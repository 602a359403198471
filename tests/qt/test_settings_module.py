"""Preferences are declared once (desktop/qt/settings.py) and read and written typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.qt.settings import OPTIONS, Option, Settings


def test_defaults_come_from_the_declarations(tmp_path: Path) -> None:
    settings = Settings.at(str(tmp_path / "s.ini"))
    assert settings.get(OPTIONS.cue_volume) == 80
    assert settings.get(OPTIONS.cue_speech) is False
    assert settings.get(OPTIONS.window_geometry) == b""


def test_values_round_trip_through_the_file_with_their_types(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    settings = Settings.at(path)
    settings.set(OPTIONS.cue_volume, 35)
    settings.set(OPTIONS.cue_muted, True)
    settings.set(OPTIONS.window_state, b"\x00\x01layout")
    settings.sync()
    again = Settings.at(path)
    assert again.get(OPTIONS.cue_volume) == 35
    assert again.get(OPTIONS.cue_muted) is True
    assert again.get(OPTIONS.window_state) == b"\x00\x01layout"


def test_a_damaged_or_out_of_range_value_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[cues]\nvolume=loud\nmuted=maybe\n[video]\nvolume=250\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.get(OPTIONS.cue_volume) == 80
    assert settings.get(OPTIONS.cue_muted) is False
    assert settings.get(OPTIONS.video_volume) == 100


def test_set_refuses_a_value_out_of_range_and_says_which_changed(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings.at(str(tmp_path / "s.ini"))
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
