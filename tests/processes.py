"""Helpers for the servers tests start (Xvfb, PulseAudio)."""

from __future__ import annotations

import subprocess


def end(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a server, killing it if it has not gone within 5 s."""
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
