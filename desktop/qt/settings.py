"""Every preference Supple keeps, declared once with its key, type and default.

A preference is an `Option`; `Settings` reads and writes them, typed, over the data folder's
settings.ini (QSettings, INI format), and says which one changed. Nothing else in Supple names a
settings key: a view asks `settings.get(OPTIONS.cue_volume)`, and a new preference is one line in
`Options` below. Window geometry and dock state are kept here too, as bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

T = TypeVar("T", int, float, bool, str, bytes)


@dataclass(frozen=True, slots=True)
class Option(Generic[T]):
    """One preference: where it is kept, what type it has, and what it is when never set."""

    key: str
    default: T
    doc: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def kind(self) -> type[T]:
        return type(self.default)

    def coerce(self, raw: object) -> T:
        """The stored value as this option's type; the default when it is missing or unreadable."""
        if raw is None:
            return self.default
        kind = self.kind
        try:
            value: Any
            if kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
            elif kind is bytes:
                if isinstance(raw, QByteArray):
                    value = bytes(raw.data())
                elif isinstance(raw, bytes):
                    value = raw
                else:
                    return self.default
            else:
                value = kind(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
        return cast(T, value)


@dataclass(frozen=True)
class Options:
    """The declarations. Keys are grouped by the part of the window they belong to."""

    # Cue sounds and spoken cues (Settings dialog).
    cue_volume: Option[int] = Option("cues/volume", 80, "Volume of cue sounds, in percent", 0, 100)
    cue_muted: Option[bool] = Option("cues/muted", False, "Cue sounds are muted")
    cue_speech: Option[bool] = Option("cues/speech", False, "Cues are also spoken by the system's voice")
    speech_engine: Option[str] = Option("cues/speechEngine", "", "The Qt speech engine to prefer; empty: any")
    # The clip's own sound (transport bar).
    video_volume: Option[int] = Option("video/volume", 100, "Volume of the clip's own sound", 0, 100)
    video_muted: Option[bool] = Option("video/muted", False, "The clip's own sound is muted")
    # Window layout, restored at start.
    window_geometry: Option[bytes] = Option("window/geometry", b"", "Window position and size")
    window_state: Option[bytes] = Option("window/state", b"", "Docks and toolbars")
    main_splitter: Option[bytes] = Option("window/mainSplitter", b"", "Video | side panel split")
    side_splitter: Option[bytes] = Option("window/sideSplitter", b"", "Step list | timer split")
    # Notices shown once.
    vlc_missing_told: Option[bool] = Option(
        "notices/vlc-missing", False, "Supple said once that libVLC is missing"
    )

    def all(self) -> list[Option[Any]]:
        return [getattr(self, f.name) for f in fields(self)]


OPTIONS = Options()


class Settings(QObject):
    """Typed access to the preferences in one settings file.

    Signals:
        changed(str): the key of an option that `set` gave a new value.
    """

    changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    @classmethod
    def at(cls, path: str, parent: QObject | None = None) -> Settings:
        return cls(QSettings(path, QSettings.Format.IniFormat), parent)

    def get(self, option: Option[T]) -> T:
        return option.coerce(self.store.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        if option.coerce(value) != value:
            raise ValueError(f"{value!r} is not a valid value for {option.key}")
        if self.store.contains(option.key) and self.get(option) == value:
            return
        self.store.setValue(option.key, QByteArray(value) if isinstance(value, bytes) else value)
        self.changed.emit(option.key)

    def reset(self, option: Option[Any]) -> None:
        if self.store.contains(option.key):
            self.store.remove(option.key)
            self.changed.emit(option.key)

    def sync(self) -> None:
        self.store.sync()

    def file_name(self) -> str:
        return self.store.fileName()
