"""The summary over the video when a session ends: facts, the streak line, how it felt, Skip and Esc.

The real window and store; the engine's FakeClock stands in for time, the fake backend for video.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain import Clip, Routine, Sides, Step
from desktop.domain.describe import format_seconds
from desktop.engine import FakeClock
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.store import Store
from tests.fake_media import FAKE_CLIP

#: Any length, any script: emoji (with a joiner), right-to-left Arabic and Hebrew, line breaks.
LONG_NOTE = ("Hips 🧘\u200d♀️ felt loose. الورك أفضل اليوم. ירך שמאל\n" * 400)[:10_000]


@pytest.fixture
def store(window_store: Store) -> Store:
    return window_store


def routine(tmp_path: Path) -> Routine:
    clip = tmp_path / "demo.mp4"
    clip.write_bytes(FAKE_CLIP)
    steps = (
        Step(id="a", title="Reach", clip="c", hold=5, sides=Sides.BOTH, prepare=2),
        Step(id="b", title="Twist", clip="c", hold=4, prepare=0),
    )
    return Routine(id="demo", title="Demo", steps=steps, clips={"c": Clip("c", clip)})


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    for _ in range(1000):
        if not window.session.active:
            return
        clock.advance(0.5)
        window.session.tick_now()
    raise AssertionError("the session did not end")


def finish(window: MainWindow, clock: FakeClock, tmp_path: Path) -> str:
    window.set_routine(routine(tmp_path))
    window.start_session()
    run_to_end(window, clock)
    session_id = window.session.session_id
    assert session_id is not None
    return session_id


def test_a_finished_session_shows_its_summary_over_the_video(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    finish(window, clock, tmp_path)
    summary = window.summary.widget

    assert summary.isVisible()
    assert summary.parentWidget() is window.ui.videoPane and not summary.isWindow()
    assert summary.headline.text() == "Session complete"
    plan = window.session.plan
    assert plan is not None
    assert summary.facts.text() == f"{format_seconds(plan.total_seconds)} · 2 steps done"
    assert summary.streak.text() == "1 day in a row (longest 1 day)"
    assert summary.pain.currentText() == "Not said" and summary.effort.currentText() == "Not said"
    assert not summary.suggestion_row.isVisible()
    assert window.ui.videoPane.geometry().contains(summary.geometry().translated(window.ui.videoPane.pos()))


def test_a_session_ended_early_counts_what_was_skipped(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    window.set_routine(routine(tmp_path))
    window.start_session()
    clock.advance(3)
    window.session.tick_now()
    window.end_session()
    summary = window.summary.widget

    assert summary.isVisible()
    assert summary.headline.text() == "Session ended"
    assert summary.facts.text() == "0:03 · 0 steps done, 1 skipped"


def test_save_keeps_pain_effort_and_a_note_of_any_length_and_script_exactly(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    session_id = finish(window, clock, tmp_path)
    summary = window.summary.widget
    summary.pain.setCurrentIndex(summary.pain.findData(3))
    summary.effort.setCurrentIndex(summary.effort.findData(5))
    summary.note.setPlainText(LONG_NOTE)

    summary.save_button.click()

    qtbot.waitUntil(lambda: not summary.isVisible())
    saved = store.history.session(session_id)
    assert saved is not None
    assert (saved.pain, saved.effort) == (3, 5)
    assert saved.note == LONG_NOTE and len(saved.note) == 10_000


def test_the_scales_use_their_anchor_words() -> None:
    from desktop.qt.session_summary import _effort_label, _pain_label

    assert [_pain_label(v) for v in (0, 2, 5, 8, 10)] == [
        "0 – No pain", "2 – Mild", "5 – Moderate", "8 – Severe", "10 – Worst pain imaginable",
    ]  # fmt: skip
    assert [_effort_label(v) for v in (0, 3, 5, 6, 10)] == [
        "0 – Nothing at all", "3 – Moderate", "5 – Strong (heavy)", "6", "10 – Extremely strong (maximal)",
    ]  # fmt: skip


def test_skip_closes_it_and_saves_nothing(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    session_id = finish(window, clock, tmp_path)
    summary = window.summary.widget
    summary.pain.setCurrentIndex(summary.pain.findData(4))

    summary.skip_button.click()

    assert not summary.isVisible()
    window.session.flush(10)
    saved = store.history.session(session_id)
    assert saved is not None and (saved.pain, saved.effort, saved.note) == (None, None, None)
    assert window.ui.videoPane.end_card is not None  # the end card shows again


@pytest.mark.parametrize("full_screen", [False, True])
def test_esc_while_it_has_the_focus_dismisses_it_and_stays_in_full_screen(
    qtbot,
    window: MainWindow,
    fake: FakeBackend,
    clock: FakeClock,
    store: Store,
    tmp_path: Path,
    full_screen: bool,
) -> None:
    window.set_routine(routine(tmp_path))
    window.start_session()
    if full_screen:
        qtbot.keyClick(window, Qt.Key.Key_F)
    run_to_end(window, clock)
    summary = window.summary.widget
    assert summary.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is summary.pain)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert not summary.isVisible()
    assert window.isFullScreen() is full_screen
    if full_screen:
        qtbot.keyClick(window.ui.videoPane, Qt.Key.Key_Escape)  # then Esc leaves full screen as before
        assert not window.isFullScreen()


def test_it_is_usable_from_the_keyboard(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    session_id = finish(window, clock, tmp_path)
    summary = window.summary.widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is summary.pain)
    order = [summary.pain]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())

    assert order == [summary.pain, summary.effort, summary.note, summary.skip_button, summary.save_button]
    for widget in summary.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert widget.accessibleName(), widget
    summary.pain.setFocus()
    qtbot.keyClick(summary.pain, Qt.Key.Key_Down)  # 0
    qtbot.keyClick(summary.pain, Qt.Key.Key_Down)  # 1
    qtbot.keyClick(summary.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not summary.isVisible())
    saved = store.history.session(session_id)
    assert saved is not None and saved.pain == 1


def test_without_history_there_is_no_summary_and_the_end_card_tells_it(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, tmp_path: Path
) -> None:
    finish(window, clock, tmp_path)

    assert not window.summary.widget.isVisible()
    assert window.ui.videoPane.end_card is not None


def test_a_new_session_or_routine_takes_it_away(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    finish(window, clock, tmp_path)
    window.start_session()
    assert not window.summary.widget.isVisible()
    run_to_end(window, clock)
    assert window.summary.widget.isVisible()
    window.set_routine(routine(tmp_path))
    assert not window.summary.widget.isVisible()


def test_the_streak_line_counts_the_days_before(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    from datetime import datetime, timedelta

    from desktop.domain import Outcome, SessionRecord, Side

    now = datetime.now().astimezone()
    for days in (1, 2):
        started = now - timedelta(days=days)
        sid = store.history.start_session("Earlier", started, routine_id="demo")
        done = SessionRecord("demo", "s1", Side.NONE, 1, Outcome.DONE, 30, 30, None, started, started, sid)
        store.history.record_step(done)  # a day counts when something was done

    finish(window, clock, tmp_path)

    assert window.summary.widget.streak.text() == "3 days in a row (longest 3 days)"


def test_history_records_what_a_session_played_a_routine_or_a_playlist(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    from desktop.content.playlist_resolve import resolve_playlist
    from desktop.domain import Playlist, PlaylistItem

    demo = routine(tmp_path)
    routine_session = finish(window, clock, tmp_path)
    playlist = Playlist("warm-up", "Warm-up", (PlaylistItem("demo", "b"),))
    window.play_playlist(resolve_playlist(playlist, lambda rid: demo if rid == "demo" else None))
    run_to_end(window, clock)
    window.session.flush(10)

    played = {s.id: s for s in store.history.sessions()}
    assert (played[routine_session].routine_id, played[routine_session].playlist_id) == ("demo", None)
    playlist_session = window.session.session_id
    assert playlist_session is not None
    assert (played[playlist_session].routine_id, played[playlist_session].playlist_id) == (None, "warm-up")
    assert played[playlist_session].level is None


def test_a_double_click_on_it_does_not_toggle_full_screen(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    finish(window, clock, tmp_path)
    summary = window.summary.widget

    qtbot.mouseDClick(summary, Qt.MouseButton.LeftButton, pos=summary.headline.geometry().bottomRight())

    assert not window.isFullScreen() and summary.isVisible()
