"""A private D-Bus session bus and a tiny freedesktop notification server on it, for the tests.

The server is written with jeepney, the library Supple's notifications use: it owns
org.freedesktop.Notifications, answers Notify with an id (keeping what it was asked to show) and
sends ActionInvoked when a test "clicks" an action.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import threading
from dataclasses import dataclass, field
from typing import Any

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class SessionBus:
    """`dbus-daemon --session` on a private address (what dbus-run-session starts), as a context."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.address = ""

    def __enter__(self) -> str:
        daemon = shutil.which("dbus-daemon")
        assert daemon is not None
        self.process = subprocess.Popen(
            [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address, "dbus-daemon printed no address"
        return self.address

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()


@dataclass
class Shown:
    id: int
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, Any] = field(default_factory=dict)


class NotificationServer:
    """Serves org.freedesktop.Notifications on `address` from a thread until `stop()`."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus=address)
        self.shown: list[Shown] = []
        self._outbox: queue.Queue[Any] = queue.Queue()
        self._stop = threading.Event()
        from jeepney import message_bus

        reply = self.conn.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
        assert reply.body[0] == 1, f"could not own {SERVICE}: {reply.body}"
        self._thread = threading.Thread(target=self._serve, name="notification-server", daemon=True)
        self._thread.start()

    def invoke(self, nid: int, action: str) -> None:
        """The person clicks `action` on notification `nid`."""
        from jeepney import DBusAddress, new_signal

        address = DBusAddress(PATH, interface=SERVICE)
        self._outbox.put(new_signal(address, "ActionInvoked", "us", (nid, action)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.conn.close()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self._stop.is_set():
            while not self._outbox.empty():
                self.conn.send(self._outbox.get())
            try:
                message = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "Notify":
                _app, _replaces, _icon, summary, body, actions, hints, _timeout = message.body
                shown = Shown(len(self.shown) + 1, summary, body, list(actions), dict(hints))
                self.shown.append(shown)
                self.conn.send(new_method_return(message, "u", (shown.id,)))
            elif member == "GetCapabilities":
                self.conn.send(new_method_return(message, "as", (["actions", "body"],)))
            elif member == "CloseNotification":
                self.conn.send(new_method_return(message))
            else:
                self.conn.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


def bus_env(address: str) -> dict[str, str]:
    return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
