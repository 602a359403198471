"""Take the README's hands-free screenshots: the remote control's QR code in the window, and the
remote page as a phone shows it (headless Chromium through Debian's chromium-driver).

    .venv/bin/python docs/remote_screenshots.py

The window runs offscreen with the bundled Scorpion Stretch routine in a session (its clips'
posters stand in for the video); remote control is on the loopback address.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SE_OFFLINE", "true")
OUT = ROOT / "docs"


def main() -> int:
    os.environ["SUPPLE_DATA_DIR"] = tempfile.mkdtemp(prefix="supple-shots-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from desktop.content import bundled_routine_path, load_routine
    from desktop.media.fake import FakeBackend
    from desktop.qt.main_window import MainWindow
    from desktop.qt.remote_control import RemoteDialog
    from desktop.qt.settings import OPTIONS, Settings

    app = QApplication([sys.argv[0]])
    settings = Settings(str(Path(os.environ["SUPPLE_DATA_DIR"]) / "settings.ini"))
    window = MainWindow(settings)
    window.resize(1024, 700)
    window.show()
    window.set_backend(FakeBackend(window))
    window.set_routine(load_routine(bundled_routine_path()))
    window.start_session()
    settings.set(OPTIONS.remote_interface, "lo")
    settings.set(OPTIONS.remote_enabled, True)
    dialog = next(iter(window.findChildren(RemoteDialog)))
    url = window.remote.url
    done = threading.Event()

    def phone() -> None:
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,760"):
            options.add_argument(arg)
        driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
        try:
            driver.get(url)
            time.sleep(2.5)  # a few polls: the countdown is live
            driver.save_screenshot(str(OUT / "screenshot-remote-page.png"))
        finally:
            driver.quit()
            done.set()

    def shoot_window() -> None:
        dialog.move(window.geometry().center() - dialog.rect().center())
        dialog.grab().save(str(OUT / "screenshot-remote-qr.png"))

    threading.Thread(target=phone).start()
    QTimer.singleShot(1500, shoot_window)
    poll = QTimer()
    poll.timeout.connect(lambda: app.quit() if done.is_set() else None)
    poll.start(100)
    app.exec()
    settings.set(OPTIONS.remote_enabled, False)
    window.session.stop()
    print("wrote docs/screenshot-remote-qr.png and docs/screenshot-remote-page.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
