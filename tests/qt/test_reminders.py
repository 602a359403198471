"""Reminders in the window, on a fake wall clock in a real time zone: at their time, missed, snoozed,
skipped; the tray's menus; closing with reminders set; start at login; and no session bus, no
notification server and no tray (the offscreen platform has none): a box in the window says it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import register_bundled
from desktop.domain import Playlist, PlaylistItem
from desktop.domain.reminders import EVERY_DAY, WEEKDAYS, TargetKind
from desktop.qt.main_window import MainWindow
from desktop.qt.notifications import DesktopNotifications
from desktop.qt.settings import OPTIONS
from desktop.qt.tasks import Task
from desktop.qt.tray import StartEntry, start_entries
from desktop.qt.tray_controller import TrayController
from desktop.store import Store

BERLIN = ZoneInfo("Europe/Berlin")


class WallClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=BERLIN).astimezone(UTC)  # type: ignore[misc]


@pytest.fixture
def wall() -> WallClock:
    return WallClock(datetime(2026, 5, 4, 6, 0, tzinfo=BERLIN).astimezone(UTC))  # a Monday


@pytest.fixture
def controller(
    qtbot, window: MainWindow, fake, store: Store, paths, settings, wall: WallClock
) -> TrayController:
    register_bundled(store)
    window.set_store(store, paths)
    no_bus = DesktopNotifications(window, bus="unix:path=/nonexistent/supple-test-bus")
    assert not no_bus.available  # no session bus here: told another way
    c = TrayController(window, settings, now=wall, zone=lambda: BERLIN, notifications=no_bus)
    c.set_store(store)
    return c


def reminder_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "reminderBox") if b.isVisible()]


def set_reminder(
    qtbot, c: TrayController, kind: TargetKind, target: str, days: frozenset[int], at: time
) -> None:
    task = c.service.save(kind, target, days, at)
    assert task is not None
    qtbot.waitUntil(lambda: c.service.reminder_for(kind, target) is not None)


def test_at_its_time_a_box_in_the_window_tells_it_and_start_plays(
    qtbot, controller: TrayController, window: MainWindow, wall: WallClock
) -> None:
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, WEEKDAYS, time(7, 30))
    wall.set(2026, 5, 4, 7, 29, 50)
    controller.service.check()
    assert reminder_boxes(window) == []
    wall.set(2026, 5, 4, 7, 30, 5)
    controller.service.check()
    (box,) = reminder_boxes(window)
    assert box.text() == "Time for Scorpion Stretch" and "Weekdays at 07:30" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["Close", "Skip today", "Snooze 10 min", "Start"]
    assert controller.service.told == [("Time for Scorpion Stretch", "window")]
    next(b for b in box.buttons() if b.text() == "Start").click()
    qtbot.waitUntil(lambda: window.session.active)
    assert window.routine is not None and window.routine.id == BUNDLED_ROUTINE_ID
    wall.set(2026, 5, 4, 7, 30, 20)
    controller.service.check()
    assert len(controller.service.told) == 1  # once


def test_esc_closes_the_box_without_starting_snoozing_or_skipping(
    qtbot, controller: TrayController, window: MainWindow, wall: WallClock
) -> None:
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    wall.set(2026, 5, 4, 7, 0, 2)
    controller.service.check()
    (box,) = reminder_boxes(window)
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)

    qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)

    assert reminder_boxes(window) == [] and not window.session.active
    wall.set(2026, 5, 4, 7, 0, 30)
    controller.service.check()
    assert len(controller.service.told) == 1  # not snoozed: said once, as before


def test_missed_while_closed_is_said_once_for_all(
    qtbot, controller: TrayController, window: MainWindow, store: Store, settings, wall: WallClock
) -> None:
    store.playlists.save(Playlist("wu", "Warm-up", (PlaylistItem(BUNDLED_ROUTINE_ID),)))
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    set_reminder(qtbot, controller, TargetKind.PLAYLIST, "wu", EVERY_DAY, time(12, 0))
    closed = datetime(2026, 5, 3, 22, 0, tzinfo=BERLIN)
    settings.set(OPTIONS.reminders_handled, closed.isoformat())
    wall.set(2026, 5, 4, 13, 0)
    controller.service.check()
    (box,) = reminder_boxes(window)
    assert box.text() == "You planned Scorpion Stretch and Warm-up today."
    wall.set(2026, 5, 4, 13, 0, 15)
    controller.service.check()
    assert len(reminder_boxes(window)) == 1 and len(controller.service.told) == 1


def test_snooze_comes_back_in_ten_minutes_and_skip_today_ends_it(
    qtbot, controller: TrayController, window: MainWindow, wall: WallClock
) -> None:
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    key = (TargetKind.ROUTINE, BUNDLED_ROUTINE_ID)
    wall.set(2026, 5, 4, 7, 0, 2)
    controller.service.check()
    next(b for b in reminder_boxes(window)[0].buttons() if b.text() == "Snooze 10 min").click()
    wall.set(2026, 5, 4, 7, 9, 50)
    controller.service.check()
    assert len(controller.service.told) == 1
    wall.set(2026, 5, 4, 7, 10, 5)
    controller.service.check()
    assert len(controller.service.told) == 2
    controller.service.act(key, "snooze")
    controller.service.act(key, "skip")
    wall.set(2026, 5, 4, 7, 30)
    controller.service.check()
    assert len(controller.service.told) == 2 and not window.session.active


def test_reminders_are_set_from_the_library_context_menu(
    qtbot, controller: TrayController, window: MainWindow, store: Store
) -> None:
    window.show_dock(window.library_dock)
    tree = window.library.tree
    tree.setCurrentIndex(window.library.index_of(BUNDLED_ROUTINE_ID))
    (action,) = [a for a in tree.actions() if a.text() == "Remind me…"]
    action.trigger()
    dialog = window.findChild(QDialog, "reminderDialog")
    assert dialog is not None and dialog.isVisible()
    for n, box in enumerate(dialog.day_boxes):
        box.setChecked(n in (1, 3))
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("18:45", "HH:mm"))
    dialog.accept()
    qtbot.waitUntil(lambda: store.reminders.entries() != [])
    Task.wait_all(10)
    (saved,) = store.reminders.entries()
    assert (saved.target_id, saved.days, saved.at) == (BUNDLED_ROUTINE_ID, frozenset({1, 3}), time(18, 45))
    qtbot.waitUntil(lambda: controller.service.reminders != [])
    assert controller.service.reminders[0].title == "Scorpion Stretch"


def test_a_reminder_needs_a_day(qtbot, controller: TrayController, window: MainWindow) -> None:
    dialog = controller.edit_reminder("routine", BUNDLED_ROUTINE_ID)
    assert dialog is not None
    for box in dialog.day_boxes:
        box.setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert dialog.hint.text() == "Choose at least one day."
    dialog.reject()


def test_the_tray_menus_list_favourites_and_playlists_the_last_played_first(
    qtbot, controller: TrayController, window: MainWindow, store: Store
) -> None:
    store.favourites.add(BUNDLED_ROUTINE_ID)
    store.playlists.save(Playlist("wu", "Warm-up", (PlaylistItem(BUNDLED_ROUTINE_ID, "foot-reach"),)))
    store.history.start_session("Warm-up", playlist_id="wu")
    controller.tray.fill_start()
    assert [a.text() for a in controller.tray.start_menu.actions()] == ["Warm-up", "Scorpion Stretch"]
    set_reminder(qtbot, controller, TargetKind.PLAYLIST, "wu", WEEKDAYS, time(7, 15))
    controller.tray.fill_reminders()
    assert [a.text() for a in controller.tray.reminders_menu.actions()] == [
        "Warm-up: Weekdays at 07:15…",
        "Scorpion Stretch: no reminder…",
    ]
    controller.tray.start_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.session.active)
    assert window.routine is not None and window.routine.title == "Warm-up"


def test_start_entries_put_the_last_played_first() -> None:
    entries = start_entries([("b", "Bravo"), ("a", "alpha")], [("p", "Pilates")], (TargetKind.PLAYLIST, "p"))
    assert entries == [
        StartEntry(TargetKind.PLAYLIST, "p", "Pilates"),
        StartEntry(TargetKind.ROUTINE, "a", "alpha"),
        StartEntry(TargetKind.ROUTINE, "b", "Bravo"),
    ]


def test_without_a_tray_closing_quits_as_before(
    qtbot, controller: TrayController, window: MainWindow, settings
) -> None:
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    assert controller.tray.icon is None  # the offscreen platform has no tray
    assert controller.keep_in_tray() is False
    assert not settings.get(OPTIONS.keep_in_tray_asked)


def test_with_a_tray_closing_asks_once_and_keeps_running(
    qtbot, controller: TrayController, window: MainWindow, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(type(controller.tray), "available", property(lambda _self: True))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, _text: asked.append(title) or QMessageBox.StandardButton.Yes,
    )
    assert controller.keep_in_tray() is False  # no reminders: closing closes
    set_reminder(qtbot, controller, TargetKind.ROUTINE, BUNDLED_ROUTINE_ID, EVERY_DAY, time(7, 0))
    window.close()
    assert not window.isVisible() and asked == ["Keep Supple in the tray?"]
    assert settings.get(OPTIONS.keep_in_tray_asked) and settings.get(OPTIONS.keep_in_tray)
    controller.show_window()
    window.close()
    assert not window.isVisible() and len(asked) == 1  # asked once


def test_start_at_login_writes_and_removes_the_autostart_entry(
    controller: TrayController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    controller._autostart_command = ["/opt/my supple/bin/supple", "--tray"]
    controller.set_autostart(True)
    entry = tmp_path / "config" / "autostart" / "io.supple.Supple.desktop"
    text = entry.read_text()
    assert 'Exec="/opt/my supple/bin/supple" --tray\n' in text and "Icon=io.supple.Supple\n" in text
    controller.set_autostart(False)
    assert not entry.exists()


def test_an_autostart_folder_that_cannot_be_written_is_said(
    controller: TrayController, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    controller.set_autostart(True)
    (box,) = [b for b in window.findChildren(QMessageBox, "autostartBox") if b.isVisible()]
    assert box.text().startswith("Supple cannot write its start-at-login entry: ")
    assert str(blocker / "autostart") in box.text()
    box.close()


def test_a_reminder_of_a_routine_that_is_gone_is_left_out(
    qtbot, controller: TrayController, store: Store, wall: WallClock
) -> None:
    from desktop.domain.reminders import Reminder

    store.reminders.set(Reminder(TargetKind.ROUTINE, "gone", EVERY_DAY, time(7, 0)))
    controller.service.reload()
    assert controller.service.reminders == []
    wall.now += timedelta(hours=1)
    controller.service.check()
    assert controller.service.told == []
