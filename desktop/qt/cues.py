"""Cue sounds (resources/sounds/*.wav) and, when chosen, the coaching voice (desktop/qt/speech.py).

Everything here degrades quietly: no audio device or no speech engine means no sound, never an
error. Speech is opt-in (Settings). When it is on and the engine works, the session's coaching
(desktop/engine/coaching.py) is spoken in the interface's language (worded by desktop/qt/words.py)
and a spoken line replaces its cue's sound; where there is no engine, or while it is still
starting (seconds), the cue sounds play as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP3, QObject, QTimer, QUrl, Signal, Slot

from desktop.engine import CUE_SOUNDS, Clock, CueDue, Event, MonotonicClock, Plan
from desktop.engine.coaching import Coach
from desktop.paths import resource
from desktop.qt.settings import OPTIONS, Settings
from desktop.qt.speech import QtVoice, Speaker, VoiceDevice, VoiceSettings
from desktop.qt.words import WORDS

log = logging.getLogger(__name__)

SAMPLE_LINE = str(
    QT_TRANSLATE_NOOP3(
        "SettingsDialog", "Hips at 90, left side. Keep the back flat.", "exercise: a coaching line"
    )
)
"""What Preferences' Test button says."""


@dataclass(frozen=True, slots=True)
class CueOptions:
    """How cues sound: what the settings say, or what the settings dialog is trying out."""

    volume: int
    muted: bool
    speech: bool


class CuePlayer(QObject):
    """Plays a session's cues as sounds and, when chosen and possible, speaks its coaching.

    Signals:
        cued(str): a cue was due (its kind), whether or not it was heard (muted, no device, spoken).
        played(str): a cue's sound was played (heard where there is an audio device).
        speaking(bool): the voice began or ended a run of lines (the window lowers the clip's sound).
    """

    cued = Signal(str)
    played = Signal(str)
    speaking = Signal(bool)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._effects: dict[str, object] = {}
        self._audio_output: bool | None = None
        self._speaker: Speaker | None = None
        self._coach: Coach | None = None
        self._clock: Clock = MonotonicClock()
        #: Makes the speech engine; tests swap in a fake (the engine is the slow device).
        self.voice_factory: Callable[[], VoiceDevice] = lambda: QtVoice(settings.get(OPTIONS.speech_engine))
        settings.changed.connect(self._on_setting)
        # The engine takes seconds to start: begin at once (in the background) when speech is on,
        # so that it is ready for the first session.
        QTimer.singleShot(0, self, lambda: self._on_setting(OPTIONS.cue_speech.key))

    @property
    def volume(self) -> int:
        return self.settings.get(OPTIONS.cue_volume)

    @property
    def muted(self) -> bool:
        return self.settings.get(OPTIONS.cue_muted)

    @property
    def speech_enabled(self) -> bool:
        return self.settings.get(OPTIONS.cue_speech)

    @property
    def options(self) -> CueOptions:
        return CueOptions(self.volume, self.muted, self.speech_enabled)

    @property
    def voice_settings(self) -> VoiceSettings:
        return VoiceSettings(
            self.settings.get(OPTIONS.speech_volume),
            self.settings.get(OPTIONS.speech_rate),
            self.settings.get(OPTIONS.speech_voice),
        )

    def has_audio_output(self) -> bool:
        if self._audio_output is None:
            from PySide6.QtMultimedia import QMediaDevices

            self._audio_output = not QMediaDevices.defaultAudioOutput().isNull()
            if not self._audio_output:
                log.info("no audio output device: cue sounds are off")
        return self._audio_output

    def _effect(self, kind: str) -> object | None:
        name = CUE_SOUNDS.get(kind)  # type: ignore[call-overload]
        if name is None or not self.has_audio_output():
            return None
        if kind not in self._effects:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", name))))
            self._effects[kind] = effect
        return self._effects[kind]

    def _play(self, kind: str, options: CueOptions) -> None:
        self.played.emit(kind)
        effect = self._effect(kind)
        if effect is not None:
            effect.setVolume(options.volume / 100)  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]

    def speaker(self) -> Speaker:
        """The coaching voice, started on first use (its engine answers seconds later)."""
        if self._speaker is None:
            self._speaker = Speaker(self.voice_factory(), self)
            self._speaker.speakingChanged.connect(self.speaking)
        return self._speaker

    @Slot(str)
    def _on_setting(self, key: str) -> None:
        if key == OPTIONS.cue_speech.key and self.speech_enabled:
            self.speaker()

    def _talking(self, options: CueOptions) -> Speaker | None:
        """The speaker, when lines are to be said now: speech is on, not muted, and the engine works."""
        speaker = self._speaker
        if options.muted or not options.speech or speaker is None or not speaker.available:
            return None
        return speaker

    # ----- a session's events
    def begin(self, plan: Plan, clock: Clock) -> None:
        """A session of `plan` starts on `clock`: a new schedule, and nothing left from the last one."""
        self._coach = Coach(plan, rep_every=self.settings.get(OPTIONS.speech_rep_every))
        self._clock = clock
        if self._speaker is not None:
            self._speaker.clear()

    def hear(self, event: Event) -> None:
        """Every event of the session, in order: its lines are said, and its cue is played (when
        no line says it)."""
        coach = self._coach
        options = self.options
        speaker = self._talking(options)
        lines = coach.lines(event, self._clock.now()) if coach is not None else []
        if speaker is not None:
            settings = self.voice_settings
            for line in lines:
                speaker.say(WORDS.said(line.said), line.due, self._clock, settings)
        if isinstance(event, CueDue):
            self.cued.emit(event.kind)
            if options.muted or (speaker is not None and coach is not None and coach.speaks(event)):
                return
            self._play(event.kind, options)

    def cue(
        self, kind: str, text: str = "", options: CueOptions | None = None, voice: VoiceSettings | None = None
    ) -> None:
        """Play the cue `kind`, or say `text` instead when speech is on and works, as `options` and
        `voice`, else the settings, say (Preferences' Test button)."""
        self.cued.emit(kind)
        options = options or self.options
        if options.muted:
            return
        speaker = self._talking(options)
        if text and speaker is not None:
            clock = MonotonicClock()
            speaker.say(text, clock.now(), clock, voice or self.voice_settings)
        else:
            self._play(kind, options)

    def close(self) -> None:
        if self._speaker is not None:
            self._speaker.close()
