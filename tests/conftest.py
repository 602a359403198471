"""Test-wide set-up: offscreen Qt, a throw-away data folder, and skips that CI turns into failures."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from desktop.paths import DataPaths
    from desktop.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VLC_VERBOSE", "-1")
# No sound device in tests.
os.environ.setdefault("SUPPLE_VLC_ARGS", "--aout=dummy")

# Nothing a test runs may touch the real user folders: point every XDG base at a private folder.
_SANDBOX = Path(tempfile.mkdtemp(prefix="supple-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes under its own data folder, never the user's."""
    d = tmp_path / "supple-data"
    monkeypatch.setenv("SUPPLE_DATA_DIR", str(d))
    return d


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    """The test's own data folder, as Supple resolves it (from SUPPLE_DATA_DIR)."""
    from desktop.paths import data_paths

    return data_paths()


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    """A real store in the test's data folder, closed after the test."""
    from desktop.store import open_store

    with open_store(paths) as s:
        yield s


def _required(var: str) -> bool:
    return os.environ.get(var, "") not in ("", "0")


def skip_or_fail(reason: str, var: str) -> None:
    """Skip locally; fail when CI set `var` to say this must be available."""
    if _required(var):
        pytest.fail(f"{reason} ({var} is set, so this cannot be skipped)")
    pytest.skip(reason)


@pytest.fixture
def require_vlc() -> None:
    from desktop.media.vlc_loader import load_vlc

    result = load_vlc()
    if result.module is None:
        skip_or_fail(f"libVLC is not available: {result.error}", "SUPPLE_REQUIRE_VLC")


@pytest.fixture
def desktop_tool() -> Callable[[str], str]:
    """Returns a function that finds a freedesktop tool (desktop-file-validate, appstreamcli,
    update-mime-database...) on PATH, or skips; SUPPLE_REQUIRE_DESKTOP=1 makes a missing one fail."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            skip_or_fail(f"{name} is not installed", "SUPPLE_REQUIRE_DESKTOP")
            raise AssertionError("unreachable")  # pragma: no cover - skip_or_fail raises
        return path

    return find


@pytest.fixture
def poppler() -> None:
    """pdftotext and pdfimages (poppler-utils), to read a PDF back."""
    if shutil.which("pdftotext") is None or shutil.which("pdfimages") is None:
        skip_or_fail("poppler-utils (pdftotext, pdfimages) is not installed", "SUPPLE_REQUIRE_POPPLER")


@pytest.fixture
def session_bus() -> Iterator[str]:
    """A private D-Bus session bus (dbus-daemon, as dbus-run-session starts it); yields its address."""
    from tests.notification_server import SessionBus

    if shutil.which("dbus-daemon") is None:
        skip_or_fail("dbus-daemon is not installed", "SUPPLE_REQUIRE_DBUS")
    with SessionBus() as address:
        yield address


@pytest.fixture
def xvfb_display() -> str:
    """A private Xvfb screen for the test; yields its DISPLAY value."""
    from tests.xvfb import Xvfb

    if shutil.which("Xvfb") is None:
        skip_or_fail("Xvfb is not installed", "SUPPLE_REQUIRE_DISPLAY")
    with Xvfb() as display:
        yield display


@pytest.fixture(scope="session")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private, silent PulseAudio server (one null sink); yields its address for PULSE_SERVER."""
    from tests.pulse import PulseServer

    if shutil.which("pulseaudio") is None:
        skip_or_fail("PulseAudio is not installed", "SUPPLE_REQUIRE_AUDIO")
    with PulseServer(tmp_path_factory.mktemp("pulse")) as address:
        yield address


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The build with libVLC inside (two more minutes, 500 MB) runs only when asked for with
    SUPPLE_TEST_VLC_BUNDLE=1; otherwise it is deselected (and said so), never skipped."""
    if os.environ.get("SUPPLE_TEST_VLC_BUNDLE", "") not in ("", "0"):
        return
    left = [item for item in items if item.get_closest_marker("vlc_bundle") is not None]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = [item for item in items if item.get_closest_marker("vlc_bundle") is None]
