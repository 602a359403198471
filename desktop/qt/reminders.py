"""Reminders at their time: the schedule (desktop/domain/reminders.py) run on a timer, told through a
desktop notification with Start, Snooze 10 min and Skip today.

Where it is told, in order: the freedesktop notification server (desktop/qt/notifications.py); when
there is none, or it fails, the tray icon's message (clicking it starts); without a tray, a box in
the window with the same three buttons. Nothing is lost quietly: each way says the same thing.

The last moment reminders were handled is kept in the settings, so reminders missed while Supple
was closed or the computer slept are found at the next check, and told once as "You planned ...
today" instead of one by one. Start asks the window to play (`startRequested`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from desktop.domain.reminders import SNOOZE, Reminder, TargetKind, due
from desktop.domain.wall_clock import WallClock, utc_now
from desktop.qt.settings import OPTIONS, Settings
from desktop.qt.tasks import Task
from desktop.qt.words import WORDS

if TYPE_CHECKING:
    from desktop.qt.notifications import DesktopNotifications

log = logging.getLogger(__name__)

#: How often the schedule is checked, in milliseconds.
CHECK_MS = 15_000
START, SNOOZE_ACTION, SKIP = "start", "snooze", "skip"
ACTIONS = [
    (START, str(QT_TRANSLATE_NOOP("ReminderService", "Start"))),
    (SNOOZE_ACTION, str(QT_TRANSLATE_NOOP("ReminderService", "Snooze 10 min"))),
    (SKIP, str(QT_TRANSLATE_NOOP("ReminderService", "Skip today"))),
]
Key = tuple[TargetKind, str]
#: The tag of the "You planned ... today" notification.
MISSED = "missed"


def local_zone() -> tzinfo:
    """The system's time zone with its DST rules (Qt knows its IANA id on every system)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        fixed = datetime.now().astimezone().tzinfo
        assert fixed is not None
        return fixed


