"""The tray, the reminders and the window together: what the application composes for them.

- The tray's Start menu and a reminder's Start play in the window, shown and raised first.
- Reminders are set from the Library's context menu and from the tray's Reminders menu.
- Closing the window with reminders set keeps Supple in the tray (asked once, kept in settings);
  Quit in the tray's menu quits. Without a tray, closing quits as always.
- Start at login writes or removes the XDG autostart entry; a folder it cannot write is said.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.reminders import Reminder, TargetKind
from desktop.domain.wall_clock import WallClock, utc_now
from desktop.qt import autostart
from desktop.qt.dialogs import show_message
from desktop.qt.reminders import ReminderService, local_zone
from desktop.qt.settings import OPTIONS, Settings
from desktop.qt.tray import StartEntry, Tray, start_entries

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow
    from desktop.qt.notifications import DesktopNotifications

log = logging.getLogger(__name__)


class TrayController(QObject):
    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        *,
        now: WallClock = utc_now,
        zone: Callable[[], tzinfo] = local_zone,
        notifications: DesktopNotifications | None = None,
        autostart_command: list[str] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        #: Connected to the session bus when the store opens, not before the window shows.
        self.notifications = notifications
        self.service = ReminderService(settings, self, now=now, zone=zone, notifications=notifications)
        self.service.window = window
        self.store: Any = None
        self.quitting = False
        self._autostart_command = autostart_command or autostart.command()
        icon = QApplication.windowIcon() if not QApplication.windowIcon().isNull() else QIcon()
        self.tray = Tray(
            icon,
            self.entries,
            lambda: self.service.reminders,
            self,
            autostart=autostart.is_enabled() if autostart.supported() else None,
        )
        self.service.tray = self.tray.icon
        if self.tray.icon is not None:
            self.tray.icon.messageClicked.connect(self.service.tray_message_clicked)
            # Closing the window may leave Supple in the tray: quitting is then said, not implied.
            QApplication.setQuitOnLastWindowClosed(False)
        self.tray.startRequested.connect(lambda key: self.start(*key))
        self.tray.remindRequested.connect(self.edit_reminder)
        self.tray.autostartToggled.connect(self.set_autostart)
        self.tray.showRequested.connect(self.show_window)
        self.tray.quitRequested.connect(self.quit)
        window.library.remindRequested.connect(self.edit_reminder)
        # A routine imported or removed, a playlist saved, renamed or deleted: titles change.
        window.library.libraryChanged.connect(lambda _result: self.service.reload())
        window.playlists.playlistSaved.connect(lambda _id: self.service.reload())
        window.playlists.playlistDeleted.connect(lambda _id: self.service.reload())
        self.service.startRequested.connect(lambda reminder: self.start(reminder.kind, reminder.target_id))
        window.close_to_tray = self.keep_in_tray

    # ----- the store
    def set_store(self, store: Any) -> None:
        self.store = store
        if self.notifications is None:
            from desktop.qt.notifications import DesktopNotifications

            self.notifications = DesktopNotifications(self)
            self.service.use_notifications(self.notifications)
        self.service.set_store(store, self.title)
        self.service.start()

    def title(self, kind: TargetKind | str, target_id: str) -> str | None:
        """The title of a routine or saved playlist; None when it is not there."""
        if TargetKind(kind) is TargetKind.ROUTINE:
            routine = self.window.library.catalog(target_id)
            return routine.title if routine is not None else None
        playlist = self.store.playlists.get(target_id) if self.store is not None else None
        return playlist.title if playlist is not None else None

    def entries(self) -> list[StartEntry]:
        store = self.store
        if store is None:
            return []
        catalog = self.window.library.catalog
        routines = [
            (f.routine_id, routine.title)
            for f in store.favourites.entries()
            if f.step_id is None and (routine := catalog(f.routine_id)) is not None
        ]
        playlists = [(p.id, p.title) for p in store.playlists.entries()]
        last = store.history.sessions(limit=1)
        played: tuple[TargetKind, str] | None = None
        if last and last[0].playlist_id:
            played = (TargetKind.PLAYLIST, last[0].playlist_id)
        elif last and last[0].routine_id:
            played = (TargetKind.ROUTINE, last[0].routine_id)
        return start_entries(routines, playlists, played)

    # ----- commands
    def show_window(self) -> None:
        w = self.window
        w.showNormal() if w.isMinimized() else w.show()
        w.raise_()
        w.activateWindow()

    def start(self, kind: TargetKind | str, target_id: str) -> None:
        """Show the window and play the routine or saved playlist."""
        self.show_window()
        if TargetKind(kind) is TargetKind.PLAYLIST:
            self.window.play_saved_playlist(target_id)
            return
        routine = self.window.library.catalog(target_id)
        if routine is None:
            self.window.statusBar().showMessage(
                self.tr('The routine "%1" is no longer in the library.').replace("%1", target_id), 20000
            )
            return
        self.window.play_routine(routine)

    def edit_reminder(self, kind: str, target_id: str) -> QDialog | None:
        from desktop.qt.reminder_dialog import ReminderDialog

        target = TargetKind(kind)
        title = self.title(target, target_id)
        if title is None or self.store is None:
            return None
        if self.store.read_only:
            self.window.statusBar().showMessage(
                self.tr("Reminders cannot be saved: the database is read-only."), 20000
            )
            return None
        self.show_window()
        dialog = ReminderDialog(title, self.service.reminder_for(target, target_id), self.window)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            if dialog.removed:
                self.service.remove(target, target_id)
            else:
                self.service.save(target, target_id, dialog.days(), dialog.time())

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def set_autostart(self, on: bool) -> None:
        problem = autostart.set_enabled(on, self._autostart_command)
        if problem is None:
            return
        log.warning(problem)
        action = self.tray.autostart_action
        if action is not None:
            action.blockSignals(True)
            action.setChecked(autostart.is_enabled())
            action.blockSignals(False)
        show_message(
            self.window, QMessageBox.Icon.Warning, self.tr("Start at login"), problem, name="autostartBox"
        )

    def keep_in_tray(self) -> bool:
        """Asked by the window as it closes: True keeps Supple running in the tray."""
        if self.quitting or not self.tray.available or not self.service.reminders:
            self._quit_soon()
            return False
        if not self.settings.get(OPTIONS.keep_in_tray_asked):
            answer = QMessageBox.question(
                self.window,
                self.tr("Keep Supple in the tray?"),
                self.tr(
                    "You have reminders set. Keep Supple running in the tray when the window closes, so that "
                    "they can come? (Quit from the tray icon's menu.)"
                ),
            )
            self.settings.set(OPTIONS.keep_in_tray_asked, True)
            self.settings.set(OPTIONS.keep_in_tray, answer == QMessageBox.StandardButton.Yes)
        keep = self.settings.get(OPTIONS.keep_in_tray)
        if not keep:
            self._quit_soon()
        return keep

    def _quit_soon(self) -> None:
        """The window really closes: with a tray icon, closing the last window no longer quits by
        itself (see __init__), so say it."""
        if self.tray.icon is not None:
            QTimer.singleShot(0, QApplication.quit)

    def quit(self) -> None:
        self.quitting = True
        self.window.close()
        QApplication.quit()

    def shutdown(self) -> None:
        self.service.stop()
        self.tray.hide()
        if self.notifications is not None:
            self.notifications.shutdown()


__all__ = ["Reminder", "TrayController"]
