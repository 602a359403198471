"""The tray icon: Start (favourite routines and saved playlists, the last one played first),
Reminders, Start at login, Show and Quit.

Only where the desktop has a tray (`QSystemTrayIcon.isSystemTrayAvailable()`); elsewhere `icon`
is None, the menu is still built (tests use it) and nothing else changes: the window closes and
quits as it always did, since there would be no way back to a hidden window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.domain.reminders import Reminder, TargetKind
from desktop.qt.words import WORDS


@dataclass(frozen=True, slots=True)
class StartEntry:
    kind: TargetKind
    target_id: str
    title: str

    @property
    def key(self) -> tuple[TargetKind, str]:
        return (self.kind, self.target_id)


def start_entries(
    routines: Iterable[tuple[str, str]],
    playlists: Iterable[tuple[str, str]],
    last_played: tuple[TargetKind, str] | None,
) -> list[StartEntry]:
    """Favourite routines then saved playlists ((id, title) each), by title, the last one played
    moved to the top."""
    entries = [
        StartEntry(TargetKind.ROUTINE, i, t) for i, t in sorted(routines, key=lambda p: p[1].casefold())
    ]
    entries += [
        StartEntry(TargetKind.PLAYLIST, i, t) for i, t in sorted(playlists, key=lambda p: p[1].casefold())
    ]
    first = [e for e in entries if e.key == last_played]
    return first + [e for e in entries if e.key != last_played]


class Tray(QObject):
    """Signals:
    startRequested(object): play this (kind, id).
    remindRequested(str, str): set the reminder of this kind and id.
    autostartToggled(bool): Start at login was switched.
    showRequested(), quitRequested().
    """

    startRequested = Signal(object)
    remindRequested = Signal(str, str)
    autostartToggled = Signal(bool)
    showRequested = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        icon: QIcon,
        entries: Callable[[], Sequence[StartEntry]],
        reminders: Callable[[], Sequence[Reminder]],
        parent: QObject | None = None,
        *,
        autostart: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries = entries
        self._reminders = reminders
        self.menu = QMenu()
        self.start_menu = self.menu.addMenu(self.tr("&Start"))
        self.start_menu.aboutToShow.connect(self.fill_start)
        self.reminders_menu = self.menu.addMenu(self.tr("&Reminders"))
        self.reminders_menu.aboutToShow.connect(self.fill_reminders)
        self.autostart_action: QAction | None = None
        if autostart is not None:  # None: not on this system
            self.autostart_action = self.menu.addAction(self.tr("Start at &login"))
            self.autostart_action.setCheckable(True)
            self.autostart_action.setChecked(autostart)
            self.autostart_action.toggled.connect(self.autostartToggled)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction(self.tr("S&how Supple"))
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action = self.menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.quitRequested)
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip(self.tr("Supple"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def fill_start(self) -> None:
        self.start_menu.clear()
        entries = list(self._entries())
        for entry in entries:
            action = self.start_menu.addAction(entry.title)
            action.triggered.connect(lambda _c=False, k=entry.key: self.startRequested.emit(k))
        if not entries:
            self.start_menu.addAction(
                self.tr("Star a routine or save a playlist to start it here")
            ).setEnabled(False)

    def fill_reminders(self) -> None:
        self.reminders_menu.clear()
        reminders = {r.key: r for r in self._reminders()}
        entries = list(self._entries())
        known = {e.key for e in entries}
        entries += [StartEntry(r.kind, r.target_id, r.name) for r in reminders.values() if r.key not in known]
        for entry in entries:
            reminder = reminders.get(entry.key)
            when = WORDS.reminder_when(reminder) if reminder is not None else self.tr("no reminder")
            action = self.reminders_menu.addAction(f"{entry.title}: {when}…")
            action.triggered.connect(
                lambda _c=False, e=entry: self.remindRequested.emit(e.kind.value, e.target_id)
            )
        if not entries:
            self.reminders_menu.addAction(self.tr("Star a routine or save a playlist first")).setEnabled(
                False
            )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.showRequested.emit()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
