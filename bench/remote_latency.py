"""Remote control latency: from a press to the session's state change, for the remote page and MPRIS.

    .venv/bin/python bench/remote_latency.py [--presses 200]

The window runs offscreen in this process with the fake video backend and a session of two long
steps. A client thread presses Pause/Resume `--presses` times each way:

- remote page: an HTTP POST of do/play_pause to the page's address on the loopback interface
  (a new connection each time, as the page's fetch may open one);
- MPRIS: org.mpris.MediaPlayer2.Player.PlayPause on a private session bus made by
  dbus-run-session, sent through a connection of the client thread's own.

Each latency runs from just before the request is sent (the client's clock) to the moment the
window's SessionController emits stateChanged (the same process's perf_counter), so it includes
the socket or the bus, the event loop's turn and the command. Prints the median and p95 in
milliseconds and as a ratio to one frame interval of the screen (16.7 ms at 60 Hz).
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def private_bus() -> tuple[subprocess.Popen[str], str]:
    keeper = "import os, sys; print(os.environ['DBUS_SESSION_BUS_ADDRESS'], flush=True); sys.stdin.read()"
    proc = subprocess.Popen(
        ["dbus-run-session", "--", sys.executable, "-c", keeper],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--presses", type=int, default=200)
    opts = ap.parse_args()
    os.environ["SUPPLE_DATA_DIR"] = tempfile.mkdtemp(prefix="supple-bench-")

    from PySide6.QtCore import QTimer
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from PySide6.QtWidgets import QApplication

    from desktop.domain import Clip, Routine, Step
    from desktop.media.fake import FakeBackend
    from desktop.qt.main_window import MainWindow
    from desktop.qt.mpris import OBJECT_PATH, PLAYER_INTERFACE, Mpris
    from desktop.qt.settings import OPTIONS, Settings

    app = QApplication([sys.argv[0]])
    folder = Path(os.environ["SUPPLE_DATA_DIR"])
    settings = Settings(str(folder / "settings.ini"))
    window = MainWindow(settings)
    window.show()
    window.set_backend(FakeBackend(window))
    clip = folder / "clip.mp4"
    clip.write_bytes(b"\x00" * 64)
    steps = tuple(Step(id=f"s{i}", title=f"Step {i}", clip="c", hold=3600, prepare=0) for i in range(2))
    window.set_routine(Routine(id="bench", title="Bench", steps=steps, clips={"c": Clip("c", clip)}))
    window.start_session()
    settings.set(OPTIONS.remote_interface, "lo")
    settings.set(OPTIONS.remote_enabled, True)
    url = window.remote.url
    assert url, window.remote.problem

    bus_process, address = private_bus()
    mpris = Mpris(window.commands, QDBusConnection.connectToBus(address, "supple-bench"))
    assert mpris.start()

    changed = threading.Event()
    stamps: list[float] = []

    def on_state(_state: object) -> None:
        stamps.append(time.perf_counter())
        changed.set()

    window.session.stateChanged.connect(on_state)
    results: dict[str, list[float]] = {}

    def measure(name: str, press: Callable[[], None]) -> None:
        latencies = []
        for _ in range(opts.presses):
            changed.clear()
            sent = time.perf_counter()
            press()
            if not changed.wait(10):
                raise SystemExit(f"{name}: no state change within 10 s")
            latencies.append(stamps[-1] - sent)
        results[name] = latencies

    parts = http.client.urlsplit(url)

    def http_press() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.request("POST", parts.path + "do/play_pause")
        conn.getresponse().read()
        conn.close()

    def client() -> None:
        try:
            measure("remote page (HTTP POST)", http_press)
            bus = QDBusConnection.connectToBus(address, "supple-bench-client")
            call = QDBusMessage.createMethodCall(mpris.service, OBJECT_PATH, PLAYER_INTERFACE, "PlayPause")
            # Sent without waiting for the reply: a blocking call from Python keeps the GIL, and the
            # GUI thread could not run the method it waits for.
            measure("MPRIS (PlayPause)", lambda: bus.send(call) and None)
        finally:
            finished.set()

    finished = threading.Event()
    # The GUI thread notices the end itself: quitting from the client thread can deadlock on the GIL.
    poll = QTimer()
    poll.timeout.connect(lambda: app.quit() if finished.is_set() else None)
    poll.start(50)
    worker = threading.Thread(target=client)
    worker.start()
    app.exec()
    worker.join()
    frame = 1000.0 / (app.primaryScreen().refreshRate() or 60.0)
    print(f"{opts.presses} presses each; one frame interval = {frame:.1f} ms\n")
    print("| press | median ms | p95 ms | median / frame | p95 / frame |")
    print("|---|---:|---:|---:|---:|")
    for name, values in results.items():
        ms = [v * 1000 for v in values]
        med, high = statistics.median(ms), p95(ms)
        print(f"| {name} | {med:.2f} | {high:.2f} | {med / frame:.3f} | {high / frame:.3f} |")
    mpris.stop()
    settings.set(OPTIONS.remote_enabled, False)
    window.session.stop()
    assert bus_process.stdin is not None
    bus_process.stdin.close()
    bus_process.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
