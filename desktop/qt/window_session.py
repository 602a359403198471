"""The main window's side of a session: starting it (with Preferences' defaults and the favourites
filter), showing its phases in the timer, the video pane and the step list, and its end."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, Slot

from desktop.domain import SessionRecord, Step
from desktop.domain.describe import format_seconds
from desktop.domain.ladder import in_session, rows_at_level
from desktop.engine import Phase, PhaseKind, SessionState, StepStatus
from desktop.engine.plan import PlanItem
from desktop.media.base import PlaybackState
from desktop.qt.settings import SessionDefaults, session_defaults
from desktop.qt.window_base import WindowBase
from desktop.qt.words import WORDS

log = logging.getLogger(__name__)


def _unstated(name: str, played: Step, own: Step, stated: dict[str, frozenset[str]] | None) -> bool:
    """Whether the step's routine file (`stated`, None without one) leaves `name` to the player's
    default, and the playlist item (`played` against the routine's `own` step) leaves it too."""
    from desktop.domain import DEFAULT_PREPARE, DEFAULT_REST

    if getattr(played, name) != getattr(own, name):
        return False
    if stated is None:  # made without a file: a value other than the built-in one was chosen
        return bool(getattr(own, name) == {"prepare": DEFAULT_PREPARE, "rest": DEFAULT_REST}[name])
    return name not in stated.get(own.id, frozenset())


class SessionMixin(WindowBase):
    """Sessions; part of MainWindow (desktop/qt/main_window.py)."""

    # ----- the session
    def _favourite_rows(self) -> list[int] | None:
        """The rows a session plays with "Favourite steps only" on; None when it plays them all."""
        if self.routine is None or not self.ui.favouritesOnly.isChecked() or not self._favourites_available():
            return None
        return [row for row in range(len(self.routine.steps)) if self.ui.stepList.is_favourite(row)]

    def _session_row(self) -> int:
        phase = self.session.phase
        return -1 if phase is None else self._list_row(phase.step_index)

    def _with_defaults(self, items: list[PlanItem], defaults: SessionDefaults) -> list[PlanItem]:
        """The plan items with Preferences' get-ready and rest times where the step's routine file
        does not say (and a playlist item does not change them)."""
        from desktop.content.routine import stated_step_fields

        stated: dict[str, dict[str, frozenset[str]] | None] = {}
        out = []
        for item in items:
            routine = self.routine if self.routine and item.routine_id == self.routine.id else None
            routine = routine or self.library.catalog(item.routine_id)
            if routine is None:
                out.append(item)
                continue
            if routine.id not in stated:
                stated[routine.id] = stated_step_fields(routine)
            fields = stated[routine.id]
            own = next((s for s in routine.steps if s.id == item.step.id), item.step)

            step = item.step
            if _unstated("prepare", item.step, own, fields):
                step = dataclasses.replace(step, prepare=defaults.prepare)
            if _unstated("rest", item.step, own, fields):
                step = dataclasses.replace(step, rest=defaults.rest)
            out.append(dataclasses.replace(item, step=step))
        return out

    def _list_row(self, index: int) -> int:
        """The list row of the session's step `index`."""
        rows = self._session_rows
        return index if rows is None else rows[index] if 0 <= index < len(rows) else -1

    def start_session(self, from_step: int = 0) -> None:
        """Start at list row `from_step`: a playlist with its own items, and with "Favourite steps
        only" on, only the starred steps (from the first at or after `from_step`)."""
        if self.routine is None:
            return
        from desktop.engine import PlanItem, build_plan

        rows = self._favourite_rows()
        level = self.ladder.level if self._plan_items is None else None
        if level is not None:
            at_level = rows_at_level(self.routine.steps, level)
            rows = [r for r in (at_level if rows is None else rows) if r in at_level]
            rows = None if rows == list(range(len(self.routine.steps))) else rows
        if rows is not None and not rows:
            if level is None:
                text = QCoreApplication.translate(
                    "MainWindow",
                    "No step is starred: star steps with Ctrl+D, or turn off Favourite steps only.",
                )
            else:
                text = QCoreApplication.translate(
                    "MainWindow",
                    "No step at or below your level (%1) is starred: star steps with Ctrl+D, "
                    "or turn off Favourite steps only.",
                ).replace("%1", str(level))
            self.statusBar().showMessage(text, 10000)
            return
        items = self._plan_items or [PlanItem(self.routine.id, step) for step in self.routine.steps]
        defaults = session_defaults(self.settings)
        items = self._with_defaults(items, defaults)
        start = from_step
        if rows is not None:
            items = [items[row] for row in rows]
            start = next((i for i, row in enumerate(rows) if row >= from_step), 0)
        above = (
            self.routine.steps[from_step]
            if level is not None and 0 <= from_step < len(self.routine.steps)
            else None
        )
        if above is not None and not in_session(above, level):
            self.statusBar().showMessage(self._above_level(above.title, level), 10000)
        self._session_rows = rows
        self._start_over = False
        self.summary.widget.hide()
        self.ui.stepList.reset_statuses()
        self._playing = None
        plan = build_plan(
            items, switch_seconds=defaults.switch, countdown_before_rest=defaults.countdown_before_rest
        )
        self.session.start(self.routine, start, plan=plan, level=level)
        if above is not None and not in_session(above, level):
            self.statusBar().showMessage(self._above_level(above.title, level), 10000)
        self._update_session_controls()

    @staticmethod
    def _above_level(title: str, level: int | None) -> str:
        return (
            QCoreApplication.translate(
                "MainWindow", "%1 is above your level (%2): today's session works up to level %2."
            )
            .replace("%1", title)
            .replace("%2", str(level))
        )

    @Slot()
    def toggle_session(self) -> None:
        if self.session.active:
            self.end_session()
        else:
            self.start_session(0 if self._start_over else max(0, self.current_row))

    @Slot()
    def end_session(self) -> None:
        if self.session.active:
            self._ending = True
            try:
                self.session.stop()
            finally:
                self._ending = False
        self._update_session_controls()

    def _session_paused(self) -> bool:
        return self.session.paused

    @Slot(object)
    def _on_phase(self, phase: Phase) -> None:
        if self.routine is None:
            return
        self.current_row = self._list_row(phase.step_index)
        self._show_timeline(False)
        clip = self.routine.clip_for(phase.step)
        self._play(clip, phase.segment, mirrored=phase.mirrored, title=phase.step.title)
        self._update_timer()

    @Slot()
    def _update_timer(self) -> None:
        view = self.session.view()
        if view is None:
            return
        phase = view.phase
        if phase is None:
            return
        progress = WORDS.work_progress(view.rep, phase.reps, phase.set_index, phase.step.sets)
        words = WORDS.phase_label(phase.kind, phase.side)
        if phase.kind is PhaseKind.WORK:
            label = f"{phase.step.title} · {words}"
        elif phase.kind is PhaseKind.PREPARE:
            label = f"{words}: {phase.step.title}"
        else:
            label = words
        up_next = WORDS.up_next(self.session.plan, phase)
        cue = view.cue_line or ""
        if phase.kind is PhaseKind.PREPARE and phase.index == 0 and self.routine and self.routine.setup:
            cue = self.routine.setup  # before the first step: how to set up
        self.ui.timerPanel.show_phase(
            label=label,
            kind=phase.kind.value,
            remaining=view.remaining,
            fraction_left=1.0 - view.progress,
            cue=cue,
            next_text=up_next,
            rep_text=progress,
            total_remaining=view.total_remaining,
        )
        if self.ui.actionFullScreen.isChecked():
            title = phase.step.title + (f" · {progress}" if progress else "")
            big = f"{words}  {format_seconds(view.remaining)}"
            small = view.cue_line or (
                QCoreApplication.translate("MainWindow", "Next: %1").replace("%1", up_next) if up_next else ""
            )
            self.ui.videoPane.set_overlay(big, small, title)

    @Slot(object)
    def _on_session_state(self, state: SessionState) -> None:
        if self.backend is not None:
            if state is SessionState.PAUSED:
                self.backend.pause()
            elif state is SessionState.RUNNING and self.backend.state == PlaybackState.PAUSED:
                self.backend.play()
        self.ui.videoPane.set_paused(state is SessionState.PAUSED)
        if not self.session.active:
            self._show_timeline(self.loop_marks.path is not None)
        self._update_session_controls()
        self._update_play_icon(self.backend.state.value if self.backend else "stopped")

    @Slot(object)
    def _on_session_finished(self, records: tuple[SessionRecord, ...]) -> None:
        self._start_over = True
        statuses = self.session.step_statuses
        ended_early = self._ending or StepStatus.PENDING in statuses
        headline, count = WORDS.session_outcome(
            sum(1 for s in statuses if s is StepStatus.DONE), len(statuses), ended_early=ended_early
        )
        worked = WORDS.seconds_of_work(sum(r.actual_seconds for r in records))
        self.ui.timerPanel.show_idle(headline, "–" if ended_early else "✓", count, worked)
        self.ui.videoPane.set_overlay("", "")
        # The end shows over the picture too (in full screen it is all there is); the clip stops.
        self.ui.videoPane.set_end_card(headline, (count, worked))
        if self.backend is not None:
            self.backend.pause()
        statuses_done = sum(1 for s in statuses if s is StepStatus.DONE)
        skipped = sum(1 for s in statuses if s is StepStatus.SKIPPED)
        self.summary.present(
            headline, format_seconds(self.session.duration), statuses_done, skipped, self.session.session_id
        )
        saved = (
            " " + QCoreApplication.translate("MainWindow", "What you did is saved in your history.")
            if ended_early and self.store is not None
            else ""
        )
        self._session_summary = f"{headline}: {count}."
        unsaved = self._unsaved_note()
        self.statusBar().showMessage(self._session_summary + (unsaved or saved), 15000)
        self._update_session_controls()

    def _unsaved_note(self) -> str:
        unsaved = self.session.unsaved_steps()
        if not unsaved:
            return ""
        # A record is one side of one set of a step, as each failure's own message names it.
        return " " + WORDS.unsaved_records(unsaved)

    @Slot(str)
    def _on_history_failed(self, message: str) -> None:
        """A history write failed: say so at once (the session goes on); after the session's end,
        its summary with the count (the last writes may fail after it was shown)."""
        ended = not self.session.active and self._session_summary
        self.statusBar().showMessage((ended or message) + self._unsaved_note(), 60000)

    def _update_session_controls(self) -> None:
        active = self.session.active
        favourites = not active and self._favourite_rows() is not None
        self.ui.sessionButton.setText(
            QCoreApplication.translate("MainWindow", "End session")
            if active
            else QCoreApplication.translate("MainWindow", "Start (favourites)")
            if favourites
            else QCoreApplication.translate("MainWindow", "Start session")
        )
        self.ui.actionStartSession.setText(
            QCoreApplication.translate("MainWindow", "&End Session")
            if active
            else QCoreApplication.translate("MainWindow", "&Start Session")
        )
        self.ui.actionEndSession.setEnabled(active)
        self.ui.actionRestartStep.setEnabled(active)
        self.ui.actionAddTime.setEnabled(active)
        self.ui.sessionButton.setEnabled(self.routine is not None)
        if not active:
            self.ui.videoPane.set_overlay("", "")
            self.ui.videoPane.set_paused(False)
