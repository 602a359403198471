"""Settings: the theme and keys, cue volume and mute, the coaching voice (on or off, voice, rate,
volume, how reps are counted), the session's default times, the ladder, the history's streak target
and remote control (stored in the data folder's settings.ini)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
from desktop.qt.i18n import LANGUAGE_CHOICES
from desktop.qt.remote_server import interfaces
from desktop.qt.settings import OPTIONS, STREAK_TARGETS, Settings, session_defaults
from desktop.qt.settings_ladder import add_ladder_rows
from desktop.qt.shortcuts import KeyMap, KeysDialog
from desktop.qt.speech import VoiceSettings
from desktop.qt.theme import ThemeChoice
from desktop.qt.words import WORDS

THEME_LABELS = {
    ThemeChoice.SYSTEM: str(QT_TRANSLATE_NOOP("SettingsDialog", "System (light or dark)")),
    ThemeChoice.LIGHT: str(QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ThemeChoice.DARK: str(QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
    ThemeChoice.HIGH_CONTRAST: str(QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")),
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
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.cues = cues
        # The rows scroll, the buttons stay: Preferences fits a small screen (1024x700).
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Preferences"))
        content = QWidget(scroll)
        form = QFormLayout(content)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.theme = QComboBox(self)
        for choice, label in THEME_LABELS.items():
            self.theme.addItem(QCoreApplication.translate("SettingsDialog", label), choice.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(OPTIONS.theme))))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setToolTip(self.tr("System follows the desktop's light or dark setting as it changes."))
        form.addRow(self.tr("&Theme"), self.theme)
        self.language = QComboBox(self)
        for tag, name in LANGUAGE_CHOICES:
            self.language.addItem(name or self.tr("System", "the system's language"), tag)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(OPTIONS.language))))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(
            self.tr("The language of the window and of routines; applies when Supple starts again.")
        )
        form.addRow(self.tr("&Language"), self.language)
        self.single_keys = QCheckBox(self.tr("Single-key shortcuts (Space, L, F, M, [, ], …)"), self)
        self.single_keys.setChecked(settings.get(OPTIONS.single_keys))
        self.single_keys.setToolTip(
            self.tr("Turn off to keep only shortcuts with Ctrl or Alt, and the function keys.")
        )
        keys = QPushButton(self.tr("Change &Keys…"), self)
        keys.setEnabled(key_map is not None)
        keys.clicked.connect(self._change_keys)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.single_keys, 1)
        keys_row.addWidget(keys)
        form.addRow(self.tr("Keys", "keyboard keys"), keys_row)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(cues.volume)
        self.volume.setAccessibleName(self.tr("Cue volume"))
        self.volume_label = QLabel(f"{cues.volume}%", self)
        self.volume.valueChanged.connect(lambda v: self.volume_label.setText(f"{v}%"))
        test = QPushButton(self.tr("Test", "play a sound to try the volume"), self)
        test.clicked.connect(self._test)
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_label)
        row.addWidget(test)
        form.addRow(self.tr("Cue volume"), row)
        self.mute = QCheckBox(self.tr("Mute cue sounds"), self)
        self.mute.setChecked(cues.muted)
        form.addRow("", self.mute)
        self.speech = QCheckBox(self.tr("Speak the coaching aloud (uses the system's speech engine)"), self)
        self.speech.setChecked(cues.speech_enabled)
        form.addRow("", self.speech)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.addItem(self.tr("Default voice"), "")
        form.addRow(self.tr("&Voice"), self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal, self)
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(settings.get(OPTIONS.speech_rate) * 10))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        form.addRow(self.tr("Speaking &rate"), self.rate)
        self.speech_volume = QSlider(Qt.Orientation.Horizontal, self)
        self.speech_volume.setRange(0, 100)
        self.speech_volume.setValue(settings.get(OPTIONS.speech_volume))
        self.speech_volume.setAccessibleName(self.tr("Voice volume"))
        form.addRow(self.tr("Voice vo&lume"), self.speech_volume)
        self.rep_every = QComboBox(self)
        self.rep_every.setAccessibleName(self.tr("Count reps", "exercise: say the repetitions aloud"))
        self.rep_every.addItem(self.tr("Every rep", "exercise: repetitions"), 1)
        self.rep_every.addItem(self.tr("Every fifth rep", "exercise: repetitions"), 5)
        self.rep_every.setCurrentIndex(
            max(0, self.rep_every.findData(settings.get(OPTIONS.speech_rep_every)))
        )
        form.addRow(self.tr("&Count reps", "exercise: say the repetitions aloud"), self.rep_every)
        speaker = cues.speaker()
        if speaker.available is None:
            self._speech_ready(None)
            speaker.availableChanged.connect(self._speech_ready)
        else:
            self._speech_ready(speaker.available)
        defaults = session_defaults(settings)
        form.addRow(QLabel("<b>" + self.tr("Where a routine does not say") + "</b>", self))
        self.prepare = _seconds_box(
            self, 0, 120, defaults.prepare, self.tr("Get ready seconds before each step")
        )
        form.addRow(self.tr("&Get ready"), self.prepare)
        self.rest = _seconds_box(
            self,
            0,
            600,
            defaults.rest,
            self.tr("Rest seconds after each set", "exercise: the pause after each set"),
        )
        form.addRow(self.tr("&Rest after each set", "exercise: the pause after each set"), self.rest)
        self.switch = _seconds_box(self, 0.5, 60, defaults.switch, self.tr("Seconds to switch sides"))
        form.addRow(self.tr("S&witch sides"), self.switch)
        self.countdown_before_rest = QCheckBox(
            self.tr("Count down (3, 2, 1) before a rest", "exercise: the pause"), self
        )
        self.countdown_before_rest.setChecked(defaults.countdown_before_rest)
        form.addRow("", self.countdown_before_rest)
        self._save_ladder = add_ladder_rows(self, form, settings)
        form.addRow(QLabel("<b>" + self.tr("History") + "</b>", self))
        self.streak_target = QComboBox(self)
        for days in STREAK_TARGETS:
            self.streak_target.addItem(WORDS.streak_target(days), days)
        self.streak_target.setCurrentIndex(
            self.streak_target.findData(settings.get(OPTIONS.history_days_a_week))
        )
        self.streak_target.setAccessibleName(self.tr("Streak target"))
        self.streak_target.setToolTip(
            self.tr("What a streak counts: days in a row, or weeks in a row with this many days")
        )
        form.addRow(self.tr("Streak &target"), self.streak_target)
        form.addRow(QLabel("<b>" + self.tr("Remote control") + "</b>", self))
        self.remote = QCheckBox(self.tr("Control Supple from a phone's browser on this network"), self)
        self.remote.setChecked(settings.get(OPTIONS.remote_enabled))
        self.remote.setToolTip(
            self.tr("Off by default. The page's address (shown as a QR code) changes each time.")
        )
        form.addRow("", self.remote)
        self.interface = QComboBox(self)
        self.interface.setAccessibleName(self.tr("Network for remote control"))
        self.interface.addItem(self.tr("The network with the default route"), "")
        for iface in interfaces():
            self.interface.addItem(iface.label, iface.name)
        chosen = self.interface.findData(settings.get(OPTIONS.remote_interface))
        self.interface.setCurrentIndex(max(0, chosen))
        form.addRow(self.tr("&Network"), self.interface)
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
                self.tr(
                    "No speech engine was found on this computer (e.g. speech-dispatcher); "
                    "cue sounds play instead."
                )
            )
        if available:
            chosen = self.settings.get(OPTIONS.speech_voice)
            for name in self.cues.speaker().voices:
                self.voice.addItem(name, name)
            self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def _save(self) -> None:
        options = self.options()
        self.settings.set(OPTIONS.theme, str(self.theme.currentData()))
        self.settings.set(OPTIONS.language, str(self.language.currentData()))
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
        self.cues.cue(
            "next-step",
            self.tr(SAMPLE_LINE, "exercise: a coaching line"),
            options=self.options(),
            voice=self.voice_settings(),
        )

    def accept(self) -> None:
        self._save()
        super().accept()


def _seconds_box(parent: QWidget, low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("SettingsDialog", " s", "seconds, after a number"))
    box.setValue(value)
    box.setAccessibleName(name)
    return box
