"""MPRIS 2 on a real session bus (dbus-run-session), driven by a real D-Bus client (dbus-send).

The session runs on the engine's FakeClock; the video decoder is the fake backend.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from desktop.engine import FakeClock, SessionState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.mpris import DESKTOP_ENTRY, OBJECT_PATH, PLAYER_INTERFACE, SERVICE, Mpris
from tests.conftest import skip_or_fail
from tests.qt.test_session_window import two_sided_routine

_pool = ThreadPoolExecutor(max_workers=2)


class Bus:
    """dbus-send against the test's bus, run off the GUI thread so that Supple can answer."""

    def __init__(self, qtbot, address: str, service: str) -> None:
        self.qtbot = qtbot
        self.address = address
        self.service = service

    def send(self, method: str, *args: str, interface: str = PLAYER_INTERFACE) -> str:
        command = [
            "dbus-send", "--session", "--print-reply", f"--dest={self.service}",
            OBJECT_PATH, f"{interface}.{method}", *args,
        ]  # fmt: skip
        # Not --address: dbus-send does not register on a bus given so, and gets no replies.
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address)
        done: Future[subprocess.CompletedProcess[str]] = _pool.submit(
            subprocess.run, command, capture_output=True, text=True, env=env
        )
        self.qtbot.waitUntil(done.done, timeout=20000)
        result = done.result()
        assert result.returncode == 0, result.stderr
        return result.stdout

    def get(self, name: str, interface: str = PLAYER_INTERFACE) -> str:
        """The property's value as dbus-send prints it (`string "Paused"`, `boolean true`...)."""
        out = self.send(
            "Get", f"string:{interface}", f"string:{name}", interface="org.freedesktop.DBus.Properties"
        )
        return out.split("variant", 1)[1].strip()


class Listener(QObject):
    """PropertiesChanged as a client sees it, with the signature the specification gives."""

    def __init__(self) -> None:
        super().__init__()
        self.changes: list[dict[str, object]] = []

    @Slot(str, "QVariantMap", "QStringList")
    def changed(self, interface: str, values: dict[str, object], _invalidated: list[str]) -> None:
        if interface == PLAYER_INTERFACE:
            self.changes.append(dict(values))


@pytest.fixture
def mpris(window: MainWindow, session_bus: str) -> Iterator[Mpris]:
    if shutil.which("dbus-send") is None:
        skip_or_fail("dbus-send is not installed (Debian: dbus-bin)", "SUPPLE_REQUIRE_DBUS")
    connection = QDBusConnection.connectToBus(session_bus, f"supple-test-{id(window)}")
    assert connection.isConnected()
    m = Mpris(window.commands, connection)
    assert m.start()
    yield m
    m.stop()
    QDBusConnection.disconnectFromBus(f"supple-test-{id(window)}")


@pytest.fixture
def listener(mpris: Mpris, session_bus: str) -> Iterator[Listener]:
    client = QDBusConnection.connectToBus(session_bus, "supple-test-client")
    listen = Listener()
    assert client.connect(
        mpris.service, OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as",
        listen, SLOT("changed(QString,QVariantMap,QStringList)"),
    )  # fmt: skip
    yield listen
    QDBusConnection.disconnectFromBus("supple-test-client")


def test_supple_registers_its_name_with_the_root_interface(qtbot, mpris: Mpris, session_bus: str) -> None:
    assert mpris.service == SERVICE
    bus = Bus(qtbot, session_bus, SERVICE)
    root = "org.mpris.MediaPlayer2"
    assert bus.get("DesktopEntry", root) == f'string "{DESKTOP_ENTRY}"'
    assert bus.get("Identity", root) == 'string "Supple"'
    assert bus.get("CanRaise", root) == "boolean true"
    assert bus.get("CanControl") == "boolean true"
    assert bus.get("Position").startswith("int64 ")


def test_a_second_instance_takes_a_name_of_its_own(
    window: MainWindow, mpris: Mpris, session_bus: str
) -> None:
    other = QDBusConnection.connectToBus(session_bus, "supple-test-second")
    second = Mpris(window.commands, other)
    try:
        assert second.start()
        assert second.service == f"{SERVICE}.instance{os.getpid()}"
    finally:
        second.stop()
        QDBusConnection.disconnectFromBus("supple-test-second")


def test_each_method_controls_the_session_and_the_properties_say_so(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path, mpris: Mpris,
    listener: Listener, session_bus: str,
) -> None:  # fmt: skip
    bus = Bus(qtbot, session_bus, mpris.service)
    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    assert window.session.state is SessionState.RUNNING
    assert bus.get("PlaybackStatus") == 'string "Playing"'
    assert bus.get("CanGoNext") == "boolean true"

    bus.send("Pause")
    assert window.session.state is SessionState.PAUSED
    qtbot.waitUntil(lambda: any(c.get("PlaybackStatus") == "Paused" for c in listener.changes))
    assert bus.get("PlaybackStatus") == 'string "Paused"'

    bus.send("Play")
    assert window.session.state is SessionState.RUNNING
    bus.send("PlayPause")
    assert window.session.state is SessionState.PAUSED
    bus.send("PlayPause")
    assert window.session.state is SessionState.RUNNING
    qtbot.waitUntil(lambda: [c.get("PlaybackStatus") for c in listener.changes if "PlaybackStatus" in c][-1:]
                    == ["Playing"])  # fmt: skip

    first = window.session.phase
    assert first is not None
    bus.send("Next")
    after_next = window.session.phase
    assert after_next is not None and after_next.index > first.index
    metadata = bus.get("Metadata")
    assert f'"{after_next.step.title}' in metadata
    assert re.search(r'"xesam:album"\s+variant\s+string "Demo"', metadata)
    assert re.search(
        r'"mpris:length"\s+variant\s+int(32|64) ' + str(round(after_next.duration * 1e6)), metadata
    )
    assert f"track/phase{after_next.index}" in metadata
    # The client receives the nested map unparsed (a QDBusArgument); its content is read above.
    qtbot.waitUntil(lambda: any("Metadata" in c for c in listener.changes))

    bus.send("Previous")
    back = window.session.phase
    assert back is not None and back.index < after_next.index

    seen = len(listener.changes)
    bus.send("Stop")
    assert window.session.state is SessionState.FINISHED
    qtbot.waitUntil(lambda: any(c.get("PlaybackStatus") == "Stopped" for c in listener.changes[seen:]))
    assert bus.get("PlaybackStatus") == 'string "Stopped"'


def test_without_a_session_the_methods_control_the_clip(
    qtbot, window: MainWindow, fake: FakeBackend, tmp_path: Path, mpris: Mpris, session_bus: str
) -> None:
    bus = Bus(qtbot, session_bus, mpris.service)
    window.set_routine(two_sided_routine(tmp_path))
    qtbot.waitUntil(lambda: fake.state.value == "playing")
    bus.send("Pause")
    assert fake.state.value == "paused"
    assert bus.get("PlaybackStatus") == 'string "Paused"'
    bus.send("Play")
    assert fake.state.value == "playing"
    assert window.current_row == 0
    bus.send("Next")
    assert window.current_row == 1
    assert 'string "Twist"' in bus.get("Metadata")


def test_without_a_session_bus_mpris_stays_off_and_silent(qtbot, window: MainWindow, caplog) -> None:
    disconnected = QDBusConnection.connectToBus("unix:path=/nonexistent/supple-bus", "supple-test-none")
    m = Mpris(window.commands, disconnected)
    with qtbot.captureExceptions() as errors:
        assert m.start() is False
    assert errors == []
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
    QDBusConnection.disconnectFromBus("supple-test-none")
