"""One running Supple per data folder: a second launch hands its file to the running window.

The OS file lock (desktop.store.lock.InstanceLock) decides who is first and is released when a
process dies, so a killed Supple never blocks the next start. The first instance listens on a
local socket named after its data folder; a later one sends it a JSON line and exits.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.paths import DataPaths

log = logging.getLogger(__name__)


def server_name(paths: DataPaths) -> str:
    digest = hashlib.sha1(str(paths.root).encode("utf-8")).hexdigest()[:16]
    return f"supple-{digest}"


def hand_off(paths: DataPaths, file: str | None, *, play: bool = False, wait_s: float = 8.0) -> bool:
    """Send the request to the running instance; True when it acknowledged it.

    The running instance may still be starting (it holds the lock before it listens), so this
    retries for a few seconds.
    """
    message = json.dumps({"file": str(Path(file).resolve()) if file else None, "play": play}) + "\n"
    deadline = time.monotonic() + wait_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(500):
            socket.write(message.encode("utf-8"))
            socket.flush()
            acknowledged = socket.waitForReadyRead(3000) and bytes(socket.readLine().data()).strip() == b"ok"
            socket.disconnectFromServer()
            return acknowledged
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


class InstanceServer(QObject):
    """Signals:
    requested(object): a later launch asked for this; a dict with "file" (str or None) and "play".
    """

    requested = Signal(object)

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name(paths)
        # A socket file left by a killed instance would make listen() fail; we hold the lock, so
        # nobody else is using it.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning("cannot listen for other launches: %s", self._server.errorString())

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            request = None
        if isinstance(request, dict):
            socket.write(b"ok\n")
            socket.flush()
            self.requested.emit(request)
        socket.disconnectFromServer()

    def close(self) -> None:
        self._server.close()
