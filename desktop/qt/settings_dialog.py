"""Settings: the theme and keys, cue volume and mute, the coaching voice (on or off, voice, rate,
volume, how reps are counted), the session's default times, the ladder, the history's streak target
and remote control (stored in the data folder's settings.ini)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.qt.cues import SAMPLE_LINE, CueOptions, CuePlayer
from desktop.qt.remote_server import interfaces
from desktop.qt.settings import OPTIONS, STREAK_TARGETS, Settings, session_defaults
from desktop.qt.settings_ladder import add_ladder_rows
from desktop.qt.shortcuts import KeyMap, KeysDialog
from desktop.qt.speech import VoiceSettings
from desktop.qt.theme import ThemeChoice

THEME_LABELS = {
    ThemeChoice.SYSTEM: "System (light or dark)",
    ThemeChoice.LIGHT: "Light",
    ThemeChoice.DARK: "Dark",
    ThemeChoice.HIGH_CONTRAST: "High contrast",
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        cues: CuePlayer,
        parent: QWidget | None = None,
        key_map: KeyMap | None = None,
    ) -> None:
        super().__init__(parent)
        self.key_map = key_map
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.cues = cues
        # The rows scroll, the buttons stay: Preferences fits a small screen (1024x700).
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName("Preferences")
        content = QWidget(scroll)
        form = QFormLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.theme = QComboBox(self)
        for choice, label in THEME_LABELS.items():
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(OPTIONS.theme))))
        self.theme.setAccessibleName("Theme")
        self.theme.setToolTip("System follows the desktop's light or dark setting as it changes.")
        form.addRow("&Theme", self.theme)
        self.single_keys = QCheckBox("Single-key shortcuts (Space, L, F, M, [, ], …)", self)
        self.single_keys.setChecked(settings.get(OPTIONS.single_keys))
        self.single_keys.setToolTip(
            "Turn off to keep only shortcuts with Ctrl or Alt, and the function keys."
        )
        keys = QPushButton("Change &Keys…", self)
        keys.setEnabled(key_map is not None)
        keys.clicked.connect(self._change_keys)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.single_keys, 1)
        keys_row.addWidget(keys)
        form.addRow("Keys", keys_row)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(cues.volume)
        self.volume.setAccessibleName("Cue volume")
        self.volume_label = QLabel(f"{cues.volume}%", self)
        self.volume.valueChanged.connect(lambda v: self.volume_label.setText(f"{v}%"))
        test = QPushButton("Test", self)
        test.clicked.connect(self._test)
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_label)
        row.addWidget(test)
        form.addRow("Cue volume", row)
        self.mute = QCheckBox("Mute cue sounds", self)
        self.mute.setChecked(cues.muted)
        form.addRow("", self.mute)
        self.speech = QCheckBox("Speak the coaching aloud (uses the system's speech engine)", self)
        self.speech.setChecked(cues.speech_enabled)
        form.addRow("", self.speech)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName("Voice")
        self.voice.addItem("Default voice", "")
        form.addRow("&Voice", self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(settings.get(OPTIONS.speech_rate) * 10))
        self.rate.setAccessibleName("Speaking rate")
        form.addRow("Speaking &rate", self.rate)
        self.speech_volume = QSlider(Qt.Orientation.Horizontal, self)
        self.speech_volume.setRange(0, 100)
        self.speech_volume.setValue(settings.get(OPTIONS.speech_volume))
        self.speech_volume.setAccessibleName("Voice volume")
        form.addRow("Voice vo&lume", self.speech_volume)
        self.rep_every = QComboBox(self)
        self.rep_every.setAccessibleName("Count reps")
        self.rep_every.addItem("Every rep", 1)
        self.rep_every.addItem("Every fifth rep", 5)
        self.rep_every.setCurrentIndex(
            max(0, self.rep_every.findData(settings.get(OPTIONS.speech_rep_every)))
        )
        form.addRow("&Count reps", self.rep_every)
        speaker = cues.speaker()
        if speaker.available is None:
            self._speech_ready(None)
            speaker.availableChanged.connect(self._speech_ready)
        else:
            self._speech_ready(speaker.available)
        defaults = session_defaults(settings)
        form.addRow(QLabel("<b>Where a routine does not say</b>", self))
        self.prepare = _seconds_box(self, 0, 120, defaults.prepare, "Get ready seconds before each step")
        form.addRow("&Get ready", self.prepare)
        self.rest = _seconds_box(self, 0, 600, defaults.rest, "Rest seconds after each set")
        form.addRow("&Rest after each set", self.rest)
        self.switch = _seconds_box(self, 0.5, 60, defaults.switch, "Seconds to switch sides")
        form.addRow("S&witch sides", self.switch)
        self.countdown_before_rest = QCheckBox("Count down (3, 2, 1) before a rest", self)
        self.countdown_before_rest.setChecked(defaults.countdown_before_rest)
        form.addRow("", self.countdown_before_rest)
        self._save_ladder = add_ladder_rows(self, form, settings)
        form.addRow(QLabel("<b>History</b>", self))
        self.streak_target = QComboBox(self)
        for label, days in STREAK_TARGETS:
            self.streak_target.addItem(label, days)
        self.streak_target.setCurrentIndex(
            self.streak_target.findData(settings.get(OPTIONS.history_days_a_week))
        )
        self.streak_target.setAccessibleName("Streak target")
        self.streak_target.setToolTip(
            "What a streak counts: days in a row, or weeks in a row with this many days"
        )
        form.addRow("Streak &target", self.streak_target)
        form.addRow(QLabel("<b>Remote control</b>", self))
        self.remote = QCheckBox("Control Supple from a phone's browser on this network", self)
        self.remote.setChecked(settings.get(OPTIONS.remote_enabled))
        self.remote.setToolTip("Off by default. The page's address (shown as a QR code) changes each time.")
        form.addRow("", self.remote)
        self.interface = QComboBox(self)
        self.interface.setAccessibleName("Network for remote control")
        self.interface.addItem("The network with the default route", "")
        for iface in interfaces():
            self.interface.addItem(iface.label, iface.name)
        chosen = self.interface.findData(settings.get(OPTIONS.remote_interface))
        self.interface.setCurrentIndex(max(0, chosen))
        form.addRow("&Network", self.interface)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._fit(scroll, content)

    def _fit(self, scroll: QScrollArea, content: QWidget) -> None:
        """As tall as the rows need, within the screen's free height."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        wanted = content.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        width = min(wanted.width() + bar + 40, screen.width() - 40)
        height = min(wanted.height() + 80, screen.height() - 60)
        self.resize(width, height)

    def _change_keys(self) -> None:
        if self.key_map is not None:
            KeysDialog(self.key_map, self).exec()

    def _speech_ready(self, available: bool | None) -> None:
        for widget in (self.speech, self.voice, self.rate, self.speech_volume, self.rep_every):
            widget.setEnabled(bool(available))
        if available is False:
            self.speech.setToolTip(
                "No speech engine was found on this computer (e.g. speech-dispatcher); cue sounds play instead."
            )
        if available:
            chosen = self.settings.get(OPTIONS.speech_voice)
            for name in self.cues.speaker().voices:
                self.voice.addItem(name, name)
            self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def _save(self) -> None:
        options = self.options()
        self.settings.set(OPTIONS.theme, str(self.theme.currentData()))
        self.settings.set(OPTIONS.single_keys, self.single_keys.isChecked())
        self.settings.set(OPTIONS.cue_volume, options.volume)
        self.settings.set(OPTIONS.cue_muted, options.muted)
        self.settings.set(OPTIONS.cue_speech, options.speech)
        voice = self.voice_settings()
        self.settings.set(OPTIONS.speech_voice, voice.voice)
        self.settings.set(OPTIONS.speech_rate, voice.rate)
        self.settings.set(OPTIONS.speech_volume, voice.volume)
        self.settings.set(OPTIONS.speech_rep_every, int(self.rep_every.currentData()))
        self.settings.set(OPTIONS.prepare_seconds, self.prepare.value())
        self.settings.set(OPTIONS.rest_seconds, self.rest.value())
        self.settings.set(OPTIONS.switch_seconds, self.switch.value())
        self.settings.set(OPTIONS.countdown_before_rest, self.countdown_before_rest.isChecked())
        self._save_ladder()
        self.settings.set(OPTIONS.history_days_a_week, int(self.streak_target.currentData()))
        self.settings.set(OPTIONS.remote_interface, str(self.interface.currentData()))
        self.settings.set(OPTIONS.remote_enabled, self.remote.isChecked())
        self.settings.sync()

    def options(self) -> CueOptions:
        """The cue settings as the dialog shows them (saved only by OK)."""
        return CueOptions(self.volume.value(), self.mute.isChecked(), self.speech.isChecked())

    def voice_settings(self) -> VoiceSettings:
        """The voice as the dialog shows it (saved only by OK)."""
        return VoiceSettings(
            self.speech_volume.value(), self.rate.value() / 10, str(self.voice.currentData())
        )

    def _test(self) -> None:
        self.cues.cue("next-step", SAMPLE_LINE, options=self.options(), voice=self.voice_settings())

    def accept(self) -> None:
        self._save()
        super().accept()


def _seconds_box(parent: QWidget, low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSuffix(" s")
    box.setValue(value)
    box.setAccessibleName(name)
    return box
