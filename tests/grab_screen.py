"""Grab the whole X screen to PNG files: python grab_screen.py SECONDS_BETWEEN OUT1 [OUT2 ...]."""

import sys
import time

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(["grab"])
every, names = float(sys.argv[1]), sys.argv[2:]
for i, name in enumerate(names):
    if i:
        time.sleep(every)
    if not app.primaryScreen().grabWindow(0).save(name):
        sys.exit(f"could not save {name}")