class ReminderService(QObject):
    """Signals:
    startRequested(object): play this reminder's routine or playlist (a Reminder).
    changed(): reminders were added, changed or removed.
    """

    startRequested = Signal(object)
    changed = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        now: WallClock = utc_now,
        zone: Callable[[], tzinfo] = local_zone,
        notifications: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.now = now
        self.zone = zone
        self.notifications: DesktopNotifications | None = None
        self.tray: QSystemTrayIcon | None = None
        #: Where the in-window box appears when there is neither a notification server nor a tray.
        self.window: QWidget | None = None
        self.store: Any = None
        self._titles: Callable[[TargetKind, str], str | None] = lambda _kind, _id: None
        self._reminders: list[Reminder] = []
        self._snoozed: dict[Key, datetime] = {}
        self._skipped: dict[Key, date] = {}
        self._missed: list[Reminder] = []  # told as "You planned ... today"
        self._tray_last: object = None  # the tag of the tray's last message: a click starts it
        #: What was told last, and how ("notification", "tray" or "window"), for tests and the log.
        self.told: list[tuple[str, str]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        if notifications is not None:
            self.use_notifications(notifications)

    def use_notifications(self, notifications: DesktopNotifications) -> None:
        """Tell reminders through this notification server connection from now on."""
        self.notifications = notifications
        notifications.actionInvoked.connect(self.act)
        notifications.failed.connect(self._notification_failed)

    # ----- the reminders
    def set_store(self, store: Any, titles: Callable[[TargetKind, str], str | None]) -> None:
        """Read the reminders of `store`; `titles` names a target, None when it is gone."""
        self.store = store
        self._titles = titles
        self.reload()

    def reload(self) -> None:
        found = self.store.reminders.entries() if self.store is not None else []
        named = []
        for reminder in found:
            title = self._titles(reminder.kind, reminder.target_id)
            if title is not None:  # a routine or playlist that is gone is left out (and kept)
                named.append(
                    Reminder(
                        reminder.kind, reminder.target_id, reminder.days, reminder.at, title, reminder.id
                    )
                )
        self._reminders = named
        self.changed.emit()

    @property
    def reminders(self) -> list[Reminder]:
        return list(self._reminders)

    def reminder_for(self, kind: TargetKind, target_id: str) -> Reminder | None:
        return next((r for r in self._reminders if r.key == (kind, target_id)), None)

    def save(self, kind: TargetKind, target_id: str, days: frozenset[int], at: time) -> Task[Any] | None:
        """Set the reminder of a routine or playlist (a serial store write); None without a store."""
        store = self.store
        if store is None:
            return None
        reminder = Reminder(kind, target_id, days, at)
        return (
            Task(self, lambda _ctx: store.reminders.set(reminder), name="reminder", serial=True)
            .on_success(lambda _saved: self.reload())
            .start()
        )

    def remove(self, kind: TargetKind, target_id: str) -> Task[Any] | None:
        store = self.store
        if store is None:
            return None
        return (
            Task(self, lambda _ctx: store.reminders.remove(kind, target_id), name="reminder", serial=True)
            .on_success(lambda _removed: self.reload())
            .start()
        )

    # ----- the schedule
    def start(self) -> None:
        """Check now (what was missed while closed) and every CHECK_MS from now on."""
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _handled(self) -> datetime | None:
        text = self.settings.get(OPTIONS.reminders_handled)
        try:
            handled = datetime.fromisoformat(text) if text else None
        except ValueError:
            return None
        return handled if handled is not None and handled.tzinfo is not None else None

    def check(self) -> None:
        now, zone = self.now(), self.zone()
        handled = self._handled()
        result = due(self._reminders, handled, now, zone)
        self.settings.set(OPTIONS.reminders_handled, now.isoformat())
        today = now.astimezone(zone).date()
        for key, until in list(self._snoozed.items()):
            if until <= now:
                del self._snoozed[key]
                reminder = self.reminder_for(*key)
                if reminder is not None and self._skipped.get(key) != today:
                    self._tell(reminder)
        for reminder, _moment in result.fire:
            self._tell(reminder)
        missed = [r for r in result.missed if self._skipped.get(r.key) != today]
        if missed:
            self._tell_missed(missed)

    # ----- telling
    def _tell(self, reminder: Reminder) -> None:
        summary, body = self._texts(reminder)
        log.info("reminder: %s", summary)
        if self.notifications is not None and self.notifications.notify(
            reminder.key, summary, body, [(key, self.tr(label)) for key, label in ACTIONS]
        ):
            self.told.append((summary, "notification"))
            return
        self._fall_back(reminder.key, summary, body)

    def _tell_missed(self, missed: list[Reminder]) -> None:
        text = WORDS.planned(missed)
        log.info("reminders missed: %s", text)
        self._missed = missed
        actions = [(START, self.tr("Start %1").replace("%1", missed[0].name))] if len(missed) == 1 else []
        if self.notifications is not None and self.notifications.notify(
            MISSED, text, self.tr("Supple was not running then."), actions
        ):
            self.told.append((text, "notification"))
            return
        self._fall_back(MISSED, text, self.tr("Supple was not running then."))

    def _notification_failed(self, tag: object, why: str) -> None:
        log.info("no notification server (%s): telling it another way", why)
        if tag == MISSED:
            self._fall_back(MISSED, WORDS.planned(self._missed), self.tr("Supple was not running then."))
            return
        reminder = self.reminder_for(*tag) if isinstance(tag, tuple) else None
        if reminder is not None:
            self._fall_back(reminder.key, *self._texts(reminder))

    def _texts(self, reminder: Reminder) -> tuple[str, str]:
        """The notification's summary and body; when and which days stay as the reminder says them."""
        return (
            self.tr("Time for %1").replace("%1", reminder.name),
            self.tr("Your reminder: %1.").replace("%1", WORDS.reminder_when(reminder)),
        )

    def _fall_back(self, tag: object, summary: str, body: str) -> None:
        tray = self.tray
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self._tray_last = tag
            tray.showMessage(
                summary,
                body + " " + self.tr("Click to start."),
                QSystemTrayIcon.MessageIcon.Information,
                60_000,
            )
            self.told.append((summary, "tray"))
            return
        self._window_box(tag, summary, body)
        self.told.append((summary, "window"))

    def _window_box(self, tag: object, summary: str, body: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, summary, summary, parent=self.window)
        box.setObjectName("reminderBox")
        box.setInformativeText(body)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        buttons = {}
        if tag != MISSED or len(self._missed) == 1:
            buttons[START] = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        if tag != MISSED:
            buttons[SNOOZE_ACTION] = box.addButton(
                self.tr("Snooze 10 min"), QMessageBox.ButtonRole.ActionRole
            )
            # Not the reject role: Esc closes the box without skipping anything.
            buttons[SKIP] = box.addButton(self.tr("Skip today"), QMessageBox.ButtonRole.ActionRole)
        # Esc (and the title bar's close) answer with the reject role; a box without one stays open.
        box.addButton(QMessageBox.StandardButton.Close)

        def clicked(button: object) -> None:
            action = next((key for key, b in buttons.items() if b is button), None)
            if action is not None:
                self.act(tag, action)

        box.buttonClicked.connect(clicked)
        box.show()

    def tray_message_clicked(self) -> None:
        if self._tray_last is not None:
            self.act(self._tray_last, START)

    # ----- the person's answer
    def act(self, tag: object, action: str) -> None:
        """Start, Snooze 10 min or Skip today, on the reminder `tag` names (or the missed one)."""
        if tag == MISSED:
            reminder = self._missed[0] if len(self._missed) == 1 else None
        else:
            reminder = self.reminder_for(*tag) if isinstance(tag, tuple) else None
        if reminder is None:
            return
        now = self.now()
        if action == START or action == "default":
            self._snoozed.pop(reminder.key, None)
            self.startRequested.emit(reminder)
        elif action == SNOOZE_ACTION:
            self._snoozed[reminder.key] = now + SNOOZE
        elif action == SKIP:
            self._snoozed.pop(reminder.key, None)
            self._skipped[reminder.key] = now.astimezone(self.zone()).date()
