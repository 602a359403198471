from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.engine import FakeClock
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import OPTIONS, Settings
from desktop.store import Store


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp) -> Iterator[None]:
    """What desktop/app.py does at start-up, in English: its plural forms ("1 rep", "5 reps")."""
    from desktop.qt.i18n import install_translators, remove_translators

    translators = install_translators(qapp, None, language="en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def empty_clipboard_after() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when the clipboard still holds mime data set from
    Python (not so under X11), so every test leaves it empty."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(str(tmp_path / "settings.ini"))
    # Qt's own "mock" speech engine: a real QtTextToSpeech plugin that needs no speech daemon.
    s.setValue("cues/speechEngine", "mock")
    s.setValue("cues/speech", True)
    return s


@pytest.fixture
def window(qtbot, settings: Settings) -> Iterator[MainWindow]:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def window_store(window: MainWindow, data_dir: Path) -> Iterator[Store]:
    """A real store in the test's data folder, attached to the window; closed once the session has
    stopped and its history writer has written what it had."""
    from desktop.paths import data_paths
    from desktop.store import open_store

    opened = open_store(data_paths(data_dir))
    window.set_store(opened)
    yield opened
    window.session.stop()
    window.session.flush(10)
    opened.close()


@pytest.fixture
def fake(window: MainWindow) -> FakeBackend:
    backend = FakeBackend(window)
    window.set_backend(backend)
    return backend


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    """A file with a clip's name; the fake backend never decodes it."""
    path = tmp_path / "warm-up.mp4"
    path.write_bytes(b"\x00" * 64)
    return path


@pytest.fixture
def clock(window: MainWindow) -> FakeClock:
    """The window's sessions run on this fake clock (it starts at 1000 s)."""
    fake = FakeClock()
    window.session.clock_factory = lambda: fake
    return fake


@pytest.fixture
def remote_on(window: MainWindow) -> Iterator[str]:
    """Remote control turned on, on the loopback address; yields the page's address."""
    window.settings.set(OPTIONS.remote_interface, "lo")
    window.settings.set(OPTIONS.remote_enabled, True)
    assert window.remote.url.startswith("http://127.0.0.1:"), window.remote.problem
    yield window.remote.url
    window.settings.set(OPTIONS.remote_enabled, False)


@pytest.fixture
def language(qapp) -> Iterator[list]:
    """Translators a test installs (`language += install_translators(...)`), removed afterwards,
    with the default locale and layout direction restored."""
    from PySide6.QtCore import QLocale, Qt

    from desktop.qt.i18n import remove_translators

    installed: list = []
    locale = QLocale()
    yield installed
    remove_translators(qapp, installed)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


@pytest.fixture
def kept_frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """`kept_frames(clip)`: an earlier start read `clip`'s frames and kept them on disk
    (desktop.content.frames_cache); this start has nothing in memory, and `import av` fails."""
    import sys
    from collections import OrderedDict

    from desktop.content import clip_identity

    def kept(clip: Path) -> None:
        monkeypatch.setattr(clip_identity, "_disk", None)
        monkeypatch.setattr(clip_identity, "_frames", OrderedDict())
        monkeypatch.setattr(clip_identity, "_untouched", set())
        clip_identity.use_cache(tmp_path / "frames")
        clip_identity.clip_frames(clip)  # the earlier start
        monkeypatch.setattr(clip_identity, "_frames", OrderedDict())
        monkeypatch.setitem(sys.modules, "av", None)

    return kept
