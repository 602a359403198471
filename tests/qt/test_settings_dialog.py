"""The settings dialog saves cue volume, mute and speech, and the cue player obeys them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.qt.cues import SAMPLE_LINE, CuePlayer
from desktop.qt.settings import OPTIONS, Settings
from desktop.qt.settings_dialog import SettingsDialog
from desktop.qt.speech import VoiceSettings
from tests.fake_media import FAKE_CLIP


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
    cued: list[str] = []
    spoken: list[str] = []
    cues.cued.connect(cued.append)
    cues.speaker().spoken.connect(spoken.append)
    cues.cue("switch-side", "Switch sides")
    assert cued == ["switch-side"]  # given, but muted: nothing is spoken
    assert spoken == []
    cues.close()


def test_the_voice_settings_are_saved_and_the_engines_voices_offered(qtbot, settings: Settings) -> None:
    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.voice.isEnabled())  # Qt's mock engine answered with its voices
    names = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert names[0] == "Default voice" and set(cues.speaker().voices) <= set(names) and len(names) > 1
    dialog.voice.setCurrentIndex(names.index(cues.speaker().voices[-1]))
    dialog.rate.setValue(-5)
    dialog.speech_volume.setValue(40)
    dialog.rep_every.setCurrentIndex(dialog.rep_every.findData(5))
    dialog.accept()
    reread = Settings(settings.fileName())
    assert reread.get(OPTIONS.speech_voice) == cues.speaker().voices[-1]
    assert (reread.get(OPTIONS.speech_rate), reread.get(OPTIONS.speech_volume)) == (-0.5, 40)
    assert reread.get(OPTIONS.speech_rep_every) == 5
    assert cues.voice_settings == VoiceSettings(40, -0.5, cues.speaker().voices[-1])
    cues.close()


def test_speech_is_off_unless_chosen(tmp_path) -> None:
    fresh = Settings(str(tmp_path / "fresh.ini"))
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
    spoken: list[str] = []
    cues.speaker().spoken.connect(spoken.append)
    test = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Test")
    test.click()
    # Test played with what the dialog shows: unmuted, and spoken although the saved setting is off.
    assert spoken == [SAMPLE_LINE]
    dialog.reject()
    assert (cues.volume, cues.muted, cues.speech_enabled) == (80, True, False)
    stored = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert stored.value("cues/volume", type=int) == 80
    assert stored.value("cues/muted", type=bool) is True
    assert stored.value("cues/speech", type=bool) is False
    cues.close()


def test_session_defaults_are_saved_and_a_session_uses_them_where_a_routine_does_not_say(
    qtbot, settings: QSettings, tmp_path
) -> None:
    import itertools
    import json

    from desktop.engine import PhaseKind
    from desktop.qt.main_window import MainWindow
    from desktop.qt.settings import session_defaults

    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    dialog.prepare.setValue(7)
    dialog.rest.setValue(3)
    dialog.switch.setValue(2)
    dialog.countdown_before_rest.setChecked(False)
    dialog.accept()
    cues.close()
    reread = session_defaults(Settings(settings.fileName()))
    assert (reread.prepare, reread.rest, reread.switch, reread.countdown_before_rest) == (7, 3, 2, False)

    (tmp_path / "c.mp4").write_bytes(FAKE_CLIP)
    doc = {
        "format": "supple.routine/1",
        "id": "said",
        "title": "Said and unsaid",
        "clips": {"c": {"file": "c.mp4"}},
        "steps": [
            {"id": "quiet", "title": "Says nothing", "clip": "c", "hold": 4, "sides": "both", "sets": 2},
            {"id": "loud", "title": "Says it all", "clip": "c", "hold": 4, "prepare": 0, "rest": 4},
        ],
    }
    path = tmp_path / "said.supple.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.start_session(0)
    plan = window.session.plan
    assert plan is not None
    quiet, loud = plan.step_phases(0), plan.step_phases(1)
    kinds = [(p.kind, p.duration) for p in quiet]
    assert kinds[0] == (PhaseKind.PREPARE, 7)
    assert (PhaseKind.SWITCH, 2) in kinds and (PhaseKind.REST, 3) in kinds
    assert all(not p.countdown for p, nxt in itertools.pairwise(quiet) if nxt.kind is PhaseKind.REST)
    assert [p.kind for p in loud] == [PhaseKind.WORK]  # its own 0 s get-ready; its rest is last: left out
    assert plan.step_phases(0)[-1].kind is PhaseKind.REST and plan.step_phases(0)[-1].duration == 3
    window.session.stop()
