"""Start a private Xvfb screen for end-to-end tests."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.processes import end


def free_display() -> int:
    for n in range(150, 400):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


class Xvfb:
    def __init__(self, size: str = "1280x800x24") -> None:
        self.size = size
        self.proc: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> str:
        n = free_display()
        self.proc = subprocess.Popen(
            ["Xvfb", f":{n}", "-screen", "0", self.size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            if self.proc.poll() is not None:
                raise RuntimeError(f"Xvfb :{n} exited with {self.proc.returncode}")
            time.sleep(0.025)
        self.display = f":{n}"
        return self.display

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            end(self.proc)
