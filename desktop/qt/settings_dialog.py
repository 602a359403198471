"""Settings: cue volume, mute and spoken cues (stored in the data folder's settings.ini)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from desktop.qt.cues import CueOptions, CuePlayer


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, cues: CuePlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.cues = cues
        form = QFormLayout(self)
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
        self.speech = QCheckBox("Speak cues aloud (uses the system's speech engine)", self)
        self.speech.setChecked(cues.speech_enabled)
        speech = cues.speech()
        if speech.engine_name is None:
            self.speech.setEnabled(False)
            speech.ready.connect(self._speech_ready)
        else:
            self._speech_ready(speech.engine_name)
        form.addRow("", self.speech)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _speech_ready(self, engine: str) -> None:
        self.speech.setEnabled(bool(engine))
        if not engine:
            self.speech.setToolTip("No speech engine was found on this computer (e.g. speech-dispatcher).")

    def _save(self) -> None:
        options = self.options()
        self.settings.setValue("cues/volume", options.volume)
        self.settings.setValue("cues/muted", options.muted)
        self.settings.setValue("cues/speech", options.speech)
        self.settings.sync()

    def options(self) -> CueOptions:
        """The cue settings as the dialog shows them (saved only by OK)."""
        return CueOptions(self.volume.value(), self.mute.isChecked(), self.speech.isChecked())

    def _test(self) -> None:
        self.cues.cue("next-step", options=self.options())

    def accept(self) -> None:
        self._save()
        super().accept()
