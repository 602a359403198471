"""Every preference Supple keeps, declared once with its key, type and default.

A preference is an `Option`; `Settings` (a QSettings over the data folder's settings.ini) reads and
writes them typed and says which one changed. Nothing else in Supple names a settings key: a view
asks `settings.get(OPTIONS.cue_volume)`, and a new preference is one line in `Options` below
(tests/qt/test_settings_module.py checks that no other module passes a key to QSettings).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from desktop.domain import DEFAULT_PREPARE, DEFAULT_REST
from desktop.domain.ladder import Thresholds
from desktop.engine import SWITCH_SECONDS

T = TypeVar("T", int, float, bool, str, bytes, tuple[str, ...])


@dataclass(frozen=True, slots=True)
class Option(Generic[T]):
    """One preference: where it is kept, what type it has, and what it is when never set."""

    key: str
    default: T
    doc: str
    minimum: float | None = None
    maximum: float | None = None

    def coerce(self, raw: object) -> T:
        """The stored value as this option's type; the default when it is missing or unreadable."""
        if raw is None:
            return self.default
        value = _convert(type(self.default), raw)
        if value is None:
            return self.default
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
        return cast(T, value)


def _convert(kind: type, raw: object) -> object | None:
    """`raw` as read back from an INI file (often text) in the type `kind`, or None."""
    try:
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
        if kind is bytes:
            if isinstance(raw, QByteArray):
                return bytes(raw.data())
            return raw if isinstance(raw, bytes) else None
        if kind is tuple:
            items = [raw] if isinstance(raw, str) else raw
            if not isinstance(items, list | tuple):
                return None
            return tuple(str(item) for item in items if item)
        if kind is str:
            return str(raw)
        if isinstance(raw, int | float | str):
            converted: object = kind(raw)
            return converted
    except (TypeError, ValueError):
        return None
    return None


@dataclass(frozen=True)
class Options:
    """The declarations, grouped by the part of Supple they belong to."""

    # Cue sounds and spoken cues (Preferences).
    cue_volume: Option[int] = Option("cues/volume", 80, "Volume of cue sounds, in percent", 0, 100)
    cue_muted: Option[bool] = Option("cues/muted", False, "Cue sounds are muted")
    cue_speech: Option[bool] = Option("cues/speech", False, "Cues are also spoken by the system's voice")
    speech_engine: Option[str] = Option("cues/speechEngine", "", "The Qt speech engine to prefer; empty: any")
    # Spoken coaching (Preferences): cues/speech above turns it on, cues/speechEngine picks the engine.
    speech_voice: Option[str] = Option("speech/voice", "", "The voice that speaks; empty: the engine's own")
    speech_rate: Option[float] = Option("speech/rate", 0.0, "How fast the voice speaks, -1 to 1", -1, 1)
    speech_volume: Option[int] = Option("speech/volume", 100, "Volume of the voice, in percent", 0, 100)
    speech_rep_every: Option[int] = Option(
        "speech/repEvery", 1, "The rep count is said at every rep (1) or every fifth (5)", 1, 5
    )
    # What a session uses where a routine does not say (Preferences).
    prepare_seconds: Option[float] = Option(
        "session/prepareSeconds", DEFAULT_PREPARE, "Get ready before each step", 0, 3600
    )
    rest_seconds: Option[float] = Option("session/restSeconds", DEFAULT_REST, "Rest after each set", 0, 3600)
    switch_seconds: Option[float] = Option(
        "session/switchSeconds", SWITCH_SECONDS, "Pause to switch sides", 0.5, 3600
    )
    countdown_before_rest: Option[bool] = Option(
        "session/countdownBeforeRest", True, "A 3-2-1 counts down to a rest"
    )
    # The clip's own sound (transport bar).
    video_volume: Option[int] = Option("video/volume", 100, "Volume of the clip's own sound", 0, 100)
    video_muted: Option[bool] = Option("video/muted", False, "The clip's own sound is muted")
    # Files and playlists.
    recent_files: Option[tuple[str, ...]] = Option("files/recent", (), "Routines and clips opened lately")
    last_playlist: Option[str] = Option("playlists/last", "", "The saved playlist open at quit")
    # Window layout, restored at start.
    window_geometry: Option[bytes] = Option("window/geometry", b"", "Window position and size")
    window_state: Option[bytes] = Option("window/state", b"", "Docks and toolbars")
    main_splitter: Option[bytes] = Option("window/mainSplitter", b"", "Video | side panel split")
    side_splitter: Option[bytes] = Option("window/sideSplitter", b"", "Step list | timer split")
    # Progression ladder: when Supple suggests another level (issue 15; desktop/domain/ladder.py).
    ladder_sessions: Option[int] = Option(
        "ladder/sessions", 3, "Easy sessions at a level before suggesting the next one", 1, 50
    )
    ladder_max_pain: Option[int] = Option(
        "ladder/maxPain", 2, "The most pain (0-10) a session counts as easy with", 0, 10
    )
    ladder_min_effort: Option[int] = Option(
        "ladder/minEffort", 3, "The least effort (0-10) a session counts as moderate with", 0, 10
    )
    ladder_max_effort: Option[int] = Option(
        "ladder/maxEffort", 6, "The most effort (0-10) a session counts as moderate with", 0, 10
    )
    ladder_high_pain: Option[int] = Option(
        "ladder/highPain", 6, "Pain (0-10) at or above which Supple suggests easing back", 1, 10
    )
    # Appearance (Preferences): a ThemeChoice value; "system" follows the desktop's light or dark scheme.
    theme: Option[str] = Option(
        "appearance/theme", "system", "Light, dark or high-contrast theme, or the system's"
    )
    language: Option[str] = Option(
        "appearance/language",
        "",
        "The interface and routine language (a tag such as de); empty: the system's",
    )
    # Keys (Preferences > Keys): single-key shortcuts on or off, and keys changed by the person.
    single_keys: Option[bool] = Option(
        "keys/singleKeys", True, "Single-key shortcuts (Space, L, F, ...) work"
    )
    shortcut_keys: Option[tuple[str, ...]] = Option(
        "keys/changed", (), 'Keys changed by the person: "actionName=Keys", empty for none'
    )
    # Reminders and the tray (desktop/qt/reminders.py, desktop/qt/tray.py).
    reminders_handled: Option[str] = Option(
        "reminders/handledUntil", "", "When reminders were last checked (ISO time): later ones are due"
    )
    keep_in_tray: Option[bool] = Option(
        "tray/keepRunning", True, "Closing the window with reminders set keeps Supple in the tray"
    )
    keep_in_tray_asked: Option[bool] = Option(
        "tray/keepRunningAsked", False, "Supple asked once whether closing keeps it in the tray"
    )
    # The history view (View > History): what a streak counts.
    history_days_a_week: Option[int] = Option(
        "history/daysAWeek",
        0,
        "Streak target: 0 counts days in a row; 1-7 counts weeks in a row with that many days practised",
        0,
        7,
    )
    # Remote control from a phone (Settings > Remote control; desktop/qt/remote_control.py).
    remote_enabled: Option[bool] = Option(
        "remote/enabled", False, "Serve the remote page on the local network while Supple runs"
    )
    remote_interface: Option[str] = Option(
        "remote/interface", "", "The network interface to serve it on; empty: the default route's"
    )
    # Notices shown once.
    vlc_missing_told: Option[bool] = Option(
        "notices/vlc-missing", False, "Supple said once that libVLC is missing"
    )

    def all(self) -> list[Option[Any]]:
        return [getattr(self, f.name) for f in fields(self)]


