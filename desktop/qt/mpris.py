"""MPRIS 2 on the session bus: desktop media widgets, headset buttons, media keys outside the
window and phone apps that speak MPRIS (KDE Connect, GSConnect) control Supple.

Two adaptors on one object at /org/mpris/MediaPlayer2, exported by QtDBus: the root interface
(identity, desktop entry, raise, quit) and the Player interface, whose methods are the window's
remote commands (desktop/qt/remote_commands.py) and whose properties are read from its snapshot.
Every change is announced with org.freedesktop.DBus.Properties.PropertiesChanged, sent by hand:
QtDBus does not announce the properties of adaptors by itself.

Known limit of QtDBus from Python: a Python int inside a map is marshalled as int32 when it fits,
so `mpris:length` in Metadata is int32 below 2**31 µs (35 minutes) rather than the int64 the
specification names; clients read it as a number all the same. Declared properties (Position) are
int64 as they should be.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QUrl, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

import desktop
from desktop.identity import APP_ID

if TYPE_CHECKING:
    from desktop.qt.remote_commands import RemoteCommands, Snapshot

log = logging.getLogger(__name__)

SERVICE = "org.mpris.MediaPlayer2.supple"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
DESKTOP_ENTRY = APP_ID
_TRACK_PREFIX = "/io/supple/Supple/track/"

# PySide6's stubs know neither ClassInfo's dict form (needed for a key with a space and a dash)
# nor Property with a type named as Qt names it ("qlonglong", "QVariantMap").
_class_info: Any = ClassInfo
_property: Any = Property


def player_properties(snapshot: Snapshot) -> dict[str, Any]:
    """The Player interface's properties that change as Supple plays (all but Position)."""
    can = snapshot.can_control
    return {
        "PlaybackStatus": snapshot.status.capitalize(),
        "Metadata": metadata(snapshot),
        "CanGoNext": can,
        "CanGoPrevious": can,
        "CanPlay": can,
        "CanPause": can,
    }


def metadata(snapshot: Snapshot) -> dict[str, Any]:
    """Metadata: the step and side as the title, the routine as the album, the clip's poster as the
    art and the phase's length; the track id follows the phase (or the selected step)."""
    out: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(_TRACK_PREFIX + snapshot.track)}
    if snapshot.step:
        out["xesam:title"] = f"{snapshot.step} · {snapshot.side} side" if snapshot.side else snapshot.step
    if snapshot.routine:
        out["xesam:album"] = snapshot.routine
    if snapshot.poster is not None:
        out["mpris:artUrl"] = QUrl.fromLocalFile(str(snapshot.poster)).toString()
    if snapshot.length is not None:
        out["mpris:length"] = round(snapshot.length * 1_000_000)
    return out


@_class_info({"D-Bus Interface": ROOT_INTERFACE})
class _RootAdaptor(QDBusAbstractAdaptor):
    def __init__(self, host: QObject, mpris: Mpris) -> None:
        super().__init__(host)
        self._mpris = mpris

    @Slot()
    def Raise(self) -> None:
        window = self._mpris.commands.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def Quit(self) -> None:
        self._mpris.commands.window.close()

    CanQuit = Property(bool, lambda self: True)
    CanRaise = Property(bool, lambda self: True)
    HasTrackList = Property(bool, lambda self: False)
    Identity = Property(str, lambda self: desktop.APP_NAME)
    DesktopEntry = Property(str, lambda self: DESKTOP_ENTRY)
    SupportedUriSchemes = _property("QStringList", lambda self: [])
    SupportedMimeTypes = _property("QStringList", lambda self: [])


