"""Write the session's cue sounds as small WAV files (16-bit mono, 44.1 kHz), deterministically.

    python resources/sounds/make_sounds.py [--out DIR]

Soft bell-like tones: a sine with a little of its octave and twelfth, a 5 ms attack (no click) and
an exponential decay. Only the standard library is used, and the same bytes come out on every run.

    tick.wav    the 3-2-1 countdown pip
    rep.wav     a quiet, short tap at each paced rep
    switch.wav  two notes, high then low: switch sides
    next.wav    a rising three-note arpeggio: next step
    done.wav    a rising major arpeggio that rings out: session done
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100
PEAK = 0.6
"""Peak level of the loudest file, below full scale so the cues sit under a voice or music."""

C5, E5, G5, A5, C6, E6 = 523.25, 659.26, 783.99, 880.00, 1046.50, 1318.51


def bell(freq: float, seconds: float, decay: float, level: float = 1.0) -> list[float]:
    """One note: fundamental plus a little octave and twelfth, a 5 ms attack, exponential decay."""
    n = int(RATE * seconds)
    attack = int(RATE * 0.005)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, i / attack) * math.exp(-t / decay)
        tone = (
            math.sin(2 * math.pi * freq * t)
            + 0.25 * math.exp(-t / (decay / 2)) * math.sin(2 * math.pi * 2 * freq * t)
            + 0.08 * math.exp(-t / (decay / 3)) * math.sin(2 * math.pi * 3 * freq * t)
        )
        out.append(level * env * tone)
    return fade_out(out)


def fade_out(samples: list[float], seconds: float = 0.01) -> list[float]:
    """A short fade to exactly zero, so a sound never ends on a click."""
    n = len(samples)
    fade = min(n, int(RATE * seconds))
    for k in range(fade):
        samples[n - fade + k] *= 1 - (k + 1) / fade
    return samples


def sequence(notes: Sequence[tuple[float, float, float, float]], seconds: float) -> list[float]:
    """Mix notes given as (start s, freq, length s, decay s) into one buffer `seconds` long."""
    buf = [0.0] * int(RATE * seconds)
    for start, freq, length, decay in notes:
        offset = int(RATE * start)
        for i, v in enumerate(bell(freq, length, decay)):
            if offset + i < len(buf):
                buf[offset + i] += v
    return fade_out(buf, 0.05)


def normalise(samples: list[float], peak: float) -> list[float]:
    top = max(abs(s) for s in samples) or 1.0
    return [s * peak / top for s in samples]


def sounds() -> dict[str, list[float]]:
    return {
        "tick.wav": normalise(bell(A5, 0.12, 0.035), PEAK * 0.9),
        "rep.wav": normalise(bell(E6, 0.05, 0.012), PEAK * 0.45),
        "switch.wav": normalise(sequence([(0.0, E6, 0.16, 0.06), (0.15, A5, 0.25, 0.08)], 0.40), PEAK),
        "next.wav": normalise(
            sequence([(0.0, C5, 0.2, 0.07), (0.1, E5, 0.2, 0.07), (0.2, G5, 0.3, 0.1)], 0.50), PEAK
        ),
        "done.wav": normalise(
            sequence(
                [(0.0, C5, 0.5, 0.15), (0.09, E5, 0.5, 0.15), (0.18, G5, 0.5, 0.18), (0.27, C6, 0.6, 0.25)],
                0.75,
            ),
            PEAK,
        ),
    }


def write_wav(path: Path, samples: list[float]) -> None:
    pcm = array("h", (max(-32767, min(32767, round(s * 32767))) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        path = args.out / name
        write_wav(path, samples)
        print(f"{path}  {len(samples) / RATE:.2f} s  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
