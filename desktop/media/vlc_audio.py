"""Volume and mute of the libVLC player: ours, set again when its audio output reports others."""

from __future__ import annotations

import time
from typing import Any

#: For this long after a clip is opened, an audio output that reports another volume or mute
#: than ours is set to ours again (see VlcAudio.output_reported).
AUDIO_SETTLE_S = 3.0


class VlcAudio:
    """The volume and mute asked for (`muted`, `volume` 0..100), and libVLC's player that plays them."""

    def __init__(self, player: Any) -> None:
        self._player = player
        self.muted = False
        self.volume = 100
        self._settle_until = 0.0

    def apply(self) -> None:
        self._player.audio_set_mute(self.muted)
        self._player.audio_set_volume(self.volume)

    def silence(self) -> None:
        """Mute the player (not `muted`): the backend's hidden first pass makes no sound."""
        self._player.audio_set_mute(True)

    def reported(self) -> tuple[bool, int]:
        """(muted, volume) as libVLC has them."""
        return bool(self._player.audio_get_mute()), int(self._player.audio_get_volume())

    def opened(self) -> None:
        """A clip was opened: its audio output may soon report its own volume and mute."""
        self._settle_until = time.monotonic() + AUDIO_SETTLE_S

    def output_reported(self) -> None:
        """An audio output that starts with a clip (PulseAudio's stream) reports its own volume and
        mute, dropping what was set before it existed: set ours again, once per clip, soon after a
        load (later changes come from the user's sound mixer, and stay)."""
        if time.monotonic() > self._settle_until:
            return
        if self.reported() != (self.muted, self.volume):
            self._settle_until = 0.0
            self.apply()
