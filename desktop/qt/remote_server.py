"""The phone as a remote: one small page, served on the local network while remote control is on.

Security is part of the design:

- every address carries a random 128-bit token (`secrets`), new each time the server starts;
  anything else gets the same bare 403, which says nothing of what exists;
- failed tries are counted per client address: after `MAX_FAILURES` within `FAILURE_WINDOW`
  seconds, that address gets 429 for everything, its right token included, until the window
  passes;
- the page shows only the controls and what plays (step, side, countdown, next): the JSON is
  `Snapshot.public()`, never a history, a file name, a path or a setting;
- everything is Supple's own (resources/remote), under a Content-Security-Policy that allows
  nothing from anywhere else, and no inline script or style;
- it listens on one address, never on all interfaces: the one of the network that holds the
  default route, or the interface chosen in Settings.

The server is a small HTTP/1.1 responder on Qt's own QTcpServer, on the GUI thread's event loop:
each request is a few hundred bytes answered at once and the connection closed, so it never holds
the timer up. QtHttpServer ships with PySide6, but from Python it cannot be subclassed and its
routes could not be made to answer a catch-all 403 reliably; this is 150 lines with nothing
hidden. The page polls the state twice a second rather than holding a stream open (Server-Sent
Events or a WebSocket): the countdown moves by whole seconds, a phone that sleeps or changes
network simply catches up on its next poll, and no connection stays open.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface, QTcpServer, QTcpSocket

log = logging.getLogger(__name__)

MAX_FAILURES = 10
FAILURE_WINDOW = 60.0
#: A request's head may not be longer; the page never sends a body.
MAX_REQUEST_BYTES = 8192
#: A connection that has not sent a whole request by then is closed.
REQUEST_TIMEOUT_MS = 10_000
MAX_CONNECTIONS = 32

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
#: The page's commands, by the name the page posts.
COMMANDS = ("start", "play_pause", "previous", "next", "add_time", "stop")
_STATIC = {
    "": ("index.html", "text/html; charset=utf-8"),
    "remote.js": ("remote.js", "text/javascript; charset=utf-8"),
    "remote.css": ("remote.css", "text/css; charset=utf-8"),
}


def new_token() -> str:
    """128 random bits, as 32 hex digits."""
    return secrets.token_hex(16)


@dataclass
class Guard:
    """Which requests carry the token, and which client addresses tried too often without it."""

    token: str
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, list[float]] = field(default_factory=dict)

    def blocked(self, client: str) -> bool:
        now = self.clock()
        recent = [t for t in self._failures.get(client, []) if now - t < FAILURE_WINDOW]
        if recent:
            self._failures[client] = recent
        else:
            self._failures.pop(client, None)
        return len(recent) >= MAX_FAILURES

    def check(self, client: str, given: str) -> bool:
        """Whether `given` is the token; a wrong one counts against `client`."""
        if hmac.compare_digest(given.encode("utf-8", "replace"), self.token.encode()):
            return True
        self._failures.setdefault(client, []).append(self.clock())
        return False


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"


_REASONS = {
    200: "OK",
    403: "Forbidden",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
}
FORBIDDEN = Response(403, b"Forbidden")


def route(
    guard: Guard,
    client: str,
    method: str,
    target: str,
    *,
    state: Callable[[], dict[str, object]],
    run: Callable[[str], None],
    files: Path,
) -> Response:
    """The answer to one request. Paths are /<token>/, /<token>/remote.js, /<token>/remote.css,
    /<token>/state and /<token>/do/<command> (POST)."""
    if guard.blocked(client):
        return Response(429, b"Too Many Requests")
    path = target.split("?", 1)[0].split("#", 1)[0]
    parts = path.split("/")
    if len(parts) < 2 or parts[0] != "" or not guard.check(client, parts[1]):
        return FORBIDDEN
    rest = "/".join(parts[2:])
    if rest in _STATIC and method in ("GET", "HEAD"):
        name, kind = _STATIC[rest]
        return Response(200, (files / name).read_bytes(), kind)
    if rest == "state" and method == "GET":
        return Response(200, json.dumps(state()).encode(), "application/json")
    if rest.startswith("do/") and rest[3:] in COMMANDS:
        if method != "POST":
            return Response(405, b"Method Not Allowed")
        run(rest[3:])
        return Response(200, json.dumps(state()).encode(), "application/json")
    return FORBIDDEN


def encode(response: Response, head_only: bool = False) -> bytes:
    headers = [
        f"HTTP/1.1 {response.status} {_REASONS.get(response.status, 'Error')}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        f"Content-Security-Policy: {CSP}",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
        "X-Content-Type-Options: nosniff",
        "Connection: close",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + (b"" if head_only else response.body)


# ----- where to listen
@dataclass(frozen=True, slots=True)
class Interface:
    name: str
    label: str
    address: str


def interfaces() -> list[Interface]:
    """The machine's interfaces that are up with an IPv4 address (loopback last)."""
    found = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() is QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                label = f"{iface.humanReadableName()} ({ip.toString()})"
                found.append(Interface(iface.name(), label, ip.toString()))
                break
    return sorted(found, key=lambda i: i.address.startswith("127."))


