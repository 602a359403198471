"""The main window's player: browsing (a selected step plays its clip on loop) and the transport
bar (play, steps, loop, speed, frame steps, mirror, sound, full screen)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
)

import desktop
from desktop.domain import Clip, Segment
from desktop.domain.describe import format_seconds
from desktop.media.base import PlaybackState
from desktop.media.notes import note_of
from desktop.qt.icons import icon
from desktop.qt.messages import say
from desktop.qt.settings import OPTIONS
from desktop.qt.window_base import WindowBase
from desktop.qt.words import WORDS, number

log = logging.getLogger(__name__)

DUCK_FACTOR = 0.3
"""While the coaching voice speaks, the clip plays at this share of its volume."""


class PlaybackMixin(WindowBase):
    """Browsing and the transport; part of MainWindow (desktop/qt/main_window.py)."""

    # ----- browsing: a selected step plays its clip on loop
    @Slot(int)
    def select_step(self, row: int) -> None:
        if self.routine is None or not 0 <= row < len(self.routine.steps) or row == self.current_row:
            return
        if self.session.active:
            # The session decides what plays and the list follows it: a click does not move the
            # highlight (double-click jumps). Up and Down may, to choose a step for Enter to jump to.
            playing = self._session_row()
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton and playing not in (-1, row):
                self.ui.stepList.setCurrentRow(playing)
            return
        self._start_over = False
        self.current_row = row
        self._show_favourites()
        step = self.routine.steps[row]
        cue = step.cues[0] if step.cues else ""
        if step.sides.value == "both":
            unit = QCoreApplication.translate("MainWindow", "per side", "exercise: for each side of the body")
        elif step.hold is not None:
            unit = QCoreApplication.translate(
                "MainWindow", "hold", "exercise: the time of a hold (noun, under a time)"
            )
        else:
            unit = QCoreApplication.translate(
                "MainWindow", "reps", "exercise: the time of the repetitions (noun, under a time)"
            )
        from desktop.engine import plan_routine

        plan = plan_routine(self.routine)
        step_seconds = sum(plan.phases[i].duration for i in plan.step_ranges[row])
        self.ui.timerPanel.show_idle(
            QCoreApplication.translate("MainWindow", "Step %1 of %2")
            .replace("%1", str(row + 1))
            .replace("%2", str(len(self.routine.steps))),
            format_seconds(step.work_seconds),
            cue,
            WORDS.step_timing(step, step_seconds),
            caption=unit,
        )
        self._play_row(row)

    def _play_row(self, row: int) -> None:
        assert self.routine is not None
        step = self.routine.steps[row]
        clip = self.routine.clip_for(step)
        # While browsing, a loop marked on the clip (I and O) plays instead of the step's segment.
        self.loop_marks.clip_shown(clip.file, step.segment)
        self._show_timeline(True)
        self._play(clip, self.loop_marks.segment(), mirrored=False, title=step.title)

    def _play(self, clip: Clip, segment: Segment | None, *, mirrored: bool, title: str) -> None:
        """Load a clip (showing its poster at once) unless it is already playing that segment."""
        self.ui.videoPane.set_mirrored(mirrored != self.ui.actionMirror.isChecked())
        self.ui.videoPane.set_end_card("")
        label = title if title == clip.file.name else f"{title} · {clip.file.name}"
        self.ui.clipLabel.setText(label)
        self.ui.clipLabel.setToolTip(str(clip.file))
        problem = self._clip_problems.get(clip.id)
        if problem is not None:
            self._playing = None
            if self.backend is not None:
                self.backend.stop()
            self.ui.videoPane.show_error(say(problem))
            return
        if self._playing == (clip.file, segment) and self.backend is not None:
            if self.backend.state == PlaybackState.PAUSED and not self._session_paused():
                self.backend.play()
            return
        self._playing = (clip.file, segment)
        self.ui.videoPane.show_poster(clip.poster, QCoreApplication.translate("MainWindow", "Loading clip…"))
        if self.backend is not None:
            self.backend.load(clip.file, segment, loop=self.ui.actionLoop.isChecked())
            self._apply_rate()

    @Slot(int)
    def activate_step(self, row: int) -> None:
        """Double-click or Enter on a step: jump there in a session, or start a session there."""
        if self.session.active:
            rows = self._session_rows
            if rows is None:
                self.session.jump_to_step(row)
            elif row in rows:
                self.session.jump_to_step(rows.index(row))
        elif self.routine is not None:
            self.start_session(from_step=row)

    # ----- transport
    @Slot()
    def toggle_playback(self) -> None:
        if self.session.active:
            self.session.toggle_pause()
        elif self.backend is not None:
            if self.backend.state == PlaybackState.PAUSED and self.loop_marks.apply_pending():
                return  # marks set while paused: their loop starts now
            self.backend.toggle()

    @Slot()
    def next_step(self) -> None:
        if self.session.active:
            self.session.skip()
        elif self.routine and self.current_row + 1 < len(self.routine.steps):
            self.ui.stepList.setCurrentRow(self.current_row + 1)

    @Slot()
    def previous_step(self) -> None:
        if self.session.active:
            self.session.back()
        elif self.routine and self.current_row > 0:
            self.ui.stepList.setCurrentRow(self.current_row - 1)

    @Slot(bool)
    def set_loop(self, on: bool) -> None:
        """Only what happens at the clip's end changes: the clip plays on from where it is."""
        if self.backend is not None:
            self.backend.set_loop(on)

    def change_speed(self, direction: int) -> None:
        box = self.ui.speedBox
        box.setCurrentIndex(max(0, min(box.count() - 1, box.currentIndex() + direction)))

    def _apply_rate(self) -> None:
        if self.backend is None:
            return
        rate = float(self.ui.speedBox.currentData())
        self.backend.set_rate(rate * self.session.rate)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Clip speed %1×").replace("%1", number(rate)), 2000
        )

    def step_frame(self, direction: int) -> None:
        if self.backend is not None and not self.session.active:
            self.backend.step_frame(direction)

    @Slot(bool)
    def _apply_mirror(self, on: bool) -> None:
        phase = self.session.phase
        auto = bool(phase is not None and phase.mirrored)
        self.ui.videoPane.set_mirrored(auto != on)

    @Slot(bool)
    def _apply_mute(self, on: bool) -> None:
        self.ui.muteButton.setIcon(icon("mute" if on else "volume"))
        self.settings.set(OPTIONS.video_muted, on)
        if self.backend is not None:
            self.backend.set_muted(on)

    @Slot(int)
    def _apply_volume(self, volume: int) -> None:
        self._show_volume(volume)
        self.settings.set(OPTIONS.video_volume, volume)
        if self.backend is not None:
            self.backend.set_volume(self._clip_volume())
        if volume > 0 and self.ui.actionMute.isChecked():
            self.ui.actionMute.setChecked(False)  # turning the sound up means wanting to hear it

    def _clip_volume(self) -> int:
        """The clip's volume as chosen, lowered while the coaching voice speaks."""
        volume = self.ui.volumeSlider.value()
        return round(volume * DUCK_FACTOR) if self._ducked else volume

    @Slot(bool)
    def _duck(self, on: bool) -> None:
        """The coaching voice began (or ended) a run of lines: lower (or restore) the clip's sound."""
        self._ducked = on
        if self.backend is not None:
            self.backend.set_volume(self._clip_volume())

    def _show_volume(self, volume: int) -> None:
        self.ui.volumeSlider.setToolTip(
            QCoreApplication.translate("MainWindow", "Clip volume %1% (Ctrl+Up and Ctrl+Down)").replace(
                "%1", str(volume)
            )
        )

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        for widget in (self.ui.sideSplitter, self.ui.transportBar, self.menuBar(), self.statusBar()):
            widget.setVisible(not on)
        self.timeline.setVisible(not on and not self.session.active and self.loop_marks.path is not None)
        self._escape.setEnabled(on)
        if on:
            self.showFullScreen()
            # The focus may have been in the side column, now hidden: keep the keys working.
            self.ui.videoPane.setFocus(Qt.FocusReason.OtherFocusReason)
            self._update_timer()
        else:
            self.ui.videoPane.set_overlay("", "")
            self.showNormal()

    @Slot(str)
    def _on_video_error(self, message: str) -> None:
        self._playing = None
        said = say(note_of(message))
        self.ui.videoPane.show_error(said)
        self.statusBar().showMessage(said, 15000)

    @Slot(str)
    def _update_play_icon(self, state: str) -> None:
        playing = state in (PlaybackState.PLAYING.value, PlaybackState.LOADING.value)
        if self.session.active:
            playing = not self._session_paused()
        self.ui.playButton.setIcon(icon("pause" if playing else "play"))
        self.ui.playButton.setToolTip(
            QCoreApplication.translate("MainWindow", "Pause (Space)")
            if playing
            else QCoreApplication.translate("MainWindow", "Play (Space)")
        )

    @Slot()
    def show_about(self) -> None:
        backend = (
            self.backend.display_name
            if self.backend
            else QCoreApplication.translate("MainWindow", "not loaded", "the video backend")
        )
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About %1").replace("%1", desktop.APP_NAME),
            f"<h3>{desktop.APP_NAME} {desktop.__version__}</h3><p>"
            + QCoreApplication.translate(
                "MainWindow",
                "A player for guided movement routines: a looping demonstration clip, the steps, "
                "a timer that tells you when to hold, switch sides and rest, and a record of what you did.",
            )
            + "</p><p>"
            + QCoreApplication.translate("MainWindow", "Video: %1").replace("%1", backend)
            + "</p>",
        )

    @Slot()
    def show_settings(self) -> None:
        from desktop.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.session.cues, self, key_map=self.key_map)
        dialog.open()
        self.settings_dialog = dialog
