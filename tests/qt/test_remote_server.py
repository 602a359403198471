"""The remote page's server: token, rate limit and state JSON (routes called directly), then over real
HTTP on the loopback address with the window's own commands."""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.engine import FakeClock, SessionState
from desktop.media.fake import FakeBackend
from desktop.paths import resource
from desktop.qt.main_window import MainWindow
from desktop.qt.remote_commands import Snapshot
from desktop.qt.remote_server import CSP, FAILURE_WINDOW, MAX_FAILURES, Guard, new_token, route
from desktop.qt.settings import OPTIONS
from tests.qt.test_session_window import two_sided_routine

FILES = resource("remote")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def call(
    guard: Guard, target: str, method: str = "GET", client: str = "10.0.0.7", ran: list[str] | None = None
):
    return route(
        guard, client, method, target,
        state=lambda: {"status": "paused"}, run=(ran if ran is not None else []).append, files=FILES,
    )  # fmt: skip


def test_tokens_are_128_random_bits_and_differ_each_time() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(re.fullmatch(r"[0-9a-f]{32}", t) for t in tokens)


def test_only_the_token_opens_the_page_and_the_refusal_says_nothing() -> None:
    guard = Guard(new_token())
    page = call(guard, f"/{guard.token}/")
    assert page.status == 200 and b"<title>Supple remote</title>" in page.body
    refusals = [
        call(guard, target)
        for target in (
            "/",
            "/state",
            f"/{guard.token[:-1]}/",
            f"/{guard.token}x/state",
            "/remote.js",
            "//",
            "*",
        )
    ]
    assert {(r.status, r.body) for r in refusals} == {(403, b"Forbidden")}


def test_commands_need_post_and_a_known_name() -> None:
    guard = Guard(new_token())
    ran: list[str] = []
    assert call(guard, f"/{guard.token}/do/play_pause", "GET", ran=ran).status == 405
    assert call(guard, f"/{guard.token}/do/play_pause", "POST", ran=ran).status == 200
    assert call(guard, f"/{guard.token}/do/quit", "POST", ran=ran).status == 403
    assert call(guard, f"/{guard.token}/do/__class__", "POST", ran=ran).status == 403
    assert ran == ["play_pause"]


def test_failed_tries_are_rate_limited_per_client_and_forgiven_after_the_window() -> None:
    clock = Clock()
    guard = Guard(new_token(), clock=clock)
    for _ in range(MAX_FAILURES):
        assert call(guard, "/guess/").status == 403
    # Blocked now, even with the right token; another phone is not.
    assert call(guard, f"/{guard.token}/").status == 429
    assert call(guard, f"/{guard.token}/", client="10.0.0.8").status == 200
    clock.now += FAILURE_WINDOW + 1
    assert call(guard, f"/{guard.token}/").status == 200


def test_the_state_json_has_only_what_the_page_shows() -> None:
    snapshot = Snapshot(
        status="playing", session=True, step="Hips at ninety", side="left", phase="Work", remaining=12.2,
        length=30, next="rest 30 s", routine="Scorpion", poster=Path("/home/someone/clips/p.jpg"), track="phase3",
        can_control=True,
    )  # fmt: skip
    public = snapshot.public()
    assert public == {
        "status": "playing", "session": True, "step": "Hips at ninety", "side": "left", "phase": "Work",
        "countdown": 13, "next": "rest 30 s",
    }  # fmt: skip
    assert "/home" not in json.dumps(public)


def test_every_answer_carries_a_strict_policy_and_no_referrer() -> None:
    from desktop.qt.remote_server import encode

    guard = Guard(new_token())
    raw = encode(call(guard, f"/{guard.token}/"))
    head = raw.split(b"\r\n\r\n", 1)[0].decode()
    assert f"Content-Security-Policy: {CSP}" in head
    assert "default-src 'none'" in CSP and "http" not in CSP
    assert "Referrer-Policy: no-referrer" in head
    page = (FILES / "index.html").read_text()
    assert "<script>" not in page and "style=" not in page and "http" not in page.split("<body>", 1)[1]


# ----- over real HTTP
_pool = ThreadPoolExecutor(max_workers=2)


def off_thread(qtbot, fn: Callable[[], object]) -> object:
    """Run a blocking client call while the GUI thread keeps serving."""
    done = _pool.submit(fn)
    qtbot.waitUntil(done.done, timeout=20000)
    return done.result()


def request(qtbot, url: str, method: str = "GET") -> tuple[int, bytes]:
    parts = http.client.urlsplit(url)

    def go() -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        try:
            conn.request(method, parts.path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    return off_thread(qtbot, go)  # type: ignore[return-value]


def test_the_page_controls_the_session_over_http(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path, remote_on: str
) -> None:
    window.set_routine(two_sided_routine(tmp_path))
    status, body = request(qtbot, remote_on + "do/start", "POST")
    assert status == 200 and window.session.state is SessionState.RUNNING
    state = json.loads(body)
    assert state["session"] is True and state["step"] == "Reach" and state["countdown"] is not None
    status, body = request(qtbot, remote_on + "do/play_pause", "POST")
    assert window.session.state is SessionState.PAUSED and json.loads(body)["status"] == "paused"
    first = window.session.phase
    request(qtbot, remote_on + "do/next", "POST")
    assert window.session.phase is not None and first is not None and window.session.phase.index > first.index
    request(qtbot, remote_on + "do/stop", "POST")
    assert window.session.state is SessionState.FINISHED
    assert request(qtbot, remote_on.rsplit("/", 2)[0] + "/0123456789abcdef0123456789abcdef/state")[0] == 403


def test_the_port_closes_when_remote_control_is_turned_off_and_the_token_changes(
    qtbot, window: MainWindow, remote_on: str
) -> None:
    assert request(qtbot, remote_on + "state")[0] == 200
    window.settings.set(OPTIONS.remote_enabled, False)
    assert window.remote.url == ""
    with pytest.raises(ConnectionRefusedError):
        request(qtbot, remote_on + "state")
    window.settings.set(OPTIONS.remote_enabled, True)
    assert window.remote.url and window.remote.url != remote_on
    assert request(qtbot, window.remote.url + "state")[0] == 200


def test_the_window_shows_the_address_as_a_qr_code(qtbot, window: MainWindow, remote_on: str) -> None:
    from desktop.qt.remote_control import RemoteDialog

    dialog = next(d for d in window.findChildren(RemoteDialog))
    assert dialog.isVisible()
    assert dialog.address.text() == remote_on
    pixmap = dialog.qr.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height() and pixmap.width() > 100


def test_an_oversized_or_malformed_request_is_refused_and_closed(qtbot, remote_on: str) -> None:
    import socket

    parts = http.client.urlsplit(remote_on)

    def raw(data: bytes) -> bytes:
        with socket.create_connection((parts.hostname, parts.port), timeout=10) as s:
            s.sendall(data)
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)

    big = off_thread(qtbot, lambda: raw(b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n"))
    assert isinstance(big, bytes) and big.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n")
    odd = off_thread(qtbot, lambda: raw(b"BREW " + parts.path.encode() + b"\r\n\r\n"))
    assert isinstance(odd, bytes) and odd.startswith(b"HTTP/1.1 403 ")