def default_route_address() -> str | None:
    """The local address the system would use to reach the internet: that of the interface holding
    the default route. A UDP socket's connect sends nothing; it only picks the route."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never answered, never needed
            address = str(probe.getsockname()[0])
    except OSError:
        return None
    return None if address.startswith("0.") else address


def listen_address(interface: str) -> str | None:
    """The address for the chosen interface name; "" means the default route's."""
    if interface:
        chosen = next((i for i in interfaces() if i.name == interface), None)
        return chosen.address if chosen is not None else None
    return default_route_address()


class RemoteServer(QObject):
    """Serves the remote page while `start()`ed; `url` is its address with the token."""

    def __init__(
        self,
        state: Callable[[], dict[str, object]],
        run: Callable[[str], None],
        files: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._run = run
        self._files = files
        self._server: QTcpServer | None = None
        self.guard = Guard(new_token())
        self.url = ""
        self._buffers: dict[QTcpSocket, bytes] = {}
        self._sockets: set[QTcpSocket] = set()  # every connection open, answered or not
        # When each connection still sending its request is closed. One timer of this object sweeps
        # them: a timer per socket would outlive a socket deleted with its server.
        self._deadlines: dict[QTcpSocket, float] = {}
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(1000)
        self._sweeper.timeout.connect(self._sweep)

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def start(self, address: str, port: int = 0) -> bool:
        """Listen on `address` with a new token; False when it cannot (the address is gone)."""
        self.stop()
        server = QTcpServer(self)
        if not server.listen(QHostAddress(address), port):
            log.warning("remote control cannot listen on %s: %s", address, server.errorString())
            server.deleteLater()
            return False
        server.setMaxPendingConnections(MAX_CONNECTIONS)
        server.newConnection.connect(self._accept)
        self._server = server
        self.guard = Guard(new_token())
        self.url = f"http://{address}:{server.serverPort()}/{self.guard.token}/"
        return True

    def stop(self) -> None:
        # The sockets go with their server (its children): silenced first, so that none tells of
        # its disconnection while it is being deleted.
        for sock in list(self._sockets):
            sock.blockSignals(True)
            sock.abort()
        self._sockets.clear()
        self._buffers.clear()
        self._deadlines.clear()
        self._sweeper.stop()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self.url = ""

    @Slot()
    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            if len(self._buffers) >= MAX_CONNECTIONS:
                sock.abort()
                sock.deleteLater()
                continue
            self._buffers[sock] = b""
            self._sockets.add(sock)
            # Slots of this object, not lambdas: Qt drops them when it goes, before its server
            # and the server's sockets are deleted (and disconnect).
            sock.readyRead.connect(self._ready_read)
            sock.disconnected.connect(self._disconnected)
            self._deadlines[sock] = time.monotonic() + REQUEST_TIMEOUT_MS / 1000
            self._sweeper.start()

    @Slot()
    def _sweep(self) -> None:
        now = time.monotonic()
        for sock, deadline in list(self._deadlines.items()):
            if deadline <= now:
                self._deadlines.pop(sock, None)
                self._close(sock)
        if not self._deadlines:
            self._sweeper.stop()

    @Slot()
    def _ready_read(self) -> None:
        sock = self.sender()
        if isinstance(sock, QTcpSocket):
            self._read(sock)

    @Slot()
    def _disconnected(self) -> None:
        sock = self.sender()
        if isinstance(sock, QTcpSocket):
            self._forget(sock)

    def _forget(self, sock: QTcpSocket) -> None:
        self._buffers.pop(sock, None)
        self._sockets.discard(sock)
        self._deadlines.pop(sock, None)
        sock.deleteLater()

    def _close(self, sock: QTcpSocket) -> None:
        if sock in self._buffers:
            self._buffers.pop(sock, None)
            sock.abort()

    def _read(self, sock: QTcpSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        self._buffers[sock] = data
        end = data.find(b"\r\n\r\n")
        if end < 0:
            if len(data) > MAX_REQUEST_BYTES:
                self._reply(sock, Response(431, b"Request Header Fields Too Large"))
            return
        line = data[: data.find(b"\r\n")].decode("latin-1")
        fields = line.split(" ")
        client = sock.peerAddress().toString()
        if len(fields) != 3 or not fields[2].startswith("HTTP/1."):
            self._reply(sock, FORBIDDEN)
            return
        method, target = fields[0], fields[1]
        try:
            response = route(
                self.guard, client, method, target, state=self._state, run=self._run, files=self._files
            )
        except OSError as e:  # the page's files are missing from the installation
            log.error("remote page: %s", e)
            response = Response(500, b"")
        self._reply(sock, response, head_only=method == "HEAD")

    def _reply(self, sock: QTcpSocket, response: Response, head_only: bool = False) -> None:
        self._buffers.pop(sock, None)
        sock.write(encode(response, head_only))
        sock.disconnectFromHost()
