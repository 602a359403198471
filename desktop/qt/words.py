"""The window's words for domain values, translated: the GUI side of desktop/domain/describe.py.

The core hands the GUI values (a step's hold, reps, sets and sides; a phase's kind and side; a plan)
and this module turns them into translated text, with Qt's plural forms. describe.py keeps the
English wording for the command line and the printable sheet. Times stay m:ss (format_seconds),
which reads the same in every language Supple speaks; other numbers go through QLocale.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, QObject, QTime

from desktop.domain import Outcome, Side, Sides, Step
from desktop.domain.describe import format_seconds
from desktop.domain.ladder import Suggestion
from desktop.domain.reminders import EVERY_DAY, WEEKDAYS, Reminder
from desktop.domain.streaks import Streaks, StreakUnit
from desktop.engine.coaching import Said, sentence
from desktop.engine.plan import Phase, PhaseKind, Plan


def number(value: float) -> str:
    """`value` as the locale writes it: 2.5 is "2,5" in German."""
    return QLocale().toString(float(value), "g", 6)


class Words(QObject):
    """Translated phrases; a QObject so that lupdate and tr() agree on the context "Words"."""

    def phase_label(self, kind: PhaseKind, side: Side) -> str:
        """The short words the timer shows for a phase."""
        if kind is PhaseKind.PREPARE:
            return self.tr("Get ready")
        if kind is PhaseKind.SWITCH:
            return self.tr("Switch sides")
        if kind is PhaseKind.REST:
            return self.tr("Rest", "exercise: the timer phase, the pause between sets or steps")
        if side is Side.LEFT:
            return self.tr("Left", "timer phase: working the left side")
        if side is Side.RIGHT:
            return self.tr("Right", "timer phase: working the right side")
        return self.tr("Work", "timer phase: doing the exercise")

    def sides(self, sides: Sides) -> str:
        if sides is Sides.BOTH:
            return self.tr("left and right", "exercise: a step worked on each side")
        if sides is Sides.LEFT:
            return self.tr("left side", "exercise: a step worked on one side")
        if sides is Sides.RIGHT:
            return self.tr("right side", "exercise: a step worked on one side")
        return ""

    def side(self, side: Side) -> str:
        """The side a record of history was worked on ("" when the step has no sides)."""
        if side is Side.LEFT:
            return self.tr("left", "exercise: the side worked, in a session's list of steps")
        if side is Side.RIGHT:
            return self.tr("right", "exercise: the side worked, in a session's list of steps")
        return ""

    def outcome(self, outcome: Outcome) -> str:
        if outcome is Outcome.SKIPPED:
            return self.tr("skipped", "a step of a session the person skipped")
        return self.tr("done", "a step of a session the person finished")

    def level(self, level: int) -> str:
        return self.tr("level %1", "the progression level a session was done at").replace("%1", str(level))

    def hold_seconds(self, seconds: float) -> str:
        return self.tr("Hold %1 s", "exercise: hold the position for this many seconds").replace(
            "%1", number(seconds)
        )

    def reps(self, n: int) -> str:
        return self.tr("%n rep(s)", "exercise: repetitions", n)

    def sets(self, n: int) -> str:
        return self.tr("%n set(s)", "exercise: rounds of the work", n)

    def step_work(self, step: Step) -> str:
        """'Hold 30 s' or '8 reps', with '× 3 sets' when more than one."""
        work = self.hold_seconds(step.hold) if step.hold is not None else self.reps(step.reps or 0)
        if step.sets > 1:
            work += " × " + self.sets(step.sets)
        return work

    def step_summary(self, step: Step) -> str:
        parts = [self.step_work(step)]
        if side := self.sides(step.sides):
            parts.append(side)
        if step.rest:
            parts.append(
                self.tr("rest %1 s", "exercise: the pause after each set").replace("%1", number(step.rest))
            )
        return " · ".join(parts)

    def step_timing(self, step: Step, step_seconds: float) -> str:
        """What the idle timer's number means: 'Hold 0:20 per side · step 1:30'."""
        if step.hold is not None:
            work = self.tr("Hold %1", "exercise: hold the position for this time").replace(
                "%1", format_seconds(step.hold)
            )
        else:
            work = self.tr("%n rep(s) in %1", "exercise: repetitions in this time", step.reps or 0).replace(
                "%1", format_seconds(step.work_seconds)
            )
        if step.sides is Sides.BOTH:
            work += " " + self.tr("per side", "exercise: for each side of the body")
        if step.sets > 1:
            work += " · " + self.sets(step.sets)
        return (
            work
            + " · "
            + self.tr("step %1", "the whole step takes this time").replace("%1", format_seconds(step_seconds))
        )

    def work_progress(self, rep: int | None, reps: int | None, set_index: int, sets: int) -> str:
        """'rep 3 of 5 · set 1 of 2', leaving out what does not apply."""
        parts = []
        if rep is not None and reps:
            parts.append(
                self.tr("rep %1 of %2", "exercise: repetition counter")
                .replace("%1", str(rep))
                .replace("%2", str(reps))
            )
        if sets > 1:
            parts.append(
                self.tr("set %1 of %2", "exercise: set counter")
                .replace("%1", str(set_index))
                .replace("%2", str(sets))
            )
        return " · ".join(parts)

    def session_outcome(self, done_steps: int, total_steps: int, *, ended_early: bool) -> tuple[str, str]:
        """The headline and the count for the end of a session."""
        headline = self.tr("Session ended") if ended_early else self.tr("Session complete")
        count = self.tr("%1 of %n step(s) done", "", total_steps).replace("%1", str(done_steps))
        return headline, count

    def up_next(self, plan: Plan | None, phase: Phase | None) -> str:
        """What comes after `phase`, in words to follow "Next:" (before the start: the first step)."""
        if plan is None or not plan.phases:
            return ""
        if phase is None:
            return plan.phases[0].step.title
        return self.after(phase, plan.next_phase(phase))

    def after(self, phase: Phase, nxt: Phase | None) -> str:
        """`up_next` of `phase`, whose next phase is `nxt` (None: the session ends)."""
        if nxt is None:
            return self.tr("finish", "the session ends next")
        if nxt.step_index != phase.step_index:
            return nxt.step.title
        side = {
            Side.LEFT: self.tr("left side", "exercise: a step worked on one side"),
            Side.RIGHT: self.tr("right side", "exercise: a step worked on one side"),
        }.get(nxt.side, "")
        if nxt.kind is PhaseKind.REST:
            return self.tr("rest %1 s", "exercise: the pause after each set").replace(
                "%1", number(nxt.duration)
            )
        if nxt.kind is PhaseKind.SWITCH:
            return self.tr("switch to the %1", "switch sides; %1 is left side or right side").replace(
                "%1", side
            )
        if nxt.set_index != phase.set_index:
            text = self.tr("set %1 of %2", "exercise: set counter")
            text = text.replace("%1", str(nxt.set_index)).replace("%2", str(nxt.step.sets))
            return text + (f", {side}" if side else "")
        return side or self.tr("work", "the exercise itself, next in the session")

    # ----- the coaching voice (desktop/engine/coaching.py hands over a `Said`; the words are here)
    def said(self, said: Said) -> str:
        """What the coaching voice says for `said`, in the interface's language."""
        match said.kind:
            case "step":
                return self._said_step(said)
            case "switch":
                return self.tr("Switch sides.", "exercise: spoken when the other side starts")
            case "rest":
                after = self.after(said.phase, said.next) if said.phase is not None else ""
                return self.tr(
                    "Rest. Next: %1.", "exercise: spoken when a rest starts; %1: what comes next"
                ).replace("%1", after or self.tr("finish", "the session ends next"))
            case "count":
                return {
                    3: self.tr("Three", "spoken countdown"),
                    2: self.tr("Two", "spoken countdown"),
                    1: self.tr("One", "spoken countdown"),
                }.get(said.n, str(said.n))
            case "halfway":
                return self.tr("Halfway", "spoken half way through a long hold")
            case "rep":
                return str(said.n)
        headline, count = self.session_outcome(said.done, said.total, ended_early=said.ended_early)
        text = (
            self.tr("%1: %2, %3 of work.", "spoken summary: the headline, the steps done, the time worked")
            .replace("%1", headline)
            .replace("%2", count)
            .replace("%3", self.spoken_duration(said.seconds))
        )
        return (
            text if said.ended_early else self.tr("Well done.", "spoken at the end of a session") + " " + text
        )

    def _said_step(self, said: Said) -> str:
        if said.spoken_title:
            side = {
                Side.LEFT: self.tr("Left side.", "exercise: spoken after a step's own line"),
                Side.RIGHT: self.tr("Right side.", "exercise: spoken after a step's own line"),
            }.get(said.side, "")
            text = sentence(said.title) + (" " + side if side else "")
        else:
            named = {
                Side.LEFT: self.tr("%1, left side", "exercise: spoken; %1 is the step's name"),
                Side.RIGHT: self.tr("%1, right side", "exercise: spoken; %1 is the step's name"),
            }.get(said.side, "%1")
            text = sentence(named.replace("%1", said.title))
        return text + (" " + sentence(said.cue) if said.cue else "")

    def spoken_duration(self, seconds: float) -> str:
        """'45 seconds', '1 minute', '1 hour 5 minutes': a length of time said aloud."""
        whole = round(seconds)
        if whole < 60:
            return self.tr("%n second(s)", "spoken length of time", whole)
        hours, minutes = divmod(round(seconds / 60), 60)
        parts = [self.tr("%n hour(s)", "spoken length of time", hours)] if hours else []
        if minutes or not hours:
            parts.append(self.tr("%n minute(s)", "spoken length of time", minutes))
        return " ".join(parts)

    def seconds_of_work(self, seconds: float) -> str:
        return self.tr("%1 of work", "time spent exercising").replace("%1", format_seconds(seconds))

    def unsaved_records(self, n: int) -> str:
        """A record is one side of one set of a step, as each failure's own message names it."""
        return self.tr("%n step record(s) not saved to history.", "", n)

    def missing_items(self, n: int) -> str:
        return self.tr("%n item(s) of this playlist are missing and skipped.", "", n)

    def streak_target(self, days: int) -> str:
        """A streak target of Preferences and the History: 0 is every day."""
        return self.tr("%n day(s) a week", "", days) if days else self.tr("Every day")

    def steps(self, n: int) -> str:
        return self.tr("%n step(s)", "", n)

    def items(self, n: int) -> str:
        return self.tr("%n item(s)", "playlist items", n)

    def items_edited(self, verb: str, n: int) -> str:
        """The undo text of an edit of `n` playlist items; `verb` is "add", "remove", "duplicate" or "move"."""
        if verb == "remove":
            return self.tr("Remove %n item(s)", "", n)
        if verb == "add":
            return self.tr("Add %n item(s)", "", n)
        if verb == "duplicate":
            return self.tr("Duplicate %n item(s)", "", n)
        return self.tr("Move %n item(s)", "", n)

    def unplayable_items(self, n: int) -> str:
        return self.tr("%n item(s) cannot be played (⚠)", "", n)

    def outside_files(self, name: str, n: int) -> str:
        return self.tr("%1 uses %n file(s) from outside its folder", "", n).replace("%1", name)

    def sheet_saved(self, title: str, pages: int, path: str) -> str:
        return (
            self.tr("Saved the sheet of %1 (%n page(s)) to %2.", "", pages)
            .replace("%1", title)
            .replace("%2", path)
        )

    def sheet_printed(self, title: str, pages: int) -> str:
        return self.tr("Sent %n page(s) of %1 to the printer.", "", pages).replace("%1", title)

    def steps_without_clip(self, n: int, title: str) -> str:
        return self.tr(
            "%n step(s) of %1 cannot show a clip (marked ⚠); the rest plays as usual.", "", n
        ).replace("%1", title)

    def more_problems(self, n: int) -> str:
        return self.tr("(and %n more, marked beside their fields)", "", n)

    def streak(self, streaks: Streaks) -> str:
        """The streak in words, for the history view and the session summary."""
        if streaks.unit is StreakUnit.DAY:
            return (
                self.tr("%n day(s) in a row", "", streaks.current)
                + " "
                + self.tr("(longest %n day(s))", "", streaks.longest)
            )
        return (
            self.tr("%n week(s) in a row", "", streaks.current)
            + " "
            + self.tr("with %n day(s) practised", "", streaks.days_per_week)
            + " "
            + self.tr("(longest %n week(s))", "", streaks.longest)
        )

    def suggestion(self, suggestion: Suggestion) -> str:
        """Why the summary suggests another level."""
        if suggestion.kind == "down" and suggestion.pain is not None:
            return (
                self.tr("Pain was %1 of 10: easing back to level %2 may help.")
                .replace("%1", str(suggestion.pain))
                .replace("%2", str(suggestion.to_level))
            )
        if suggestion.kind == "up" and suggestion.sessions:
            return (
                self.tr(
                    "%n session(s) at level %1 with little pain and moderate effort: ready for level %2?",
                    "",
                    suggestion.sessions,
                )
                .replace("%1", str(suggestion.from_level))
                .replace("%2", str(suggestion.to_level))
            )
        return suggestion.reason

    @staticmethod
    def day_name(day: int) -> str:
        """The short name of `day` (0 is Monday) in the locale's words."""
        return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)

    def days(self, days: Iterable[int]) -> str:
        """'Every day', 'Weekdays', 'Weekends', or 'Mon, Wed, Fri'."""
        chosen = frozenset(days)
        if chosen == EVERY_DAY:
            return self.tr("Every day", "reminder days")
        if chosen == WEEKDAYS:
            return self.tr("Weekdays", "reminder days")
        if chosen == frozenset({5, 6}):
            return self.tr("Weekends", "reminder days")
        return ", ".join(self.day_name(d) for d in sorted(chosen))

    def reminder_when(self, reminder: Reminder) -> str:
        """'Weekdays at 07:30'."""
        at = QLocale().toString(QTime(reminder.at.hour, reminder.at.minute), "HH:mm")
        return (
            self.tr("%1 at %2", "reminder days at a time")
            .replace("%1", self.days(reminder.days))
            .replace("%2", at)
        )

    def planned(self, missed: Iterable[Reminder]) -> str:
        """'You planned Scorpion Stretch today.', '... A and B today.', '... A, B and C today.'"""
        names = list(dict.fromkeys(r.name for r in missed))
        if not names:
            return ""
        listed = names[0]
        if len(names) > 1:
            listed = (
                self.tr("%1 and %2", "a list's last two")
                .replace("%1", ", ".join(names[:-1]))
                .replace("%2", names[-1])
            )
        return self.tr("You planned %1 today.").replace("%1", listed)


#: The one instance the window uses.
WORDS = Words()