OPTIONS = Options()

#: The choices of `OPTIONS.history_days_a_week`, as shown in Preferences and the History.
#: The streak targets Preferences offers: 0 is every day, else days a week.
STREAK_TARGETS: tuple[int, ...] = tuple(range(8))

#: How many recent files File > Open Recent keeps.
RECENT_COUNT = 8


@dataclass(frozen=True, slots=True)
class SessionDefaults:
    """What a session uses where a routine does not say: "get ready" and rest seconds for each
    step, the "switch sides" pause, and whether a 3-2-1 counts down to a rest."""

    prepare: float = DEFAULT_PREPARE
    rest: float = DEFAULT_REST
    switch: float = SWITCH_SECONDS
    countdown_before_rest: bool = True


def session_defaults(settings: Settings) -> SessionDefaults:
    return SessionDefaults(
        prepare=settings.get(OPTIONS.prepare_seconds),
        rest=settings.get(OPTIONS.rest_seconds),
        switch=settings.get(OPTIONS.switch_seconds),
        countdown_before_rest=settings.get(OPTIONS.countdown_before_rest),
    )


def ladder_thresholds(settings: Settings) -> Thresholds:
    return Thresholds(
        sessions=settings.get(OPTIONS.ladder_sessions),
        max_pain=settings.get(OPTIONS.ladder_max_pain),
        min_effort=settings.get(OPTIONS.ladder_min_effort),
        max_effort=settings.get(OPTIONS.ladder_max_effort),
        high_pain=settings.get(OPTIONS.ladder_high_pain),
    )


class Settings(QSettings):
    """Typed access to the preferences in one INI file.

    Signals:
        changed(str): the key of an option that `set` or `reset` changed.
    """

    changed = Signal(str)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(path, QSettings.Format.IniFormat, parent)

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        if option.coerce(value) != value:
            raise ValueError(f"{value!r} is not a valid value for {option.key}")
        if self.contains(option.key) and self.get(option) == value:
            return
        stored: object = value
        if isinstance(value, bytes):
            stored = QByteArray(value)
        elif isinstance(value, tuple):
            stored = list(value)
        self.setValue(option.key, stored)
        self.changed.emit(option.key)

    def reset(self, option: Option[Any]) -> None:
        if self.contains(option.key):
            self.remove(option.key)
            self.changed.emit(option.key)

    def is_set(self, option: Option[Any]) -> bool:
        return self.contains(option.key)
