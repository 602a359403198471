"""Cue sounds (resources/sounds/*.wav) and, where the system has a speech engine, spoken cues.

Everything here degrades quietly: no audio device or no speech engine means no sound, never an
error. Speech is opt-in (Settings): creating a speech-dispatcher engine took 1.7 s here and once
hung for good, and its constructor holds Python's lock while it waits, which stops the whole app.
It runs on its own thread so that at least a slow engine never delays the session's timer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, QUrl, Signal, Slot

from desktop.engine import CUE_SOUNDS
from desktop.paths import resource
from desktop.qt.settings import OPTIONS, Settings

log = logging.getLogger(__name__)

SPOKEN = {
    "switch-side": str(QT_TRANSLATE_NOOP("CuePlayer", "Switch sides")),
    "next-step": str(QT_TRANSLATE_NOOP("CuePlayer", "Next")),
    "session-done": str(QT_TRANSLATE_NOOP("CuePlayer", "Well done. Session complete.")),
}


class _SpeechWorker(QObject):
    """Lives on the speech thread; owns the QTextToSpeech engine."""

    ready = Signal(str)  # the engine's name, or "" when there is none

    def __init__(self, preferred: str) -> None:
        super().__init__()
        self.preferred = preferred
        self.engine: object | None = None
        self.spoken: list[str] = []

    @Slot()
    def start(self) -> None:
        name = ""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = QTextToSpeech.availableEngines()
            candidates = (
                [self.preferred] if self.preferred in engines else [e for e in engines if e != "mock"]
            )
            if candidates:
                self.engine = QTextToSpeech(candidates[0], self)
                name = candidates[0]
        except Exception:  # a broken plugin must never stop a session
            log.info("no speech engine; spoken cues are off", exc_info=True)
        self.ready.emit(name)

    @Slot(str, float)
    def say(self, text: str, volume: float) -> None:
        if self.engine is None:
            return
        self.engine.setVolume(volume)  # type: ignore[attr-defined]
        self.engine.say(text)  # type: ignore[attr-defined]
        self.spoken.append(text)


class Speech(QObject):
    """Spoken cues from a worker thread. Signals: ready(str): the engine name, "" for none."""

    ready = Signal(str)
    _say = Signal(str, float)

    def __init__(self, preferred: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name: str | None = None  # None until the worker has looked
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self.worker = _SpeechWorker(preferred)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self.worker.ready.connect(self._on_ready)
        self._say.connect(self.worker.say)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.start()

    @Slot(str)
    def _on_ready(self, name: str) -> None:
        self.engine_name = name
        self.ready.emit(name)

    @property
    def available(self) -> bool:
        return bool(self.engine_name)

    def say(self, text: str, volume: float) -> None:
        self._say.emit(text, volume)

    def close(self) -> None:
        self._thread.quit()
        if not self._thread.wait(3000):
            log.warning("the speech engine did not stop in time")


@dataclass(frozen=True, slots=True)
class CueOptions:
    """How cues sound: what the settings say, or what the settings dialog is trying out."""

    volume: int
    muted: bool
    speech: bool


class CuePlayer(QObject):
    """Plays the engine's cues as sounds and, when chosen, speaks them.

    Signals:
        cued(str): a cue was due (its kind), whether or not it was heard (muted, no device).
    """

    cued = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._effects: dict[str, object] = {}
        self._audio_output: bool | None = None
        self._speech: Speech | None = None

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

    def speech(self) -> Speech:
        """The speech worker, started on first use (its engine arrives a moment later)."""
        if self._speech is None:
            self._speech = Speech(self.settings.get(OPTIONS.speech_engine), self)
        return self._speech

    def cue(self, kind: str, text: str = "", options: CueOptions | None = None) -> None:
        """Play the cue `kind` (and speak it when speech is on) as `options`, else the settings, say."""
        self.cued.emit(kind)
        options = options or self.options
        if options.muted:
            return
        effect = self._effect(kind)
        if effect is not None:
            effect.setVolume(options.volume / 100)  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]
        spoken = text or (QCoreApplication.translate("CuePlayer", SPOKEN[kind]) if kind in SPOKEN else "")
        if spoken and options.speech:
            self.speech().say(spoken, options.volume / 100)

    def close(self) -> None:
        if self._speech is not None:
            self._speech.close()