@_class_info({"D-Bus Interface": PLAYER_INTERFACE})
class _PlayerAdaptor(QDBusAbstractAdaptor):
    def __init__(self, host: QObject, mpris: Mpris) -> None:
        super().__init__(host)
        self._mpris = mpris

    def _get(self, name: str) -> Any:
        return player_properties(self._mpris.commands.snapshot())[name]

    @Slot()
    def Next(self) -> None:
        self._mpris.commands.next()

    @Slot()
    def Previous(self) -> None:
        self._mpris.commands.previous()

    @Slot()
    def Pause(self) -> None:
        self._mpris.commands.pause()

    @Slot()
    def PlayPause(self) -> None:
        self._mpris.commands.play_pause()

    @Slot()
    def Stop(self) -> None:
        self._mpris.commands.stop()

    @Slot()
    def Play(self) -> None:
        self._mpris.commands.play()

    # A session's time is not a position to seek in (CanSeek is false): these do nothing, as the
    # specification asks of a player that cannot seek.
    @Slot("qlonglong")
    def Seek(self, _offset: int) -> None:
        pass

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position: int) -> None:
        pass

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        pass

    def _position(self) -> int:
        snapshot = self._mpris.commands.snapshot()
        if snapshot.length is None or snapshot.remaining is None:
            return 0
        return max(0, round((snapshot.length - snapshot.remaining) * 1_000_000))

    PlaybackStatus = Property(str, lambda self: self._get("PlaybackStatus"))
    Metadata = _property("QVariantMap", lambda self: self._get("Metadata"))
    CanGoNext = Property(bool, lambda self: self._get("CanGoNext"))
    CanGoPrevious = Property(bool, lambda self: self._get("CanGoPrevious"))
    CanPlay = Property(bool, lambda self: self._get("CanPlay"))
    CanPause = Property(bool, lambda self: self._get("CanPause"))
    CanSeek = Property(bool, lambda self: False)
    CanControl = Property(bool, lambda self: True)
    Rate = Property(float, lambda self: 1.0)
    MinimumRate = Property(float, lambda self: 1.0)
    MaximumRate = Property(float, lambda self: 1.0)
    Volume = Property(float, lambda self: 1.0)
    Position = _property("qlonglong", _position)


class Mpris(QObject):
    """Supple on the session bus while it runs. `start()` says whether it could register."""

    def __init__(self, commands: RemoteCommands, bus: QDBusConnection | None = None) -> None:
        super().__init__(commands)
        self.commands = commands
        self._bus = bus
        self.service = ""
        self._host = QObject(self)
        self._root = _RootAdaptor(self._host, self)
        self._player = _PlayerAdaptor(self._host, self)
        self._sent: dict[str, Any] = {}

    def start(self) -> bool:
        """Register on the bus (the session bus unless one was given); False, silently, without one."""
        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session bus: MPRIS is off")
            return False
        if not bus.registerObject(OBJECT_PATH, self._host):
            log.info("MPRIS: %s is taken on this connection", OBJECT_PATH)
            return False
        # Neither queued behind nor replacing another Supple: a second one takes a name of its own.
        for name in (SERVICE, f"{SERVICE}.instance{os.getpid()}"):
            if bus.registerService(name):
                self.service = name
                break
        if not self.service:
            bus.unregisterObject(OBJECT_PATH)
            log.info("MPRIS: no bus name could be had")
            return False
        self._bus = bus
        self._sent = player_properties(self.commands.snapshot())
        self.commands.changed.connect(self.announce)
        log.info("MPRIS: registered as %s", self.service)
        return True

    def stop(self) -> None:
        """Take the object and the name off the bus. The name is released without waiting for the
        bus's answer (QDBusConnection.unregisterService would block the GUI thread on it)."""
        if self._bus is None or not self.service:
            return
        self.commands.changed.disconnect(self.announce)
        self._bus.unregisterObject(OBJECT_PATH)
        release = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ReleaseName"
        )
        release.setArguments([self.service])
        self._bus.send(release)
        self.service = ""

    @Slot()
    def announce(self) -> None:
        """PropertiesChanged with the Player properties that differ from those last announced."""
        if self._bus is None or not self.service:
            return
        now = player_properties(self.commands.snapshot())
        changed = {k: v for k, v in now.items() if _comparable(self._sent.get(k)) != _comparable(v)}
        if not changed:
            return
        self._sent = now
        message = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        message.setArguments([PLAYER_INTERFACE, changed, _no_strings()])
        self._bus.send(message)


def _comparable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, QDBusObjectPath):
        return ("o", value.path())
    return value


def _no_strings() -> QDBusArgument:
    """An empty array of strings (`as`): an empty Python list would be sent as `av`, and clients
    that match the signal's signature (sa{sv}as) would not see it."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType.Type.QString)
    argument.endArray()
    return argument
