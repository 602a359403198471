"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.media.base import VideoBackend


@pytest.fixture(params=["vlc", "qt"])
def backend(request: pytest.FixtureRequest, qapp) -> Iterator[VideoBackend]:
    """Each real backend in turn; libVLC's run is skipped (or failed, in CI) when it cannot load."""
    if request.param == "vlc":
        request.getfixturevalue("require_vlc")
        from desktop.media.vlc_backend import VlcBackend
        from desktop.media.vlc_loader import load_vlc

        b: VideoBackend = VlcBackend(load_vlc())
    else:
        from desktop.media.qt_backend import QtBackend

        b = QtBackend()
    yield b
    b.close()
    b.deleteLater()


@pytest.fixture(autouse=True)
def _frame_collectors_disconnected() -> Iterator[None]:
    """Frame listeners a test connected with `collect` are disconnected when it ends."""
    yield
    from tests.integration.test_backends import disconnect_collectors

    disconnect_collectors()
