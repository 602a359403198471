"""The routine editor in the real window, with the real store and library: make a routine, see
`supple check`'s messages beside the fields, undo every edit, save it into the library, try a step."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.content import load_routine
from desktop.content.check import check_files
from desktop.content.routine_save import own_file
from desktop.domain import Segment
from desktop.media.fake import FakeBackend
from desktop.paths import DataPaths
from desktop.qt.main_window import MainWindow
from desktop.qt.routine_editor import RoutineEditor
from desktop.qt.tasks import Task
from desktop.store import Store
from tests.qt.test_accessibility import unnamed_controls

#: It starts like an MP4 file (an `ftyp` box), which is all the checks read; the fake backend never decodes it.
FAKE_CLIP = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00fake clip"


@pytest.fixture
def win(window: MainWindow, store: Store, paths: DataPaths) -> Iterator[MainWindow]:
    window.set_backend(FakeBackend(window))
    window.set_store(store, paths)
    window.ask_unsaved_routine = lambda: "discard"
    yield window


@pytest.fixture
def clips(tmp_path: Path) -> list[Path]:
    out = []
    for name in ("cat-cow.mp4", "child-pose.mkv"):
        path = tmp_path / "phone" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(FAKE_CLIP + name.encode())
        out.append(path)
    return out


def settle(task: Task[Any] | None) -> None:
    assert task is not None and task.wait(20)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def editor_of(win: MainWindow) -> RoutineEditor:
    win.new_routine_action.trigger()
    editor = win.routine_editor
    assert win.editor_dock.isVisible()
    editor.confirm = lambda title, text: True
    return editor


def make_two_steps(qtbot: QtBot, editor: RoutineEditor, clips: list[Path]) -> None:
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Physio homework")
    for number, clip in enumerate(clips, start=1):
        editor.add_step()
        editor.step_title.selectAll()
        qtbot.keyClicks(editor.step_title, f"Exercise {number}")
        editor.choose_file = lambda _title, _filter, c=clip: c
        editor.clip_button.click()


def test_new_routine_is_saved_into_the_library_and_shows_there_at_once(
    qtbot: QtBot, win: MainWindow, clips: list[Path], paths: DataPaths, store: Store
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    editor.step_list.setCurrentRow(0)
    editor.sides_box.setCurrentIndex(1)
    editor.sides_box.activated.emit(1)
    qtbot.keyClicks(editor.cues_edit, "Breathe out")
    qtbot.keyClick(editor.cues_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.cues_edit, "Slowly")
    editor.hold_spin.setValue(45)
    assert editor.modified and editor.model.problems() == {}
    before = [c.read_bytes() for c in clips]
    settle(editor.save())
    target = own_file(paths.library, "physio-homework")
    assert target.is_file() and not editor.modified
    doc = json.loads(target.read_text())
    assert doc["format"] == "supple.routine/1"
    assert [s["title"] for s in doc["steps"]] == ["Exercise 1", "Exercise 2"]
    assert doc["steps"][0]["cues"] == ["Breathe out", "Slowly"] and doc["steps"][0]["hold"] == 45
    assert doc["steps"][0]["sides"] == "both"
    # Clips copied once, named by their content; the sources are where they were, unchanged.
    for clip, data in zip(clips, before, strict=True):
        name = hashlib.sha256(data).hexdigest() + clip.suffix
        assert (target.parent / "clips" / name).read_bytes() == data
        assert clip.read_bytes() == data
    assert sorted(p.name for p in target.parent.rglob("*") if p.is_file()) == sorted(
        [target.name] + [hashlib.sha256(d).hexdigest() + c.suffix for c, d in zip(clips, before, strict=True)]
    )
    assert store.library.get("physio-homework") is not None
    assert ("physio-homework", None) in win.library.visible_rows()
    assert load_routine(target).steps[0].cues == ("Breathe out", "Slowly")
    # Saved again with Ctrl+S (the editor's, while it has the focus): no clip is copied twice.
    editor.step_title.selectAll()
    qtbot.keyClicks(editor.step_title, "Cat-cow")
    qtbot.keyClick(editor.step_title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(editor.write)
    assert load_routine(target).steps[0].title == "Cat-cow" and not editor.modified
    assert len(list((target.parent / "clips").iterdir())) == 2


def test_each_field_shows_the_message_supple_check_gives(
    qtbot: QtBot, win: MainWindow, clips: list[Path], tmp_path: Path
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    editor.level_spin.setValue(2)
    editor.speak_edit.setText("Go \u202e")  # a control that reorders the text around it
    editor.speak_edit.textEdited.emit(editor.speak_edit.text())
    file = tmp_path / "same.supple.json"
    file.write_text(json.dumps(editor.model.document))
    out = __import__("io").StringIO()
    assert check_files([file], out) == 1
    checked = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in out.getvalue().splitlines()}
    title = editor.problems[("routine", "title")]
    assert title.isVisibleTo(editor) and checked["title"] in title.text()
    speak = editor.problems[("step", "speak")]
    assert speak.isVisibleTo(editor) and checked["steps[1].speak"] in speak.text()
    assert not editor.problems[("step", "level")].isVisibleTo(editor)  # level 2 is fine
    # Fixed, the message goes.
    qtbot.keyClicks(editor.title_edit, "Fixed")
    assert not title.isVisibleTo(editor)


def test_every_edit_undoes_and_redoes_with_the_editors_keys_only_while_it_has_the_focus(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    start = json.dumps(editor.model.document)
    make_two_steps(qtbot, editor, clips)
    editor.sets_spin.setValue(3)
    done = json.dumps(editor.model.document)
    # Elsewhere (the playlist), Ctrl+Z is the playlist's: the routine is untouched.
    win.show_dock(win.playlist_dock)
    win.playlists.view.setFocus()
    qtbot.keyClick(win.playlists.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert json.dumps(editor.model.document) == done
    # In the editor, even in a text field, Ctrl+Z undoes the routine's edits one by one.
    win.show_dock(win.editor_dock)
    editor.title_edit.setFocus()
    steps = editor.model.undo_stack.count()
    for _ in range(steps):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert json.dumps(editor.model.document) == start
    for _ in range(steps):
        qtbot.keyClick(
            editor.title_edit,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert json.dumps(editor.model.document) == done


def test_steps_reorder_with_alt_arrows_and_by_drag_and_are_removed_with_delete(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    editor.add_step()

    def titles() -> list[str]:
        return [s["title"] for s in editor.model.document["steps"]]

    assert titles() == ["Exercise 1", "Exercise 2", "Step 3"]
    editor.step_list.setFocus()
    editor.step_list.setCurrentRow(2)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles() == ["Exercise 1", "Step 3", "Exercise 2"] and editor.step_list.currentRow() == 1
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles() == ["Exercise 1", "Exercise 2", "Step 3"]
    # A drag moves the list's row; the document follows, as one edit.
    editor.step_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: titles() == ["Exercise 2", "Step 3", "Exercise 1"])
    editor.model.undo_stack.undo()
    assert titles() == ["Exercise 1", "Exercise 2", "Step 3"]
    editor.step_list.setCurrentRow(1)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Delete)
    assert titles() == ["Exercise 1", "Step 3"]


def test_use_this_loop_takes_the_players_clip_and_loop(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    editor.add_step()
    editor.use_loop(None)
    assert "Play a clip first" in editor.status.text()
    win.open_path(clips[1])
    win._play(win.routine.clips["clip"], Segment(2.0, 4.5), mirrored=False, title="x")  # as I/O marks do
    editor.use_loop(None)
    step = editor.model.document["steps"][0]
    assert step["segment"] == [2.0, 4.5]
    assert editor.model.step_clip(0) == {"file": str(clips[1].resolve())}
    editor.sides_box.setCurrentIndex(1)
    editor.sides_box.activated.emit(1)
    editor.use_loop("left")
    assert editor.model.document["steps"][0]["side_segments"] == {"left": [2.0, 4.5]}
    assert editor.left_edit.value() == [2.0, 4.5]


def test_use_this_loop_takes_the_loop_marked_with_i_and_o_frame_exactly(
    qtbot: QtBot, win: MainWindow, paths: DataPaths, tmp_path: Path
) -> None:
    from tests.media_clips import make_clip

    clip = make_clip(tmp_path / "bridge.mkv", frames=60, fps=30, encoding="h264-bframes")
    assert win.open_path(clip)
    qtbot.waitUntil(lambda: win.loop_marks.facts is not None, timeout=10000)
    fake = win.backend
    assert isinstance(fake, FakeBackend)
    win.ui.stepList.setFocus()
    for frame, key in ((10, Qt.Key.Key_I), (39, Qt.Key.Key_O)):
        fake.show_frame(frame / 30)
        qtbot.keyClick(win.ui.stepList, key)
    editor = editor_of(win)
    editor.title_edit.setText("Bridge")
    editor.title_edit.textEdited.emit("Bridge")
    editor.add_step()
    editor.segment_edit.use.click()
    step = editor.model.document["steps"][0]
    assert step["segment"] == [10 / 30, 40 / 30] and "side_segments" not in step
    assert editor.model.step_clip(0) == {"file": str(clip.resolve())}
    assert "frames 11–40, marked with I and O" in editor.status.text()
    settle(editor.save())
    saved = load_routine(own_file(paths.library, "bridge"))
    assert saved.steps[0].segment == Segment(10 / 30, 40 / 30)  # exactly: no frame more or less


def test_a_clip_that_disappears_is_named_by_its_step_and_nothing_is_saved(
    qtbot: QtBot, win: MainWindow, clips: list[Path], paths: DataPaths
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    clips[1].unlink()
    assert editor.save() is None
    assert 'Step 2 "Exercise 2" lost its clip' in editor.status.text()
    assert editor.step_list.item(1).text().endswith("⚠") and not editor.step_list.item(0).text().endswith("⚠")
    assert not own_file(paths.library, "physio-homework").exists()
    assert editor.modified
    editor.status.clear()
    editor.step_list.setCurrentRow(0)
    editor.try_button.click()  # trying a step checks again too
    assert 'Step 2 "Exercise 2" lost its clip' in editor.status.text() and not win.session.active


@pytest.mark.qt_log_ignore("This plugin does not support raise.*")  # offscreen: the window comes forward
def test_a_second_launch_opens_its_file_in_the_player_and_keeps_the_edits(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    from desktop.app import Application

    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    edits = json.dumps(editor.model.document)
    Application._second_launch(SimpleNamespace(window=win), {"file": str(clips[0])})
    assert win.routine is not None and win.routine.title == clips[0].name
    assert json.dumps(editor.model.document) == edits and editor.modified


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_quitting_with_unsaved_edits_asks(
    qtbot: QtBot, win: MainWindow, clips: list[Path], paths: DataPaths, answer: str
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    asked: list[str] = []
    win.ask_unsaved_routine = lambda: asked.append(answer) or answer
    win.close()
    assert asked == [answer]
    assert win.isVisible() == (answer == "cancel")
    assert editor.modified == (answer != "save")
    assert own_file(paths.library, "physio-homework").is_file() == (answer == "save")


def test_no_question_when_nothing_is_unsaved(qtbot: QtBot, win: MainWindow) -> None:
    win.ask_unsaved_routine = lambda: pytest.fail("asked")
    editor_of(win)
    win.close()
    assert not win.isVisible()


def test_own_routines_are_edited_others_duplicated(
    qtbot: QtBot, win: MainWindow, clips: list[Path], paths: DataPaths
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    settle(editor.save())
    lib = win.library
    win.show_dock(win.library_dock)
    lib.tree.setCurrentIndex(lib.index_of("physio-homework"))
    assert lib.edit_button.text() == "Edi&t"
    lib.edit_button.click()
    assert editor.model.source == own_file(paths.library, "physio-homework")
    lib.tree.setCurrentIndex(lib.index_of("scorpion-stretch"))
    assert lib.edit_button.text() == "Duplicate to edi&t"
    lib.edit_button.click()
    assert editor.model.source is None and editor.title_edit.text() == "Scorpion Stretch (my copy)"
    settle(editor.save())
    copy = load_routine(own_file(paths.library, "scorpion-stretch-my-copy"))
    assert len(copy.steps) == 5 and copy.steps[0].level == 1  # a ladder stays a ladder: /2
    assert json.loads(copy.source.read_text())["format"] == "supple.routine/2"


def test_a_step_is_tried_in_the_player_without_leaving_the_editor(
    qtbot: QtBot, win: MainWindow, clips: list[Path], store: Store
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    editor.step_list.setCurrentRow(1)
    editor.play_loop_button.setFocus()
    editor.play_loop_button.click()
    assert win._playing == (clips[1].resolve(), None)
    editor.try_button.click()
    assert win.session.active and win.routine is not None and win.routine.id.startswith("try:")
    assert [s.title for s in win.routine.steps] == ["Exercise 2"] and win.routine.steps[0].hold == 10
    assert editor.isAncestorOf(QApplication.focusWidget())
    assert editor.modified and store.library.get("try:new-routine") is None


def test_every_control_of_the_editor_has_a_name_and_the_tab_order_reaches_each_once(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    win.resize(1280, 800)
    QApplication.processEvents()
    assert unnamed_controls(editor) == []
    focusable = [
        w
        for w in editor.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    first = editor.new_button
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    current = first
    for _ in range(len(focusable) * 3):
        current = current.nextInFocusChain()
        if not editor.isAncestorOf(current):
            break
        if current in focusable:
            assert current not in visited
            visited.append(current)
    assert set(focusable) <= set(visited)
    # Top to bottom: each control comes no higher than the one before it, but for a row's neighbours.
    ys = [w.mapTo(editor, w.rect().topLeft()).y() for w in visited]
    assert all(b >= a - 30 for a, b in itertools.pairwise(ys)), [w.accessibleName() for w in visited]


def test_a_poster_from_the_frame_on_screen_is_saved_beside_the_clip_and_the_routine_exports(
    qtbot: QtBot, win: MainWindow, clips: list[Path], paths: DataPaths, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from desktop.content.library_import import import_path
    from desktop.paths import data_paths
    from desktop.store import open_store

    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    editor.frame_button.click()
    assert "no frame on screen" in editor.status.text()
    frame = QImage(32, 18, QImage.Format.Format_RGB32)
    frame.fill(QColor("teal"))
    win.ui.videoPane.present(frame)
    editor.frame_button.click()
    poster = Path(editor.model.step_clip(1)["poster"])
    assert poster.suffix == ".png" and QImage(str(poster)).pixelColor(3, 3) == QColor("teal")
    settle(editor.save())
    saved = load_routine(own_file(paths.library, "physio-homework"))
    kept = saved.clips[saved.steps[1].clip].poster
    assert kept is not None and kept.parent == saved.clips[saved.steps[1].clip].file.parent
    assert kept.name == hashlib.sha256(poster.read_bytes()).hexdigest() + ".png"
    # Exported as a bundle, as any routine is, and imported into another library.
    out = tmp_path / "homework.supple"
    win.library.choose_export = lambda _routine: out
    editor.export_button.click()
    settle(win.library.task)
    elsewhere = data_paths(tmp_path / "other").ensure()
    with open_store(elsewhere) as other:
        result = import_path(elsewhere, other, out)
        assert [s.title for s in result.routines[0].steps] == ["Exercise 1", "Exercise 2"]


def test_only_the_fields_of_the_chosen_work_and_sides_are_shown(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    editor.add_step()
    assert editor.hold_spin.isVisibleTo(editor) and not editor.reps_spin.isVisibleTo(editor)
    assert not editor.left_edit.isVisibleTo(editor) and not editor.right_edit.isVisibleTo(editor)
    editor.work_box.setCurrentIndex(1)
    editor.work_box.activated.emit(1)
    step = editor.model.document["steps"][0]
    assert "hold" not in step and (step["reps"], step["rep_seconds"]) == (10, 3)
    assert editor.reps_spin.isVisibleTo(editor) and not editor.hold_spin.isVisibleTo(editor)
    editor.sides_box.setCurrentIndex(3)
    editor.sides_box.activated.emit(3)
    assert editor.right_edit.isVisibleTo(editor) and not editor.left_edit.isVisibleTo(editor)


def test_a_new_routine_asks_before_unsaved_edits_are_left(
    qtbot: QtBot, win: MainWindow, clips: list[Path]
) -> None:
    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    questions: list[str] = []
    editor.confirm = lambda _title, text: bool(questions.append(text))  # says no
    win.new_routine_action.trigger()
    assert questions == ['Leave "Physio homework" without saving your changes?']
    assert len(editor.model.document["steps"]) == 2 and editor.modified


def test_a_new_routine_says_it_needs_a_step_and_a_new_step_that_it_needs_a_clip(
    qtbot: QtBot, win: MainWindow
) -> None:
    editor = editor_of(win)
    assert editor.steps_problem.isVisibleTo(editor)
    assert "at least one step" in editor.steps_problem.text() and "clips" not in editor.steps_problem.text()
    editor.add_step()
    assert not editor.steps_problem.isVisibleTo(editor)
    clip = editor.problems[("step", "clip")]
    assert clip.isVisibleTo(editor) and "required but missing" in clip.text()
    assert editor.step_list.item(0).text() == "1. Step 1  ⚠"


def test_a_save_on_a_full_disk_is_shown_and_keeps_the_edits_and_the_previous_version(
    qtbot: QtBot, win: MainWindow, clips: list[Path], store: Store, tmp_path: Path
) -> None:
    from tests.mounts import fill, tmpfs

    with tmpfs(tmp_path / "mnt", "2m") as mounted:
        editor = editor_of(win)
        editor.set_store(store, mounted / "library")
        make_two_steps(qtbot, editor, clips)
        settle(editor.save())
        target = own_file(mounted / "library", "physio-homework")
        before = target.read_bytes()
        filler = fill(mounted)
        editor.title_edit.setText("Physio homework, week 2")
        editor.title_edit.textEdited.emit(editor.title_edit.text())
        settle(editor.save())
        assert editor.error_box is not None and "could not be saved" in editor.status.text()
        editor.error_box.close()
        assert target.read_bytes() == before and not list(target.parent.glob(".*.part"))
        assert editor.modified and editor.title_edit.text() == "Physio homework, week 2"
        filler.unlink()
        settle(editor.save())
        assert not editor.modified and load_routine(target).title == "Physio homework, week 2"


def test_long_texts_are_kept_whole_and_checked(qtbot: QtBot, win: MainWindow, clips: list[Path]) -> None:
    import dataclasses

    editor = editor_of(win)
    make_two_steps(qtbot, editor, clips)
    credit = "Filmed by my physio. " * 40
    routine = dataclasses.replace(editor.model.to_routine(), credit=credit)
    editor.edit_routine(routine, duplicate=True)
    assert editor.credit_edit.text() == credit  # shown whole, so that an edit keeps it whole
    qtbot.keyClick(editor.credit_edit, Qt.Key.Key_End)
    qtbot.keyClicks(editor.credit_edit, "!")
    assert editor.model.document["credit"] == credit + "!"
    editor.title_edit.setText("A" * 81)
    editor.title_edit.textEdited.emit(editor.title_edit.text())
    assert "1 to 80 characters" in editor.problems[("routine", "title")].text()


def test_the_editor_is_built_when_first_wanted_not_at_start_up(qtbot: QtBot, window: MainWindow) -> None:
    assert window._routine_editor is None and window.editor_dock.widget() is None
    window.show_dock(window.editor_dock)  # as when the layout kept from last time shows it
    qtbot.waitUntil(lambda: window._routine_editor is not None)
    assert window.editor_dock.widget() is window.routine_editor
