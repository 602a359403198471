"""What the core finds wrong, said in the window's language (desktop/qt/messages.py): a routine
file's problems, a clip's, a bundle's and the history's start-up notices. Field paths, file names
and values from the file stay as they are."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.content.bundle import BundleError
from desktop.content.bundle_read import read_bundle
from desktop.media.fake import FakeBackend
from desktop.qt.i18n import install_translators
from desktop.qt.main_window import MainWindow
from desktop.qt.store_words import STORE_WORDS
from desktop.qt.tasks import failure_text
from desktop.store.values import BackupInfo, RecoveryReport
from tests.qt.test_missing_clip import routine_with_a_missing_clip


def a_routine_with_a_bad_hold(folder: Path) -> Path:
    doc = {
        "format": "supple.routine/1",
        "id": "bad",
        "title": "Bad",
        "clips": {"c": {"file": "c.mp4"}},
        "steps": [
            {"id": "a", "title": "A", "clip": "c", "hold": 10},
            {"id": "b", "title": "B", "clip": "c", "hold": "lang"},
        ],
    }
    (folder / "c.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 16)
    path = folder / "bad.supple.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def opened_box(qtbot, window: MainWindow, path: Path) -> QMessageBox:
    assert not window.open_path(path)
    box = window.findChild(QMessageBox, "badFileBox")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    return box


def test_a_malformed_routine_is_explained_in_german_and_names_the_field(
    qtbot, qapp, window: MainWindow, tmp_path: Path, language: list
) -> None:
    language += install_translators(qapp, None, language="de")
    box = opened_box(qtbot, window, a_routine_with_a_bad_hold(tmp_path))
    said = box.informativeText()
    assert (
        'bad.supple.json: steps[1].hold: erwartet wird eine Anzahl Sekunden von 0.5 bis 3600; angegeben ist "lang"'
        in said
    ), said
    assert "expected" not in said
    assert box.text() == "Supple kann bad.supple.json nicht öffnen."
    box.close()


def test_the_same_file_in_english_says_what_supple_check_says(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    box = opened_box(qtbot, window, a_routine_with_a_bad_hold(tmp_path))
    assert 'steps[1].hold: expected a number of seconds from 0.5 to 3600, got "lang"' in box.informativeText()
    box.close()


def test_a_json_syntax_error_in_german_keeps_line_and_column(
    qtbot, qapp, window: MainWindow, tmp_path: Path, language: list
) -> None:
    language += install_translators(qapp, None, language="de")
    path = tmp_path / "comma.supple.json"
    path.write_text('{"format": "supple.routine/1",\n "tags": ["a",]}', encoding="utf-8")
    box = opened_box(qtbot, window, path)
    assert "kein gültiges JSON in Zeile 2, Spalte 15: hier wird ein Wert erwartet" in box.informativeText()
    box.close()


def test_a_missing_clip_is_named_in_spanish_in_the_step_list_and_the_video_pane(
    qapp, window: MainWindow, fake: FakeBackend, tmp_path: Path, language: list
) -> None:
    language += install_translators(qapp, None, language="es")
    path, gone = routine_with_a_missing_clip(tmp_path / "r")
    assert window.open_path(path)
    assert window.ui.stepList.item(1).toolTip() == f"No se encontró el archivo del clip: {gone}."
    window.ui.stepList.setCurrentRow(1)
    assert window.ui.videoPane.error == f"No se encontró el archivo del clip: {gone}."


def test_a_clip_the_player_cannot_load_is_named_in_spanish(
    qapp, window: MainWindow, fake: FakeBackend, tmp_path: Path, language: list
) -> None:
    """The backend reports it in English (errorOccurred(str)); the window shows its Message."""
    language += install_translators(qapp, None, language="es")
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    window.open_path(empty)
    assert window.ui.videoPane.error == f"{empty}: el archivo del clip está vacío (0 bytes)"


def test_a_bundle_problem_is_said_in_spanish(qapp, tmp_path: Path, language: list) -> None:
    bundle = tmp_path / "odd.supple"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("clips/a.mp4", b"\x00" * 8)
    staging = tmp_path / "staging"
    staging.mkdir()
    with pytest.raises(BundleError) as caught:
        read_bundle(bundle, staging)
    assert "holds no routine or playlist file" in str(caught.value)  # the log and the command line
    language += install_translators(qapp, None, language="es")
    assert failure_text(caught.value) == (
        f"{bundle}: el paquete no contiene ningún archivo de rutina ni de lista en su nivel superior"
    )


def test_a_repaired_history_is_explained_in_german_with_plurals(qapp, language: list) -> None:
    report = RecoveryReport(
        problem="file is not a database",
        damaged_copy=Path("supple.damaged.db"),
        backup=BackupInfo(Path("b.db"), datetime(2026, 3, 1, 9, 30, tzinfo=UTC), "daily"),
        sessions=1,
        step_records=12,
    )
    english = STORE_WORDS.recovery_text(report)
    assert english.startswith("Supple's database was damaged (file is not a database).")
    assert "1 session and 12 step records are in your history now." in english
    language += install_translators(qapp, None, language="de")
    german = STORE_WORDS.recovery_text(report)
    assert german.startswith("Die Datenbank von Supple war beschädigt (file is not a database).")
    assert "1 Einheit und 12 Schritteinträge sind jetzt in Ihrem Verlauf." in german
    assert german.endswith("wurde nicht wiederhergestellt.")


def test_the_routine_editor_says_a_field_problem_in_spanish(qapp, tmp_path: Path, language: list) -> None:
    from desktop.qt.routine_editor_model import RoutineEditorModel

    language += install_translators(qapp, None, language="es")
    model = RoutineEditorModel()
    path = a_routine_with_a_bad_hold(tmp_path)
    model.load(json.loads(path.read_text(encoding="utf-8")), path)
    said = model.problems()[("step", 1, "hold")]
    assert said == ['se esperaba un número de segundos de 0.5 a 3600, pero hay "lang"']


def test_a_sessions_steps_say_side_and_outcome_in_german(
    qtbot, qapp, window: MainWindow, settings, language: list, paths, store
) -> None:
    from desktop.qt.settings import OPTIONS
    from tests.history_data import fill_history
    from tests.qt.test_history_view import NOW, open_history

    settings.set(OPTIONS.language, "de")
    language += install_translators(qapp, settings)
    fill_history(paths.database, 30, 3, end=NOW)
    view = open_history(qtbot, window, store)
    cells: set[str] = set()
    for row in range(view.model.rowCount()):
        view.table.selectRow(row)
        cells |= {view.steps.item(r, c).text() for r in range(view.steps.rowCount()) for c in (1, 6)}
    assert "erledigt" in cells and "übersprungen" in cells, cells
    assert {"links", "rechts"} <= cells, cells
    assert not cells & {"done", "skipped", "left", "right"}, cells


def test_a_history_that_cannot_be_saved_is_said_in_german(qapp, settings, language: list) -> None:
    from desktop.domain.messages import message
    from desktop.qt.messages import say
    from desktop.qt.settings import OPTIONS

    notice = message(
        "store.cannot_save",
        reason=message("store.folder_read_only", path="/media/stick/supple", how=message("store.how.denied")),
    )
    assert str(notice).startswith("History cannot be saved: the data folder /media/stick/supple is read-only")
    settings.set(OPTIONS.language, "de")
    language += install_translators(qapp, settings)
    assert say(notice).startswith(
        "Der Verlauf kann nicht gespeichert werden: der Datenordner /media/stick/supple ist schreibgeschützt"
        " (Zugriff verweigert)."
    )
