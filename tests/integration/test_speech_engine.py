"""The coaching voice with a real engine: speech-dispatcher and espeak-ng, heard by the tests' own
PulseAudio server. Skipped without them, failed instead when SUPPLE_REQUIRE_SPEECH is set (CI).

The daemon is the test's own (its socket, its sound server); Supple reaches it through
SPEECHD_ADDRESS, as libspeechd does for any client.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.engine import MonotonicClock
from desktop.qt.speech import QtVoice, Speaker, VoiceSettings
from tests.conftest import skip_or_fail
from tests.processes import end

REQUIRE = "SUPPLE_REQUIRE_SPEECH"


@pytest.fixture
def speech_dispatcher(
    pulse_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> Iterator[str]:
    """A private speech-dispatcher that plays into the private PulseAudio server."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if shutil.which("speech-dispatcher") is None:
        skip_or_fail("speech-dispatcher is not installed", REQUIRE)
    if "speechd" not in QTextToSpeech.availableEngines():
        skip_or_fail("Qt's speech-dispatcher plugin cannot load (is libspeechd2 installed?)", REQUIRE)
    socket = tmp_path / "speechd.sock"
    env = dict(os.environ, PULSE_SERVER=pulse_server, HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    proc = subprocess.Popen(
        ["speech-dispatcher", "--run-single", "--timeout", "0", "--communication-method", "unix_socket",
         "--socket-path", str(socket), "--pid-file", str(tmp_path / "speechd.pid"),
         "--log-dir", str(tmp_path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(400):
            if socket.exists() or proc.poll() is not None:
                break
            time.sleep(0.025)
        if not socket.exists():
            pytest.fail(f"speech-dispatcher did not open its socket (exit status {proc.poll()})")
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
        monkeypatch.setenv("PULSE_SERVER", pulse_server)
        yield pulse_server
    finally:
        end(proc)


def test_a_line_is_spoken_into_the_sound_server_without_stopping_the_gui_thread(
    qtbot, speech_dispatcher: str, tmp_path: Path
) -> None:
    # A 10 ms timer on the GUI thread, as the session's is: its gaps show any time Python was held.
    beats: list[float] = []
    heart = QTimer()
    heart.timeout.connect(lambda: beats.append(time.monotonic()))
    heart.start(10)
    voice = QtVoice("speechd")
    states: list[str] = []
    voice.started.connect(lambda: states.append("speaking"))
    voice.finished.connect(lambda: states.append("ready"))
    began = time.monotonic()
    speaker = Speaker(voice)
    try:
        qtbot.waitUntil(lambda: speaker.available is not None, timeout=60000)
        assert speaker.available, "speech-dispatcher did not start"
        started_in = time.monotonic() - began
        startup = [b for b in beats if b <= began + started_in]
        gaps = [b - a for a, b in zip([began, *startup], startup, strict=False)]
        # Making the engine took seconds; the GUI thread kept running Python all along.
        assert max(gaps, default=0.0) < 0.5, f"the GUI thread was held for {max(gaps):.2f} s"

        recording = tmp_path / "heard.raw"
        env = dict(os.environ, PULSE_SERVER=speech_dispatcher)
        with recording.open("wb") as out:
            parec = subprocess.Popen(
                ["parec", "--device=supple_null.monitor", "--raw", "--format=s16le", "--channels=1",
                 "--rate=16000"],
                env=env, stdout=out, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                clock = MonotonicClock()
                speaker.say("Hips at 90, left side.", clock.now(), clock, VoiceSettings(100, 0.0, ""))
                qtbot.waitUntil(lambda: speaker.speaking, timeout=10000)
                qtbot.waitUntil(lambda: not speaker.speaking, timeout=30000)
            finally:
                end(parec)
        assert states[-2:] == ["speaking", "ready"]
        heard = recording.read_bytes()
        samples = memoryview(heard[: len(heard) // 2 * 2]).cast("h")
        assert max((abs(s) for s in samples), default=0) > 1000, "the sound server heard nothing"
    finally:
        heart.stop()
        speaker.close()
