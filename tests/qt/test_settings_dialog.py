"""The settings dialog saves cue volume, mute and speech, and the cue player obeys them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

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


def test_test_plays_the_dialogs_values_and_cancel_keeps_the_old_ones(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue("cues/volume", 80)
    settings.setValue("cues/muted", True)
    settings.setValue("cues/speech", False)
    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.speech.isEnabled())
    dialog.volume.setValue(20)
    dialog.mute.setChecked(False)
    dialog.speech.setChecked(True)
    test = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Test")
    test.click()
    # Test played with what the dialog shows: unmuted, and spoken although the saved setting is off.
    qtbot.waitUntil(lambda: cues.speech().worker.spoken != [])
    dialog.reject()
    assert (cues.volume, cues.muted, cues.speech_enabled) == (80, True, False)
    stored = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert stored.value("cues/volume", type=int) == 80
    assert stored.value("cues/muted", type=bool) is True
    assert stored.value("cues/speech", type=bool) is False
    cues.close()
