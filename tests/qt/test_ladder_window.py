"""A ladder routine in the window: my level, the steps a session plays, and level suggestions.

The real window and store; the engine's FakeClock stands in for time, the fake backend for video.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import Clip, Routine, Step
from desktop.engine import FakeClock
from desktop.media.fake import FakeBackend
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import OPTIONS, Settings
from desktop.store import Store
from tests.fake_media import FAKE_CLIP


@pytest.fixture
def store(window_store: Store) -> Store:
    return window_store


def ladder(tmp_path: Path) -> Routine:
    """A warm-up played at every level, then levels 1 to 3."""
    clip = tmp_path / "demo.mp4"
    clip.write_bytes(FAKE_CLIP)
    steps = (
        Step(id="warm", title="Warm up", clip="c", hold=2, prepare=0),
        Step(id="one", title="Small", clip="c", hold=2, prepare=0, level=1),
        Step(id="two", title="Medium", clip="c", hold=2, prepare=0, level=2),
        Step(id="three", title="Big", clip="c", hold=2, prepare=0, level=3),
    )
    return Routine(id="ladder", title="Ladder", steps=steps, clips={"c": Clip("c", clip)})


def played_step_ids(window: MainWindow) -> list[str]:
    plan = window.session.plan
    assert plan is not None
    return list(dict.fromkeys(phase.step.id for phase in plan.phases))


def run_to_end(window: MainWindow, clock: FakeClock) -> None:
    for _ in range(1000):
        if not window.session.active:
            return
        clock.advance(0.5)
        window.session.tick_now()
    raise AssertionError("the session did not end")


def level_action(window: MainWindow, level: int):
    [action] = [a for a in window.ladder.menu.actions() if a.data() == level]
    return action


def test_the_menu_lists_the_levels_and_the_session_works_up_to_mine(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    assert window.ladder.menu.isEnabled()
    assert [a.text() for a in window.ladder.menu.actions()] == [
        "Level &1: Small",
        "Level &2: Medium",
        "Level &3: Big",
    ]
    assert level_action(window, 3).isChecked()  # never set: every level

    level_action(window, 2).trigger()

    assert level_action(window, 2).isChecked()
    qtbot.waitUntil(lambda: store.levels.current("ladder") == 2)
    assert "Level 3 (not today)" in window.ui.stepList.item(3).text()
    assert "not today" not in window.ui.stepList.item(2).text()
    window.start_session()
    assert played_step_ids(window) == ["warm", "one", "two"]
    run_to_end(window, clock)
    window.session.flush(10)
    [played] = store.history.sessions()
    assert (played.routine_id, played.level) == ("ladder", 2)


def test_my_level_is_kept_and_comes_back_with_the_routine(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    window.ui.stepList.setCurrentRow(2)
    assert window.ladder.set_here.isEnabled()
    window.ladder.set_here.trigger()
    qtbot.waitUntil(lambda: store.levels.current("ladder") == 2)
    window.ui.stepList.setCurrentRow(0)
    assert not window.ladder.set_here.isEnabled()  # the warm-up has no level
    level_action(window, 2).trigger()  # the same level again: nothing new to keep

    window.set_routine(ladder(tmp_path))

    assert window.ladder.level == 2
    assert [(e.kind, e.from_level, e.to_level) for e in store.levels.events("ladder")] == [("set", None, 2)]


def test_favourite_steps_only_plays_the_favourites_up_to_my_level(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    for row in (1, 3):
        window.ui.stepList.setCurrentRow(row)
        window.ui.actionFavouriteStep.trigger()
    qtbot.waitUntil(lambda: window.ui.stepList.is_favourite(1) and window.ui.stepList.is_favourite(3))
    window.ladder.set_level(2)
    window.ui.favouritesOnly.setChecked(True)

    window.start_session()

    assert played_step_ids(window) == ["one"]


def test_a_routine_without_levels_has_no_ladder(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store, tmp_path: Path
) -> None:
    plain = ladder(tmp_path)
    plain = Routine(
        plain.id, plain.title, tuple(Step(s.id, s.title, s.clip, hold=2) for s in plain.steps), plain.clips
    )
    window.set_routine(plain)

    assert not window.ladder.menu.isEnabled() and window.ladder.level is None
    window.start_session()
    assert played_step_ids(window) == ["warm", "one", "two", "three"]


def easy_sessions(store: Store, level: int, count: int, pain: int = 1, effort: int = 4) -> None:
    for _ in range(count):
        sid = store.history.start_session("Ladder", routine_id="ladder", level=level)
        store.history.set_feeling(sid, pain=pain, effort=effort, note=None)


def test_after_easy_sessions_the_summary_suggests_moving_up_and_accepting_changes_the_level(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    window.ladder.set_level(2)
    qtbot.waitUntil(lambda: store.levels.current("ladder") == 2)
    easy_sessions(store, 2, 3)
    window.start_session()
    run_to_end(window, clock)
    summary = window.summary.widget

    assert summary.suggestion_row.isVisible()
    assert summary.accept_button.text() == "Move up to level 3"
    summary.accept_button.click()

    qtbot.waitUntil(lambda: store.levels.current("ladder") == 3)
    assert window.ladder.level == 3 and level_action(window, 3).isChecked()
    assert [e.kind for e in store.levels.events("ladder")] == ["set", "accepted"]
    assert summary.isVisible() and not summary.suggestion_row.isVisible()  # the answers remain


def test_a_dismissed_suggestion_is_not_made_again(
    qtbot, window: MainWindow, fake: FakeBackend, clock: FakeClock, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    window.ladder.set_level(2)
    qtbot.waitUntil(lambda: store.levels.current("ladder") == 2)
    easy_sessions(store, 2, 3)
    window.start_session()
    run_to_end(window, clock)
    window.summary.widget.dismiss_button.click()
    qtbot.waitUntil(lambda: [e.kind for e in store.levels.events("ladder")] == ["set", "dismissed"])
    easy_sessions(store, 2, 1)

    window.start_session()
    run_to_end(window, clock)

    assert window.summary.widget.isVisible() and not window.summary.widget.suggestion_row.isVisible()
    assert store.levels.current("ladder") == 2


def test_high_pain_saved_in_the_summary_suggests_easing_back(
    qtbot,
    window: MainWindow,
    fake: FakeBackend,
    clock: FakeClock,
    store: Store,
    settings: Settings,
    tmp_path: Path,
) -> None:
    settings.set(OPTIONS.ladder_high_pain, 5)
    window.set_routine(ladder(tmp_path))
    window.ladder.set_level(3)
    window.start_session()
    run_to_end(window, clock)
    summary = window.summary.widget
    assert not summary.suggestion_row.isVisible()
    summary.pain.setCurrentIndex(summary.pain.findData(5))

    summary.save_button.click()

    qtbot.waitUntil(lambda: summary.suggestion_row.isVisible())
    assert summary.accept_button.text() == "Ease back to level 2"
    assert not summary.pain.isVisible()
    summary.accept_button.click()
    assert not summary.isVisible()
    qtbot.waitUntil(lambda: store.levels.current("ladder") == 2)


def test_preferences_keep_the_thresholds_and_the_ladder_uses_them(qtbot, settings: Settings) -> None:
    from PySide6.QtWidgets import QSpinBox

    from desktop.qt.cues import CuePlayer
    from desktop.qt.settings import ladder_thresholds
    from desktop.qt.settings_dialog import SettingsDialog

    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    boxes = {box.accessibleName(): box for box in dialog.findChildren(QSpinBox)}
    boxes["Easy sessions in a row before suggesting the next level"].setValue(5)
    boxes["Most pain of an easy session, 0 to 10"].setValue(1)
    boxes["Least effort of an easy session, 0 to 10"].setValue(7)  # the two efforts the wrong way round
    boxes["Most effort of an easy session, 0 to 10"].setValue(4)
    boxes["Pain that suggests easing back, 1 to 10"].setValue(8)

    dialog.accept()

    t = ladder_thresholds(settings)
    assert (t.sessions, t.max_pain, t.min_effort, t.max_effort, t.high_pain) == (5, 1, 4, 7, 8)
    cues.close()


def test_starting_at_a_step_above_my_level_says_so_and_works_up_to_mine(
    qtbot, window: MainWindow, fake: FakeBackend, store: Store, tmp_path: Path
) -> None:
    window.set_routine(ladder(tmp_path))
    window.ladder.set_level(1)

    window.start_session(from_step=3)

    assert played_step_ids(window) == ["warm", "one"]
    assert window.statusBar().currentMessage().startswith("Big is above your level (1)")
