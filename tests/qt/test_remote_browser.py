"""The remote page in a real browser: Debian's Chromium through its chromium-driver, driven by
selenium (pointed at the system's driver, so nothing is downloaded). It opens the page on the
loopback address and presses Pause, and the session pauses."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.engine import FakeClock, SessionState
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from tests.conftest import skip_or_fail
from tests.qt.test_remote_server import off_thread
from tests.qt.test_session_window import two_sided_routine

DRIVER = "/usr/bin/chromedriver"
BROWSER = "/usr/bin/chromium"


@pytest.fixture
def browser(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    try:
        # All of selenium is imported here, on the GUI thread: a module imported on the driver's
        # thread while the GUI thread runs PySide's code crashed the process now and then.
        import selenium.webdriver.chrome.webdriver
        import selenium.webdriver.common.by
        import selenium.webdriver.remote.webdriver  # noqa: F401
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip_or_fail("selenium is not installed", "SUPPLE_REQUIRE_BROWSER")
    if (
        not (os.access(DRIVER, os.X_OK) and os.access(BROWSER, os.X_OK))
        and shutil.which("chromedriver") is None
    ):
        skip_or_fail("Chromium and chromium-driver are not installed (Debian: chromium chromium-driver)",
                     "SUPPLE_REQUIRE_BROWSER")  # fmt: skip
    monkeypatch.setenv("SE_OFFLINE", "true")  # selenium never fetches a driver or a browser
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=420,860",
    ):
        options.add_argument(arg)
    # Starting the browser does not need Supple's event loop, but the page does: everything the
    # driver does runs off the GUI thread while the test waits on it.
    driver = off_thread(qtbot, lambda: webdriver.Chrome(options=options, service=Service(DRIVER)))
    yield driver
    off_thread(qtbot, driver.quit)  # type: ignore[attr-defined]


def test_pressing_pause_on_the_page_pauses_the_session(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path, remote_on: str, browser
) -> None:
    from selenium.webdriver.common.by import By

    window.set_routine(two_sided_routine(tmp_path))
    window.start_session()
    off_thread(qtbot, lambda: browser.get(remote_on))

    def text(element_id: str) -> str:
        return str(off_thread(qtbot, lambda: browser.find_element(By.ID, element_id).text))

    qtbot.waitUntil(lambda: text("step") == "Reach", timeout=10000)
    assert text("side") == "left side"
    assert text("play_pause") == "Pause"
    off_thread(qtbot, lambda: browser.find_element(By.ID, "play_pause").click())
    qtbot.waitUntil(lambda: window.session.state is SessionState.PAUSED, timeout=10000)
    qtbot.waitUntil(lambda: text("play_pause") == "Resume", timeout=10000)
    # Nothing from elsewhere was loaded, and nothing the policy refused was tried.
    logs = off_thread(qtbot, lambda: browser.get_log("browser"))
    assert [entry for entry in logs if "Content Security Policy" in entry["message"]] == []


def test_a_wrong_or_missing_token_gets_403_in_the_browser(qtbot, remote_on: str, browser) -> None:
    base = remote_on.rsplit("/", 2)[0]
    for url in (base + "/", base + "/00000000000000000000000000000000/"):
        off_thread(qtbot, lambda u=url: browser.get(u))
        body = str(off_thread(qtbot, lambda: browser.page_source))
        assert "Forbidden" in body and "Supple" not in body
