"""The coaching voice: lines said one at a time through QtTextToSpeech, never holding up the timer.

`Speaker` keeps the queue on the GUI thread: one line at a time goes to the engine, the next only
once the engine says it has finished; a line whose turn comes more than `STALE_CUE_SECONDS` after
it was due is dropped, as a late cue is (desktop/engine/session.py). `speakingChanged` says when
the voice starts and stops, so that the window can lower the clip's sound meanwhile.

The engine is the slow device (`VoiceDevice`; tests give a fake). `QtVoice` runs QTextToSpeech on
a thread of its own, and every call that may wait goes there as a queued call to the engine's own
C++ slots. That matters: creating a speech-dispatcher engine takes seconds (6 s measured), and
PySide6 holds Python's lock through a constructor or a method called from Python, so even on
another thread it would stop every Python slot, the session's timer included. So the engine is
first made with Qt's quick "mock" plugin and then switched to the real one by a queued
`setEngine`, which runs in Qt alone; `say`, volume, rate and voice go the same way. The only
Python that runs on the speech thread makes the mock engine and reads the real one's locales and
voices once, which takes milliseconds (tests/integration/test_speech_engine.py watches the GUI
thread while the engine starts).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Q_ARG, QLocale, QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from desktop.engine import STALE_CUE_SECONDS, Clock

log = logging.getLogger(__name__)

START_TIMEOUT_MS = 5000
"""A line the engine has not begun to say by then is given up (the engine lost it)."""
SPEAK_TIMEOUT_MS = 60000
"""A line still being said after this long is given up (the engine hangs)."""


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """How the voice speaks: volume in percent, rate from -1 to 1, and a voice name ("": the engine's)."""

    volume: int = 100
    rate: float = 0.0
    voice: str = ""


class VoiceDevice(QObject):
    """A speech engine, as `Speaker` uses it. All signals arrive on the GUI thread.

    Signals:
        ready(list): the engine works; the names of its voices for the interface's language.
        failed(str): there is no engine, or it broke (why).
        started(): the engine began to say the line it was given.
        finished(): the engine is done with the line it was given.
    """

    ready = Signal(list)
    failed = Signal(str)
    started = Signal()
    finished = Signal()

    def start(self) -> None:
        raise NotImplementedError

    def say(self, text: str, settings: VoiceSettings) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Stop the engine; the device is not used again."""


@dataclass(frozen=True, slots=True)
class _Queued:
    text: str
    due: float
    clock: Clock
    settings: VoiceSettings


class Speaker(QObject):
    """Says lines in turn through a `VoiceDevice`. `available` is None until the engine has
    answered, then whether it works.

    Signals:
        availableChanged(bool): the engine is ready (True), or missing or broken (False).
        speakingChanged(bool): the voice began (True) or ended (False) a run of lines.
        spoken(str): a line was given to the engine.
        dropped(str): a line was stale by its turn and was not said.
    """

    availableChanged = Signal(bool)
    speakingChanged = Signal(bool)
    spoken = Signal(str)
    dropped = Signal(str)

    def __init__(self, device: VoiceDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.available: bool | None = None
        self.voices: list[str] = []
        self.speaking = False
        self._queue: deque[_Queued] = deque()
        self._current: _Queued | None = None
        self._begun = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)
        device.ready.connect(self._on_ready)
        device.failed.connect(self._on_failed)
        device.started.connect(self._on_started)
        device.finished.connect(self._on_finished)
        device.start()

    def say(self, text: str, due: float, clock: Clock, settings: VoiceSettings) -> None:
        """Say `text` when the lines before it are done, unless it is stale by then (`due` and
        staleness are on `clock`)."""
        if self.available is False or not text.strip():
            return
        self._queue.append(_Queued(text, due, clock, settings))
        self._next()

    def clear(self) -> None:
        """Forget the lines not yet begun (the one being said runs to its end)."""
        self._queue.clear()
        if self._current is None:
            self._set_speaking(False)

    def close(self) -> None:
        self._queue.clear()
        self._watchdog.stop()
        self.device.close()

    def _next(self) -> None:
        if self._current is not None or not self.available:
            return
        while self._queue:
            item = self._queue.popleft()
            if item.clock.now() - item.due > STALE_CUE_SECONDS:
                self.dropped.emit(item.text)
                continue
            self._current, self._begun = item, False
            self._set_speaking(True)
            self._watchdog.start(START_TIMEOUT_MS)
            self.device.say(item.text, item.settings)
            self.spoken.emit(item.text)
            return
        self._set_speaking(False)

    def _set_speaking(self, on: bool) -> None:
        if self.speaking != on:
            self.speaking = on
            self.speakingChanged.emit(on)

    @Slot(list)
    def _on_ready(self, voices: list[str]) -> None:
        self.voices = list(voices)
        self.available = True
        self.availableChanged.emit(True)
        self._next()

    @Slot(str)
    def _on_failed(self, why: str) -> None:
        log.info("no speech: %s; cue sounds play instead", why)
        was = self.available
        self.available = False
        self._queue.clear()
        self._current = None
        self._watchdog.stop()
        self._set_speaking(False)
        if was is not False:
            self.availableChanged.emit(False)

    @Slot()
    def _on_started(self) -> None:
        if self._current is not None:
            self._begun = True
            self._watchdog.start(SPEAK_TIMEOUT_MS)

    @Slot()
    def _on_finished(self) -> None:
        # A "ready" before the line has begun is the engine settling from something earlier.
        if self._current is not None and self._begun:
            self._done()

    @Slot()
    def _give_up(self) -> None:
        if self._current is not None:
            log.warning("the speech engine did not finish %r; going on", self._current.text)
            self._done()

    def _done(self) -> None:
        self._watchdog.stop()
        self._current = None
        self._next()


class _EngineThread(QObject):
    """Lives on the speech thread; makes the QTextToSpeech there (see the module docstring)."""

    made = Signal(object)  # the QTextToSpeech
    ready = Signal(list)  # its QVoices for the language
    failed = Signal(str)

    def __init__(self, preferred: str, listener: QtVoice) -> None:
        super().__init__()
        self.preferred = preferred
        self.listener = listener
        self.engine: Any = None
        self.name = ""

    @Slot()
    def start(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            engines = QTextToSpeech.availableEngines()
            real = [e for e in engines if e != "mock"]
            self.name = self.preferred if self.preferred in engines else (real[0] if real else "")
            if not self.name:
                self.failed.emit("no speech engine is installed")
                return
            quick = "mock" if "mock" in engines else self.name
            self.engine = QTextToSpeech(quick, self)
            # Queued to the listener on the GUI thread: no Python runs on the speech thread for them.
            self.engine.stateChanged.connect(self.listener._on_state)
            self.engine.errorOccurred.connect(self.listener._on_error)
        except Exception as exc:  # a broken plugin must never stop a session
            log.info("the speech engine could not be made", exc_info=True)
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.made.emit(self.engine)
        if self.name != quick:
            QMetaObject.invokeMethod(self.engine, "setEngine", Qt.ConnectionType.QueuedConnection,
                                     Q_ARG(str, self.name))  # fmt: skip
        QMetaObject.invokeMethod(self, "report", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def report(self) -> None:
        """After the engine is loaded: speak the interface's language where a voice does."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self.engine
        if engine.engine() != self.name or engine.state() == QTextToSpeech.State.Error:
            self.failed.emit(f"the speech engine {self.name!r} did not start: {engine.errorString()}")
            return
        wanted = QLocale()
        locales = engine.availableLocales()
        match = next((loc for loc in locales if loc.name() == wanted.name()), None) or next(
            (loc for loc in locales if loc.language() == wanted.language()), None
        )
        if match is not None and match != engine.locale():
            engine.setLocale(match)
        self.ready.emit(list(engine.availableVoices()))


class QtVoice(VoiceDevice):
    """QtTextToSpeech on its own thread: `preferred` is the engine to use ("": the first real one)."""

    def __init__(self, preferred: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: Any = None
        self._voices: list[Any] = []
        self._voice = ""
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._worker = _EngineThread(preferred, self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.made.connect(self._on_made)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self.failed)
        # Qt aborts when a running QThread is destroyed: one that is dropped without `close()`
        # (its owner garbage-collected) stops its thread first.
        thread = self._thread
        self.destroyed.connect(lambda _obj=None: _stop(thread))

    @property
    def engine_name(self) -> str:
        return self._worker.name

    def start(self) -> None:
        self._thread.start()

    @Slot(object)
    def _on_made(self, engine: Any) -> None:
        self._engine = engine

    @Slot(list)
    def _on_ready(self, voices: list[Any]) -> None:
        self._voices = voices
        self.ready.emit([voice.name() for voice in voices])

    @Slot(object)
    def _on_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self.started.emit()
        elif state == QTextToSpeech.State.Ready:
            self.finished.emit()

    @Slot(object, str)
    def _on_error(self, _reason: Any, message: str) -> None:
        self.failed.emit(message or "the speech engine failed")

    def say(self, text: str, settings: VoiceSettings) -> None:
        engine = self._engine
        if engine is None:
            return
        queued = Qt.ConnectionType.QueuedConnection
        QMetaObject.invokeMethod(engine, "setVolume", queued, Q_ARG(float, settings.volume / 100))
        QMetaObject.invokeMethod(engine, "setRate", queued, Q_ARG(float, settings.rate))
        if settings.voice and settings.voice != self._voice:
            self._set_voice(settings.voice)
        QMetaObject.invokeMethod(engine, "say", queued, Q_ARG(str, text))

    def _set_voice(self, name: str) -> None:
        from PySide6.QtTextToSpeech import QVoice

        voice = next((v for v in self._voices if v.name() == name), None)
        if voice is not None:
            self._voice = name
            QMetaObject.invokeMethod(self._engine, "setVoice", Qt.ConnectionType.QueuedConnection,
                                     Q_ARG(QVoice, voice))  # fmt: skip

    def close(self) -> None:
        _stop(self._thread)


def _stop(thread: QThread) -> None:
    thread.quit()
    if not thread.wait(3000):
        log.warning("the speech engine did not stop in time")
