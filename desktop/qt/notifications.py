"""Desktop notifications with actions: freedesktop Notifications over the D-Bus session bus.

Why jeepney and not QtDBus: Notify's second argument (`replaces_id`) is a D-Bus uint32, and
PySide6 cannot marshal one (a Python int goes out as int32, QDBusArgument has no typed `add` in
Python), so servers refuse the call ("No such method ... signature 'sisssasa{sv}i'"). jeepney is
a small, maintained, pure-Python D-Bus implementation. Nothing here blocks or uses a thread: the
connection's socket is watched by a QSocketNotifier, calls are sent and their replies matched by
serial as they arrive, so Qt's event loop carries everything.

`available` is False where there is no session bus (not Linux, no desktop session); `notify`
returns None then, and `failed` tells when the bus has no notification server after all: the
caller falls back to the tray's message or a banner in the window.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any, Final

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from desktop.qt.autostart import APP_ID

log = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
APP_NAME: Final = "Supple"
#: The icon the server shows: the app id's icon where it is installed.
ICON: Final = APP_ID


class DesktopNotifications(QObject):
    """Signals:
    shown(object, int): a notification (its tag) is up, with the server's id.
    failed(object, str): a notification (its tag) could not be shown, and why.
    actionInvoked(object, str): the person chose an action (its key) on a notification (its tag).
    closed(object): a notification (its tag) went away.
    """

    shown = Signal(object, int)
    failed = Signal(object, str)
    actionInvoked = Signal(object, str)
    closed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, bus: str = "SESSION") -> None:
        super().__init__(parent)
        self._conn: Any = None
        self._watch: QSocketNotifier | None = None
        self._serials = itertools.count(1)
        self._pending: dict[int, object] = {}  # serial of a Notify call -> its tag
        self._ids: dict[int, object] = {}  # server's notification id -> its tag
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus=bus)
        except Exception as e:  # no bus address, not Linux, no jeepney, a bus that refuses us
            log.info("no desktop notifications: %s", e)
            return
        self._conn = conn
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        self._send(message_bus.AddMatch(rule))
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read)

    @property
    def available(self) -> bool:
        return self._conn is not None

    def notify(self, tag: object, summary: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Ask the server to show a notification with `actions` ((key, label) pairs); the answer
        comes as `shown` or `failed`. False when there is no bus to ask."""
        if self._conn is None:
            return False
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        flat = [part for pair in actions for part in pair]
        hints: dict[str, tuple[str, Any]] = {"category": ("s", "presence"), "desktop-entry": ("s", ICON)}
        message = new_method_call(
            address, "Notify", "susssasa{sv}i", (APP_NAME, 0, ICON, summary, body, flat, hints, -1)
        )
        serial = self._send(message)
        if serial is None:
            return False
        self._pending[serial] = tag
        return True

    def close(self, tag: object) -> None:
        """Take a notification (by its tag) off the screen, if it is up."""
        for nid, known in list(self._ids.items()):
            if known == tag and self._conn is not None:
                from jeepney import DBusAddress, new_method_call

                address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
                self._send(new_method_call(address, "CloseNotification", "u", (nid,)))

    def shutdown(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    # ----- the connection
    def _send(self, message: Any) -> int | None:
        serial = next(self._serials)
        try:
            self._conn.send(message, serial=serial)
        except OSError as e:
            self._lost(e)
            return None
        return serial

    def _lost(self, error: BaseException) -> None:
        log.warning("the session bus went away: %s", error)
        pending = list(self._pending.values())
        self._pending.clear()
        self.shutdown()
        for tag in pending:
            self.failed.emit(tag, "the session bus went away")

    def _read(self) -> None:
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                message = conn.receive(timeout=0)
            except TimeoutError:
                return
            except Exception as e:  # closed by the other end, or garbage on the wire
                self._lost(e)
                return
            self._handle(message)

    def _handle(self, message: Any) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        kind = header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            tag = self._pending.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
            if tag is None:
                return
            if kind is MessageType.error:
                name = header.fields.get(HeaderFields.error_name, "an error")
                detail = message.body[0] if message.body and isinstance(message.body[0], str) else ""
                self.failed.emit(tag, f"{name}: {detail}" if detail else str(name))
            else:
                nid = int(message.body[0])
                self._ids[nid] = tag
                self.shown.emit(tag, nid)
            return
        if kind is not MessageType.signal or header.fields.get(HeaderFields.interface) != SERVICE:
            return
        member = header.fields.get(HeaderFields.member)
        if member == "ActionInvoked" and len(message.body) == 2:
            tag = self._ids.get(int(message.body[0]))
            if tag is not None:
                self.actionInvoked.emit(tag, str(message.body[1]))
        elif member == "NotificationClosed" and message.body:
            tag = self._ids.pop(int(message.body[0]), None)
            if tag is not None:
                self.closed.emit(tag)
