"""The coaching voice: lines in turn, stale ones dropped, cue sounds where no engine speaks, and the
clip's sound lowered while the voice speaks.

`FakeVoice` stands in for the speech engine only (the slow device): the test says when it has
started and finished a line. The real engines are exercised by tests/qt/test_speech.py's window
test (Qt's mock plugin) and tests/integration/test_speech_engine.py (speech-dispatcher).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import Clip, Routine, Sides, Step
from desktop.engine import STALE_CUE_SECONDS, FakeClock
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.session_controller import SessionController
from desktop.qt.settings import OPTIONS, Settings
from desktop.qt.speech import Speaker, VoiceDevice, VoiceSettings
from desktop.qt.window_playback import DUCK_FACTOR
from tests.fake_media import FAKE_CLIP


class FakeVoice(VoiceDevice):
    """An engine that answers when told: `ready_now=False` keeps it starting until `come_up()`."""

    def __init__(self, *, engine: bool = True, ready_now: bool = True) -> None:
        super().__init__()
        self.engine = engine
        self.ready_now = ready_now
        self.said: list[tuple[str, VoiceSettings]] = []

    def start(self) -> None:
        if not self.engine:
            self.failed.emit("no speech engine is installed")
        elif self.ready_now:
            self.come_up()

    def come_up(self) -> None:
        self.ready.emit(["Anne", "Bob"])

    def say(self, text: str, settings: VoiceSettings) -> None:
        self.said.append((text, settings))

    def texts(self) -> list[str]:
        return [text for text, _ in self.said]

    def finish(self) -> None:
        """The line given last is said from start to end."""
        self.started.emit()
        self.finished.emit()


SETTINGS = VoiceSettings(80, 0.2, "Anne")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_lines_are_said_one_at_a_time_in_order(qtbot, clock: FakeClock) -> None:
    voice = FakeVoice()
    speaker = Speaker(voice)
    for text in ("Hips at 90, left side.", "Three", "Two"):
        speaker.say(text, clock.now(), clock, SETTINGS)
    assert voice.texts() == ["Hips at 90, left side."]  # the others wait: never two at once
    voice.finished.emit()  # "ready" before the line has begun: the engine settling, not the end
    assert voice.texts() == ["Hips at 90, left side."]
    voice.finish()
    assert voice.texts() == ["Hips at 90, left side.", "Three"]
    voice.finish()
    voice.finish()
    assert voice.texts() == ["Hips at 90, left side.", "Three", "Two"]
    assert voice.said[0][1] == SETTINGS


def test_a_line_stale_by_its_turn_is_dropped_as_a_late_cue_is(qtbot, clock: FakeClock) -> None:
    voice = FakeVoice()
    speaker = Speaker(voice)
    dropped: list[str] = []
    speaker.dropped.connect(dropped.append)
    speaker.say("A long first line", clock.now(), clock, SETTINGS)
    speaker.say("Three", clock.now() + 1, clock, SETTINGS)
    speaker.say("Two", clock.now() + 2, clock, SETTINGS)
    clock.advance(1 + STALE_CUE_SECONDS + 0.1)  # "Three" is now too late; "Two" is not
    voice.finish()
    assert dropped == ["Three"]
    assert voice.texts() == ["A long first line", "Two"]


def test_speaking_is_told_from_the_first_line_to_the_end_of_the_last(qtbot, clock: FakeClock) -> None:
    voice = FakeVoice()
    speaker = Speaker(voice)
    changes: list[bool] = []
    speaker.speakingChanged.connect(changes.append)
    speaker.say("One", clock.now(), clock, SETTINGS)
    speaker.say("Two", clock.now(), clock, SETTINGS)
    voice.finish()
    assert changes == [True]  # no dip between two lines
    voice.finish()
    assert changes == [True, False]


def test_a_broken_engine_stops_the_voice_and_says_so(qtbot, clock: FakeClock) -> None:
    voice = FakeVoice()
    speaker = Speaker(voice)
    speaker.say("One", clock.now(), clock, SETTINGS)
    speaker.say("Two", clock.now(), clock, SETTINGS)
    voice.failed.emit("speech-dispatcher went away")
    assert speaker.available is False and not speaker.speaking
    speaker.say("Three", clock.now(), clock, SETTINGS)
    assert voice.texts() == ["One"]


# ----- a session's coaching through the cue player


def held_and_paced() -> Routine:
    steps = (
        Step(id="hips", title="Hips at 90", clip="c", hold=4, sides=Sides.BOTH, prepare=0, cues=("Breathe",)),
        Step(id="foot", title="Foot to the floor", clip="c", reps=6, rep_seconds=1.0, prepare=0),
    )
    return Routine(id="r", title="Coached", steps=steps, clips={})


@pytest.fixture
def controller(settings: Settings) -> Iterator[SessionController]:
    settings.set(OPTIONS.cue_speech, False)  # turned on by `coached`, with the fake engine
    c = SessionController(settings)
    yield c
    c.stop()
    c.cues.close()


def coached(controller: SessionController, clock: FakeClock, voice: FakeVoice) -> tuple[list[str], list[str]]:
    """Start the coached routine with `voice`; the cue kinds whose sound played, and the lines given."""
    controller.cues.voice_factory = lambda: voice
    controller.clock_factory = lambda: clock
    played: list[str] = []
    controller.cues.played.connect(played.append)
    controller.cues.settings.set(OPTIONS.cue_speech, True)  # the engine starts when speech is turned on
    assert controller.cues.speaker().device is voice
    controller.start(held_and_paced())
    return played, voice.texts()


def walk(controller: SessionController, clock: FakeClock, voice: FakeVoice | None, seconds: float) -> None:
    """Move the fake clock in small steps, the voice saying each line at once."""
    for _ in range(round(seconds / 0.25)):
        clock.advance(0.25)
        controller.tick_now()
        while voice is not None and controller.cues.speaker().speaking:
            voice.finish()


def test_the_session_is_coached_and_spoken_lines_replace_their_sounds(
    qtbot, controller: SessionController, clock: FakeClock, settings: Settings
) -> None:
    settings.set(OPTIONS.speech_rep_every, 5)
    voice = FakeVoice()
    played, _ = coached(controller, clock, voice)
    walk(controller, clock, voice, 20)
    assert voice.texts()[:6] == [
        "Hips at 90, left side. Breathe.", "Three", "Two", "One", "Switch sides.", "Three",
    ]  # fmt: skip
    assert "Foot to the floor." in voice.texts() and "5" in voice.texts() and "4" not in voice.texts()
    assert voice.texts()[-1].startswith("Well done. Session complete: 2 of 2 steps done")
    # Only the reps that are not counted aloud keep their sound: the pace is still heard.
    assert played == ["rep"] * 4
    assert voice.said[0][1] == VoiceSettings(100, 0.0, "")  # the settings' voice


def test_cue_sounds_play_where_no_speech_engine_exists(
    qtbot, controller: SessionController, clock: FakeClock
) -> None:
    voice = FakeVoice(engine=False)
    played, _ = coached(controller, clock, voice)
    walk(controller, clock, None, 20)
    assert voice.said == []
    assert played[:4] == ["countdown-3", "countdown-2", "countdown-1", "switch-side"]
    assert played.count("rep") == 5 and played[-1] == "session-done"


def test_cue_sounds_play_while_the_engine_is_still_starting(
    qtbot, controller: SessionController, clock: FakeClock
) -> None:
    voice = FakeVoice(ready_now=False)
    played, _ = coached(controller, clock, voice)
    walk(controller, clock, voice, 1.5)
    assert played == ["countdown-3"] and voice.said == []
    voice.come_up()  # seconds later, the engine answers
    walk(controller, clock, voice, 1)
    assert played == ["countdown-3"] and voice.texts() == ["Two"]


def test_muted_cues_are_neither_played_nor_spoken(
    qtbot, controller: SessionController, clock: FakeClock, settings: Settings
) -> None:
    settings.set(OPTIONS.cue_muted, True)
    voice = FakeVoice()
    played, _ = coached(controller, clock, voice)
    walk(controller, clock, voice, 20)
    assert played == [] and voice.said == []


# ----- the window: the clip's sound is lowered while the voice speaks, with Qt's mock engine


def test_the_clip_is_ducked_while_the_voice_speaks_and_restored_after(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path
) -> None:
    clip = tmp_path / "c.mp4"
    clip.write_bytes(FAKE_CLIP)
    routine = held_and_paced()
    window.set_routine(Routine(id="r", title="Coached", steps=routine.steps, clips={"c": Clip("c", clip)}))
    window.ui.volumeSlider.setValue(60)
    speaker = window.session.cues.speaker()
    qtbot.waitUntil(lambda: speaker.available is True)  # the real engine (Qt's mock plugin)
    spoken: list[str] = []
    speaker.spoken.connect(spoken.append)
    window.start_session()
    assert spoken == ["Hips at 90, left side. Breathe."]
    qtbot.waitUntil(lambda: fake.volume() == (False, round(60 * DUCK_FACTOR)))
    qtbot.waitUntil(lambda: not speaker.speaking)
    assert fake.volume() == (False, 60)
    window.session.stop()


def test_the_voice_speaks_the_interfaces_language_where_the_engine_has_it(qtbot) -> None:
    from PySide6.QtCore import QLocale

    from desktop.qt.speech import QtVoice

    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    try:
        speaker = Speaker(QtVoice("mock"))  # Qt's mock plugin has two Norwegian voices
        qtbot.waitUntil(lambda: speaker.available is not None)
        assert speaker.available is True
        assert speaker.voices == ["Eivind", "Kjersti"]
        speaker.close()
    finally:
        QLocale.setDefault(before)


def test_a_voice_dropped_without_close_stops_its_thread(qtbot) -> None:
    """Qt aborts the process when a running QThread is destroyed; a forgotten voice must not."""
    import gc

    from desktop.qt.speech import QtVoice

    voice = QtVoice("mock")
    answered: list[bool] = []
    voice.ready.connect(lambda _voices: answered.append(True))
    speaker = Speaker(voice)
    qtbot.waitUntil(lambda: answered != [])
    thread = voice._thread
    assert thread.isRunning()
    del speaker, voice, thread
    gc.collect()


def test_the_real_engine_is_given_the_voice_rate_and_volume_and_reports_its_states(qtbot) -> None:
    from desktop.qt.speech import QtVoice

    voice = QtVoice("mock")  # Qt's mock plugin, on the speech thread as any engine
    states: list[str] = []
    voice.started.connect(lambda: states.append("speaking"))
    voice.finished.connect(lambda: states.append("ready"))
    speaker = Speaker(voice)
    qtbot.waitUntil(lambda: speaker.available is not None)
    other = next(name for name in speaker.voices if name != voice._engine.voice().name())
    clock = FakeClock()
    speaker.say("Hips at 90, left side.", clock.now(), clock, VoiceSettings(40, -0.5, other))
    qtbot.waitUntil(lambda: states[-2:] == ["speaking", "ready"])
    engine = voice._engine
    assert (engine.voice().name(), engine.volume(), engine.rate()) == (other, 0.4, -0.5)
    assert not speaker.speaking
    speaker.close()


# ----- the interface's language: a German window speaks German


@pytest.fixture
def german(qapp, settings: Settings) -> Iterator[None]:
    """The German translation installed, as Settings > Language does; English again afterwards."""
    from PySide6.QtCore import QLocale, Qt

    from desktop.qt.i18n import install_translators, remove_translators

    locale = QLocale()
    settings.set(OPTIONS.language, "de")
    translators = install_translators(qapp, settings)
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def test_a_german_window_coaches_in_german_with_the_routines_german_text(
    qtbot, german: None, settings: Settings, tmp_path: Path
) -> None:
    from desktop.domain import RoutineText, StepText

    settings.set(OPTIONS.cue_speech, False)  # turned on below, with the fake engine
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_backend(FakeBackend(window))
    voice, clock = FakeVoice(), FakeClock()
    window.session.cues.voice_factory = lambda: voice
    window.session.clock_factory = lambda: clock
    settings.set(OPTIONS.cue_speech, True)
    clip = tmp_path / "c.mp4"
    clip.write_bytes(FAKE_CLIP)
    hips, foot = held_and_paced().steps
    text = RoutineText(
        title="Begleitet",
        steps={"hips": StepText(title="Hüften auf 90", cues=("Atmen Sie ruhig",)),
               "foot": StepText(title="Fuß zum Boden")},
    )  # fmt: skip
    routine = Routine(
        id="r", title="Coached", steps=(dataclasses.replace(hips, rest=3), foot),
        clips={"c": Clip("c", clip)}, translations={"de": text},
    )  # fmt: skip
    window.set_routine(routine)
    window.start_session()
    walk(window.session, clock, voice, 25)
    said = voice.texts()
    assert said[:5] == [
        "Hüften auf 90, linke Seite. Atmen Sie ruhig.",
        "Drei",
        "Zwei",
        "Eins",
        "Seite wechseln.",
    ]
    assert "Pause. Als Nächstes: Fuß zum Boden." in said
    assert "Fuß zum Boden." in said
    assert (
        said[-1] == "Gut gemacht. Einheit abgeschlossen: 2 von 2 Schritten geschafft, 14 Sekunden Training."
    )
    window.session.stop()
