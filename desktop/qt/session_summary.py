"""The summary over the video when a session ends: what was done, the streak, a level suggestion,
and how it felt (pain 0-10 on the numeric rating scale, effort on the Borg CR10 scale, a note).

It is a widget on the video pane (in the window and in full screen alike), not a dialog: the
session's last frame stays behind it. Save writes the answers through a serial Task; Skip, or Esc
while it has the focus, dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ladder import Suggestion
from desktop.qt.words import WORDS

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow

#: The numeric rating scale's words for pain.
PAIN_WORDS = {
    0: str(QT_TRANSLATE_NOOP("SessionSummary", "No pain")),
    1: str(QT_TRANSLATE_NOOP("SessionSummary", "Mild")),
    4: str(QT_TRANSLATE_NOOP("SessionSummary", "Moderate")),
    7: str(QT_TRANSLATE_NOOP("SessionSummary", "Severe")),
    10: str(QT_TRANSLATE_NOOP("SessionSummary", "Worst pain imaginable")),
}
#: The Borg CR10 scale's anchor words (6, 8 and 9 have none).
EFFORT_WORDS = {
    0: str(QT_TRANSLATE_NOOP("SessionSummary", "Nothing at all")),
    1: str(QT_TRANSLATE_NOOP("SessionSummary", "Very weak")),
    2: str(QT_TRANSLATE_NOOP("SessionSummary", "Weak (light)")),
    3: str(QT_TRANSLATE_NOOP("SessionSummary", "Moderate")),
    4: str(QT_TRANSLATE_NOOP("SessionSummary", "Somewhat strong")),
    5: str(QT_TRANSLATE_NOOP("SessionSummary", "Strong (heavy)")),
    7: str(QT_TRANSLATE_NOOP("SessionSummary", "Very strong")),
    10: str(QT_TRANSLATE_NOOP("SessionSummary", "Extremely strong (maximal)")),
}
NOT_SAID = str(QT_TRANSLATE_NOOP("SessionSummary", "Not said"))
_MARGIN = 12
_OWN_KEYS = frozenset(
    {
        Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Up,
        Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SummaryFacts:
    headline: str
    time: str
    done: int
    skipped: int
    streak: str


def _pain_label(value: int) -> str:
    word = next(PAIN_WORDS[k] for k in sorted(PAIN_WORDS, reverse=True) if k <= value)
    return f"{value} – {QCoreApplication.translate('SessionSummary', word)}"


def _effort_label(value: int) -> str:
    word = EFFORT_WORDS.get(value)
    return f"{value} – {QCoreApplication.translate('SessionSummary', word)}" if word else str(value)


class SessionSummary(QFrame):
    """Signals:
    saved(object, object, str): pain and effort (int, or None when not said) and the note.
    skipped(): dismissed without saving.
    suggestionAnswered(object, bool): the suggestion shown, and whether it was accepted.
    """

    saved = Signal(object, object, str)
    skipped = Signal()
    suggestionAnswered = Signal(object, bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSummary")
        self.setAccessibleName(self.tr("Session summary"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._suggestion: Suggestion | None = None

        self.headline = QLabel(self)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.streak = QLabel(self)

        self.suggestion_row = QWidget(self)
        self.suggestion_text = QLabel(self.suggestion_row)
        self.suggestion_text.setWordWrap(True)
        self.accept_button = QPushButton(self.suggestion_row)
        self.dismiss_button = QPushButton(self.tr("Not now"), self.suggestion_row)
        self.dismiss_button.setAccessibleName(self.tr("Not now: keep my level"))
        row = QVBoxLayout(self.suggestion_row)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.suggestion_text)
        choice = QHBoxLayout()
        choice.addStretch(1)
        choice.addWidget(self.dismiss_button)
        choice.addWidget(self.accept_button)
        row.addLayout(choice)
        self.accept_button.clicked.connect(lambda: self._answer(True))
        self.dismiss_button.clicked.connect(lambda: self._answer(False))

        self.answers = QWidget(self)
        self.pain = QComboBox(self.answers)
        self.pain.setAccessibleName(self.tr("Pain during the session, 0 to 10"))
        self.pain.setToolTip(self.tr("Numeric rating scale: 0 is no pain, 10 the worst pain imaginable"))
        self.effort = QComboBox(self.answers)
        self.effort.setAccessibleName(self.tr("Effort, Borg CR10 scale, 0 to 10"))
        self.effort.setToolTip(
            self.tr("Borg CR10: 0 nothing at all, 3 moderate, 5 strong, 10 extremely strong")
        )
        for box, label in ((self.pain, _pain_label), (self.effort, _effort_label)):
            box.addItem(self.tr(NOT_SAID), None)
            for value in range(11):
                box.addItem(label(value), value)
        self.note = QPlainTextEdit(self.answers)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything to remember about this session (optional)"))
        self.note.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(lines * 2 + 12)
        self.note.setMaximumHeight(lines * 5 + 12)
        form = QFormLayout(self.answers)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Pain (0–10):"), self.pain)
        form.addRow(self.tr("&Effort (CR10):"), self.effort)
        form.addRow(self.tr("N&ote:"), self.note)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save how the session felt"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("S&kip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip: close the summary without saving"))
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.headline)
        layout.addWidget(self.facts)
        layout.addWidget(self.streak)
        layout.addWidget(self.suggestion_row)
        layout.addWidget(self.answers)
        layout.addLayout(buttons)
        for first, second in (
            (self.dismiss_button, self.accept_button),
            (self.accept_button, self.pain),
            (self.pain, self.effort),
            (self.effort, self.note),
            (self.note, self.skip_button),
            (self.skip_button, self.save_button),
        ):
            QWidget.setTabOrder(first, second)
        parent.installEventFilter(self)
        self.hide()

    # ----- showing it
    def present(self, facts: SummaryFacts, suggestion: Suggestion | None) -> None:
        """Show the summary for a session that just ended, with empty answers."""
        self.headline.setText(facts.headline)
        text = self.tr("%1 · %n step(s) done", "", facts.done).replace("%1", facts.time)
        if facts.skipped:
            text += ", " + self.tr("%n skipped", "steps skipped", facts.skipped)
        self.facts.setText(text)
        self.streak.setText(facts.streak)
        self.streak.setVisible(bool(facts.streak))
        self.pain.setCurrentIndex(0)
        self.effort.setCurrentIndex(0)
        self.note.setPlainText("")
        self.answers.show()
        self.save_button.show()
        self.skip_button.setText(self.tr("S&kip"))
        self.show_suggestion(suggestion)
        self._place()
        self.show()
        self.raise_()
        self.pain.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        self._suggestion = suggestion
        self.suggestion_row.setVisible(suggestion is not None)
        if suggestion is not None:
            self.suggestion_text.setText(WORDS.suggestion(suggestion))
            text = (
                self.tr("Move up to level %1")
                if suggestion.kind == "up"
                else self.tr("Ease back to level %1")
            )
            text = text.replace("%1", str(suggestion.to_level))
            self.accept_button.setText(text)
            self.accept_button.setAccessibleName(text)
        self._place()

    def ask_only(self, suggestion: Suggestion) -> None:
        """After the answers are saved: only the suggestion (they made it) is left to answer."""
        self.answers.hide()
        self.save_button.hide()
        self.skip_button.setText(self.tr("&Close"))
        self.show_suggestion(suggestion)
        self.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def answers_given(self) -> tuple[int | None, int | None, str]:
        return self.pain.currentData(), self.effort.currentData(), self.note.toPlainText()

    @property
    def suggestion(self) -> Suggestion | None:
        return self._suggestion

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.skipped.emit()

    # ----- inside
    def _save(self) -> None:
        pain, effort, note = self.answers_given()
        self.saved.emit(pain, effort, note)

    def _answer(self, accepted: bool) -> None:
        suggestion = self._suggestion
        if suggestion is not None:
            self.show_suggestion(None)
            self.suggestionAnswered.emit(suggestion, accepted)
            if not self.answers.isVisible():
                self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        readable = self.fontMetrics().averageCharWidth() * 100  # a wide screen gets no wider lines
        width = min(parent.width() - 2 * _MARGIN, max(420, min(parent.width() // 2, readable)))
        self.setFixedWidth(max(200, width))
        layout = self.layout()
        hint = layout.sizeHint().height() if layout is not None else 0
        height = min(hint, parent.height() - 2 * _MARGIN)
        self.resize(self.width(), max(80, height))
        self.move((parent.width() - self.width()) // 2, max(0, (parent.height() - self.height()) // 2))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._cover(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._cover(False)

    def _cover(self, covered: bool) -> None:
        from desktop.qt.video_pane import VideoPane

        pane = self.parentWidget()
        if isinstance(pane, VideoPane):
            pane.cover_end_card(covered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def event(self, event: QEvent) -> bool:
        # While it has the focus, Esc and the keys its fields and buttons use belong to it, not to
        # the window's shortcuts (Space would pause, Esc leave full screen, arrows seek).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            if plain and event.key() in _OWN_KEYS:
                event.accept()
                return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # not the picture's: a double-click here must not toggle full screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)


class SummaryControl(QObject):
    """Puts a session's summary over the video and saves its answers into history."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.widget = SessionSummary(window.ui.videoPane)
        self._session_id: str | None = None
        self._routine_id: str | None = None
        self.widget.saved.connect(self._save)
        self.widget.suggestionAnswered.connect(self._answer)

    def present(self, headline: str, time: str, done: int, skipped: int, session_id: str | None) -> None:
        """Show the summary of the session that just ended, when its history is being saved (else
        the end card on the picture says what was done, as the answers could not be kept)."""
        window = self._window
        store = window.store
        if store is None or store.read_only or session_id is None:
            return
        self._session_id = session_id
        self._routine_id = window.routine.id if window.routine is not None else None
        facts = SummaryFacts(headline, time, done, skipped, self._streak_line())
        self.widget.present(facts, window.ladder.suggestion())

    def _streak_line(self) -> str:
        """The streak as the History counts it (daily or weekly target), today included: a
        session has just ended, though its row may still be on its way to the store."""
        from datetime import datetime

        from desktop.domain.streaks import streaks
        from desktop.qt.settings import OPTIONS

        store = self._window.store
        if store is None:
            return ""
        today = datetime.now().astimezone().date()
        days = store.history_queries.practised_days() | {today}
        return WORDS.streak(streaks(days, today, self._window.settings.get(OPTIONS.history_days_a_week)))

    def _save(self, pain: int | None, effort: int | None, note: str) -> None:
        from desktop.qt.tasks import Task

        store, session_id = self._window.store, self._session_id
        if store is None or session_id is None:
            return
        history = store.history

        def write(_ctx: object) -> None:
            # The session's own row is written by the history writer's thread: wait for it.
            self._window.session.flush(5.0)
            history.set_feeling(session_id, pain=pain, effort=effort, note=note)

        Task(self, write, name="feeling", serial=True).on_success(lambda _r: self._saved()).start()

    def _saved(self) -> None:
        self._window.statusBar().showMessage(self.tr("Saved how the session felt to your history."), 8000)
        self._window.history_session_ended()  # an open History shows the answers
        suggestion = self._window.ladder.suggestion()
        if suggestion is not None and self.widget.isVisible():
            self.widget.ask_only(suggestion)
        else:
            self.widget.hide()

    def _answer(self, suggestion: Suggestion, accepted: bool) -> None:
        ladder = self._window.ladder
        if accepted:
            ladder.accept(suggestion)
            self._window.statusBar().showMessage(
                self.tr("Your level is now %1.").replace("%1", str(suggestion.to_level)), 8000
            )
        else:
            ladder.dismiss(suggestion)
