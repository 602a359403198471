"""A reminder told by a real notification server on a private session bus: the notification is
sent with its three actions, and its Start starts the session; without a server, the window says it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtWidgets import QMessageBox

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import register_bundled
from desktop.domain.reminders import EVERY_DAY, TargetKind
from desktop.qt.main_window import MainWindow
from desktop.qt.notifications import DesktopNotifications
from desktop.qt.tray_controller import TrayController
from desktop.store import Store
from tests.notification_server import NotificationServer
from tests.qt.test_reminders import BERLIN, WallClock, set_reminder


def controller_on(
    bus: str, window: MainWindow, store: Store, paths, settings, wall: WallClock
) -> TrayController:
    register_bundled(store)
    window.set_store(store, paths)
    notifications = DesktopNotifications(window, bus=bus)
    assert notifications.available
    c = TrayController(window, settings, now=wall, zone=lambda: BERLIN, notifications=notifications)
    c.set_store(store)
    return c


def test_the_notification_is_sent_and_its_start_starts_the_session(
    qtbot, window: MainWindow, fake, store: Store, paths, settings, session_bus: str
) -> None:
    server = NotificationServer(session_bus)
    try:
        wall = WallClock(datetime(2026, 5, 4, 6, 0, tzinfo=BERLIN))
        c = controller_on(session_bus, window, store, paths, settings, wall)
        set_reminder(qtbot, c, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
        wall.set(2026, 5, 4, 7, 0, 3)
        c.service.check()
        qtbot.waitUntil(lambda: len(server.shown) == 1)
        (shown,) = server.shown
        assert shown.summary == "Time for Scorpion Stretch" and "Every day at 07:00" in shown.body
        assert shown.actions == ["start", "Start", "snooze", "Snooze 10 min", "skip", "Skip today"]
        assert shown.hints["desktop-entry"] == ("s", "io.supple.Supple")
        server.invoke(shown.id, "snooze")  # Snooze 10 min: told again ten minutes on
        qtbot.wait(200)
        wall.set(2026, 5, 4, 7, 10, 10)
        c.service.check()
        qtbot.waitUntil(lambda: len(server.shown) == 2)
        assert not window.session.active
        server.invoke(server.shown[1].id, "start")
        qtbot.waitUntil(lambda: window.session.active)
        assert window.routine is not None and window.routine.id == BUNDLED_ROUTINE_ID
        assert [how for _, how in c.service.told] == ["notification", "notification"]
        assert not [b for b in window.findChildren(QMessageBox, "reminderBox") if b.isVisible()]
    finally:
        server.stop()


def test_without_a_notification_server_the_window_says_it(
    qtbot, window: MainWindow, fake, store: Store, paths, settings, session_bus: str
) -> None:
    wall = WallClock(datetime(2026, 5, 4, 6, 0, tzinfo=BERLIN))
    c = controller_on(session_bus, window, store, paths, settings, wall)
    set_reminder(qtbot, c, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    wall.set(2026, 5, 4, 7, 0, 3)
    c.service.check()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "reminderBox")))
    (box,) = [b for b in window.findChildren(QMessageBox, "reminderBox") if b.isVisible()]
    assert box.text() == "Time for Scorpion Stretch"
    next(b for b in box.buttons() if b.text() == "Start").click()
    qtbot.waitUntil(lambda: window.session.active)
