"""Start a private PulseAudio server with one null sink, for tests of clips with sound.

Nothing is heard and the user's own sound server is never touched: the server has its own folder
and socket, and only a client given its address (PULSE_SERVER) talks to it.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tests.processes import end


class PulseServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        socket = self.folder / "native"
        env = dict(os.environ, HOME=str(self.folder), XDG_RUNTIME_DIR=str(self.folder))
        env.update(PULSE_RUNTIME_PATH=str(self.folder), PULSE_STATE_PATH=str(self.folder / "state"))
        self.proc = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--log-level=error", "--load=module-null-sink sink_name=supple_null",
             f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(400):
            if socket.exists():
                return f"unix:{socket}"
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
                raise RuntimeError(f"pulseaudio exited with {self.proc.returncode}: {err.strip()}")
            time.sleep(0.025)
        raise RuntimeError("pulseaudio did not open its socket within 10 s")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            end(self.proc)
            if self.proc.stderr:
                self.proc.stderr.close()
