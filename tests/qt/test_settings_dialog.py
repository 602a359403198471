"""The settings dialog saves cue volume, mute and speech, and the cue player obeys them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.qt.cues import CuePlayer
from desktop.qt.settings_dialog import SettingsDialog


def test_settings_are_saved_and_used(qtbot, settings: QSettings) -> None:
    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.speech.isEnabled())  # the mock engine answered
    dialog.volume.setValue(35)
    dialog.mute.setChecked(True)
    dialog.speech.setChecked(False)
    dialog.accept()
    assert (cues.volume, cues.muted, cues.speech_enabled) == (35, True, False)
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("cues/volume", type=int) == 35
    cues.cue("switch-side")
    assert cues.played == ["switch-side"]  # recorded, but muted: nothing is spoken
    qtbot.wait(200)
    assert cues.speech().worker.spoken == []
    cues.close()


def test_speech_is_off_unless_chosen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    fresh = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert CuePlayer(fresh).speech_enabled is False
